"""The run-wide tables change as one: all from the new run or all from the old.

Every table (CSV, JSONL) is streamed into a hidden staging folder in the
output folder, and the SQLite file into a hidden temp file beside it. Only when
all are complete is a journal written naming each staged file and its target;
then each is renamed over its target and the journal removed. A run killed
during those renames leaves the journal, and the next run (`recover`) finishes
them before anything else, so readers never keep a mix of two runs; staging
folders and temp files left by killed runs are removed then too.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from actionplan.dataset import TABLES, Table
from actionplan.writers import FILE_MODE, csv_cell, jsonl_line, write_atomic

Sink = Callable[[dict[str, object]], None]
JOURNAL = ".actionplan-commit"
STAGING_PREFIX = ".actionplan-staging-"


@dataclass(frozen=True)
class TableFormats:
    """Which run-wide files to write and how."""

    csv: bool = True
    jsonl: bool = True
    db: Path | None = None
    excel: bool = False
    raw_csv: bool = False
    """Write CSV cells as they are, without the spreadsheet formula guard."""


def recover(out: Path, db: Path | None = None) -> None:
    """Finish a commit a killed run left half done, then remove its leftovers."""
    journal = out / JOURNAL
    try:
        pairs = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # none, or unreadable: a journal is written atomically,
        pairs = []  # so one that cannot be read committed nothing
    for staged, target in pairs:
        if Path(staged).exists():
            os.replace(staged, target)
    journal.unlink(missing_ok=True)
    _remove_leftovers(out, ".")
    if db is not None:
        _remove_leftovers(db.parent, f".{db.name}.")


def _remove_leftovers(folder: Path, prefix: str) -> None:
    """Staging folders and '<prefix><random>.tmp' files (see write_atomic) of killed runs."""
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        if path.name.startswith(STAGING_PREFIX) and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        elif path.name.startswith(prefix) and path.name.endswith(".tmp") and path.is_file():
            path.unlink(missing_ok=True)


def write_tables(
    rows: Iterable[tuple[str, dict[str, object]]], out: Path, formats: TableFormats
) -> list[Path]:
    """Stream `rows` ((table name, row) pairs) into staged files, then commit them together."""
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
    db_tmp = _temp_beside(formats.db) if formats.db is not None else None
    try:
        pairs: list[tuple[Path, Path]] = []
        with ExitStack() as stack:
            sinks = _open_sinks(stack, staging, out, formats, pairs)
            if db_tmp is not None and formats.db is not None:
                from actionplan.sqlite_writer import SqliteSink

                database = stack.enter_context(SqliteSink(db_tmp, TABLES))
                for table in TABLES:
                    sinks.setdefault(table.name, []).append(database.inserter(table))
                pairs.append((db_tmp, formats.db))
            for name, row in rows:
                for sink in sinks.get(name, ()):
                    sink(row)
        _commit(out, pairs)
    finally:
        if not (out / JOURNAL).exists():  # else a commit was cut short: `recover` finishes it
            shutil.rmtree(staging, ignore_errors=True)
            if db_tmp is not None:
                db_tmp.unlink(missing_ok=True)
    return [target for _, target in pairs]


def _open_sinks(
    stack: ExitStack,
    staging: Path,
    out: Path,
    formats: TableFormats,
    pairs: list[tuple[Path, Path]],
) -> dict[str, list[Sink]]:
    sinks: dict[str, list[Sink]] = {}
    for table in TABLES:
        if formats.csv:
            staged = staging / f"{table.name}.csv"
            encoding = "utf-8-sig" if formats.excel else "utf-8"
            fh = stack.enter_context(_synced(staged, encoding, newline=""))
            sinks.setdefault(table.name, []).append(_csv_sink(fh, table, guard=not formats.raw_csv))
            pairs.append((staged, out / staged.name))
        if formats.jsonl:
            staged = staging / f"{table.name}.jsonl"
            fh = stack.enter_context(_synced(staged, "utf-8"))
            sinks.setdefault(table.name, []).append(_jsonl_sink(fh, table))
            pairs.append((staged, out / staged.name))
    return sinks


def _csv_sink(fh: IO[str], table: Table, *, guard: bool) -> Sink:
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(table.columns)

    def write(row: dict[str, object]) -> None:
        writer.writerow([csv_cell(row.get(c), guard=guard) for c in table.columns])

    return write


def _jsonl_sink(fh: IO[str], table: Table) -> Sink:
    def write(row: dict[str, object]) -> None:
        fh.write(jsonl_line({c: row.get(c) for c in table.columns}))

    return write


@contextmanager
def _synced(path: Path, encoding: str, newline: str | None = None) -> Iterator[IO[str]]:
    """A new file closed only after its bytes are on disk: a commit never renames a hollow one."""
    with path.open("w", encoding=encoding, newline=newline) as fh:
        os.chmod(path, FILE_MODE)
        yield fh
        fh.flush()
        os.fsync(fh.fileno())


def _temp_beside(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.chmod(tmp, FILE_MODE)
    return Path(tmp)


def _commit(out: Path, pairs: list[tuple[Path, Path]]) -> None:
    """Journal the renames, do them, drop the journal: `recover` completes a killed commit."""
    journal = out / JOURNAL
    write_atomic(journal, json.dumps([[str(s), str(t)] for s, t in pairs]) + "\n")
    for staged, target in pairs:
        os.replace(staged, target)
    journal.unlink()
