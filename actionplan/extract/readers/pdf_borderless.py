"""Tables drawn without rules: columns from aligned gaps, rows from vertical spacing.

Some plans are Word tables with their borders turned off. Where a page has no
ruled table, text lines split by wide gaps into three or more segments whose
left edges line up are read as a table: each aligned left edge starts a
column, and a gap between lines clearly wider than the line spacing starts a
row. The result is plain cell rectangles, the same as the ruled finder gives.

Once the columns are known, a word starting at a column's edge starts a new
cell however close the text before it ends, and a lone line from the first
column that runs across the others between two table lines is a title row
(a section of the table) spanning every column, not the end of the table.
A bold header wrapping onto a second line is one header row.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from .pdf_text import is_bold

BBox = tuple[float, float, float, float]
LINE_TOLERANCE = 2.0  # points: words this close in `top` share a line
COLUMN_GAP = 12.0  # points: a gap this wide between words separates columns
ALIGN = 4.0  # points: left edges this close are one column
ROW_EXTRA = 3.0  # points: a line gap this much wider than the tightest starts a row
MIN_COLUMNS = 3
EDGE_GAP = 0.5  # font sizes: a gap this wide before a word at a column's edge parts two cells
TABLE_GAP = 3.0  # line heights: a wider gap between lines ends a table


def _lines(words: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    for line in lines:
        line.sort(key=lambda w: w["x0"])
    return lines


def _segments(line: list[dict[str, Any]]) -> list[tuple[float, float]]:
    segments = [(line[0]["x0"], line[0]["x1"])]
    for word in line[1:]:
        if word["x0"] - segments[-1][1] >= COLUMN_GAP:
            segments.append((word["x0"], word["x1"]))
        else:
            segments[-1] = (segments[-1][0], word["x1"])
    return segments


def _column_starts(starts: list[float]) -> list[float]:
    clusters: list[list[float]] = []
    for x in sorted(starts):
        if clusters and x - clusters[-1][-1] <= ALIGN:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    return [min(c) for c in clusters if len(c) >= 2]


def _split(line: list[dict[str, Any]], columns: list[float]) -> list[tuple[float, float]]:
    """Segments of a line, also cut where a word starts at a column's edge after a gap
    wider than a space."""
    segments = [(line[0]["x0"], line[0]["x1"])]
    for word in line[1:]:
        wide = word["x0"] - segments[-1][1] >= EDGE_GAP * (word["bottom"] - word["top"])
        at_edge = wide and any(
            abs(word["x0"] - start) <= ALIGN and segments[-1][0] < start - ALIGN
            for start in columns
        )
        if at_edge or word["x0"] - segments[-1][1] >= COLUMN_GAP:
            segments.append((word["x0"], word["x1"]))
        else:
            segments[-1] = (segments[-1][0], word["x1"])
    return segments


def _is_title(segments: list[tuple[float, float]], columns: list[float]) -> bool:
    """One run of text from the first column across the others: a title row's shape."""
    return len(segments) == 1 and abs(segments[0][0] - columns[0]) <= ALIGN


def _fits(segments: list[tuple[float, float]], columns: list[float]) -> bool:
    """Every segment starts at a column and stays inside it: a table line, not prose."""
    for x0, x1 in segments:
        index = max((i for i, start in enumerate(columns) if start - ALIGN <= x0), default=None)
        if index is None:
            return False
        if index + 1 < len(columns) and x1 > columns[index + 1] + ALIGN:
            return False
    return True


Segmented = list[tuple[list[dict[str, Any]], list[tuple[float, float]]]]


def _runs(segmented: Segmented, columns: list[float], opening: bool) -> list[Segmented]:
    """Consecutive lines that fit the columns, each run holding two or more full lines.

    A line of prose across the columns, or a gap wider than a few lines, ends a
    table: headings and paragraphs between two tables stay outside both. With
    `opening`, the lines opening the page carry on a table from the page before,
    so they make a run however few they are.
    """
    runs: list[Segmented] = []
    current: Segmented = []
    carried = False  # whether `current` carries on the table from the page before

    def close() -> None:
        if carried or sum(len(s) >= MIN_COLUMNS for _, s in current) >= 2:
            runs.append(current)

    for index, (line, segs) in enumerate(segmented):
        top = min(w["top"] for w in line)
        height = max(w["bottom"] - w["top"] for w in line)
        gap_ok = not current or top - max(w["bottom"] for w in current[-1][0]) <= TABLE_GAP * height
        starts = current or len(segs) >= MIN_COLUMNS or (opening and index == 0)
        if _fits(segs, columns) and gap_ok and starts:
            carried = carried or (opening and index == 0)
            current.append((line, segs))
            continue
        after = segmented[index + 1][1] if index + 1 < len(segmented) else []
        if current and gap_ok and _is_title(segs, columns) and _fits(after, columns) and after:
            current.append((line, segs))  # a title row between table lines
            continue
        close()
        carried = False
        current = [(line, segs)] if len(segs) >= MIN_COLUMNS and _fits(segs, columns) else []
    close()
    return runs


def borderless_cells(
    words: Sequence[dict[str, Any]], page_width: float, carried: Sequence[float] | None = None
) -> list[list[BBox]]:
    """The page's borderless tables, each as a full grid of cell rectangles.

    `carried` holds the column edges of a borderless table that ran to the foot
    of the page before: when this page has no columns of its own, or the same
    ones, its tables take those edges and the lines opening it carry that table on.
    """
    lines = _lines(words)
    full = [segs for segs in map(_segments, lines) if len(segs) >= MIN_COLUMNS]
    columns = _column_starts([s[0] for segs in full for s in segs]) if len(full) >= 2 else []
    edges: list[float] | None = None
    if carried is not None:
        starts = [carried[0] + 1, *(x + 1 for x in carried[1:-1])]
        if len(columns) < MIN_COLUMNS or _same_starts(columns, starts):
            columns, edges = starts, list(carried)
    if len(columns) < MIN_COLUMNS or not lines:
        return []
    segmented = [(line, _split(line, columns)) for line in lines]
    runs = _runs(segmented, columns, opening=edges is not None)
    tables = [
        _grid(
            run,
            columns,
            page_width,
            edges,
            single=edges is not None and run[0][0] is segmented[0][0],
        )
        for run in runs
    ]
    return [cells for cells in tables if cells]


def _same_starts(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= ALIGN for x, y in zip(a, b, strict=True))


def _grid(
    region: Segmented,
    columns: list[float],
    page_width: float,
    edges: list[float] | None = None,
    single: bool = False,
) -> list[BBox]:
    """Cell rectangles of a run: `edges` fixes the column edges, `single` allows one row."""
    spans = [
        (
            min(w["top"] for w in line),
            max(w["bottom"] for w in line),
            len(segs),
            not _fits(segs, columns),  # a title row
            all(is_bold(w["fontname"]) for w in line),
        )
        for line, segs in region
    ]
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(spans)]
    tight = min((g for g in gaps if g > -LINE_TOLERANCE), default=0.0)
    spaced = any(g > tight + ROW_EXTRA for g in gaps)
    rows: list[tuple[float, float, bool]] = []
    for i, (top, bottom, count, title, bold) in enumerate(spans):
        # rows are told apart by extra spacing where the table has it, else by a full
        # line that is not a bold heading's wrap; a title row stands alone
        wrap = bold and i > 0 and spans[i - 1][4]
        new_row = (
            not rows
            or title
            or rows[-1][2]
            or (gaps[i - 1] > tight + ROW_EXTRA if spaced else count >= MIN_COLUMNS and not wrap)
        )
        if new_row:
            rows.append((top, bottom, title))
        else:
            rows[-1] = (rows[-1][0], bottom, False)
    if len(rows) < (1 if single else 2):
        return []
    right = min(max(w["x1"] for line, _ in region for w in line) + 1, page_width)
    if edges is None:
        edges = [columns[0] - 1, *(x - 1 for x in columns[1:]), right]
    else:
        edges = [*edges[:-1], max(edges[-1], right)]
    cells: list[BBox] = []
    for top, bottom, title in rows:
        if title:
            cells.append((edges[0], top - 1, edges[-1], bottom + 1))
        else:
            cells.extend((x0, top - 1, x1, bottom + 1) for x0, x1 in itertools.pairwise(edges))
    return cells
