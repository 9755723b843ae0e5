"""Small builders for the reader tests: Word documents and web pages written in tmp_path.

A DOCX is described as blocks: headings, paragraphs, page breaks and tables whose
cells say their text, bold lead, bullets, shading and merges, so a test reads
like the document it builds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import _Cell


@dataclass
class C:
    """One cell as the author typed it.

    `bold` opens the first paragraph as a bold run; `bullets` follow as "List
    Bullet" paragraphs; `fill` is a w:shd hex; `span` merges cells rightwards;
    `down` continues the vertical merge of the cell above (its text is ignored).
    """

    text: str | Sequence[str] = ""
    bold: str | None = None
    bullets: Sequence[str] = ()
    fill: str | None = None
    span: int = 1
    down: bool = False
    sup: Sequence[tuple[str, str]] = field(default_factory=tuple)


@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Para:
    text: str
    bold: bool = False


@dataclass
class Break:
    """An explicit page break (a run's w:br type="page")."""


Block = Heading | Para | Break | list[list["C | str"]]


def build_docx(path: Path, blocks: Sequence[Block]) -> Path:
    """Write `blocks` (lists are tables: rows of cells) to a .docx at `path`."""
    document = docx.Document()
    for block in blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Para):
            document.add_paragraph().add_run(block.text).bold = block.bold or None
        elif isinstance(block, Break):
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            _table(document, block)
    document.save(str(path))
    return path


def _table(document: docx.document.Document, rows: list[list[C | str]]) -> None:
    specs = [[c if isinstance(c, C) else C(c) for c in row] for row in rows]
    width = sum(c.span for c in specs[0])
    table = document.add_table(rows=len(specs), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(specs):
        col = 0
        for spec in row:
            cell = table.cell(r, col)
            if spec.span > 1:
                cell = cell.merge(table.cell(r, col + spec.span - 1))
            if spec.down:
                table.cell(r - 1, col).merge(cell)
            else:
                _write(cell, spec)
            if spec.fill:
                shade(table.cell(r, col), spec.fill)
            col += spec.span


def _write(cell: _Cell, spec: C) -> None:
    paragraphs = [spec.text] if isinstance(spec.text, str) else list(spec.text)
    first = cell.paragraphs[0]
    if spec.bold:
        first.add_run(spec.bold).bold = True
    for i, text in enumerate(paragraphs):
        paragraph = first if i == 0 else cell.add_paragraph()
        if text:
            paragraph.add_run(text)
    for base, sup in spec.sup:
        paragraph = cell.paragraphs[-1]
        paragraph.add_run(base)
        if sup:
            paragraph.add_run(sup).font.superscript = True
    for item in spec.bullets:
        cell.add_paragraph(item, style="List Bullet")


def shade(cell: _Cell, fill: str) -> None:
    """Give a cell the shading Word writes: <w:shd w:val="clear" w:fill="..."/>."""
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def html_page(body: str, title: str = "Action plan") -> str:
    """A full page around `body`, with the chrome a real site adds (all of it to be dropped)."""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'>"
        f"<title>{title}</title><style>td {{ padding: 2px }}</style>"
        "<script>var x = '<table><tr><td>not a table</td></tr></table>';</script></head>"
        "<body><header><p>Council website</p></header>"
        "<nav><ul><li>Home</li><li>Services</li></ul></nav>"
        f"<main>{body}</main>"
        "<footer><p>Contact us</p></footer></body></html>\n"
    )
