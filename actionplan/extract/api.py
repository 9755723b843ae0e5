"""One call from a file to a validated ActionPlan: detect, read, lay out, normalise."""

from __future__ import annotations

import hashlib
from pathlib import Path

from actionplan.extract.engine.assemble import assemble
from actionplan.extract.engine.layout import layout
from actionplan.extract.engine.profile import Profile, builtin_profile
from actionplan.extract.errors import ReaderError
from actionplan.extract.readers import read_grid
from actionplan.extract.readers.detect import detect_format
from actionplan.inputs import input_problem, shown
from actionplan.schemas import ActionPlan, Source


class ExtractionError(Exception):
    """A file that yields no plan. str() is one line naming the file and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{shown(path)}: {reason}")
        self.path = path
        self.reason = reason


def extract_file(
    path: str | Path, *, profile: Profile | None = None, engine: str = "pdfplumber"
) -> ActionPlan:
    """Extract one plan; raises ExtractionError with a one-line reason on any bad input."""
    path = Path(path)
    profile = profile or builtin_profile("generic")
    try:
        problem = input_problem(path)
        if problem:
            raise ExtractionError(path, problem)
        fmt = detect_format(path)
        grid = read_grid(path, fmt, engine)
    except ExtractionError:
        raise
    except (ReaderError, OSError) as exc:
        raise ExtractionError(path, _reason(exc)) from exc
    raw = layout(grid, profile)
    if not any(area.actions for area in raw.areas):
        raise ExtractionError(path, "no action-plan table found")
    source = Source(path=str(path), sha256=sha256_of(path), format=fmt, pages=grid.pages)
    return assemble(raw, source, profile)


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
