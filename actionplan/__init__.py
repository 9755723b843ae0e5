"""actionplan: council inspection action plans (PDF, text) as validated data."""

from actionplan.extract.api import ExtractionError, extract_file
from actionplan.schemas import ActionPlan

__all__ = ["ActionPlan", "ExtractionError", "extract_file"]
