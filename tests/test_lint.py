"""The code stays clean: ruff's lint and format checks and mypy pass on the package."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


@pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff not installed")
def test_ruff_finds_nothing() -> None:
    lint = _run("ruff", "check", "actionplan", "tests", "benchmarks", "samples")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    form = _run("ruff", "format", "--check", "actionplan", "tests", "benchmarks", "samples")
    assert form.returncode == 0, form.stdout + form.stderr


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy not installed")
def test_mypy_finds_no_type_errors() -> None:
    check = _run("mypy", "actionplan")
    assert check.returncode == 0, check.stdout + check.stderr
