"""Pydantic models of an inspection report: the recommendations a plan answers.

A report is the other half of an action plan: the inspectors' list of what must
improve. Every recommendation keeps its text as printed, the heading, group and
topic it sat under, and where it is on the page, so a link from a plan area back
to it can be checked by eye.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field

from actionplan.schemas.models import Model, PlanWarning, Source, Span


class Body(StrEnum):
    """Who a recommendation is addressed to."""

    LOCAL_AUTHORITY = "local_authority"
    SAFEGUARDING_BOARD = "safeguarding_board"


class Recommendation(Model):
    body: Body = Body.LOCAL_AUTHORITY
    section: str | None = Field(None, description="the heading the list sits under, as printed")
    group: str | None = Field(
        None, description="timescale or priority group, e.g. 'Priority and immediate action'"
    )
    topic: str | None = Field(None, description="a topic sub-heading between the items")
    ref: str | None = Field(None, description="the printed number; null for bullets")
    text: str
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = Field(
        None, description="x0, top, x1, bottom in PDF points, on `page`"
    )


class Report(Model):
    """An inspection report and its recommendations."""

    kind: Literal["report"] = Field("report", description="tells a report's JSON from a plan's")
    source: Source
    authority: str | None = None
    title: str | None = None
    framework: str | None = Field(None, description="the inspection framework, e.g. SIF, ILACS")
    inspection_date: Span | None = None
    report_date: Span | None = Field(None, description="publication date, where printed")
    recommendations: list[Recommendation] = Field(default_factory=list)
    warnings: list[PlanWarning] = Field(default_factory=list)
