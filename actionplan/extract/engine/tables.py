"""The table in force: the columns a header row opens, as one frozen value.

A header row (or a two-row header's second row) settles, for every row
below it until the table ends, which grid column holds which role, the
heading each column is shown under, where the header's cells stand (to place
cells cut on another grid), which detail columns carry their value down a
group of rows, and whether milestones nest under actions. The walk holds one
`TableColumns` and replaces it at the next header; nothing here changes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from actionplan.extract.engine.content_roles import (
    colour_status_column,
    guess_roles,
    status_column_among_progress,
)
from actionplan.extract.engine.header import (
    HeaderGrid,
    expand,
    group_columns,
    header_grid,
    leaf_roles,
)
from actionplan.extract.engine.raw import split_ref
from actionplan.extract.engine.refs import refs_number_actions, with_ref_reason
from actionplan.extract.engine.roles import RoleMatch, known_roles
from actionplan.extract.grid import Row

Roles = tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class TableColumns:
    """What a header row says about the rows under it.

    `roles` and `names` have one entry per grid column; `matches` are the
    header row's own role matches (one per cell), reused when the header is
    printed again at a page top; `key` is its headings, to recognise that
    repeat; `table` the reader's table number; `grouped` says the header has
    group headings spanning columns (so a row of sub-headings may follow);
    `groups` are the detail columns printed once per area; `nests_milestones`
    says an 'Action | Milestone' table numbers milestones under each action;
    `refs_number_actions` says its Ref column numbers the actions, not the areas;
    `number` counts the tables found in the document, from 1, as `detect` shows them.
    """

    roles: Roles
    names: tuple[str, ...]
    grid: HeaderGrid | None
    matches: tuple[RoleMatch, ...]
    key: tuple[str, ...]
    table: int
    grouped: bool = False
    groups: frozenset[int] = frozenset()
    nests_milestones: bool = False
    refs_number_actions: bool = False
    number: int = 0

    @property
    def action_role(self) -> str | None:
        """The role whose cells are the table's actions: milestones when they nest under actions."""
        roles = set(self.roles)
        if self._nested(roles):
            return "milestone"
        for role in ("action", "milestone"):
            if role in roles:
                return role
        return None

    @property
    def area_role(self) -> str | None:
        """The role whose cells open areas: the actions, when milestones nest under them."""
        roles = set(self.roles)
        if "area" in roles:
            return "area"
        return "action" if self._nested(roles) else None

    def _nested(self, roles: set[str | None]) -> bool:
        return "action" in roles and "milestone" in roles and self.nests_milestones


def expanded_texts(row: Row) -> list[str]:
    """Each grid column's header text: a spanning cell's text over every column it covers."""
    return [c.text for c in row.cells for _ in range(c.span)]


def open_table(
    row: Row,
    matches: list[RoleMatch],
    previous: TableColumns | None,
    repeated: bool,
    rows_below: Sequence[Row],
    number: int = 0,
) -> TableColumns:
    """The columns a header row opens.

    A header with blank headings over the same number of columns as the table
    before keeps that table's roles for them (a sub-table's header). A header
    printed again at a page top (`repeated`) keeps the number, groups, nesting
    and numbering the table settled when it first opened.
    """
    texts = expanded_texts(row)
    roles: list[str | None] = expand(matches, row, lambda m: m.role)
    if previous is not None and len(previous.roles) == len(roles):
        roles = [
            r if r or h.strip() else old
            for r, old, h in zip(roles, previous.roles, texts, strict=True)
        ]
    if repeated and previous is not None:
        groups, nests = previous.groups, previous.nests_milestones
        action_refs, number = previous.refs_number_actions, previous.number
    else:
        groups = frozenset(group_columns(roles, list(rows_below)))
        nests = nests_milestones(roles, rows_below)
        action_refs = refs_number_actions(roles, rows_below)
        matches = with_ref_reason(matches, action_refs)
    return TableColumns(
        roles=tuple(roles),
        names=tuple(" ".join(t.split()) for t in texts),
        grid=header_grid(row),
        matches=tuple(matches),
        key=tuple(m.header for m in matches),
        table=row.table,
        grouped=any(c.span > 1 and not c.blank for c in row.cells),
        groups=groups,
        nests_milestones=nests,
        refs_number_actions=action_refs,
        number=number,
    )


def under_sub_headings(
    columns: TableColumns,
    row: Row,
    subs: list[RoleMatch],
    rows_below: Sequence[Row],
    number: int = 0,
) -> tuple[TableColumns, list[RoleMatch]]:
    """The table once its sub-heading row is read: each leaf column with its own role.

    Returns the new columns and the leaf matches (one per cell of `row`), which
    `detect` shows as the table's columns.
    """
    leaves = leaf_roles(row, subs, columns.roles, list(columns.names))
    roles = expand(leaves, row, lambda m: m.role)
    action_refs = refs_number_actions(roles, rows_below)
    leaves = with_ref_reason(leaves, action_refs)
    table = replace(
        columns,
        roles=tuple(roles),
        names=tuple(expand(leaves, row, lambda m: m.header)),
        grid=header_grid(row),
        groups=frozenset(group_columns(roles, list(rows_below))),
        nests_milestones=nests_milestones(roles, rows_below),
        refs_number_actions=action_refs,
        number=number,
    )
    return table, leaves


def nests_milestones(roles: Sequence[str | None], rows: Sequence[Row]) -> bool:
    """'Action | Milestone' tables nest milestones when the action cell is merged down
    over several milestones or the milestones carry sub-numbers ("1.2"); never when
    areas have a column of their own, or milestones are just a list beside each action."""
    if "area" in roles or "action" not in roles or "milestone" not in roles:
        return False
    action, milestone = roles.index("action"), roles.index("milestone")
    body = [r for r in rows if all(c.span == 1 for c in r.cells) and len(r.filled) >= 2]
    body = [r for r in body if len(r.cells) > max(action, milestone)]
    if not body:
        return True
    merged = sum(r.cells[action].blank for r in body)
    sub_numbered = sum("." in (split_ref(r.cells[milestone].text)[0] or "") for r in body)
    return merged * 5 >= len(body) or sub_numbered * 2 >= len(body)


def guess_unknown_headings(
    row: Row, matches: list[RoleMatch], rows_below: Callable[[], list[Row]]
) -> tuple[list[RoleMatch], list[str]]:
    """Roles from the cells below for headings the profile does not know.

    Returns the matches and one message per guess, for the plan's warnings.
    """
    if any(c.span != 1 for c in row.cells):
        return matches, []
    marks = status_column_among_progress(rows_below(), [m.role for m in matches])
    if marks is not None:
        matches = list(matches)
        matches[marks] = RoleMatch("status", 100.0, matches[marks].header, "content")
    coloured = colour_status_column(rows_below(), [m.role for m in matches])
    if coloured is not None and not matches[coloured].header.strip():
        matches = list(matches)
        matches[coloured] = RoleMatch("status", 100.0, "", "content", "coloured cells only")
    unknown = [m for m in matches if m.role is None and m.header]
    if not unknown:
        return matches, []
    guesses = guess_roles(rows_below(), known_roles(matches))
    out: list[RoleMatch] = []
    messages: list[str] = []
    for match, guess in zip(matches, guesses, strict=True):
        if guess is None:
            out.append(match)
            continue
        out.append(RoleMatch(guess.role, guess.confidence * 100, match.header, "content"))
        messages.append(
            f"column '{match.header}' not in the profile: read as {guess.role} "
            f"from its cells (confidence {guess.confidence:.2f})"
        )
    return out, messages


def headerless_roles(row: Row, rows: list[Row]) -> list[RoleMatch] | None:
    """Roles for a table with no header row, from its cells, when they clearly make an
    action table: an action column and two of lead, due, status, start. `rows` are the
    table's rows from `row` on."""
    width = len(row.cells)
    rows = [r for r in rows if len(r.cells) == width]
    if width < 3 or len(rows) < 2 or any(c.span != 1 for c in row.cells):
        return None
    guesses = guess_roles(rows, [None] * width)
    roles = {g.role for g in guesses if g}
    if "action" not in roles or len(roles & {"lead", "due", "status", "start"}) < 2:
        return None
    return [
        RoleMatch(
            g.role if g else None,
            g.confidence * 100 if g else 0.0,
            f"column {i + 1}",
            "content",
        )
        for i, g in enumerate(guesses)
    ]
