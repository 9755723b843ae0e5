"""The run defaults and choices the command line shows in its help.

Kept apart, importing nothing heavy, so that declaring the commands (and
answering `--help`) does not import the readers, the engine or the models.
"""

from __future__ import annotations

import os
from enum import StrEnum

FORMATS = ("json", "jsonl", "csv")
DEFAULT_TIMEOUT = 120.0
DEFAULT_MEMORY_MB = 4096


class OcrMode(StrEnum):
    """When pages are read by OCR: only pages with no text (auto), every page, or never."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


def release() -> str:
    """The installed release, or "unknown" when run from a tree never installed."""
    from importlib import metadata

    try:
        return metadata.version("actionplan")
    except metadata.PackageNotFoundError:
        return "unknown"


def default_jobs() -> int:
    return os.cpu_count() or 1
