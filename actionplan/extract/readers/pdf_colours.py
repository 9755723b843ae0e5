"""Cell fill colours from the rectangles a PDF paints behind table cells.

Plans often carry status as colour alone (a red, amber or green cell with no
words), so the fill is part of the cell's content. PDF colours arrive as gray,
RGB or CMYK tuples; we normalise them to "#rrggbb" and name the clear RAG-style
hues so the engine does not need to know about colour spaces.
"""

from __future__ import annotations

import colorsys
from collections.abc import Iterable, Sequence
from typing import Any

from actionplan.extract.grid import BBox

# Hue ranges (degrees) for the colour names status columns use.
_HUES: tuple[tuple[str, float, float], ...] = (
    ("red", 345.0, 360.0),
    ("red", 0.0, 15.0),
    ("amber", 20.0, 66.0),
    ("green", 75.0, 170.0),
    ("blue", 180.0, 260.0),
)


def to_rgb(colour: Any) -> tuple[float, float, float] | None:
    """RGB in 0..1 from a pdfminer colour value (gray, RGB or CMYK); None if unknown."""
    if colour is None or isinstance(colour, str | bytes):
        return None
    if isinstance(colour, int | float):
        colour = (colour,)
    try:
        values = [float(v) for v in colour]
    except (TypeError, ValueError):
        return None  # pattern colour spaces and the like
    if any(v > 1.0 for v in values):  # some producers write 0..255
        values = [v / 255.0 for v in values]
    values = [min(max(v, 0.0), 1.0) for v in values]
    if len(values) == 1:
        return (values[0],) * 3
    if len(values) == 3:
        return values[0], values[1], values[2]
    if len(values) == 4:
        c, m, y, k = values
        return (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    return None


def colour_name(colour: Any) -> str | None:
    """ "red"/"amber"/"green"/"blue" for clear hues, "#rrggbb" otherwise, None for white."""
    rgb = to_rgb(colour)
    if rgb is None:
        return None
    h, s, v = colorsys.rgb_to_hsv(*rgb)
    if s < 0.2 and v > 0.96:
        return None  # white or near-white paper
    if s >= 0.45 and v >= 0.35:
        hue = h * 360.0
        for name, lo, hi in _HUES:
            if lo <= hue < hi:
                return name
    return "#{:02x}{:02x}{:02x}".format(*(round(c * 255) for c in rgb))


def filled_rects(rects: Iterable[dict[str, Any]]) -> list[tuple[BBox, Any]]:
    """The page's filled rectangles big enough to be cell shading (not rule lines)."""
    out: list[tuple[BBox, Any]] = []
    for r in rects:
        if not r.get("fill"):
            continue
        x0, top, x1, bottom = r["x0"], r["top"], r["x1"], r["bottom"]
        if x1 - x0 < 2.5 or bottom - top < 2.5:
            continue
        out.append(((x0, top, x1, bottom), r.get("non_stroking_color")))
    return out


def fill_for(box: BBox, fills: Sequence[tuple[BBox, Any]]) -> str | None:
    """Colour of the topmost filled rectangle covering most of `box`.

    Later rectangles are painted over earlier ones, so the last one that covers
    at least half the cell decides; a white one on top means no fill.
    """
    x0, top, x1, bottom = box
    area = max((x1 - x0) * (bottom - top), 1e-6)
    chosen: Any = None
    found = False
    for (rx0, rtop, rx1, rbottom), colour in fills:
        w = min(x1, rx1) - max(x0, rx0)
        if w <= 0:
            continue
        h = min(bottom, rbottom) - max(top, rtop)
        if h <= 0 or w * h < 0.5 * area:
            continue
        chosen, found = colour, True
    return colour_name(chosen) if found else None
