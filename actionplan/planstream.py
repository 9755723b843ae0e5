"""A plan made one area at a time, so a long plan's records need never be whole.

The batch worker writes each area's JSON and counts it as it is made, then lets
it go; `extract_file` collects the same stream into the ActionPlan it returns.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby

from actionplan.schemas import ActionPlan, Area, Section


@dataclass
class PlanStream:
    """Every top-level field of a plan, known before its records (`header`, with no
    sections), then its areas in document order, each with its section's title."""

    header: ActionPlan
    areas: Iterator[tuple[str | None, Area]]

    def sections(self) -> Iterator[tuple[Section, Iterator[Area]]]:
        """Each section (without its areas) and its areas, still to be made: a run of
        areas under one title is one section."""
        for title, run in groupby(self.areas, key=lambda titled: titled[0]):
            yield Section(title=title), (area for _, area in run)

    def collect(self) -> ActionPlan:
        """The whole plan, every area made."""
        plan = self.header
        plan.sections = [
            Section(title=section.title, areas=list(areas)) for section, areas in self.sections()
        ]
        return plan
