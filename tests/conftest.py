"""Shared fixtures: where ../shared is, and a skip when it is not there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


def shared_file(*parts: str) -> Path:
    """A path inside ../shared, skipping the test with a clear reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared not found ({path}): clone the project beside its shared material")
    return path


def seed(stem_prefix: str) -> Path:
    folder = shared_file("seeds")
    matches = sorted(folder.glob(f"{stem_prefix}_*.txt"))
    if not matches:
        pytest.skip(f"no seed {stem_prefix}_*.txt in {folder}")
    return matches[0]


def gold_actions() -> list[dict]:
    """Every hand-labelled action record of the seed texts, skipping when ../shared is absent."""
    gold = shared_file("gold", "seeds")
    rows: list[dict] = []
    for path in sorted(gold.glob("*.jsonl")):
        if not path.name.endswith(".areas.jsonl"):
            text = path.read_text(encoding="utf-8")
            rows.extend(json.loads(line) for line in text.splitlines() if line.strip())
    return rows
