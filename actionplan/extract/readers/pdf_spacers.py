"""Spacer bands: grid lines a table's drawing adds that are no column or row edge.

Word processors shade a cell with one rectangle for the cell and another inset by
the cell padding, and draw thin strips between rows. Taken at face value those
edges cut the table into slivers: the shaded header row gets a finer grid than
the body, narrow empty columns appear on some pages and not on others, and blank
strips stand between the rows. A band (column or row) too narrow to hold a line
of text and holding no word is such a sliver: it joins its neighbour, keeping the
grid line that divides the table's cells most often, and every cell rectangle is
snapped onto the lines that remain.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Iterable, Sequence

from actionplan.extract.grid import BBox

from . import pdf_tables
from .pdf_text import Word

_LINE = 1.2  # a line of text is about this many font sizes tall
_DEFAULT_SIZE = 9.0  # points: font size assumed for a table holding no word


def settle(cells: Sequence[BBox], words: Sequence[Word]) -> list[BBox]:
    """The table's cell rectangles on its real grid, spacer slivers merged away."""
    t = pdf_tables.layout(cells)
    if t is None:
        return list(cells)
    x0, top, x1, bottom = t.bbox
    inside = [w for w in words if x0 <= _mid_x(w) <= x1 and top <= _mid_y(w) <= bottom]
    least = _LINE * (
        statistics.median(w["bottom"] - w["top"] for w in inside) if inside else _DEFAULT_SIZE
    )
    across = [(w["x0"], w["x1"]) for w in inside]
    down = [(w["top"], w["bottom"]) for w in inside]
    xs = _kept_lines(t.xs, across, least, _column_strength(t.owner))
    ys = _kept_lines(t.ys, down, least, _row_strength(t.owner))
    if len(xs) == len(t.xs) and len(ys) == len(t.ys):
        return list(cells)
    return _without_overlaps(
        (_snap(c[0], xs), _snap(c[1], ys), _snap(c[2], xs), _snap(c[3], ys)) for c in cells
    )


def _mid_x(w: Word) -> float:
    return (w["x0"] + w["x1"]) / 2


def _mid_y(w: Word) -> float:
    return (w["top"] + w["bottom"]) / 2


def _column_strength(owner: list[list[int]]) -> list[int]:
    """For each grid x-line, in how many grid rows it bounds a cell (the edges in all)."""
    ncols = len(owner[0]) if owner else 0
    inner = [sum(row[c - 1] != row[c] for row in owner) for c in range(1, ncols)]
    return [len(owner), *inner, len(owner)]


def _row_strength(owner: list[list[int]]) -> list[int]:
    """For each grid y-line, in how many grid columns it bounds a cell (the edges in all)."""
    pairs = itertools.pairwise(owner)
    inner = [sum(a != b for a, b in zip(up, down, strict=True)) for up, down in pairs]
    ncols = len(owner[0]) if owner else 0
    return [ncols, *inner, ncols]


def _kept_lines(
    lines: list[float], words: Sequence[tuple[float, float]], least: float, strength: list[int]
) -> list[float]:
    """The grid lines left once every run of slivers has joined a neighbouring band.

    A sliver is a band holding no word of its own that is narrower than `least`
    or belongs to a cell reaching in from a neighbouring band. A run
    of slivers at the table's edge joins the band inside it; between two
    bands, the run's strongest line is kept (the first among equals).
    """
    full = max(strength)
    sliver = [
        not _holds_word(a, b, words) and (b - a < least or min(strength[k], strength[k + 1]) < full)
        for k, (a, b) in enumerate(itertools.pairwise(lines))
    ]
    drop: set[int] = set()
    i = 0
    while i < len(sliver):
        if not sliver[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(sliver) and sliver[j + 1]:
            j += 1
        run = range(i, j + 2)  # the line indices bounding bands i..j
        if i == 0:
            keep = {0}
        elif j == len(sliver) - 1:
            keep = {len(lines) - 1}
        else:
            keep = {max(run, key=lambda k: (strength[k], -k))}
        drop.update(k for k in run if k not in keep)
        i = j + 1
    if len(drop) >= len(lines) - 1:
        return lines  # nothing but slivers: leave the table as drawn
    return [v for k, v in enumerate(lines) if k not in drop]


def _holds_word(a: float, b: float, words: Sequence[tuple[float, float]]) -> bool:
    """Whether more than half of some word lies in the band (overflowing text does not count)."""
    return any(min(b, w1) - max(a, w0) > (w1 - w0) / 2 for w0, w1 in words)


def _snap(v: float, lines: list[float]) -> float:
    return min(lines, key=lambda line: abs(line - v))


def _without_overlaps(rects: Iterable[BBox]) -> list[BBox]:
    """Snapped rectangles with area, larger first, each kept only where it overlaps none kept."""
    boxes = sorted(
        {r for r in rects if r[2] - r[0] > 1 and r[3] - r[1] > 1},
        key=lambda r: (-(r[2] - r[0]) * (r[3] - r[1]), r[1], r[0]),
    )
    kept: list[BBox] = []
    for r in boxes:
        if all(_apart(r, k) for k in kept):
            kept.append(r)
    kept.sort(key=lambda r: (r[1], r[0]))
    return kept


def _apart(a: BBox, b: BBox) -> bool:
    return a[2] <= b[0] + 0.5 or b[2] <= a[0] + 0.5 or a[3] <= b[1] + 0.5 or b[3] <= a[1] + 0.5
