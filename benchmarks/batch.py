"""Batch throughput: 200 documents (copies of the shared PDFs and seeds) with -j 1 and -j 2.

    .venv/bin/python benchmarks/batch.py [--count 200] [--jobs 1,2]

Prints documents/s and pages/s for each run, the speed-up over -j 1 and the
main process's peak Python memory (tracemalloc), which must not grow with
--count: the tables are streamed from the documents' JSON. Every run starts
from an empty output folder (nothing reused) and includes what a user waits
for: hashing, extraction, JSON, the tables and the SQLite file.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from actionplan.batch import Options, expand_inputs, run_batch  # noqa: E402

SHARED = ROOT.parent / "shared"


def corpus(folder: Path, count: int) -> list[Path]:
    """`count` files cycling over the shared PDFs and seed texts, each under its own name."""
    sources = sorted((SHARED / "pdf").glob("*.pdf")) + sorted((SHARED / "seeds").glob("*.txt"))
    if not sources:
        sys.exit(f"no shared plans in {SHARED}: clone the project beside its shared material")
    for n in range(count):
        source = sources[n % len(sources)]
        shutil.copyfile(source, folder / f"c{n:03d}_{source.name}")
    return expand_inputs([folder])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--jobs", default="1,2", help="comma-separated worker counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        files = corpus(folder, args.count)
        timings: dict[int, float] = {}
        for jobs in (int(j) for j in args.jobs.split(",")):
            out = Path(tmp) / f"out-j{jobs}"
            options = Options(jobs=jobs, timeout=120, db=out / "plans.sqlite")
            tracemalloc.start()
            started = time.perf_counter()
            report = run_batch(files, out, options)
            seconds = time.perf_counter() - started
            peak = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
            timings[jobs] = seconds
            print(
                f"-j {jobs}: {len(report.ok)} ok, {len(report.failed)} failed, "
                f"{report.actions} actions, {report.pages} pages in {seconds:.1f} s: "
                f"{len(files) / seconds:.1f} documents/s, {report.pages / seconds:.1f} pages/s, "
                f"main process peak {peak:.1f} MB"
            )
        base = timings.get(1)
        for jobs, seconds in timings.items():
            if base and jobs != 1:
                print(f"speed-up -j {jobs} over -j 1: {base / seconds:.2f}x")


if __name__ == "__main__":
    main()
