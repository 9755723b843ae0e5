"""The plan's hierarchy as it is built: sections, areas and actions, in reading order.

The walk decides what each row is; this stage puts it in the tree. `PlanTree`
holds all that flows from row to row about the hierarchy (the open section,
area, action, the area opened by a heading above its table, a title waiting
to become a section) and nothing about columns or pages. What an area cell
does to the open area is decided by a pure function, `read_area_cell`, so
the rule can be tried on its own.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from actionplan.extract.engine.continuation import area_continues, same_area
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
from actionplan.extract.engine.titles import section_name, timescale_prefix
from actionplan.extract.grid import Cell
from actionplan.extract.richtext import one_line

CellsByRole = dict[str, list[Cell]]


@dataclass(frozen=True, slots=True)
class AreaCell:
    """What an area cell does to the open area.

    `continues`: it carries on the area's text (`text` is appended);
    `ignored`: a fragment that adds nothing (a label cut by a page turn);
    `repeats`: the open area printed again (`text` is a fuller wording, or "");
    `opens`: a new area with `ref`, `text`, `timescale`, `agency`.
    """

    effect: Literal["continues", "ignored", "repeats", "opens"]
    text: str = ""
    ref: str | None = None
    timescale: str | None = None
    agency: str | None = None


def read_area_cell(
    profile: Profile,
    area: RawArea | None,
    text: str,
    bold: str | None,
    action_text: str,
    broke: bool,
) -> AreaCell:
    """Whether an area cell carries on, repeats or replaces the open `area`.

    `bold` is the cell's bold opening run (a timescale label); `action_text`
    is the action beside it; `broke` says a page turned since the row above.
    """
    if area is not None and area_continues(profile, area, text, action_text, broke):
        return AreaCell("continues", one_line(split_ref(text)[1]) or "")
    ref, body = split_area_ref(text)
    timescale, agency, body = timescale_prefix(profile, body, bold)
    if area is not None and ref is None and timescale is None:
        action_ref, _ = split_ref(action_text)
        if action_ref and area.ref and action_ref.split(".")[0] == area.ref and "." in action_ref:
            return AreaCell("ignored")  # a stray fragment beside the next milestone
    if area is not None and ref is None and not area.text_from_action:
        if not body and area.text and (timescale, agency) == (area.timescale, area.agency):
            return AreaCell("ignored")  # the label alone, the rest cut off by a page turn
        if (
            body
            and area.text
            and same_text(body, area.text)
            and (timescale, agency) in {(area.timescale, area.agency), (None, None)}
        ):
            fuller = len(body) > len(area.text)
            return AreaCell("repeats", (one_line(body) or "") if fuller else "")
    return AreaCell("opens", one_line(body) or "", ref, timescale, agency)


def fill(action: RawAction, by_role: CellsByRole, skip: Collection[str | None]) -> None:
    """Put a row's cells (but those of the `skip` roles) into the action's values."""
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


class PlanTree:
    """The sections, areas and actions read so far, and where the next row goes."""

    def __init__(self, profile: Profile, plan: RawPlan) -> None:
        self.profile = profile
        self.plan = plan
        self.section: str | None = None
        self.area: RawArea | None = None
        self.last: RawAction | None = None
        self.preamble: Preamble | None = None
        self.pending_title: str | None = None

    # -- sections -----------------------------------------------------------------
    def set_section(self, text: str) -> None:
        self.pending_title = None
        if any(p.search(text) for p in self.profile.not_sections):
            return
        if section_name(self.profile, text) == self.section:
            return  # the section title printed again at the top of a page
        self.section = section_name(self.profile, text)
        self.area = None
        self.last = None

    # -- areas opened by text above their table ------------------------------------
    def open_preamble(
        self,
        heading: str,
        ref: str | None,
        text: str,
        timescale: str | None,
        page: int | None,
        line: int | None,
    ) -> None:
        if self.pending_title:
            self.set_section(self.pending_title)  # the title above the area's heading
        if self.preamble is not None and self.preamble.fresh:
            # a heading straight above another heading groups it: a section, not an area
            heading = self.preamble.heading
            self.preamble = None
            self.set_section(heading)
        self.close_preamble()
        self.plan.features["areas opened by headings above tables"] += 1
        area = RawArea(
            section=self.section,
            ref=ref,
            text=text or None,
            timescale=timescale,
            page=page,
            line=line,
        )
        self.preamble = Preamble(area, heading)

    def add_to_preamble(self, text: str) -> None:
        assert self.preamble is not None
        self.preamble.add(text, self.profile)

    def close_preamble(self) -> None:
        if self.preamble is not None:
            self.plan.areas.append(self.preamble.area)
            self.area = self.preamble.area
            self.preamble = None
            self.last = None

    def repeats_area(self, ref: str | None, body: str) -> bool:
        """The open area's banner printed again (at a page top): it opens nothing new."""
        area = self.preamble.area if self.preamble else self.area
        if area is None or ref is None or area.ref != ref:
            return False
        return not body or not area.text or same_text(body, area.text)

    # -- areas from a table's area column -------------------------------------------
    def same_area(self, text: str) -> bool:
        return same_area(self.profile, self.area, text)

    def area_cell(
        self,
        text: str,
        cells: list[Cell],
        action_text: str,
        broke: bool,
        page: int | None,
        line: int | None,
    ) -> None:
        bold = cells[0].bold_lead if cells else None
        read = read_area_cell(self.profile, self.area, text, bold, action_text, broke)
        area = self.area
        if read.effect == "continues" and area is not None:
            area.text = f"{area.text or ''} {read.text}".strip()
        elif read.effect == "repeats" and area is not None:
            if read.text:
                area.text = read.text  # keep the fullest wording of a repeated area
        elif read.effect == "opens":
            self.area = RawArea(
                section=self.section,
                ref=read.ref,
                text=read.text or None,
                timescale=read.timescale,
                agency=read.agency,
                page=page,
                line=line,
                text_from_action=not read.text,
                listed=read.ref is None and any(c.numbered for c in cells),
            )
            self.plan.areas.append(self.area)
            self.last = None

    def area_only_row(self, by_role: CellsByRole) -> None:
        """Rows of a table listing areas with no actions (e.g. an appendix of recommendations)."""
        assert self.area is not None
        due = "\n".join(c.text for c in by_role.get("due", []) if not c.blank)
        if due and not self.area.timescale:
            self.area.timescale = one_line(due)

    # -- actions ---------------------------------------------------------------------
    def add_action(self, action: RawAction, by_role: CellsByRole, skip: set[str | None]) -> None:
        """The action into the open area (a new area without a name when none is open)."""
        fill(action, by_role, skip)
        if self.area is None:
            self.area = RawArea(section=self.section, page=action.page, line=action.line)
            self.plan.areas.append(self.area)
        if self.area.text_from_action and not self.area.actions:
            self.area.text = action.text
        self.area.actions.append(action)
        self.last = action

    def extend(
        self,
        action: RawAction,
        by_role: CellsByRole,
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
