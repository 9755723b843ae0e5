"""Library warnings caught while reading one file, so they can name that file.

pdfminer logs "Data-loss while decompressing corrupted data" and friends
through `logging`, others use `warnings`; left alone they reach stderr as bare
lines that say nothing of which file of a batch they concern.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

MOST = 5  # distinct notes kept per file: a damaged file can log thousands


class _Collect(logging.Handler):
    def __init__(self, notes: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.notes = notes

    def emit(self, record: logging.LogRecord) -> None:
        _keep(self.notes, record.getMessage())


def _keep(notes: list[str], message: str) -> None:
    line = " ".join(message.split())[:200]
    if line and line not in notes and len(notes) < MOST:
        notes.append(line)


@contextmanager
def library_notes() -> Iterator[list[str]]:
    """Collect what libraries log (WARNING and up) or warn inside the block, instead of printing."""
    notes: list[str] = []
    handler = _Collect(notes)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield notes
        for warning in caught:
            _keep(notes, str(warning.message))
    finally:
        root.removeHandler(handler)
