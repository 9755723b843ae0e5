"""The engine's stages one at a time, on plain data written here."""

from __future__ import annotations

import pytest

from actionplan.extract.engine.bullets import bullet_items, per_bullet
from actionplan.extract.engine.header import (
    cell_columns,
    group_columns,
    header_grid,
    leaf_roles,
    objective_as_area,
    sub_headings,
)
from actionplan.extract.engine.profile import builtin_profile
from actionplan.extract.engine.roles import RoleMatch, match_role
from actionplan.extract.engine.row_kinds import glossary_entry, heading_of, sole_text
from actionplan.extract.engine.titles import due_label, numbered_group
from actionplan.extract.grid import Cell, Row

GENERIC = builtin_profile("generic")


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Actions to address the identified learning priorities? Which pupils benefit?", "action"),
        ("What are we going to do to achieve this?", "action"),
        ("Staff Lead", "lead"),
        ("Accountable", "lead"),
        ("Time", "due"),
        ("Review and impact", "progress"),
        ("Success criteria", "outcome"),
        ("Resources and costings", None),
        ("Staff action", None),
    ],
)
def test_headings_read_by_their_opening_phrase_or_head_noun(heading: str, role: str) -> None:
    assert match_role(heading, GENERIC).role == role


def test_an_outcome_column_before_the_actions_is_the_area_when_none_is_named() -> None:
    matches = [
        RoleMatch("outcome", 100, "desired outcome"),
        RoleMatch("action", 90, "actions"),
        RoleMatch("outcome", 100, "success criteria"),
    ]
    roles = [m.role for m in objective_as_area(matches)]
    assert roles == ["area", "action", "outcome"]
    named = [RoleMatch("area", 100, "objective"), *matches]
    assert [m.role for m in objective_as_area(named)] == ["area", "outcome", "action", "outcome"]


def _boxed(*xs: tuple[float, float], span: int = 1) -> Row:
    return Row([Cell(f"c{i}", bbox=(x0, 0, x1, 10), span=span) for i, (x0, x1) in enumerate(xs)])


def test_cells_on_another_grid_take_the_header_column_they_overlap_most() -> None:
    header = Row(
        [
            Cell("Outcome", bbox=(0, 0, 100, 10), span=2),
            Cell("Action", bbox=(100, 0, 200, 10)),
            Cell("Lead", bbox=(200, 0, 260, 10)),
        ]
    )
    grid = header_grid(header)
    same = Row([Cell("a", span=2), Cell("b"), Cell("c")])
    assert cell_columns(same, grid) == [0, 2, 3]
    other = _boxed((2, 98), (101, 199), (203, 258))
    assert cell_columns(other, grid) == [0, 2, 3]


def test_a_column_printed_only_on_each_areas_first_row_is_a_group_column() -> None:
    roles = ["area", "action", "lead", "due"]
    rows = [
        Row([Cell("Area one"), Cell("Act 1"), Cell("Ann"), Cell("May")]),
        Row([Cell(""), Cell("Act 2"), Cell(""), Cell("June")]),
        Row([Cell("Area two"), Cell("Act 3"), Cell("Bob"), Cell("July")]),
        Row([Cell(""), Cell("Act 4"), Cell(""), Cell("")]),
    ]
    assert group_columns(roles, rows) == {2}


def test_sub_headings_take_their_own_role_or_their_groups() -> None:
    row = Row([Cell(""), Cell("Description"), Cell("Owner"), Cell("Commentary")])
    subs = sub_headings(row, 4, GENERIC)
    assert subs is not None
    leaves = leaf_roles(
        row,
        subs,
        ["area", "action", "action", "progress"],
        ["Area", "Actions", "Actions", "Progress"],
    )
    assert [(m.role, m.header) for m in leaves] == [
        ("area", "Area"),
        ("action", "Actions / Description"),
        ("lead", "Actions / Owner"),
        ("progress", "Progress / Commentary"),
    ]
    assert (
        sub_headings(
            Row([Cell("Improve the quality of all plans"), Cell("Ann Lee"), Cell(""), Cell("")]),
            4,
            GENERIC,
        )
        is None
    )


def test_bulleted_cells_split_and_pair() -> None:
    assert bullet_items("• Audit files\n• Train\nmanagers") == ["Audit files", "Train managers"]
    assert bullet_items("Review the policy.\nPublish it.") is None
    assert bullet_items("These will include:\n• KPIs\n• Audits") is None
    parts = per_bullet(
        {"action": [Cell("• A\n• B")], "lead": [Cell("• Ann\n• Bob")], "due": [Cell("May")]},
        "action",
        2,
    )
    assert [{k: [c.text for c in v] for k, v in p.items()} for p in parts] == [
        {"action": ["A"], "lead": ["Ann"], "due": ["May"]},
        {"action": ["B"], "lead": ["Bob"], "due": ["May"]},
    ]


def test_row_texts_titles_and_keys() -> None:
    assert sole_text(Row([Cell(""), Cell("Teaching", span=5), Cell("")])) == "Teaching"
    assert sole_text(Row([Cell("fragment"), Cell(""), Cell("")])) is None
    assert heading_of("Teaching\n− High-quality teaching\n− Assessment") == "Teaching"
    assert heading_of("Line one\nLine two") == "Line one\nLine two"
    assert glossary_entry(Row([Cell("SMcL"), Cell("Sam McLean, Service Manager")])) == (
        "SMcL",
        "Sam McLean, Service Manager",
    )
    assert glossary_entry(Row([Cell("R"), Cell("Red: off track")])) is None
    assert numbered_group(GENERIC, "AIM 1: To improve access")
    assert numbered_group(GENERIC, "Theme 2 – Help at the earliest point")
    assert not numbered_group(GENERIC, "Recommendation 2: Improve plans")
    assert due_label(GENERIC, "Timescale: within three months") == "within three months"
    assert due_label(GENERIC, "Outcome: fewer delays") is None


def test_a_row_after_a_page_turn_continues_only_what_was_cut() -> None:
    from actionplan.extract.engine.continuation import row_continues
    from actionplan.extract.engine.raw import RawAction, RawArea

    area = RawArea(section=None, ref="1", text="Improve the quality of")
    cut = RawAction(ref="1.1", text="Audit all open plans and")
    ended = RawAction(ref="1.1", text="Audit all open plans.")

    def continues(last: RawAction, action: str, area_cell: str = "", details: bool = True) -> bool:
        return row_continues(GENERIC, area, last, True, (action, area_cell), False, details)

    assert continues(cut, "report to the board.")
    assert continues(cut, "")
    assert not continues(cut, "1.2 Train managers.")
    # the area was cut; beside it a whole new action (the one above ended, this has a lead)
    assert not continues(ended, "Train managers.", "plans for children.")
    assert continues(ended, "and train managers.", "plans for children.", details=False)
    assert not continues(ended, "Train managers.")
    assert not row_continues(GENERIC, area, cut, False, ("report it.", ""), False, True)


def test_a_headings_role_says_how_the_wording_matched() -> None:
    assert match_role("Staff Lead", GENERIC).reason == "ends with 'lead'"
    assert match_role("Update September 2013", GENERIC).reason == "starts with 'update'"
    assert match_role("Responsibel Oficer", GENERIC).reason == "spelt like 'responsible officer'"
    assert match_role("What are we going to do to achieve this?", GENERIC).reason == (
        "opens with 'what are we going to do'"
    )
    assert match_role("Owner", GENERIC).reason == ""


def test_lines_under_a_recommendation_fill_its_text_outcomes_and_timescale() -> None:
    from actionplan.extract.engine.preamble import Preamble
    from actionplan.extract.engine.raw import RawArea

    preamble = Preamble(RawArea(section=None, ref="3", text="Strengthen oversight"), "Rec 3")
    for line in (
        "of children in need plans.",
        "Timescale: within three months",
        "Outcomes:",
        "Plans reviewed monthly",
    ):
        preamble.add(line, GENERIC)
    area = preamble.area
    assert area.text == "Strengthen oversight of children in need plans."
    assert area.timescale == "within three months"
    assert area.outcomes == ["Plans reviewed monthly"]
    assert not preamble.fresh
