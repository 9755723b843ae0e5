"""What a run counts of each document, made where the document is.

A worker sends this small summary with the document's JSON, so the main
process counts actions, pages, warning kinds and recommendations without
rebuilding the document's records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from actionplan.dataset import Document, action_findings, findings
from actionplan.planstream import PlanStream
from actionplan.schemas import ActionPlan, Area, Report


@dataclass(frozen=True)
class Summary:
    """One document's counts: a plan's actions, pages and warning kinds, or a report's
    recommendations."""

    is_report: bool = False
    actions: int = 0
    pages: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    recommendations: int = 0


def summarise(doc: Document | Report) -> Summary:
    if isinstance(doc, Report):
        return Summary(is_report=True, recommendations=len(doc.recommendations))
    return Summary(
        actions=sum(1 for _ in doc.actions()),
        pages=doc.plan.source.pages or 1,
        kinds=dict(Counter(f.kind for f in findings(doc))),
    )


class PlanTally:
    """A streamed plan's summary, counted area by area as the stream is read, so the
    counts never need the whole plan; the same as `summarise` of the collected plan."""

    def __init__(self, header: ActionPlan) -> None:
        self.pages = header.source.pages or 1
        self.actions = 0
        self.kinds: Counter[str] = Counter(w.code for w in header.warnings)

    def counting(self, stream: PlanStream) -> PlanStream:
        """`stream`, each area counted as it is taken."""
        return PlanStream(stream.header, self._counted(stream.areas))

    def _counted(
        self, areas: Iterator[tuple[str | None, Area]]
    ) -> Iterator[tuple[str | None, Area]]:
        for titled in areas:
            for action in titled[1].actions:
                self.actions += 1
                self.kinds.update(f.kind for f in action_findings(action, None))
            yield titled

    def summary(self) -> Summary:
        """The counts of the areas taken so far: the plan's once the stream is read."""
        return Summary(actions=self.actions, pages=self.pages, kinds=dict(self.kinds))
