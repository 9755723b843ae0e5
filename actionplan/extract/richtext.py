"""Cell text from the HTML and markdown fragments that text conversions leave in cells.

Block tags (p, li, br, ul, ol) become line breaks so the engine can still see
paragraphs and list items; inline tags (b, sup, u, i) vanish without a space;
entities are decoded. The bold run a cell opens with is kept, because plans put
labels and status words there ("<b>Completed</b> Group membership extended").
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# A tag never contains "<": with [^<>] every match attempt stops at the next "<",
# so a line of 200,000 "<" is cleaned in linear time, not quadratic.
_BLOCK = re.compile(r"</?(?:p|li|ul|ol|div|br|tr|td|th|table|h\d)\b[^<>]*>", re.I)
_TAG = re.compile(r"<[^<>]+>")
_BOLD_OPEN = re.compile(r"^\s*(?:<(?:p|div)\b[^<>]*>\s*)*(?:<b>|<strong>|\*\*)", re.I)
_BOLD_START = re.compile(r"<b>|<strong>|\*\*", re.I)
_BOLD_END = re.compile(r"</b>|</strong>|\*\*", re.I)
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")
_MARKDOWN_STRONG = re.compile(r"\*\*(.*?)\*\*", re.S)
_OPENS_LIST = re.compile(r"^\s*(?:<(?:p|div)\b[^<>]*>\s*)*<ol\b", re.I)


@dataclass(frozen=True, slots=True)
class RichText:
    text: str
    bold_lead: str | None
    numbered: bool = False


def clean(fragment: str) -> RichText:
    """Plain text of one cell or line, with its opening bold run."""
    bold_lead = None
    if _BOLD_OPEN.match(fragment):
        first = _first_bold_run(fragment)
        if first is not None:
            bold_lead = _flatten(first).replace("\n", " ").strip() or None
    return RichText(_flatten(fragment), bold_lead, bool(_OPENS_LIST.match(fragment)))


def _first_bold_run(fragment: str) -> str | None:
    """The text of the first closed bold run: one scan for its start, one for its end.

    (A lazy regex would rescan the rest of the line from every unclosed opener.)
    """
    start = _BOLD_START.search(fragment)
    end = _BOLD_END.search(fragment, start.end()) if start else None
    return fragment[start.end() : end.start()] if start and end else None


def _flatten(fragment: str) -> str:
    text = _BLOCK.sub("\n", fragment)
    text = _TAG.sub("", text)
    text = _MARKDOWN_STRONG.sub(r"\1", text)
    text = html.unescape(text)
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n", text)
    return text.strip()


def one_line(text: str | None) -> str | None:
    """Collapse paragraphs into one line, as records store text."""
    if text is None:
        return None
    flat = _SPACES.sub(" ", text.replace("\n", " ")).strip()
    return flat or None
