"""DOCX reader: a Word document's body to a `Grid` of table rows and paragraphs.

Word keeps what the grid needs in the XML itself, so the reader walks it
directly rather than through python-docx's table API (which repeats a merged
cell once per grid column it covers): `w:gridSpan` gives a cell's span,
`w:vMerge` marks cells merged down (blank below their first row, which is how
the engine knows "same area as above"), `w:shd` the shading a RAG column may be
nothing but. Explicit page breaks and page-turning section breaks become
`PageBreak`s; Word's own pagination is not in the file, so rows carry no page.
Automatic list numbers ("1.", "1.1") are not in the text either, yet plans
number their areas and actions with them, so `_Numbering` counts them as Word
does and the reader writes each number in front of its paragraph.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from lxml import etree

from actionplan.extract.errors import ReaderError
from actionplan.extract.grid import Block, Cell, Grid, Line, PageBreak
from actionplan.extract.readers.cell_text import (
    Paragraph,
    Run,
    fill_name,
    list_number,
    mark_colour,
    paragraph_lines,
    render,
    table_rows,
)
from actionplan.extract.readers.spans import cap_spans

_P, _TBL, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_R, _T, _VAL = qn("w:r"), qn("w:t"), qn("w:val")
# Containers whose children are read as if they stood in their parent.
_WRAPPERS = {qn(t) for t in ("w:sdt", "w:sdtContent", "w:customXml", "w:smartTag")}
_INLINE_WRAPPERS = _WRAPPERS | {
    qn(t) for t in ("w:hyperlink", "w:ins", "w:fldSimple", "w:moveTo", "w:dir", "w:bdo")
}
_OFF = {"0", "false", "off", "none"}
MAX_INFLATED = 512 << 20  # bytes all parts may inflate to: far above any real plan
_PAGE = object()  # marks an explicit page break inside a paragraph's runs


class DocxError(ReaderError):
    """The file is not a readable Word document."""


def read_docx(path: Path) -> Grid:
    """Read a .docx file; raises DocxError with a short reason when it cannot be opened."""
    try:
        _check_sizes(path)
        document = docx.Document(str(path))
    except (OpcError, KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise DocxError(f"corrupt Word document: {_short(exc)}") from exc
    body = document.element.body
    if body is None:
        raise DocxError("corrupt Word document: no document body")
    styles = _Styles(document)
    reader = _Reader(styles, _section_starts(body), _Numbering(_numbering_root(document), styles))
    reader.container(body)
    return Grid(blocks=reader.blocks, pages=None)


def _section_starts(body: Any) -> list[str]:
    """How each section after the first begins ("nextPage", "continuous", ...), in order.

    A paragraph's w:sectPr closes a section, but the break that follows it is
    the next section's w:type, so the reader needs them all up front.
    """
    kinds = []
    for sect in body.iter(qn("w:sectPr")):
        if sect.getparent().tag not in (qn("w:pPr"), body.tag):
            continue  # a tracked change's old settings
        kind = sect.find(qn("w:type"))
        kinds.append(kind.get(_VAL, "nextPage") if kind is not None else "nextPage")
    return kinds[1:]


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


def _on(element: Any | None) -> bool | None:
    """A Word toggle property: present and not switched off; None when absent."""
    if element is None:
        return None
    return element.get(_VAL, "true").lower() not in _OFF


class _Styles:
    """Bold and heading level that paragraphs and runs take from their styles."""

    def __init__(self, document: Any) -> None:
        self._by_id = {s.style_id: s for s in document.styles}
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.default_paragraph = default.style_id if default is not None else None
        self._bold: dict[str | None, bool | None] = {}

    def _chain(self, style_id: str | None) -> Iterator[Any]:
        style = self._by_id.get(style_id) if style_id else None
        seen: set[str] = set()
        while style is not None and style.style_id not in seen:
            seen.add(style.style_id)
            yield style
            style = style.base_style

    def bold(self, style_id: str | None) -> bool | None:
        if style_id not in self._bold:
            value = None
            for style in self._chain(style_id):
                rpr = style.element.find(qn("w:rPr"))
                value = _on(rpr.find(qn("w:b"))) if rpr is not None else None
                if value is not None:
                    break
            self._bold[style_id] = value
        return self._bold[style_id]

    def num_pr(self, style_id: str | None) -> tuple[str | None, int | None]:
        """The list (numId, ilvl) a paragraph style puts its paragraphs in, nearest first."""
        for style in self._chain(style_id):
            ppr = style.element.find(qn("w:pPr"))
            numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
            num_id = _child_val(numpr, "w:numId")
            if num_id is not None:
                return num_id, _int_or_none(_child_val(numpr, "w:ilvl"))
        return None, None

    def heading(self, style_id: str | None) -> int | None:
        for style in self._chain(style_id):
            name = (style.name or "").strip().lower()
            if name == "title":
                return 1
            if name.startswith("heading ") and name[8:].strip().isdigit():
                number = int(name[8:].strip())
                return number if 1 <= number <= 6 else None
            level = _outline_level(style.element.find(qn("w:pPr")))
            if level is not None:
                return level
        return None


def _child_val(parent: Any | None, tag: str) -> str | None:
    node = parent.find(qn(tag)) if parent is not None else None
    return node.get(_VAL) if node is not None else None


def _int_or_none(raw: str | None) -> int | None:
    text = (raw or "").strip()
    return int(text) if re.fullmatch(r"-?\d{1,9}", text) else None


def _numbering_root(document: Any) -> Any | None:
    """word/numbering.xml as XML, or None when the document has none (or an unreadable one)."""
    try:
        part = document.part.part_related_by(RT.NUMBERING)
        root = getattr(part, "element", None)
        return root if root is not None else etree.fromstring(part.blob)
    except (KeyError, ValueError, AttributeError, etree.XMLSyntaxError):
        return None


@dataclass(frozen=True, slots=True)
class _Level:
    """One level of a list definition (w:lvl), as far as the number's text needs it."""

    start: int = 1
    fmt: str = "decimal"
    text: str | None = None  # w:lvlText, "%1." / "%1.%2"; None when the level has none
    legal: bool = False  # w:isLgl: every level's number in decimal
    restart: int | None = None  # w:lvlRestart: restart after this 1-based level; 0 never
    style: str | None = None  # w:pStyle: the paragraph style linked to this level
    bold: bool | None = None


def _level(lvl: Any, base: _Level | None = None) -> _Level:
    base = base or _Level()
    start = _int_or_none(_child_val(lvl, "w:start"))
    text_node = lvl.find(qn("w:lvlText"))
    rpr = lvl.find(qn("w:rPr"))
    bold = _on(rpr.find(qn("w:b"))) if rpr is not None else None
    return _Level(
        start=start if start is not None else base.start,
        fmt=_child_val(lvl, "w:numFmt") or base.fmt,
        text=text_node.get(_VAL, "") if text_node is not None else base.text,
        legal=_on(lvl.find(qn("w:isLgl"))) or False,
        restart=_int_or_none(_child_val(lvl, "w:lvlRestart")),
        style=_child_val(lvl, "w:pStyle"),
        bold=bold if bold is not None else base.bold,
    )


@dataclass
class _List:
    """A w:num: the abstract definition it uses, its level overrides, where it counts."""

    levels: dict[int, _Level]
    starts: dict[int, int]  # w:startOverride per level
    key: str  # lists sharing a key share counters


_LEVEL_REF = re.compile(r"%([1-9])")


class _Numbering:
    """Word's automatic list numbers, counted in document order as Word displays them.

    Lists (w:num) sharing an abstract definition continue one another, as in
    Word, unless one restarts with a w:startOverride; a level restarts its
    deeper levels; a level used before its parents starts them (Word shows
    "1.1" for a first item at level 2). Anything malformed gives no number,
    never an error: the text is still worth reading without it.
    """

    def __init__(self, root: Any | None, styles: _Styles) -> None:
        self.styles = styles
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._links: dict[str, str] = {}  # abstractNumId -> numbering style it defers to
        self._nums: dict[str, Any] = {}
        self._lists: dict[str, _List | None] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        try:
            for abstract in root.iter(qn("w:abstractNum")):
                levels: dict[int, _Level] = {}
                for lvl in abstract.findall(qn("w:lvl")):
                    ilvl = _int_or_none(lvl.get(qn("w:ilvl")))
                    if ilvl is not None and 0 <= ilvl <= 8:
                        levels[ilvl] = _level(lvl)
                abstract_id = abstract.get(qn("w:abstractNumId")) or ""
                self._abstract[abstract_id] = levels
                link = _child_val(abstract, "w:numStyleLink")
                if link:
                    self._links[abstract_id] = link
            for num in root.iter(qn("w:num")):
                self._nums[num.get(qn("w:numId")) or ""] = num
        except (ValueError, TypeError, AttributeError):
            self._abstract, self._nums = {}, {}

    def _list_of(self, ppr: Any | None, style_id: str | None) -> tuple[str, int | None] | None:
        """The list (numId) and level a paragraph belongs to, directly or by its style."""
        numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
        num_id = _child_val(numpr, "w:numId")
        ilvl = _int_or_none(_child_val(numpr, "w:ilvl"))
        if num_id is None:
            num_id, style_ilvl = self.styles.num_pr(style_id)
            ilvl = ilvl if ilvl is not None else style_ilvl
        if num_id is None or num_id.strip() == "0":
            return None
        return num_id, ilvl

    def prefix(self, ppr: Any | None, style_id: str | None) -> tuple[str, bool | None] | None:
        """Count a paragraph's list item; its number's text and bold, or None if unnumbered."""
        listed = self._list_of(ppr, style_id)
        if listed is None:
            return None
        num_id, ilvl = listed
        try:
            return self._count(num_id, ilvl, style_id)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError):
            return None

    def bulleted(self, ppr: Any | None, style_id: str | None) -> bool:
        """Whether a paragraph is a bulleted list item (its level shows a bullet, no number)."""
        listed = self._list_of(ppr, style_id)
        if listed is None:
            return False
        num_id, ilvl = listed
        found = self._list(num_id)
        level = found.levels.get(ilvl or 0) if found is not None else None
        return level is not None and level.fmt == "bullet"

    def _list(self, num_id: str) -> _List | None:
        if num_id not in self._lists:
            self._lists[num_id] = self._build(num_id, set())
        return self._lists[num_id]

    def _build(self, num_id: str, seen: set[str]) -> _List | None:
        num = self._nums.get(num_id)
        if num is None or num_id in seen:
            return None
        seen.add(num_id)
        abstract_id = _child_val(num, "w:abstractNumId") or ""
        if abstract_id not in self._abstract:
            return None
        link = self._links.get(abstract_id)
        if link:
            # a list that takes its levels from a numbering style's list
            linked_num, _ = self.styles.num_pr(link)
            linked = self._build(linked_num, seen) if linked_num else None
            base, key = (linked.levels, linked.key) if linked else ({}, f"a{abstract_id}")
        else:
            base, key = self._abstract[abstract_id], f"a{abstract_id}"
        levels = dict(base)
        starts: dict[int, int] = {}
        for override in num.findall(qn("w:lvlOverride")):
            ilvl = _int_or_none(override.get(qn("w:ilvl")))
            if ilvl is None or not 0 <= ilvl <= 8:
                continue
            start = _int_or_none(_child_val(override, "w:startOverride"))
            if start is not None:
                starts[ilvl] = start
            lvl = override.find(qn("w:lvl"))
            if lvl is not None:
                levels[ilvl] = _level(lvl, levels.get(ilvl))
        if starts:
            key = f"n{num_id}"  # a restarted list counts on its own
        return _List(levels, starts, key)

    def _count(
        self, num_id: str, ilvl: int | None, style_id: str | None
    ) -> tuple[str, bool | None] | None:
        found = self._list(num_id)
        if found is None or not found.levels:
            return None
        if ilvl is None:
            linked = [i for i, lv in found.levels.items() if style_id and lv.style == style_id]
            ilvl = linked[0] if linked else 0
        ilvl = min(max(ilvl, 0), 8)
        level = found.levels.get(ilvl)
        if level is None:
            return None

        def start(i: int) -> int:
            return found.starts.get(i, found.levels.get(i, _Level()).start)

        counters = self._counters.setdefault(found.key, {})
        for upper in range(ilvl):
            counters.setdefault(upper, start(upper))
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start(ilvl)
        for deeper in [d for d in counters if d > ilvl]:
            restart = found.levels.get(deeper, _Level()).restart
            if restart is None or (restart > 0 and ilvl < restart):
                del counters[deeper]
        if level.fmt == "bullet" or not level.text:
            return None

        def number(match: re.Match[str]) -> str:
            i = int(match.group(1)) - 1
            shown = found.levels.get(i, _Level())
            if shown.fmt in ("none", "bullet"):
                return ""
            fmt = "decimal" if level.legal else shown.fmt
            return list_number(counters.get(i, start(i)), fmt, word=True)

        text = _LEVEL_REF.sub(number, level.text).strip()
        return (text, level.bold) if text else None


def _outline_level(ppr: Any | None) -> int | None:
    node = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    if node is None or not (node.get(_VAL) or "").isdigit():
        return None
    level = int(node.get(_VAL)) + 1
    return level if level <= 6 else None


class _Reader:
    def __init__(self, styles: _Styles, section_starts: list[str], numbering: _Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.section_starts = iter(section_starts)
        self.blocks: list[Block] = []
        self.table = 0
        self.rows = 0

    # -- body ---------------------------------------------------------------
    def container(self, element: Any) -> None:
        """Paragraphs and tables of the body (or of a one-column box table), in order."""
        for child in element:
            if child.tag == _P:
                self.paragraph(child)
            elif child.tag == _TBL:
                self.table_block(child)
            elif child.tag in _WRAPPERS:
                self.container(child)

    def page_break(self) -> None:
        if self.blocks and not isinstance(self.blocks[-1], PageBreak):
            self.blocks.append(PageBreak())

    def paragraph(self, p: Any) -> None:
        ppr = p.find(qn("w:pPr"))
        style_id = self._style_id(ppr)
        if ppr is not None and _on(ppr.find(qn("w:pageBreakBefore"))):
            self.page_break()
        heading = _outline_level(ppr) or self.styles.heading(style_id)
        pieces: list[list[Run]] = [[]]
        for item in self._numbered(p, ppr, style_id):
            if isinstance(item, Run):
                pieces[-1].append(item)
            else:  # a page break inside the paragraph
                pieces.append([])
        for i, piece in enumerate(pieces):
            if i:
                self.page_break()
            lines = paragraph_lines(piece)
            if heading and lines:
                text = " ".join(t for t, _ in lines)
                self.blocks.append(Line(text, heading=heading, bold=all(b for _, b in lines)))
                continue
            self.blocks.extend(Line(text, bold=bold) for text, bold in lines)
        closes_section = ppr is not None and ppr.find(qn("w:sectPr")) is not None
        if closes_section and next(self.section_starts, "continuous") != "continuous":
            self.page_break()

    def _numbered(self, p: Any, ppr: Any | None, style_id: str | None) -> list[Run | object]:
        """A paragraph's runs, behind the list number Word shows in front of them.

        A numbered paragraph with no text still counts, but shows no bare number.
        """
        para_bold = self.styles.bold(style_id)
        runs = list(self._runs(p, para_bold))
        number = self.numbering.prefix(ppr, style_id)
        if number is None or not any(isinstance(r, Run) and r.text.strip() for r in runs):
            return runs
        text, bold = number
        if bold is None:
            mark = ppr.find(qn("w:rPr")) if ppr is not None else None
            bold = _on(mark.find(qn("w:b"))) if mark is not None else None
        return [Run(text + " ", bool(para_bold) if bold is None else bold), *runs]

    def _style_id(self, ppr: Any | None) -> str | None:
        node = ppr.find(qn("w:pStyle")) if ppr is not None else None
        return node.get(_VAL) if node is not None else self.styles.default_paragraph

    def _runs(self, parent: Any, para_bold: bool | None) -> Iterator[Run | object]:
        for child in parent:
            if child.tag == _R:
                yield from self._run(child, para_bold)
            elif child.tag in _INLINE_WRAPPERS:
                yield from self._runs(child, para_bold)

    def _run(self, r: Any, para_bold: bool | None) -> Iterator[Run | object]:
        rpr = r.find(qn("w:rPr"))
        bold: bool | None = None
        sup = False
        colour = None
        if rpr is not None:
            if _on(rpr.find(qn("w:vanish"))):
                return
            bold = _on(rpr.find(qn("w:b")))
            if bold is None:
                style = rpr.find(qn("w:rStyle"))
                bold = self.styles.bold(style.get(_VAL)) if style is not None else None
            align = rpr.find(qn("w:vertAlign"))
            sup = align is not None and align.get(_VAL) == "superscript"
            colour = _child_val(rpr, "w:color")
        bold = bool(para_bold) if bold is None else bold
        text: list[str] = []
        for child in r:
            tag = child.tag
            if tag == _T:
                text.append(child.text or "")
            elif tag in (qn("w:tab"), qn("w:ptab")):
                text.append(" ")
            elif tag in (qn("w:br"), qn("w:cr")):
                if child.get(qn("w:type")) == "page":
                    if text:
                        yield Run("".join(text), bold, sup, colour)
                        text = []
                    yield _PAGE
                else:
                    text.append("\n")
            elif tag == qn("w:noBreakHyphen"):
                text.append("-")
            elif tag == qn("w:sym"):
                code = child.get(qn("w:char")) or ""
                if code and all(c in "0123456789abcdefABCDEF" for c in code):
                    text.append(chr(int(code, 16)))
        if text:
            yield Run("".join(text), bold, sup, colour)

    # -- tables -------------------------------------------------------------
    def table_block(self, tbl: Any) -> None:
        rows = cap_spans(list(self._table_rows(tbl)))
        width = max((sum(c.span for c in cells) for cells in rows), default=0)
        if width == 1 and tbl.find(f".//{_TC}//{_TBL}") is not None:
            # a one-column box around other tables is layout, not a table of the plan
            for tc in self._elements(tbl, _TR, _TC):
                self.container(tc)
            return
        self.table += 1
        self.blocks.extend(table_rows(rows, width, self.table, self.rows + 1))
        self.rows += len(rows)

    def _elements(self, parent: Any, *path: str) -> Iterator[Any]:
        """Children with the tag `path[0]` (looking through content controls), then deeper."""
        for child in parent:
            if child.tag in _WRAPPERS:
                yield from self._elements(child, *path)
            elif child.tag == path[0]:
                if len(path) == 1:
                    yield child
                else:
                    yield from self._elements(child, *path[1:])

    def _table_rows(self, tbl: Any) -> Iterator[list[Cell]]:
        origin_fill: dict[int, str | None] = {}
        for tr in self._elements(tbl, _TR):
            trpr = tr.find(qn("w:trPr"))
            before = _int_val(trpr, "w:gridBefore", 0)
            after = _int_val(trpr, "w:gridAfter", 0)
            cells: list[Cell] = [Cell("", span=before)] if before else []
            col = before
            for tc in self._elements(tr, _TC):
                tcpr = tc.find(qn("w:tcPr"))
                span = max(_int_val(tcpr, "w:gridSpan", 1), 1)
                fill = _shading(tcpr)
                vmerge = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
                if vmerge is not None and vmerge.get(_VAL, "continue") != "restart":
                    # merged down: blank, but shaded like the cell it continues
                    cells.append(
                        Cell("", fill=fill or origin_fill.get(col), span=span, merged_down=True)
                    )
                else:
                    paragraphs = list(self._cell_paragraphs(tc))
                    content = render(paragraphs)
                    fill = fill or mark_colour(paragraphs)
                    bulleted = self._bulleted(tc)
                    cells.append(
                        Cell(content.text, content.bold_lead, fill, span=span, bulleted=bulleted)
                    )
                    origin_fill[col] = fill
                col += span
            if after:
                cells.append(Cell("", span=after))
            yield cells

    def _bulleted(self, tc: Any) -> bool:
        """A cell whose paragraphs with text are all bulleted list items, two or more."""
        items = 0
        for child in tc:
            if child.tag == _TBL:
                return False
            if child.tag != _P or not "".join(t.text or "" for t in child.iter(qn("w:t"))).strip():
                continue
            ppr = child.find(qn("w:pPr"))
            if not self.numbering.bulleted(ppr, self._style_id(ppr)):
                return False
            items += 1
        return items >= 2

    def _cell_paragraphs(self, element: Any) -> Iterator[Paragraph]:
        """Paragraphs of a cell; a nested table's cells give theirs in reading order."""
        for child in element:
            if child.tag == _P:
                ppr = child.find(qn("w:pPr"))
                runs = self._numbered(child, ppr, self._style_id(ppr))
                yield [r for r in runs if isinstance(r, Run)]
            elif child.tag == _TBL:
                for tc in self._elements(child, _TR, _TC):
                    yield from self._cell_paragraphs(tc)
            elif child.tag in _WRAPPERS:
                yield from self._cell_paragraphs(child)


def _check_sizes(path: Path) -> None:
    """Refuse a zip bomb from its directory, before inflating anything.

    zipfile stops a member at its declared size, so the declared sizes bound
    what opening the document can take.
    """
    with zipfile.ZipFile(path) as archive:
        total = sum(info.file_size for info in archive.infolist())
    if total > MAX_INFLATED:
        raise DocxError(f"Word document too large: its parts inflate to {total >> 20} MB")


def _int_val(parent: Any | None, tag: str, default: int) -> int:
    node = parent.find(qn(tag)) if parent is not None else None
    raw = node.get(_VAL) if node is not None else None
    return int(raw) if raw and raw.isdigit() else default


def _shading(tcpr: Any | None) -> str | None:
    shd = tcpr.find(qn("w:shd")) if tcpr is not None else None
    if shd is None:
        return None
    fill = shd.get(qn("w:fill"))
    if shd.get(_VAL) == "solid" and (shd.get(qn("w:color")) or "auto") != "auto":
        fill = shd.get(qn("w:color"))  # a solid pattern shows its pattern colour
    return fill_name(fill)
