"""PDF speed per core: the readers and `actionplan extract` against pdfplumber's extract_words.

Every method runs as its own process pinned to one core over the same files,
and is timed by the CPU time (user + system) the whole process used, start-up
included, so other work on the machine does not blur the ratios. The baseline
is pdfplumber's `extract_words()` on every page, measured in the same run;
ratios above 1 are faster than it. Peak memory is the process's ru_maxrss.

Methods: the reader on the pdfminer page source (the former one), the reader on
the PDFium page source (the default), and `actionplan extract -j 1` end to end
(reader, engine, normalizers, schema, writers). A second table repeats the
pages of one seed plan to 10, 50, 200 and 800 pages and runs
`actionplan extract -j 1` on each, with the peak memory of the main process
and of the worker that reads the file.

    .venv/bin/python benchmarks/pdf_throughput.py [--reports N] [--no-long]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LONG_PAGES = (10, 50, 200, 800)


def _files(reports: int) -> list[Path]:
    """The seed PDFs plus an evenly spaced sample of real reports (HTML impostors skipped)."""
    files = sorted((SHARED / "pdf").glob("*.pdf"))
    real = [p for p in sorted((SHARED / "real" / "ofsted-reports").glob("*.pdf")) if _is_pdf(p)]
    if reports and real:
        step = max(1, len(real) // reports)
        files += real[::step][:reports]
    return files


def _is_pdf(path: Path) -> bool:
    with open(path, "rb") as f:
        return b"%PDF-" in f.read(1024)


# -- what each worker process runs ----------------------------------------------------


def _extract_words(files: list[str]) -> None:
    import pdfplumber

    for f in files:
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                page.extract_words()
                page.close()


def _reader(files: list[str], source: str) -> None:
    from actionplan.extract.readers import pdf_reader

    pdf_reader.PAGE_SOURCE = source
    for f in files:
        pdf_reader.read_pdf(Path(f))


def _extract_peaks(files: list[str]) -> None:
    """`actionplan extract -j 1` in this process, then the peak memory (MB) of this, the
    main process, and of its worker, as the last line."""
    import resource

    from actionplan.cli import app

    with tempfile.TemporaryDirectory() as out:
        args = ["extract", *files, "-o", out, "-j", "1", "-q", "--force", "--timeout", "3600"]
        try:
            app(args)
        except SystemExit as exc:
            if exc.code not in (0, 1):
                raise
    main = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{main:.0f} {worker:.0f}")


WORKERS = {
    "extract_words": _extract_words,
    "extract, peaks": _extract_peaks,
    "reader, pdfminer source": lambda files: _reader(files, "pdfminer"),
    "reader, PDFium source": lambda files: _reader(files, "pdfium"),
}


@dataclass
class Run:
    cpu: float
    wall: float
    peak_mb: float
    output: str = ""


def _pin() -> None:
    """Keep the process on one core, the same core for every method."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _measure(cmd: list[str]) -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, preexec_fn=_pin, cwd=ROOT, text=True
    )
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):  # 1: some files hold no plan, which is fine here
        sys.exit(f"{' '.join(cmd[:4])} failed with exit code {proc.returncode}")
    return Run(usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024, output)


def _method(name: str, files: list[Path]) -> Run:
    return _measure([sys.executable, __file__, "--worker", name, *map(str, files)])


def _extract(files: list[Path]) -> Run:
    with tempfile.TemporaryDirectory() as out:
        cmd = [sys.executable, "-m", "actionplan", "extract", *map(str, files)]
        return _measure([*cmd, "-o", out, "-j", "1", "-q", "--force", "--timeout", "3600"])


def _page_count(files: list[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for f in files:
        pdf = pdfium.PdfDocument(str(f))
        total += len(pdf)
        pdf.close()
    return total


def _long_pdf(src: Path, pages: int, dst: Path) -> Path:
    """A plan of `pages` pages made by repeating the pages of `src`."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(src))
    out = pdfium.PdfDocument.new()
    n = len(source)
    while len(out) < pages:
        take = min(n, pages - len(out))
        out.import_pages(source, list(range(take)))
    out.save(str(dst))
    out.close()
    source.close()
    return dst


def _row(name: str, pages: int, run: Run, base: Run | None) -> str:
    ratio = f"{base.cpu / run.cpu:5.2f}x" if base else "  1.00x"
    return (
        f"{name:28} {pages:5d} pages  cpu {run.cpu:7.2f} s  {pages / run.cpu:6.1f} pages/s"
        f"  {ratio}  wall {run.wall:6.2f} s  peak {run.peak_mb:5.0f} MB"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=10, help="real reports to sample")
    ap.add_argument("--no-long", action="store_true", help="skip the 10..800-page table")
    ap.add_argument(
        "--long-seed",
        type=int,
        default=1,
        metavar="N",
        help="which seed PDF (0-4) the long plans repeat; seed 0 has twice the actions a page",
    )
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("files", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        sys.path.insert(0, str(ROOT))
        WORKERS[args.worker](args.files)
        return
    files = _files(args.reports)
    if not files:
        sys.exit(f"no PDFs found under {SHARED}")
    seeds = [f for f in files if f.parent.name == "pdf"]
    pages = _page_count(files)
    print(f"{len(files)} files ({len(seeds)} seed PDFs), {pages} pages, one core each")
    print("ratio = extract_words CPU time / method CPU time (higher is faster)")
    base = _method("extract_words", files)
    print(_row("pdfplumber extract_words", pages, base, None))
    for name in ("reader, pdfminer source", "reader, PDFium source"):
        print(_row(name, pages, _method(name, files), base))
    print(_row("actionplan extract -j 1", pages, _extract(files), base))
    if args.no_long or not seeds:
        return
    seed = seeds[args.long_seed]
    print(f"\nactionplan extract -j 1 on {seed.name} repeated:")
    with tempfile.TemporaryDirectory() as tmp:
        for n in LONG_PAGES:
            pdf = _long_pdf(seed, n, Path(tmp) / f"long_{n}.pdf")
            run = _method("extract, peaks", [pdf])
            main, worker = run.output.split()[-2:]
            print(
                f"{n:5d} pages  cpu {run.cpu:7.2f} s  {n / run.cpu:6.1f} pages/s"
                f"  wall {run.wall:6.2f} s  peak: main {main:>4} MB, worker {worker:>4} MB"
            )


if __name__ == "__main__":
    main()
