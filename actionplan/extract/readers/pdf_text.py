"""Text from positioned PDF words: lines, paragraphs, bullets and bold leads.

pdfplumber gives words with boxes and fonts but no paragraphs. We rebuild what
the author typed: wrapped lines become one paragraph (joined with a space, or
with nothing after a hyphen glued to its word), paragraph breaks, list items and
the leads of a list printed one a line become "\\n", bullet glyphs go, and
superscript ordinals join their number. The engine then sees the same cell text
a word processor's own export would give.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from actionplan.extract.grid import BBox, Line
from actionplan.normalizers.people import stacked_leads

Word = dict[str, Any]

# Glyphs that only ever mark list items. Status symbols (● ▲ ✔ ★ ■) are not here:
# they carry meaning and stay in the text.
_BULLETS = frozenset("\uf0b7\u2022\u25aa\u25e6\u2023\u2043\u2219\uf0a7\uf076\uf0d8\u27a2\u00b7")
# Dashes count as list markers only when followed by a tab-like gap.
_DASHES = frozenset("-\u2013\u2014")
_BOLD_FONT = re.compile(r"bold|black|heavy|demi|semibold", re.I)
_ATTACHED_HYPHEN = re.compile(r"\w[-\u2010\u2011]$")
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:of|/)\s*\d+|[-\u2013\s]*\d{1,3}[-\u2013\s]*)$",
    re.I,
)


@lru_cache(maxsize=256)
def is_bold(fontname: str) -> bool:
    """Whether a font name says bold (the style suffix survives subsetting)."""
    return bool(_BOLD_FONT.search(fontname))


@dataclass(slots=True)
class TextLine:
    """One visual line of words, with the metrics paragraph detection needs."""

    words: list[Word]
    top: float
    bottom: float
    x0: float
    x1: float
    size: float


def group_lines(words: Sequence[Word]) -> list[TextLine]:
    """Words grouped into visual lines, top to bottom, each sorted left to right.

    A word joins the current line when it overlaps the band of the line's
    biggest word by half its height, or when it is a smaller word whose foot
    (superscript) or head (subscript) lies inside that band, or the other way
    round: a raised superscript can sort before its line's first word.
    """
    lines: list[TextLine] = []
    current: list[Word] = []
    band: Word | None = None
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if band is not None and _same_line(band, w):
            current.append(w)
            if w["size"] > band["size"]:
                band = w
            continue
        if current:
            lines.append(_make_line(current))
        current, band = [w], w
    if current:
        lines.append(_make_line(current))
    return lines


def _same_line(a: Word, b: Word) -> bool:
    overlap = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    if overlap >= 0.5 * min(a["bottom"] - a["top"], b["bottom"] - b["top"]):
        return True
    small, big = (a, b) if a["size"] < b["size"] else (b, a)
    if small["size"] >= 0.85 * big["size"]:
        return False
    return big["top"] < small["bottom"] < big["bottom"] or big["top"] < small["top"] < big["bottom"]


def _make_line(words: list[Word]) -> TextLine:
    words.sort(key=lambda w: w["x0"])
    size = max(w["size"] for w in words)
    main = [w for w in words if w["size"] >= 0.85 * size]
    return TextLine(
        words=words,
        top=min(w["top"] for w in main),
        bottom=max(w["bottom"] for w in main),
        x0=words[0]["x0"],
        x1=max(w["x1"] for w in words),
        size=size,
    )


def _is_bullet(line: TextLine) -> bool:
    """A line opening with a list-marker glyph followed by text."""
    first = line.words[0]
    text = first["text"]
    if len(line.words) < 2 and len(text) < 2:
        return False
    if text[0] in _BULLETS:
        return True
    if text in _DASHES and len(line.words) > 1:
        return line.words[1]["x0"] - first["x1"] > 0.6 * line.size
    return False


def _strip_bullet(words: list[Word]) -> list[Word]:
    first = words[0]
    if len(first["text"]) == 1:
        return words[1:]
    stripped = dict(first, text=first["text"][1:].lstrip())
    return [stripped, *words[1:]]


Token = tuple[str, str, bool]  # (separator before, text, bold)


def _line_tokens(line: TextLine, words: list[Word]) -> list[Token]:
    """Tokens of one line: words split only by a font change or a superscript join."""
    out: list[Token] = []
    prev: Word | None = None
    for w in words:
        sep = " "
        if prev is not None:
            gap = w["x0"] - prev["x1"]
            superscript = (
                w["size"] < 0.85 * line.size and w["bottom"] < line.bottom - 0.15 * line.size
            )
            if gap < 0.12 * min(w["size"], prev["size"]) or (
                superscript and prev["text"][-1:].isdigit()
            ):
                sep = ""
        out.append(("" if prev is None else sep, w["text"], is_bold(w["fontname"])))
        prev = w
    return out


def paragraph_tokens(
    words: Sequence[Word], box: BBox | None = None, usual: float | None = None
) -> list[Token]:
    """All tokens of a block of words, with "\\n" separators at paragraph and item breaks.

    `box` (the cell) lets us spot forced line breaks: a line that ends although
    the next word would have fitted. `usual` is the table's line spacing:
    a cell of two lines cannot tell a wrapped line from a new paragraph alone.
    A line opening one more lead of a stacked list (see `_stacked_lead_starts`)
    starts a new line too.
    """
    lines = group_lines(words)
    if not lines:
        return []
    pitches = [b.top - a.top for a, b in itertools.pairwise(lines)]
    normal = min(pitches) if pitches else 0.0
    if usual is not None and len(pitches) == 1:
        normal = min(normal, usual)
    right = max(ln.x1 for ln in lines)
    if box is not None:
        pad = min(max(min(ln.x0 for ln in lines) - box[0], 0.0), 10.0)
        right = max(right, box[2] - 2 * pad)
    leads = _stacked_lead_starts(lines)
    tokens: list[Token] = []
    prev: TextLine | None = None
    prev_text = ""
    for index, line in enumerate(lines):
        words_here = line.words
        bullet = _is_bullet(line)
        if bullet:
            words_here = _strip_bullet(words_here)
            if not words_here:
                continue
        toks = _line_tokens(line, words_here)
        if prev is not None:
            pitch = line.top - prev.top
            if bullet or pitch > max(normal, 1.15 * prev.size) + 0.3 * prev.size:
                sep = "\n"
            elif _ATTACHED_HYPHEN.search(prev_text):
                sep = ""
            elif (
                box is not None
                and prev.x1 + 0.3 * prev.size + (words_here[0]["x1"] - words_here[0]["x0"])
                < right - 0.5
            ):
                sep = "\n"
            else:
                sep = "\n" if index in leads else " "
            toks[0] = (sep, toks[0][1], toks[0][2])
        tokens.extend(toks)
        prev, prev_text = line, words_here[-1]["text"]
    return tokens


_STACK_WORDS = 3
"""At most this many words on each line of a stacked list."""
_CARRIES_ON = re.compile(
    r"(?:[,&/+\-\u2013\u2014]|\b(?:and|or|of|for|the|to|in|with|at|on))$", re.I
)
"""A line ending mid-phrase: whatever follows finishes it."""


def _stacked_lead_starts(lines: Sequence[TextLine]) -> set[int]:
    """The lines that open a lead in a cell listing leads one a line ("Headteacher" over
    "SENCO"), or nothing for any other cell.

    In a narrow cell neither line of such a list would have fitted beside the other,
    so it looks just like one post wrapped at each word ("Head of School" over
    "Improvement"). What tells them apart is whether each line, or run of lines, is a
    whole lead on its own; a cell of short capitalised lines, none ending mid-phrase,
    is asked that. Any other cell, and one that is not wholly leads, keeps its wraps.
    """
    if len(lines) < 2:
        return set()
    texts = []
    for i, line in enumerate(lines):
        words = [w["text"] for w in line.words]
        if _is_bullet(line) or len(words) > _STACK_WORDS or not words[0][:1].isupper():
            return set()
        if i < len(lines) - 1 and _CARRIES_ON.search(words[-1]):
            return set()
        texts.append(" ".join(words))
    return set(stacked_leads(texts) or ())


def render(tokens: Sequence[Token]) -> tuple[str, str | None]:
    """Text and bold lead of a token list.

    The bold lead is the bold run the text opens with, up to the first plain
    word or paragraph break; an all-bold text is its own bold lead.
    """
    text = "".join(sep + t for sep, t, _ in tokens).strip()
    if not tokens or not tokens[0][2]:
        return text, None
    if all(b for _, _, b in tokens):
        return text, text or None
    lead: list[str] = []
    for i, (sep, t, bold) in enumerate(tokens):
        if not bold or (i and sep == "\n"):
            break
        lead.append((sep if i else "") + t)
    return text, "".join(lead).strip() or None


def cell_text(
    words: Sequence[Word], box: BBox | None = None, pitch: float | None = None
) -> tuple[str, str | None]:
    """Cell text and bold lead from the words inside the cell."""
    if not words:
        return "", None
    return render(paragraph_tokens(words, box, pitch))


def line_pitch(cells: Sequence[Sequence[Word]]) -> float | None:
    """A table's usual line spacing: the median of the tightest spacing in cells of 3+ lines."""
    tightest = []
    for words in cells:
        lines = group_lines(words) if len(words) >= 3 else []
        if len(lines) >= 3:
            tightest.append(min(b.top - a.top for a, b in itertools.pairwise(lines)))
    return statistics.median(tightest) if tightest else None


def size_weights(words: Sequence[Word]) -> dict[float, int]:
    """Characters per font size, to find the body text size."""
    weight: dict[float, int] = {}
    for w in words:
        s = round(w["size"], 1)
        weight[s] = weight.get(s, 0) + len(w["text"])
    return weight


def body_size(weight: dict[float, int]) -> float:
    """The body font size: the size carrying the most characters."""
    return max(weight, key=weight.__getitem__) if weight else 0.0


def mark_headings(lines: Sequence[PlacedLine], body: float) -> None:
    """Level-1 heading for lines set notably larger than the body text."""
    for pl in lines:
        pl.line.heading = 1 if body and pl.size >= 1.2 * body else None


@dataclass(slots=True)
class PlacedLine:
    """A text line outside tables, with where it sits (for ordering and header checks)."""

    line: Line
    top: float
    bottom: float
    x0: float
    size: float


def page_lines(words: Sequence[Word], page: int) -> list[PlacedLine]:
    """One `Line` per visual line of the words outside tables (headings come later)."""
    out: list[PlacedLine] = []
    for tl in group_lines(words):
        toks = _line_tokens(tl, tl.words)
        text = "".join(sep + t for sep, t, _ in toks).strip()
        if not text:
            continue
        bold = all(b for _, _, b in toks)
        out.append(PlacedLine(Line(text, page=page, bold=bold), tl.top, tl.bottom, tl.x0, tl.size))
    return out


def is_page_number(text: str) -> bool:
    """ "Page 3 of 7", "3 of 7", "3/7", "- 3 -" or a bare "3"."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def header_key(text: str) -> str:
    """A running header's identity: its text with numbers blanked out."""
    return re.sub(r"\d+", "#", " ".join(text.split()).lower())
