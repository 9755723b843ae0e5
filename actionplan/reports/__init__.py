"""Inspection reports: their recommendations, and the plans that answer them.

The exports are imported on first use, so the report tables do not bring in
the PDF readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from actionplan.lazy import exports

if TYPE_CHECKING:
    from actionplan.reports.extract import extract_document, extract_report

__all__ = ["extract_document", "extract_report"]

__getattr__ = exports(
    globals(),
    {
        "extract_document": "actionplan.reports.extract",
        "extract_report": "actionplan.reports.extract",
    },
)
