"""Document-level facts stated in the text: title, authority, inspection and report dates.

Relative timescales ("within 3 months") run from the date the plan says they
run from ("timescales run from the date the report was published, 30 June
2023"), failing that from the last day of the inspection, which is only taken
where the document ties a date to the word "inspection"; a report date
("progress as at 22nd October 2012") is never used as that anchor. A financial
year in the title ("Improvement Plan 2023-24") places quarters named without one.

The authority is recorded as the council's place name alone ("London Borough
of Barking and Dagenham", "Barking and Dagenham Council" and "Barking and
Dagenham Children's Services" all give "Barking and Dagenham"), so a plan and
the inspection report it answers pair up (actionplan.extract.engine.authority).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from actionplan.extract.engine.authority import AuthorityTally, join_broken_names, plain_title
from actionplan.normalizers.dates import parse_span, stated_financial_year
from actionplan.schemas import DueKind, Span

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = rf"(?:\d{{1,2}}\s*(?:st|nd|rd|th)?\s+)?{_MONTHS}\.?\s+\d{{4}}"
_INSPECTION = re.compile(
    rf"(?P<a>{_DATE})[^.;]{{0,60}}?\binspection\b|\binspection\b[^.;]{{0,60}}?(?P<b>{_DATE})",
    re.I,
)
_REPORT = re.compile(
    rf"\b(?:progress|position|update|updated|status)\b[^.;]{{0,25}}?\b(?:as\s+at|at|as\s+of)\s+"
    rf"(?P<d>{_DATE})",
    re.I,
)
_TIMESCALES_FROM = re.compile(
    r"\btime\s*(?:scales?|frames?)\b(?:\s+[\w,]+){0,4}?\s+(?:run|runs|running|start|starts"
    r"|begin|begins|calculated|measured|counted|taken|apply|applies)\s+from\b"
    rf"[^.;]{{0,80}}?(?P<d>{_DATE})",
    re.I,
)


@dataclass
class DocumentFacts:
    title: str | None = None
    authority: str | None = None
    inspection_date: Span | None = None
    report_date: Span | None = None
    timescales_from: Span | None = None
    financial_year: int | None = None
    """First year of the financial year the title names ("2019/20" -> 2019)."""

    @property
    def timescale_anchor(self) -> date | None:
        """Where relative timescales run from: the stated date, else the inspection's last day."""
        if self.timescales_from is not None:
            return self.timescales_from.start
        return self.inspection_date.end if self.inspection_date else None


def read_facts(title_lines: list[str], texts: Iterable[str]) -> DocumentFacts:
    """Facts from the lines outside tables (title first) and every other text."""
    facts = DocumentFacts(title=plain_title(title_lines))
    facts.financial_year = next(
        (y for y in map(stated_financial_year, title_lines) if y is not None), None
    )
    names = AuthorityTally()
    for text in [*join_broken_names(title_lines), *texts]:
        flat = " ".join(text.split())
        if facts.timescales_from is None:
            match = _TIMESCALES_FROM.search(flat)
            if match:
                facts.timescales_from = _month_or_date(match.group("d"))
        if facts.inspection_date is None:
            match = _INSPECTION.search(flat)
            if match:
                facts.inspection_date = _month_or_date(match.group("a") or match.group("b"))
        if facts.report_date is None:
            match = _REPORT.search(flat)
            if match:
                facts.report_date = _month_or_date(match.group("d"))
        names.add(text)
    facts.authority = names.best()
    return facts


def _month_or_date(text: str) -> Span | None:
    span = parse_span(text)
    return span if span.kind in (DueKind.DATE, DueKind.MONTH) else None
