"""Write the corpus documents and their hand-written expectations.

Run from the project root (needs reportlab and python-docx):

    .venv/bin/python tests/corpus/build_corpus.py

Each spec in docs_pdf.py, docs_docx.py, docs_html.py, docs_keyvalue.py, docs_premium.py,
docs_dev2.py, docs_dev3.py and heldout2_*.py is one invented plan: its content and expected
records (model.py) and its layout. Documents go to docs/<half>/<stem>.<ext>, expectations to
expected/<half>/<stem>.jsonl,
where the half is "dev" (engine developers may study it), "heldout" or "heldout2" (never tuned on;
heldout2 is a second set made later, for a fresh estimate).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from docs_dev2 import PLANS as DEV2_PLANS  # noqa: E402
from docs_dev3 import PLANS as DEV3_PLANS  # noqa: E402
from docs_docx import PLANS as DOCX_PLANS  # noqa: E402
from docs_html import PLANS as HTML_PLANS  # noqa: E402
from docs_keyvalue import PLANS as KEYVALUE_PLANS  # noqa: E402
from docs_pdf import PLANS as PDF_PLANS  # noqa: E402
from docs_premium import PLANS as PREMIUM_PLANS  # noqa: E402
from heldout2_docx import PLANS as HELDOUT2_DOCX_PLANS  # noqa: E402
from heldout2_html import PLANS as HELDOUT2_HTML_PLANS  # noqa: E402
from heldout2_pdf import PLANS as HELDOUT2_PDF_PLANS  # noqa: E402
from model import Plan, expected_records  # noqa: E402
from render import html_blocks, write_docx, write_html, write_pdf  # noqa: E402

PLANS: list[Plan] = [
    *PDF_PLANS,
    *DOCX_PLANS,
    *HTML_PLANS,
    *KEYVALUE_PLANS,
    *PREMIUM_PLANS,
    *DEV2_PLANS,
    *DEV3_PLANS,
    *HELDOUT2_PDF_PLANS,
    *HELDOUT2_DOCX_PLANS,
    *HELDOUT2_HTML_PLANS,
]


def build(plan: Plan, out: Path) -> Path:
    """Write one plan's document and expectations under `out`; return the document's path."""
    folder = out / "docs" / plan.half
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{plan.stem}.{plan.fmt}"
    content, page = plan.layout(plan)
    if plan.fmt == "pdf":
        write_pdf(path, content, page)
    elif plan.fmt == "docx":
        write_docx(path, content, page)
    else:
        body = content if isinstance(content, str) else html_blocks(content)
        write_html(path, body, page)
    gold = out / "expected" / plan.half
    gold.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r, ensure_ascii=False) for r in expected_records(plan)]
    (gold / f"{plan.stem}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder for docs/ and expected/")
    out = parser.parse_args(argv).out
    stems = [p.stem for p in PLANS]
    duplicates = {s for s in stems if stems.count(s) > 1}
    if duplicates:
        raise SystemExit(f"duplicate stems: {sorted(duplicates)}")
    for plan in PLANS:
        try:
            print(build(plan, out).relative_to(out))
        except ValueError as error:
            print(f"{plan.stem}: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
