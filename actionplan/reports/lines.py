"""A report's pages as styled text lines: the PDF reader's words, plus italics and markers.

Recommendations live in running prose, not tables, so a report needs less than a
plan (no table finder) but a little more per line: whether it is a heading (bold
or large), a topic sub-heading (italic, often drawn as slanted upright type), and
whether it opens a list item (a printed number or a bullet glyph, which may sit
in a symbol font and extract as a private-use character). Running headers,
footers and page numbers are dropped, as the plan reader drops them, so a list
runs on across a page turn.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from actionplan.extract.readers import pdf_text
from actionplan.extract.readers.pdf_reader import PdfError, open_pages, page_words

Word = dict[str, Any]

_MARGIN = 0.12  # share of the page height where running headers and footers live
_NUMBER = re.compile(r"^(\d{1,3})\.$")
_BULLET_GLYPHS = frozenset("•◼■▪●◆◦▶►➢➤✓✔")
_SYMBOL_FONT = re.compile(r"wingding|symbol|dingbat", re.I)
_ITALIC_FONT = re.compile(r"italic|oblique", re.I)
_UPRIGHT = (1, 0, 0, 1, 0, 0)


@dataclass(slots=True)
class ReportLine:
    """One visual line of a report page, its style and its list marker."""

    text: str
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    bold: bool
    italic: bool
    marker: str | None = None  # "number" or "bullet"
    ref: str | None = None  # the printed number of a numbered item


class PageLines:
    """A report's lines gathered one page at a time, from words already extracted or not.

    The plan reader hands each page here as it reads it, so a PDF that turns out
    to be a report is not read a second time.
    """

    def __init__(self) -> None:
        self.pages: list[list[ReportLine]] = []
        self._heights: list[float] = []

    def add(self, page: Any, number: int, words: list[Word] | None = None) -> None:
        """Read one page's lines; `words` are its words when they were extracted already."""
        words = page_words(page) if words is None else words
        self.pages.append(_page_lines(words, _italic_chars(page.chars), number))
        self._heights.append(float(page.height))

    def lines(self) -> list[ReportLine]:
        """Every line in reading order, page furniture removed."""
        if not any(self.pages):
            raise PdfError("no text layer (image-only PDF): OCR is needed")
        return [line for page in _drop_furniture(self.pages, self._heights) for line in page]


def read_lines(path: Path) -> list[ReportLine]:
    """Every text line of a PDF in reading order, page furniture removed."""
    pages = PageLines()
    with open_pages(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            try:
                pages.add(page, number)
            finally:
                page.close()
    return pages.lines()


def _italic_chars(chars: Sequence[dict[str, Any]]) -> set[tuple[int, int]]:
    """Positions of slanted characters: an italic font, or upright type sheared by the matrix."""
    slanted: set[tuple[int, int]] = set()
    for c in chars:
        matrix = c.get("matrix") or _UPRIGHT
        if abs(matrix[2]) > 0.05 or _italic_font(c.get("fontname", "")):
            slanted.add((round(c["top"]), round(c["x0"])))
    return slanted


@cache
def _italic_font(name: str) -> bool:
    """Looked up once per font name, as a page has thousands of characters and a few fonts."""
    return bool(_ITALIC_FONT.search(name))


def _is_italic(word: Word, slanted: set[tuple[int, int]]) -> bool:
    return (round(word["top"]), round(word["x0"])) in slanted or _italic_font(word["fontname"])


def _page_lines(words: list[Word], slanted: set[tuple[int, int]], page: int) -> list[ReportLine]:
    out: list[ReportLine] = []
    for tl in pdf_text.group_lines(words):
        main = [w for w in tl.words if not _is_footnote_mark(w, tl.size)]
        if not main:
            continue
        marker, ref, rest = _marker(main)
        if not rest:
            continue
        italic = [_is_italic(w, slanted) for w in rest]
        text = _line_text(rest, italic)
        if not text:
            continue
        out.append(
            ReportLine(
                text=text,
                page=page,
                top=tl.top,
                bottom=tl.bottom,
                x0=tl.x0,
                x1=tl.x1,
                size=tl.size,
                bold=all(pdf_text.is_bold(w["fontname"]) for w in rest),
                italic=all(italic),
                marker=marker,
                ref=ref,
            )
        )
    return out


def _line_text(words: list[Word], italic: list[bool]) -> str:
    """Words joined as typed: a space between words, none where glyphs touch (a split
    apostrophe). Sheared upright type widens each glyph's box and closes the gap between
    slanted words, so those always get their space."""
    parts: list[str] = []
    for i, w in enumerate(words):
        if i:
            prev = words[i - 1]
            touching = w["x0"] - prev["x1"] < 0.12 * min(w["size"], prev["size"])
            parts.append("" if touching and not (italic[i] or italic[i - 1]) else " ")
        parts.append(w["text"])
    return "".join(parts).strip()


def _is_footnote_mark(word: Word, line_size: float) -> bool:
    """A raised footnote number ('improve?¹'), not part of what the line says."""
    return word["size"] < 0.85 * line_size and word["text"].isdigit()


def _marker(words: list[Word]) -> tuple[str | None, str | None, list[Word]]:
    """(kind, printed number, the words after the marker) of a line."""
    first = words[0]
    if len(words) > 1 and (m := _NUMBER.match(first["text"])):
        return "number", m.group(1), words[1:]
    glyph = first["text"][:1]
    if _is_bullet_glyph(glyph, first["fontname"]):
        rest = first["text"][1:].lstrip()
        tail = words[1:]
        return "bullet", None, ([dict(first, text=rest), *tail] if rest else tail)
    return None, None, words


def _is_bullet_glyph(glyph: str, fontname: str) -> bool:
    private_use = "\ue000" <= glyph <= "\uf8ff"
    return private_use or glyph in _BULLET_GLYPHS or bool(_SYMBOL_FONT.search(fontname))


def _band(line: ReportLine, height: float) -> str | None:
    if line.bottom < _MARGIN * height:
        return "top"
    if line.top > (1 - _MARGIN) * height:
        return "bottom"
    return None


def _drop_furniture(pages: list[list[ReportLine]], heights: list[float]) -> list[list[ReportLine]]:
    """Drop page numbers and lines repeated in the same margin on half the pages or more."""
    seen: dict[tuple[str, str], int] = {}
    for lines, height in zip(pages, heights, strict=True):
        keys = {(b, pdf_text.header_key(ln.text)) for ln in lines if (b := _band(ln, height))}
        for key in keys:
            seen[key] = seen.get(key, 0) + 1
    need = max(2, math.ceil(len(pages) / 2))
    kept: list[list[ReportLine]] = []
    for lines, height in zip(pages, heights, strict=True):
        page_kept = []
        for ln in lines:
            band = _band(ln, height)
            if band and pdf_text.is_page_number(ln.text):
                continue
            if band and seen[(band, pdf_text.header_key(ln.text))] >= need:
                continue
            page_kept.append(ln)
        kept.append(page_kept)
    return kept


def body_size(lines: Sequence[ReportLine]) -> float:
    """The size most of the report's text is set in."""
    weight: dict[float, int] = {}
    for ln in lines:
        size = round(ln.size, 1)
        weight[size] = weight.get(size, 0) + len(ln.text)
    return max(weight, key=weight.__getitem__) if weight else 0.0
