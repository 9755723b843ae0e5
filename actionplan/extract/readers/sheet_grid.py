"""A worksheet's cells to grid blocks: the title block as lines, the table as rows.

Spreadsheet trackers put the plan's title, authority and dates in a few rows
above the header, then one table. Rows before the first row with at least
`TABLE_WIDTH` filled cells are that title block and become `Line`s, as text
above a table does in a document; the rest are `Row`s. A sheet with no such
row (a key or legend) is all rows, so the engine reads its two-cell entries as
the plan's key. A date cell in the title block is written out in full
("30 September 2025") whatever its number format, so the plan's dates are read
from it as from a document's cover. Readers of every spreadsheet format (xlsx,
csv) share this.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from actionplan.extract.grid import Block, Cell, Line, PageBreak, Row

TABLE_WIDTH = 3  # filled cells that make a row part of a table rather than a title line


def sheet_blocks(
    rows: Sequence[tuple[int, list[Cell]]],
    page: int,
    name: str | None = None,
    dates: Mapping[tuple[int, int], date] | None = None,
    header_row: int | None = None,
) -> list[Block]:
    """Blocks of one sheet; `rows` are (row number, cells) in order, `page` the sheet's number.

    `dates` holds the typed value of date cells by (row number, cell index);
    `header_row` is the row the sheet freezes as its header, when it has one
    wide enough to be a table's: the title block then is everything above it.

    A sheet after the first opens with its name as a heading line, as a new
    part of a document would: it ends the table of the sheet before.
    """
    width = max((_width(cells) for _, cells in rows), default=0)
    blocks: list[Block] = [PageBreak(page=page)]
    if name:
        blocks.append(Line(name, page=page, heading=2))
    kept = [(number, cells) for number, cells in rows if _has_content(cells)]
    wide = [i for i, (_, cells) in enumerate(kept) if len(_filled(cells)) >= TABLE_WIDTH]
    frozen = [i for i in wide if kept[i][0] == header_row]
    header = next(iter(frozen or wide), None)
    for i, (number, cells) in enumerate(kept):
        if header is not None and i < header:
            blocks.append(Line(_title_text(number, cells, dates or {}), page=page, line=number))
            continue
        blocks.append(Row(_padded(cells, width), table=page, page=page, line=number))
    return blocks


def _title_text(number: int, cells: Sequence[Cell], dates: Mapping[tuple[int, int], date]) -> str:
    parts = []
    for index, cell in enumerate(cells):
        if cell.blank:
            continue
        typed = dates.get((number, index))
        parts.append(f"{typed.day} {typed:%B %Y}" if typed else " ".join(cell.text.split()))
    return " ".join(parts)


def _filled(cells: Sequence[Cell]) -> list[Cell]:
    return [c for c in cells if not c.blank]


def _has_content(cells: Sequence[Cell]) -> bool:
    return any(not c.blank or (c.fill and not c.merged_down) for c in cells)


def _width(cells: Sequence[Cell]) -> int:
    """Columns up to the last cell with text or a fill."""
    used, col = 0, 0
    for cell in cells:
        col += cell.span
        if not cell.blank or cell.fill:
            used = col
    return used


def _padded(cells: list[Cell], width: int) -> list[Cell]:
    """Cut to the sheet's used width, or padded with blank cells up to it."""
    out: list[Cell] = []
    col = 0
    for cell in cells:
        if col >= width:
            break
        out.append(cell)
        col += cell.span
    if col < width:
        out.append(Cell("", span=width - col))
    return out
