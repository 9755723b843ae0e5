"""What a report's cover says: that it is an inspection report, of whom, when, under what.

Recognition reads content, never the file name: an inspection report opens with
a title "Inspection of ..." and the inspection dates, and names the inspectorate
or its inspectors somewhere. Dates are printed as periods in words ("29 April – 22 May
2014", "20 to 24 January 2025"), which the plan date parser, tuned for due
dates, does not read; a small reader here does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from actionplan.normalizers.calendar import MONTHS
from actionplan.reports.lines import ReportLine
from actionplan.schemas import DueKind, Span

COVER_PAGES = 2
_TITLE = re.compile(r"^(?:re-?)?inspection of\b", re.I)
_INSPECTED = re.compile(r"^inspection dates?\s*:\s*(.+)$", re.I)
_PUBLISHED = re.compile(r"^report published\s*:\s*(.+)$", re.I)
_INSPECTORATE = re.compile(r"\bofsted\b|\binspectors?\b|\bHMI\b", re.I)
_LEAD = re.compile(r"^(inspection dates?|report published|lead inspector)\b", re.I)
_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)(?:\s+(\d{4}))?\b")
_AUTHORITY_IN_TITLE = re.compile(
    r"^(?:re-?)?inspection of (?!services\b|children)(.+?)(?: local authority)?"
    r" children[’']s services$",
    re.I,
)
# Title wording of the frameworks Ofsted has inspected councils' children's services under
_FRAMEWORKS = [
    (re.compile(r"children in need of help and protection", re.I), "SIF"),
    (re.compile(r"children[’']s (social care )?services$", re.I), "ILACS"),
    (re.compile(r"safeguarding and looked after children", re.I), "SLAC"),
]


@dataclass
class Cover:
    title: str | None
    authority: str | None
    framework: str | None
    inspection_date: Span | None
    report_date: Span | None


def is_report(lines: Sequence[ReportLine]) -> bool:
    """An inspection title and its dates on the cover, and the inspectorate named."""
    return has_cover(lines) and any(_INSPECTORATE.search(ln.text) for ln in lines)


def has_cover(lines: Sequence[ReportLine]) -> bool:
    """An inspection title and its dates within the first `COVER_PAGES` pages."""
    cover = [ln for ln in lines if ln.page <= COVER_PAGES]
    titled = any(_TITLE.match(ln.text) for ln in cover)
    dated = any(_INSPECTED.match(ln.text) for ln in cover)
    return titled and dated


def read_cover(lines: Sequence[ReportLine]) -> Cover:
    first = [ln for ln in lines if ln.page == lines[0].page] if lines else []
    title_at = next((i for i, ln in enumerate(first) if _TITLE.match(ln.text)), None)
    title = _title(first, title_at) if title_at is not None else None
    inspected = _field(lines, _INSPECTED)
    published = _field(lines, _PUBLISHED)
    return Cover(
        title=title,
        authority=_authority(first, title_at, title),
        framework=next((name for rx, name in _FRAMEWORKS if title and rx.search(title)), None),
        inspection_date=parse_period(inspected) if inspected else None,
        report_date=parse_period(published) if published else None,
    )


def _title(first: Sequence[ReportLine], at: int) -> str:
    """The title's wrapped lines, up to the dates (or a change of type size)."""
    parts = [first[at].text]
    for ln in first[at + 1 :]:
        if _LEAD.match(ln.text) or abs(ln.size - first[at].size) > 0.5 or ln.text == "and":
            break
        parts.append(ln.text)
    return " ".join(" ".join(parts).split())


def _authority(first: Sequence[ReportLine], at: int | None, title: str | None) -> str | None:
    """Named in the title ("Inspection of Harrow local authority children's services") or
    printed above it."""
    if title and (m := _AUTHORITY_IN_TITLE.match(title)):
        return m.group(1).strip()
    if not at:
        return None
    return " ".join(" ".join(ln.text for ln in first[:at]).split()) or None


def _field(lines: Sequence[ReportLine], pattern: re.Pattern[str]) -> str | None:
    for ln in lines:
        if ln.page > COVER_PAGES:
            return None
        if m := pattern.match(ln.text):
            return m.group(1).strip()
    return None


def parse_period(raw: str) -> Span:
    """'29 April – 22 May 2014' -> 2014-04-29..2014-05-22; a day without month or year
    takes them from the date after it ('20 to 24 January 2025')."""
    found = [
        (int(d), MONTHS.get(m.lower()), int(y) if y else None)
        for d, m, y in _DATE.findall(raw)
        if m.lower() in MONTHS
    ]
    bare = [int(d) for d in re.findall(r"\b(\d{1,2})\s*(?:to|–|-)\s*\d{1,2}\s+[A-Za-z]", raw)]
    if bare and found:
        found.insert(0, (bare[0], found[0][1], found[0][2]))
    dates: list[date] = []
    known: int | None = None  # the year of the next date, for one printed without
    for day, month, printed in reversed(found):
        known = printed or known
        if month is None or known is None:
            continue
        try:
            dates.insert(0, date(known, month, day))
        except ValueError:
            continue
    if not dates:
        return _span(raw=raw, kind=DueKind.OTHER)
    start, end = dates[0], dates[-1]
    if start > end:
        return _span(raw=raw, kind=DueKind.OTHER, warnings=[f"period ends before it starts: {raw}"])
    return _span(
        raw=raw, start=start, end=end, kind=DueKind.DATE if start == end else DueKind.RANGE
    )


def _span(**fields: object) -> Span:
    return Span.model_validate(fields)
