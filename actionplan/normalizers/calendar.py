"""Calendar arithmetic for UK plans: month ends, quarters and financial years.

Kept apart from the text grammar so the date rules can be tested on their own.
The UK public-sector financial year runs 1 April to 31 March, so "Q1 2014/15"
is April-June 2014 and "2012/13" is 1 April 2012 to 31 March 2013.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1,
    "feb": 2, "february": 2, "febuary": 2, "feburary": 2,
    "mar": 3, "march": 3,
    "apr": 4, "april": 4,
    "may": 5,
    "jun": 6, "june": 6,
    "jul": 7, "july": 7,
    "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10,
    "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
"""Month names and the abbreviations and misspellings councils actually print."""

MIN_YEAR = 1990
MAX_YEAR = 2099
"""Years outside this window are not plan dates (they are Acts, counts, codes)."""


def month_end(year: int, month: int) -> date:
    """Last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def month_span(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    return date(year, month, 1), month_end(year, month)


def clamped_date(year: int, month: int, day: int) -> tuple[date, bool]:
    """A date with the day pulled back into its month ("31/02" -> 28/29 Feb).

    Returns the date and whether it had to be clamped, so the caller can warn.
    """
    last = calendar.monthrange(year, month)[1]
    if day > last:
        return date(year, month, last), True
    return date(year, month, day), False


def add_months(start: date, months: int) -> date:
    """`start` moved by whole months, the day clamped to the target month."""
    index = start.year * 12 + start.month - 1 + months
    year, month0 = divmod(index, 12)
    return clamped_date(year, month0 + 1, start.day)[0]


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) moved by whole months."""
    year_out, month0 = divmod(year * 12 + month - 1 + months, 12)
    return year_out, month0 + 1


def three_months_ending(end: date) -> tuple[date, date]:
    """The quarter-length window whose last month contains `end`."""
    year, month = shift_months(end.year, end.month, -2)
    return date(year, month, 1), month_end(end.year, end.month)


def calendar_quarter(year: int, quarter: int) -> tuple[date, date]:
    """Calendar quarter: Q1 = January-March."""
    first = 3 * (quarter - 1) + 1
    return date(year, first, 1), month_end(year, first + 2)


def financial_quarter(fy_start_year: int, quarter: int) -> tuple[date, date]:
    """UK financial-year quarter: Q1 = April-June of the year the FY starts."""
    year, month = shift_months(fy_start_year, 4, 3 * (quarter - 1))
    end_year, end_month = shift_months(year, month, 2)
    return date(year, month, 1), month_end(end_year, end_month)


def financial_year(fy_start_year: int) -> tuple[date, date]:
    """UK financial year: 1 April to 31 March."""
    return date(fy_start_year, 4, 1), date(fy_start_year + 1, 3, 31)


def week_from(monday: date) -> tuple[date, date]:
    """The seven days starting at `monday` ("w/c 14 July 2014")."""
    return monday, monday + timedelta(days=6)


def full_year(two_or_four: str) -> int:
    """A printed year as a number; two-digit years are 20xx (plans post-date 2000)."""
    value = int(two_or_four)
    return 2000 + value if len(two_or_four) <= 2 else value
