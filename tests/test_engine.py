"""The layout engine on small plans written here, one behaviour per test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from actionplan import ExtractionError, extract_file
from actionplan.extract.engine.layout import layout
from actionplan.extract.engine.profile import builtin_profile
from actionplan.extract.engine.raw import split_ref
from actionplan.extract.grid import Cell, Grid, Line, PageBreak, Row
from actionplan.schemas import ActionPlan, StatusValue

HEADER = "Area for Improvement\tAction\tLead\tTimescale\tProgress"


def _extract(tmp_path: Path, text: str) -> ActionPlan:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


def _rows(plan: ActionPlan) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(s.title, a.ref, x.ref, x.text) for s, a, x in plan.actions()]


def test_row_split_across_pages_is_joined(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        f"{HEADER}\n"
        "1. Improve the quality of\t1.1 Audit all open cases\tAnn Lee\t31/03/2024\tUnderway\n"
        "\n"
        f"{HEADER}\n"
        "plans for children.\tevery month.\t\t\tand reported to the board\n",
    )
    ((_, area_ref, action_ref, text),) = _rows(plan)
    area = plan.sections[0].areas[0]
    assert (area_ref, action_ref) == ("1", "1.1")
    assert area.text == "Improve the quality of plans for children."
    assert text == "Audit all open cases every month."
    assert area.actions[0].progress == "Underway and reported to the board"


def test_repeated_header_is_not_an_action(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        f"{HEADER}\n1. First area.\t1.1 Do a thing.\tAnn Lee\tMay 2024\tCompleted\n\n"
        f"{HEADER}\n2. Second area.\t2.1 Do another.\tBob Roe\tJune 2024\tUnderway\n",
    )
    assert [r[2] for r in _rows(plan)] == ["1.1", "2.1"]


def test_empty_first_cell_belongs_to_the_area_above(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        f"{HEADER}\n1. One area.\t1.1 First.\tAnn Lee\tMay 2024\tCompleted\n"
        "\t1.2 Second.\tBob Roe\tJune 2024\tNot yet due\n",
    )
    (area,) = plan.sections[0].areas
    assert [a.ref for a in area.actions] == ["1.1", "1.2"]
    assert area.actions[1].status is not None
    assert area.actions[1].status.value is StatusValue.NOT_STARTED


def test_title_rows_and_headings_open_sections(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "## Safeguarding\n\n"
        f"{HEADER}\n1. A.\t1.1 Do.\tAnn Lee\tMay 2024\tCompleted\n"
        "Theme: Children in care\t\t\t\t\n"
        "2. B.\t2.1 Do more.\tBob Roe\tJune 2024\tUnderway\n",
    )
    assert [s.title for s in plan.sections] == ["Safeguarding", "Children in care"]


def test_recommendation_blocks_above_their_tables(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Recommendation 3 - within 6 months\n\n"
        "Improve the quality of supervision.\n\n"
        "Outcomes: what difference will this make?\n\n"
        "- Staff are better supported.\n\n"
        "How will we know?\n\n"
        "- Audit results improve.\n\n"
        "What we will do\tBy when\tLead\tUpdate\n"
        "1. Revise the policy.\tMay 2024\tAnn Lee\tCompleted.\n"
        "2. Train managers.\tJuly 2024\tBob Roe\tTraining booked.\n",
    )
    (area,) = plan.sections[0].areas
    assert (area.ref, area.timescale, area.text) == (
        "3",
        "within 6 months",
        "Improve the quality of supervision.",
    )
    assert area.outcomes == ["Staff are better supported."]
    assert area.success_measures == ["Audit results improve."]
    assert [a.ref for a in area.actions] == ["1", "2"]


def test_number_and_bullet_columns_are_folded_back(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Area for Improvement\tAction to be taken\tOutcomes Required\tLead\n"
        "1.\tImprove A.\tDo A.\t•\tA is better.\tAnn Lee\n"
        "2.\tImprove B.\tDo B.\t•\tB is better.\tBob Roe\n",
    )
    areas = plan.sections[0].areas
    assert [(a.ref, a.text) for a in areas] == [("1", "Improve A."), ("2", "Improve B.")]
    assert areas[0].actions[0].outcome == "A is better."


def test_unnumbered_areas_are_numbered_from_their_neighbours(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Area for Improvement\tAction\tLead\n"
        "<ol><li>Improve A.</li></ol>\tDo A.\tAnn Lee\n"
        "<ol><li>Improve B.</li></ol>\tDo B.\tAnn Lee\n"
        "3. Improve C.\tDo C.\tAnn Lee\n",
    )
    assert [a.ref for a in plan.sections[0].areas] == ["1", "2", "3"]


def test_status_from_a_legend_colour_cell() -> None:
    grid = Grid(
        [
            Row([Cell("", fill="red"), Cell("Not achieved, support needed")]),
            Row([Cell("", fill="blue"), Cell("Completed and outcome achieved")]),
            PageBreak(page=2),
            Row([Cell("Action"), Cell("Milestone"), Cell("Status"), Cell("Lead")], page=2),
            Row([Cell("1. Improve A"), Cell("1.1 Do A"), Cell("", fill="blue"), Cell("Ann Lee")]),
        ],
        pages=2,
    )
    raw = layout(grid, builtin_profile("generic"))
    (area,) = raw.areas
    assert area.ref == "1"
    (action,) = area.actions
    assert (action.ref, action.fills.get("status")) == ("1.1", "blue")
    assert ("fill:blue", "Completed and outcome achieved") in raw.legend


def test_merged_title_row_spanning_the_table_is_a_section() -> None:
    grid = Grid(
        [
            Line("Improvement plan", page=1, heading=1),
            Row([Cell("Ref"), Cell("Action"), Cell("Owner"), Cell("Deadline")], page=1),
            Row([Cell("Early help", span=4)], page=1),
            Row([Cell("1"), Cell("Publish the offer."), Cell("Ann Lee"), Cell("May 2024")], page=1),
        ]
    )
    raw = layout(grid, builtin_profile("generic"))
    (area,) = raw.areas
    assert area.section == "Early help"
    assert [(a.ref, a.text) for a in area.actions] == [("1", "Publish the offer.")]


@pytest.mark.parametrize(
    ("text", "ref", "rest"),
    [
        ("1.1. Review plans", "1.1", "Review plans"),
        ("20.1 System developed", "20.1", "System developed"),
        ("3. Improve", "3", "Improve"),
        ("(ii) Second", "ii", "Second"),
        ("2011) Rec 7", None, "2011) Rec 7"),
        ("2013 reports", None, "2013 reports"),
    ],
)
def test_leading_numbers_become_refs(text: str, ref: str | None, rest: str) -> None:
    assert split_ref(text) == (ref, rest)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"Just a letter.\nNo tables here.\n", "no action-plan table found"),
    ],
)
def test_bad_inputs_give_one_line_reasons(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ExtractionError) as caught:
        extract_file(path)
    message = str(caught.value)
    assert str(path) in message and reason in message and "\n" not in message


def test_unknown_heading_is_read_from_its_cells_and_reported(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Recommendation\tAction\tPerson\tDeadline\n"
        "1. Improve A.\t1.1 Do A.\tAnn Lee\t31/05/2024\n"
        "\t1.2 Do more A.\tBob Roe / Cy Dee\tJune 2024\n"
        "2. Improve B.\t2.1 Do B.\tDan Fox\tQ3 2024/25\n",
    )
    leads = [[p.label for p in x.leads] for _, _, x in plan.actions()]
    assert leads == [["Ann Lee"], ["Bob Roe", "Cy Dee"], ["Dan Fox"]]
    (warning,) = plan.warnings
    assert warning.code == "guessed_column"
    assert "'person'" in warning.message and "lead" in warning.message


def test_table_without_header_gets_roles_from_content(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Improvement plan\n\n"
        "1.1 Publish the early help offer on the website.\tAnn Lee\t31/05/2024\tCompleted\n"
        "1.2 Train all front door staff in the new guidance.\tBob Roe\tJuly 2024\tUnderway\n"
        "1.3 Audit twenty referrals a month for decisions.\tAnn Lee\tQ3 2024/25\tNot started\n",
    )
    rows = [
        (x.ref, x.text[:12], [p.label for p in x.leads], x.due.raw) for _, _, x in plan.actions()
    ]
    assert rows == [
        ("1.1", "Publish the ", ["Ann Lee"], "31/05/2024"),
        ("1.2", "Train all fr", ["Bob Roe"], "July 2024"),
        ("1.3", "Audit twenty", ["Ann Lee"], "Q3 2024/25"),
    ]
    statuses = [x.status.value.value for _, _, x in plan.actions() if x.status and x.status.value]
    assert statuses == ["completed", "in_progress", "not_started"]
    assert [w.code for w in plan.warnings] == ["no_header"]


def test_one_table_per_recommendation_under_a_merged_title_row() -> None:
    def table(title: str, actions: list[tuple[str, str, str]]) -> list[Row]:
        header = Row([Cell("Action"), Cell("Lead officer"), Cell("Target date"), Cell("RAG")])
        rows = [Row([Cell(title, span=4)]), header]
        rows += [
            Row([Cell(a), Cell(lead), Cell(due), Cell("", fill="green")])
            for a, lead, due in actions
        ]
        return rows

    grid = Grid(
        [
            *table(
                "Recommendation 1 - within 3 months: Improve the timeliness of assessments.",
                [
                    ("1.1 Weekly tracking.", "Ann Lee", "May 2024"),
                    ("1.2 Extra staff.", "Bob Roe", "June 2024"),
                ],
            ),
            *table(
                "2. Ensure that children are seen alone on every visit.",
                [("2.1 Revise the visit template.", "Cy Dee", "July 2024")],
            ),
        ]
    )
    raw = layout(grid, builtin_profile("generic"))
    assert [(a.ref, a.timescale, a.text) for a in raw.areas] == [
        ("1", "within 3 months", "Improve the timeliness of assessments."),
        ("2", None, "Ensure that children are seen alone on every visit."),
    ]
    assert [[x.ref for x in a.actions] for a in raw.areas] == [["1.1", "1.2"], ["2.1"]]
    assert raw.areas[0].actions[1].fills == {"status": "green"}


def test_numbered_line_above_a_table_opens_its_area(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "3. Strengthen the quality of supervision for all social workers.\n\n"
        "Action\tLead\tDeadline\n"
        "Revise the supervision policy.\tAnn Lee\tMay 2024\n"
        "Audit supervision records quarterly.\tBob Roe\tQuarterly\n",
    )
    (area,) = plan.sections[0].areas
    assert (area.ref, area.text) == (
        "3",
        "Strengthen the quality of supervision for all social workers.",
    )
    assert [x.text for x in area.actions] == [
        "Revise the supervision policy.",
        "Audit supervision records quarterly.",
    ]


def test_lettered_sub_actions_and_long_unnumbered_recommendation_rows() -> None:
    long_text = (
        "Recommendation: Ensure that every child in need has a plan that is reviewed on time."
    )
    grid = Grid(
        [
            Row([Cell("Action"), Cell("Lead"), Cell("Deadline")]),
            Row([Cell(long_text, span=3)]),
            Row([Cell("a) Set review dates."), Cell("Ann Lee"), Cell("May 2024")]),
            Row([Cell("b) Report overdue reviews."), Cell("Bob Roe"), Cell("June 2024")]),
        ]
    )
    (area,) = layout(grid, builtin_profile("generic")).areas
    assert (area.ref, area.text) == (
        None,
        "Ensure that every child in need has a plan that is reviewed on time.",
    )
    assert [(a.ref, a.text) for a in area.actions] == [
        ("a", "Set review dates."),
        ("b", "Report overdue reviews."),
    ]


def test_row_cut_after_its_area_label_is_joined_over_the_page_turn() -> None:
    header = Row([Cell("Details"), Cell("Actions Required"), Cell("Lead"), Cell("Completion date")])
    area_text = "Ensure arrangements are in place to monitor safeguarding practice."
    grid = Grid(
        [
            PageBreak(page=1),
            header,
            Row(
                [
                    Cell(f"IMMEDIATE NHS\n{area_text}", bold_lead="IMMEDIATE NHS"),
                    Cell("Develop indicators."),
                    Cell("Ann Lee"),
                    Cell("May 2012"),
                ],
                page=1,
            ),
            Row(
                [
                    Cell("IMMEDIATE NHS", bold_lead="IMMEDIATE NHS"),
                    Cell("Group membership should"),
                    Cell("Bob"),
                    Cell("31st January"),
                ],
                page=1,
            ),
            PageBreak(page=2),
            header,
            Row(
                [Cell(area_text), Cell("be extended."), Cell("Roe"), Cell("2012")],
                page=2,
                continues=True,
            ),
        ]
    )
    (area,) = layout(grid, builtin_profile("generic")).areas
    assert (area.timescale, area.agency, area.text) == ("IMMEDIATE", "NHS", area_text)
    _first, second = area.actions
    assert second.text == "Group membership should be extended."
    assert (second.value("lead"), second.value("due")) == ("Bob Roe", "31st January 2012")


def test_document_title_is_not_a_section_and_cells_keep_their_headings(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Children's Services Improvement Plan 2024\n\n"
        "Recommendation\tKey Actions\tAction Owner\tTimescale for completion\n"
        "1. Improve A.\t1.1 Do A.\tAnn Lee\tMay 2024\n",
    )
    assert [s.title for s in plan.sections] == [None]
    ((_, _, action),) = plan.actions()
    assert action.cells == {
        "Recommendation": "1. Improve A.",
        "Key Actions": "1.1 Do A.",
        "Action Owner": "Ann Lee",
        "Timescale for completion": "May 2024",
    }


def test_recommendation_rows_inside_the_table_and_labelled_refs(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Recommendation\tAction\tLead\tBy when\tStatus\n"
        "Recommendation 1: Improve the timeliness of initial assessments.\t\t\t\t\n"
        "\tAction 1.1: Recruit two social workers.\tJane Smith\tSep-24\tComplete\n"
        "\tAction 1.2: Track overdue assessments weekly.\tTom Baker\tQ1 24/25\tG\n"
        "Recommendation 2: Strengthen supervision.\t\t\t\t\n"
        "\tAction 2.1: New supervision policy.\tJane Smith\tDec 2024\tA\n",
    )
    got = [
        (a.ref, a.text, x.ref, x.text, x.due.start, x.status and x.status.value)
        for _, a, x in plan.actions()
    ]
    assert got == [
        (
            "1",
            "Improve the timeliness of initial assessments.",
            "1.1",
            "Recruit two social workers.",
            date(2024, 9, 1),
            StatusValue.COMPLETED,
        ),
        (
            "1",
            "Improve the timeliness of initial assessments.",
            "1.2",
            "Track overdue assessments weekly.",
            date(2024, 4, 1),
            StatusValue.IN_PROGRESS,
        ),
        (
            "2",
            "Strengthen supervision.",
            "2.1",
            "New supervision policy.",
            date(2024, 12, 1),
            StatusValue.OFF_TRACK,
        ),
    ]


def test_one_word_key_entries_give_colours_their_meaning() -> None:
    grid = Grid(
        [
            Row([Cell("", fill="blue"), Cell("Completed")]),
            Row([Cell("", fill="green"), Cell("On track")]),
            Row([Cell("Action"), Cell("Lead"), Cell("Status")]),
            Row([Cell("1.1 Do A."), Cell("Ann Lee"), Cell("", fill="blue")]),
        ]
    )
    raw = layout(grid, builtin_profile("generic"))
    assert raw.legend == [("fill:blue", "Completed"), ("fill:green", "On track")]
    assert [a.section for a in raw.areas] == [None]


def test_ref_column_sub_numbers_go_to_actions_and_their_stem_to_the_area(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Ref\tIssue identified\tAction(s)\tLead(s)\tCompletion date\n"
        "1a\tWaiting times are too long.\tOpen a single point of access.\tAnn Lee\tMar-25\n"
        "1b\t\tTrain early years practitioners.\tBob Roe\tOngoing\n"
        "2\tTransitions are weak.\tAgree a protocol.\tCy Dee\tQ2 2024/25\n",
    )
    assert [(a.ref, x.ref) for _, a, x in plan.actions()] == [("1", "1a"), ("1", "1b"), ("2", None)]


def test_a_two_cell_footer_between_the_halves_of_a_split_row_is_dropped(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        f"{HEADER}\n"
        "1. Improve the quality of\t1.1 Audit all open cases\tAnn Lee\t31/03/2024\tUnderway\n"
        "\n"
        "Example Council Improvement Plan\tPage 1\n"
        "\n"
        f"{HEADER}\n"
        "plans for children.\tevery month.\t\t\tand reported to the board\n",
    )
    ((_, area_ref, action_ref, text),) = _rows(plan)
    assert (area_ref, action_ref, text) == ("1", "1.1", "Audit all open cases every month.")
    assert [s.title for s in plan.sections] == [None]


def test_priority_headings_open_areas_unless_the_table_has_its_own(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "## Priority 1: Children are seen promptly\n\n"
        "Action\tOwner\tTarget date\n"
        "Daily triage meeting.\tAnn Lee\tMay 2024\n\n"
        "## Priority 2: Workforce\n\n"
        "Recommendation\tAction\tOwner\tTarget date\n"
        "3. Stabilise the workforce.\tRecruit permanent managers.\tBob Roe\tJune 2024\n",
    )
    got = [(s.title, a.ref, a.text, x.text) for s, a, x in plan.actions()]
    assert got == [
        (None, "1", "Children are seen promptly", "Daily triage meeting."),
        ("Priority 2: Workforce", "3", "Stabilise the workforce.", "Recruit permanent managers."),
    ]


def test_a_heading_straight_above_area_headings_is_their_section(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "# Example Council\n\n"
        "# Theme 1: Working with people\n\n"
        "## Priority 1: Safeguarding adults: complete enquiries on time\n\n"
        "Ref\tAction\tLead\tBy when\n"
        "1.1\tRecruit a team manager.\tAnn Lee\tNovember 2024\n\n"
        "**Priority 2: Practice quality**\n\n"
        "Recommendation 2: Improve child protection plans.\n\n"
        "Action No.\tAction\tLead\tEnd\n"
        "2.1\tNew plan template.\tBob Roe\tJan-25\n",
    )
    got = [(s.title, a.ref, a.text, x.ref) for s, a, x in plan.actions()]
    assert got == [
        (
            "Theme 1: Working with people",
            "1",
            "Safeguarding adults: complete enquiries on time",
            "1.1",
        ),
        ("Priority 2: Practice quality", "2", "Improve child protection plans.", "2.1"),
    ]


def test_a_title_row_wider_than_the_table_does_not_stop_number_columns_folding(
    tmp_path: Path,
) -> None:
    plan = _extract(
        tmp_path,
        "Example Council – Action Plan – Progress at January 2025\t\t\t\t\t\n"
        "Area for improvement\tAction\tLead officer\tBy when\tProgress\n"
        "1.\tImprove timeliness.\t1.1 Weekly tracker.\tAnn Lee\tw/c 7 October 2024\tDone\n"
        "\t\t1.2 Recruit two workers.\tAnn Lee\t31st March 2025\tOn track\n",
    )
    got = [(a.ref, a.text, x.ref, [p.label for p in x.leads]) for _, a, x in plan.actions()]
    assert got == [
        ("1", "Improve timeliness.", "1.1", ["Ann Lee"]),
        ("1", "Improve timeliness.", "1.2", ["Ann Lee"]),
    ]


def test_an_area_cut_by_a_page_turn_beside_a_new_action_keeps_both(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Area for Improvement\tAction\tLead\tTimescale\n"
        "2. Improve the quality of pathway\tCo-design a new template.\tAnn Lee\tJanuary 2025\n"
        "plans for care leavers, so that\tManagers sign off every plan.\tAnn Lee\tMarch 2025\n"
        "\n"
        "Area for Improvement\tAction\tLead\tTimescale\n"
        "they address accommodation.\tAudit 15 plans a quarter.\tBob Roe\tQ4 2024/25\n",
    )
    (area,) = plan.sections[0].areas
    assert area.text == (
        "Improve the quality of pathway plans for care leavers, so that they address accommodation."
    )
    assert [(x.text, x.due.raw) for x in area.actions] == [
        ("Co-design a new template.", "January 2025"),
        ("Managers sign off every plan.", "March 2025"),
        ("Audit 15 plans a quarter.", "Q4 2024/25"),
    ]


@pytest.mark.parametrize(
    ("text", "ref"), [("ii) Dip-sample plans", "ii"), ("iv. Report", "iv"), ("(iii) Audit", "iii")]
)
def test_roman_numeral_sub_actions(text: str, ref: str) -> None:
    assert split_ref(text)[0] == ref


def test_areas_numbered_only_by_lost_list_markup_count_from_one(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Area for Improvement\tAction\tLead\n"
        "<ol><li>Improve A.</li></ol>\tDo A.\tAnn Lee\n"
        "<ol><li>Improve B.</li></ol>\tDo B.\tAnn Lee\n"
        "<ol><li>Improve C.</li></ol>\tDo C.\tAnn Lee\n",
    )
    assert [a.ref for a in plan.sections[0].areas] == ["1", "2", "3"]
    unnumbered = _extract(
        tmp_path, "Area for Improvement\tAction\tLead\nImprove A.\tDo A.\tAnn Lee\n"
    )
    assert [a.ref for a in unnumbered.sections[0].areas] == [None]


def test_a_milestone_list_beside_each_action_stays_with_that_action(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Ref\tAction\tKey milestones\tLead\tDue\n"
        "1.1\tLaunch a plan template.\t<ol> <li>Template agreed</li> <li>Go-live</li> </ol>"
        "\tAnn Lee\tDec 2024\n"
        "1.2\tRun workshops.\t<ol> <li>Content agreed</li> </ol>\tBob Roe\tJan 2025\n",
    )
    got = [(x.ref, x.text, [m.text for m in x.milestones]) for _, _, x in plan.actions()]
    assert got == [
        ("1.1", "Launch a plan template.", ["Template agreed", "Go-live"]),
        ("1.2", "Run workshops.", ["Content agreed"]),
    ]


def test_refs_with_letter_prefixes(tmp_path: Path) -> None:
    assert split_ref("P1.1 Introduce self-assessment")[0] == "P1.1"
    assert split_ref("WP2 Review")[0] == "WP2"
    assert split_ref("Q3 2024/25")[0] is None


def test_a_bullet_column_is_folded_but_a_ref_column_kept(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Area of weakness\tRef\tAction\tResponsible\tTimescale\tImpact measure\tRAG\n"
        "1. Variable quality of EHC plans.\t1.1\tAgree a QA framework.\tAnn Lee\tSept 2024"
        "\t•\t70% of plans rated good.\tB\n"
        "\t1.2\tTrain writers.\tBob Roe\t31/12/2024\tBetter confidence.\tG\n",
    )
    got = [(a.ref, x.ref, x.text, x.outcome) for _, a, x in plan.actions()]
    assert got == [
        ("1", "1.1", "Agree a QA framework.", "70% of plans rated good."),
        ("1", "1.2", "Train writers.", "Better confidence."),
    ]


def test_lead_agency_and_officer_heading_is_the_lead(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Area for improvement\tAction\tLead agency and officer\tBy when\n"
        "1. Improve A.\tDo A.\tPolice – DI Sam Ross\tMay 2024\n",
    )
    ((_, _, action),) = plan.actions()
    assert [(p.name, p.organisation) for p in action.leads] == [("DI Sam Ross", "Police")]


def test_the_plan_title_repeated_at_a_page_top_keeps_the_area(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Example Council Action Plan – Progress Report December 2024\t\t\t\n\n"
        "## Area for improvement 2\n\n"
        "**The consistency of pre-proceedings work.**\n\n"
        "Ref\tAction\tLead officer\tTimescale\n"
        "2.1\tRewrite the letter template.\tAnn Lee\tMay 2024\n\n"
        "Example Council Action Plan – Progress Report December 2024\t\t\t\n\n"
        "Ref\tAction\tLead officer\tTimescale\n"
        "2.2\tTrack every case fortnightly.\tBob Roe\tJune 2024\n",
    )
    got = [(a.ref, a.text, x.ref) for _, a, x in plan.actions()]
    assert got == [
        ("2", "The consistency of pre-proceedings work.", "2.1"),
        ("2", "The consistency of pre-proceedings work.", "2.2"),
    ]
