"""Speed and accuracy of the normalizers on the seed plans' cells.

    python benchmarks/normalizers.py [--passes 200]

Collects every due and start cell of the gold seed labels (../shared), then:

- times parse_span cold (cache cleared before each pass) and cached, in cells/s;
- compares due_end accuracy against the gold for actionplan and for plain
  ``dateparser.parse(raw, settings={"DATE_ORDER": "DMY"})``, the usual baseline;
- times status and lead normalisation on the seeds' progress notes and leads.

Single process, single core; the target is >= 20,000 date cells/s cached.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "seeds"


def _gold_rows() -> list[dict]:
    rows: list[dict] = []
    for path in sorted(GOLD.glob("*.jsonl")):
        if not path.name.endswith(".areas.jsonl"):
            rows.extend(json.loads(x) for x in path.read_text().splitlines() if x.strip())
    return rows


def _rate(work: Callable[[], int], passes: int, before: Callable[[], None] | None = None) -> float:
    """Items per second over `passes` runs of `work` (which returns how many it did)."""
    done = 0
    elapsed = 0.0
    for _ in range(passes):
        if before:
            before()
        start = time.perf_counter()
        done += work()
        elapsed += time.perf_counter() - start
    return done / elapsed if elapsed else float("inf")


def _baseline_end(raw: str | None) -> date | None:
    """Plain dateparser, as most scrapers use it: no grammar, no guard against today."""
    import dateparser

    if not raw:
        return None
    try:
        value = dateparser.parse(raw, settings={"DATE_ORDER": "DMY"})
    except Exception:
        return None
    return value.date() if value else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=200, help="timed passes per measure")
    args = parser.parse_args(argv)
    if not GOLD.is_dir():
        print(f"../shared not found: {GOLD} holds the gold labels", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from actionplan.normalizers.dates import clear_cache, parse_span
    from actionplan.normalizers.people import split_leads
    from actionplan.normalizers.status import classify_status, status_from_note

    rows = _gold_rows()
    cells = [r["due_raw"] for r in rows if r["due_raw"]]
    cells += [r["start_raw"] for r in rows if r["start_raw"]]
    distinct = len(set(cells))

    def parse_all() -> int:
        for raw in cells:
            parse_span(raw)
        return len(cells)

    def parse_all_uncached() -> int:
        for raw in cells:
            clear_cache()
            parse_span(raw)
        return len(cells)

    cold = _rate(parse_all, max(1, args.passes // 10), before=clear_cache)
    uncached = _rate(parse_all_uncached, max(1, args.passes // 10))
    parse_all()
    cached = _rate(parse_all, args.passes)

    def iso(value: date | None) -> str | None:
        return value.isoformat() if value else None

    ours_end = ours_full = base_end = 0
    _baseline_end("1 January 2012")  # import and warm dateparser outside the timing
    baseline_time = time.perf_counter()
    baseline = [_baseline_end(r["due_raw"]) for r in rows]
    baseline_time = time.perf_counter() - baseline_time
    for row, base in zip(rows, baseline, strict=True):
        span = parse_span(row["due_raw"])
        ours_end += iso(span.end) == row["due_end"]
        ours_full += (iso(span.start), iso(span.end), span.kind.value) == (
            row["due_start"],
            row["due_end"],
            row["due_kind"],
        )
        base_end += iso(base) == row["due_end"]

    notes = [r["progress_raw"] for r in rows if r["progress_raw"]]
    statuses = [r["status_raw"] for r in rows if r["status_raw"]]
    leads = [" / ".join(r["leads"]) for r in rows if r["leads"]]

    def status_all() -> int:
        for text in notes:
            status_from_note(text)
        for text in statuses:
            classify_status(text)
        return len(notes) + len(statuses)

    def leads_all() -> int:
        for text in leads:
            split_leads(text)
        return len(leads)

    status_rate = _rate(status_all, args.passes)
    lead_rate = _rate(leads_all, max(1, args.passes // 10))

    n = len(rows)
    print(f"date cells         : {len(cells)} ({distinct} distinct) from {n} gold actions")
    print(f"parse_span cold    : {cold:>10,.0f} cells/s (cache cleared each pass)")
    print(f"parse_span uncached: {uncached:>10,.0f} cells/s (cache cleared before every cell)")
    print(f"parse_span cached  : {cached:>10,.0f} cells/s (target >= 20,000)")
    print(f"dateparser.parse   : {n / baseline_time:>10,.0f} cells/s (one pass, after warm-up)")
    print(f"due_end accuracy   : actionplan {ours_end / n:.3f}   dateparser {base_end / n:.3f}")
    print(f"full span accuracy : actionplan {ours_full / n:.3f} (start, end and kind)")
    print(f"statuses           : {status_rate:>10,.0f} texts/s cached")
    print(f"split_leads        : {lead_rate:>10,.0f} cells/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
