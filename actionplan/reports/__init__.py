"""Inspection reports: their recommendations, and the plans that answer them."""

from actionplan.reports.extract import extract_document, extract_report

__all__ = ["extract_document", "extract_report"]
