"""What a person watching a batch sees: a progress bar on a terminal, a closing summary.

Kept apart from the batch runner so library callers and CI logs get plain lines.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from actionplan.batch import BatchReport, FileOutcome
from actionplan.inputs import shown


class Reporter:
    """Prints one 'error: <file>: <reason>' line per failed file (after any library
    warnings about it); advances the bar.

    The bar's label names the file being read: files are handed to workers in
    order, so the first one not yet finished is being read (with -j N, the
    first N; the label names the first and how many more).
    """

    def __init__(self, progress: Progress | None, err: TextIO, files: list[Path], jobs: int):
        self._progress = progress
        self._files = files
        self._done: set[Path] = set()
        self._first = 0  # index of the first file not finished
        self._jobs = jobs
        self._err = err
        self._task = progress.add_task(self.label(), total=len(files)) if progress else None
        self._pages: TaskID | None = None

    def __call__(self, outcome: FileOutcome) -> None:
        for note in outcome.notes:  # a library's warning, named with the file it concerns
            self._print(f"warning: {shown(outcome.path)}: {note}")
        if outcome.error:
            self._print(f"error: {outcome.message}")
        self._done.add(outcome.path)
        while self._first < len(self._files) and self._files[self._first] in self._done:
            self._first += 1
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=1, description=self.label())

    def label(self) -> str:
        left = len(self._files) - len(self._done)
        if self._first >= len(self._files) or left <= 0:
            return "writing tables"
        more = min(self._jobs, left) - 1
        name = escape(self._files[self._first].name)
        return f"reading {name}" + (f" (+{more})" if more else "")

    def ocr_page(self, done: int, total: int) -> None:
        """Scanned pages read so far, on a bar of their own: a long scan shows it moving."""
        if self._progress is None:
            return
        if self._pages is None:
            self._pages = self._progress.add_task("OCR pages", total=total)
        self._progress.update(self._pages, completed=done, total=total)

    def _print(self, line: str) -> None:
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False)
        else:
            print(line, file=self._err, flush=True)


@contextmanager
def reporter(
    files: list[Path], jobs: int = 1, *, quiet: bool, err: TextIO | None = None
) -> Iterator[Reporter]:
    """A bar (file being read, done/total, elapsed, time left) only on a terminal, not --quiet."""
    err = err or sys.stderr
    if quiet or not err.isatty():
        yield Reporter(None, err, files, jobs)
        return
    console = Console(file=err)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        yield Reporter(progress, err, files, jobs)


def summary_lines(report: BatchReport, out: object) -> list[str]:
    """The closing summary: files ok / failed, actions, warnings by kind."""
    kinds = report.warning_kinds()
    reused = f" ({report.reused} unchanged, reused)" if report.reused else ""
    lines = [
        f"{len(report.ok)} ok, {len(report.failed)} failed, {report.actions} actions, "
        f"{sum(kinds.values())} warnings -> {out}{reused}"
    ]
    if report.reports:
        found = report.recommendations
        lines.append(f"{len(report.reports)} inspection reports, {found} recommendations")
    if kinds:
        lines.append("warnings: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    return lines
