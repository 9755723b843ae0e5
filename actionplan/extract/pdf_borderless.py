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


def borderless_cells(words: Sequence[dict[str, Any]], page_width: float) -> list[list[BBox]]:
    """At most one borderless table per page, as a full grid of cell rectangles."""
    lines = _lines(words)
    segmented = [(line, _segments(line)) for line in lines]
    rows_of_table = [i for i, (_, segs) in enumerate(segmented) if len(segs) >= MIN_COLUMNS]
    if len(rows_of_table) < 2:
        return []
    first, last = rows_of_table[0], rows_of_table[-1]
    region = segmented[first : last + 1]
    columns = _column_starts([s[0] for _, segs in region for s in segs])
    if len(columns) < MIN_COLUMNS:
        return []
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
    cells: list[BBox] = []
    for top, bottom in rows:
        for x0, x1 in itertools.pairwise(edges):
            cells.append((x0, top - 1, x1, bottom + 1))
    return [cells]
