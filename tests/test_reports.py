"""Recommendations read from real Ofsted reports, against expectations written by hand."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from actionplan.cli import app
from actionplan.extract.api import ExtractionError
from actionplan.extract.readers.pdf_source import PdfiumDocument, PdfiumPage
from actionplan.reports import extract_document, extract_report
from actionplan.reports.extract import NotAReport
from actionplan.reports.lines import PageLines
from actionplan.schemas import ActionPlan, Report
from tests.conftest import shared_file
from tests.pdfbuild import Doc

EXPECTED = Path(__file__).parent / "expected" / "reports"
CASES = sorted(p.stem for p in EXPECTED.glob("*.json"))
TOPIC_CASES = [  # expectations that also name each recommendation's topic sub-heading
    s for s in CASES if '"topic"' in (EXPECTED / f"{s}.json").read_text(encoding="utf-8")
]
SAMPLE_PLAN = Path(__file__).parents[1] / "samples" / "example-borough-action-plan.txt"
runner = CliRunner()


@cache
def _report(stem: str) -> Report:
    return extract_report(shared_file("real", "ofsted-reports", f"{stem}.pdf"))


@pytest.mark.parametrize("stem", CASES)
def test_every_recommendation_matches_the_hand_written_expectation(stem: str) -> None:
    expected = json.loads((EXPECTED / f"{stem}.json").read_text(encoding="utf-8"))
    got = _report(stem).recommendations
    keys = ["body", "section", "group", "ref", "page", "text"]
    want = [{k: rec[k] for k in keys} for rec in expected["recommendations"]]
    have = [{k: getattr(rec, k) for k in keys} for rec in got]
    have = [{**row, "body": row["body"].value} for row in have]
    assert have == want


@pytest.mark.parametrize("stem", TOPIC_CASES)
def test_italic_topic_sub_headings_label_items_and_are_not_recommendations(stem: str) -> None:
    expected = json.loads((EXPECTED / f"{stem}.json").read_text(encoding="utf-8"))
    got = _report(stem).recommendations
    assert [r.topic for r in got] == [r["topic"] for r in expected["recommendations"]]


@pytest.mark.parametrize("stem", CASES)
def test_cover_gives_authority_dates_and_framework(stem: str) -> None:
    expected = json.loads((EXPECTED / f"{stem}.json").read_text(encoding="utf-8"))
    report = _report(stem)
    assert report.authority == expected["authority"]
    assert report.framework == expected["framework"]
    published = report.report_date.end.isoformat() if report.report_date else None
    assert published == expected["report_date"]
    assert report.inspection_date is not None
    assert report.inspection_date.start and report.inspection_date.end
    assert report.inspection_date.start.isoformat() == expected["inspection_start"]
    assert report.inspection_date.end.isoformat() == expected["inspection_end"]


def test_paragraphs_citing_a_recommendation_are_not_recommendations() -> None:
    report = _report("bedford-children-s-services-inspection-07-april-2017")
    assert not any("(Recommendation)" in r.text for r in report.recommendations)
    assert [r.ref for r in report.recommendations][-2:] == ["96", "97"]


def test_html_error_page_saved_as_pdf_keeps_its_one_line_reason() -> None:
    path = shared_file(
        "real", "ofsted-reports", "blackpool-children-s-services-inspection-13-july-2012.pdf"
    )
    with pytest.raises(ExtractionError) as caught:
        extract_document(path)
    assert str(caught.value) == f"{path}: not a PDF: looks like HTML"


# ----------------------------------------------------------------------------- built reports


def _bullet_lines(doc: Doc, top: float, lines: list[str]) -> float:
    """An item drawn with a vector dot (no character at all) and its wrapped lines."""
    doc.canvas.circle(80, doc.height - top - 6, 2, stroke=0, fill=1)
    for line in lines:
        doc.text(90, top, line, size=11)
        top += 14
    return top + 12


def _timescale_report(path: Path) -> Path:
    """A 2012-style report: timescale groups, glyphless bullets, a running header, a list
    running over a page turn and a finding that cites a recommendation."""
    doc = Doc(path)
    for page in (1, 2, 3):
        doc.text(72, 30, "Inspection of Northtown: safeguarding report", size=9)
        doc.text(290, 800, str(page), size=9)
        if page == 1:
            doc.text(72, 80, "Northtown Borough Council", size=20)
            doc.text(72, 110, "Inspection of safeguarding and looked after children", bold=True)
            doc.text(72, 126, "services", bold=True)
            doc.text(72, 150, "Inspection dates: 5 – 16 March 2012", size=11)
            doc.text(72, 166, "Report published: 20 April 2012", size=11)
            doc.text(72, 196, "Overall effectiveness", bold=True, size=14)
            doc.text(72, 220, "4. Ofsted inspectors found that plans are unclear", size=11)
            doc.text(90, 234, "and often late (recommendation 2).", size=11)
            doc.text(72, 264, "Areas for improvement", bold=True, size=14)
            doc.text(72, 290, "In order to improve, the council and its partners should", size=11)
            doc.text(72, 304, "take the following action:", size=11)
            doc.text(72, 330, "Immediately:", bold=True, size=11)
            top = _bullet_lines(
                doc, 356, ["ensure that every child in need has an", "allocated social worker"]
            )
            top = _bullet_lines(doc, top, ["visit privately fostered children on time"])
            doc.text(72, top, "Within three months:", bold=True, size=11)
            top = _bullet_lines(doc, top + 26, ["improve the quality of child protection plans"])
            doc.text(72, top, "Within six months:", bold=True, size=11)
            top = _bullet_lines(doc, top + 26, ["review the capacity of the fostering service"])
            _bullet_lines(doc, 740, ["strengthen the corporate parenting board so that"])
        elif page == 2:
            doc.text(90, 80, "members hold officers to account", size=11)
            doc.text(72, 120, "Summary of findings", bold=True, size=14)
            doc.text(72, 146, "5. Leaders know their services well.", size=11)
        doc.page()
    return doc.save()


def test_timescale_groups_with_glyphless_bullets_over_a_page_turn(tmp_path: Path) -> None:
    report = extract_report(_timescale_report(tmp_path / "northtown.pdf"))
    got = [(r.section, r.group, r.ref, r.text, r.page) for r in report.recommendations]
    assert got == [
        ("Areas for improvement", "Immediately", None,
         "ensure that every child in need has an allocated social worker", 1),
        ("Areas for improvement", "Immediately", None,
         "visit privately fostered children on time", 1),
        ("Areas for improvement", "Within three months", None,
         "improve the quality of child protection plans", 1),
        ("Areas for improvement", "Within six months", None,
         "review the capacity of the fostering service", 1),
        ("Areas for improvement", "Within six months", None,
         "strengthen the corporate parenting board so that members hold officers to account", 1),
    ]  # fmt: skip
    assert report.authority == "Northtown Borough Council"
    assert report.framework == "SLAC"
    assert report.report_date and report.report_date.end == date(2012, 4, 20)


def test_a_report_pdf_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _timescale_report(tmp_path / "northtown.pdf")
    opened: list[int] = []
    load = PdfiumDocument.page

    def counted(doc: PdfiumDocument, index: int) -> PdfiumPage:
        opened.append(index)
        return load(doc, index)

    monkeypatch.setattr(PdfiumDocument, "page", counted)
    report = extract_document(path)
    assert opened == [0, 1, 2]  # tried as a plan and read as a report in one pass
    monkeypatch.undo()
    assert isinstance(report, Report)
    assert report.model_dump() == extract_report(path).model_dump()


def test_a_plan_is_read_as_report_lines_no_further_than_its_cover(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = shared_file("pdf", "000_25cf5e44febc06eb.pdf")  # a five-page plan
    read: list[int] = []
    add = PageLines.add

    def counted(lines: PageLines, page: Any, number: int, words: Any = None) -> None:
        read.append(number)
        add(lines, page, number, words)

    monkeypatch.setattr(PageLines, "add", counted)
    assert isinstance(extract_document(path), ActionPlan)
    assert read == [1, 2]


def test_a_plan_like_file_that_is_no_report_keeps_the_plan_reason(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "notes.pdf")
    doc.text(72, 80, "Recommendations", bold=True, size=14)
    doc.text(72, 110, "1. Meet every month.", size=11)
    doc.page()
    path = doc.save()
    with pytest.raises(ExtractionError) as caught:
        extract_document(path)
    assert caught.value.reason == "no action-plan table found"


def test_a_run_mixing_a_plan_and_a_report_writes_recommendation_tables(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _timescale_report(folder / "northtown-report.pdf")
    shutil.copy(SAMPLE_PLAN, folder / SAMPLE_PLAN.name)
    out, db = tmp_path / "out", tmp_path / "run.sqlite"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "1 inspection reports, 5 recommendations" in result.output
    saved = json.loads((out / "northtown-report.json").read_text(encoding="utf-8"))
    assert saved["kind"] == "report" and len(saved["recommendations"]) == 5
    with (out / "recommendations.csv").open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert reader.fieldnames and reader.fieldnames[:9] == [
        "doc", "source", "report_date", "body", "section", "group", "ref", "text", "page",
    ]  # fmt: skip
    assert [r["group"] for r in rows] == ["Immediately"] * 2 + ["Within three months"] + [
        "Within six months"
    ] * 2
    assert {r["report_date"] for r in rows} == {"2012-04-20"}
    lines = (out / "recommendations.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["text"] for line in lines] == [r["text"] for r in rows]
    with sqlite3.connect(db) as con:
        stored = con.execute(
            "SELECT r.recommendation_id, p.authority FROM recommendations r "
            "JOIN reports p USING (doc_id) ORDER BY r.rowid"
        ).fetchall()
        actions = con.execute("SELECT count(*) FROM actions").fetchone()[0]
    assert [authority for _, authority in stored] == ["Northtown Borough Council"] * 5
    assert stored[0][0].endswith(":r1") and actions > 0

    again = runner.invoke(app, ["extract", str(folder), "-o", str(out)])
    assert again.exit_code == 0 and "2 unchanged, reused" in again.output


def test_action_plans_are_not_taken_for_reports() -> None:
    folder = shared_file("real", "action-plans")
    decoys = sorted(folder.glob("*.pdf"))
    assert decoys
    for path in decoys:
        with pytest.raises(NotAReport):
            extract_report(path)


def test_bulleted_items_after_an_introduction_ending_in_a_colon(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "southvale.pdf")
    doc.text(72, 80, "Southvale Council", size=20)
    doc.text(72, 110, "Inspection of safeguarding and looked after children services", bold=True)
    doc.text(72, 130, "Inspection dates: 1 to 12 October 2012", size=11)
    doc.text(72, 160, "Areas for improvement", bold=True, size=14)
    doc.text(72, 186, "Within three months:", bold=True, size=11)
    doc.text(72, 212, "The council and its partners should take the following action:", size=11)
    doc.text(72, 238, "\u2022", size=11)
    doc.text(90, 238, "ensure that all child protection conferences are quorate", size=11)
    doc.text(72, 264, "\u2022", size=11)
    doc.text(90, 264, "ensure that Ofsted is told of every serious incident", size=11)
    doc.text(72, 300, "Summary", bold=True, size=14)
    doc.text(72, 326, "The council has made progress.", size=11)
    doc.page()
    report = extract_report(doc.save())
    assert [(r.section, r.group, r.text) for r in report.recommendations] == [
        ("Areas for improvement", "Within three months",
         "ensure that all child protection conferences are quorate"),
        ("Areas for improvement", "Within three months",
         "ensure that Ofsted is told of every serious incident"),
    ]  # fmt: skip


def test_validate_reads_a_report_and_round_trips_its_expectation(tmp_path: Path) -> None:
    stem = CASES[0]
    pdf = tmp_path / f"{stem}.pdf"
    shutil.copy(shared_file("real", "ofsted-reports", f"{stem}.pdf"), pdf)
    wanted = len(
        json.loads((EXPECTED / f"{stem}.json").read_text(encoding="utf-8"))["recommendations"]
    )
    checked = runner.invoke(app, ["validate", str(pdf)])
    assert checked.exit_code == 0, checked.output
    assert f"inspection report, {wanted} recommendations" in checked.output
    stored = tmp_path / "expected.json"
    updated = runner.invoke(
        app, ["validate", str(pdf), "--expect", str(stored), "--update-expected"]
    )
    assert updated.exit_code == 0, updated.output
    assert json.loads(stored.read_text(encoding="utf-8"))["kind"] == "report"
    again = runner.invoke(app, ["validate", str(pdf), "--expect", str(stored)])
    assert again.exit_code == 0, again.output


def test_detect_says_a_pdf_with_no_action_table_is_a_report_or_neither(tmp_path: Path) -> None:
    stem = CASES[0]
    wanted = len(
        json.loads((EXPECTED / f"{stem}.json").read_text(encoding="utf-8"))["recommendations"]
    )
    report = runner.invoke(
        app, ["detect", str(shared_file("real", "ofsted-reports", f"{stem}.pdf"))]
    )
    assert report.exit_code == 1
    assert f": {wanted} recommendations; extract reads it as a report" in report.output
    doc = Doc(tmp_path / "letter.pdf")
    doc.text(40, 60, "Dear parents, the summer fair will be held on the field on Saturday.")
    letter = runner.invoke(app, ["detect", str(doc.save())])
    assert letter.exit_code == 1
    assert "not an inspection report either" in letter.output


def test_a_run_with_no_reports_leaves_no_earlier_recommendations(tmp_path: Path) -> None:
    out = tmp_path / "out"
    stem = CASES[0]
    first = runner.invoke(
        app, ["extract", str(shared_file("real", "ofsted-reports", f"{stem}.pdf")), "-o", str(out)]
    )
    assert first.exit_code == 0, first.output
    assert (out / "recommendations.csv").exists() and (out / "recommendations.jsonl").exists()
    second = runner.invoke(app, ["extract", str(SAMPLE_PLAN), "-o", str(out)])
    assert second.exit_code == 0, second.output
    assert not (out / "recommendations.csv").exists()
    assert not (out / "recommendations.jsonl").exists()
