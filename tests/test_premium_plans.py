"""School premium plans on the DfE's templates: pupil premium strategy statements, PE and
sport premium reports and recovery premium plans.

Each document is built by the test in the template's shape (summary key-value table,
challenges table, intended outcomes, activity tables under the template's headings);
the expected records are written from the document as built.
"""

from __future__ import annotations

from pathlib import Path

from actionplan import extract_file
from actionplan.extract.engine.profile import builtin_profile
from actionplan.extract.engine.raw import split_area_ref
from actionplan.extract.engine.roles import header_roles, match_role
from actionplan.extract.engine.titles import section_name
from actionplan.schemas import ActionPlan
from tests.docbuild import C, Heading, Para, build_docx, html_page
from tests.pdfbuild import Doc, Spec, text

GENERIC = builtin_profile("generic")
ACTIVITY_HEADER = [
    "Activity",
    "Evidence that supports this approach",
    "Challenge number(s) addressed",
]


def _rows(plan: ActionPlan) -> list[tuple[str | None, str | None, str | None, str]]:
    """(section, area ref, area text, action text) per action."""
    return [(s.title, a.ref, a.text, x.text) for s, a, x in plan.actions()]


def _statement_docx(tmp_path: Path) -> Path:
    overview: list[list[C | str]] = [
        ["Detail", "Data"],
        ["School name", "Hillview Primary School"],
        ["Number of pupils in school", "318"],
        ["Statement authorised by", "A. Patel, Headteacher"],
        ["Pupil premium lead", "S. Moore"],
        ["Governor / Trustee lead", "K. Wong"],
    ]
    challenges: list[list[C | str]] = [
        ["Challenge number", "Detail of challenge"],
        ["1", "Weak oral language on entry to Reception."],
        ["2", "Lower attendance of disadvantaged pupils."],
    ]
    outcomes: list[list[C | str]] = [
        ["Intended outcome", "Success criteria"],
        ["Improved oral language.", "Gap in language assessments closes by Year 2."],
    ]
    # the school added a lead column after the template's three
    header: list[C | str] = [*ACTIVITY_HEADER, "Staff lead"]
    teaching: list[list[C | str]] = [
        header,
        ["Language-rich teaching training for all staff.", "EEF oral language.", "1", "SENCo"],
        ["Phonics programme with full staff training.", "EEF phonics.", "1", "Reading Lead"],
    ]
    wider: list[list[C | str]] = [
        header,
        ["Attendance officer works with families.", "DfE attendance guidance.", "2", "Deputy Head"],
    ]
    service: list[list[C | str]] = [
        ["Measure", "Details"],
        ["How did you spend your service pupil premium allocation?", "A pastoral mentor."],
        ["What was the impact of that spending?", "Pupils have a trusted adult."],
    ]
    return build_docx(
        tmp_path / "statement.docx",
        [
            Heading("Pupil premium strategy statement", 1),
            Heading("School overview", 2),
            overview,
            Heading("Challenges", 2),
            challenges,
            Heading("Intended outcomes", 2),
            outcomes,
            Heading("Teaching (for example, CPD, recruitment and retention)", 3),
            Para("Budgeted cost: £12,500"),
            teaching,
            Heading(
                "Wider strategies (for example, related to attendance, behaviour, wellbeing)", 3
            ),
            Para("Budgeted cost: £4,000"),
            wider,
            Heading("Service pupil premium funding (optional)", 2),
            service,
        ],
    )


def test_docx_statement_reads_activity_tables_under_the_template_headings(tmp_path: Path) -> None:
    plan = extract_file(_statement_docx(tmp_path))
    assert _rows(plan) == [
        ("Teaching", None, None, "Language-rich teaching training for all staff."),
        ("Teaching", None, None, "Phonics programme with full staff training."),
        ("Wider strategies", None, None, "Attendance officer works with families."),
    ]


def test_docx_statement_question_and_answer_table_opens_no_area(tmp_path: Path) -> None:
    plan = extract_file(_statement_docx(tmp_path))
    areas = [(s.title, a.text, len(a.actions)) for s in plan.sections for a in s.areas]
    assert areas == [("Teaching", None, 2), ("Wider strategies", None, 1)]


def test_docx_statement_keeps_the_challenge_column_apart_from_the_next(tmp_path: Path) -> None:
    """A column of challenge numbers is a column, not list numbers to fold into its neighbour."""
    plan = extract_file(_statement_docx(tmp_path))
    actions = [x for _, _, x in plan.actions()]
    assert [x.cells.get("Challenge number(s) addressed") for x in actions] == ["1", "1", "2"]
    assert [[p.name or p.role for p in x.leads] for x in actions] == [
        ["SENCo"],
        ["Reading Lead"],
        ["Deputy Head"],
    ]


def test_pdf_recovery_plan_in_the_older_template(tmp_path: Path) -> None:
    """Desired outcome "A. ..." is the area; the question headings name monitoring, lead, date."""
    doc = Doc(tmp_path / "recovery.pdf", size=(842.0, 595.0))
    doc.text(40, 30, "Recovery premium plan", bold=True)
    doc.text(40, 50, "Quality of teaching for all", bold=True)
    head: list[Spec | None] = [
        text("Desired outcome", bold=True),
        text("Chosen action /", "approach", bold=True),
        text("What is the evidence and", "rationale for this choice?", bold=True),
        text("How will you ensure it", "is implemented well?", bold=True),
        text("Staff lead", bold=True),
        text("When will you review", "implementation?", bold=True),
    ]
    first = text("A. Pupils in Year 2", "read fluently by", "the end of the year.")
    first.rowspan = 2
    rows: list[list[Spec | None]] = [
        head,
        [
            first,
            text("Phonics refresher", "training."),
            text("EEF phonics +5."),
            text("Drop-in visits."),
            text("Reading Lead"),
            text("December 2022"),
        ],
        [
            None,
            text("Daily keep-up", "sessions."),
            text("Stops gaps."),
            text("Learning walks."),
            text("Reading Lead"),
            text("March 2023"),
        ],
        [Spec(text("Total budgeted cost", bold=True).lines, span=5), text("£2,150")],
    ]
    doc.table(40, 70, [150, 130, 150, 130, 80, 120], [40, 44, 44, 20], rows)
    doc.canvas.save()
    plan = extract_file(doc.path)
    assert [(a.ref, a.text, x.text) for _, a, x in plan.actions()] == [
        (
            "A",
            "Pupils in Year 2 read fluently by the end of the year.",
            "Phonics refresher training.",
        ),
        ("A", "Pupils in Year 2 read fluently by the end of the year.", "Daily keep-up sessions."),
    ]
    first_action = next(plan.actions())[2]
    assert first_action.monitoring == "Drop-in visits."
    assert [p.name or p.role for p in first_action.leads] == ["Reading Lead"]
    assert first_action.due.raw == "December 2022"
    assert {s.title for s, _, _ in plan.actions()} == {"Quality of teaching for all"}


def _indicator_table(number: str, indicator: str, rows: list[tuple[str, str, str, str]]) -> str:
    body = "".join(
        f"<tr><td>{focus}</td><td>{action}</td><td>£500</td><td>{impact}</td><td>{next_}</td></tr>"
        for focus, action, impact, next_ in rows
    )
    return (
        "<table><thead>"
        f"<tr><th colspan='4'>Key indicator {number}: {indicator}</th>"
        "<th>Percentage of total allocation: 20%</th></tr>"
        "<tr><th>Intent</th><th colspan='2'>Implementation</th><th colspan='2'>Impact</th></tr>"
        "<tr><th>School focus with clarity on intended impact on pupils:</th>"
        "<th>Actions to achieve:</th><th>Funding allocated:</th><th>Evidence of impact:</th>"
        "<th>Sustainability and suggested next steps:</th></tr>"
        f"</thead><tbody>{body}</tbody></table>"
    )


def test_html_pe_sport_premium_key_indicators_are_areas(tmp_path: Path) -> None:
    body = (
        "<h1>PE and sport premium 2023/24</h1>"
        + _indicator_table(
            "1",
            "The engagement of all pupils in regular physical activity",
            [("More pupils active at lunch.", "Train play leaders.", "80% active.", "Keep going.")],
        )
        + _indicator_table(
            "2",
            "Increased participation in competitive sport",
            [("Every pupil competes once.", "Enter every festival.", "87% took part.", "Repeat.")],
        )
    )
    path = tmp_path / "pe.html"
    path.write_text(html_page(body), encoding="utf-8")
    plan = extract_file(path)
    assert _rows(plan) == [
        (
            None,
            "1",
            "The engagement of all pupils in regular physical activity",
            "Train play leaders.",
        ),
        (None, "2", "Increased participation in competitive sport", "Enter every festival."),
    ]
    assert [(x.outcome, x.progress) for _, _, x in plan.actions()] == [
        ("More pupils active at lunch.", "80% active."),
        ("Every pupil competes once.", "87% took part."),
    ]


def test_activity_heading_beside_set_aside_columns_is_a_header() -> None:
    assert header_roles(ACTIVITY_HEADER, GENERIC) is not None
    # the summary and challenges tables name no action
    assert header_roles(["Challenge number", "Detail of challenge"], GENERIC) is None
    assert header_roles(["Intended outcome", "Success criteria"], GENERIC) is None
    assert header_roles(["Detail", "Data"], GENERIC) is None


def test_long_template_questions_are_read_word_for_word() -> None:
    assert match_role("How will you ensure it is implemented well?", GENERIC).role == "monitoring"
    assert match_role("When will you review implementation?", GENERIC).role == "due"
    assert match_role("Chosen action / approach", GENERIC).role == "action"


def test_template_guidance_in_brackets_is_not_part_of_the_section() -> None:
    assert section_name(GENERIC, "Teaching (for example, CPD, recruitment and retention)") == (
        "Teaching"
    )
    assert section_name(GENERIC, "Wider strategies (e.g. attendance)") == "Wider strategies"
    assert section_name(GENERIC, "Support (Years 1 and 2)") == "Support (Years 1 and 2)"


def test_capital_letter_labels_an_area_but_an_initial_does_not() -> None:
    assert split_area_ref("A. Pupils read fluently by Year 2.") == (
        "A",
        "Pupils read fluently by Year 2.",
    )
    assert split_area_ref("J. Smith") == (None, "J. Smith")
    assert split_area_ref("2. Improve attendance") == ("2", "Improve attendance")
