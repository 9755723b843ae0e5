"""Due, start and timescale cells read into `Span`s: the period a plan promised.

Council plans write dates every way a person can type them ("31/10/2012",
"31- July- 2011", "25 th February 2012", "End of April 2013", "Q2 2014/15",
"6 months", "To commence wef April 2013", "TBC"), often inside a sentence. A
small deterministic grammar reads the common forms, UK day-first; dateparser is
consulted only as a strict, never-relative fallback for a short cell the grammar
cannot read. Results for a text are cached, so a long run pays once per string.

Conventions (see README of the gold labels):

- a full date gives kind ``date`` (start = end); a month ``month``; a year, or a
  UK financial year "2012/13" (1 April to 31 March), gives ``year``;
- "End of April 2013" is the last day, kind ``date``, and so is the end of a
  quarter, term or year ("end Q3 2014/15", "end of summer term 2017");
- several dates in one cell give a ``range`` covering all of them, except that
  dates in brackets only annotate a dated main text, and a revision
  ("X revised to Y", "Y (revised from X)") keeps the old span in ``revised_from``;
- "X onwards", "to commence wef X", "from X" give ``ongoing`` from the start of X
  with an open end ("Monthly from March 2016" too); recurring words ("Ongoing",
  "Quarterly"), and a cell opening with one whatever dates follow ("Ongoing but
  particular focus 2019-20"), give ``ongoing`` with no dates;
- a quarter with no year ("end Q2", "by Q3") is placed in the plan's own
  financial year when the caller gives one, else stays ``other`` with a warning;
- "6 months", "Within three months", "Immediately" give ``relative`` and are
  resolved to dates only against an explicit ``anchor``, never against today;
- a spreadsheet date cell is read at the precision its displayed text shows
  ("Oct-21" for 1 October 2021 is that month);
- anything to be confirmed/determined/agreed gives ``tbc``; "Complete(d)" gives
  ``none`` with a ``completed`` status hint; other undated text gives ``other``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from actionplan.normalizers.calendar import (
    MAX_YEAR,
    MIN_YEAR,
    MONTHS,
    add_months,
    calendar_quarter,
    clamped_date,
    financial_quarter,
    financial_year,
    full_year,
    month_span,
    three_months_ending,
    week_from,
)
from actionplan.schemas.models import DueKind, Span, StatusValue

__all__ = ["clear_cache", "parse_span", "stated_financial_year"]

# --------------------------------------------------------------------------- text clean-up

_TAG = re.compile(r"<[^<>]*>")  # [^<>]: linear on a line of unclosed "<"
_DASHES = re.compile(r"[\u2010-\u2015\u2212\u2043]")
_SPACE = re.compile(r"\s+")


def _clean(raw: str) -> str:
    """One line of plain text: tags and entities gone, dashes and spaces unified."""
    text = html.unescape(_TAG.sub(" ", raw)) if "<" in raw or "&" in raw else raw
    text = _DASHES.sub("-", text.replace("\u00a0", " "))
    return _SPACE.sub(" ", text).strip()


# --------------------------------------------------------------------------- grammar pieces

_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary|uary|urary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_ORD = r"\s*(?:st|nd|rd|th)\b"
_YEAR4 = r"(?P<y>(?:19|20)\d{2})"
_YEAR = r"(?P<y>(?:19|20)\d{2}|\d{2})"
_GAP = r"[\s\-/.,']*"


def _named(pattern: str, **names: str) -> str:
    """Rename the shared group names so one pattern can hold two months/years."""
    for old, new in names.items():
        pattern = pattern.replace(f"(?P<{old}>", f"(?P<{new}>")
    return pattern


_ISO = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
_NUMERIC = re.compile(
    r"(?<![\d/.])(?P<d>\d{1,2})\s*(?P<s>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=s)\s*"
    r"(?P<y>(?:19|20)\d{2}|\d{2})(?![\d/.]\d)"
)
_DAY_RANGE = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:{_ORD})?\s*(?:-|to|until)\s*(?P<d>\d{{1,2}})(?:{_ORD})?"
    rf"{_GAP}(?:of\s+)?{_MON}{_GAP}{_YEAR4}\b",
    re.I,
)
_DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:{_ORD})?{_GAP}(?:of\s+)?{_MON}{_GAP}{_YEAR}\b(?![/.]\d)", re.I
)
_MONTH_DAY_YEAR = re.compile(rf"\b{_MON}\s*(?P<d>\d{{1,2}})(?:{_ORD})?,?\s+{_YEAR4}\b", re.I)
_MONTH_RANGE = re.compile(
    rf"\b{_named(_MON, mon='mon1')}(?:\s*(?P<y1>(?:19|20)\d{{2}}))?"
    r"\s*(?:-|/|to|until|through|and|&)\s*"
    rf"{_MON}{_GAP}{_YEAR4}\b",
    re.I,
)
_SHORT_MONTH_RANGE = re.compile(
    rf"\b{_named(_MON, mon='mon1')}(?:\s*[\-'’]\s*|\s+)(?P<y1>\d{{2}})"
    r"\s*(?:-|to|until|through)\s*"
    rf"{_MON}(?:\s*[\-'’]\s*|\s+)(?P<y>\d{{2}})\b(?![/.:]\d)(?!,?\s*(?:19|20)\d{{2}})",
    re.I,
)
"""Months with two-digit years, "Nov 19 - Feb 20": November 2019 to February 2020."""
_NUMERIC_MONTH = re.compile(
    r"(?<![\d/.])(?P<m>0?[1-9]|1[0-2])\s*/\s*(?P<y>(?:19|20)\d{2})(?![\d/])"
)
"""Month and four-digit year, "03/2013", as spreadsheets export a month."""
_FY = r"(?P<fy>(?:19|20)\d{2})\s*[/\-]\s*(?P<fy2>(?:19|20)?\d{2})\b"
_QUARTER = re.compile(
    rf"\b(?:q(?:tr|uarter)?\s*(?P<q>[1-4])|(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)"
    rf"\s+quarter)\b(?:\s*(?:of\s+)?(?:(?:the\s+)?(?:fy|financial\s+year)\s*)?"
    rf"(?:{_FY}|{_YEAR4}\b|(?P<fys>\d{{2}})\s*/\s*(?P<fys2>\d{{2}})\b))?",
    re.I,
)
_FY_QUARTER = re.compile(
    rf"\b{_FY}\s*[,:\-]?\s*(?:q(?:tr|uarter)?\s*(?P<q>[1-4])"
    r"|(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)\b",
    re.I,
)
"""A financial year before its quarter: "2019-20 Q3" is October-December 2019."""
_FINANCIAL_YEAR = re.compile(rf"\b(?:fy\s*)?{_FY}", re.I)
_MONTH_YEAR = re.compile(rf"\b{_MON}{_GAP}{_YEAR4}\b", re.I)
_MONTH_SHORT_YEAR = re.compile(
    rf"\b{_MON}(?:\s*[\-'’]\s*|\s+)(?P<y>\d{{2}})\b(?![/.:]\d)(?!\s*(?:st|nd|rd|th)\b)", re.I
)
"""A month and a two-digit year, "Mar-25" or "Sept 24": plans write months with years,
so "March 25" in a due cell is March 2025, not the 25th."""
_SEASON = re.compile(
    rf"\b(?P<season>spring|summer|autumn|winter)(?:\s+term)?{_GAP}{_YEAR4}\b", re.I
)
_BARE_YEAR = re.compile(r"(?<![\d/.£$])\b(?P<y>(?:19|20)\d{2})\b(?![/.]\d)")
_ACT_YEAR = re.compile(r"\bact\s*$", re.I)

_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "winter": (12, 3)}
"""Meteorological seasons: (first month, length). Winter 2013 is Dec 2013-Feb 2014."""
_SCHOOL_TERMS = {"spring": (1, 3), "summer": (4, 4), "autumn": (9, 4)}
"""School terms ("Autumn term 2013"): (first month, length), end to end without overlap,
spring ending with March as it does most years (Easter falls late March or April)."""

# cues read around the dates
_END_OF = re.compile(r"\b(?:the\s+)?end\s+(?:of\s+)?(?:the\s+)?(?:month\s+of\s+)?$", re.I)
_START_OF = re.compile(r"\b(?:the\s+)?(?:start|beginning)\s+(?:of\s+)?(?:the\s+)?$", re.I)
_WEEK_COMMENCING = re.compile(
    r"(?:\bw/?[cb]\b\.?|\bweek\s+(?:commencing|beginning|starting)(?:\s+on)?)\s*$", re.I
)
_WEEK_ENDING = re.compile(r"(?:\bw/?e\b\.?|\bweek\s+ending(?:\s+on)?)\s*$", re.I)
_FROM = re.compile(r"\b(?:from|after|starting|commencing|beginning)\s*$", re.I)
_OPEN_END = re.compile(r"\bonwards?\b|\bcommenc\w*|\bstart(?:s|ing)?\b", re.I)
_BARE_QUARTER = re.compile(r"\bq(?:tr|uarter)?\s*[1-4]\b", re.I)
_YEARLESS_QUARTER = re.compile(
    r"^\W*(?:(?P<end>(?:by\s+)?(?:the\s+)?end\s+(?:of\s+)?(?:the\s+)?)|(?:by|in|during)\s+)?"
    r"(?:q(?:tr|uarter)?\s*(?P<q>[1-4])|(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)"
    r"\s+quarter)\b",
    re.I,
)
"""A cell that is a quarter with no year ("end Q2", "by Q3", "Q4"): the plan's year decides."""
_OPENS_RECURRING = re.compile(
    r"^\W*(?:on[\s-]?going|continuous|continual|(?:bi-?)?(?:daily|weekly|fortnightly|monthly"
    r"|quarterly|annual(?:ly)?|yearly|termly)|regular(?:ly)?|rolling)\b",
    re.I,
)
"""A cell that opens with a cycle ("Ongoing but particular focus 2019-20"): its dates are
a focus within the cycle, not a deadline."""
_TBC = re.compile(
    r"\btb[cda]\b|\bto\s+be\s+(?:confirmed|determined|agreed|decided|arranged|advised|set"
    r"|finalised|finalized|scheduled)\b|\b(?:not\s+yet|yet\s+to\s+be)\s+(?:known|set|agreed"
    r"|confirmed|determined)\b|\bunder\s+review\b",
    re.I,
)
_COMPLETED = re.compile(
    r"^\W*(?:completed?|achieved|done|closed|finished|delivered|met|in\s+place\s+already"
    r"|already\s+in\s+place)\b",
    re.I,
)
_OVERDUE = re.compile(r"^\W*(?:overdue|delayed|slipped|behind)\b", re.I)
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "eighteen": 18, "twenty-four": 24,
}  # fmt: skip
_RELATIVE = re.compile(
    r"\b(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|eighteen|twenty-four)\s*(?:-\s*)?(?P<unit>months?|mths?|weeks?|wks?|years?|days?)\b",
    re.I,
)
_IMMEDIATE = re.compile(r"\bimmediate(?:ly)?\b|\bwith\s+immediate\s+effect\b|\basap\b", re.I)
_RECURRING = re.compile(
    r"\bon[\s-]?going\b|\bcontinu(?:ous|ing|al|ally|ously)\b|\bregular(?:ly)?\b"
    r"|\b(?:bi-?)?(?:daily|weekly|fortnightly|monthly|quarterly|annual(?:ly)?|yearly|termly)\b"
    r"|\b(?:six|6|twelve|12|three|3)[\s-]monthly\b|\brolling\b|\broutine(?:ly)?\b"
    r"|\bbusiness\s+as\s+usual\b|\bbau\b|\bas\s+(?:and\s+when\s+)?required\b"
    r"|\bthroughout\b|\bcyclical\b|\bannual\s+cycle\b",
    re.I,
)
_THEN_CYCLE = re.compile(r"^\W*(?:and\s+)?(?:then|thereafter)\b|\bthereafter\W*$", re.I)
"""After a date, "then termly" / "and monthly thereafter": a cycle that starts on the date."""
_DATEISH = re.compile(rf"\d|{_MON}", re.I)
_MONTH_WORD = re.compile(rf"\b{_MON}", re.I)

# revisions
_REVISION_VERB = (
    r"(?:revised|changed|moved|amended|extended|deferred|rescheduled|re-scheduled|slipped"
    r"|put\s+back|brought\s+forward|postponed)"
)
_REVISED_FROM = re.compile(
    rf"\(?\s*(?:date\s+|timescale\s+)?{_REVISION_VERB}\s+from\s*:?\s*(?P<old>[^()]+?)\s*(?:\)|$)"
    r"|\(\s*(?:was|originally|previously)\s*:?\s*(?P<old2>[^()]+?)\s*\)",
    re.I,
)
_REVISED_TO = re.compile(
    rf"^(?P<old>.+?)\s*[,;:]?\s*(?:-\s*)?(?:(?:timescale\s+|date\s+)?{_REVISION_VERB}\s+(?:to|until)"
    r"|now(?:\s+to\s+be)?)\s*:?\s*(?P<new>.+)$",
    re.I,
)


# --------------------------------------------------------------------------- parse results


@dataclass(frozen=True, slots=True)
class _Mention:
    """One date expression found in the text, with where it sits."""

    start: date
    end: date
    kind: DueKind
    pos: int
    stop: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Parsed:
    """The anchor-independent reading of one text; cached, turned into a `Span`."""

    kind: DueKind
    start: date | None = None
    end: date | None = None
    duration_months: int | None = None
    duration_days: int | None = None
    status_hint: StatusValue | None = None
    revised_from: _Parsed | None = None
    warnings: tuple[str, ...] = field(default=())
    quarter: int | None = None
    """A quarter named with no year, resolved against the plan's financial year."""
    quarter_end: bool = False
    """Whether that quarter was given as "end <quarter>": a deadline on its last day."""


# --------------------------------------------------------------------------- mention finders


def _valid_year(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def _day_mention(
    year: int, month: int, day: int, pos: int, stop: int, text: str
) -> _Mention | None:
    """A full date, clamped into its month (with a warning) when the day overflows."""
    if not _valid_year(year) or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    value, clamped = clamped_date(year, month, day)
    warnings = (f"impossible date {text!r} clamped to {value.isoformat()}",) if clamped else ()
    return _Mention(value, value, DueKind.DATE, pos, stop, warnings)


def _numeric(m: re.Match[str]) -> _Mention | None:
    day, month = int(m["d"]), int(m["m"])
    year = full_year(m["y"])
    found = _day_mention(year, month, day, m.start(), m.end(), m[0])
    if found is None and month > 12 >= day >= 1:
        # month-first typed by mistake ("12/31/2013"): read it, but say so
        swapped = _day_mention(year, day, month, m.start(), m.end(), m[0])
        if swapped is not None:
            note = f"{m[0]!r} is not day-first; read as month-first"
            return _Mention(
                swapped.start,
                swapped.end,
                swapped.kind,
                swapped.pos,
                swapped.stop,
                (*swapped.warnings, note),
            )
    return found


def _iso(m: re.Match[str]) -> _Mention | None:
    return _day_mention(int(m["y"]), int(m["m"]), int(m["d"]), m.start(), m.end(), m[0])


def _day_month_year(m: re.Match[str]) -> _Mention | None:
    month = MONTHS[m["mon"].lower().rstrip(".")]
    return _day_mention(full_year(m["y"]), month, int(m["d"]), m.start(), m.end(), m[0])


def _day_range(m: re.Match[str]) -> _Mention | None:
    month = MONTHS[m["mon"].lower().rstrip(".")]
    first = _day_mention(int(m["y"]), month, int(m["d1"]), m.start(), m.end(), m[0])
    last = _day_mention(int(m["y"]), month, int(m["d"]), m.start(), m.end(), m[0])
    if first is None or last is None or first.start > last.end:
        return None
    return _Mention(
        first.start, last.end, DueKind.RANGE, m.start(), m.end(), first.warnings + last.warnings
    )


def _month_range(m: re.Match[str]) -> _Mention | None:
    year = int(m["y"])
    first_month = MONTHS[m["mon1"].lower().rstrip(".")]
    last_month = MONTHS[m["mon"].lower().rstrip(".")]
    first_year = int(m["y1"]) if m["y1"] else (year if first_month <= last_month else year - 1)
    if not (_valid_year(year) and _valid_year(first_year)):
        return None
    start, end = month_span(first_year, first_month)[0], month_span(year, last_month)[1]
    if start > end:
        return None
    return _Mention(start, end, DueKind.RANGE, m.start(), m.end())


def _short_month_range(m: re.Match[str]) -> _Mention | None:
    """ "Nov 19 - Feb 20": two-digit years a year or two apart, in order."""
    first_year, year = full_year(m["y1"]), full_year(m["y"])
    if not 0 <= year - first_year <= 2:
        return None
    start = month_span(first_year, MONTHS[m["mon1"].lower().rstrip(".")])[0]
    end = month_span(year, MONTHS[m["mon"].lower().rstrip(".")])[1]
    if start > end:
        return None
    return _Mention(start, end, DueKind.RANGE, m.start(), m.end())


def _fy_start(m: re.Match[str]) -> int | None:
    """The first year of "2014/15" or "2014/2015", when the two years are consecutive."""
    first, second = m["fy"], m["fy2"]
    year = int(first)
    follower = int(second) if len(second) == 4 else (year // 100) * 100 + int(second)
    return year if follower == year + 1 and _valid_year(year) else None


def _quarter_number(m: re.Match[str]) -> int:
    """1-4 from "Q3", "third quarter" or "3rd quarter"."""
    if m["q"]:
        return int(m["q"])
    word = m["qw"].lower()
    return _QUARTER_WORDS.get(word) or int(word[0])


def _fy_quarter(m: re.Match[str]) -> _Mention | None:
    fy = _fy_start(m)
    if fy is None:
        return None
    start, end = financial_quarter(fy, _quarter_number(m))
    return _Mention(start, end, DueKind.QUARTER, m.start(), m.end())


def _quarter(m: re.Match[str]) -> _Mention | None:
    number = _quarter_number(m)
    if m["fy"]:
        fy = _fy_start(m)
        if fy is None:
            return None
        start, end = financial_quarter(fy, number)
    elif m["y"]:
        if not _valid_year(int(m["y"])):
            return None
        start, end = calendar_quarter(int(m["y"]), number)
    elif m["fys"]:
        # "Q1 24/25": a financial year written with two-digit years, only after a quarter
        first, second = int(m["fys"]), int(m["fys2"])
        if second != (first + 1) % 100:
            return None
        start, end = financial_quarter(2000 + first, number)
    else:
        return None  # a bare "Q3" is resolved later from the dates around it
    return _Mention(start, end, DueKind.QUARTER, m.start(), m.end())


def _financial_year(m: re.Match[str]) -> _Mention | None:
    fy = _fy_start(m)
    if fy is None:
        return None
    start, end = financial_year(fy)
    return _Mention(start, end, DueKind.YEAR, m.start(), m.end())


def _month_year(m: re.Match[str]) -> _Mention | None:
    year = full_year(m["y"])
    if not _valid_year(year):
        return None
    start, end = month_span(year, MONTHS[m["mon"].lower().rstrip(".")])
    return _Mention(start, end, DueKind.MONTH, m.start(), m.end())


def _numeric_month(m: re.Match[str]) -> _Mention | None:
    year = int(m["y"])
    if not _valid_year(year):
        return None
    start, end = month_span(year, int(m["m"]))
    return _Mention(start, end, DueKind.MONTH, m.start(), m.end())


def _season(m: re.Match[str]) -> _Mention | None:
    year = int(m["y"])
    name = m["season"].lower()
    table = _SCHOOL_TERMS if "term" in m[0].lower() and name in _SCHOOL_TERMS else _SEASONS
    first, length = table[name]
    start = date(year, first, 1)
    end = add_months(start, length) - timedelta(days=1)
    return _Mention(start, end, DueKind.RANGE, m.start(), m.end())


def _bare_year(m: re.Match[str], text: str) -> _Mention | None:
    year = int(m["y"])
    if not _valid_year(year) or _ACT_YEAR.search(text, 0, m.start()):
        return None
    return _Mention(date(year, 1, 1), date(year, 12, 31), DueKind.YEAR, m.start(), m.end())


_FINDERS = (
    (_ISO, _iso),
    (_NUMERIC, _numeric),
    (_SHORT_MONTH_RANGE, _short_month_range),
    (_FY_QUARTER, _fy_quarter),
    (_DAY_RANGE, _day_range),
    (_DAY_MONTH_YEAR, _day_month_year),
    (_MONTH_DAY_YEAR, _day_month_year),
    (_MONTH_RANGE, _month_range),
    (_NUMERIC_MONTH, _numeric_month),
    (_QUARTER, _quarter),
    (_FINANCIAL_YEAR, _financial_year),
    (_MONTH_YEAR, _month_year),
    (_MONTH_SHORT_YEAR, _month_year),
    (_SEASON, _season),
)
"""Most specific first: a later pattern never reads text an earlier one consumed."""


def _modified(mention: _Mention, text: str) -> _Mention:
    """Apply the words just before a date: "end of", "start of", "w/c", "w/e"."""
    before = text[max(0, mention.pos - 40) : mention.pos]
    if mention.kind is not DueKind.DATE:
        if _END_OF.search(before):
            return _Mention(
                mention.end, mention.end, DueKind.DATE, mention.pos, mention.stop, mention.warnings
            )
        if _START_OF.search(before):
            return _Mention(
                mention.start,
                mention.start,
                DueKind.DATE,
                mention.pos,
                mention.stop,
                mention.warnings,
            )
        return mention
    if _WEEK_COMMENCING.search(before):
        start, end = week_from(mention.start)
        return _Mention(start, end, DueKind.RANGE, mention.pos, mention.stop, mention.warnings)
    if _WEEK_ENDING.search(before):
        start, end = week_from(mention.start - timedelta(days=6))
        return _Mention(start, end, DueKind.RANGE, mention.pos, mention.stop, mention.warnings)
    return mention


def _mentions(text: str) -> list[_Mention]:
    """Every date expression in the text, in reading order, none overlapping."""
    taken: list[tuple[int, int]] = []
    found: list[_Mention] = []

    def free(start: int, stop: int) -> bool:
        return all(stop <= a or start >= b for a, b in taken)

    for pattern, reader in _FINDERS:
        for match in pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            mention = reader(match)
            if mention is not None:
                taken.append((match.start(), match.end()))
                found.append(mention)
    for match in _BARE_YEAR.finditer(text):
        if free(match.start(), match.end()):
            mention = _bare_year(match, text)
            if mention is not None:
                taken.append((match.start(), match.end()))
                found.append(mention)
    found.sort(key=lambda m: m.pos)
    return [_modified(m, text) for m in found]


def _in_parens(text: str, pos: int) -> bool:
    """Whether `pos` sits inside an unclosed bracket."""
    prefix = text[:pos]
    return prefix.count("(") > prefix.count(")")


# --------------------------------------------------------------------------- cell reading


def _status_hint(text: str) -> StatusValue | None:
    if _COMPLETED.search(text):
        return StatusValue.COMPLETED
    if _OVERDUE.search(text):
        return StatusValue.OFF_TRACK
    return None


def _undated(text: str, hint: StatusValue | None) -> _Parsed:
    """A cell with no readable date: tbc, status, relative, recurring or other."""
    if _TBC.search(text):
        return _Parsed(DueKind.TBC, status_hint=hint)
    quarter = _YEARLESS_QUARTER.match(text)
    if quarter:
        note = f"{quarter[0].strip()!r} names no year and the plan states no financial year"
        return _Parsed(
            DueKind.OTHER,
            status_hint=hint,
            warnings=(note,),
            quarter=_quarter_number(quarter),
            quarter_end=bool(quarter["end"]),
        )
    relative = None if hint else _RELATIVE.search(text)
    if relative:
        count = relative["n"].lower()
        n = int(count) if count.isdigit() else _NUMBER_WORDS[count]
        unit = relative["unit"].lower()
        if unit.startswith(("m", "y")):
            months = n * 12 if unit.startswith("y") else n
            return _Parsed(DueKind.RELATIVE, duration_months=months, status_hint=hint)
        days = n * 7 if unit.startswith("w") else n
        return _Parsed(DueKind.RELATIVE, duration_days=days, status_hint=hint)
    if not hint and _IMMEDIATE.search(text):
        return _Parsed(DueKind.RELATIVE, duration_months=0)
    if hint:
        return _Parsed(DueKind.NONE, status_hint=hint)
    if _RECURRING.search(text):
        return _Parsed(DueKind.ONGOING)
    fallback = _dateparser_fallback(text)
    if fallback is not None:
        return fallback
    warnings = ("month named without a year",) if _MONTH_WORD.search(text) else ()
    return _Parsed(DueKind.OTHER, warnings=warnings)


def _dated(text: str, mentions: list[_Mention], hint: StatusValue | None) -> _Parsed:
    """Combine the dates found in a cell into one span."""
    main = [m for m in mentions if not _in_parens(text, m.pos)] or mentions
    warnings = tuple(w for m in main for w in m.warnings)
    start = min(m.start for m in main)
    end = max(m.end for m in main)
    distinct = {(m.start, m.end) for m in main}
    first = main[0]

    tbc = _TBC.search(text)
    if tbc and tbc.start() < first.pos:
        note = f"date {text[first.pos : first.stop]!r} to be confirmed"
        return _Parsed(DueKind.TBC, status_hint=hint, warnings=(*warnings, note))
    if tbc:
        warnings = (*warnings, "date marked as to be confirmed")

    bare_quarter = _BARE_QUARTER.search(text)
    if (
        bare_quarter
        and not _in_parens(text, bare_quarter.start())
        and first.kind is not DueKind.QUARTER
        and all(_in_parens(text, m.pos) or m.pos > bare_quarter.start() for m in mentions)
    ):
        # "During Q3 (by end of December 2013)": the quarter that ends with that date
        q_start, q_end = three_months_ending(end)
        return _Parsed(DueKind.QUARTER, q_start, q_end, status_hint=hint, warnings=warnings)

    if len(distinct) == 1:
        before = text[max(0, first.pos - 30) : first.pos]
        bounded = first.kind is DueKind.RANGE  # "week commencing 14 July" has its own end
        if not bounded and (_OPEN_END.search(text) or _FROM.search(before)):
            return _Parsed(DueKind.ONGOING, start, None, status_hint=hint, warnings=warnings)
        after = text[first.stop :]
        if _THEN_CYCLE.search(after) and _RECURRING.search(after):
            return _Parsed(DueKind.ONGOING, start, None, status_hint=hint, warnings=warnings)
    if _OPENS_RECURRING.match(text):
        return _Parsed(DueKind.ONGOING, status_hint=hint, warnings=warnings)
    if len(distinct) == 1:
        return _Parsed(first.kind, start, end, status_hint=hint, warnings=warnings)
    return _Parsed(DueKind.RANGE, start, end, status_hint=hint, warnings=warnings)


def _revision(text: str) -> _Parsed | None:
    """ "Y (revised from X)" / "X revised to Y": the new span, the old kept beside it."""
    found = _REVISED_FROM.search(text)
    if found:
        old_text = found["old"] or found["old2"]
        new_text = (text[: found.start()] + " " + text[found.end() :]).strip()
    else:
        found = _REVISED_TO.search(text)
        if not found:
            return None
        old_text, new_text = found["old"], found["new"]
    old, new = _read(old_text, revisions=False), _read(new_text, revisions=False)
    if old.start is None or new.start is None:
        return None
    return _Parsed(
        new.kind,
        new.start,
        new.end,
        new.duration_months,
        new.duration_days,
        new.status_hint,
        old,
        new.warnings,
    )


def _read(text: str, *, revisions: bool = True) -> _Parsed:
    """The whole reading of one cleaned text, without an anchor."""
    if not text:
        return _Parsed(DueKind.NONE)
    if revisions and re.search(r"revis|chang|moved|amend|extend|defer|schedul|slipp|put back"
                               r"|brought|postpon|\bnow\b|\bwas\b|originally|previously",
                               text, re.I):  # fmt: skip
        revised = _revision(text)
        if revised is not None:
            return revised
    hint = _status_hint(text)
    mentions = _mentions(text)
    if not mentions:
        return _undated(text, hint)
    return _dated(text, mentions, hint)


_FALLBACK_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],
    "RELATIVE_BASE": datetime(1900, 1, 1),
    "RETURN_AS_TIMEZONE_AWARE": False,
}
"""dateparser, made deterministic: absolute dates only, never relative to today."""


def _dateparser_fallback(text: str) -> _Parsed | None:
    """A short cell the grammar could not read, offered to dateparser (strictly)."""
    if len(text) > 40 or not _DATEISH.search(text):
        return None
    import dateparser  # slow: only when the grammar gave up

    try:
        value = dateparser.parse(text, languages=["en"], settings=_FALLBACK_SETTINGS)
    except (ValueError, OverflowError):  # numbers that make no date ("99/99/99999")
        return None
    if value is None or not _valid_year(value.year):
        return None
    day = value.date()
    return _Parsed(DueKind.DATE, day, day, warnings=("read by the dateparser fallback",))


@lru_cache(maxsize=65536)
def _parse_text(raw: str) -> _Parsed:
    """Cached, anchor-independent parse of one raw cell."""
    return _read(_clean(raw))


def clear_cache() -> None:
    """Forget cached parses (for benchmarks and tests)."""
    _parse_text.cache_clear()


# --------------------------------------------------------------------------- public API


def _resolved_quarter(parsed: _Parsed, financial_year: int | None) -> _Parsed:
    """A yearless quarter placed in the plan's financial year, when the plan states one."""
    if parsed.quarter is None or financial_year is None:
        return parsed
    start, end = financial_quarter(financial_year, parsed.quarter)
    if parsed.quarter_end:
        return _Parsed(DueKind.DATE, end, end, status_hint=parsed.status_hint)
    return _Parsed(DueKind.QUARTER, start, end, status_hint=parsed.status_hint)


def _to_span(
    parsed: _Parsed, raw: str | None, anchor: date | None, financial_year: int | None = None
) -> Span:
    parsed = _resolved_quarter(parsed, financial_year)
    start, end = parsed.start, parsed.end
    warnings = list(parsed.warnings)
    if parsed.kind is DueKind.RELATIVE and anchor is not None:
        start = anchor
        if parsed.duration_months is not None:
            end = add_months(anchor, parsed.duration_months)
        elif parsed.duration_days is not None:
            end = anchor + timedelta(days=parsed.duration_days)
    elif parsed.kind is DueKind.RELATIVE and parsed.duration_days is not None:
        warnings.append(f"relative timescale of {parsed.duration_days} days and no anchor")
    revised = _to_span(parsed.revised_from, None, anchor) if parsed.revised_from else None
    return Span(
        raw=raw,
        start=start,
        end=end,
        kind=parsed.kind,
        duration_months=parsed.duration_months,
        status_hint=parsed.status_hint,
        revised_from=revised,
        warnings=warnings,
    )


def _typed_span(
    raw: str | None, value: date, anchor: date | None, financial_year: int | None
) -> Span:
    """A spreadsheet date cell: the displayed text says how much of the date is meant.

    "Oct-21" shown for 1 October 2021 (format mmm-yy) is that month; a display
    that names no readable period, or one the date falls outside, gives the date.
    """
    day = value.date() if isinstance(value, datetime) else value
    if raw is None or not raw.strip():
        return Span(raw=day.isoformat(), start=day, end=day, kind=DueKind.DATE)
    shown = _to_span(_parse_text(raw), raw, anchor, financial_year)
    if shown.start is not None and shown.start <= day <= (shown.end or day):
        return shown
    warnings = [f"cell shows {raw!r} for the date {day.isoformat()}"] if shown.start else []
    return Span(raw=raw, start=day, end=day, kind=DueKind.DATE, warnings=warnings)


def parse_span(
    raw: str | None,
    *,
    anchor: date | None = None,
    financial_year: int | None = None,
    value: date | None = None,
) -> Span:
    """Read one due/start/timescale cell into a `Span`.

    `anchor` (the date the plan's timescales run from) resolves relative
    timescales such as "6 months"; without it they keep only `duration_months`.
    `financial_year` (the first year of the plan's own "2019/20") places a
    quarter named without a year. `value` is the date a spreadsheet cell holds,
    `raw` then being the text the spreadsheet displays for it.
    """
    if anchor is not None and not _valid_year(anchor.year):
        anchor = None  # not a plan's date: relative timescales stay unresolved
    if financial_year is not None and not _valid_year(financial_year):
        financial_year = None
    if value is not None and _valid_year(value.year):
        return _typed_span(raw, value, anchor, financial_year)
    if raw is None or not raw.strip():
        return Span(raw=None, kind=DueKind.NONE)
    return _to_span(_parse_text(raw), raw, anchor, financial_year)


def stated_financial_year(text: str) -> int | None:
    """The first year of the first financial year a text names ("Plan 2019/20" -> 2019)."""
    for match in _FINANCIAL_YEAR.finditer(_clean(text)):
        year = _fy_start(match)
        if year is not None:
            return year
    return None
