"""A plan's key that says a colour means "Behind plan" marks its actions off track."""

from __future__ import annotations

from actionplan.normalizers.status import Legend, classify_status
from actionplan.schemas.models import StatusValue


def test_behind_plan_is_off_track() -> None:
    assert classify_status("Behind plan") is StatusValue.OFF_TRACK
    assert classify_status("Behind target") is StatusValue.OFF_TRACK


def test_a_key_reading_behind_plan_makes_its_fill_off_track() -> None:
    legend = Legend.from_entries([("fill:FF0000", "Behind plan"), ("fill:92D050", "Completed")])
    assert legend.lookup("fill:FF0000") is StatusValue.OFF_TRACK
