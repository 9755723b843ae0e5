"""Batches driven through the real CLI: mixed folders, timeouts, re-runs, killed runs."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from actionplan.cli import app
from actionplan.pool import run_parallel
from actionplan.schemas import ActionPlan
from tests.conftest import shared_file

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "example-borough-action-plan.txt"


def _mixed(folder: Path) -> Path:
    """Three good plans (two sharing a stem) and three files that are not plans."""
    (folder / "good").mkdir(parents=True)
    (folder / "other").mkdir()
    shutil.copy(SAMPLE, folder / "good" / "plan-a.txt")
    shutil.copy(SAMPLE, folder / "other" / "plan-a.txt")
    text = SAMPLE.read_text(encoding="utf-8").replace("Example Borough", "Sample County")
    (folder / "good" / "plan-b.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "report.pdf").write_text(
        "<!DOCTYPE html><html><body><p>Page not found</p></body></html>", encoding="utf-8"
    )
    (folder / "notes.md").write_text("not walked", encoding="utf-8")
    return folder


def _errors(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("error:")]


def test_mixed_folder_in_two_workers(tmp_path: Path) -> None:
    folder = _mixed(tmp_path / "in")
    out = tmp_path / "out"
    db = out / "plans.sqlite"
    result = runner.invoke(
        app, ["extract", str(folder), "-o", str(out), "-j", "2", "--db", str(db)]
    )
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "3 ok, 3 failed, 18 actions" in result.output
    errors = _errors(result.output)
    assert len(errors) == 3
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("image.txt: binary" in e for e in errors)
    assert any("report.pdf: not a PDF: looks like HTML" in e for e in errors)

    jsons = sorted(out.glob("*.json"))
    assert len(jsons) == 3  # the two plan-a.txt did not overwrite each other
    sources = {ActionPlan.model_validate_json(p.read_bytes()).source.path for p in jsons}
    assert len(sources) == 3
    names = {p.stem for p in jsons}
    assert "plan-b" in names and all(n.startswith(("plan-a-", "plan-b")) for n in names)

    with sqlite3.connect(db) as con:
        counts = {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "areas", "actions", "people", "action_people")
        }
        assert counts == {
            "documents": 3,
            "areas": 9,
            "actions": 18,
            "people": 5,  # the same five named leads in every copy
            "action_people": 24,
        }
        joined = con.execute(
            "SELECT d.doc, count(*) FROM actions a JOIN areas r ON a.area_id = r.area_id "
            "JOIN documents d ON r.doc_id = d.doc_id GROUP BY d.doc"
        ).fetchall()
        assert sorted(n for _, n in joined) == [6, 6, 6]
        jane = con.execute(
            "SELECT count(DISTINCT a.doc_id) FROM action_people l JOIN people p USING (person_id)"
            " JOIN actions a USING (action_id) WHERE p.name = 'Jane Smith'"
        ).fetchone()[0]
        assert jane == 3
        indexes = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"ix_actions_area_id", "ix_actions_doc_id", "ix_areas_doc_id"} <= indexes
    with (out / "documents.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 3


def test_rerun_reuses_unchanged_files_unless_forced(tmp_path: Path) -> None:
    folder = _mixed(tmp_path / "in")
    out = tmp_path / "out"
    args = ["extract", str(folder), "-o", str(out), "-j", "1"]
    assert runner.invoke(app, args).exit_code == 1
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")}

    (folder / "good" / "plan-c.txt").write_bytes(SAMPLE.read_bytes())
    again = runner.invoke(app, args)
    assert "4 ok, 3 failed, 24 actions" in again.output
    assert "(6 unchanged, reused)" in again.output  # 3 plans + 3 remembered failures
    after = {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")}
    assert {k: after[k] for k in before} == before  # untouched, not rewritten
    assert "plan-c.json" in after
    with (out / "actions.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 24  # tables rebuilt from every plan

    forced = runner.invoke(app, [*args, "--force"])
    assert "reused" not in forced.output
    assert "4 ok, 3 failed, 24 actions" in forced.output

    profile = tmp_path / "council.toml"
    profile.write_text('name = "council"\n[roles]\nlead = ["accountable head"]\n', "utf-8")
    other = runner.invoke(app, [*args, "--profile", str(profile)])
    assert "reused" not in other.output  # results of another profile are not reused
    assert "4 ok, 3 failed, 24 actions" in other.output


def _slow_plan(folder: Path, rows: int = 30000) -> Path:
    """A real, valid plan so long that extracting it takes many seconds."""
    head = SAMPLE.read_text(encoding="utf-8").splitlines()[:7]
    body = [
        f"{i}\tImprove area {i}.\t{i}.1 Do the work {i}.\tJane Smith\t31/07/2024\tGreen\tDone."
        for i in range(1, rows + 1)
    ]
    path = folder / "huge-plan.txt"
    path.write_text("\n".join(head + body) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_past_its_timeout_is_reported_and_the_rest_complete(
    tmp_path: Path, jobs: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    slow = _slow_plan(folder)
    for n in range(3):
        shutil.copy(SAMPLE, folder / f"plan-{n}.txt")
    out = tmp_path / "out"
    started = time.monotonic()
    result = runner.invoke(
        app, ["extract", str(folder), "-o", str(out), "-j", jobs, "--timeout", "1.5"]
    )
    assert time.monotonic() - started < 20
    assert result.exit_code == 1, result.output
    assert _errors(result.output) == [f"error: {slow}: timed out after 1.5 s"]
    assert "3 ok, 1 failed, 18 actions" in result.output
    assert not (out / "huge-plan.json").exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert runner.invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "o")]).exit_code == 2
    bad_jobs = runner.invoke(app, ["extract", str(SAMPLE), "-j", "0"])
    assert bad_jobs.exit_code == 2


# ----------------------------------------------------------------------------- workers


def _hang_or_die(item: str) -> str:
    """Spawn-safe work for the pool tests: hang, die, fail or succeed by name."""
    if item == "hang":
        time.sleep(600)
    if item == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    if item == "bug":
        raise ValueError("boom")
    return item.upper()


def test_hung_and_dead_workers_cost_one_item_each() -> None:
    items = ["a", "hang", "b", "die", "bug", "c"]
    started = time.monotonic()
    done = {d.item: d for d in run_parallel(items, _hang_or_die, jobs=2, timeout=2)}
    assert time.monotonic() - started < 15  # the sleeping worker was killed, not awaited
    assert {k: d.value for k, d in done.items() if d.error is None} == {
        "a": "A",
        "b": "B",
        "c": "C",
    }
    assert done["hang"].error == "timed out after 2 s"
    assert done["die"].error == f"worker stopped (exit code {-signal.SIGKILL})"
    assert done["bug"].error == "internal error: ValueError: boom"


# ----------------------------------------------------------------------------- killed runs


def _assert_no_partial_output(out: Path) -> None:
    for path in out.iterdir():
        if path.name.startswith("."):
            continue  # temp files and the manifest: hidden, never read as output
        assert path.suffix in {".json", ".csv", ".jsonl", ".sqlite"}, path
        if path.suffix == ".sqlite":
            with sqlite3.connect(path) as con:
                assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        elif path.suffix == ".json":
            ActionPlan.model_validate_json(path.read_bytes())
        elif path.suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as fh:
                rows = list(csv.reader(fh))
            assert rows and rows[0], f"{path.name} has no header"
            assert all(len(r) == len(rows[0]) for r in rows), f"{path.name} has a partial row"


def _start(folder: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "actionplan", "extract", str(folder), "-o", str(out)]
    return subprocess.Popen(
        [*command, "-j", "2", *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _wait_for(condition, seconds: float = 30) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail("condition not reached in time")
        time.sleep(0.02)


def _many(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        shutil.copy(SAMPLE, folder / f"plan-{n:03d}.txt")
    return folder


def test_a_killed_run_leaves_no_partial_file_and_resumes(tmp_path: Path) -> None:
    folder = _many(tmp_path / "in", 60)
    out = tmp_path / "out"
    first = _start(folder, out, "--quiet")
    _wait_for(lambda: len(list(out.glob("*.json"))) >= 3)
    os.killpg(first.pid, signal.SIGKILL)  # the run and its workers, mid-run
    first.wait(10)
    written = len(list(out.glob("*.json")))
    assert 3 <= written < 60
    assert not (out / "actions.csv").exists()  # tables come last, whole or not at all
    _assert_no_partial_output(out)

    second = _start(folder, out, "--db", str(out / "plans.sqlite"))
    stdout, stderr = second.communicate(timeout=60)
    assert second.returncode == 0, stderr.decode()
    assert "60 ok, 0 failed, 360 actions" in stdout.decode()
    reused = int(stdout.decode().split("(")[1].split()[0])
    assert reused >= written - 2  # only results still in flight at the kill are redone
    _assert_no_partial_output(out)
    assert len(list(out.glob("*.json"))) == 60
    with sqlite3.connect(out / "plans.sqlite") as con:
        assert con.execute("SELECT count(*) FROM actions").fetchone()[0] == 360


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_a_worker_killed_mid_run_costs_only_its_file(tmp_path: Path) -> None:
    folder = _many(tmp_path / "in", 40)
    _slow_plan(folder, rows=25000)  # keeps a worker busy long enough to be killed
    out = tmp_path / "out"
    run = _start(folder, out)

    def workers() -> list[int]:
        children = Path(f"/proc/{run.pid}/task/{run.pid}/children")
        try:
            return [int(p) for p in children.read_text().split()]
        except OSError:
            return []

    _wait_for(lambda: len(workers()) >= 2 and len(list(out.glob("*.json"))) >= 1)
    victims = workers()
    for pid in victims:
        os.kill(pid, signal.SIGKILL)
    stdout, err = run.communicate(timeout=60)
    stderr = err.decode()
    assert run.returncode == 1, stderr
    lost = [line for line in stderr.splitlines() if "worker stopped" in line]
    assert 1 <= len(lost) <= len(victims), (stdout, stderr, victims)
    assert "Traceback" not in stderr
    _assert_no_partial_output(out)
    with (out / "documents.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 41 - len(lost)


# ----------------------------------------------------------------------------- real reports


def test_real_reports_give_recommendations_or_a_reason(tmp_path: Path) -> None:
    folder = shared_file("real", "ofsted-reports")
    chosen = tmp_path / "in"
    chosen.mkdir()
    for name in (
        "blackpool-children-s-services-inspection-13-july-2012.pdf",  # an HTML page
        "wiltshire-children-s-services-inspection-22-july-2019.pdf",
    ):
        shutil.copy(folder / name, chosen / name)
    result = runner.invoke(app, ["extract", str(chosen), "-o", str(tmp_path / "out"), "-j", "2"])
    assert "Traceback" not in result.output
    errors = _errors(result.output)
    assert len(errors) == 1, result.output
    assert "blackpool" in errors[0] and "not a PDF: looks like HTML" in errors[0]
    assert errors[0].count("looks like HTML") == 1  # said once, not wrapped in itself
    with (tmp_path / "out" / "recommendations.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["doc"] for r in rows] == ["wiltshire-children-s-services-inspection-22-july-2019"] * 5
