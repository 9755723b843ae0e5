"""Due cells that start a cycle at a date: "Sept 2025 then termly", "Daily"."""

from __future__ import annotations

from datetime import date

import pytest

from actionplan.normalizers.dates import parse_span
from actionplan.schemas.models import DueKind


@pytest.mark.parametrize(
    ("raw", "start"),
    [
        ("Sept 2025 then termly", date(2025, 9, 1)),
        ("March 2026, then annually", date(2026, 3, 1)),
        ("1 May 2025 and monthly thereafter", date(2025, 5, 1)),
    ],
)
def test_a_date_then_a_cycle_is_ongoing_from_the_date(raw: str, start: date) -> None:
    span = parse_span(raw)
    assert (span.kind, span.start, span.end) == (DueKind.ONGOING, start, None)


def test_a_date_then_other_words_keeps_its_deadline() -> None:
    span = parse_span("Sept 2025 then review")
    assert (span.kind, span.end) == (DueKind.MONTH, date(2025, 9, 30))


def test_daily_is_ongoing() -> None:
    span = parse_span("Daily")
    assert (span.kind, span.start, span.end) == (DueKind.ONGOING, None, None)
