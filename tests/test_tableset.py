"""The run-wide tables change as one set, and the main process keeps no plans."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from actionplan import read_dataset, tableset
from actionplan.batch import FileOutcome, Options, run_batch
from actionplan.cli import app
from actionplan.loader import DatasetError
from actionplan.schemas import ActionPlan

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TEXT = SAMPLES / "example-borough-action-plan.txt"
DOCX = SAMPLES / "northfield-vale-action-plan.docx"


def _tables(out: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in sorted(out.iterdir())
        if p.suffix in {".csv", ".jsonl", ".sqlite"}
    }


def _extract(out: Path, *inputs: Path) -> None:
    args = ["extract", *map(str, inputs), "-o", str(out), "--db", str(out / "plans.sqlite")]
    result = runner.invoke(app, [*args, "-j", "1"])
    assert result.exit_code == 0, result.output


def test_a_write_that_fails_midway_keeps_the_old_set_and_no_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    _extract(out, TEXT)
    before = _tables(out)
    real_fsync = os.fsync
    calls = {"n": 0}

    def disk_full(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(tableset.os, "fsync", disk_full)
    result = runner.invoke(app, ["extract", str(TEXT), str(DOCX), "-o", str(out), "-j", "1"])
    assert result.exit_code != 0
    assert _tables(out) == before
    hidden = [p.name for p in out.iterdir() if p.name.startswith(".")]
    assert hidden == [".actionplan-manifest"]


def test_a_commit_killed_between_renames_is_finished_by_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    _extract(out, TEXT)
    real_replace = os.replace
    renames = {"n": 0}

    def killed_after_three(src: str | Path, dst: str | Path) -> None:
        if str(src).startswith(str(out / tableset.STAGING_PREFIX)) or ".plans.sqlite." in str(src):
            renames["n"] += 1
            if renames["n"] > 3:
                raise KeyboardInterrupt  # the run dies part-way through the commit
        real_replace(src, dst)

    monkeypatch.setattr(tableset.os, "replace", killed_after_three)
    with pytest.raises(KeyboardInterrupt):
        run_batch([TEXT, DOCX], out, Options(jobs=1, db=out / "plans.sqlite"))
    monkeypatch.setattr(tableset.os, "replace", real_replace)
    assert (out / tableset.JOURNAL).exists()
    with pytest.raises(DatasetError, match="run actionplan extract again"):
        read_dataset(out)
    tableset.recover(out, out / "plans.sqlite")
    assert not (out / tableset.JOURNAL).exists()
    mixed = _tables(out)
    fresh = tmp_path / "fresh"
    _extract(fresh, TEXT, DOCX)
    assert mixed["actions.csv"].count(b"\n") == 1 + 10
    assert {k: v for k, v in mixed.items() if k != "plans.sqlite"} == {
        k: v.replace(str(fresh).encode(), str(out).encode())
        for k, v in _tables(fresh).items()
        if k != "plans.sqlite"
    }


def test_leftovers_of_killed_runs_are_removed_at_the_next_start(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / f"{tableset.STAGING_PREFIX}abc").mkdir(parents=True)
    (out / f"{tableset.STAGING_PREFIX}abc" / "actions.csv").write_text("half", encoding="utf-8")
    (out / ".actions.csv.x1y2.tmp").write_text("half", encoding="utf-8")
    (out / ".plans.sqlite.z9.tmp").write_text("half", encoding="utf-8")
    _extract(out, TEXT)
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == [".actionplan-manifest"]


def test_the_report_keeps_counts_not_plans(tmp_path: Path) -> None:
    seen: list[FileOutcome] = []
    report = run_batch(
        [TEXT, DOCX], tmp_path, Options(jobs=1, formats=("csv",)), on_outcome=seen.append
    )
    assert (len(report.ok), report.actions) == (2, 10)
    assert [o.summary.actions for o in seen if o.summary] == [6, 4]  # counted by the worker
    assert not [v for o in report.outcomes for v in vars(o).values() if isinstance(v, ActionPlan)]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
