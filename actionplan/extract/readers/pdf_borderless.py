"""Tables drawn without rules: columns from aligned gaps, rows from vertical spacing.

Some plans are Word tables with their borders turned off. Where a page has no
ruled table, text lines split by wide gaps into three or more segments whose
left edges line up are read as a table: each aligned left edge starts a
column, and a gap between lines clearly wider than the line spacing starts a
row. The result is plain cell rectangles, the same as the ruled finder gives.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

BBox = tuple[float, float, float, float]
LINE_TOLERANCE = 2.0  # points: words this close in `top` share a line
COLUMN_GAP = 12.0  # points: a gap this wide between words separates columns
ALIGN = 4.0  # points: left edges this close are one column
ROW_EXTRA = 3.0  # points: a line gap this much wider than the tightest starts a row
MIN_COLUMNS = 3
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


def _fits(segments: list[tuple[float, float]], columns: list[float]) -> bool:
    """Every segment starts at a column and stays inside it: a table line, not prose."""
    for x0, x1 in segments:
        index = max((i for i, start in enumerate(columns) if start - ALIGN <= x0), default=None)
        if index is None:
            return False
        if index + 1 < len(columns) and x1 > columns[index + 1] + ALIGN:
            return False
    return True


def _runs(
    segmented: list[tuple[list[dict[str, Any]], list[tuple[float, float]]]], columns: list[float]
) -> list[list[tuple[list[dict[str, Any]], list[tuple[float, float]]]]]:
    """Consecutive lines that fit the columns, each run holding two or more full lines.

    A line of prose across the columns, or a gap wider than a few lines, ends a
    table: headings and paragraphs between two tables stay outside both.
    """
    runs: list[list[tuple[list[dict[str, Any]], list[tuple[float, float]]]]] = []
    current: list[tuple[list[dict[str, Any]], list[tuple[float, float]]]] = []
    for line, segs in segmented:
        top = min(w["top"] for w in line)
        height = max(w["bottom"] - w["top"] for w in line)
        gap_ok = not current or top - max(w["bottom"] for w in current[-1][0]) <= TABLE_GAP * height
        if _fits(segs, columns) and gap_ok and (current or len(segs) >= MIN_COLUMNS):
            current.append((line, segs))
            continue
        if sum(len(s) >= MIN_COLUMNS for _, s in current) >= 2:
            runs.append(current)
        current = [(line, segs)] if len(segs) >= MIN_COLUMNS and _fits(segs, columns) else []
    if sum(len(s) >= MIN_COLUMNS for _, s in current) >= 2:
        runs.append(current)
    return runs


def borderless_cells(words: Sequence[dict[str, Any]], page_width: float) -> list[list[BBox]]:
    """The page's borderless tables, each as a full grid of cell rectangles."""
    segmented = [(line, _segments(line)) for line in _lines(words)]
    full = [segs for _, segs in segmented if len(segs) >= MIN_COLUMNS]
    if len(full) < 2:
        return []
    columns = _column_starts([s[0] for segs in full for s in segs])
    if len(columns) < MIN_COLUMNS:
        return []
    tables = [_grid(run, columns, page_width) for run in _runs(segmented, columns)]
    return [cells for cells in tables if cells]


def _grid(
    region: list[tuple[list[dict[str, Any]], list[tuple[float, float]]]],
    columns: list[float],
    page_width: float,
) -> list[BBox]:
    spans = [
        (min(w["top"] for w in line), max(w["bottom"] for w in line), len(segs))
        for line, segs in region
    ]
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(spans)]
    tight = min((g for g in gaps if g > -LINE_TOLERANCE), default=0.0)
    spaced = any(g > tight + ROW_EXTRA for g in gaps)
    rows: list[tuple[float, float]] = []
    for i, (top, bottom, count) in enumerate(spans):
        # rows are told apart by extra spacing where the table has it, else by a full line
        new_row = not rows or (gaps[i - 1] > tight + ROW_EXTRA if spaced else count >= MIN_COLUMNS)
        if new_row:
            rows.append((top, bottom))
        else:
            rows[-1] = (rows[-1][0], bottom)
    if len(rows) < 2:
        return []
    left = columns[0] - 1
    right = max(w["x1"] for line, _ in region for w in line) + 1
    edges = [left, *(x - 1 for x in columns[1:]), min(right, page_width)]
    return [
        (x0, top - 1, x1, bottom + 1)
        for top, bottom in rows
        for x0, x1 in itertools.pairwise(edges)
    ]
