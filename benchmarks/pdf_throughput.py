"""Pages per second and peak memory of the PDF reader against plain pdfplumber and camelot.

Each method runs in its own fresh process over the same files, so its peak
resident memory (ru_maxrss) is its own. The baseline is pdfplumber's
`extract_words()` on every page: the whole `actionplan extract` (reader,
engine, normalizers, schema) should keep at least half that rate.

    .venv/bin/python benchmarks/pdf_throughput.py [--quick] [--reports N]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


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


def _plain(path: Path) -> int:
    import pdfplumber

    n = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.close()
            n += 1
    return n


def _reader(path: Path) -> int:
    from actionplan.extract.readers.pdf_reader import read_pdf

    return read_pdf(path).pages or 0


def _extract(path: Path) -> int:
    """The whole of `actionplan extract` for one file: read, lay out, normalise, validate."""
    from actionplan.extract.api import ExtractionError, extract_file

    try:
        return extract_file(path).source.pages or 0
    except ExtractionError:  # a report with no plan table still had all its pages read
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return len(pdf.pages)


def _camelot(path: Path) -> int:
    import warnings

    import camelot
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        n = len(pdf.pages)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        camelot.read_pdf(str(path), pages="all", flavor="lattice", suppress_stdout=True)
    return n


METHODS = {
    "pdfplumber extract_words": _plain,
    "read_pdf": _reader,
    "actionplan extract": _extract,
    "camelot lattice": _camelot,
}


def _worker(method: str, files: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    fn = METHODS[method]
    pages = 0
    start = time.perf_counter()
    for f in files:
        pages += fn(Path(f))
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"pages": pages, "seconds": seconds, "peak_mb": peak_mb}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="short run: 3 reports, camelot on seeds")
    ap.add_argument("--reports", type=int, default=10, help="real reports to sample")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("files", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker(args.worker, args.files)
        return
    files = _files(3 if args.quick else args.reports)
    if not files:
        sys.exit(f"no PDFs found under {SHARED}")
    seeds = [f for f in files if f.parent.name == "pdf"]
    print(f"{len(files)} files ({len(seeds)} seed PDFs)")
    results: dict[str, dict[str, float]] = {}
    for method in METHODS:
        # camelot is an order of magnitude slower: in quick mode it reads the seeds only.
        chosen = seeds if (args.quick and method.startswith("camelot")) else files
        out = subprocess.run(
            [sys.executable, __file__, "--worker", method, *map(str, chosen)],
            check=True,
            capture_output=True,
            text=True,
        )
        res = json.loads(out.stdout.strip().splitlines()[-1])
        results[method] = res
        rate = res["pages"] / res["seconds"]
        note = " (seed PDFs only)" if chosen is seeds and len(seeds) != len(files) else ""
        print(
            f"{method:26} {res['pages']:5d} pages {res['seconds']:7.2f} s "
            f"{rate:7.1f} pages/s  peak {res['peak_mb']:6.0f} MB{note}"
        )
    base = results["pdfplumber extract_words"]
    for name in ("read_pdf", "actionplan extract", "camelot lattice"):
        ours = results[name]
        ratio = (ours["pages"] / ours["seconds"]) / (base["pages"] / base["seconds"])
        print(f"{name} / extract_words rate: {ratio:.2f}x")
    print("target: actionplan extract >= 0.5x")


if __name__ == "__main__":
    main()
