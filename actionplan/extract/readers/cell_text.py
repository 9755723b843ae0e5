"""Text cleaning shared by the readers of formats that carry runs: DOCX and HTML.

Both formats hand over text as runs (bold or not, superscript or not) grouped in
paragraphs. The grid contract wants the same cell text from either: paragraphs,
list items and line breaks as "\\n", bullet glyphs dropped, spaces collapsed,
superscripts joined to the word before ("14" + "th" -> "14th"), and the bold
run a cell opens with kept, because plans put labels and status words there.
Keeping this in one place means a DOCX and an HTML copy of a plan read the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from actionplan.extract.grid import Cell, Row
from actionplan.normalizers.colours import colour_name

# Glyphs that mark a list item when text follows them ("✔" alone is a status mark, kept);
# "-", "–", "—", "*" only when a space follows.
_BULLET = re.compile(
    "^(?:[\u2022\u00b7\u25aa\u25ab\u25e6\u2023\u2043\u2219\u25cf\u25cb\u25a0\u25a1"
    "\u27a2\u27a4\u25ba\u25b8\u2713\u2714\u2794\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0e0]\\s*(?=\\S)"
    "|[-\u2013\u2014*]\\s+)"
)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_BARE_HEX = re.compile(r"^#?([0-9a-f]{6}|[0-9a-f]{3})$", re.I)
_HEX = re.compile(r"#([0-9a-f]{6}|[0-9a-f]{3})\b", re.I)
_RGB = re.compile(
    r"rgba?\(\s*([\d.]+%?)\s*,?\s*([\d.]+%?)\s*,?\s*([\d.]+%?)(?:\s*[,/]\s*([\d.]+%?))?"
)


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text in one format. "\\n" inside `text` is a line break."""

    text: str
    bold: bool = False
    sup: bool = False
    colour: str | None = None  # the text's own colour as the source writes it


Paragraph = Sequence[Run]


@dataclass(frozen=True, slots=True)
class CellText:
    text: str
    bold_lead: str | None


def render(paragraphs: Iterable[Paragraph]) -> CellText:
    """Cell text with "\\n" between paragraphs, items and breaks, and its bold lead.

    The bold lead is the bold run the cell opens with, up to the first plain
    character or the end of its first line; an all-bold cell is its own lead.
    """
    lines = [ln for p in paragraphs for ln in _lines(p) if ln[0]]
    if not lines:
        return CellText("", None)
    text = "\n".join(t for t, _ in lines)
    first, flags = lines[0]
    if not flags[0]:
        return CellText(text, None)
    if all(b for t, fl in lines for ch, b in zip(t, fl, strict=True) if not ch.isspace()):
        return CellText(text, text)
    lead = first
    for i, (ch, bold) in enumerate(zip(first, flags, strict=True)):
        if not bold and not ch.isspace():
            lead = first[:i]
            break
    return CellText(text, lead.strip() or None)


def mark_colour(paragraphs: Iterable[Paragraph]) -> str | None:
    """The colour of a cell that holds only a coloured mark ("●", "■"), as a fill name.

    Such a mark says its status by colour alone, exactly as a shaded cell does,
    so it reaches the engine as the cell's colour; text with letters or digits
    speaks for itself and gives None.
    """
    colours = set()
    for paragraph in paragraphs:
        for run in paragraph:
            if not run.text.strip():
                continue
            if any(ch.isalnum() for ch in run.text):
                return None
            colours.add(run.colour)
    if len(colours) != 1:
        return None
    name = fill_name(colours.pop())
    return name if name is not None and chromatic(name) else None


def chromatic(name: str) -> bool:
    """A colour that can mean something: a RAG name, or a hue that is not black or grey."""
    if not name.startswith("#"):
        return True
    r, g, b = (int(name[i : i + 2], 16) for i in (1, 3, 5))
    return max(r, g, b) - min(r, g, b) >= 0x30


def paragraph_lines(paragraph: Paragraph) -> list[tuple[str, bool]]:
    """The lines of a paragraph outside tables, each with whether it is all bold."""
    out = []
    for text, flags in _lines(paragraph):
        if text:
            out.append(
                (text, all(b for ch, b in zip(text, flags, strict=True) if not ch.isspace()))
            )
    return out


def _lines(paragraph: Paragraph) -> list[tuple[str, list[bool]]]:
    """Cleaned lines of one paragraph with a bold flag per character."""
    lines: list[tuple[list[str], list[bool]]] = [([], [])]
    for run in paragraph:
        text = run.text.translate(_INVISIBLE)
        chars, flags = lines[-1]
        if run.sup:
            while chars and chars[-1].isspace():
                chars.pop()
                flags.pop()
            text = text.lstrip()
        for ch in text:
            if ch == "\n":
                lines.append(([], []))
                chars, flags = lines[-1]
                continue
            chars.append(ch)
            flags.append(run.bold)
    return [_clean(chars, flags) for chars, flags in lines]


def _clean(chars: list[str], flags: list[bool]) -> tuple[str, list[bool]]:
    """Collapse spaces and drop a leading bullet glyph, keeping flags aligned."""
    out: list[str] = []
    out_flags: list[bool] = []
    for ch, bold in zip(chars, flags, strict=True):
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                out_flags.append(bold)
            continue
        out.append(ch)
        out_flags.append(bold)
    while out and out[-1] == " ":
        out.pop()
        out_flags.pop()
    text = "".join(out)
    match = _BULLET.match(text)
    if match:
        cut = match.end()
        text, out_flags = text[cut:], out_flags[cut:]
    return text, out_flags


def fill_name(value: str | None) -> str | None:
    """A cell shading as the grid wants it: a RAG name, "#rrggbb", or None for white/none.

    Accepts what DOCX and HTML write: "FF0000", "#f00", "rgb(255, 0, 0)", "green",
    "auto", "transparent", or a CSS background shorthand holding one of them.
    """
    if not value:
        return None
    text = value.strip().lower()
    if text in {"auto", "none", "transparent", "inherit", "initial", "unset", "white"}:
        return None
    hex_code = _hex(text)
    name = colour_name(hex_code) if hex_code else None
    if name:
        return name
    if hex_code:
        r, g, b = (int(hex_code[i : i + 2], 16) for i in (1, 3, 5))
        return None if min(r, g, b) >= 0xF2 else hex_code
    words = re.sub(r"url\([^)]*\)", " ", text)
    return colour_name(words)


def _hex(text: str) -> str | None:
    """The "#rrggbb" of the first hex or rgb() colour in `text`; None when there is none."""
    rgb = _RGB.search(text)
    if rgb:
        alpha = rgb.group(4)
        if alpha is not None and _channel(alpha, 1.0) == 0:
            return None
        r, g, b = (round(_channel(rgb.group(i), 255.0)) for i in (1, 2, 3))
        return f"#{min(r, 255):02x}{min(g, 255):02x}{min(b, 255):02x}"
    match = _BARE_HEX.match(text) or _HEX.search(re.sub(r"url\([^)]*\)", " ", text))
    if not match:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return f"#{digits.lower()}"


def _channel(raw: str, scale: float) -> float:
    if raw.endswith("%"):
        return float(raw[:-1]) / 100 * scale
    return float(raw)


def table_rows(rows: list[list[Cell]], width: int, table: int, first_line: int) -> list[Row]:
    """Rows of one table, each padded with a blank cell to the table's full width.

    The engine relies on every row of a table spanning the same columns.
    """
    out: list[Row] = []
    for number, cells in enumerate(rows, start=first_line):
        missing = width - sum(c.span for c in cells)
        if missing > 0:
            cells = [*cells, Cell("", span=missing)]
        out.append(Row(cells, table=table, line=number))
    return out


_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def list_number(value: int, style: str, *, word: bool = False) -> str:
    """A list counter as the reader sees it: "3", "c", "C", "iii", "III" or "03".

    `style` is "decimal", "decimalZero", "lowerLetter", "upperLetter",
    "lowerRoman" or "upperRoman" (Word's names; the HTML reader maps its types
    onto them); anything else prints as decimal, as the engine reads digits best.
    Letters past "z" repeat in Word ("aa", "bb") and run on in browsers ("aa",
    "ab"), hence `word`. Romans outside 1-3999 print as decimal, as browsers do.
    """
    if style in ("lowerLetter", "upperLetter") and value > 0:
        if word:
            letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        else:
            letters = ""
            rest = value
            while rest > 0:
                rest, digit = divmod(rest - 1, 26)
                letters = chr(ord("a") + digit) + letters
        return letters.upper() if style == "upperLetter" else letters
    if style in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        out, rest = "", value
        for size, glyphs in _ROMAN:
            count, rest = divmod(rest, size)
            out += glyphs * count
        return out.upper() if style == "upperRoman" else out
    if style == "decimalZero" and 0 <= value < 10:
        return f"0{value}"
    return str(value)
