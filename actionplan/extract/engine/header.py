"""Column roles of a header row, settled as a whole table rather than heading by heading.

Each heading is read on its own first (`roles.match_role`: synonyms, then
opening phrase, then head noun, then fuzzy). Some roles only make sense
beside the others: a "Desired outcome" column standing left of the actions,
with nothing else naming what the actions serve, is the objective each row
pursues, i.e. the area. Every change made here keeps its reason, so
`actionplan detect` can say why a column got its role.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from actionplan.extract.engine.content_roles import content_shares, guess_roles
from actionplan.extract.engine.profile import Profile
from actionplan.extract.engine.roles import MAX_HEADER_WORDS, RoleMatch, known_roles, match_role
from actionplan.extract.grid import Row

T = TypeVar("T")

# Roles a parent column can be read under when the table names no area of its own.
_OBJECTIVE_ROLES = ("outcome",)


def objective_as_area(matches: list[RoleMatch], area_above: bool = False) -> list[RoleMatch]:
    """The leftmost outcome column before the actions becomes the area when none is named,
    in the table or above it ("Key indicator 2: ..." heading the table)."""
    roles = [m.role for m in matches]
    if area_above or "area" in roles or "action" not in roles:
        return matches
    action = roles.index("action")
    for i, match in enumerate(matches[:action]):
        if match.role in _OBJECTIVE_ROLES:
            out = list(matches)
            out[i] = replace(
                match,
                role="area",
                reason=f"'{match.header}' stands before the actions and no column names "
                "the area: read as the objective each row serves",
            )
            return out
    return matches


def evidenced_impact_as_progress(
    matches: list[RoleMatch], impact_headings: Collection[str]
) -> list[RoleMatch]:
    """An "Evidence of impact" column (one of the profile's `impact_headings`) after the
    actions is their progress when an outcome column before the actions already says
    what they are meant to achieve."""
    roles = [m.role for m in matches]
    if "action" not in roles or "progress" in roles:
        return matches
    action = roles.index("action")
    if "outcome" not in roles[:action]:
        return matches
    return [
        replace(
            m,
            role="progress",
            reason=f"'{m.header}' reports the impact seen; the intended impact stands "
            "before the actions",
        )
        if i > action and m.role == "outcome" and m.header in impact_headings
        else m
        for i, m in enumerate(matches)
    ]


def heads_row(row: Row) -> bool:
    """The row's first filled cell spans most of the row: what stands beside it is an aside."""
    width = sum(c.span for c in row.cells)
    return bool(row.filled) and row.filled[0].span * 2 > width


def group_headings(row: Row) -> bool:
    """Short headings, some spanning several columns ("Intent | Implementation | Impact"):
    the groups of the header row below, never a title or data."""
    filled = [" ".join(c.text.split()) for c in row.filled]
    return (
        len(filled) >= 2
        and any(c.span > 1 for c in row.filled)
        and all(len(t.split()) <= MAX_HEADER_WORDS for t in filled)
    )


def question_form(matches: list[RoleMatch], rows_below: Callable[[], list[Row]]) -> bool:
    """A table naming no action whose first column asks questions ("How did you spend
    your allocation last year?"): a form's answers, not a plan's areas. The rows below
    are fetched only for a table naming no action."""
    if any(m.role in ("action", "milestone") for m in matches):
        return False
    rows = rows_below()
    asked = [r.cells[0].text.strip() for r in rows if r.cells and not r.cells[0].blank]
    return bool(asked) and all(text.endswith("?") for text in asked)


@dataclass(frozen=True, slots=True)
class HeaderGrid:
    """Where the header's cells stand: each one's x-extent and first grid column."""

    width: int
    columns: tuple[tuple[float, float, int], ...]


def header_grid(row: Row) -> HeaderGrid | None:
    """The header row's geometry, when its reader kept the cells' boxes."""
    columns: list[tuple[float, float, int]] = []
    col = 0
    for cell in row.cells:
        if cell.bbox is None:
            return None
        columns.append((cell.bbox[0], cell.bbox[2], col))
        col += cell.span
    return HeaderGrid(col, tuple(columns))


def cell_columns(row: Row, grid: HeaderGrid | None) -> list[int]:
    """The header grid column of each cell of `row`.

    Cells follow the header column by column; a row drawn on another grid (a
    table carried over a page turn with its columns cut differently) is placed
    by each cell's overlap with the header cells instead.
    """
    starts: list[int] = []
    col = 0
    for cell in row.cells:
        starts.append(col)
        col += cell.span
    if grid is None or col == grid.width or any(c.bbox is None for c in row.cells):
        return starts
    return [_overlapping(cell.bbox, grid) for cell in row.cells]  # type: ignore[arg-type]


def _overlapping(box: tuple[float, float, float, float], grid: HeaderGrid) -> int:
    def overlap(column: tuple[float, float, int]) -> float:
        return min(box[2], column[1]) - max(box[0], column[0])

    return max(grid.columns, key=overlap)[2]


# Detail columns whose value can stand once for a group of rows (a merged cell, or
# text printed only on the group's first row); the hierarchy columns never carry.
CARRIED_ROLES = frozenset({"lead", "start", "due", "status", "progress", "outcome", "monitoring"})


def group_columns(roles: Sequence[str | None], rows: list[Row]) -> set[int]:
    """Columns filled exactly on the rows that open an area, in a table of several groups.

    Such a column holds one value per area, printed on the area's first row
    only (with no merge): the rows below it share that value.
    """
    if "area" not in roles:
        return set()
    area = roles.index("area")
    rows = [r for r in rows if len(r.cells) == len(roles) and all(c.span == 1 for c in r.cells)]
    opens = [not r.cells[area].blank for r in rows]
    if sum(opens) < 2 or all(opens):
        return set()
    return {
        col
        for col, role in enumerate(roles)
        if role in CARRIED_ROLES
        and all((not r.cells[col].blank) == first for r, first in zip(rows, opens, strict=True))
    }


# What a row of an action table says about its action, besides the action itself.
DETAIL_ROLES = CARRIED_ROLES - {"monitoring"}


def names_details(matches: list[RoleMatch], texts: list[str]) -> bool:
    """Short headings naming two or more details of an action, and some left unknown."""
    filled = [t for t in texts if t.strip()]
    if any(len(t.split()) > MAX_HEADER_WORDS for t in filled):
        return False
    details = {m.role for m in matches} & DETAIL_ROLES
    unknown = [m for m, t in zip(matches, texts, strict=True) if m.role is None and t.strip()]
    return len(details) >= 2 and 0 < len(unknown) <= 2 and len(details) * 2 >= len(filled)


def header_by_content(
    row: Row, profile: Profile, rows_below: Callable[[], list[Row]]
) -> list[RoleMatch] | None:
    """A header naming an action's details (owner, date, status) but not the action.

    The columns together make an action table when the cells below the
    unknown headings read as actions; those columns get their role from the
    cells, with the share of cells that support it as confidence.
    """
    if any(c.span != 1 for c in row.cells):
        return None
    texts = [c.text.replace("\n", " ") for c in row.cells]
    matches = [match_role(t, profile) for t in texts]
    if not names_details(matches, texts):
        return None
    guesses = guess_roles(rows_below(), known_roles(matches))
    out = [
        RoleMatch(g.role, g.confidence * 100, m.header, "content", "read from its cells")
        if g is not None and m.role is None and m.header
        else m
        for m, g in zip(matches, guesses, strict=True)
    ]
    if not {m.role for m in out} & {"action", "milestone"}:
        return None
    return out


def sub_headings(row: Row, width: int, profile: Profile) -> list[RoleMatch] | None:
    """The second row of a two-row header: short headings, mostly known, on the leaf grid."""
    if sum(c.span for c in row.cells) != width:
        return None
    filled = [c.text.replace("\n", " ") for c in row.cells if not c.blank]
    if len(filled) < 2 or any(len(t.split()) > MAX_HEADER_WORDS for t in filled):
        return None
    matches = [match_role(c.text.replace("\n", " "), profile) for c in row.cells]
    if sum(m.role is not None for m in matches) * 2 < len(filled):
        return None
    return matches


def leaf_roles(
    row: Row, subs: list[RoleMatch], group_roles: Sequence[str | None], group_names: list[str]
) -> list[RoleMatch]:
    """Each leaf column takes its sub-heading's role, or its group's when that is unknown."""
    leaves: list[RoleMatch] = []
    col = 0
    for cell, sub in zip(row.cells, subs, strict=True):
        group = group_roles[col]
        name = " / ".join(t for t in (group_names[col], " ".join(cell.text.split())) if t)
        if sub.role is not None:
            leaves.append(RoleMatch(sub.role, sub.score, name, reason="its sub-heading"))
        else:
            score = 100.0 if group else 0.0
            leaves.append(RoleMatch(group, score, name, reason="its group heading"))
        col += cell.span
    return leaves


def expand(matches: list[RoleMatch], row: Row, value: Callable[[RoleMatch], T]) -> list[T]:
    """One value per grid column: each match repeated over its cell's span."""
    return [value(m) for m, c in zip(matches, row.cells, strict=True) for _ in range(c.span)]


MIN_AGREEMENT = 0.5


def with_content(matches: list[RoleMatch], row: Row, rows: list[Row]) -> list[RoleMatch]:
    """One score per column from its heading and its cells together.

    A heading's role keeps its score when the cells below bear it out; when
    most cells do not read as that role (a "Lead" column of dates), the score
    falls with the share that do, and the reason says so.
    """
    starts = cell_columns(row, None)
    roles = expand(matches, row, lambda m: m.role if m.source == "header" else None)
    shares = content_shares(rows, roles)
    out: list[RoleMatch] = []
    for match, start in zip(matches, starts, strict=True):
        share = shares[start]
        if share is not None and share < MIN_AGREEMENT:
            match = replace(
                match,
                score=round(match.score * (0.6 + 0.4 * share), 1),
                reason=f"its cells read as {match.role} in {share:.0%} of rows",
            )
        out.append(match)
    return out
