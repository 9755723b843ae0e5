"""The HTML reader on pages written here, then whole plans through the engine."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from actionplan import ExtractionError, extract_file
from actionplan.extract.grid import Cell, Line, Row
from actionplan.extract.readers.cell_text import fill_name
from actionplan.extract.readers.html_reader import parse_html, read_html
from actionplan.schemas import StatusValue
from tests.conftest import shared_file
from tests.docbuild import html_page


def _rows(markup: str) -> list[Row]:
    return [b for b in parse_html(markup).blocks if isinstance(b, Row)]


def test_cells_spans_merges_fills_bold_leads_and_bullets() -> None:
    grid = parse_html(
        html_page(
            "<h1>Improvement plan</h1><p>Updated <b>May 2024</b><br>by the board</p>"
            "<h2>Early help</h2>"
            "<table>"
            "<tr><td colspan='4'>Theme 1: Early help</td></tr>"
            "<tr><td>Area</td><td>Action</td><td>Status</td><td>Notes</td></tr>"
            "<tr><td rowspan='2'>1. Improve\n   step-down</td>"
            "<td>Audit cases<ul><li>monthly</li><li>&bull; by managers</li></ul></td>"
            "<td bgcolor='#FF0000'></td>"
            "<td><strong>Completed</strong> Notes follow</td></tr>"
            "<tr><td>Train staff</td><td style='background-color: rgb(0, 176, 80)'>&nbsp;</td>"
            "<td><b>Done</b></td></tr>"
            "</table>"
        )
    )
    lines = [b for b in grid.blocks if isinstance(b, Line)]
    assert lines == [
        Line("Improvement plan", heading=1, bold=True),
        Line("Updated May 2024"),
        Line("by the board"),
        Line("Early help", heading=2, bold=True),
    ]
    rows = [b for b in grid.blocks if isinstance(b, Row)]
    assert [(r.table, r.line) for r in rows] == [(1, 1), (1, 2), (1, 3), (1, 4)]
    assert rows[0].cells == [Cell("Theme 1: Early help", span=4)]
    assert rows[2].cells == [
        Cell("1. Improve step-down"),
        Cell("Audit cases\nmonthly\nby managers"),
        Cell("", fill="red"),
        Cell("Completed Notes follow", bold_lead="Completed"),
    ]
    assert rows[3].cells == [
        Cell("", merged_down=True),
        Cell("Train staff"),
        Cell("", fill="green"),
        Cell("Done", "Done"),
    ]
    assert grid.pages is None


def test_page_chrome_is_dropped() -> None:
    grid = parse_html(html_page("<p>Body text</p>"))
    assert grid.blocks == [Line("Body text")]


def test_rowspan_and_colspan_together_keep_rows_the_table_width() -> None:
    rows = _rows(
        "<table>"
        "<tr><th>A</th><th>B</th><th>C</th><th>D</th></tr>"
        "<tr><td rowspan='3' colspan='2' style='background: #00B050 url(x.png)'>AB</td>"
        "<td>c1</td><td rowspan='2'>d1</td></tr>"
        "<tr><td>c2</td></tr>"
        "<tr><td>c3</td><td>d3</td></tr>"
        "</table>"
    )
    assert [[c.span for c in r.cells] for r in rows] == [
        [1, 1, 1, 1],
        [2, 1, 1],
        [2, 1, 1],
        [2, 1, 1],
    ]
    assert [r.texts for r in rows[1:]] == [["AB", "c1", "d1"], ["", "c2", ""], ["", "c3", "d3"]]
    assert [r.cells[0].fill for r in rows[1:]] == ["green", "green", "green"]


def test_header_cells_are_bold_and_rows_shade_their_cells() -> None:
    rows = _rows(
        "<table><tr><th>Action</th><th>RAG</th></tr>"
        "<tr style='background-color:#FFC000'><td>One</td><td></td></tr></table>"
    )
    assert rows[0].cells == [Cell("Action", "Action"), Cell("RAG", "RAG")]
    assert [c.fill for c in rows[1].cells] == ["amber", "amber"]


def test_unclosed_cells_close_as_in_a_browser_and_superscripts_join() -> None:
    rows = _rows("<table><tr><td>One<td>Due 14<sup>th</sup> May<tr><td>Two<td>x</table>")
    assert [r.texts for r in rows] == [["One", "Due 14th May"], ["Two", "x"]]


def test_caption_is_a_line_above_the_rows_and_footer_rows_come_last() -> None:
    grid = parse_html(
        "<table><caption>Recommendation 2</caption><tfoot><tr><td>Total</td></tr></tfoot>"
        "<tbody><tr><td>One</td></tr></tbody></table>"
    )
    assert grid.blocks == [
        Line("Recommendation 2"),
        Row([Cell("One")], table=1, line=1),
        Row([Cell("Total")], table=1, line=2),
    ]


def test_nested_table_text_is_flattened_into_its_cell() -> None:
    rows = _rows(
        "<table><tr><td>Outer</td><td>Cell<table><tr><td>inner one</td><td>inner two</td></tr>"
        "</table></td></tr></table>"
    )
    assert [r.texts for r in rows] == [["Outer", "Cell\ninner one\ninner two"]]


def test_one_column_box_around_a_table_is_layout() -> None:
    grid = parse_html(
        "<table><tr><td><h2>Plan</h2><table><tr><td>Action</td><td>Lead</td></tr></table>"
        "</td></tr></table>"
    )
    assert grid.blocks == [
        Line("Plan", heading=2, bold=True),
        Row([Cell("Action"), Cell("Lead")], table=1, line=1),
    ]


def test_ordered_list_items_show_their_numbers() -> None:
    grid = parse_html(
        "<ol><li>One</li><li><b>Two</b></li><li> </li><li value='10'>Ten</li>"
        "<li>Eleven<ol type='a'><li>nested</li><li>again</li></ol></li>"
        "<li><ol type='i'><li>opens with a list</li></ol></li>"
        "<li><h3>Heading item</h3></li></ol>"
        "<ol start='4' type='A'><li>D</li><li style='display:none'>hidden</li><li>E</li></ol>"
        "<ol reversed><li>two</li><li>one</li></ol>"
        "<ol style='list-style-type: upper-roman'><li>roman</li><li type='a'>letter</li></ol>"
        "<ol style='list-style: none'><li>unmarked</li></ol>"
        "<ul><li>bullet</li></ul>"
    )
    # an empty item takes a number but shows none; nested lists number on their own
    assert grid.blocks == [
        Line("1. One"),
        Line("2. Two"),
        Line("10. Ten"),
        Line("11. Eleven"),
        Line("a. nested"),
        Line("b. again"),
        Line("12. i. opens with a list"),
        Line("13. Heading item", heading=3, bold=True),
        Line("D. D"),
        Line("E. E"),
        Line("2. two"),
        Line("1. one"),
        Line("I. roman"),
        Line("b. letter"),
        Line("unmarked"),
        Line("bullet"),
    ]


def test_ordered_lists_in_cells_number_their_items() -> None:
    rows = _rows(
        "<table><tr><td><ol start='3'><li><b>Recruit</b> carers</li>"
        "<li>Open a home<ul><li>site</li></ul></li></ol></td>"
        "<td><ol type='a'><li>Audit</li></ol></td></tr></table>"
    )
    assert rows[0].cells == [Cell("3. Recruit carers\n4. Open a home\nsite"), Cell("a. Audit")]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("#FF0000", "red"),
        ("rgb(255, 192, 0)", "amber"),
        ("00B050", "green"),
        ("#0070C0", "blue"),
        ("#ffffff", None),
        ("white", None),
        ("transparent", None),
        ("rgba(255, 0, 0, 0)", None),
        ("#D9D9D9", "#d9d9d9"),
        ("lightgreen", "green"),
    ],
)
def test_fill_names(raw: str, name: str | None) -> None:
    assert fill_name(raw) == name


def test_prose_page_saved_as_pdf_has_no_plan(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_text(
        html_page(
            "<h1>Report not found</h1><p>Sorry, the document you requested no longer exists.</p>"
            "<p>Use our search to find inspection reports.</p>"
        ),
        encoding="utf-8",
    )
    lines = [b for b in read_html(path).blocks if isinstance(b, Line)]
    assert lines[0] == Line("Report not found", heading=1, bold=True)
    assert not any(isinstance(b, Row) for b in read_html(path).blocks)
    with pytest.raises(ExtractionError, match="no action-plan table found"):
        extract_file(path)


def test_real_html_page_with_a_pdf_name_has_no_plan() -> None:
    path = shared_file(
        "real", "ofsted-reports", "blackpool-children-s-services-inspection-13-july-2012.pdf"
    )
    with pytest.raises(ExtractionError, match="no action-plan table found"):
        extract_file(path)


# -- a whole plan through the engine -------------------------------------------------


def _recommendation(number: int, timescale: str, text: str, actions: list[tuple[str, ...]]) -> str:
    """One table per recommendation: a merged title row, its text, then the action header."""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in actions)
    return (
        "<table border='1'>"
        f"<tr><td colspan='4' style='background-color:#1F4E79'>"
        f"<b>Recommendation {number} - {timescale}</b></td></tr>"
        f"<tr><td colspan='4'>{text}</td></tr>"
        "<tr><th>Action</th><th>Lead</th><th>Deadline</th><th>Progress update</th></tr>"
        f"{body}</table>"
    )


def _plan_page() -> str:
    return html_page(
        "<h1>Improvement action plan</h1>"
        "<p>This plan follows the inspection of 12 February 2024.</p>"
        "<h2>Help and protection</h2>"
        + _recommendation(
            1,
            "within 3 months",
            "Improve the timeliness of child protection reviews.",
            [
                (
                    "1. Review all children subject to a plan for over 18 months.",
                    "Sarah Jones",
                    "31 May 2024",
                    "<b>Complete</b> All 42 plans reviewed.",
                ),
                (
                    "2. Introduce a tracker for<ul><li>strategy meetings</li><li>visits</li></ul>",
                    "Sarah Jones and Paul Reed",
                    "June 2024",
                    "<b>On track</b> Tracker live in two teams.",
                ),
            ],
        )
        + "<h2>Children in care</h2>"
        + _recommendation(
            2,
            "within 6 months",
            "Increase placement choice for children in care.",
            [
                (
                    "1. Recruit more in-house foster carers.",
                    "Anna Lee",
                    "March 2025",
                    "<b>Not started</b>",
                ),
                (
                    "2. Open a second children's home.",
                    "Anna Lee",
                    "30/09/2024",
                    "<b>Delayed</b> Planning permission awaited.",
                ),
            ],
        )
    )


def test_table_per_recommendation_plan_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text(_plan_page(), encoding="utf-8")
    plan = extract_file(path)
    assert plan.source.format.value == "html"
    assert plan.inspection_date is not None
    assert plan.inspection_date.start == date(2024, 2, 12)
    assert [s.title for s in plan.sections] == ["Help and protection", "Children in care"]
    areas = [a for s in plan.sections for a in s.areas]
    assert [(a.ref, a.timescale, a.text) for a in areas] == [
        ("1", "within 3 months", "Improve the timeliness of child protection reviews."),
        ("2", "within 6 months", "Increase placement choice for children in care."),
    ]
    got = [
        (
            a.ref,
            x.ref,
            x.text,
            [p.name for p in x.leads],
            x.due.end,
            x.status.value if x.status else None,
            x.progress,
        )
        for _, a, x in plan.actions()
    ]
    assert got == [
        (
            "1",
            "1",
            "Review all children subject to a plan for over 18 months.",
            ["Sarah Jones"],
            date(2024, 5, 31),
            StatusValue.COMPLETED,
            "Complete All 42 plans reviewed.",
        ),
        (
            "1",
            "2",
            "Introduce a tracker for strategy meetings visits",
            ["Sarah Jones", "Paul Reed"],
            date(2024, 6, 30),
            StatusValue.IN_PROGRESS,
            "On track Tracker live in two teams.",
        ),
        (
            "2",
            "1",
            "Recruit more in-house foster carers.",
            ["Anna Lee"],
            date(2025, 3, 31),
            StatusValue.NOT_STARTED,
            "Not started",
        ),
        (
            "2",
            "2",
            "Open a second children's home.",
            ["Anna Lee"],
            date(2024, 9, 30),
            StatusValue.OFF_TRACK,
            "Delayed Planning permission awaited.",
        ),
    ]
    second = areas[0].actions[1]
    assert second.status is not None and second.status.raw == "On track"
    assert second.cells["Action"] == "2. Introduce a tracker for\nstrategy meetings\nvisits"


def test_plan_numbered_only_by_ordered_lists_end_to_end(tmp_path: Path) -> None:
    """Area and action numbers exist only as <ol> numbering, one list per cell."""
    path = tmp_path / "plan.html"
    path.write_text(
        html_page(
            "<h1>Improvement plan</h1><table border='1'>"
            "<tr><th>Area for improvement</th><th>Action</th><th>Lead</th><th>Target date</th></tr>"
            "<tr><td rowspan='2'><ol><li>Strengthen management oversight.</li></ol></td>"
            "<td><ol><li>Weekly audit of contacts.</li></ol></td>"
            "<td>Jane Smith</td><td>31/07/2024</td></tr>"
            "<tr><td><ol start='2'><li>Refresh the threshold document.</li></ol></td>"
            "<td>Jane Smith</td><td>30/09/2024</td></tr>"
            "<tr><td><ol start='2'><li>Improve the quality of care plans.</li></ol></td>"
            "<td><ol><li>Train all social workers.</li></ol></td>"
            "<td>Amir Khan</td><td>31/12/2024</td></tr>"
            "</table>"
        ),
        encoding="utf-8",
    )
    plan = extract_file(path)
    areas = [a for s in plan.sections for a in s.areas]
    assert [(a.ref, a.text) for a in areas] == [
        ("1", "Strengthen management oversight."),
        ("2", "Improve the quality of care plans."),
    ]
    assert [(a.ref, x.ref, x.text, x.due.end) for _, a, x in plan.actions()] == [
        ("1", "1", "Weekly audit of contacts.", date(2024, 7, 31)),
        ("1", "2", "Refresh the threshold document.", date(2024, 9, 30)),
        ("2", "1", "Train all social workers.", date(2024, 12, 31)),
    ]
