"""Scanned plans: pages with no text layer read by Tesseract through the PDF reader's own code."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from pathlib import Path

import pypdfium2  # type: ignore[import-untyped]
import pytest
from typer.testing import CliRunner

from actionplan.cli import app
from actionplan.extract.api import extract_file
from actionplan.extract.readers import page_image
from actionplan.extract.readers.ocr import LOW_CONFIDENCE, tesseract_available
from actionplan.ocr_batch import (
    discard_pages_read_ahead,
    ocr_ahead,
    pages_needing_ocr,
    pages_read_ahead,
)
from actionplan.schemas import ActionPlan
from tests.conftest import shared_file
from tests.scanbuild import PLAN, ROW, SCAN_DPI, WIDTHS, build_plan, scan_pdf

runner = CliRunner()
GOLD = Path(__file__).parent / "data" / "eastbrook-scan.jsonl"
needs_tesseract = pytest.mark.skipif(
    not tesseract_available(), reason="tesseract is not installed (.ci/run installs it)"
)
SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "example-borough-action-plan.txt"


@pytest.fixture(scope="module")
def typed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_plan(tmp_path_factory.mktemp("ocr") / "eastbrook.pdf")


@pytest.fixture(scope="module")
def scanned(typed: Path) -> Path:
    return scan_pdf(typed, typed.with_name("eastbrook-scan.pdf"))


def test_the_scan_has_no_text_layer(scanned: Path) -> None:
    document = pypdfium2.PdfDocument(str(scanned))
    try:
        assert len(document) == 2
        assert all(page.get_textpage().count_chars() == 0 for page in document)
    finally:
        document.close()


@needs_tesseract
def test_scanned_plan_scores_against_its_expectations(scanned: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    # two workers: the scan's pages are read by OCR in parallel, ahead of the file
    result = runner.invoke(app, ["extract", str(scanned), "-o", str(out), "-j", "2"])
    assert result.exit_code == 0, result.output
    score = subprocess.run(
        [sys.executable, str(shared_file("tools", "score.py")), "--gold", str(GOLD),
         str(out / "actions.csv")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    summary = score.stdout.strip().splitlines()[-1]
    match = re.search(r"recall=([\d.]+) .* headline_field_accuracy=([\d.]+)", summary)
    assert match, score.stdout
    recall, accuracy = float(match.group(1)), float(match.group(2))
    assert recall >= 0.95 and accuracy >= 0.90, score.stdout
    plan = ActionPlan.model_validate_json((out / "eastbrook-scan.json").read_text())
    assert plan.title == "Eastbrook Borough Council"
    assert [a.provenance.page for _, _, a in plan.actions()] == [1] * 6 + [2] * 4
    for _, _, action in plan.actions():
        assert action.provenance.ocr is True
        confidence = action.provenance.ocr_confidence
        assert confidence is not None and LOW_CONFIDENCE <= confidence <= 100


def _typed_then_scanned(typed: Path, scanned: Path, path: Path) -> Path:
    """Page 1 of the typed plan, then page 2 of its scan."""
    mixed = pypdfium2.PdfDocument.new()
    for source, index in ((typed, 0), (scanned, 1)):
        part = pypdfium2.PdfDocument(str(source))
        mixed.import_pages(part, [index])
        part.close()
    mixed.save(str(path))
    mixed.close()
    return path


@needs_tesseract
def test_mixed_document_reads_each_page_its_own_way(
    typed: Path, scanned: Path, tmp_path: Path
) -> None:
    path = _typed_then_scanned(typed, scanned, tmp_path / "mixed.pdf")
    plan = extract_file(path)
    read = [(a.text, a.provenance.page, a.provenance.ocr) for _, _, a in plan.actions()]
    assert read == [
        ("Introduce monthly audits of case supervision records.", 1, False),
        ("Agree a supervision policy with clear standards for frequency.", 1, False),
        ("Report audit findings to the leadership team each quarter.", 1, False),
        ("Offer every child a return home interview within 72 hours.", 1, False),
        ("Share missing episode data with the police every week.", 1, False),
        ("Train residential staff in the missing protocol.", 1, False),
        ("Track overdue pathway plans in the weekly performance report.", 2, True),
        ("Recruit two additional personal advisers.", 2, True),
        ("Ask every child for their views before each review meeting.", 2, True),
        ("Publish a children's guide to care planning.", 2, True),
    ]
    typed_only = extract_file(path, ocr="never")
    assert [a.ref for _, _, a in typed_only.actions()] == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"]


def test_without_tesseract_a_scan_says_how_to_install_it_and_the_batch_goes_on(
    scanned: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract program to be found
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(scanned), str(SAMPLE), "-o", str(out), "-j", "1"])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert str(scanned) in errors[0]
    assert "OCR is needed" in errors[0] and "apt-get install tesseract-ocr" in errors[0]
    assert (out / f"{SAMPLE.stem}.json").exists()


def test_ocr_never_refuses_an_image_only_pdf(scanned: Path) -> None:
    with pytest.raises(Exception, match="no text layer") as caught:
        extract_file(scanned, ocr="never")
    assert "\n" not in str(caught.value)


def test_unknown_ocr_mode_is_a_usage_error(scanned: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(scanned), "-o", str(tmp_path), "--ocr", "maybe"])
    assert result.exit_code == 2


@needs_tesseract
def test_a_page_read_with_low_confidence_is_a_warning_naming_it(
    typed: Path, tmp_path: Path
) -> None:
    coarse = scan_pdf(typed, tmp_path / "coarse.pdf", dpi=50)  # too coarse to read well
    plan = extract_file(_typed_then_scanned(typed, coarse, tmp_path / "mixed.pdf"))
    warnings = [w for w in plan.warnings if w.code == "ocr_low_confidence"]
    assert len(warnings) == 1
    assert warnings[0].page == 2 and warnings[0].message.startswith("page 2 ")


@pytest.mark.parametrize("tilt", [0.5, -1.5, 2.0])
def test_tilted_scan_is_turned_upright_and_its_rules_found(typed: Path, tilt: float) -> None:
    document = pypdfium2.PdfDocument(str(typed))
    try:
        image = document[0].render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    tilted = image.rotate(tilt, fillcolor=255)
    upright, angle = page_image.straighten(tilted)
    assert abs(angle + tilt) <= 0.15
    rules = page_image.ruling_lines(page_image.rule_mask(upright), SCAN_DPI)
    across = [r for r in rules if r.horizontal]
    down = [r for r in rules if not r.horizontal]
    rows = 1 + sum(1 + len(actions) for _, actions in PLAN[:2])  # header, titles, actions
    assert len(across) == rows + 1
    assert len(down) >= len(WIDTHS) + 1
    width = sum(WIDTHS) * SCAN_DPI / 72
    assert all(abs((r.end - r.start) - width) <= 0.02 * width for r in across)
    tops = sorted(r.at for r in across)  # ROW points apart
    gaps = [b - a for a, b in itertools.pairwise(tops)]
    assert all(abs(g - ROW * SCAN_DPI / 72) <= 3 for g in gaps)


@needs_tesseract
def test_scanned_pages_are_read_ahead_by_the_workers(
    typed: Path, scanned: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mixed = _typed_then_scanned(typed, scanned, tmp_path / "mixed.pdf")
    assert pages_needing_ocr(typed, "auto") == []
    assert pages_needing_ocr(mixed, "auto") == [2]
    assert pages_needing_ocr(mixed, "always") == [1, 2]
    assert pages_needing_ocr(scanned, "never") == []
    progress: list[tuple[int, int]] = []
    folder = ocr_ahead(
        [typed, scanned],
        "auto",
        jobs=2,
        timeout=120,
        on_page=lambda done, total: progress.append((done, total)),
    )
    try:
        assert sorted(progress) == [(1, 2), (2, 2)]
        pages = pages_read_ahead(scanned, folder)
        assert pages is not None and sorted(pages) == [1, 2]
        assert pages_read_ahead(typed, folder) is None
        monkeypatch.setenv("PATH", str(tmp_path))  # the file's reader cannot run Tesseract
        plan = extract_file(scanned, ocr_pages=pages)
        assert len(list(plan.actions())) == 10
        assert all(a.provenance.ocr for _, _, a in plan.actions())
    finally:
        discard_pages_read_ahead(folder)


def test_rules_along_and_across_a_dark_filled_column_are_found(tmp_path: Path) -> None:
    from tests.pdfbuild import Doc, Spec, text

    doc = Doc(tmp_path / "filled.pdf", size=(842.0, 595.0))
    widths, row = [200.0, 60.0, 200.0], 30.0
    dark = (0.0, 0.4, 0.0)  # a green status fill, near black once scanned in grey
    rows = [[text("Action"), text("Status"), text("Progress")]]
    rows += [[text(f"Action {n}"), Spec(fill=dark), text("On track")] for n in range(1, 4)]
    doc.table(40, 40, widths, [row] * len(rows), rows)
    document = pypdfium2.PdfDocument(str(doc.save()))
    try:
        image = document[0].render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    rules = page_image.ruling_lines(page_image.rule_mask(image), SCAN_DPI)
    scale = SCAN_DPI / 72
    edges = [40.0, 240.0, 300.0, 500.0]
    down = sorted(r.at / scale for r in rules if not r.horizontal)
    assert len(down) == len(edges) and all(
        abs(a - b) <= 2 for a, b in zip(down, edges, strict=True)
    )
    across = [r for r in rules if r.horizontal]
    assert len(across) == len(rows) + 1
    assert all(abs(r.start / scale - 40) <= 2 and abs(r.end / scale - 500) <= 2 for r in across)
