"""Column headings and columns met in plans laid out in further ways, one cause per test.

Each test builds a small web page with the shape and states by hand what a reader of
that page would record.
"""

from __future__ import annotations

from pathlib import Path

from actionplan import extract_file
from tests.docbuild import html_page


def _html(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "plan.html"
    path.write_text(html_page("<table>" + "".join(rows) + "</table>"), encoding="utf-8")
    return path


def _tr(*cells: str, tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


def test_a_heading_naming_two_roles_takes_the_one_its_cells_hold(tmp_path: Path) -> None:
    """ "Objective / action" heads a column of objective rows and the actions under them;
    "Assurance / progress" heads the update written against each action."""
    plan = extract_file(
        _html(
            tmp_path,
            _tr("Objective / action", "Who", "Timescale", "Assurance / progress", tag="th"),
            _tr("1.1 Pupils read widely", "", "", ""),
            _tr("1.1.1 Buy new class books.", "English Lead", "May 2026", "Books ordered."),
            _tr("1.1.2 Start a reading club.", "Librarian", "June 2026", "Club meets weekly."),
        )
    )
    rows = [(a.ref, a.text, x.ref, x.text, x.progress) for _, a, x in plan.actions()]
    assert rows == [
        ("1.1", "Pupils read widely", "1.1.1", "Buy new class books.", "Books ordered."),
        ("1.1", "Pupils read widely", "1.1.2", "Start a reading club.", "Club meets weekly."),
    ]


def test_an_evaluation_column_is_progress_and_a_theme_column_the_area(tmp_path: Path) -> None:
    plan = extract_file(
        _html(
            tmp_path,
            _tr("Theme", "Action", "Lead", "By when", "Evaluation (March 2026)", tag="th"),
            _tr("Healthy weight", "Run cooking classes.", "Dietitian", "May 2026", "Two run."),
        )
    )
    rows = [(a.text, x.text, x.progress) for _, a, x in plan.actions()]
    assert rows == [("Healthy weight", "Run cooking classes.", "Two run.")]


def test_a_lead_agency_column_names_the_leads_when_no_other_column_does(
    tmp_path: Path,
) -> None:
    plan = extract_file(
        _html(
            tmp_path,
            _tr("Ref", "What we will do", "Lead agency", "When", tag="th"),
            _tr("N1", "Launch the neglect toolkit.", "Police; ICB", "May 2026"),
        )
    )
    leads = [[p.name or p.role for p in x.leads] for _, _, x in plan.actions()]
    assert leads == [["Police", "ICB"]]


def test_of_two_progress_columns_the_one_of_status_marks_is_the_status(tmp_path: Path) -> None:
    """A "Progress" column of ✔ / ✘ beside "Comments", read through the key printed as
    one line of prose above the table; a lone ✔ in a cell is the status, not a bullet."""
    table = (
        "<table>"
        + _tr("Action", "Owner", "Due", "Progress", "Comments", tag="th")
        + _tr("Audit ten buildings.", "Facilities Manager", "June 2025", "✔", "All done.")
        + _tr("Fit hearing loops.", "Customer Services Manager", "May 2026", "✘", "Paused.")
        + "</table>"
    )
    path = tmp_path / "plan.html"
    key = "<p>Key: ✔ done &nbsp; ◐ under way &nbsp; ✘ not on track</p>"
    path.write_text(html_page(key + table), encoding="utf-8")
    rows = [
        (x.status.raw, x.status.value.value, x.progress)
        for _, _, x in extract_file(path).actions()
        if x.status
    ]
    assert rows == [("✔", "completed", "All done."), ("✘", "off_track", "Paused.")]


def test_a_lettered_heading_above_each_table_opens_its_area(tmp_path: Path) -> None:
    """ "A. Make buildings accessible" as a heading over its own small table; the page's
    key sits at the end of a sentence of prose."""
    head = _tr("Ref", "Action", "Owner", "Due", "Status", tag="th")
    body = (
        "<p>This page reports progress on each action. Key: ✔ done ◐ under way</p>"
        "<h3>A. Make council buildings physically accessible</h3><table>"
        + head
        + _tr("A1", "Audit ten buildings.", "Facilities Manager", "June 2025", "✔")
        + "</table><h3>B. Make information accessible to everyone</h3><table>"
        + head
        + _tr("B1", "Fix the website.", "Digital Lead", "March 2026", "◐")
        + "</table>"
    )
    path = tmp_path / "plan.html"
    path.write_text(html_page(body), encoding="utf-8")
    rows = [
        (s.title, a.ref, a.text, x.ref, x.status.value.value if x.status else None)
        for s, a, x in extract_file(path).actions()
    ]
    assert rows == [
        (None, "A", "Make council buildings physically accessible", "A1", "completed"),
        (None, "B", "Make information accessible to everyone", "B1", "in_progress"),
    ]


def test_numbered_parts_above_two_tables_are_their_sections(tmp_path: Path) -> None:
    """ "Part 1: Actions in progress" over one table, "Part 2: Completed actions" over
    another: each part is the section of its table's actions."""
    head = _tr("Ref", "Action", "Who", "By when", tag="th")
    body = (
        "<p><strong>Part 1: Actions in progress</strong></p><table>"
        + head
        + _tr("1a", "Meet families weekly.", "Attendance Officer", "Weekly")
        + "</table><p><strong>Part 2: Completed actions</strong></p><table>"
        + head
        + _tr("1c", "Update the attendance policy.", "Headteacher", "July 2025")
        + "</table>"
    )
    path = tmp_path / "plan.html"
    path.write_text(html_page(body), encoding="utf-8")
    rows = [(s.title, x.ref) for s, _, x in extract_file(path).actions()]
    assert rows == [("Part 1: Actions in progress", "1a"), ("Part 2: Completed actions", "1c")]


def test_a_running_line_above_the_documents_title_is_no_section(tmp_path: Path) -> None:
    """A one-page board paper prints "Public Board" above its two title headings."""
    body = (
        "<p>Public Board</p><h1>Calder Valley Hospitals NHS Foundation Trust</h1>"
        "<h1>CQC Inspection Action Plan</h1><table>"
        + _tr("Action", "Lead", "Target", tag="th")
        + _tr("Release staff for training.", "Director of Nursing", "30 Nov 2025")
        + "</table>"
    )
    path = tmp_path / "plan.html"
    path.write_text(html_page(body), encoding="utf-8")
    assert [s.title for s, _, _ in extract_file(path).actions()] == [None]
