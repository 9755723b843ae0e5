"""The corpus's plan content and its hand-written expectations, kept in one tree.

A document spec is a tree of sections, areas and actions as the author typed them
(the text printed in each cell) together with what a careful reader records for each
action: its leads split by hand, its due dates and kind, and its status. The layouts
(in `layouts.py`) decide only where the printed text goes; the expected records are
read from the tree, never from actionplan.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

STATUS = {
    "c": "completed",
    "p": "in_progress",
    "o": "off_track",
    "n": "not_started",
    "u": "unknown",
    None: None,
}


@dataclass
class Act:
    """One action. `lead` is a single lead as printed, or (printed cell, [leads]).

    `when` is the hand-written due expectation in a short code:
    "d:2024-07-31" a date; "m:2024-07" a month; "q:2024-07-01:2024-09-30" a quarter;
    "r:START:END" a range; "y:START:END" a (financial) year; "o" ongoing (or "o:START");
    "t" to be confirmed; "rel" relative ("within three months"); "n" none.
    `st` is the expected status code (see STATUS); None when the plan has no status.
    """

    ref: str | None
    text: str | Sequence[str]
    lead: str | tuple[str, Sequence[str]] | None = None
    due: str | None = None
    when: str | None = None
    status: str | None = None
    st: str | None = None
    progress: str | None = None
    outcome: str | None = None
    monitoring: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    group: int | None = None
    fill: str | None = None
    start: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [self.text] if isinstance(self.text, str) else list(self.text)

    @property
    def lead_cell(self) -> str | None:
        return self.lead[0] if isinstance(self.lead, tuple) else self.lead

    @property
    def leads(self) -> list[str] | None:
        if self.lead is None or self.lead == "":
            return None
        return list(self.lead[1]) if isinstance(self.lead, tuple) else [self.lead]


@dataclass
class Note:
    """A full-width row inside a table that is not an action (evidence, a quote)."""

    text: str


@dataclass
class Area:
    ref: str | None
    text: str | Sequence[str] | None
    items: list[Act | Note]
    timescale: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def line(self) -> str:
        """The area's text as one line, as a heading or banner prints it."""
        return _joined(self.text) or ""

    @property
    def acts(self) -> list[Act]:
        return [i for i in self.items if isinstance(i, Act)]


@dataclass
class Section:
    title: str | None
    areas: list[Area]


@dataclass
class Plan:
    """A whole document: file stem, format, corpus half, sections and a layout."""

    stem: str
    fmt: str
    half: str
    kind: str
    sections: list[Section]
    layout: Callable[[Plan], Any]
    meta: dict[str, Any] = field(default_factory=dict)
    # status_raw is what the reader sees in the status cell; fill-only cells print none
    status_is_fill_only: bool = False

    def walk(self) -> Iterator[tuple[Section, Area, Act]]:
        for section in self.sections:
            for area in section.areas:
                for act in area.acts:
                    yield section, area, act


def _span(code: str) -> tuple[str | None, str | None, str]:
    """Turn a due code into (due_start, due_end, due_kind)."""
    kind, _, rest = code.partition(":")
    if kind == "d":
        return rest, rest, "date"
    if kind == "m":
        year, month = (int(x) for x in rest.split("-"))
        last = calendar.monthrange(year, month)[1]
        return (
            date(year, month, 1).isoformat(),
            date(year, month, last).isoformat(),
            "month",
        )
    if kind in ("q", "r", "y"):
        start, end = rest.split(":")
        return start, end, {"q": "quarter", "r": "range", "y": "year"}[kind]
    if kind == "o":
        return (rest or None), None, "ongoing"
    if kind == "t":
        return None, None, "tbc"
    if kind == "rel":
        return None, None, "relative"
    if kind == "n":
        return None, None, "none"
    raise ValueError(f"unknown due code {code!r}")


def _joined(value: str | Sequence[str] | None) -> str | None:
    if value is None or value == "":
        return None
    parts = [value] if isinstance(value, str) else list(value)
    return " ".join(" ".join(p.split()) for p in parts if p) or None


def expected_records(plan: Plan) -> list[dict[str, Any]]:
    """The gold records of a plan, in document order, keys in the gold's order."""
    records = []
    for section, area, act in plan.walk():
        if act.when is None and act.due:
            raise ValueError(f"{plan.stem}: due {act.due!r} has no expectation")
        start, end, kind = _span(act.when or "n")
        status_raw = None if plan.status_is_fill_only else _joined(act.status)
        records.append(
            {
                "doc": plan.stem,
                "section": section.title,
                "area_ref": area.ref,
                "area_text": _joined(area.text),
                "action_ref": act.ref,
                "action_text": _joined(act.paragraphs),
                "leads": act.leads,
                "due_raw": _joined(act.due),
                "due_start": start,
                "due_end": end,
                "due_kind": kind,
                "start_raw": act.start,
                "status_raw": status_raw,
                "status": STATUS[act.st],
                "progress_raw": _joined(act.progress),
                "outcome_raw": _joined(act.outcome),
                "monitoring_raw": _joined(act.monitoring),
                "notes": None,
            }
        )
    return records
