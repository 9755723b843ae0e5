"""What a run counts of each document, made where the document is.

A worker sends this small summary with the document's JSON, so the main
process counts actions, pages, warning kinds and recommendations without
rebuilding the document's records.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from actionplan.dataset import Document, findings
from actionplan.schemas import ActionPlan, Report


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


def summary_of(name: str, doc: ActionPlan | Report) -> Summary:
    """The summary of a document built in this process."""
    return summarise(doc if isinstance(doc, Report) else Document(name, doc))
