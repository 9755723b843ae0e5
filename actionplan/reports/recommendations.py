"""The recommendations of an inspection report, from its styled lines.

Inspectors print them as a list under a heading of a few known kinds: "What
needs to improve?", "Recommendations", "What does the local authority need to
improve?", or a timescale / priority group such as "Priority and immediate
action", "Areas for improvement", "Immediately", "Within three months". A list
runs until the next heading that is neither a group nor a topic; in between,
items open at a printed number or a bullet (or, where the bullet glyph did not
survive, at a paragraph gap), topic sub-headings (italic) label the items that
follow, and lines indented under an item, including an (i)-(iii) sub-list,
belong to it. Paragraphs elsewhere that merely cite a recommendation, e.g.
"... (Recommendation)", are findings, not recommendations, and are never read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from actionplan.reports.lines import ReportLine, body_size
from actionplan.schemas import Body, Recommendation

_SECTION = re.compile(
    r"^(what (does|do|should) the .{1,60} (need|needs) to improve\??"
    r"|what needs to improve\??|recommendations?|areas? for (action|development))$",
    re.I,
)
_GROUP = re.compile(
    r"^(priority and immediate actions?|priority actions?|immediate actions?|immediately"
    r"|areas for (further )?improvement|within (one|two|three|four|six|nine|twelve|\d+) "
    r"(months?|weeks?)|by [a-z]+ \d{4})$",
    re.I,
)
_BOARD = re.compile(
    r"\bLSCB\b|safeguarding children[’']?s? (board|partnership)|safeguarding board", re.I
)
_COUNCIL = re.compile(r"\blocal authority\b|\bcouncil\b", re.I)
_SUBITEM = re.compile(r"^\((?:[ivx]+|[a-h])\)\s")
_TOPIC_WORDS = 12
_HEADING_RATIO = 1.15


@dataclass
class _Item:
    lines: list[ReportLine]
    ref: str | None
    group: str | None
    topic: str | None
    sublist: list[int] = field(default_factory=list)  # indexes of lines opening a sub-item


def _clean_heading(text: str) -> str:
    return " ".join(text.split()).rstrip(":").strip()


def _is_heading(line: ReportLine, body: float) -> bool:
    return line.marker is None and (line.bold or line.size >= _HEADING_RATIO * body)


def _headings(lines: Sequence[ReportLine], body: float) -> list[tuple[int, int, str]]:
    """(first index, last index, text) of each heading, wrapped lines joined."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines):
        if not _is_heading(lines[i], body):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(lines)
            and _is_heading(lines[j + 1], body)
            and lines[j + 1].page == lines[j].page
            and abs(lines[j + 1].size - lines[j].size) < 0.5
            and lines[j + 1].top - lines[j].top <= 1.5 * lines[j].size
        ):
            j += 1
        out.append((i, j, _clean_heading(" ".join(ln.text for ln in lines[i : j + 1]))))
        i = j + 1
    return out


def find_recommendations(lines: Sequence[ReportLine]) -> list[Recommendation]:
    """Every recommendation of the report, in document order."""
    body = body_size(lines)
    heads = _headings(lines, body)
    found: list[Recommendation] = []
    k = 0
    while k < len(heads):
        _, end, text = heads[k]
        if not (_SECTION.match(text) or _GROUP.match(text)):
            k += 1
            continue
        section = text if _SECTION.match(text) else _previous_heading(heads, k)
        addressee = _body(heads, k)
        group: str | None = text if _GROUP.match(text) else None
        cursor = end + 1
        k += 1
        while True:
            stop = heads[k][0] if k < len(heads) else len(lines)
            items = _items(lines[cursor:stop], group, body)
            found.extend(_recommendation(item, section, addressee) for item in items)
            if k < len(heads) and _GROUP.match(heads[k][2]):
                if not items and group:  # "Areas for improvement", then timescale groups
                    section = group
                group = heads[k][2]
                cursor = heads[k][1] + 1
                k += 1
                continue
            break
    return found


def _previous_heading(heads: Sequence[tuple[int, int, str]], k: int) -> str | None:
    """The heading a group heading sits under: the last one before it that is not a group."""
    for _, _, text in reversed(heads[:k]):
        if not _GROUP.match(text):
            return text
    return None


def _body(heads: Sequence[tuple[int, int, str]], k: int) -> Body:
    """Whom a list addresses: the nearest heading at or above it that names a body decides."""
    for _, _, text in reversed(heads[: k + 1]):
        if _BOARD.search(text):
            return Body.SAFEGUARDING_BOARD
        if _COUNCIL.search(text):
            return Body.LOCAL_AUTHORITY
    return Body.LOCAL_AUTHORITY


def _items(lines: Sequence[ReportLine], group: str | None, body: float) -> list[_Item]:
    """The list items among the lines between two headings; other prose ends the list."""
    pitch = _line_pitch(lines, body)
    if lines and not any(ln.marker for ln in lines):
        return _paragraph_items(lines, group, body, pitch)
    items: list[_Item] = []
    topic: str | None = None
    prev: ReportLine | None = None
    start = _intro_end(lines)
    for i, line in enumerate(lines):
        if i < start:
            continue
        gap = prev is None or line.page != prev.page or line.top - prev.top > 1.5 * pitch
        current = items[-1] if items else None
        if line.size < 0.9 * body:  # a footnote or caption: not part of any item
            prev = line
            continue
        if line.marker:
            items.append(_Item([line], line.ref, group, topic))
        elif _is_topic(line, lines[i + 1 :], current):
            topic = line.text
        elif current is not None and _continues(line, current, gap):
            if _SUBITEM.match(line.text):
                current.sublist.append(len(current.lines))
            current.lines.append(line)
        else:
            break
        prev = line
    return items


def _intro_end(lines: Sequence[ReportLine]) -> int:
    """Where the items start: after an introduction ending in a colon ("... should take
    the following action:"), if one comes before the first item."""
    first = next((i for i, ln in enumerate(lines) if ln.marker), len(lines))
    return max((i + 1 for i, ln in enumerate(lines[:first]) if ln.text.endswith(":")), default=0)


def _paragraph_items(
    lines: Sequence[ReportLine], group: str | None, body: float, pitch: float
) -> list[_Item]:
    """A list whose bullets left no character: each paragraph is an item, except an
    introduction ending in a colon."""
    paragraphs: list[list[ReportLine]] = []
    for line in lines:
        if line.size < 0.9 * body:
            continue
        prev = paragraphs[-1][-1] if paragraphs else None
        if prev and line.page == prev.page and line.top - prev.top <= 1.5 * pitch:
            paragraphs[-1].append(line)
        elif prev and line.page != prev.page and not re.search(r"[.;:!?]$", prev.text):
            paragraphs[-1].append(line)  # a sentence running on over the page turn
        else:
            paragraphs.append([line])
    return [
        _Item(para, None, group, None)
        for para in paragraphs
        if not para[-1].text.rstrip().endswith(":")
    ]


def _line_pitch(lines: Sequence[ReportLine], body: float) -> float:
    """The distance between wrapped lines; a stretch of one line per page falls back
    on the usual leading for the body size."""
    pitches = [
        b.top - a.top for a, b in itertools.pairwise(lines) if a.page == b.page and b.top > a.top
    ]
    return min([*pitches, 1.3 * body])


def _is_topic(line: ReportLine, following: Sequence[ReportLine], current: _Item | None) -> bool:
    """A short italic (or unpunctuated, flush-left) label followed by an item."""
    if len(line.text.split()) > _TOPIC_WORDS or line.text.rstrip()[-1:] in ".;,:":
        return False
    nxt = next((ln for ln in following if ln.page == line.page or ln.page == line.page + 1), None)
    if nxt is None or nxt.marker is None:
        return False
    if line.italic:
        return True
    return current is not None and line.x0 <= current.lines[0].x0 + 2.0


def _continues(line: ReportLine, item: _Item, gap: bool) -> bool:
    """Whether a line belongs to the item above: it wraps on (no paragraph gap, not
    outdented), or, after a gap, it is indented under the item's marker (a sub-list)."""
    first = item.lines[0]
    if not gap:
        return line.x0 >= first.x0 - 2.0
    return line.x0 > first.x0 + 2.0


def _recommendation(item: _Item, section: str | None, addressee: Body) -> Recommendation:
    first = item.lines[0]
    same_page = [ln for ln in item.lines if ln.page == first.page]
    return Recommendation(
        body=addressee,
        section=section,
        group=item.group,
        topic=item.topic,
        ref=item.ref,
        text=_join(item),
        page=first.page,
        bbox=(
            round(min(ln.x0 for ln in same_page), 1),
            round(first.top, 1),
            round(max(ln.x1 for ln in same_page), 1),
            round(max(ln.bottom for ln in same_page), 1),
        ),
    )


def _join(item: _Item) -> str:
    """Wrapped lines joined with a space (none after a word-joining hyphen); sub-items on
    their own lines."""
    text = ""
    for n, line in enumerate(item.lines):
        if n == 0:
            text = line.text
        elif n in item.sublist:
            text += "\n" + line.text
        elif re.search(r"\w-$", text) and not re.search(r"\s\d+-$", text):
            text += line.text
        else:
            text += " " + line.text
    return text.strip()
