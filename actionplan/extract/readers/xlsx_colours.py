"""Spreadsheet colours (ARGB, palette index or theme slot with tint) to "#rrggbb".

Trackers show RAG status as a cell fill or a coloured mark; openpyxl reports
the colour as the file stores it. Theme colours are looked up in the
workbook's own theme, with Excel's tint applied to their lightness.
"""

from __future__ import annotations

import colorsys
from typing import Any

from lxml import etree
from openpyxl.styles.colors import COLOR_INDEX  # type: ignore[import-untyped]

_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# Excel numbers theme colours light-first, the theme file lists dark-first.
_THEME_ORDER = (1, 0, 3, 2, 4, 5, 6, 7, 8, 9, 10, 11)


def theme_colours(theme_xml: bytes | str | None) -> list[str]:
    """The workbook theme's colour scheme as "#rrggbb", in Excel's theme-index order."""
    if not theme_xml:
        return []
    try:
        root = etree.fromstring(theme_xml.encode() if isinstance(theme_xml, str) else theme_xml)
    except etree.XMLSyntaxError:
        return []
    scheme = root.find(f".//{_DRAWING}clrScheme")
    if scheme is None:
        return []
    listed: list[str] = []
    for slot in scheme:
        value = None
        for colour in slot:
            value = colour.get("val") if colour.tag == f"{_DRAWING}srgbClr" else None
            value = value or colour.get("lastClr")
        listed.append(f"#{value.lower()}" if value else "#000000")
    return [listed[i] for i in _THEME_ORDER if i < len(listed)]


def to_hex(colour: Any, theme: list[str]) -> str | None:
    """ "#rrggbb" of an openpyxl Color, or None when it names no concrete colour."""
    if colour is None:
        return None
    kind = getattr(colour, "type", None)
    if kind == "rgb" and isinstance(colour.rgb, str) and len(colour.rgb) >= 6:
        return f"#{colour.rgb[-6:].lower()}"
    if kind == "indexed" and isinstance(colour.indexed, int) and colour.indexed < len(COLOR_INDEX):
        return f"#{COLOR_INDEX[colour.indexed][-6:].lower()}"
    if kind == "theme" and isinstance(colour.theme, int) and colour.theme < len(theme):
        return _tinted(theme[colour.theme], float(colour.tint or 0.0))
    return None


def _tinted(hex_code: str, tint: float) -> str:
    r, g, b = (int(hex_code[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, light, sat = colorsys.rgb_to_hls(r, g, b)
    light = light * (1 + tint) if tint < 0 else light * (1 - tint) + tint
    r, g, b = colorsys.hls_to_rgb(hue, min(max(light, 0.0), 1.0), sat)
    return "#{:02x}{:02x}{:02x}".format(*(round(c * 255) for c in (r, g, b)))
