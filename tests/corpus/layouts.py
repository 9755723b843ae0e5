"""Lay a plan's content out as tables the way authors do: which columns, in which order,
where the areas and sections go, how bullets, RAG fills and notes appear.

`plan_rows` turns sections/areas/actions into table rows for one column layout;
the document specs combine those rows with headings, prose and page setup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from model import Act, Area, Note, Plan, Section
from render import Block, Cell, Grid, Page

AREA_FIELDS = {"aref", "area", "aref_area"}


@dataclass
class Col:
    heading: str
    field: str
    width: float = 1.0
    group: str | None = None


@dataclass
class Style:
    """How one table presents its content."""

    area_mode: str = "merge"  # merge | first | repeat | row | none
    area_fmt: str = "{ref}. {text}"
    area_fill: str | None = None
    section_mode: str = "row"  # row | none
    section_fill: str | None = "D9D9D9"
    rag: dict[str, str] = field(default_factory=dict)  # printed status (lower) -> fill
    fill_only: bool = False
    ref_action_fmt: str = "{ref} {text}"
    note_italic: bool = True
    lead_sep: str = "\n"


def header_rows(cols: Sequence[Col], fill: str | None = None) -> list[list[Cell | None]]:
    """One header row, or two when some columns sit under a group heading."""
    if not any(c.group for c in cols):
        return [[Cell(c.heading, bold=True, fill=fill) for c in cols]]
    top: list[Cell | None] = []
    leaf: list[Cell | None] = []
    i = 0
    while i < len(cols):
        col = cols[i]
        if col.group is None:
            top.append(Cell(col.heading, bold=True, rowspan=2, fill=fill))
            leaf.append(None)
            i += 1
            continue
        j = i
        while j < len(cols) and cols[j].group == col.group:
            j += 1
        top.append(Cell(col.group, bold=True, span=j - i, fill=fill))
        top.extend(None for _ in range(j - i - 1))
        leaf.extend(Cell(c.heading, bold=True, fill=fill) for c in cols[i:j])
        i = j
    return [top, leaf]


def _is_area(col: Col) -> bool:
    return col.field in AREA_FIELDS or col.field.startswith("ax:")


def _lines(text: str | None) -> list[str]:
    return [t for t in (text or "").split("\n") if t]


def _value(col: Col, area: Area, act: Act, style: Style) -> Cell:
    f = col.field
    if f == "aref":
        return Cell(area.ref or "")
    if f == "area":
        return Cell(area.text or "")
    if f == "aref_area":
        return Cell(style.area_fmt.format(ref=area.ref, text=area.line, timescale=area.timescale))
    if f == "ref":
        return Cell(act.ref or "")
    if f == "action":
        return Cell(act.paragraphs)
    if f == "ref_action":
        paras = act.paragraphs
        first = style.ref_action_fmt.format(ref=act.ref, text=paras[0]) if act.ref else paras[0]
        return Cell([first, *paras[1:]])
    if f == "lead":
        return Cell(_lines(act.lead_cell))
    if f == "status":
        fill = act.fill or style.rag.get((act.status or "").lower().strip())
        return Cell("" if style.fill_only else _lines(act.status), fill=fill)
    if f in ("due", "progress", "outcome", "monitoring", "start"):
        return Cell(_lines(getattr(act, f)))
    if f.startswith("x:"):
        return Cell(_lines(act.extra.get(f[2:])))
    if f.startswith("ax:"):
        return Cell(_lines(area.extra.get(f[3:])))
    if f == "blank":
        return Cell("")
    raise ValueError(f"unknown column field {f!r}")


def _grouped(items: Sequence[Act | Note]) -> list[list[Act] | Note]:
    """Actions that share a bullet group become one row."""
    out: list[list[Act] | Note] = []
    for item in items:
        if isinstance(item, Act) and item.group is not None and out:
            last = out[-1]
            if isinstance(last, list) and last[0].group == item.group:
                last.append(item)
                continue
        out.append(item if isinstance(item, Note) else [item])
    return out


def _row_cells(cols: Sequence[Col], area: Area, acts: list[Act], style: Style) -> list[Cell]:
    if len(acts) == 1:
        return [_value(c, area, acts[0], style) for c in cols]
    cells = []
    for col in cols:
        values = [_value(col, area, a, style) for a in acts]
        texts = [" ".join(v.paragraphs) for v in values]
        if _is_area(col) or len(set(texts)) == 1:
            cells.append(values[0])
        else:
            cells.append(Cell(bullets=texts, fill=values[0].fill))
    return cells


def plan_rows(
    sections: Iterable[Section], cols: Sequence[Col], style: Style
) -> list[list[Cell | None]]:
    """The body rows of a table holding these sections, in this column layout."""
    width = len(cols)
    rows: list[list[Cell | None]] = []
    area_cols = [i for i, c in enumerate(cols) if _is_area(c)]
    for section in sections:
        if style.section_mode == "row" and section.title:
            rows.append([Cell(section.title, bold=True, span=width, fill=style.section_fill)])
            rows[-1].extend(None for _ in range(width - 1))
        for area in section.areas:
            if style.area_mode == "row" and (area.text or area.ref):
                text = style.area_fmt.format(ref=area.ref, text=area.line, timescale=area.timescale)
                rows.append([Cell(text, bold=True, span=width, fill=style.area_fill)])
                rows[-1].extend(None for _ in range(width - 1))
            shown = False
            run_start = len(rows)
            for item in _grouped(area.items):
                if isinstance(item, Note):
                    _close_merge(rows, run_start, area_cols, style)
                    rows.append([Cell(item.text, italic=style.note_italic, span=width)])
                    rows[-1].extend(None for _ in range(width - 1))
                    run_start = len(rows)
                    continue
                cells: list[Cell | None] = list(_row_cells(cols, area, item, style))
                if shown and style.area_mode != "repeat":
                    for i in area_cols:
                        cells[i] = Cell("") if style.area_mode in ("first", "merge") else cells[i]
                if style.area_mode in ("row", "none"):
                    for i in area_cols:
                        cells[i] = Cell("")
                rows.append(cells)
                shown = True
            _close_merge(rows, run_start, area_cols, style)
    return rows


def _close_merge(
    rows: list[list[Cell | None]], start: int, area_cols: list[int], style: Style
) -> None:
    """Merge the area cells of rows[start:] down into the first one (merge mode)."""
    if style.area_mode != "merge" or len(rows) - start < 2:
        return
    for i in area_cols:
        top = rows[start][i]
        if top is None or not top.paragraphs:
            continue
        top.rowspan = len(rows) - start
        for r in range(start + 1, len(rows)):
            rows[r][i] = None


def grid(
    plan_sections: Iterable[Section],
    cols: Sequence[Col],
    style: Style | None = None,
    *,
    header_fill: str | None = None,
    rules: str = "grid",
    size: float = 8.0,
    header: bool = True,
) -> Grid:
    """A whole table: header rows then the plan rows."""
    style = style or Style()
    head = header_rows(cols, header_fill) if header else []
    return Grid(
        head + plan_rows(plan_sections, cols, style),
        [c.width for c in cols],
        header_rows=len(head),
        rules=rules,
        size=size,
    )


def one_section(plan: Plan, title: str | None) -> Section:
    (section,) = [s for s in plan.sections if s.title == title]
    return section


def doc(
    plan: Plan,
    blocks: Sequence[Block],
    page: Page,
) -> tuple[list[Block], Page]:
    """A document's blocks and page, with the plan's title page details filled in."""
    page.title = plan.meta.get("title", page.title)
    return list(blocks), page
