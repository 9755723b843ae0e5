"""Reader for text conversions of plans: tab-separated table rows between markdown lines.

Conversions write each table row as one line of tab-separated cells, text
outside tables as markdown (headings, bold, bullets) and leave blank lines
where the page turned. This reader only splits and cleans; meaning is decided
by the engine.
"""

from __future__ import annotations

import re
from pathlib import Path

from actionplan.extract.errors import ReaderError
from actionplan.extract.grid import Cell, Grid, Line, PageBreak, Row
from actionplan.extract.readers.encoding import UTF16_BOMS, decode_text
from actionplan.extract.richtext import clean

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_BULLET = re.compile(r"^\s*[-*+]\s+")
_DASH_CELL = re.compile(r"^\s*-{2,}\s*$")


class TextError(ReaderError):
    """The file is not a readable text plan."""


def read_text(path: Path) -> Grid:
    raw = path.read_bytes()
    if not raw.strip():
        raise TextError("empty file")
    if b"\x00" in raw[:4096] and not raw.startswith(UTF16_BOMS):
        raise TextError("binary file, not text")
    return parse_text(decode_text(raw))


def parse_text(content: str) -> Grid:
    grid = Grid()
    table = 0
    in_table = False
    blank_run = False
    for number, raw_line in enumerate(content.splitlines(), start=1):
        line = raw_line.rstrip("\r\n")
        if not line.strip():
            blank_run = True
            continue
        if blank_run:
            grid.blocks.append(PageBreak(line=number))
            blank_run = False
        if "\t" in line:
            cells = line.split("\t")
            if all(_DASH_CELL.match(c) or not c.strip() for c in cells):
                continue
            if not in_table:
                table += 1
                in_table = True
            grid.blocks.append(Row([_cell(c) for c in cells], table=table, line=number))
            continue
        in_table = False
        if _RULE.match(line):
            continue
        grid.blocks.append(_line(line, number))
    return grid


def _cell(fragment: str) -> Cell:
    rich = clean(fragment)
    return Cell(rich.text, bold_lead=rich.bold_lead, numbered=rich.numbered)


def _line(line: str, number: int) -> Line:
    heading = None
    match = _HEADING.match(line)
    if match:
        heading = len(match.group(1))
        line = match.group(2)
    listed = heading is None and bool(_BULLET.match(line))
    line = _BULLET.sub("", line)
    rich = clean(line)
    bold = rich.bold_lead is not None and rich.bold_lead == rich.text.replace("\n", " ")
    text = rich.text.replace("\n", " ")
    return Line(text, line=number, heading=heading, bold=bold, listed=listed)
