"""pdfplumber's `extract_words` with its default settings, in fewer Python steps.

Word grouping was the largest cost of reading a page once PDFium parsed it:
pdfplumber runs every character through generators, a general clustering
helper and a merge that zips boxes. This does the same steps for upright
text, in the same order and with the same comparisons, so its words are equal
to pdfplumber's, key for key; turned (not upright) text, rare in plans, goes to
pdfplumber itself.

The steps: characters are taken in runs that share uprightness and the extra
attributes; a run is cut into lines by clustering the characters' tops (a top
within `_Y_TOLERANCE` of the previous distinct top joins its line); each line
is sorted by x0; a word ends at a space, or where the next character starts
left of the previous one's start, more than `_X_TOLERANCE` right of its end,
or more than `_Y_TOLERANCE` above or below it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any

from pdfplumber.utils.text import DEFAULT_X_TOLERANCE, DEFAULT_Y_TOLERANCE, LIGATURES
from pdfplumber.utils.text import extract_words as plumber_words

Char = dict[str, Any]

_X_TOLERANCE = DEFAULT_X_TOLERANCE
_Y_TOLERANCE = DEFAULT_Y_TOLERANCE
_X0 = itemgetter("x0")
_LIGATURE_CHARS = frozenset(LIGATURES)  # each a single character


def extract_words(chars: Sequence[Char], extra_attrs: Sequence[str] = ()) -> list[Char]:
    """The words of `chars`, as `pdfplumber.utils.text.extract_words(chars, extra_attrs=...)`."""
    extra = list(extra_attrs)
    words: list[Char] = []
    for key, run in groupby(chars, itemgetter("upright", *extra)):
        if not (key[0] if extra else key):
            words.extend(plumber_words(list(run), extra_attrs=extra))
            continue
        for line in _lines(list(run)):
            _line_words(sorted(line, key=_X0), extra, words)
    return words


def _lines(run: list[Char]) -> list[list[Char]]:
    """The run's characters by line, lines top to bottom, each in the run's order."""
    cluster: dict[float, int] = {}
    last = None
    for top in sorted({c["top"] for c in run}):
        if last is not None and top > last + _Y_TOLERANCE:
            cluster[top] = cluster[last] + 1
        else:
            cluster[top] = cluster[last] if last is not None else 0
        last = top
    if len(set(cluster.values())) == 1:
        return [run]
    lines: list[list[Char]] = [[] for _ in range(cluster[last] + 1)] if last is not None else []
    for c in run:
        lines[cluster[c["top"]]].append(c)
    return lines


def _line_words(line: list[Char], extra: list[str], words: list[Char]) -> None:
    """Append the words of one line, its characters sorted left to right."""
    current: list[Char] = []
    x0 = x1 = top = 0.0  # of the current word's last character
    for c in line:
        text = c["text"]
        if text.isspace() or not text:
            if current:
                words.append(_word(current, extra))
                current = []
            if not text:  # pdfplumber's punctuation test lets an empty text stand alone
                words.append(_word([c], extra))
            continue
        next_x0, next_top = c["x0"], c["top"]
        if current and (
            next_x0 < x0 or next_x0 > x1 + _X_TOLERANCE or abs(next_top - top) > _Y_TOLERANCE
        ):
            words.append(_word(current, extra))
            current = []
        current.append(c)
        x0, x1, top = next_x0, c["x1"], next_top
    if current:
        words.append(_word(current, extra))


def _spelt_out(text: str) -> str:
    return LIGATURES.get(text, text)


def _word(chars: list[Char], extra: list[str]) -> Char:
    """pdfplumber's merge: the characters' joint box, text with ligatures spelt out."""
    first = chars[0]
    x0, top, x1, bottom = first["x0"], first["top"], first["x1"], first["bottom"]
    for c in chars[1:]:  # min() and max() keep the first of equals; so does this
        if c["x0"] < x0:
            x0 = c["x0"]
        if c["top"] < top:
            top = c["top"]
        if c["x1"] > x1:
            x1 = c["x1"]
        if c["bottom"] > bottom:
            bottom = c["bottom"]
    text = "".join([c["text"] for c in chars])
    if not _LIGATURE_CHARS.isdisjoint(text):
        text = "".join(_spelt_out(c["text"]) for c in chars)
    word = {
        "text": text,
        "x0": x0,
        "x1": x1,
        "top": top,
        "doctop": top + (first["doctop"] - first["top"]),
        "bottom": bottom,
        "upright": first["upright"],
        "height": bottom - top,
        "width": x1 - x0,
        "direction": "ltr",
    }
    for key in extra:
        word[key] = first[key]
    return word
