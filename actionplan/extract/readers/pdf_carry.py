"""A table's columns carried over a page turn onto a part drawn on another grid.

The part of a table on the next page is not always ruled like the part above:
a rule is missing where a one-row continuation has empty cells, a cell is split
where the page above had none, or every rule sits a few points aside. When the
two parts cover the same width, each cell of the lower part goes to the columns
of the table above that it overlaps most, so the engine sees one set of columns
for the whole table.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from actionplan.extract.grid import Cell, Row

_EDGE = 6.0  # points: outer edges this close mean the same table width


def fits(table: Sequence[float], part: Sequence[float]) -> bool:
    """Whether a part's column edges can be carried onto the table's columns.

    The outer edges must match, and each column of the part must lie mostly in
    one column of the table or hold whole columns of it.
    """
    if abs(table[0] - part[0]) > _EDGE or abs(table[-1] - part[-1]) > _EDGE:
        return False
    for x0, x1 in itertools.pairwise(part):
        best = max(_overlap(x0, x1, a, b) for a, b in itertools.pairwise(table))
        if best < (x1 - x0) / 2 and not _covered(x0, x1, table):
            return False
    return True


def onto_columns(row: Row, table: Sequence[float]) -> Row:
    """The row with each cell placed on the table's columns by overlap; nothing is dropped."""
    if any(c.bbox is None for c in row.cells):
        return row  # a cell without geometry cannot be placed
    placed: list[tuple[int, int, Cell]] = []  # first and last table column, cell
    for cell in sorted(row.cells, key=lambda c: c.bbox[0] if c.bbox else 0.0):
        assert cell.bbox is not None
        first, last = _columns_of(cell.bbox[0], cell.bbox[2], table)
        if placed and first <= placed[-1][1]:
            a, b, prev = placed[-1]
            placed[-1] = (a, max(b, last), _joined(prev, cell))
        else:
            placed.append((first, last, cell))
    top, bottom = _band(row)
    cells: list[Cell] = []
    reached = 0  # table columns the cells so far cover
    for first, last, cell in placed:
        cells.extend(_blank(table, j, top, bottom) for j in range(reached, first))
        box = (table[first], top, table[last + 1], bottom)
        cells.append(replace(cell, bbox=box, span=last - first + 1))
        reached = last + 1
    cells.extend(_blank(table, j, top, bottom) for j in range(reached, len(table) - 1))
    return replace(row, cells=cells)


def _overlap(x0: float, x1: float, a: float, b: float) -> float:
    return max(0.0, min(x1, b) - max(x0, a))


def _covered(x0: float, x1: float, table: Sequence[float]) -> bool:
    """Whether the span holds at least one whole table column."""
    return any(x0 - _EDGE <= a and b <= x1 + _EDGE for a, b in itertools.pairwise(table))


def _columns_of(x0: float, x1: float, table: Sequence[float]) -> tuple[int, int]:
    """The table columns a cell covers: those it fills at least half of, else its best one."""
    pairs = list(itertools.pairwise(table))
    held = [j for j, (a, b) in enumerate(pairs) if _overlap(x0, x1, a, b) >= (b - a) / 2]
    if held:
        return held[0], held[-1]
    best = max(range(len(pairs)), key=lambda j: _overlap(x0, x1, *pairs[j]))
    return best, best


def _band(row: Row) -> tuple[float, float]:
    if row.bbox is not None:
        return row.bbox[1], row.bbox[3]
    boxes = [c.bbox for c in row.cells if c.bbox is not None]
    return min(b[1] for b in boxes), max(b[3] for b in boxes)


def _blank(table: Sequence[float], j: int, top: float, bottom: float) -> Cell:
    return Cell("", bbox=(table[j], top, table[j + 1], bottom))


def _joined(left: Cell, right: Cell) -> Cell:
    """Two cells that fall in the same table column: one cell holding both texts."""
    return replace(
        left,
        text="\n".join(t for t in (left.text, right.text) if t.strip()),
        bold_lead=left.bold_lead or right.bold_lead,
        fill=left.fill or right.fill,
        numbered=left.numbered or right.numbered,
        merged_down=left.merged_down and right.merged_down,
    )
