"""Merged-cell spans bounded by the table they are in.

A span is only a claim of the file: `colspan="1000000000"` in a 262-byte page
(or a Word `gridSpan` of 10⁹) would make the engine lay out a billion slots.
No cell can be wider than the table's real width: the widest row once each
span is held to the most cells any row has.
"""

from __future__ import annotations

from dataclasses import replace

from actionplan.extract.grid import Cell


def cap_spans(rows: list[list[Cell]]) -> list[list[Cell]]:
    """`rows` with every span held to the table's real column count."""
    most = max((len(cells) for cells in rows), default=1)
    width = max((sum(min(c.span, most) for c in cells) for cells in rows), default=1)
    return [[c if c.span <= width else replace(c, span=width) for c in cells] for cells in rows]
