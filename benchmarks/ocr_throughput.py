"""OCR pages per second on a scanned copy of a seed PDF, and how well the scan still scores.

The seed is rendered as an office scanner would (200 dpi, greyscale, turned by
half a degree, light noise) into an image-only PDF, then read by `actionplan
extract` with OCR; the same seed's text layer is read as the baseline. The
scan's actions are scored against the seed's hand-labelled gold with
../shared/tools/score.py, so a speed gain that costs accuracy shows.

    .venv/bin/python benchmarks/ocr_throughput.py [--seed 004] [--pages N]
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def _seed(prefix: str) -> Path:
    found = sorted((SHARED / "pdf").glob(f"{prefix}*.pdf"))
    if not found:
        sys.exit(f"no seed PDF {prefix}* under {SHARED / 'pdf'}")
    return found[0]


def _first_pages(source: Path, target: Path, pages: int) -> Path:
    import pypdfium2  # type: ignore[import-untyped]

    whole = pypdfium2.PdfDocument(str(source))
    part = pypdfium2.PdfDocument.new()
    part.import_pages(whole, list(range(min(pages, len(whole)))))
    part.save(str(target))
    part.close()
    whole.close()
    return target


def _timed(path: Path, ocr: str) -> tuple[object, float]:
    from actionplan.extract.api import extract_file

    start = time.perf_counter()
    plan = extract_file(path, ocr=ocr)
    return plan, time.perf_counter() - start


def _score(plan: object, stem: str, folder: Path, show: int = 0) -> str:
    from actionplan.schemas import ActionPlan
    from actionplan.writers import ACTION_COLUMNS, action_row

    assert isinstance(plan, ActionPlan)
    predicted = folder / "actions.csv"
    with predicted.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=ACTION_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for section, area, action in plan.actions():
            writer.writerow({**action_row(plan, section, area, action), "doc": stem})
    out = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), "--gold",
         str(SHARED / "gold" / "pdf" / f"{stem}.jsonl"), "--doc", stem, "--show", str(show),
         str(predicted)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    lines = out.stdout.strip().splitlines()
    mismatches = [ln for ln in lines if ln.startswith("  ")] if show else []
    return "\n".join([lines[-1], *mismatches])


def main() -> None:
    from tests.scanbuild import scan_pdf

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", default="004", help="seed PDF name prefix [004]")
    ap.add_argument("--pages", type=int, default=0, help="only the first N pages (0: all)")
    ap.add_argument("--show", type=int, default=0, help="print the scan's first N mismatches")
    args = ap.parse_args()
    seed = _seed(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = _first_pages(seed, folder / seed.name, args.pages) if args.pages else seed
        start = time.perf_counter()
        scan = scan_pdf(source, folder / f"{seed.stem}-scan.pdf")
        print(f"scanned {seed.name} in {time.perf_counter() - start:.1f} s")
        typed, typed_s = _timed(source, "never")
        scanned, ocr_s = _timed(scan, "auto")
        pages = scanned.source.pages or 0  # type: ignore[attr-defined]
        print(f"text layer: {pages} pages {typed_s:6.2f} s {pages / typed_s:7.2f} pages/s")
        print(f"OCR:        {pages} pages {ocr_s:6.2f} s {pages / ocr_s:7.2f} pages/s")
        if not args.pages:
            print("text layer", _score(typed, seed.stem, folder))
            print("scan      ", _score(scanned, seed.stem, folder, args.show))


if __name__ == "__main__":
    main()
