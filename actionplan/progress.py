"""What a person watching a batch sees: a progress bar on a terminal, a closing summary.

Kept apart from the batch runner so library callers and CI logs get plain lines.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from actionplan.batch import BatchReport, FileOutcome
from actionplan.inputs import shown


class Reporter:
    """Prints one 'error: <file>: <reason>' line per failed file (after any library
    warnings about it); advances the bar."""

    def __init__(self, progress: Progress | None, err: TextIO, total: int) -> None:
        self._progress = progress
        self._task = progress.add_task("extracting", total=total) if progress else None
        self._err = err

    def __call__(self, outcome: FileOutcome) -> None:
        for note in outcome.notes:  # a library's warning, named with the file it concerns
            self._print(f"warning: {shown(outcome.path)}: {note}")
        if outcome.error:
            self._print(f"error: {outcome.message}")
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task)

    def _print(self, line: str) -> None:
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False)
        else:
            print(line, file=self._err, flush=True)


@contextmanager
def reporter(total: int, *, quiet: bool, err: TextIO | None = None) -> Iterator[Reporter]:
    """A bar only on an interactive terminal and when not --quiet."""
    err = err or sys.stderr
    if quiet or not err.isatty():
        yield Reporter(None, err, total)
        return
    console = Console(file=err)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        yield Reporter(progress, err, total)


def summary_lines(report: BatchReport, out: object) -> list[str]:
    """The closing summary: files ok / failed, actions, warnings by kind."""
    kinds = report.warning_kinds()
    reused = f" ({report.reused} unchanged, reused)" if report.reused else ""
    lines = [
        f"{len(report.ok)} ok, {len(report.failed)} failed, {report.actions} actions, "
        f"{sum(kinds.values())} warnings -> {out}{reused}"
    ]
    if kinds:
        lines.append("warnings: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    return lines
