"""Pydantic models of an extracted action plan."""

from actionplan.schemas.models import (
    Action,
    ActionPlan,
    Area,
    DueKind,
    Milestone,
    Person,
    PlanWarning,
    Provenance,
    Section,
    Source,
    SourceFormat,
    Span,
    Status,
    StatusValue,
)

__all__ = [
    "Action",
    "ActionPlan",
    "Area",
    "DueKind",
    "Milestone",
    "Person",
    "PlanWarning",
    "Provenance",
    "Section",
    "Source",
    "SourceFormat",
    "Span",
    "Status",
    "StatusValue",
]
