"""Small builders for the reader tests: Word documents and web pages written in tmp_path.

A DOCX is described as blocks: headings, paragraphs, page breaks and tables whose
cells say their text, bold lead, bullets, shading, merges and list numbering, so
a test reads like the document it builds. Numbered lists are defined by name
(`Numbered`) and cells or paragraphs join them at a level, the way Word writes
them: a w:numPr on the paragraph, the number itself nowhere in the text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph


@dataclass
class C:
    """One cell as the author typed it.

    `bold` opens the first paragraph as a bold run; `bullets` follow as "List
    Bullet" paragraphs; `fill` is a w:shd hex; `span` merges cells rightwards;
    `down` continues the vertical merge of the cell above (its text is ignored);
    `style` is the text paragraphs' style ("List Number" numbers them);
    `num` puts them in a named `Numbered` list at a level (0 = top);
    `ink` colours the text (a hex such as "FF0000").
    """

    text: str | Sequence[str] = ""
    bold: str | None = None
    bullets: Sequence[str] = ()
    fill: str | None = None
    span: int = 1
    down: bool = False
    sup: Sequence[tuple[str, str]] = field(default_factory=tuple)
    style: str | None = None
    num: tuple[str, int] | None = None
    ink: str | None = None


@dataclass
class Numbered:
    """A list definition: each level's w:lvlText and w:numFmt, and where it starts.

    `restart` gives a second w:num over the same definition with a w:startOverride
    on level 0 (Word's "restart numbering"); join it as f"{name}!".
    """

    levels: Sequence[tuple[str, str]] = (("%1.", "decimal"), ("%1.%2", "decimal"))
    start: int = 1
    restart: int | None = None


@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Para:
    text: str
    bold: bool = False
    num: tuple[str, int] | None = None


@dataclass
class Break:
    """An explicit page break (a run's w:br type="page")."""


Block = Heading | Para | Break | list[list["C | str"]]


def build_docx(
    path: Path, blocks: Sequence[Block], lists: Mapping[str, Numbered] | None = None
) -> Path:
    """Write `blocks` (lists are tables: rows of cells) to a .docx at `path`."""
    document = docx.Document()
    num_ids = {
        k: v for name, spec in (lists or {}).items() for k, v in _define(document, name, spec)
    }
    for block in blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Para):
            paragraph = document.add_paragraph()
            paragraph.add_run(block.text).bold = block.bold or None
            if block.num:
                number(paragraph, num_ids[block.num[0]], block.num[1])
        elif isinstance(block, Break):
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            _table(document, block, num_ids)
    document.save(str(path))
    return path


def _define(document: docx.document.Document, name: str, spec: Numbered) -> list[tuple[str, int]]:
    """Add `spec` to word/numbering.xml: an abstractNum, its w:num, and a restarting one."""
    numbering = document.part.part_related_by(RT.NUMBERING).element
    abstract_id = (
        max(
            (int(a.get(qn("w:abstractNumId"))) for a in numbering.iter(qn("w:abstractNum"))),
            default=-1,
        )
        + 1
    )
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    for ilvl, (text, fmt) in enumerate(spec.levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, value in (("w:start", str(spec.start)), ("w:numFmt", fmt), ("w:lvlText", text)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            lvl.append(child)
        abstract.append(lvl)
    # abstractNums must come before the w:num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    out = []
    for key, start in ((name, None), (f"{name}!", spec.restart)):
        if key.endswith("!") and start is None:
            continue
        num_id = (
            max((int(n.get(qn("w:numId"))) for n in numbering.iter(qn("w:num"))), default=0) + 1
        )
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), str(abstract_id))
        num.append(ref)
        if start is not None:
            override = OxmlElement("w:lvlOverride")
            override.set(qn("w:ilvl"), "0")
            value = OxmlElement("w:startOverride")
            value.set(qn("w:val"), str(start))
            override.append(value)
            num.append(override)
        numbering.append(num)
        out.append((key, num_id))
    return out


def number(paragraph: Paragraph, num_id: int, ilvl: int = 0) -> None:
    """Number a paragraph as Word does: <w:numPr><w:ilvl/><w:numId/></w:numPr> in its pPr."""
    numpr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", ilvl), ("w:numId", num_id)):
        child = OxmlElement(tag)
        child.set(qn("w:val"), str(value))
        numpr.append(child)
    paragraph._p.get_or_add_pPr().append(numpr)


def _table(
    document: docx.document.Document, rows: list[list[C | str]], num_ids: Mapping[str, int]
) -> None:
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
                _write(cell, spec, num_ids)
            if spec.fill:
                shade(table.cell(r, col), spec.fill)
            col += spec.span


def _write(cell: _Cell, spec: C, num_ids: Mapping[str, int]) -> None:
    paragraphs = [spec.text] if isinstance(spec.text, str) else list(spec.text)
    first = cell.paragraphs[0]
    if spec.bold:
        first.add_run(spec.bold).bold = True
    for i, text in enumerate(paragraphs):
        paragraph = first if i == 0 else cell.add_paragraph()
        if text:
            run = paragraph.add_run(text)
            if spec.ink:
                run.font.color.rgb = RGBColor.from_string(spec.ink)
        if spec.style:
            paragraph.style = spec.style
        if spec.num:
            number(paragraph, num_ids[spec.num[0]], spec.num[1])
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
