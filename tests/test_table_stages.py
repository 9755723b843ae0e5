"""The engine's table stages on small grids built here: columns, cells, numbering, hierarchy."""

from __future__ import annotations

from actionplan.extract.engine.ahead import next_block, rows_ahead
from actionplan.extract.engine.cells import place_cells
from actionplan.extract.engine.hierarchy import AreaCell, PlanTree, read_area_cell
from actionplan.extract.engine.profile import builtin_profile
from actionplan.extract.engine.raw import RawAction, RawArea, RawPlan
from actionplan.extract.engine.refs import numbered_texts
from actionplan.extract.engine.roles import RoleMatch
from actionplan.extract.engine.tables import (
    TableColumns,
    guess_unknown_headings,
    headerless_roles,
    nests_milestones,
    open_table,
    under_sub_headings,
)
from actionplan.extract.engine.text_rows import legend_entries, note_reason, title_text
from actionplan.extract.engine.titles import AreaHeading, area_heading
from actionplan.extract.grid import Block, Cell, Line, PageBreak, Row


def _row(*texts: str, table: int = 0) -> Row:
    return Row([Cell(t) for t in texts], table=table)


def _matches(*roles: str | None, headers: tuple[str, ...] = ()) -> list[RoleMatch]:
    names = headers or tuple(r or "" for r in roles)
    return [RoleMatch(r, 100.0 if r else 0.0, h) for r, h in zip(roles, names, strict=True)]


def test_a_header_opens_columns_named_and_keyed_by_its_headings() -> None:
    header = _row("Area", "Action", "Lead", "By when", table=3)
    body = [_row("Recording", "Audit files", "JH", "May 2024")]
    columns = open_table(header, _matches("area", "action", "lead", "due"), None, False, body)
    assert columns.roles == ("area", "action", "lead", "due")
    assert columns.names == ("Area", "Action", "Lead", "By when")
    assert columns.key == ("area", "action", "lead", "due")
    assert columns.table == 3
    assert not columns.grouped
    assert (columns.action_role, columns.area_role) == ("action", "area")


def test_a_lead_printed_on_each_areas_first_row_only_is_carried_down() -> None:
    header = _row("Area", "Action", "Lead")
    body = [
        _row("Recording", "Audit files", "JH"),
        _row("", "Train staff", ""),
        _row("Supervision", "Monthly sessions", "AB"),
        _row("", "Dip sample", ""),
    ]
    columns = open_table(header, _matches("area", "action", "lead"), None, False, body)
    assert columns.groups == frozenset({2})


def test_blank_headings_keep_the_roles_of_the_table_before() -> None:
    first = open_table(_row("Action", "Lead"), _matches("action", "lead"), None, False, [])
    second = open_table(_row("Action", ""), _matches("action", None), first, False, [])
    assert second.roles == ("action", "lead")


def test_a_header_printed_again_keeps_the_groups_it_first_settled() -> None:
    header = _row("Area", "Action", "Lead")
    settled = TableColumns(
        roles=("area", "action", "lead"),
        names=("Area", "Action", "Lead"),
        grid=None,
        matches=tuple(_matches("area", "action", "lead")),
        key=("area", "action", "lead"),
        table=0,
        groups=frozenset({2}),
    )
    again = open_table(header, _matches("area", "action", "lead"), settled, True, [])
    assert again.groups == frozenset({2})


def test_sub_headings_give_leaf_columns_their_roles_under_the_group() -> None:
    group = Row([Cell("Area"), Cell("Actions", span=2), Cell("Progress")])
    matches = _matches("area", "action", "progress", headers=("Area", "Actions", "Progress"))
    columns = open_table(group, matches, None, False, [])
    assert columns.grouped
    sub = _row("", "Description", "Owner", "")
    table, leaves = under_sub_headings(columns, sub, _matches(None, "action", "lead", None), [])
    assert table.roles == ("area", "action", "lead", "progress")
    assert table.names == ("Area", "Actions / Description", "Actions / Owner", "Progress")
    assert [m.reason for m in leaves] == [
        "its group heading",
        "its sub-heading",
        "its sub-heading",
        "its group heading",
    ]


def test_milestones_nest_under_an_action_merged_down_over_them() -> None:
    roles = ("action", "milestone", "due")
    merged = [
        _row("Improve audits", "Design tool", "May"),
        _row("", "Pilot tool", "June"),
        _row("", "Roll out", "July"),
    ]
    beside = [_row("Improve audits", "Design tool", "May"), _row("Train", "Book", "June")]
    assert nests_milestones(roles, merged)
    assert not nests_milestones(roles, beside)
    assert not nests_milestones(("area", *roles), merged)


def test_nested_milestones_are_the_actions_and_their_actions_the_areas() -> None:
    columns = TableColumns(
        roles=("action", "milestone"),
        names=("Action", "Milestone"),
        grid=None,
        matches=(),
        key=(),
        table=0,
        nests_milestones=True,
    )
    assert (columns.action_role, columns.area_role) == ("milestone", "action")


def _columns(*roles: str | None, groups: frozenset[int] = frozenset()) -> TableColumns:
    names = tuple((r or "").title() for r in roles)
    return TableColumns(roles, names, None, (), names, 0, groups=groups)


def test_cells_go_under_their_roles_and_headings() -> None:
    columns = _columns("area", "action", "lead", None)
    placed = place_cells(_row("Recording", "Audit files", "JH", "£200"), columns, {})
    assert placed.text("action") == "Audit files"
    assert placed.text("lead") == "JH"
    assert placed.headers == {
        "Area": "Recording",
        "Action": "Audit files",
        "Lead": "JH",
        "column 4": "£200",
    }


def test_a_merged_down_lead_takes_the_value_above_and_a_blank_one_does_not() -> None:
    columns = _columns("action", "lead")
    first = place_cells(_row("Audit files", "JH"), columns, {})
    merged = Row([Cell("Train staff"), Cell("", merged_down=True)])
    below = place_cells(merged, columns, first.above)
    assert (below.text("lead"), below.carried) == ("JH", 1)
    blank = place_cells(_row("Dip sample", ""), columns, below.above)
    assert (blank.text("lead"), blank.carried) == ("", 0)


def test_a_group_columns_value_carries_until_the_next_area_opens() -> None:
    columns = _columns("area", "action", "lead", groups=frozenset({2}))
    first = place_cells(_row("Recording", "Audit files", "JH"), columns, {})
    second = place_cells(_row("", "Train staff", ""), columns, first.above)
    assert second.text("lead") == "JH"
    opening = place_cells(_row("Supervision", "Monthly sessions", ""), columns, second.above)
    assert opening.text("lead") == ""


def test_a_ref_numbers_the_area_its_row_opens_else_the_action() -> None:
    assert numbered_texts("3", "Recording", "Audit files") == ("3 Recording", "Audit files")
    assert numbered_texts("4", "", "Train staff") == ("", "4 Train staff")


def test_a_sub_number_numbers_the_action_and_its_stem_the_area() -> None:
    assert numbered_texts("2.1", "Supervision", "Monthly sessions") == (
        "2 Supervision",
        "2.1 Monthly sessions",
    )
    assert numbered_texts("1a", "", "Dip sample") == ("", "1a Dip sample")


def test_a_text_with_its_own_number_keeps_it() -> None:
    assert numbered_texts("5", "2. Supervision", "1.1 Audit") == ("2. Supervision", "1.1 Audit")
    assert numbered_texts("", "Supervision", "Audit") == ("Supervision", "Audit")


GENERIC = builtin_profile("generic")


def _area(text: str, ref: str | None = None) -> RawArea:
    return RawArea(section=None, ref=ref, text=text)


def test_an_area_cell_starting_mid_sentence_carries_on_the_area() -> None:
    area = _area("Improve the quality of")
    read = read_area_cell(GENERIC, area, "supervision records", None, "Audit", broke=False)
    assert read == AreaCell("continues", "supervision records")


def test_an_area_printed_again_is_the_same_area() -> None:
    area = _area("Improve supervision")
    read = read_area_cell(GENERIC, area, "Improve supervision", None, "Audit", broke=True)
    assert read.effect == "repeats"


def test_a_numbered_area_cell_opens_a_new_area() -> None:
    area = _area("Improve supervision", ref="1")
    read = read_area_cell(GENERIC, area, "2. Strengthen audit", None, "Audit", broke=False)
    assert read == AreaCell("opens", "Strengthen audit", "2")


def test_a_milestone_of_the_open_areas_number_keeps_the_area() -> None:
    area = _area("Improve supervision", ref="3")
    read = read_area_cell(GENERIC, area, "Supervision", None, "3.2 Train managers", broke=False)
    assert read.effect == "ignored"


def test_the_tree_puts_actions_under_the_area_and_a_section_closes_it() -> None:
    plan = RawPlan()
    tree = PlanTree(GENERIC, plan)
    tree.set_section("Theme 1: Early help")
    tree.area_cell("1. Improve supervision", [Cell("1. Improve supervision")], "", False, 2, None)
    action = RawAction("1.1", "Audit files")
    tree.add_action(action, {"lead": [Cell("JH")], "action": [Cell("x")]}, {"action"})
    assert [(a.section, a.ref, a.text) for a in plan.areas] == [
        ("Theme 1: Early help", "1", "Improve supervision")
    ]
    assert plan.areas[0].actions == [action]
    assert action.values == {"lead": ["JH"]}
    tree.set_section("Theme 2: Leadership")
    assert (tree.area, tree.last) == (None, None)


def test_a_row_continued_over_a_page_turn_joins_the_action_above() -> None:
    tree = PlanTree(GENERIC, RawPlan())
    action = RawAction("1", "Audit every case file", values={"lead": ["Head of"]})
    tree.add_action(action, {}, set())
    more = {"action": [Cell("each month")], "lead": [Cell("Service")]}
    tree.extend(action, more, "action", None, {})
    assert (action.text, action.values["lead"]) == (
        "Audit every case file each month",
        ["Head of Service"],
    )


def test_a_key_row_gives_its_symbol_and_colour_their_meaning() -> None:
    assert legend_entries(_row("✔", "Complete")) == [("✔", "Complete")]
    shaded = Row([Cell("", fill="green"), Cell("On track")])
    assert legend_entries(shaded) == [("fill:green", "On track")]
    assert legend_entries(_row("Recording", "Audit files")) is None


def _never(_: str = "") -> bool:
    return False


def test_a_merged_row_across_a_table_is_a_title_and_a_cut_fragment_is_not() -> None:
    merged = Row([Cell("Theme 2 – Help at the earliest point", span=3)])
    assert title_text(merged, GENERIC, True, _never, _never) == (
        "Theme 2 – Help at the earliest point"
    )
    fragment = _row("", "and their carers.", "")
    assert title_text(fragment, GENERIC, True, _never, _never) is None
    assert title_text(_row("Audit files", "JH", "May 2024"), GENERIC, True, _never, _never) is None


def test_prose_across_a_table_with_an_area_column_is_a_note() -> None:
    evidence = Row(
        [
            Cell(
                "Parents told us that letters about reviews arrived after the meetings had "
                "already taken place, so they could not prepare.",
                span=3,
            )
        ]
    )
    roles = ("area", "action", "lead")
    assert note_reason(evidence, GENERIC, roles, False, _never) == (
        "prose across a table whose areas have a column: evidence, not an action"
    )
    assert note_reason(evidence, GENERIC, ("action", "lead"), False, _never) is None
    quote = Row([Cell("‘We were not listened to.’", span=3)])
    assert note_reason(quote, GENERIC, ("action", "lead"), False, _never) == (
        "a quotation across the table: evidence, not an action"
    )


def test_an_unknown_heading_is_read_from_its_cells_and_the_guess_reported() -> None:
    header = _row("Action", "Person", "Deadline")
    matches = [
        RoleMatch("action", 100.0, "action"),
        RoleMatch(None, 0.0, "person"),
        RoleMatch("due", 100.0, "deadline"),
    ]
    below = [
        _row("Audit files", "Ann Lee", "May 2024"),
        _row("Train staff", "Bob Roe", "June 2024"),
    ]
    guessed, messages = guess_unknown_headings(header, matches, lambda: below)
    assert [(m.role, m.source) for m in guessed] == [
        ("action", "header"),
        ("lead", "content"),
        ("due", "header"),
    ]
    assert messages == [
        "column 'person' not in the profile: read as lead from its cells (confidence 1.00)"
    ]


def test_a_table_without_a_header_gets_roles_only_when_its_cells_make_an_action_table() -> None:
    rows = [
        _row("Audit every case file against the standard", "Ann Lee", "May 2024", "Complete"),
        _row("Train all team managers in supervision", "Bob Roe", "June 2024", "On track"),
    ]
    matches = headerless_roles(rows[0], rows)
    assert matches is not None
    assert [m.role for m in matches] == ["action", "lead", "due", "status"]
    assert [m.header for m in matches] == ["column 1", "column 2", "column 3", "column 4"]
    names = [_row("Ann Lee", "Chair", "Council"), _row("Bob Roe", "Member", "Trust")]
    assert headerless_roles(names[0], names) is None


def test_the_rows_ahead_stop_at_the_next_header_or_line() -> None:
    header = _row("Action", "Lead")
    blocks: list[Block] = [
        header,
        _row("Audit files", "JH"),
        PageBreak(page=2),
        _row("Train staff", "AB"),
        header,
        _row("Review", "CD"),
    ]

    def is_header(row: Row) -> bool:
        return row is header

    assert [r.texts[0] for r in rows_ahead(blocks, 0, is_header, False)] == [
        "Audit files",
        "Train staff",
    ]
    assert next_block(blocks, 1) == blocks[3]
    assert next_block(blocks, 5) is None
    with_line: list[Block] = [header, _row("Audit files", "JH"), Line("Appendix"), _row("x", "y")]
    assert len(rows_ahead(with_line, 0, is_header, False)) == 1


def test_an_area_banner_gives_its_number_timescale_and_wording() -> None:
    assert area_heading(GENERIC, "Recommendation 5 (within two months): Improve supervision") == (
        AreaHeading("5", "Improve supervision", "within two months")
    )
    plain = area_heading(GENERIC, "Recommendation 3: Strengthen the front door")
    assert plain is not None and (plain.ref, plain.timescale) == ("3", None)
    assert plain.text == "Strengthen the front door"
    assert area_heading(GENERIC, "Audit every case file") is None


def test_an_area_heading_numbered_under_a_theme_keeps_its_whole_number() -> None:
    """ "Priority 1.1 …" under "Theme 1" is area 1.1, not area 1 with ".1" left over."""
    heading = area_heading(GENERIC, "Priority 1.1 Every child ready for school")
    assert heading is not None
    assert (heading.ref, heading.text) == ("1.1", "Every child ready for school")
    numbered = area_heading(GENERIC, "Recommendation 1. Improve supervision")
    assert numbered is not None and (numbered.ref, numbered.text) == ("1", "Improve supervision")
