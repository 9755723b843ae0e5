"""Cell fill colours reduced to the RAG/BRAG names a status can be read from.

Readers report a fill as a name or "#rrggbb"; plans shade cells in any of many
tints of red, amber, green and blue, so the hue decides, not the exact value.
"""

from __future__ import annotations

import colorsys
import re

_HEX = re.compile(r"^#?(?P<hex>[0-9a-f]{6}|[0-9a-f]{3})$", re.I)
_NAMES = {
    "red": "red", "pink": "red", "crimson": "red", "maroon": "red",
    "amber": "amber", "orange": "amber", "yellow": "amber", "gold": "amber",
    "green": "green", "lime": "green", "olive": "green",
    "blue": "blue", "navy": "blue", "cyan": "blue", "turquoise": "blue",
}  # fmt: skip


def colour_name(value: str | None) -> str | None:
    """The RAG name ("red", "amber", "green", "blue") of a colour name or hex code.

    None for white, grey and black (low saturation or brightness): they carry no status.
    """
    if not value:
        return None
    text = value.strip().lower()
    if text.startswith("fill:"):
        text = text[5:].strip()
    for word, name in _NAMES.items():
        if word in text:
            return name
    match = _HEX.match(text)
    if not match:
        return None
    digits = match["hex"]
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    r, g, b = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    if saturation < 0.25 or lightness < 0.12 or lightness > 0.95:
        return None
    degrees = hue * 360
    if degrees < 15 or degrees >= 330:
        return "red"
    if degrees < 65:
        return "amber"
    if degrees < 170:
        return "green"
    if degrees < 260:
        return "blue"
    return None
