"""Plans printed as records: a label | value table per action or per recommendation, or
one table with the labels down its first column and one action per further column.

Each document here is built by the test; the expected records are written from it.
"""

from __future__ import annotations

from pathlib import Path

from actionplan import extract_file
from actionplan.extract.engine.profile import builtin_profile
from actionplan.extract.engine.records import records_as_rows
from actionplan.extract.grid import Block, Cell, Line, Row
from actionplan.schemas import ActionPlan
from tests.docbuild import C, Heading, Para, build_docx, html_page
from tests.pdfbuild import Doc, Spec, text

Record = tuple[str | None, str | None, str | None, str, list[str], str | None, str | None]


def _records(plan: ActionPlan) -> list[Record]:
    """(area ref, area text, action ref, action text, leads, due, status) per action."""
    return [
        (
            a.ref,
            a.text,
            x.ref,
            x.text,
            [p.name or p.role or "" for p in x.leads],
            x.due.raw,
            x.status.value if x.status and x.status.value else None,
        )
        for _, a, x in plan.actions()
    ]


def _html(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "plan.html"
    path.write_text(html_page(body), encoding="utf-8")
    return path


def _kv(*pairs: tuple[str, str]) -> str:
    rows = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in pairs)
    return f"<table><tbody>{rows}</tbody></table>"


def test_pdf_recommendation_table_then_one_table_per_action(tmp_path: Path) -> None:
    doc = Doc(tmp_path / "plan.pdf")
    doc.text(40, 40, "Improvement plan following the inspection", bold=True)
    tables = [
        [
            ("Recommendation 1", "Improve the timeliness of strategy discussions"),
            ("Timescale", "Within three months"),
        ],
        [
            ("Action", "Hold a daily strategy meeting"),
            ("Lead officer", "Head of MASH"),
            ("Target date", "March 2024"),
            ("RAG status", "Green"),
        ],
        [
            ("Action", "Audit twenty strategy discussions each month"),
            ("Lead officer", "Principal Social Worker"),
            ("Target date", "June 2024"),
            ("RAG status", "Amber"),
        ],
        [
            ("Recommendation 2", "Strengthen oversight of private fostering"),
            ("Timescale", "Within six months"),
        ],
        [
            ("Action", "Add private fostering to the performance scorecard"),
            ("Lead officer", "Head of Performance"),
            ("Target date", "April 2024"),
            ("RAG status", "Blue"),
        ],
    ]
    top = 70.0
    for pairs in tables:
        rows: list[list[Spec | None]] = [
            [text(label, bold=True), text(value)] for label, value in pairs
        ]
        doc.table(40, top, [110, 380], [20] * len(rows), rows)
        top += 20 * len(rows) + 14
    plan = extract_file(doc.save())
    assert _records(plan) == [
        ("1", "Improve the timeliness of strategy discussions", None,
         "Hold a daily strategy meeting", ["Head of MASH"], "March 2024", "in_progress"),
        ("1", "Improve the timeliness of strategy discussions", None,
         "Audit twenty strategy discussions each month", ["Principal Social Worker"],
         "June 2024", "off_track"),
        ("2", "Strengthen oversight of private fostering", None,
         "Add private fostering to the performance scorecard", ["Head of Performance"],
         "April 2024", "completed"),
    ]  # fmt: skip
    # the recommendation's timescale is its own, not a date of its actions
    timescales = [a.timescale for s in plan.sections for a in s.areas]
    assert timescales == ["Within three months", "Within six months"]


def test_word_table_per_action_with_its_ref_area_and_headings_between(tmp_path: Path) -> None:
    """Action texts without a full stop: a new table is a new action, never a continuation."""

    def table(ref: str, area: str, action: str, lead: str, when: str, status: str) -> list:
        return [
            [C(bold="Ref"), ref],
            [C(bold="Area for improvement"), area],
            [C(bold="What we will do"), action],
            [C(bold="Responsible officer:"), lead],
            [C(bold="By when"), when],
            [C(bold="Status"), status],
        ]

    early = "Needs are identified before children start school"
    timely = "Assessments are completed within 20 weeks"
    path = build_docx(
        tmp_path / "plan.docx",
        [
            Heading("Written statement of action"),
            Heading("Theme 1 – Identifying needs early", 2),
            table("1", early, "Train early years practitioners", "Early Years SEND Lead",
                  "July 2024", "Complete"),
            table("2", early, "Share two-year-old check results with settings",
                  "Health Visiting Manager; Early Years SEND Lead", "December 2024", "On track"),
            Heading("Theme 2 – Timely assessment", 2),
            table("3", timely, "Recruit three educational psychologists",
                  "Principal Educational Psychologist", "March 2025", "Delayed"),
        ],
    )  # fmt: skip
    plan = extract_file(path)
    assert _records(plan) == [
        (None, early, "1", "Train early years practitioners", ["Early Years SEND Lead"],
         "July 2024", "completed"),
        (None, early, "2", "Share two-year-old check results with settings",
         ["Health Visiting Manager", "Early Years SEND Lead"], "December 2024", "in_progress"),
        (None, timely, "3", "Recruit three educational psychologists",
         ["Principal Educational Psychologist"], "March 2025", "off_track"),
    ]  # fmt: skip
    assert [s.title for s in plan.sections] == [
        "Theme 1 – Identifying needs early",
        "Theme 2 – Timely assessment",
    ]


def test_web_table_per_recommendation_holding_repeated_action_blocks(tmp_path: Path) -> None:
    body = "<h1>Partnership business plan</h1>" + _kv(
        ("Recommendation", "Improve information sharing with schools"),
        ("Action", "Name a contact in the exploitation team for every school"),
        ("Owner", "Exploitation Team Manager"),
        ("Deadline", "June 2024"),
        ("Rating", "Green"),
        ("Action", "Brief designated safeguarding leads each term"),
        ("Owner", "Education Safeguarding Adviser"),
        ("Deadline", "Termly"),
        ("Rating", "Red"),
    )
    plan = extract_file(_html(tmp_path, body))
    area = "Improve information sharing with schools"
    assert _records(plan) == [
        (None, area, None, "Name a contact in the exploitation team for every school",
         ["Exploitation Team Manager"], "June 2024", "in_progress"),
        (None, area, None, "Brief designated safeguarding leads each term",
         ["Education Safeguarding Adviser"], "Termly", "off_track"),
    ]  # fmt: skip


def test_transposed_table_one_action_per_column(tmp_path: Path) -> None:
    rows = [
        ("Action no.", "1.1", "1.2", "1.3"),
        ("Action", "Assess every pupil in phonics", "Run daily catch-up sessions",
         "Buy decodable reading books"),
        ("Who", "Reading Lead", "Reading Lead / Teaching Assistants", "School Business Manager"),
        ("When", "October 2023", "Spring term 2024", "December 2023"),
        ("RAG", "Complete", "On track", "Not started"),
    ]  # fmt: skip
    table = "".join(
        "<tr>" + f"<th>{r[0]}</th>" + "".join(f"<td>{v}</td>" for v in r[1:]) + "</tr>"
        for r in rows
    )
    body = (
        "<p><strong>Area for improvement 1: Help the weakest readers catch up</strong></p>"
        f"<table>{table}</table>"
    )
    plan = extract_file(_html(tmp_path, body))
    area = "Help the weakest readers catch up"
    assert _records(plan) == [
        ("1", area, "1.1", "Assess every pupil in phonics", ["Reading Lead"], "October 2023",
         "completed"),
        ("1", area, "1.2", "Run daily catch-up sessions", ["Reading Lead", "Teaching Assistants"],
         "Spring term 2024", "in_progress"),
        ("1", area, "1.3", "Buy decodable reading books", ["School Business Manager"],
         "December 2023", "not_started"),
    ]  # fmt: skip


def test_a_numbered_action_label_gives_the_action_its_ref(tmp_path: Path) -> None:
    body = _kv(
        ("Action 2.1", "Publish a seven-minute briefing for every review"),
        ("Lead", "Partnership Business Manager"),
        ("Due date", "Ongoing"),
        ("Action 2.2", "Hold a learning event on neglect"),
        ("Lead", "Training Coordinator"),
        ("Due date", "February 2024"),
    )
    plan = extract_file(_html(tmp_path, body))
    assert [(x.ref, x.text, x.due.raw) for _, _, x in plan.actions()] == [
        ("2.1", "Publish a seven-minute briefing for every review", "Ongoing"),
        ("2.2", "Hold a learning event on neglect", "February 2024"),
    ]


# --- tables that are not records --------------------------------------------------


def _row(*texts: str, table: int = 1) -> Row:
    return Row([Cell(t) for t in texts], table=table)


PROFILE = builtin_profile("generic")


def test_wide_tables_with_refs_or_areas_in_the_first_column_are_left_alone() -> None:
    refs = [
        _row("Ref", "Action", "Lead", "Due", "Status"),
        _row("1.1", "Recruit two coordinators", "Head of SEND", "Jan 2024", "Green"),
        _row("1.2", "Introduce a quality panel", "DCO", "Nov 2023", "Blue"),
    ]
    headerless_refs = refs[1:]
    areas = [
        _row("Outcomes for children", "Track progress termly", "Head of School", "Termly"),
        _row("Action planning", "Write a plan for each school", "Adviser", "July 2024"),
        _row("Leadership", "Train governors", "Clerk", "June 2024"),
    ]
    for blocks in (refs, headerless_refs, areas):
        assert records_as_rows(list(blocks), PROFILE) == blocks


def test_cover_sheet_and_glossary_tables_are_not_records() -> None:
    cover = [
        _row("Report title", "Improvement plan update"),
        _row("Date", "12 March 2024"),
        _row("Lead officer", "Director of Children's Services"),
        _row("Recommendation", "The board notes the progress made"),
    ]
    glossary = [
        _row("DCO", "Designated Clinical Officer", table=2),
        _row("LO", "Local offer", table=2),
    ]
    blocks: list[Block] = [*cover, Line("Action plan"), *glossary]
    assert records_as_rows(list(blocks), PROFILE) == blocks


def test_a_wide_plan_after_a_cover_sheet_keeps_its_own_areas(tmp_path: Path) -> None:
    body = (
        _kv(
            ("Report title", "Improvement plan update"),
            ("Lead officer", "Director of Children's Services"),
            ("Recommendation", "The board notes the progress made"),
        )
        + "<table><tr><th>Action</th><th>Lead</th><th>By when</th></tr>"
        "<tr><td>Recruit two coordinators</td><td>Head of SEND</td><td>Jan 2024</td></tr>"
        "</table>"
    )
    plan = extract_file(_html(tmp_path, body))
    assert [(a.text, x.text) for _, a, x in plan.actions()] == [(None, "Recruit two coordinators")]


def test_a_pdf_record_table_cut_by_a_page_turn_carries_on(tmp_path: Path) -> None:
    """The second page holds the rest of the last action's table, its value cut mid-row."""
    doc = Doc(tmp_path / "plan.pdf")
    first: list[list[Spec | None]] = [
        [text("Action", bold=True), text("Hold a daily strategy meeting")],
        [text("Lead officer", bold=True), text("Head of MASH")],
        [text("Target date", bold=True), text("March 2024")],
        [text("Action", bold=True), text("Audit twenty strategy discussions")],
        [text("Lead officer", bold=True), text("Principal Social Worker")],
        [text("Progress update", bold=True), text("April audit complete;")],
    ]
    doc.table(40, 60, [110, 380], [20] * len(first), first)
    doc.text(500, 810, "Page 1")
    doc.page()
    rest: list[list[Spec | None]] = [
        [text(""), text("May audit under way")],
        [text("Target date", bold=True), text("June 2024")],
    ]
    doc.table(40, 60, [110, 380], [20] * len(rest), rest)
    doc.text(500, 810, "Page 2")
    plan = extract_file(doc.save())
    assert [(x.text, x.due.raw, x.progress) for _, _, x in plan.actions()] == [
        ("Hold a daily strategy meeting", "March 2024", None),
        (
            "Audit twenty strategy discussions",
            "June 2024",
            "April audit complete; May audit under way",
        ),
    ]


def test_word_plan_of_label_value_paragraphs_one_block_per_action(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        [
            Heading("Peer review action plan"),
            Para("Date: 12 March 2025"),
            Para("Report author: Head of Early Help"),
            Heading("Recommendation 1: Agree what good early help practice looks like", 2),
            Para("Action: Publish a practice standard"),
            Para("Lead officer: Head of Early Help"),
            Para("Timescale: January 2025"),
            Para("Status: Complete"),
            Para("Action: Audit assessments against the standard"),
            Para("Lead officer: Quality Assurance Manager / Team Managers"),
            Para("Timescale: June 2025"),
            Para("Status: Delayed"),
        ],
    )
    plan = extract_file(path)
    area = "Agree what good early help practice looks like"
    assert _records(plan) == [
        ("1", area, None, "Publish a practice standard", ["Head of Early Help"], "January 2025",
         "completed"),
        ("1", area, None, "Audit assessments against the standard",
         ["Quality Assurance Manager", "Team Managers"], "June 2025", "off_track"),
    ]  # fmt: skip


def test_label_value_paragraphs_naming_no_action_stay_paragraphs() -> None:
    lines: list[Block] = [
        Line("Date: 12 March 2025"),
        Line("Lead officer: Director of Children's Services"),
        Line("Recommendation: The board notes the report"),
        Line("Timescale: within three months"),
    ]
    assert records_as_rows(list(lines), PROFILE) == lines
