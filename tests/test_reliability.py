"""Promises kept under limits, odd inputs and hostile files: reported, never lost or hung."""

from __future__ import annotations

import gc
import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from actionplan.batch import MANIFEST
from actionplan.cli import app
from actionplan.extract.grid import Grid
from actionplan.extract.readers import text_reader
from actionplan.extract.readers.text_reader import read_text
from tests.hostile import long_text_plan, many_page_pdf

runner = CliRunner()


def _errors(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("error:")]


def test_a_timeout_is_reported_as_such_and_never_remembered(tmp_path: Path) -> None:
    long_pdf = tmp_path / "long.pdf"
    long_pdf.write_bytes(many_page_pdf(2000))  # valid; its page tree alone takes seconds
    out = tmp_path / "out"
    args = ["extract", str(long_pdf), "-o", str(out), "-j", "1", "--timeout", "0.5"]
    first = runner.invoke(app, args)
    assert first.exit_code == 1, first.output
    assert _errors(first.output) == [f"error: {long_pdf}: timed out after 0.5 s"]
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert str(long_pdf.resolve()) not in manifest["files"]  # not a property of the file

    again = runner.invoke(app, args)
    assert "reused" not in again.output  # tried again, not answered from memory
    assert _errors(again.output) == [f"error: {long_pdf}: timed out after 0.5 s"]


def test_a_timeout_holds_when_it_falls_in_a_garbage_collector_callback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An alarm raised inside a gc callback is swallowed; a killed worker is not."""
    plan = tmp_path / "long-plan.txt"
    plan.write_text(long_text_plan(30000), encoding="utf-8")
    slow_until = [0.0]

    def reading_starts(path: Path) -> Grid:  # runs here only if the work runs in this process
        slow_until[0] = time.monotonic() + 3
        return read_text(path)

    def slow_collection(phase: str, _info: dict[str, int]) -> None:
        if phase == "start" and time.monotonic() < slow_until[0]:
            time.sleep(0.2)  # the file's first seconds are spent almost wholly in callbacks

    monkeypatch.setattr(text_reader, "read_text", reading_starts)
    gc.callbacks.append(slow_collection)
    try:
        args = ["extract", str(plan), "-o", str(tmp_path / "out"), "-j", "1", "--timeout", "1"]
        result = runner.invoke(app, args)
    finally:
        gc.callbacks.remove(slow_collection)
    assert _errors(result.output) == [f"error: {plan}: timed out after 1 s"], result.output
