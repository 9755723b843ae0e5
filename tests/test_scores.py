"""The suite guards accuracy: the seeds scored against the hand-labelled gold.

Each floor is the figure the scorer gave when the test was written; a change
that lowers any field on any seed set fails here, with the scorer's report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import shared_file
from tests.scoring import below, extract_csv, score

_PERFECT = dict.fromkeys(
    [
        "recall",
        "precision",
        "headline",
        "area_text",
        "action_text",
        "progress_raw",
        "outcome_raw",
        "monitoring_raw",
        "section",
        "area_ref",
        "action_ref",
        "due_raw",
        "due_start",
        "due_end",
        "due_kind",
        "status",
        "leads",
    ],
    1.0,
)
TEXT_FLOORS = {
    **_PERFECT,
    "recall": 0.994,
    "precision": 0.994,
    "area_text": 0.959,
    "progress_raw": 0.994,
    "outcome_raw": 0.982,
}
PDF_FLOORS = _PERFECT


@pytest.mark.parametrize(
    ("inputs", "pattern", "gold", "floors"),
    [("seeds", "*.txt", "seeds", TEXT_FLOORS), ("pdf", "*.pdf", "pdf", PDF_FLOORS)],
)
def test_seeds_score_no_lower_than_before(
    tmp_path: Path, inputs: str, pattern: str, gold: str, floors: dict[str, float]
) -> None:
    files = sorted(shared_file(inputs).glob(pattern))
    if not files:
        pytest.skip(f"no {pattern} in ../shared/{inputs}")
    result = score(shared_file("gold", gold), extract_csv(files, tmp_path))
    assert not below(result, floors), result.report
