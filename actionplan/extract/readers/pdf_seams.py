"""Seams: edges where one cell's shading is painted in pieces, not where rows meet.

Word paints the shading of a tall cell line by line, one rectangle per line of
text, the pieces abutting. Their edges look like row boundaries to a table
finder, so a quotation spanning the table came out as one row per line. A
horizontal edge is such a seam when no rule is drawn along it and every column
has the same shading just above and just below it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from actionplan.extract.grid import BBox

from .pdf_colours import to_rgb

_THIN = 2.0  # points: a filled rectangle this thin is a rule, not shading
_NEAR = 1.5  # points: a rule this close to an edge is drawn along it
_PROBE = 1.0  # points: how far above and below an edge its shading is sampled

Rgb = tuple[float, float, float]


@dataclass(slots=True)
class Drawing:
    """A page's horizontal rules (y, x0, x1) and shading rectangles with their colour."""

    rules: list[tuple[float, float, float]] = field(default_factory=list)
    fills: list[tuple[BBox, Rgb]] = field(default_factory=list)


def drawing(page: Any) -> Drawing:
    """The rules and shading a page draws, from its lines and rectangles."""
    out = Drawing()
    for line in page.lines:
        if abs(line["top"] - line["bottom"]) <= _THIN:
            out.rules.append((line["top"], line["x0"], line["x1"]))
    for r in page.rects:
        x0, top, x1, bottom = r["x0"], r["top"], r["x1"], r["bottom"]
        if r.get("stroke"):
            out.rules += [(top, x0, x1), (bottom, x0, x1)]
        if not r.get("fill"):
            continue
        if bottom - top <= _THIN:
            out.rules.append(((top + bottom) / 2, x0, x1))
        elif x1 - x0 > _THIN and (rgb := to_rgb(r.get("non_stroking_color"))) is not None:
            out.fills.append(((x0, top, x1, bottom), _rounded(rgb)))
    return out


def is_seam(y: float, columns: Sequence[tuple[float, float]], page: Drawing) -> bool:
    """Whether the edge at `y` only joins two pieces of the same shading in every column."""
    for x0, x1 in columns:
        x = (x0 + x1) / 2
        if any(abs(ry - y) <= _NEAR and rx0 <= x <= rx1 for ry, rx0, rx1 in page.rules):
            return False
        above = _colour_at(x, y - _PROBE, page)
        if above is None or above != _colour_at(x, y + _PROBE, page):
            return False
    return True


def _colour_at(x: float, y: float, page: Drawing) -> Rgb | None:
    """The colour of the shading painted last at a point, if any."""
    colour = None
    for (x0, top, x1, bottom), rgb in page.fills:
        if x0 <= x <= x1 and top <= y <= bottom:
            colour = rgb
    return colour


def _rounded(rgb: Rgb) -> Rgb:
    return (round(rgb[0], 2), round(rgb[1], 2), round(rgb[2], 2))
