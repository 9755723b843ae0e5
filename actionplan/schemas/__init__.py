"""Pydantic models of an extracted action plan and of an inspection report."""

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
from actionplan.schemas.report import Body, Recommendation, Report

__all__ = [
    "Action",
    "ActionPlan",
    "Area",
    "Body",
    "DueKind",
    "Milestone",
    "Person",
    "PlanWarning",
    "Provenance",
    "Recommendation",
    "Report",
    "Section",
    "Source",
    "SourceFormat",
    "Span",
    "Status",
    "StatusValue",
]
