"""actionplan: council inspection action plans (PDF, text) as validated data."""

from actionplan.extract.api import ExtractionError, extract_file
from actionplan.loader import read_dataset
from actionplan.schemas import ActionPlan
from actionplan.writers import split_list

__all__ = ["ActionPlan", "ExtractionError", "extract_file", "read_dataset", "split_list"]
