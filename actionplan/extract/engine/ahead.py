"""What the walk may look ahead at: the next block, and the rows of the table it stands in.

A header's roles are settled from the cells under it, and a lone title is
read by what follows it, so some decisions look a little way down the
document. These are pure functions of the blocks and a position.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from actionplan.extract.engine.content_roles import SAMPLE_ROWS
from actionplan.extract.grid import Block, Line, PageBreak, Row


def next_block(blocks: Sequence[Block], index: int) -> Block | None:
    """The block after `index`, page breaks skipped; None at the end."""
    for block in blocks[index + 1 :]:
        if not isinstance(block, PageBreak):
            return block
    return None


def rows_ahead(
    blocks: Sequence[Block], index: int, is_header: Callable[[Row], bool], include_current: bool
) -> list[Row]:
    """The data rows of the table at `index`, up to the next line or header row.

    With `include_current` the row at `index` counts too (a table without a
    header, read from its first row); a header there is passed over.
    """
    rows: list[Row] = []
    start = index if include_current else index + 1
    for block in blocks[start : start + SAMPLE_ROWS * 2]:
        if isinstance(block, Line):
            break
        if isinstance(block, Row):
            if is_header(block):
                if rows or not include_current:
                    break
                continue
            rows.append(block)
    return rows


def title_heading_ahead(blocks: Sequence[Block], index: int) -> bool:
    """A top-level heading follows `index` before the first table row: the document's
    own title is still to come."""
    for block in blocks[index + 1 :]:
        if isinstance(block, Row):
            return False
        if isinstance(block, Line) and block.heading == 1:
            return True
    return False
