"""The layout engine's walk: blocks from any reader -> sections, areas and raw actions.

One walk over the document, the same for every format and council, asking
the stage functions at each block: `header` (is this a header row, and which
role has each column, with what confidence), `row_kinds` and `titles` (is
this row a note, a list item, a glossary entry, a title), `continuation`
(does it carry on the row above), `bullets` (one action per bullet). The walk
keeps only what must flow from block to block: the open section, area,
action and column roles. Every row's kind and its reason go on the raw plan
as a `RowDecision`. Nothing here parses a date or a status: values stay raw text.
"""

from __future__ import annotations

import re

from actionplan.extract.engine.bullets import bullet_items, per_bullet
from actionplan.extract.engine.columns import fold_marker_columns
from actionplan.extract.engine.content_roles import SAMPLE_ROWS, guess_roles
from actionplan.extract.engine.continuation import area_continues, row_continues, same_area
from actionplan.extract.engine.header import (
    CARRIED_ROLES,
    HeaderGrid,
    cell_columns,
    evidenced_impact_as_progress,
    expand,
    group_columns,
    group_headings,
    header_by_content,
    header_grid,
    heads_row,
    leaf_roles,
    objective_as_area,
    question_form,
    sub_headings,
    with_content,
)
from actionplan.extract.engine.numbering import infer_area_refs
from actionplan.extract.engine.preamble import Preamble
from actionplan.extract.engine.profile import Profile
from actionplan.extract.engine.raw import (
    RawAction,
    RawArea,
    RawPlan,
    join_text,
    same_text,
    split_area_ref,
    split_ref,
)
from actionplan.extract.engine.records import records_as_rows
from actionplan.extract.engine.roles import RoleMatch, header_roles, known_roles
from actionplan.extract.engine.row_kinds import (
    RowDecision,
    RowKind,
    glossary_entry,
    heading_of,
    is_list_item,
    is_prose,
    is_quotation,
    one_column_lists,
    sole_text,
)
from actionplan.extract.engine.running import drop_page_furniture
from actionplan.extract.engine.titles import (
    AREA_LABEL,
    BRACKETED,
    DOCUMENT_TITLE,
    MAX_TITLE_WORDS,
    bracketed_timescale,
    heading_names_section,
    looks_like_title,
    numbered_group,
    preamble_label,
    prefixed,
    section_name,
    timescale_prefix,
)
from actionplan.extract.grid import Cell, Grid, Line, PageBreak, Row
from actionplan.extract.richtext import one_line
from actionplan.normalizers.status import classify_status


class Walker:
    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.plan = RawPlan()
        self.section: str | None = None
        self.roles: list[str | None] | None = None
        self.last_roles: list[str | None] | None = None
        self.header_key: tuple[str, ...] | None = None
        self.header_texts: list[str] = []
        self.area: RawArea | None = None
        self.preamble: Preamble | None = None
        self.last: RawAction | None = None
        self.broke = False
        self.pending_title: str | None = None
        self.nested = False
        self.titled = False
        self.page: int | None = None
        self.in_note = False
        self.marks_continuations = False
        self.header_grid: HeaderGrid | None = None
        self.header_matches: list[RoleMatch] | None = None
        self.header_groups = False
        self.above: dict[int, Cell] = {}
        self.groups: set[int] = set()
        self.header_table: int | None = None
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
        self._close_preamble()
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
        if self._area_heading(text, line.page, line.line):
            if not self.banner_repeated:
                self.roles = None  # a line outside the table ends it
                self.header_key = None
            return
        if numbered_group(self.profile, text):
            self._close_preamble()
            self._set_section(text)
            return
        if self.preamble is not None:
            self._preamble_text(text)
            return
        self.roles = None
        if line.listed or is_list_item(text):
            return  # an item of a prose list: neither a section nor an area
        if self._next_is_row() and self._numbered_heading(
            text, line.page, line.line, numbered_only=True
        ):
            return
        titled = bool(line.heading) or looks_like_title(self.profile, text)
        if titled and (line.heading or 1) == 1 and not self.plan.areas and not self.titled:
            self.titled = True  # the first title of the document names the document
        elif line.heading and heading_names_section(self.profile, text, line.heading):
            self._set_section(text)
            self.pending_title = text
        elif titled and not DOCUMENT_TITLE.search(text):
            self.pending_title = text

    # -- table rows -------------------------------------------------------------
    def _row(self, row: Row) -> None:
        if row.page is not None:
            self.page = row.page
        kind, reason = self._row_kind(row)
        self.plan.decisions.append(RowDecision.of(row, kind, reason))
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
        if matches is not None and question_form(matches, self._rows_ahead(False)):
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
        note = self._note(row)
        if note is not None:
            self.last = None  # nothing after a note carries on the action above it
            self.broke = False
            return "note", note
        if self._outside_table(row):
            entry = glossary_entry(row)
            if entry is not None and classify_status(entry[1]) is None:
                self.plan.glossary[entry[0]] = entry[1]
                return "glossary", f"initials '{entry[0]}' and what they stand for"
        if self.roles is None and self._legend_entry(row):
            return "legend", "a symbol or colour and its meaning, outside an action table"
        if group_headings(row) and self._next_is_header():
            return "ignored", "group headings over the header row below"
        title = self._title_text(row)
        if title is not None and not self._continues_by_text(row):
            return self._title_row(title, row)
        if self.roles is None:
            self._headerless_table(row)
        if self.roles is not None:
            return self._data_row(row)
        if row.filled and (self.section or self.pending_title) and not self.plan.areas:
            # the heading above named this other table (an attendance list), not the plan
            self.section = self.pending_title = None
            return "ignored", "outside any action table; the heading above was its own"
        return "ignored", "outside any action table"

    def _header_by_content(self, row: Row) -> list[RoleMatch] | None:
        """A header naming an action's details but not the action (see `header_by_content`)."""
        if self.roles is not None and row.table == self.header_table:
            return None
        return header_by_content(row, self.profile, lambda: self._rows_ahead(False))

    def _sub_headings(self, row: Row) -> list[RoleMatch] | None:
        if not self.after_header or self.roles is None or not self.header_groups:
            return None
        return sub_headings(row, len(self.roles), self.profile)

    def _set_leaf_roles(self, row: Row, subs: list[RoleMatch]) -> None:
        assert self.roles is not None
        leaves = leaf_roles(row, subs, self.roles, self.header_texts)
        self.roles = self.last_roles = expand(leaves, row, lambda m: m.role)
        self.header_texts = expand(leaves, row, lambda m: m.header)
        self.header_grid = header_grid(row)
        self.nested = self._nests_milestones(self.roles)
        self.groups = group_columns(self.roles, self._rows_ahead(False))
        self.above = {}
        self.plan.tables.append(leaves)
        self.plan.roles_seen.update(r for r in self.roles if r)
        self.plan.row_roles.append((row, ["header"] * len(self.roles)))

    def _list_item_row(self, row: Row) -> bool:
        """A row of a one-column list outside action tables; a boxed recommendation
        (its heading, then its text and timescale) is no list."""
        if self.roles is not None or row.table not in self.list_tables or self.preamble:
            return False
        text = row.filled[0].text.replace("\n", " ").strip()
        return not (self._is_heading(text) or numbered_group(self.profile, text))

    def _outside_table(self, row: Row) -> bool:
        """No action table is open, or the row stands in another, narrower table."""
        if self.roles is None:
            return True
        return row.table != self.header_table and sum(c.span for c in row.cells) < len(self.roles)

    def _note(self, row: Row) -> str | None:
        """Why a row holding one text across the table is a note, or None when it is not one."""
        text = sole_text(row)
        if text is None:
            return None
        if is_list_item(text):
            return "an item of a prose list: neither section nor area"
        if self.roles is not None and is_quotation(text):
            return "a quotation across the table: evidence, not an action"
        if self.roles is None or "area" not in self.roles or self._is_heading(text):
            return None
        if numbered_group(self.profile, text):
            return None
        # the table names its areas in a column: text across it is evidence or commentary
        if self.in_note and not looks_like_title(self.profile, text):
            return "carries on the note above"
        if (
            is_prose(text)
            and split_ref(text)[0] is None
            and not looks_like_title(self.profile, text)
        ):
            return "prose across a table whose areas have a column: evidence, not an action"
        return None

    def _next_is_header(self) -> bool:
        for block in self._blocks[self._index + 1 :]:
            if not isinstance(block, PageBreak):
                return isinstance(block, Row) and self._header(block) is not None
        return False

    def _next_is_row(self) -> bool:
        for block in self._blocks[self._index + 1 :]:
            if not isinstance(block, PageBreak):
                return isinstance(block, Row)
        return False

    def _rows_ahead(self, include_current: bool) -> list[Row]:
        """The data rows of the table at the walk's position, up to the next line or header."""
        rows: list[Row] = []
        start = self._index if include_current else self._index + 1
        for block in self._blocks[start : start + SAMPLE_ROWS * 2]:
            if isinstance(block, Line):
                break
            if isinstance(block, Row):
                if self._header(block) is not None:
                    if rows or not include_current:
                        break
                    continue
                rows.append(block)
        return rows

    def _guess_unmapped(self, row: Row, matches: list[RoleMatch]) -> list[RoleMatch]:
        """Roles from content for headings the profile does not know; each guess is reported."""
        unknown = [m for m in matches if m.role is None and m.header]
        if not unknown or any(c.span != 1 for c in row.cells):
            return matches
        guesses = guess_roles(self._rows_ahead(False), known_roles(matches))
        out: list[RoleMatch] = []
        for match, guess in zip(matches, guesses, strict=True):
            if guess is not None:
                out.append(RoleMatch(guess.role, guess.confidence * 100, match.header, "content"))
                self.plan.notes.append(
                    (
                        "guessed_column",
                        f"column '{match.header}' not in the profile: read as {guess.role} "
                        f"from its cells (confidence {guess.confidence:.2f})",
                    )
                )
            else:
                out.append(match)
        return out

    def _headerless_table(self, row: Row) -> None:
        """A table with no header row gets roles from its cells when they clearly say so."""
        rows = self._rows_ahead(True)
        width = len(row.cells)
        rows = [r for r in rows if len(r.cells) == width]
        if width < 3 or len(rows) < 2 or any(c.span != 1 for c in row.cells):
            return
        guesses = guess_roles(rows, [None] * width)
        roles = {g.role for g in guesses if g}
        if "action" not in roles or len(roles & {"lead", "due", "status", "start"}) < 2:
            return
        matches = [
            RoleMatch(
                g.role if g else None,
                g.confidence * 100 if g else 0.0,
                f"column {i + 1}",
                "content",
            )
            for i, g in enumerate(guesses)
        ]
        self.plan.notes.append(
            (
                "no_header",
                "table without a header row: roles read from its cells ("
                + ", ".join(f"{m.header}={m.role}" for m in matches if m.role)
                + ")",
            )
        )
        self._set_header(row, matches)

    def _set_header(self, row: Row, matches: list[RoleMatch]) -> None:
        key = tuple(m.header for m in matches)
        repeated = key == self.header_key
        preamble = self.preamble
        own_areas = any(m.role == "area" for m in matches)
        if preamble and own_areas and not repeated and not preamble.area.outcomes:
            # a new table with its own area column: the heading above it groups, as a section
            self.preamble = None
            self._set_section(preamble.heading)
        self._close_preamble()
        if repeated:
            self.broke = True  # a repeated header means the page turned
            matches = self.header_matches or matches
        else:
            matches = objective_as_area(self._guess_unmapped(row, matches), preamble is not None)
            matches = evidenced_impact_as_progress(matches)
            matches = with_content(matches, row, self._rows_ahead(False))
            self.plan.tables.append(matches)
            self.broke = False
            self.last = None if self.roles is None else self.last
        self.header_matches = matches
        self.header_groups = any(c.span > 1 and not c.blank for c in row.cells)
        self.header_key = key
        self.header_table = row.table
        self.header_texts = [" ".join(t.split()) for t in self._expanded(row)]
        self.header_grid = header_grid(row)
        widths = [c.span for c in row.cells]
        roles = [r for m, w in zip(matches, widths, strict=True) for r in [m.role] * w]
        if self.last_roles is not None and len(self.last_roles) == len(roles):
            # a sub-table header with blank headings keeps the roles of the one before
            roles = [
                r if r or h.strip() else old
                for r, old, h in zip(roles, self.last_roles, self._expanded(row), strict=True)
            ]
        self.roles = self.last_roles = roles
        if not repeated:
            self.nested = self._nests_milestones(roles)
            self.groups = group_columns(roles, self._rows_ahead(False))
            self.above = {}
        self.plan.row_roles.append((row, ["header"] * len(roles)))
        self.plan.roles_seen.update(r for r in roles if r)
        if self.pending_title:
            self._set_section(self.pending_title)
        self.pending_title = None

    @staticmethod
    def _expanded(row: Row) -> list[str]:
        return [c.text for c in row.cells for _ in range(c.span)]

    def _title_text(self, row: Row) -> str | None:
        """The text of a row holding one title (a merged row, or fragments of one)."""
        filled = [heading_of(c.text).replace("\n", " ").strip() for c in row.cells if not c.blank]
        if not filled:
            return None
        if len(filled) > 1 and self._is_heading(filled[0]) and heads_row(row):
            filled = filled[:1]  # "Key indicator 1: ..." beside a short aside (its budget share)
        if len(filled) > 1:
            longest = max(filled, key=len)
            if all(longest.startswith(f) for f in filled):
                filled = [longest]
            elif (
                self.roles is not None
                and len(filled) <= 3
                and sum(len(f.split()) for f in filled) <= 4
            ):
                joined = filled[0]
                for part in filled[1:]:
                    joined += part if part[:1].islower() else " " + part
                filled = [joined]
            else:
                return None
        text = filled[0]
        if self.roles is not None and len(row.cells) > 1:
            # a lone cell in a table is a title only when it spans, or when it looks like
            # one and stands first in its row or just above a header; elsewhere it is a
            # fragment of the row above, cut by a page turn
            width = sum(c.span for c in row.cells)
            spans = len(row.cells) == 1 or any(c.span * 2 > width for c in row.filled)
            if spans or self._is_heading(text):
                return text
            placed = not row.cells[0].blank or self._next_is_header()
            if not (placed and looks_like_title(self.profile, text)):
                return None
        return text

    def _is_heading(self, text: str) -> bool:
        return any(p.search(text) for p in self.profile.area_headings) or bool(
            self.preamble and preamble_label(self.profile, text)
        )

    def _title_row(self, title: str, row: Row) -> tuple[RowKind, str]:
        if self._area_heading(title, row.page, row.line):
            return "area", "an area heading across the table opens the area below"
        if numbered_group(self.profile, title):
            self._close_preamble()
            self._set_section(title)
            return "section", "a numbered section label (theme, aim, ...) across the table"
        if self.preamble is not None:
            for part in row.cells[0].text.split("\n") if len(row.filled) == 1 else [title]:
                self._preamble_text(part)
            return "area", "text of the area opened above the table"
        if self._numbered_heading(title, row.page, row.line):
            return "area", "a numbered or long title row opens an area"
        if DOCUMENT_TITLE.search(title) and not prefixed(self.profile, title):
            return "ignored", "the plan's own title, printed again at a page top"
        if any(p.search(title) for p in self.profile.not_sections):
            return "ignored", "names a part of the document (appendix, key), not a section"
        self._set_section(title)
        return "section", "a short title row across the table"

    def _legend_entry(self, row: Row) -> bool:
        """A key row outside any action table: a symbol or coloured cell, then its meaning."""
        cells = [c for c in row.cells if not c.blank or c.fill]
        if len(cells) != 2:
            return False
        key_cell, meaning = cells
        key = key_cell.text.strip()
        status_word = len(key.split()) <= 2 and classify_status(key) is not None
        if not (0 < len(key) <= 3 or key_cell.fill or status_word) or meaning.blank:
            return False
        self.plan.features["status legend entries"] += 1
        if key:
            self.plan.legend.append((key, meaning.text))
        if key_cell.fill:
            self.plan.legend.append((f"fill:{key_cell.fill}", meaning.text))
        return True

    # -- areas opened outside the table ---------------------------------------
    def _area_heading(self, text: str, page: int | None, line: int | None) -> bool:
        """'Recommendation 3 - within 6 months' above a table opens area 3."""
        for pattern in self.profile.area_headings:
            match = pattern.search(text)
            if match:
                groups = match.groupdict()
                rest = (groups.get("timescale") or "").strip(" -–:")
                bracket = BRACKETED.match(rest)
                if bracket and bracketed_timescale(self.profile, bracket.group("inner")):
                    timescale, body = bracket.group("inner").strip(), bracket.group("rest")
                else:
                    timescale, _, body = timescale_prefix(self.profile, rest, None)
                    if timescale is None:
                        body = rest
                self.banner_repeated = self._repeats_area(groups.get("ref"), body)
                if self.banner_repeated:
                    self.plan.features["area banners repeated at a page top"] += 1
                    return True
                self._open_preamble(text, groups.get("ref"), body, timescale, page, line)
                return True
        return False

    def _repeats_area(self, ref: str | None, body: str) -> bool:
        """The open area's banner printed again (at a page top): it opens nothing new."""
        area = self.preamble.area if self.preamble else self.area
        if area is None or ref is None or area.ref != ref:
            return False
        return not body or not area.text or same_text(body, area.text)

    def _numbered_heading(
        self, text: str, page: int | None, line: int | None, *, numbered_only: bool = False
    ) -> bool:
        """A recommendation standing alone above (or across) its actions opens an area.

        It is one when numbered ("2. Ensure that ...") or too long to be a
        section name; a leading "Recommendation:" label is dropped.
        """
        ref, body = split_ref(AREA_LABEL.sub("", text))
        words = len(body.split())
        numbered = ref is not None and words >= 4
        if not numbered and (numbered_only or words <= MAX_TITLE_WORDS):
            return False
        self._open_preamble(text, ref, body, None, page, line)
        return True

    def _open_preamble(
        self,
        heading: str,
        ref: str | None,
        text: str,
        timescale: str | None,
        page: int | None,
        line: int | None,
    ) -> None:
        if self.pending_title:
            self._set_section(self.pending_title)  # the title above the area's heading
        if self.preamble is not None and self.preamble.fresh:
            # a heading straight above another heading groups it: a section, not an area
            heading = self.preamble.heading
            self.preamble = None
            self._set_section(heading)
        self._close_preamble()
        self.plan.features["areas opened by headings above tables"] += 1
        area = RawArea(
            section=self.section,
            ref=ref,
            text=text or None,
            timescale=timescale,
            page=page or self.page,
            line=line,
        )
        self.preamble = Preamble(area, heading)

    def _preamble_text(self, text: str) -> None:
        assert self.preamble is not None
        self.preamble.add(text, self.profile)

    def _close_preamble(self) -> None:
        if self.preamble is not None:
            self.plan.areas.append(self.preamble.area)
            self.area = self.preamble.area
            self.preamble = None
            self.last = None

    # -- data rows ----------------------------------------------------------------
    def _by_role(self, row: Row) -> tuple[dict[str, list[Cell]], dict[str, str]]:
        assert self.roles is not None
        by_role: dict[str, list[Cell]] = {}
        headers: dict[str, str] = {}
        names = self.header_texts
        columns = cell_columns(row, self.header_grid)
        opens = any(
            not c.blank and self.roles[col] == "area"
            for c, col in zip(row.cells, columns, strict=True)
            if col < len(self.roles)
        )
        for cell, col in zip(row.cells, columns, strict=True):
            role = self.roles[col] if col < len(self.roles) else None
            if role in CARRIED_ROLES:
                cell = self._carried(col, cell, opens)
            if role:
                by_role.setdefault(role, []).append(cell)
            if not cell.blank and col < len(names):
                headers[names[col] or f"column {col + 1}"] = cell.text
        return by_role, headers

    def _carried(self, col: int, cell: Cell, opens_group: bool) -> Cell:
        """A merged-down slot, or a blank in a group column, takes the value from above."""
        above = self.above.get(col)
        if above is not None and (
            cell.merged_down or (cell.blank and not opens_group and col in self.groups)
        ):
            self.plan.features["values carried down from the row above"] += 1
            return above
        self.above[col] = cell
        return cell

    def _continues_by_text(self, row: Row) -> bool:
        """After a page turn, a lone lower-case fragment continues the row above."""
        if not self.broke or self.last is None or self.roles is None or self.preamble:
            return False
        first = next(c.text for c in row.cells if not c.blank)
        return first[:1].islower() and split_ref(first)[0] is None

    def _data_row(self, row: Row) -> tuple[RowKind, str]:
        self._close_preamble()
        by_role, headers = self._by_role(row)
        self.plan.row_roles.append((row, list(self.roles or [])))
        action_role = self._action_role()
        area_role = self._area_role()

        def text(role: str | None) -> str:
            if role is None:
                return ""
            return "\n".join(c.text for c in by_role.get(role, []) if not c.blank)

        action_text = text(action_role)
        area_cell = text(area_role)
        ref_cell = " ".join(text("ref").split())
        ref = split_ref(ref_cell + " ")[0] if ref_cell else None
        if ref:
            # a Ref column numbers the area its row opens, else the action; a sub-number
            # ("1a", "1.2") numbers the action, its stem the area
            stem = re.search(r"\d+", ref)
            sub = stem is not None and stem.group() != ref
            if area_cell and not split_ref(area_cell)[0]:
                area_cell = f"{stem.group() if sub and stem else ref} {area_cell}"
            if (sub or not area_cell) and action_text and not split_ref(action_text)[0]:
                action_text = f"{ref} {action_text}"
        details = any(text(role) for role in ("lead", "due", "start", "status"))
        continuation = row_continues(
            self.profile,
            self.area,
            self.last,
            self.broke,
            (action_text, area_cell),
            row.continues,
            details,
        ) or (row.continues and self.broke and len(row.filled) == 1)  # a cut cell's overflow
        if area_cell and not (continuation and self._same_area(area_cell)):
            self._area_cell(area_cell, by_role.get(area_role or "", []), action_text, row)
        self.broke = False
        if continuation and self.last is not None:
            self._extend(self.last, by_role, action_role, area_role, headers)
            return "continuation", "carries on the row above over a page turn"
        if not action_text:
            if area_role and area_cell and self.area is not None:
                self._area_only_row(by_role)
                return "area", "an area cell with no action beside it"
            if row.filled:
                self._report_unplaced(row)
            return "ignored", "no text in the action column"
        ref, body = split_ref(action_text)
        if self.last and ref and ref == self.last.ref and same_text(body, self.last.text):
            self._extend(self.last, by_role, action_role, area_role, headers, duplicate=True)
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
        self._fill(action, by_role, skip=skip)
        if self.area is None:
            self.area = RawArea(section=self.section, page=action.page, line=action.line)
            self.plan.areas.append(self.area)
        if self.area.text_from_action and not self.area.actions:
            self.area.text = text
        self.area.actions.append(action)
        self.last = action

    def _action_role(self) -> str | None:
        roles = set(self.roles or ())
        if "action" in roles and "milestone" in roles and self._milestone_is_child():
            self.plan.features["milestones nested under actions"] = 1
            return "milestone"
        for role in ("action", "milestone"):
            if role in roles:
                return role
        return None

    def _area_role(self) -> str | None:
        roles = set(self.roles or ())
        if "area" in roles:
            return "area"
        if "action" in roles and "milestone" in roles and self._milestone_is_child():
            return "action"
        return None

    def _milestone_is_child(self) -> bool:
        """Whether this table nests milestones under its actions (decided at its header)."""
        return self.nested

    def _nests_milestones(self, roles: list[str | None]) -> bool:
        """'Action | Milestone' tables nest milestones when the action cell is merged down
        over several milestones or the milestones carry sub-numbers ("1.2"); never when
        areas have a column of their own, or milestones are just a list beside each action."""
        if "area" in roles or "action" not in roles or "milestone" not in roles:
            return False
        action, milestone = roles.index("action"), roles.index("milestone")
        rows = [
            r
            for r in self._rows_ahead(False)
            if all(c.span == 1 for c in r.cells) and len(r.filled) >= 2
        ]
        rows = [r for r in rows if len(r.cells) > max(action, milestone)]
        if not rows:
            return True
        merged = sum(r.cells[action].blank for r in rows)
        sub_numbered = sum("." in (split_ref(r.cells[milestone].text)[0] or "") for r in rows)
        return merged * 5 >= len(rows) or sub_numbered * 2 >= len(rows)

    def _same_area(self, text: str) -> bool:
        return same_area(self.profile, self.area, text)

    def _area_continues(self, text: str, action_text: str = "") -> bool:
        return area_continues(self.profile, self.area, text, action_text, self.broke)

    def _area_cell(self, text: str, cells: list[Cell], action_text: str, row: Row) -> None:
        area = self.area
        if area is not None and self._area_continues(text, action_text):
            area.text = f"{area.text or ''} {one_line(split_ref(text)[1])}".strip()
            return
        ref, body = split_area_ref(text)
        bold = cells[0].bold_lead if cells else None
        timescale, agency, body = timescale_prefix(self.profile, body, bold)
        if area is not None and ref is None and timescale is None:
            action_ref, _ = split_ref(action_text)
            if (
                action_ref
                and area.ref
                and action_ref.split(".")[0] == area.ref
                and "." in action_ref
            ):
                return  # a stray fragment beside the next milestone of the same action
        if (
            area is not None
            and ref is None
            and not body
            and area.text
            and not area.text_from_action
        ) and (timescale, agency) == (area.timescale, area.agency):
            return  # the label alone, the rest of the cell cut off by a page turn
        same = (
            area is not None
            and ref is None
            and bool(body and area.text)
            and not area.text_from_action
            and same_text(body, area.text or "")
            and (timescale, agency) in {(area.timescale, area.agency), (None, None)}
        )
        if same:
            if area is not None and len(body) > len(area.text or ""):
                area.text = one_line(body)  # keep the fullest wording of a repeated area
            return
        self.area = RawArea(
            section=self.section,
            ref=ref,
            text=one_line(body),
            timescale=timescale,
            agency=agency,
            page=row.page or self.page,
            line=row.line,
            text_from_action=not body,
            listed=ref is None and any(c.numbered for c in cells),
        )
        self.plan.areas.append(self.area)
        self.last = None

    def _area_only_row(self, by_role: dict[str, list[Cell]]) -> None:
        """Rows of a table listing areas with no actions (e.g. an appendix of recommendations)."""
        assert self.area is not None
        due = "\n".join(c.text for c in by_role.get("due", []) if not c.blank)
        if due and not self.area.timescale:
            self.area.timescale = one_line(due)

    def _fill(self, action: RawAction, by_role: dict[str, list[Cell]], skip: set) -> None:
        for role, cells in by_role.items():
            if role in skip:
                continue
            for cell in cells:
                if not cell.blank:
                    action.values.setdefault(role, []).append(cell.text)
                if cell.bold_lead and role not in action.bold:
                    action.bold[role] = cell.bold_lead
                if cell.fill and role not in action.fills:
                    action.fills[role] = cell.fill

    def _extend(
        self,
        action: RawAction,
        by_role: dict[str, list[Cell]],
        action_role: str | None,
        area_role: str | None,
        headers: dict[str, str],
        duplicate: bool = False,
    ) -> None:
        """Join a row continued over a page turn (or printed twice) into the action above.

        An area whose text was taken from this action follows the joined text.
        """
        self.plan.features[
            "repeated rows merged" if duplicate else "rows joined over a page turn"
        ] += 1
        for role, cells in by_role.items():
            if role == area_role:
                continue
            for cell in cells:
                if cell.blank:
                    continue
                if role == action_role:
                    if not duplicate:
                        action.text = join_text(action.text, cell.text)
                    continue
                old = action.values.get(role)
                if duplicate and old:
                    continue
                if old:
                    old[-1] = join_text(old[-1], cell.text)
                else:
                    action.values[role] = [cell.text]
                if cell.fill and role not in action.fills:
                    action.fills[role] = cell.fill
        for name, text in headers.items():
            if name not in action.cells:
                action.cells[name] = text
            elif not duplicate:
                action.cells[name] = join_text(action.cells[name], text)
        area = self.area
        if (
            area is not None
            and area.text_from_action
            and area.actions
            and area.actions[0] is action
        ):
            area.text = action.text

    def _set_section(self, text: str) -> None:
        self.pending_title = None
        if any(p.search(text) for p in self.profile.not_sections):
            return
        if section_name(self.profile, text) == self.section:
            return  # the section title printed again at the top of a page
        self.section = section_name(self.profile, text)
        self.area = None
        self.last = None


def layout(grid: Grid, profile: Profile) -> RawPlan:
    return Walker(profile).walk(grid)
