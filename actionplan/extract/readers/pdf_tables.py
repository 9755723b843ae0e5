"""Table geometry to grid rows: column grid, merged cells and word bucketing.

Table finders (pdfplumber, camelot) only have to say where the cell rectangles
are. From those we derive one column grid per table, so every row lists its
cells left to right, a horizontally merged cell appears once with its `span`,
and the slots a vertically merged cell covers below its first row are blank:
the engine carries such blanks down, the same for every format.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from actionplan.extract.grid import BBox, Cell, Row

from . import pdf_text

_SNAP = 2.0  # points: edges closer than this are the same grid line


def _cluster(values: Sequence[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= _SNAP:
            continue
        out.append(v)
    return out


@dataclass(slots=True)
class TableLayout:
    """One table on one page: grid lines and which rectangle owns each slot."""

    bbox: BBox
    xs: list[float]
    ys: list[float]
    rects: list[BBox]
    owner: list[list[int]]  # [row][col] -> index into rects, or -1
    words: list[list[pdf_text.Word]] = field(default_factory=list)

    @property
    def ncols(self) -> int:
        return len(self.xs) - 1

    def slot(self, x: float, y: float) -> tuple[int, int] | None:
        """Grid (row, col) holding the point, or None when outside the table."""
        if not (self.xs[0] <= x <= self.xs[-1] and self.ys[0] <= y <= self.ys[-1]):
            return None
        c = min(max(bisect.bisect_right(self.xs, x) - 1, 0), self.ncols - 1)
        r = min(max(bisect.bisect_right(self.ys, y) - 1, 0), len(self.ys) - 2)
        return r, c


def layout(cells: Sequence[BBox]) -> TableLayout | None:
    """Grid for a table given its cell rectangles (x0, top, x1, bottom)."""
    cells = [c for c in cells if c[2] - c[0] > 1 and c[3] - c[1] > 1]
    if not cells:
        return None
    xs = _cluster([v for c in cells for v in (c[0], c[2])])
    ys = _cluster([v for c in cells for v in (c[1], c[3])])
    if len(xs) < 2 or len(ys) < 2:
        return None

    def index(grid: list[float], v: float) -> int:
        i = bisect.bisect_left(grid, v - _SNAP)
        return min(i, len(grid) - 1)

    rects: list[BBox] = []
    owner = [[-1] * (len(xs) - 1) for _ in range(len(ys) - 1)]
    for c in cells:
        c0, c1 = index(xs, c[0]), index(xs, c[2])
        r0, r1 = index(ys, c[1]), index(ys, c[3])
        if c1 <= c0 or r1 <= r0:
            continue
        k = len(rects)
        rects.append((xs[c0], ys[r0], xs[c1], ys[r1]))
        for r in range(r0, r1):
            row = owner[r]
            for col in range(c0, c1):
                if row[col] == -1:
                    row[col] = k
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    return TableLayout(bbox, xs, ys, rects, owner, [[] for _ in rects])


def bucket_words(
    tables: Sequence[TableLayout], words: Sequence[pdf_text.Word]
) -> list[pdf_text.Word]:
    """Put each word into the table cell holding its centre; return the rest."""
    rest: list[pdf_text.Word] = []
    for w in words:
        x = (w["x0"] + w["x1"]) / 2
        y = (w["top"] + w["bottom"]) / 2
        for t in tables:
            rc = t.slot(x, y)
            if rc is None:
                continue
            k = t.owner[rc[0]][rc[1]]
            if k >= 0:
                t.words[k].append(w)
                break
            # A slot no rectangle claims: keep the word in the table as its own cell.
            t.rects.append(_slot_box(t, *rc))
            t.owner[rc[0]][rc[1]] = len(t.rects) - 1
            t.words.append([w])
            break
        else:
            rest.append(w)
    return rest


def _mark_colour(words: Sequence[pdf_text.Word]) -> str | None:
    """The colour of a cell holding only a coloured mark ("●"): it says the status
    by colour alone, as a shaded cell does."""
    from .cell_text import chromatic
    from .pdf_colours import colour_name

    if not words or any(ch.isalnum() for w in words for ch in w["text"]):
        return None
    names = {colour_name(w.get("non_stroking_color")) for w in words}
    if len(names) != 1:
        return None
    name = names.pop()
    return name if name is not None and chromatic(name) else None


def _slot_box(t: TableLayout, r: int, c: int) -> BBox:
    return (t.xs[c], t.ys[r], t.xs[c + 1], t.ys[r + 1])


def rows(t: TableLayout, page: int, table: int, fills: Sequence[tuple[BBox, Any]]) -> list[Row]:
    """Grid rows of a table, top to bottom.

    A grid row is no table row when no cell starts in it, or when it lies inside
    a taller cell and the cells starting in it are empty: a second paragraph's
    shading or padding drawn inside a row, not a row of the table.
    """
    from .pdf_colours import fill_for

    texts: dict[int, tuple[str, str | None]] = {}
    out: list[Row] = []
    pitch = pdf_text.line_pitch(t.words)
    for r, owners in enumerate(t.owner):
        cells: list[Cell] = []
        c = 0
        starts_here = False
        while c < t.ncols:
            k = owners[c]
            if k >= 0 and _starts(t, k, r, c):
                starts_here = True
                box = t.rects[k]
                if k not in texts:
                    texts[k] = pdf_text.cell_text(t.words[k], box, pitch)
                text, lead = texts[k]
                span = 1
                while c + span < t.ncols and owners[c + span] == k:
                    span += 1
                fill = fill_for(box, fills) or _mark_colour(t.words[k])
                cells.append(Cell(text, lead, fill, box, span))
                c += span
                continue
            cells.append(Cell("", None, None, _slot_box(t, r, c), 1))
            c += 1
        inside = any(k >= 0 and not _starts_row(t, k, r) for k in owners)
        if not starts_here or (inside and all(c.blank for c in cells)):
            continue  # no row of its own
        bbox = (t.xs[0], t.ys[r], t.xs[-1], t.ys[r + 1])
        out.append(Row(cells, table=table, page=page, bbox=bbox))
    return out


def _starts_row(t: TableLayout, k: int, r: int) -> bool:
    return abs(t.rects[k][1] - t.ys[r]) <= 0.01


def _starts(t: TableLayout, k: int, r: int, c: int) -> bool:
    x0, top, _, _ = t.rects[k]
    return abs(top - t.ys[r]) <= 0.01 and abs(x0 - t.xs[c]) <= 0.01
