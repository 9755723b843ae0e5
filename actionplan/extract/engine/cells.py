"""A data row's cells placed under the table's columns: its cells by role, its text by heading.

Each cell goes to the header column it stands in (or, cut on another grid,
the one it overlaps most). A detail cell merged down from the row above, or
left blank in a column printed once per area, takes the value above it: the
caller keeps those values (`above`, grid column -> cell) from row to row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from actionplan.extract.engine.header import CARRIED_ROLES, cell_columns
from actionplan.extract.engine.tables import TableColumns
from actionplan.extract.grid import Cell, Row


@dataclass(frozen=True, slots=True)
class PlacedRow:
    """A row's cells under their roles (`by_role`), its filled cells by heading (`headers`),
    the values to carry down to the next row (`above`) and how many it took from above."""

    by_role: dict[str, list[Cell]]
    headers: dict[str, str]
    above: dict[int, Cell]
    carried: int = 0

    def text(self, role: str | None) -> str:
        """The text of the row's filled cells of `role`, one per line."""
        if role is None:
            return ""
        return "\n".join(c.text for c in self.by_role.get(role, []) if not c.blank)


def place_cells(row: Row, columns: TableColumns, above: Mapping[int, Cell]) -> PlacedRow:
    """The row's cells by role and by heading, with merged and grouped values carried down."""
    roles = columns.roles
    grid_columns = cell_columns(row, columns.grid)
    opens_area = any(
        not c.blank and roles[col] == "area"
        for c, col in zip(row.cells, grid_columns, strict=True)
        if col < len(roles)
    )
    by_role: dict[str, list[Cell]] = {}
    headers: dict[str, str] = {}
    kept = dict(above)
    carried = 0
    for cell, col in zip(row.cells, grid_columns, strict=True):
        role = roles[col] if col < len(roles) else None
        if role in CARRIED_ROLES:
            before = kept.get(col)
            if before is not None and _takes_value_above(cell, col, columns, opens_area):
                cell = before
                carried += 1
            else:
                kept[col] = cell
        if role:
            by_role.setdefault(role, []).append(cell)
        if not cell.blank and col < len(columns.names):
            headers[columns.names[col] or f"column {col + 1}"] = cell.text
    return PlacedRow(by_role, headers, kept, carried)


def _takes_value_above(cell: Cell, col: int, columns: TableColumns, opens_area: bool) -> bool:
    """A merged-down slot, or a blank in a column printed once per area below its first row."""
    return cell.merged_down or (cell.blank and not opens_area and col in columns.groups)
