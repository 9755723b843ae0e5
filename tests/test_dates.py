"""parse_span: every due/start/timescale form councils write, read as the README says."""

from __future__ import annotations

import calendar
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actionplan.normalizers.dates import clear_cache, parse_span, stated_financial_year
from actionplan.schemas.models import DueKind, StatusValue
from tests.conftest import gold_actions

D = date


def _check(raw: str, kind: DueKind, start: date | None, end: date | None) -> None:
    span = parse_span(raw)
    assert (span.kind, span.start, span.end) == (kind, start, end), raw
    assert span.raw == raw


@pytest.mark.parametrize(
    "raw, day",
    [
        ("31/10/2012", D(2012, 10, 31)),
        ("31/12/12", D(2012, 12, 31)),
        ("30.09.14", D(2014, 9, 30)),
        ("01-Mar- 2011", D(2011, 3, 1)),
        ("01-Mar-2011", D(2011, 3, 1)),
        ("01-May - 2011", D(2011, 5, 1)),
        ("31- July- 2011", D(2011, 7, 31)),
        ("31st January 2012", D(2012, 1, 31)),
        ("25 th February 2012", D(2012, 2, 25)),
        ("25th February 2012", D(2012, 2, 25)),
        ("25<sup>th</sup> February 2012", D(2012, 2, 25)),
        ("1st April 2014", D(2014, 4, 1)),
        ("14 th June 2012", D(2012, 6, 14)),
        ("2013-03-31", D(2013, 3, 31)),
        ("30 Sept. 2012", D(2012, 9, 30)),
        ("Sept. 30th, 2012", D(2012, 9, 30)),
    ],
)
def test_full_dates_are_read_day_first(raw: str, day: date) -> None:
    _check(raw, DueKind.DATE, day, day)


@pytest.mark.parametrize(
    "raw, year, month",
    [
        ("Sept 2012", 2012, 9),
        ("February 2013.", 2013, 2),
        ("Report to CMT in April 2013.", 2013, 4),
        ("Revised Clinic in place wef March 2013.", 2013, 3),
        ("To be in place wef May 2013.", 2013, 5),
        ("September 2013 (end of Q2 reporting period).", 2013, 9),
        ("For SLSCB Development Day in June 2013.", 2013, 6),
        ("Revised timescale of January 2014", 2014, 1),
        ("Mar-13", 2013, 3),
        ("03/2013", 2013, 3),
    ],
)
def test_a_month_covers_its_first_to_last_day(raw: str, year: int, month: int) -> None:
    last = calendar.monthrange(year, month)[1]
    _check(raw, DueKind.MONTH, D(year, month, 1), D(year, month, last))


def test_a_bare_year_is_the_calendar_year() -> None:
    _check("2013", DueKind.YEAR, D(2013, 1, 1), D(2013, 12, 31))


def test_a_financial_year_runs_april_to_march() -> None:
    _check("2012/13", DueKind.YEAR, D(2012, 4, 1), D(2013, 3, 31))


@pytest.mark.parametrize("raw", ["End of April 2013", "By end of April 2013", "End of April 2013."])
def test_end_of_a_month_is_its_last_day(raw: str) -> None:
    _check(raw, DueKind.DATE, D(2013, 4, 30), D(2013, 4, 30))


@pytest.mark.parametrize(
    "raw, start, end",
    [
        ("During Q3 (by end of December 2013)", D(2013, 10, 1), D(2013, 12, 31)),
        ("Q1 2014/15", D(2014, 4, 1), D(2014, 6, 30)),
        ("Q2 2014/15", D(2014, 7, 1), D(2014, 9, 30)),
        ("Q3 2014/15", D(2014, 10, 1), D(2014, 12, 31)),
        ("Q4 2014/15", D(2015, 1, 1), D(2015, 3, 31)),
        ("Q1 24/25", D(2024, 4, 1), D(2024, 6, 30)),
        ("Q4 24/25", D(2025, 1, 1), D(2025, 3, 31)),
        ("3rd quarter 2013/14", D(2013, 10, 1), D(2013, 12, 31)),
        ("Q2 2014", D(2014, 4, 1), D(2014, 6, 30)),
    ],
)
def test_quarters_financial_when_the_year_is_financial(raw: str, start: date, end: date) -> None:
    _check(raw, DueKind.QUARTER, start, end)


@pytest.mark.parametrize(
    "raw, start, end",
    [
        ("Jan-Mar 2012", D(2012, 1, 1), D(2012, 3, 31)),
        ("July 2011-29th Feb 2012", D(2011, 7, 1), D(2012, 2, 29)),
        ("w/c 14 July 2014", D(2014, 7, 14), D(2014, 7, 20)),
        ("week commencing 14 July 2014", D(2014, 7, 14), D(2014, 7, 20)),
        ("1st March 2012\nMarch 2012 Letters requesting", D(2012, 3, 1), D(2012, 3, 31)),
        ("31 March 2013 - 30 June 2013", D(2013, 3, 31), D(2013, 6, 30)),
        ("14-18 July 2014", D(2014, 7, 14), D(2014, 7, 18)),
        ("Spring 2014", D(2014, 3, 1), D(2014, 5, 31)),
        # English school terms, one after the other: spring ends with March, before Easter
        ("Spring term 2024", D(2024, 1, 1), D(2024, 3, 31)),
        ("Summer term 2024", D(2024, 4, 1), D(2024, 7, 31)),
        ("Autumn term 2023", D(2023, 9, 1), D(2023, 12, 31)),
        ("March/April 2013", D(2013, 3, 1), D(2013, 4, 30)),
        ("Dec 2012/Jan 2013", D(2012, 12, 1), D(2013, 1, 31)),
        ("Nov-Feb 2013", D(2012, 11, 1), D(2013, 2, 28)),
    ],
)
def test_ranges_cover_every_date_in_the_cell(raw: str, start: date, end: date) -> None:
    _check(raw, DueKind.RANGE, start, end)


@pytest.mark.parametrize(
    "raw, start",
    [
        ("To commence wef April 2013.", D(2013, 4, 1)),
        ("August 2013 onwards.", D(2013, 8, 1)),
        ("Quarterly contract monitoring, wef August 2013 onwards.", D(2013, 8, 1)),
        ("From April 2013", D(2013, 4, 1)),
    ],
)
def test_onwards_and_commence_open_the_end(raw: str, start: date) -> None:
    _check(raw, DueKind.ONGOING, start, None)


@pytest.mark.parametrize("raw", ["On-going", "Ongoing", "Quarterly", "Quarterly reports."])
def test_recurring_words_are_ongoing_without_dates(raw: str) -> None:
    _check(raw, DueKind.ONGOING, None, None)


def test_completed_with_a_wef_date_keeps_the_date_and_hints_completed() -> None:
    span = parse_span("Completed – first weekly report wef 11/03/13.")
    assert (span.kind, span.start, span.end) == (DueKind.DATE, D(2013, 3, 11), D(2013, 3, 11))
    assert span.status_hint is StatusValue.COMPLETED


@pytest.mark.parametrize(
    "raw, months",
    [("6 months", 6), ("Within three months", 3), ("within 3 months", 3), ("Within six months", 6)],
)
def test_relative_timescales_keep_only_a_duration_without_anchor(raw: str, months: int) -> None:
    span = parse_span(raw)
    assert (span.kind, span.duration_months, span.start, span.end) == (
        DueKind.RELATIVE,
        months,
        None,
        None,
    )


def test_relative_timescales_resolve_against_an_explicit_anchor() -> None:
    span = parse_span("6 months", anchor=D(2012, 10, 22))
    assert (span.start, span.end, span.duration_months) == (D(2012, 10, 22), D(2013, 4, 22), 6)
    span = parse_span("Within three months", anchor=D(2013, 11, 30))
    assert span.end == D(2014, 2, 28)


@pytest.mark.parametrize("raw", ["Immediate", "Immediately"])
def test_immediate_is_relative_zero_months(raw: str) -> None:
    span = parse_span(raw)
    assert (span.kind, span.duration_months, span.start) == (DueKind.RELATIVE, 0, None)
    anchored = parse_span(raw, anchor=D(2012, 1, 5))
    assert (anchored.start, anchored.end) == (D(2012, 1, 5), D(2012, 1, 5))


@pytest.mark.parametrize(
    "raw",
    [
        "TBC",
        "To be confirmed…",
        "Timescale to be determined following CMT discussion.",
        "Review dates to be confirmed.",
        "Date to be agreed",
        "To be confirmed - dependent on new national data collection arrangements.",
    ],
)
def test_anything_to_be_confirmed_is_tbc(raw: str) -> None:
    _check(raw, DueKind.TBC, None, None)


@pytest.mark.parametrize("raw", ["Complete", "Completed.", "Completed", "In place already."])
def test_completed_in_a_date_column_is_no_date_with_a_status_hint(raw: str) -> None:
    span = parse_span(raw)
    assert (span.kind, span.start, span.end) == (DueKind.NONE, None, None)
    assert span.status_hint is StatusValue.COMPLETED


@pytest.mark.parametrize("raw", [None, "", "   \n"])
def test_empty_cells_are_none_with_no_raw(raw: str | None) -> None:
    span = parse_span(raw)
    assert (span.raw, span.kind, span.start, span.end) == (None, DueKind.NONE, None, None)


@pytest.mark.parametrize("raw", ["today", "tomorrow", "next Tuesday", "yesterday", "Now"])
def test_no_date_is_ever_invented_from_today(raw: str) -> None:
    span = parse_span(raw)
    assert (span.start, span.end) == (None, None)


@pytest.mark.parametrize("raw", ["When funding allows", "By March", "Children Act 1989"])
def test_undated_text_is_other(raw: str) -> None:
    _check(raw, DueKind.OTHER, None, None)


@pytest.mark.parametrize(
    "raw, day", [("31/02/2013", D(2013, 2, 28)), ("31/04/2014", D(2014, 4, 30))]
)
def test_impossible_dates_are_clamped_with_a_warning(raw: str, day: date) -> None:
    span = parse_span(raw)
    assert (span.kind, span.start, span.end) == (DueKind.DATE, day, day)
    assert any("clamped" in w for w in span.warnings)


def test_month_first_dates_are_read_but_flagged() -> None:
    span = parse_span("12/31/2013")
    assert span.start == D(2013, 12, 31)
    assert span.warnings


@pytest.mark.parametrize(
    "raw", ["March 2015 (revised from Dec 2014)", "Dec 2014 revised to March 2015"]
)
def test_revisions_give_the_new_span_and_keep_the_old(raw: str) -> None:
    span = parse_span(raw)
    assert (span.kind, span.start, span.end) == (DueKind.MONTH, D(2015, 3, 1), D(2015, 3, 31))
    assert span.revised_from is not None
    assert (span.revised_from.start, span.revised_from.end) == (D(2014, 12, 1), D(2014, 12, 31))


def test_revised_timescale_without_an_original_has_no_revised_from() -> None:
    assert parse_span("Revised timescale of January 2014").revised_from is None


def test_dates_in_brackets_only_annotate_a_dated_text() -> None:
    _check("31/03/2013 (reviewed 01/01/2013)", DueKind.DATE, D(2013, 3, 31), D(2013, 3, 31))


def test_cached_results_are_independent_copies() -> None:
    first = parse_span("March 2013")
    first.warnings.append("changed by a caller")
    assert parse_span("March 2013").warnings == []


# --------------------------------------------------------------------------- gold


def test_every_gold_due_cell_gives_the_gold_span() -> None:
    rows = gold_actions()
    misses = []
    for row in rows:
        span = parse_span(row["due_raw"])
        got = (
            span.start.isoformat() if span.start else None,
            span.end.isoformat() if span.end else None,
            span.kind.value,
        )
        want = (row["due_start"], row["due_end"], row["due_kind"])
        if got != want:
            misses.append((row["doc"], row["action_ref"], row["due_raw"], got, want))
    accuracy = 1 - len(misses) / len(rows)
    assert accuracy >= 0.98, misses
    assert not misses, f"accuracy {accuracy:.3f}; disagreements: {misses}"


def test_every_gold_start_cell_is_a_full_date() -> None:
    starts = [r["start_raw"] for r in gold_actions() if r["start_raw"]]
    assert starts
    for raw in starts:
        span = parse_span(raw)
        assert span.kind is DueKind.DATE and span.start == span.end, raw


# --------------------------------------------------------------------------- properties

_DAYS = st.dates(min_value=D(2000, 1, 1), max_value=D(2099, 12, 31))
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]  # fmt: skip


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


_STYLES = {
    "d/m/Y": lambda d: d.strftime("%d/%m/%Y"),
    "d/m/y": lambda d: d.strftime("%d/%m/%y"),
    "d.m.y": lambda d: d.strftime("%d.%m.%y"),
    "1st January 2012": lambda d: f"{_ordinal(d.day)} {_MONTH_NAMES[d.month - 1]} {d.year}",
    "01-Jan-2012": lambda d: d.strftime("%d-") + _MONTH_NAMES[d.month - 1][:3] + f"-{d.year}",
}


@settings(max_examples=300, deadline=None)
@given(day=_DAYS, style=st.sampled_from(sorted(_STYLES)))
def test_a_date_rendered_in_any_supported_style_parses_back(day: date, style: str) -> None:
    span = parse_span(_STYLES[style](day))
    assert (span.kind, span.start, span.end) == (DueKind.DATE, day, day)


_FY_YEARS = st.integers(2000, 2098)
_QUARTER_FIRST_MONTH = {1: 4, 2: 7, 3: 10, 4: 1}


def _financial_quarter(fy: int, quarter: int) -> tuple[date, date]:
    """Written out by hand: Q1 April-June of the first year ... Q4 January-March of the next."""
    first = _QUARTER_FIRST_MONTH[quarter]
    year = fy + 1 if quarter == 4 else fy
    last = first + 2
    return D(year, first, 1), D(year, last, calendar.monthrange(year, last)[1])


@settings(max_examples=200, deadline=None)
@given(fy=_FY_YEARS, quarter=st.integers(1, 4), style=st.sampled_from(["/", "-", "/20"]))
def test_a_financial_year_then_quarter_parses_back(fy: int, quarter: int, style: str) -> None:
    second = f"{(fy + 1) % 100:02d}" if style != "/20" else str(fy + 1)
    text = f"{fy}{style[0]}{second} Q{quarter}"
    start, end = _financial_quarter(fy, quarter)
    _check(text, DueKind.QUARTER, start, end)


@settings(max_examples=200, deadline=None)
@given(fy=_FY_YEARS, quarter=st.integers(1, 4))
def test_a_yearless_quarter_parses_back_in_the_plans_year(fy: int, quarter: int) -> None:
    start, end = _financial_quarter(fy, quarter)
    span = parse_span(f"Q{quarter}", financial_year=fy)
    assert (span.kind, span.start, span.end) == (DueKind.QUARTER, start, end)
    span = parse_span(f"end Q{quarter}", financial_year=fy)
    assert (span.kind, span.start, span.end) == (DueKind.DATE, end, end)


@settings(max_examples=200, deadline=None)
@given(first=_DAYS, months=st.integers(1, 23))
def test_a_two_digit_year_month_range_parses_back(first: date, months: int) -> None:
    index = first.year * 12 + first.month - 1 + months
    last_year, last_month0 = divmod(index, 12)
    if last_year > 2099:
        return
    text = (
        f"{_MONTH_NAMES[first.month - 1][:3]} {first.year % 100:02d} - "
        f"{_MONTH_NAMES[last_month0][:3]} {last_year % 100:02d}"
    )
    last_day = calendar.monthrange(last_year, last_month0 + 1)[1]
    _check(text, DueKind.RANGE, first.replace(day=1), D(last_year, last_month0 + 1, last_day))


@settings(max_examples=200, deadline=None)
@given(day=_DAYS)
def test_a_spreadsheet_month_cell_parses_back_to_its_month(day: date) -> None:
    shown = f"{_MONTH_NAMES[day.month - 1][:3]}-{day.year % 100:02d}"
    span = parse_span(shown, value=day)
    last = calendar.monthrange(day.year, day.month)[1]
    assert (span.kind, span.start, span.end) == (
        DueKind.MONTH,
        day.replace(day=1),
        day.replace(day=last),
    )


@settings(max_examples=200, deadline=None)
@given(day=_DAYS)
def test_a_month_rendered_as_month_year_parses_back(day: date) -> None:
    span = parse_span(f"{_MONTH_NAMES[day.month - 1]} {day.year}")
    assert span.kind is DueKind.MONTH
    assert span.start == day.replace(day=1)
    assert span.end is not None and span.start <= day <= span.end


@settings(max_examples=500, deadline=None)
@given(
    text=st.text(max_size=80),
    anchor=st.none() | st.dates(),
    financial_year=st.none() | st.integers(-10, 10_000),
    value=st.none() | st.dates() | st.datetimes(),
)
def test_arbitrary_text_never_raises_and_start_precedes_end(
    text: str, anchor: date | None, financial_year: int | None, value: date | None
) -> None:
    span = parse_span(text, anchor=anchor, financial_year=financial_year, value=value)
    if span.start and span.end:
        assert span.start <= span.end


_DATEY = st.lists(
    st.sampled_from(["31", "1st", "/", "-", ".", " ", "March", "Sept", "2013", "13", "Q3",
                     "2012/13", "onwards", "wef", "end of", "revised to", "(", ")", "w/c",
                     "months", "6", "TBC", "Completed", "0", "99", "29", "Feb", "Nov", "19",
                     "20", "2019-20", "q4", "quarter", "third", "by", "from", "Monthly",
                     "Ongoing", "summer term", "–", "to", "was", "&", "1989", "2100"]),
    max_size=14,
).map("".join)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(text=_DATEY, financial_year=st.none() | st.integers(1985, 2105))
def test_date_like_noise_never_raises_and_stays_ordered(
    text: str, financial_year: int | None
) -> None:
    clear_cache()
    span = parse_span(text, financial_year=financial_year)
    if span.start and span.end:
        assert span.start <= span.end
    if span.revised_from and span.revised_from.start and span.revised_from.end:
        assert span.revised_from.start <= span.revised_from.end


@pytest.mark.parametrize(
    ("raw", "start", "end"),
    [
        ("Sept 24", D(2024, 9, 1), D(2024, 9, 30)),
        ("Jan 25", D(2025, 1, 1), D(2025, 1, 31)),
        ("Dec 24", D(2024, 12, 1), D(2024, 12, 31)),
    ],
)
def test_month_with_a_two_digit_year_after_a_space(raw: str, start: date, end: date) -> None:
    _check(raw, DueKind.MONTH, start, end)


# --------------------------------------------------------------------------- as plans write them


@pytest.mark.parametrize(
    ("raw", "financial_year", "kind", "start", "end"),
    [
        ("Q4", 2019, DueKind.QUARTER, D(2020, 1, 1), D(2020, 3, 31)),
        ("by Q3", 2023, DueKind.QUARTER, D(2023, 10, 1), D(2023, 12, 31)),
        ("end Q2", 2019, DueKind.DATE, D(2019, 9, 30), D(2019, 9, 30)),
        ("By end of Q1", 2023, DueKind.DATE, D(2023, 6, 30), D(2023, 6, 30)),
    ],
)
def test_a_quarter_with_no_year_takes_the_plans_financial_year(
    raw: str, financial_year: int, kind: DueKind, start: date, end: date
) -> None:
    span = parse_span(raw, financial_year=financial_year)
    assert (span.kind, span.start, span.end, span.warnings) == (kind, start, end, [])


@pytest.mark.parametrize("raw", ["end Q2", "by Q3", "Q4"])
def test_a_quarter_with_no_year_and_no_plan_year_stays_unresolved_with_a_warning(
    raw: str,
) -> None:
    span = parse_span(raw)
    assert (span.kind, span.start, span.end) == (DueKind.OTHER, None, None)
    assert span.warnings == [f"{raw!r} names no year and the plan states no financial year"]


@pytest.mark.parametrize(
    ("raw", "start", "end"),
    [
        ("2019-20 Q3", D(2019, 10, 1), D(2019, 12, 31)),
        ("2023/24 Q1", D(2023, 4, 1), D(2023, 6, 30)),
        ("2024/25 Q4", D(2025, 1, 1), D(2025, 3, 31)),
    ],
)
def test_a_financial_year_before_its_quarter_is_that_quarter(
    raw: str, start: date, end: date
) -> None:
    _check(raw, DueKind.QUARTER, start, end)


@pytest.mark.parametrize(
    ("raw", "start", "end"),
    [
        ("Nov 19 - Feb 20", D(2019, 11, 1), D(2020, 2, 29)),
        ("Sept 23 – Mar 24", D(2023, 9, 1), D(2024, 3, 31)),
    ],
)
def test_month_ranges_with_two_digit_years_are_months_not_days(
    raw: str, start: date, end: date
) -> None:
    _check(raw, DueKind.RANGE, start, end)


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("end Q3 2014/15", D(2014, 12, 31)),
        ("end of summer term 2017", D(2017, 7, 31)),
        ("By end of 2014/15", D(2015, 3, 31)),
        ("End of 2015", D(2015, 12, 31)),
        ("End of autumn term 2016", D(2016, 12, 31)),
    ],
)
def test_end_of_a_quarter_term_or_year_is_its_last_day(raw: str, day: date) -> None:
    _check(raw, DueKind.DATE, day, day)


@pytest.mark.parametrize(
    ("raw", "start"),
    [
        ("Fortnightly from June 2019", D(2019, 6, 1)),
        ("From Sept 2019 (termly)", D(2019, 9, 1)),
        ("Monthly from March 2016", D(2016, 3, 1)),
        ("Quarterly from 2019/20 Q2", D(2019, 7, 1)),
    ],
)
def test_a_recurring_cycle_with_a_start_is_ongoing_from_it(raw: str, start: date) -> None:
    _check(raw, DueKind.ONGOING, start, None)


@pytest.mark.parametrize(
    "raw",
    [
        "Ongoing but particular focus 2019-20",
        "Annually to tie in with the autumn review",
        "Monthly – first report to the board March 2020",
    ],
)
def test_text_stating_a_focus_or_a_cycle_is_ongoing(raw: str) -> None:
    _check(raw, DueKind.ONGOING, None, None)


def test_a_date_named_before_a_cycle_is_still_that_date() -> None:
    """A date that opens the cell is the deadline, a cycle after it only describes the work."""
    _check(
        "August 2011 Monthly audits August and September, moved to quarterly.",
        DueKind.MONTH,
        D(2011, 8, 1),
        D(2011, 8, 31),
    )


def test_relative_timescales_run_from_the_anchor_they_are_given_never_today() -> None:
    span = parse_span("within three months", anchor=D(2023, 6, 30))
    assert (span.kind, span.start, span.end) == (DueKind.RELATIVE, D(2023, 6, 30), D(2023, 9, 30))
    assert (parse_span("within three months").start, parse_span("within three months").end) == (
        None,
        None,
    )


@pytest.mark.parametrize(
    ("shown", "value", "kind", "start", "end"),
    [
        ("Oct-21", D(2021, 10, 1), DueKind.MONTH, D(2021, 10, 1), D(2021, 10, 31)),
        ("31/03/2022", D(2022, 3, 31), DueKind.DATE, D(2022, 3, 31), D(2022, 3, 31)),
        ("21-Oct", D(2021, 10, 21), DueKind.DATE, D(2021, 10, 21), D(2021, 10, 21)),
        (None, D(2021, 10, 21), DueKind.DATE, D(2021, 10, 21), D(2021, 10, 21)),
    ],
)
def test_a_spreadsheet_date_is_read_at_the_precision_it_is_displayed(
    shown: str | None, value: date, kind: DueKind, start: date, end: date
) -> None:
    span = parse_span(shown, value=value)
    assert (span.kind, span.start, span.end) == (kind, start, end)
    assert span.raw == (shown or value.isoformat())


def test_a_spreadsheet_date_beats_a_display_it_falls_outside_and_says_so() -> None:
    span = parse_span("Oct-21", value=datetime(2022, 1, 5, 0, 0))
    assert (span.kind, span.start, span.end) == (DueKind.DATE, D(2022, 1, 5), D(2022, 1, 5))
    assert span.warnings == ["cell shows 'Oct-21' for the date 2022-01-05"]


@pytest.mark.parametrize("raw", ["TBC - March 2013", "TBC (March 2013)", "tbc March 2013"])
def test_to_be_confirmed_before_a_date_stays_tbc(raw: str) -> None:
    span = parse_span(raw)
    assert (span.kind, span.start, span.end) == (DueKind.TBC, None, None)
    assert span.warnings == ["date 'March 2013' to be confirmed"]


def test_a_date_before_to_be_confirmed_keeps_the_date_and_warns() -> None:
    span = parse_span("March 2013 - TBC")
    assert (span.kind, span.start) == (DueKind.MONTH, D(2013, 3, 1))
    assert span.warnings == ["date marked as to be confirmed"]


@pytest.mark.parametrize("anchor", [D(1, 1, 1), D(9999, 12, 31)])
def test_an_anchor_outside_plan_years_is_not_used(anchor: date) -> None:
    span = parse_span("6 months", anchor=anchor)
    assert (span.kind, span.start, span.end, span.duration_months) == (
        DueKind.RELATIVE,
        None,
        None,
        6,
    )


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Recovery Plan 2019/20", 2019),
        ("Improvement Plan 2023-24", 2023),
        ("Action plan for 2021/2022 (revised May 2021)", 2021),
        ("Improvement Plan 2023", None),
        ("Children Act 1989", None),
    ],
)
def test_the_financial_year_a_title_states(text: str, year: int | None) -> None:
    assert stated_financial_year(text) == year
