"""actionplan: council inspection action plans (PDF, text) as validated data.

The exports are imported on first use: the command line and each worker
process start without the models and readers they may never need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from actionplan.lazy import exports

if TYPE_CHECKING:
    from actionplan.extract.api import ExtractionError, extract_file
    from actionplan.loader import read_dataset
    from actionplan.schemas import ActionPlan
    from actionplan.writers import split_list

__all__ = ["ActionPlan", "ExtractionError", "extract_file", "read_dataset", "split_list"]

__getattr__ = exports(
    globals(),
    {
        "ActionPlan": "actionplan.schemas",
        "ExtractionError": "actionplan.extract.api",
        "extract_file": "actionplan.extract.api",
        "read_dataset": "actionplan.loader",
        "split_list": "actionplan.writers",
    },
)
