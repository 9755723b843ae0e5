"""Free-text cell values read into typed values: dates, statuses and people.

Normalizers know nothing about pages or layouts: each takes the raw text of a
cell (plus, for statuses, what else the row says) and returns a schema value
that keeps the raw text beside it.
"""

from actionplan.normalizers.dates import parse_span
from actionplan.normalizers.people import PeopleIndex, split_leads
from actionplan.normalizers.status import (
    Legend,
    classify_status,
    resolve_status,
    status_from_note,
)

__all__ = [
    "Legend",
    "PeopleIndex",
    "classify_status",
    "parse_span",
    "resolve_status",
    "split_leads",
    "status_from_note",
]
