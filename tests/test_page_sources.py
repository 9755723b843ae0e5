"""The PDFium page source gives every action field the pdfminer source gives.

The reader switched its parser from pdfminer to PDFium for speed; the records
must not notice. Each document is extracted through both sources and every
field of every action compared, on the seed PDFs and on plans built here with
the features where the two parsers differ: cell fills, a page with /Rotate,
superscript ordinals and words hyphenated at a line end. The expected values
of the built plan are written from how it is drawn. Boxes may differ in the
fifth decimal: PDFium keeps coordinates in float32.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from actionplan import extract_file
from actionplan.extract.grid import Line
from actionplan.extract.readers import pdf_reader
from actionplan.schemas import StatusValue
from tests.conftest import shared_file
from tests.pdfbuild import Doc, Spec, run, text

GREEN = (0.0, 0.69, 0.31)
RED = (1.0, 0.0, 0.0)
WIDTHS = [50.0, 260.0, 110.0, 110.0, 50.0]
HEADER: list[Spec | None] = [
    text(h, bold=True) for h in ("Ref", "Action", "Lead officer", "Target date", "RAG")
]


def _actions(path: Path, source: str, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    monkeypatch.setattr(pdf_reader, "PAGE_SOURCE", source)
    plan = extract_file(path)
    return [
        {"section": s.title, "area": a.ref, "area_text": a.text, **x.model_dump(mode="json")}
        for s, a, x in plan.actions()
    ]


def _rows(first: int) -> list[list[Spec | None]]:
    """Two plan rows: a hyphen-wrapped action with a superscript date, and a plain one."""
    ordinal = [run("14"), run("th", size=5.5, rise=3.5), run(" June 2024")]
    return [
        HEADER,
        [
            text(f"{first}.1"),
            text("Embed the well-", "being checklist in every", "review."),
            text("Ann Lee"),
            Spec([ordinal]),
            Spec(fill=GREEN),
        ],
        [
            text(f"{first}.2"),
            text("Audit twenty case files a month."),
            text("Bob Roe"),
            text("30/06/2024"),
            Spec(fill=RED),
        ],
    ]


def _built_plan(path: Path) -> Path:
    """Page 1 upright; page 2 portrait paper turned by /Rotate 90, its table drawn turned back."""
    doc = Doc(path, size=(842.0, 595.0))
    doc.text(40, 30, "Improvement action plan", bold=True, size=14)
    doc.table(40, 60, WIDTHS, [20, 44, 20], _rows(1))
    doc.page()
    c = doc.canvas
    c.setPageSize((595.0, 842.0))
    c.setPageRotation(90)
    c.saveState()
    c.rotate(90)  # user space turned so the table reads upright on the turned page
    c.translate(0, -595.0)
    doc.table(40, 60, WIDTHS, [20, 44, 20], _rows(2))
    c.restoreState()
    return doc.save()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _built_plan(tmp_path_factory.mktemp("sources") / "plan.pdf")


def test_built_plan_reads_as_drawn_on_the_pdfium_source(
    built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = _actions(built, "pdfium", monkeypatch)
    got = [
        (x["ref"], x["text"], x["leads"][0]["name"], x["due"]["raw"], x["status"]["value"])
        for x in actions
    ]
    done = StatusValue.IN_PROGRESS.value
    late = StatusValue.OFF_TRACK.value
    well_being = "Embed the well-being checklist in every review."
    assert got == [
        ("1.1", well_being, "Ann Lee", "14th June 2024", done),
        ("1.2", "Audit twenty case files a month.", "Bob Roe", "30/06/2024", late),
        ("2.1", well_being, "Ann Lee", "14th June 2024", done),
        ("2.2", "Audit twenty case files a month.", "Bob Roe", "30/06/2024", late),
    ]
    assert actions[0]["due"]["start"] == date(2024, 6, 14).isoformat()
    assert [x["provenance"]["page"] for x in actions] == [1, 1, 2, 2]


def _assert_same(new: list[dict[str, Any]], old: list[dict[str, Any]]) -> None:
    """Equal in every field; boxes to a hundredth of a point, as PDFium works in float32."""
    new_boxes = [x["provenance"].pop("bbox") for x in new]
    old_boxes = [x["provenance"].pop("bbox") for x in old]
    assert new == old
    for a, b in zip(new_boxes, old_boxes, strict=True):
        assert a == pytest.approx(b, abs=0.01)


def test_built_plan_same_on_both_sources(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _assert_same(_actions(built, "pdfium", monkeypatch), _actions(built, "pdfminer", monkeypatch))


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_pdf_same_on_both_sources(prefix: str, monkeypatch: pytest.MonkeyPatch) -> None:
    (path,) = sorted(shared_file("pdf").glob(f"{prefix}_*.pdf"))
    new = _actions(path, "pdfium", monkeypatch)
    assert new  # every seed is a plan
    _assert_same(new, _actions(path, "pdfminer", monkeypatch))


def test_pdf_with_a_rebuilt_cross_reference_table_goes_to_pdfminer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PDFium quietly rebuilds a damaged file; pdfminer reads it and reports what is lost."""
    doc = Doc(tmp_path / "ok.pdf")
    doc.text(50, 50, "Improvement plan")
    data = doc.save().read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(re.sub(rb"startxref\s+\d+", b"startxref\n999", data))
    opened: list[Path] = []
    real_open = pdf_reader.open_pdf

    def recording_open(path: Path) -> Any:
        opened.append(path)
        return real_open(path)

    monkeypatch.setattr(pdf_reader, "open_pdf", recording_open)
    grid = pdf_reader.read_pdf(broken)
    assert opened == [broken]
    assert [b.text for b in grid.blocks if isinstance(b, Line)] == ["Improvement plan"]
    opened.clear()
    pdf_reader.read_pdf(tmp_path / "ok.pdf")
    assert opened == []
