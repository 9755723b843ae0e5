"""The five seed plans as councils publish them (PDF), end to end.

Expectations were written from reading the PDFs and ../shared/pdf/README.md.
"""

from __future__ import annotations

from datetime import date

import pytest

from actionplan import extract_file
from actionplan.schemas import ActionPlan, StatusValue
from tests.conftest import shared_file


def _plan(prefix: str) -> ActionPlan:
    folder = shared_file("pdf")
    (path,) = sorted(folder.glob(f"{prefix}_*.pdf"))
    return extract_file(path)


@pytest.fixture(scope="module")
def plans() -> dict[str, ActionPlan]:
    return {p: _plan(p) for p in ("000", "001", "002", "003", "004")}


@pytest.mark.parametrize(
    ("doc", "areas", "actions", "pages"),
    [("000", 19, 45, 5), ("001", 14, 58, 14), ("002", 21, 31, 11), ("004", 18, 18, 4)],
)
def test_every_area_and_action_is_found_with_its_page(
    plans: dict[str, ActionPlan], doc: str, areas: int, actions: int, pages: int
) -> None:
    plan = plans[doc]
    assert plan.source.format.value == "pdf" and plan.source.pages == pages
    assert sum(len(s.areas) for s in plan.sections) == areas
    found = list(plan.actions())
    assert len(found) == actions
    assert all(1 <= x.provenance.page <= pages and x.provenance.bbox for _, _, x in found)


def test_row_split_over_a_page_turn_is_one_action(plans: dict[str, ActionPlan]) -> None:
    safeguarding = plans["000"].sections[0]
    area4 = safeguarding.areas[3]
    assert area4.text == (
        "Ensure that the frequency of staff supervision records complies with the Council's own "
        "guidance and that supervision records contain sufficient detailed case discussions."
    )
    assert area4.actions[0].ref == "4.1"
    assert area4.actions[0].provenance.page == 1


def test_superscript_ordinal_dates(plans: dict[str, ActionPlan]) -> None:
    first = plans["002"].sections[0].areas[0].actions[0]
    assert first.due.raw == "14th June 2012"
    assert first.due.start == date(2012, 6, 14)
    assert first.status is not None and first.status.value is StatusValue.COMPLETED


def test_colour_only_status_cells_follow_the_legend(plans: dict[str, ActionPlan]) -> None:
    plan = plans["003"]
    by_ref = {x.ref: x for _, _, x in plan.actions()}
    assert len(list(plan.actions())) == 19
    expected = {
        "1.1": StatusValue.COMPLETED,
        "1.5": StatusValue.IN_PROGRESS,
        "20.2": StatusValue.IN_PROGRESS,
    }
    for ref, value in expected.items():
        status = by_ref[ref].status
        assert status is not None and status.value is value
    workforce = next(x for s, _, x in plan.actions() if s.title == "Workforce development")
    assert workforce.status is not None and workforce.status.value is StatusValue.OFF_TRACK


def test_area_cut_by_a_page_turn_is_joined(plans: dict[str, ActionPlan]) -> None:
    looked_after = plans["004"].sections[1]
    area5 = looked_after.areas[4]
    assert area5.ref == "5"
    assert area5.text == (
        "Review the delivery of life story work for those children and young people looked "
        "after long term"
    )
    assert [p.label for p in area5.actions[0].leads] == ["Cath McEvoy"]


def test_a_key_that_agrees_with_the_notes_is_used(plans: dict[str, ActionPlan]) -> None:
    plan = plans["003"]
    assert "legend_ignored" not in [w.code for w in plan.warnings]
    first = next(x for _, _, x in plan.actions())
    assert first.status is not None and first.status.source in {"legend", "colour"}
