"""Start-up cost: what a user waits for before any file is read.

Each command runs as its own process, several times; the best run is kept
(the least disturbed by other work on the machine). Reported per command:
wall seconds, CPU seconds (user + system) and peak memory (ru_maxrss), plus
how many modules it imported. "worker start" is what a spawned batch worker
imports to read its first file: the CLI module (the console script is
re-imported as the worker's main module), the pool, the worker entry point
and the extraction it imports when the first file arrives.

    .venv/bin/python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COUNT = "import sys; print(len(sys.modules), file=sys.stderr)"
COMMANDS = {
    "actionplan --help": ["-m", "actionplan", "--help"],
    "import actionplan": ["-c", f"import actionplan; {COUNT}"],
    "import actionplan.cli": ["-c", f"import actionplan.cli; {COUNT}"],
    "worker start": [
        "-c",
        "import actionplan.cli, actionplan.pool, actionplan.reports.extract;"
        f" from actionplan.batch import extract_to_json; {COUNT}",
    ],
}


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float
    modules: str


def _run(args: list[str]) -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        text=True,
    )
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(args)} failed: {err.strip()}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, err.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7, help="runs per command; the best is kept")
    args = ap.parse_args()
    print(f"best of {args.runs} runs")
    for name, command in COMMANDS.items():
        runs = [_run(command) for _ in range(args.runs)]
        best = min(runs, key=lambda r: r.wall)
        modules = f"  {best.modules} modules" if best.modules else ""
        print(
            f"{name:24} wall {best.wall:5.2f} s  cpu {min(r.cpu for r in runs):5.2f} s"
            f"  peak {best.peak_mb:4.0f} MB{modules}"
        )


if __name__ == "__main__":
    main()
