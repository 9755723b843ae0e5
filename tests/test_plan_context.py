"""What a plan says about itself, used to read its cells: its year, its anchor, its key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from actionplan import extract_file
from actionplan.extract.engine.meta import read_facts
from actionplan.schemas import ActionPlan, DueKind, StatusValue
from tests.docbuild import C, Heading, Para, build_docx

HEADER = "Area for Improvement\tAction\tLead\tTimescale\tProgress"


def _extract(tmp_path: Path, text: str) -> ActionPlan:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


def _dues(plan: ActionPlan) -> list[tuple[DueKind, date | None, date | None]]:
    return [(x.due.kind, x.due.start, x.due.end) for _, _, x in plan.actions()]


# --------------------------------------------------------------------------- read_facts


def test_the_financial_year_comes_from_the_title() -> None:
    facts = read_facts(["Children's Services Recovery Plan 2019/20", "Version 3"], [])
    assert facts.financial_year == 2019


def test_no_financial_year_without_one_in_the_title() -> None:
    facts = read_facts(["Improvement Plan"], ["Spend in 2019/20 rose by 4%."])
    assert facts.financial_year is None


def test_timescales_run_from_the_date_the_plan_says() -> None:
    facts = read_facts(
        ["Improvement Plan"],
        [
            "Following the inspection in May 2023, this plan was agreed.",
            "All timescales run from the date the report was published, 30 June 2023.",
        ],
    )
    assert facts.timescale_anchor == date(2023, 6, 30)


def test_failing_that_timescales_run_from_the_last_day_of_the_inspection() -> None:
    facts = read_facts(["Improvement Plan"], ["The inspection took place from 8 to 19 July 2013."])
    assert facts.timescale_anchor == date(2013, 7, 19)
    facts = read_facts(["Improvement Plan"], ["Action plan following the May 2023 inspection"])
    assert facts.timescale_anchor == date(2023, 5, 31)


def test_a_report_date_is_never_the_anchor() -> None:
    facts = read_facts(["Improvement Plan"], ["Progress as at 22nd October 2012"])
    assert facts.timescale_anchor is None


# --------------------------------------------------------------------------- whole plans


def test_quarters_without_a_year_take_the_year_in_the_plans_title(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Improvement Plan 2023-24\n\n"
        f"{HEADER}\n"
        "1. Improve A.\t1.1 Do A.\tAnn Lee\tend Q2\tUnderway\n"
        "\t1.2 Do more A.\tAnn Lee\tQ4\tUnderway\n",
    )
    assert _dues(plan) == [
        (DueKind.DATE, date(2023, 9, 30), date(2023, 9, 30)),
        (DueKind.QUARTER, date(2024, 1, 1), date(2024, 3, 31)),
    ]


def test_quarters_without_a_year_stay_unresolved_in_a_plan_with_no_year(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        f"Improvement Plan\n\n{HEADER}\n1. Improve A.\t1.1 Do A.\tAnn Lee\tby Q3\tUnderway\n",
    )
    ((_, _, action),) = plan.actions()
    assert (action.due.kind, action.due.start) == (DueKind.OTHER, None)
    assert "'by Q3' names no year and the plan states no financial year" in action.warnings


def test_relative_timescales_run_from_the_stated_date_not_the_inspection(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Improvement Plan following the inspection of 8 to 19 May 2023\n"
        "Timescales run from the date the report was published, 30 June 2023.\n\n"
        f"{HEADER}\n"
        "1. Improve A.\t1.1 Do A.\tAnn Lee\twithin three months\tUnderway\n",
    )
    assert _dues(plan) == [(DueKind.RELATIVE, date(2023, 6, 30), date(2023, 9, 30))]


@pytest.mark.parametrize(
    ("inspection", "start", "end"),
    [
        ("the inspection of 8 to 19 May 2023", date(2023, 5, 19), date(2023, 8, 19)),
        ("the May 2023 inspection", date(2023, 5, 31), date(2023, 8, 31)),
    ],
)
def test_relative_timescales_run_from_the_last_day_of_the_inspection(
    tmp_path: Path, inspection: str, start: date, end: date
) -> None:
    plan = _extract(
        tmp_path,
        f"Improvement Plan following {inspection}\n\n"
        f"{HEADER}\n"
        "1. Improve A.\t1.1 Do A.\tAnn Lee\twithin three months\tUnderway\n",
    )
    assert _dues(plan) == [(DueKind.RELATIVE, start, end)]


# --------------------------------------------------------------------------- statuses in plans

RAG_HEADER = "Area for Improvement\tAction\tLead\tTimescale\tRAG\tComments"


def test_a_rag_word_and_note_in_one_cell_gives_the_status_and_the_note_to_progress(
    tmp_path: Path,
) -> None:
    plan = _extract(
        tmp_path,
        f"{RAG_HEADER}\n"
        "1. Improve A.\t1.1 Do A.\tAnn Lee\t31/03/2024\tAmber – recruitment under way\t"
        "Two posts advertised.\n",
    )
    ((_, _, action),) = plan.actions()
    assert action.status is not None
    assert (action.status.value, action.status.raw) == (StatusValue.OFF_TRACK, "Amber")
    assert action.progress == "recruitment under way Two posts advertised."


def test_a_blank_rag_cell_is_unknown_whatever_the_comment_says(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        f"{RAG_HEADER}\n"
        "1. Improve A.\t1.1 Do A.\tAnn Lee\t31/03/2024\tGreen\tOn track.\n"
        "\t1.2 Do more A.\tAnn Lee\t31/03/2024\t\tRecruitment is under way.\n",
    )
    statuses = [x.status.value if x.status else None for _, _, x in plan.actions()]
    assert statuses == [StatusValue.IN_PROGRESS, StatusValue.UNKNOWN]


def test_a_plan_with_no_status_column_or_key_has_no_status(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Area for Improvement\tAction\tLead\tTimescale\n"
        "1. Improve A.\t1.1 Do A.\tAnn Lee\t31/03/2024\n",
    )
    ((_, _, action),) = plan.actions()
    assert action.status is None


# --------------------------------------------------------------------------- leads in plans


def test_initials_in_lead_cells_are_expanded_from_the_plans_key(tmp_path: Path) -> None:
    plan = _extract(
        tmp_path,
        "Improvement Plan\n\n"
        "JS – Jo Smith, Head of Safeguarding\n"
        "TB – Tom Baker, Service Manager\n\n"
        f"{HEADER}\n"
        "1. Improve A.\t1.1 Do A.\tJS / TB\t31/03/2024\tUnderway\n"
        "\t1.2 Do more A.\tKL\t31/03/2024\tUnderway\n",
    )
    first, second = (x for _, _, x in plan.actions())
    assert [(p.raw, p.label, p.role) for p in first.leads] == [
        ("JS", "Jo Smith", "Head of Safeguarding"),
        ("TB", "Tom Baker", "Service Manager"),
    ]
    assert first.leads_raw == "JS / TB"
    assert [p.label for p in second.leads] == ["KL"]


# --------------------------------------------------------------------------- a Word plan


def test_a_word_plan_is_read_with_its_own_year_key_and_rag_cells(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        [
            Heading("Improvement Plan 2023-24", 1),
            Para("JS – Jo Smith, Head of Safeguarding"),
            [
                ["Area for Improvement", "Action", "Lead", "Timescale", "RAG", "Comments"],
                [
                    "1. Improve A.",
                    "1.1 Do A.",
                    C(["SENDCo", "Dyslexia Specialist Teacher", "SLT"]),
                    "end Q2",
                    C(["G", "Awaiting sign-off"]),
                    "Policy drafted.",
                ],
                [C(down=True), "1.2 Do more A.", "JS", "Q4", C(fill="0070C0"), ""],
                [C(down=True), "1.3 Do the rest.", "JS", "Q4", "", "Work is under way."],
            ],
        ],
    )
    plan = extract_file(path)
    got = [
        (
            [p.label for p in x.leads],
            (x.due.kind, x.due.start, x.due.end),
            x.status.value if x.status else None,
            x.progress,
        )
        for _, _, x in plan.actions()
    ]
    q4 = (DueKind.QUARTER, date(2024, 1, 1), date(2024, 3, 31))
    assert got == [
        (
            ["SENDCo", "Dyslexia Specialist Teacher", "SLT"],
            (DueKind.DATE, date(2023, 9, 30), date(2023, 9, 30)),
            StatusValue.IN_PROGRESS,
            "Awaiting sign-off Policy drafted.",
        ),
        (["Jo Smith"], q4, StatusValue.COMPLETED, None),
        (["Jo Smith"], q4, StatusValue.UNKNOWN, "Work is under way."),
    ]
