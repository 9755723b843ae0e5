"""Shared fixtures: where ../shared is, and a skip when it is not there."""

from __future__ import annotations

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
