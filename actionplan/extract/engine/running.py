"""Page furniture: page numbers, and title rows printed above a repeated header.

Plans repeat a title row or a running heading at the top of every page, just
before the column headings. Text that stands again and again between a page
break and the header is furniture, not content; page numbers are furniture
wherever they stand. Both become page breaks, which is all their presence
tells the engine.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from actionplan.extract.grid import Block, Line, PageBreak, Row

_PAGE_SUFFIX = re.compile(r"(?:^|[\s|\-–])page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_FOOTER_WORDS = 12
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I)


def _is_page_mark(text: str) -> bool:
    """A page number alone, or a short footer ending in one ("Improvement Plan - Page 2")."""
    text = text.strip()
    return bool(_PAGE_NUMBER.match(text)) or (
        len(text.split()) <= _FOOTER_WORDS and bool(_PAGE_SUFFIX.search(text))
    )


def is_page_number(block: Block) -> bool:
    if isinstance(block, Line):
        return _is_page_mark(block.text)
    if isinstance(block, Row):
        filled = block.filled
        return 0 < len(filled) <= 2 and any(_is_page_mark(c.text) for c in filled)
    return False


def drop_page_furniture(
    blocks: list[Block], header_key: Callable[[Row], tuple[str, ...] | None]
) -> list[Block]:
    out: list[Block] = []
    pending: list[Block] = []  # blocks seen since the last page break
    after_break = False
    seen_at_top: set[str] = set()
    for block in blocks:
        if isinstance(block, PageBreak) or is_page_number(block):
            out.extend(pending)
            pending = []
            if not out or not isinstance(out[-1], PageBreak):
                out.append(block if isinstance(block, PageBreak) else PageBreak(line=block.line))
            after_break = True
            continue
        key = header_key(block) if isinstance(block, Row) else None
        if key is not None:
            # only the run of already-seen text at the very top of the page is furniture
            texts = [_text(held) for held in pending]
            top = 0
            while top < len(texts) and texts[top] in seen_at_top:
                top += 1
            out.extend(pending[top:])
            seen_at_top.update(texts)
            pending = []
            after_break = False
            out.append(block)
            continue
        if after_break and (isinstance(block, Line) or len(block.filled) <= 2):
            pending.append(block)
            continue
        out.extend(pending)
        pending = []
        after_break = False
        out.append(block)
    out.extend(pending)
    return out


def _text(block: Block) -> str:
    if isinstance(block, Line):
        return " ".join(block.text.lower().split())
    assert isinstance(block, Row)
    return " | ".join(" ".join(c.text.lower().split()) for c in block.filled)
