"""The worker pool: every way a worker can be lost costs at most the item it held."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from actionplan.pool import Done, WorkerStartError, run_parallel
from tests import unimportable_in_workers

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")


def _work(item: str) -> tuple[str, int]:
    """Spawn-safe work: the item in capitals and the worker's pid, or a try at 1 GiB."""
    if item == "hog":
        return item, len(bytearray(1 << 30))
    return item.upper(), os.getpid()


def _dead(pid: int) -> bool:
    """Gone, or a zombie whose every thread has exited and so closed its files."""
    try:
        return not os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return True


def _wait_dead(pid: int) -> None:
    deadline = time.monotonic() + 30
    while not _dead(pid):
        assert time.monotonic() < deadline, "worker did not die"
        time.sleep(0.01)


def test_a_worker_that_dies_idle_is_replaced_and_its_next_item_done() -> None:
    items = ["a", "b", "c", "d"]
    done: dict[str, Done] = {}
    for outcome in run_parallel(items, _work, jobs=2, timeout=60):
        if not done:  # its worker is idle now, and items are still waiting for one
            os.kill(outcome.value[1], signal.SIGKILL)
            _wait_dead(outcome.value[1])
        done[outcome.item] = outcome
    assert {k: d.error for k, d in done.items()} == dict.fromkeys(items)
    assert {d.value[0] for d in done.values()} == {"A", "B", "C", "D"}


def test_one_job_still_runs_each_item_in_a_worker() -> None:
    [done] = run_parallel(["a"], _work, jobs=1, timeout=60)
    assert done.value == ("A", done.value[1])
    assert done.value[1] != os.getpid()


def test_an_item_over_the_memory_limit_is_reported_as_a_limit() -> None:
    done = {d.item: d for d in run_parallel(["hog", "a"], _work, jobs=1, timeout=60, memory_mb=512)}
    assert done["hog"].error == "ran out of memory (limit 512 MB)"
    assert done["hog"].limit
    assert done["a"].value[0] == "A" and not done["a"].limit


def test_workers_that_cannot_start_stop_the_run_with_a_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BREAK_WORKERS", "1")
    with pytest.raises(WorkerStartError, match="workers exit before starting"):
        list(run_parallel(["a"], unimportable_in_workers.work, jobs=1, timeout=60))
