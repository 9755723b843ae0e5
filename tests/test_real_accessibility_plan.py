"""The published accessibility plan in ../shared/real: every action row once, in its columns.

Expectations are in tests/expected/real/, written by reading the PDF (pages 4-10):
one record per table row, with its objective, actions, time and success criteria.
The table's rows run across pages, its header is shaded (a finer grid than the
body), and some pages add an empty spacer column.
"""

from __future__ import annotations

import json
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

import pdfplumber
import pytest

from actionplan import extract_file
from actionplan.extract.grid import Line, Row
from actionplan.extract.readers.pdf_reader import read_pdf
from actionplan.schemas import ActionPlan
from tests.conftest import shared_file

EXPECTED = Path(__file__).parent / "expected" / "real" / "decoy-accessibility-plan-2019-22.jsonl"


def folded(text: str | None) -> str:
    return " ".join((text or "").split()).lower()


def alike(a: str | None, b: str | None) -> bool:
    return SequenceMatcher(None, folded(a), folded(b), autojunk=False).ratio() >= 0.9


@pytest.fixture(scope="module")
def plan() -> ActionPlan:
    return extract_file(shared_file("real", "action-plans", "decoy-accessibility-plan-2019-22.pdf"))


@pytest.fixture(scope="module")
def expected() -> list[dict]:
    return [json.loads(line) for line in EXPECTED.read_text(encoding="utf-8").splitlines()]


def test_every_action_row_once_in_order(plan: ActionPlan, expected: list[dict]) -> None:
    got = [action.text for _, _, action in plan.actions()]
    assert len(got) == len(expected) == 21
    for text, want in zip(got, expected, strict=True):
        assert alike(text, want["action_text"]), (text, want["action_text"])


def test_each_action_keeps_its_objective_time_and_success_criteria(
    plan: ActionPlan, expected: list[dict]
) -> None:
    for (_, area, action), want in zip(plan.actions(), expected, strict=True):
        assert alike(area.text, want["area_text"]), (area.text, want["area_text"])
        assert folded(action.due.raw) == folded(want["due_raw"]), action.text
        assert alike(action.outcome, want["outcome_raw"]), (action.outcome, want["outcome_raw"])


def test_reader_keeps_every_word_but_page_numbers_and_bullet_glyphs() -> None:
    """Merging spacer columns and strips, and carrying columns over, must lose no text."""
    path = shared_file("real", "action-plans", "decoy-accessibility-plan-2019-22.pdf")
    grid = read_pdf(path)
    bullets = set("\uf0b7\u2022")
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            printed = Counter(
                c for w in page.extract_words() for c in w["text"] if c not in bullets
            )
            read = Counter(
                c
                for block in grid.blocks
                if isinstance(block, Row | Line) and block.page == number
                for c in ("".join(block.texts) if isinstance(block, Row) else block.text)
                if not c.isspace()
            )
            assert printed - read <= Counter(str(number)), number
