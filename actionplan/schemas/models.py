"""The one validated shape every reader's output ends in.

Every normalised value sits beside the raw text it came from, and every record
carries its provenance, so nothing the document said is lost and every value
can be traced back to a page and line.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class SourceFormat(StrEnum):
    TEXT = "text"
    PDF = "pdf"
    DOCX = "docx"
    HTML = "html"
    XLSX = "xlsx"
    CSV = "csv"


class DueKind(StrEnum):
    DATE = "date"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"
    RELATIVE = "relative"
    ONGOING = "ongoing"
    TBC = "tbc"
    NONE = "none"
    OTHER = "other"


class StatusValue(StrEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    OFF_TRACK = "off_track"
    NOT_STARTED = "not_started"
    UNKNOWN = "unknown"


class PlanWarning(Model):
    """A problem worth counting: data, not a log line."""

    code: str
    message: str
    page: int | None = None
    line: int | None = None


class Provenance(Model):
    page: int | None = None
    line: int | None = Field(None, description="1-based line in a text source")
    bbox: tuple[float, float, float, float] | None = Field(
        None, description="x0, top, x1, bottom in PDF points"
    )
    sheet: str | None = Field(None, description="worksheet name; `line` is then its row number")
    ocr: bool = Field(False, description="read from a page image by OCR")
    ocr_confidence: float | None = Field(
        None, description="mean OCR word confidence (0-100) of the record's cells"
    )

    @model_serializer(mode="wrap")
    def _only_what_applies(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Sheet and OCR keys are written only for the records they describe."""
        data: dict[str, Any] = handler(self)
        for key in ("sheet", "ocr", "ocr_confidence"):
            if data.get(key) in (None, False):
                data.pop(key, None)
        return data


class Span(Model):
    """A period as stated: raw text plus the first and last day it covers."""

    raw: str | None = None
    start: date | None = None
    end: date | None = None
    kind: DueKind = DueKind.NONE
    duration_months: int | None = Field(
        None, description="for relative timescales not resolvable to dates"
    )
    status_hint: StatusValue | None = Field(
        None, description="a status written in a date column, e.g. 'Complete'"
    )
    revised_from: Span | None = None
    warnings: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"start {self.start} is after end {self.end}")
        return self


class Status(Model):
    raw: str | None = None
    value: StatusValue | None = None
    source: str | None = Field(
        None, description="cell, legend, colour, rag, progress or date: where the value came from"
    )
    alternatives: list[str] = Field(
        default_factory=list, description="raw values of weaker sources that disagreed"
    )
    warnings: list[str] = Field(default_factory=list)


class Person(Model):
    raw: str
    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    printed: str | None = Field(
        None,
        description="the lead as printed, when that is neither its name nor its role alone "
        "('Head of Fostering (Ana Reyes)')",
    )
    person_id: str | None = None

    @property
    def label(self) -> str:
        return self.printed or self.name or self.role or self.raw


class Milestone(Model):
    label: str | None = None
    text: str


class Action(Model):
    ref: str | None = None
    text: str
    leads_raw: str | None = None
    leads: list[Person] = Field(default_factory=list)
    start: Span | None = None
    due: Span = Field(default_factory=Span)
    status: Status | None = None
    progress: str | None = None
    outcome: str | None = None
    monitoring: str | None = None
    milestones: list[Milestone] = Field(default_factory=list)
    cells: dict[str, str] = Field(
        default_factory=dict, description="every raw cell of the row, by column heading"
    )
    provenance: Provenance = Field(default_factory=Provenance)
    warnings: list[str] = Field(default_factory=list)


class Area(Model):
    """An area for improvement (recommendation) and the actions answering it."""

    ref: str | None = None
    text: str | None = None
    timescale: str | None = Field(None, description="priority as stated, e.g. 'Within 3 months'")
    agency: str | None = None
    outcomes: list[str] = Field(default_factory=list)
    success_measures: list[str] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    provenance: Provenance = Field(default_factory=Provenance)


class Section(Model):
    title: str | None = None
    areas: list[Area] = Field(default_factory=list)


class Source(Model):
    path: str
    sha256: str
    format: SourceFormat
    pages: int | None = None


class ActionPlan(Model):
    source: Source
    authority: str | None = None
    title: str | None = None
    inspection_date: Span | None = None
    report_date: Span | None = None
    layout: str | None = Field(None, description="the profile the engine chose")
    sections: list[Section] = Field(default_factory=list)
    warnings: list[PlanWarning] = Field(default_factory=list)

    def actions(self):
        """(section, area, action) triples in document order."""
        for section in self.sections:
            for area in section.areas:
                for action in area.actions:
                    yield section, area, action
