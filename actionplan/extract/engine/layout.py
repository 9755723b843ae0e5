"""The layout engine's walk: blocks from any reader -> sections, areas and raw actions.

One walk over the document, the same for every format and council. At each
block it asks the stages: `tables` (the columns a header row opens, from
`header`'s roles and confidence), `row_kinds` and `titles` (is this row a
note, a list item, a glossary entry, a title), `continuation` (does it carry
on the row above), `cells` (the row's cells under their roles), `refs` (a Ref
column's number), `bullets` (one action per bullet); `hierarchy` puts what
the row is into the tree of sections, areas and actions. The walk itself
keeps only where it stands: the table in force, whether a page turned, and
the row before. Every row's kind and its reason go on the raw plan as a
`RowDecision`. Nothing here parses a date or a status: values stay raw text.
"""

from __future__ import annotations

from actionplan.extract.engine.ahead import next_block, rows_ahead, title_heading_ahead
from actionplan.extract.engine.bullets import bullet_items, per_bullet
from actionplan.extract.engine.cells import PlacedRow, place_cells
from actionplan.extract.engine.columns import fold_marker_columns
from actionplan.extract.engine.continuation import row_continues
from actionplan.extract.engine.header import (
    evidenced_impact_as_progress,
    group_headings,
    header_by_content,
    objective_as_area,
    question_form,
    sub_headings,
    with_content,
)
from actionplan.extract.engine.hierarchy import PlanTree
from actionplan.extract.engine.numbering import infer_area_refs, parent_actions_as_areas
from actionplan.extract.engine.profile import Profile
from actionplan.extract.engine.raw import (
    RawAction,
    RawPlan,
    same_text,
    split_ref,
)
from actionplan.extract.engine.records import records_as_rows
from actionplan.extract.engine.refs import numbered_texts
from actionplan.extract.engine.roles import RoleMatch, header_roles
from actionplan.extract.engine.row_kinds import (
    RowDecision,
    RowKind,
    glossary_entry,
    is_list_item,
    one_column_lists,
)
from actionplan.extract.engine.running import drop_page_furniture
from actionplan.extract.engine.tables import (
    TableColumns,
    guess_unknown_headings,
    headerless_roles,
    open_table,
    under_sub_headings,
)
from actionplan.extract.engine.text_rows import (
    key_line_entries,
    legend_entries,
    note_reason,
    title_text,
)
from actionplan.extract.engine.titles import (
    AREA_LABEL,
    DOCUMENT_TITLE,
    MAX_TITLE_WORDS,
    area_heading,
    heading_names_section,
    looks_like_title,
    numbered_group,
    preamble_label,
    prefixed,
)
from actionplan.extract.grid import Cell, Grid, Line, PageBreak, Row
from actionplan.normalizers.status import classify_status


class Walker:
    """Gives every block its kind, in reading order, and hands the rest to the stages."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.plan = RawPlan()
        self.tree = PlanTree(profile, self.plan)
        self.columns: TableColumns | None = None  # the table in force; None outside tables
        self.last_columns: TableColumns | None = None
        self.header_key: tuple[str, ...] | None = None
        self.broke = False
        self.titled = False
        self.page: int | None = None
        self.in_note = False
        self.marks_continuations = False
        self.above: dict[int, Cell] = {}
        self.banner_repeated = False
        self.list_tables: set[int] = set()
        self.after_header = False

    # -- entry ---------------------------------------------------------------
    def walk(self, grid: Grid) -> RawPlan:
        self.marks_continuations = grid.marks_continuations
        blocks = records_as_rows(grid.blocks, self.profile)
        blocks = drop_page_furniture(blocks, self._header_key)
        blocks = fold_marker_columns(blocks, self._header)
        self._blocks = blocks
        self.list_tables = one_column_lists(blocks)
        for index, block in enumerate(blocks):
            self._index = index
            if isinstance(block, PageBreak):
                self.broke = True
                if block.page is not None:
                    self.page = block.page
            elif isinstance(block, Line):
                self._line(block)
            else:
                self._row(block)
        self.tree.close_preamble()
        self.plan.areas = parent_actions_as_areas(self.plan.areas)
        infer_area_refs(self.plan.areas)
        return self.plan

    def _header_key(self, row: Row) -> tuple[str, ...] | None:
        matches = self._header(row)
        return None if matches is None else tuple(m.header for m in matches)

    def _header(self, row: Row) -> list[RoleMatch] | None:
        return header_roles([c.text.replace("\n", " ") for c in row.cells], self.profile)

    # -- text outside tables ---------------------------------------------------
    def _line(self, line: Line) -> None:
        self.plan.lines.append(line)
        text = line.text.strip()
        if not text:
            return
        key = key_line_entries(text)
        if key is not None:
            self.plan.features["status legend entries"] += len(key)
            self.plan.legend.extend(key)
            return
        if self._area_heading(text, line.page, line.line):
            if not self.banner_repeated:
                self.columns = None  # a line outside the table ends it
                self.header_key = None
            return
        if numbered_group(self.profile, text):
            self.tree.close_preamble()
            self.tree.set_section(text)
            return
        if self.tree.preamble is not None:
            self.tree.add_to_preamble(text)
            return
        self.columns = None
        if line.listed or is_list_item(text):
            return  # an item of a prose list: neither a section nor an area
        if self._next_is_row() and self._numbered_heading(
            text, line.page, line.line, numbered_only=True
        ):
            return
        titled = bool(line.heading) or looks_like_title(self.profile, text)
        running = titled and not line.heading and not self.titled
        if running and title_heading_ahead(self._blocks, self._index):
            return  # a running line printed above the document's title ("Public Board")
        if titled and (line.heading or 1) == 1 and not self.plan.areas and not self.titled:
            self.titled = True  # the first title of the document names the document
        elif line.heading and heading_names_section(self.profile, text, line.heading):
            self.tree.set_section(text)
            self.tree.pending_title = text
        elif titled and not DOCUMENT_TITLE.search(text):
            self.tree.pending_title = text

    # -- table rows -------------------------------------------------------------
    def _row(self, row: Row) -> None:
        if row.page is not None:
            self.page = row.page
        kind, reason = self._row_kind(row)
        table = self.columns.number if self.columns else None
        self.plan.decisions.append(RowDecision.of(row, kind, reason, table))
        if row.filled:
            self.in_note = kind == "note"
            self.after_header = kind == "header"

    def _row_kind(self, row: Row) -> tuple[RowKind, str]:
        if self.broke and self.marks_continuations and not row.continues:
            self.broke = False  # the reader knows this row does not carry on the one above
        if not row.filled and not any(c.fill for c in row.cells):
            return "ignored", "empty row"
        leaves = self._sub_headings(row)
        if leaves is not None:
            self._set_leaf_roles(row, leaves)
            return "header", "sub-headings under the group headings above"
        matches = self._header(row)
        if matches is not None and question_form(matches, lambda: self._rows_ahead(False)):
            return "ignored", "heads a table of questions and answers, not of actions"
        if matches is not None:
            self._set_header(row, matches)
            return "header", "its headings name the columns' roles"
        matches = self._header_by_content(row)
        if matches is not None:
            self._set_header(row, matches)
            return "header", "its headings name an action's details; its cells name the rest"
        if self._list_item_row(row):
            return "note", "an item of a one-column list: neither section nor area"
        roles = self.columns.roles if self.columns else None
        note = note_reason(row, self.profile, roles, self.in_note, self._is_heading)
        if note is not None:
            self.tree.last = None  # nothing after a note carries on the action above it
            self.broke = False
            return "note", note
        if self._outside_table(row):
            entry = glossary_entry(row)
            if entry is not None and classify_status(entry[1]) is None:
                self.plan.glossary[entry[0]] = entry[1]
                return "glossary", f"initials '{entry[0]}' and what they stand for"
        entries = legend_entries(row) if self.columns is None else None
        if entries:
            self.plan.features["status legend entries"] += 1
            self.plan.legend.extend(entries)
            return "legend", "a symbol or colour and its meaning, outside an action table"
        if group_headings(row) and self._next_is_header():
            return "ignored", "group headings over the header row below"
        in_table = self.columns is not None
        title = title_text(row, self.profile, in_table, self._is_heading, self._next_is_header)
        if title is not None and not self._continues_by_text(row):
            return self._title_row(title, row)
        if self.columns is None:
            self._headerless_table(row)
        if self.columns is not None:
            return self._data_row(row)
        if row.filled and (self.tree.section or self.tree.pending_title) and not self.plan.areas:
            # the heading above named this other table (an attendance list), not the plan
            self.tree.section = self.tree.pending_title = None
            return "ignored", "outside any action table; the heading above was its own"
        return "ignored", "outside any action table"

    def _header_by_content(self, row: Row) -> list[RoleMatch] | None:
        """A header naming an action's details but not the action (see `header_by_content`)."""
        if self.columns is not None and row.table == self.columns.table:
            return None
        return header_by_content(row, self.profile, lambda: self._rows_ahead(False))

    def _sub_headings(self, row: Row) -> list[RoleMatch] | None:
        if not self.after_header or self.columns is None or not self.columns.grouped:
            return None
        return sub_headings(row, len(self.columns.roles), self.profile)

    def _set_leaf_roles(self, row: Row, subs: list[RoleMatch]) -> None:
        assert self.columns is not None
        number = len(self.plan.tables) + 1
        below = self._rows_ahead(False)
        columns, leaves = under_sub_headings(self.columns, row, subs, below, number)
        self.columns = self.last_columns = columns
        self.above = {}
        self.plan.tables.append(leaves)
        self.plan.roles_seen.update(r for r in columns.roles if r)
        self.plan.row_roles.append((row, ["header"] * len(columns.roles)))

    def _list_item_row(self, row: Row) -> bool:
        """A row of a one-column list outside action tables; a boxed recommendation
        (its heading, then its text and timescale) is no list."""
        if self.columns is not None or row.table not in self.list_tables or self.tree.preamble:
            return False
        text = row.filled[0].text.replace("\n", " ").strip()
        return not (self._is_heading(text) or numbered_group(self.profile, text))

    def _outside_table(self, row: Row) -> bool:
        """No action table is open, or the row stands in another, narrower table."""
        if self.columns is None:
            return True
        width = sum(c.span for c in row.cells)
        return row.table != self.columns.table and width < len(self.columns.roles)

    def _is_header_row(self, row: Row) -> bool:
        return self._header(row) is not None

    def _next_is_header(self) -> bool:
        block = next_block(self._blocks, self._index)
        return isinstance(block, Row) and self._is_header_row(block)

    def _next_is_row(self) -> bool:
        return isinstance(next_block(self._blocks, self._index), Row)

    def _rows_ahead(self, include_current: bool) -> list[Row]:
        """The data rows of the table at the walk's position, up to the next line or header."""
        return rows_ahead(self._blocks, self._index, self._is_header_row, include_current)

    def _headerless_table(self, row: Row) -> None:
        """A table with no header row gets roles from its cells when they clearly say so."""
        matches = headerless_roles(row, self._rows_ahead(True))
        if matches is None:
            return
        found = ", ".join(f"{m.header}={m.role}" for m in matches if m.role)
        self.plan.notes.append(
            ("no_header", f"table without a header row: roles read from its cells ({found})")
        )
        self._set_header(row, matches)

    def _set_header(self, row: Row, matches: list[RoleMatch]) -> None:
        key = tuple(m.header for m in matches)
        repeated = key == self.header_key
        preamble = self.tree.preamble
        own_areas = any(m.role == "area" for m in matches)
        if preamble and own_areas and not repeated and not preamble.area.outcomes:
            # a new table with its own area column: the heading above it groups, as a section
            self.tree.preamble = None
            self.tree.set_section(preamble.heading)
        self.tree.close_preamble()
        below = self._rows_ahead(False)
        if repeated:
            self.broke = True  # a repeated header means the page turned
            assert self.last_columns is not None
            matches = list(self.last_columns.matches)
        else:
            matches, guesses = guess_unknown_headings(row, matches, lambda: below)
            self.plan.notes.extend(("guessed_column", message) for message in guesses)
            matches = objective_as_area(matches, preamble is not None)
            matches = evidenced_impact_as_progress(matches, self.profile.impact_headings)
            matches = with_content(matches, row, below)
            self.broke = False
            self.tree.last = None if self.columns is None else self.tree.last
        number = len(self.plan.tables) + 1  # kept from its first opening when repeated
        columns = open_table(row, matches, self.last_columns, repeated, below, number)
        if not repeated:
            self.plan.tables.append(list(columns.matches))
        self.header_key = key
        self.columns = self.last_columns = columns
        if not repeated:
            self.above = {}
        roles = columns.roles
        self.plan.row_roles.append((row, ["header"] * len(roles)))
        self.plan.roles_seen.update(r for r in roles if r)
        if self.tree.pending_title:
            self.tree.set_section(self.tree.pending_title)
        self.tree.pending_title = None

    def _is_heading(self, text: str) -> bool:
        return any(p.search(text) for p in self.profile.area_headings) or bool(
            self.tree.preamble and preamble_label(self.profile, text)
        )

    def _title_row(self, title: str, row: Row) -> tuple[RowKind, str]:
        if self._area_heading(title, row.page, row.line):
            return "area", "an area heading across the table opens the area below"
        if numbered_group(self.profile, title):
            self.tree.close_preamble()
            self.tree.set_section(title)
            return "section", "a numbered section label (theme, aim, ...) across the table"
        if self.tree.preamble is not None:
            for part in row.cells[0].text.split("\n") if len(row.filled) == 1 else [title]:
                self.tree.add_to_preamble(part)
            return "area", "text of the area opened above the table"
        if self._numbered_heading(title, row.page, row.line):
            return "area", "a numbered or long title row opens an area"
        if DOCUMENT_TITLE.search(title) and not prefixed(self.profile, title):
            return "ignored", "the plan's own title, printed again at a page top"
        if any(p.search(title) for p in self.profile.not_sections):
            return "ignored", "names a part of the document (appendix, key), not a section"
        self.tree.set_section(title)
        return "section", "a short title row across the table"

    # -- areas opened outside the table ---------------------------------------
    def _area_heading(self, text: str, page: int | None, line: int | None) -> bool:
        """'Recommendation 3 - within 6 months' above a table opens area 3."""
        heading = area_heading(self.profile, text)
        if heading is None:
            return False
        self.banner_repeated = self.tree.repeats_area(heading.ref, heading.text)
        if self.banner_repeated:
            self.plan.features["area banners repeated at a page top"] += 1
            return True
        self.tree.open_preamble(
            text, heading.ref, heading.text, heading.timescale, page or self.page, line
        )
        return True

    def _numbered_heading(
        self, text: str, page: int | None, line: int | None, *, numbered_only: bool = False
    ) -> bool:
        """A recommendation standing alone above (or across) its actions opens an area.

        It is one when numbered ("2. Ensure that ...") or too long to be a
        section name; a leading "Recommendation:" label is dropped.
        """
        ref, body = split_ref(AREA_LABEL.sub("", text))
        words = len(body.split())
        numbered = ref is not None and (words >= 4 or self._next_area_number(ref))
        if not numbered and (numbered_only or words <= MAX_TITLE_WORDS):
            return False
        self.tree.open_preamble(text, ref, body, None, page or self.page, line)
        return True

    def _next_area_number(self, ref: str) -> bool:
        """ "2. Reduce reoffending" after area 1: a short numbered heading that goes on
        with the numbering of the areas before it is the next area, not a section."""
        last = self.plan.areas[-1].ref if self.plan.areas else None
        return bool(last and last.isdigit() and ref.isdigit() and int(ref) == int(last) + 1)

    # -- data rows ----------------------------------------------------------------
    def _placed(self, row: Row) -> PlacedRow:
        assert self.columns is not None
        placed = place_cells(row, self.columns, self.above)
        self.above = placed.above
        if placed.carried:
            self.plan.features["values carried down from the row above"] += placed.carried
        return placed

    def _continues_by_text(self, row: Row) -> bool:
        """After a page turn, a lone lower-case fragment continues the row above."""
        if not self.broke or self.tree.last is None or self.columns is None or self.tree.preamble:
            return False
        first = next(c.text for c in row.cells if not c.blank)
        return first[:1].islower() and split_ref(first)[0] is None

    def _data_row(self, row: Row) -> tuple[RowKind, str]:
        self.tree.close_preamble()
        placed = self._placed(row)
        by_role, headers, text = placed.by_role, placed.headers, placed.text
        self.plan.row_roles.append((row, list(self.columns.roles if self.columns else [])))
        action_role = self._action_role()
        area_role = self._area_role()
        action_text = text(action_role)
        area_cell = text(area_role)
        action_refs = self.columns is not None and self.columns.refs_number_actions
        area_cell, action_text = numbered_texts(text("ref"), area_cell, action_text, action_refs)
        details = any(text(role) for role in ("lead", "due", "start", "status"))
        continuation = row_continues(
            self.profile,
            self.tree.area,
            self.tree.last,
            self.broke,
            (action_text, area_cell),
            row.continues,
            details,
        ) or (row.continues and self.broke and len(row.filled) == 1)  # a cut cell's overflow
        if area_cell and not (continuation and self.tree.same_area(area_cell)):
            cells = by_role.get(area_role or "", [])
            page = row.page or self.page
            self.tree.area_cell(area_cell, cells, action_text, self.broke, page, row.line)
        self.broke = False
        if continuation and self.tree.last is not None:
            self.tree.extend(self.tree.last, by_role, action_role, area_role, headers)
            return "continuation", "carries on the row above over a page turn"
        if not action_text:
            if area_role and area_cell and self.tree.area is not None:
                self.tree.area_only_row(by_role)
                return "area", "an area cell with no action beside it"
            if row.filled:
                self._report_unplaced(row)
            return "ignored", "no text in the action column"
        ref, body = split_ref(action_text)
        if (
            self.tree.last
            and ref
            and ref == self.tree.last.ref
            and same_text(body, self.tree.last.text)
        ):
            self.tree.extend(
                self.tree.last, by_role, action_role, area_role, headers, duplicate=True
            )
            return "continuation", "the row above printed again"
        action_cells = by_role.get(action_role or "", [])
        bulleted = len(action_cells) == 1 and action_cells[0].bulleted
        items = bullet_items(body, bulleted) if action_role else None
        if items and action_role:
            parts = per_bullet(by_role, action_role, len(items))
            for item, part in zip(items, parts, strict=True):
                self._add_action(row, ref, item, part, {action_role, area_role, "ref"}, headers)
            self.plan.features["bulleted cells split into actions"] += 1
            return "action", f"a bulleted list in the action column: {len(items)} actions"
        self._add_action(row, ref, body, by_role, {action_role, area_role, "ref"}, headers)
        return "action", "text in the action column"

    def _report_unplaced(self, row: Row) -> None:
        """A table row with text but no action: left out, and said so."""
        shown = " | ".join(" ".join(c.text.split()) for c in row.filled)
        where = f"page {row.page}" if row.page else f"line {row.line}"
        self.plan.notes.append(
            ("row_unplaced", f"{where}: a row with no action text was left out: {shown[:80]}")
        )

    def _add_action(
        self,
        row: Row,
        ref: str | None,
        text: str,
        by_role: dict[str, list[Cell]],
        skip: set[str | None],
        headers: dict[str, str],
    ) -> None:
        action = RawAction(
            ref=ref,
            text=text,
            page=row.page or self.page,
            line=row.line,
            bbox=row.bbox,
            cells=headers,
        )
        self.tree.add_action(action, by_role, skip)

    def _action_role(self) -> str | None:
        role = self.columns.action_role if self.columns else None
        if role == "milestone" and self.columns and "action" in self.columns.roles:
            self.plan.features["milestones nested under actions"] = 1
        return role

    def _area_role(self) -> str | None:
        return self.columns.area_role if self.columns else None


def layout(grid: Grid, profile: Profile) -> RawPlan:
    return Walker(profile).walk(grid)
