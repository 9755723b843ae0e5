"""The run's tables as one SQLite database a researcher can query straight away.

Built in a temporary file beside the target and renamed over it, so a reader
never opens a half-built database.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from actionplan.dataset import Table
from actionplan.writers import FILE_MODE


def _column_sql(table: Table, column: str) -> str:
    kind = "INTEGER" if column in table.integers else "TEXT"
    primary = " PRIMARY KEY" if column == table.key else ""
    return f'"{column}" {kind}{primary}'


def write_sqlite(tables: list[Table], path: Path) -> None:
    """Replace `path` with a database holding `tables`, keys indexed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.chmod(tmp, FILE_MODE)
    try:
        with sqlite3.connect(tmp) as db:
            for table in tables:
                columns = ", ".join(_column_sql(table, c) for c in table.columns)
                db.execute(f'CREATE TABLE "{table.name}" ({columns})')
                for column in table.indexes:
                    db.execute(
                        f'CREATE INDEX "ix_{table.name}_{column}" ON "{table.name}" ("{column}")'
                    )
                marks = ", ".join("?" for _ in table.columns)
                db.executemany(
                    f'INSERT INTO "{table.name}" VALUES ({marks})',
                    ([row.get(c) for c in table.columns] for row in table.rows),
                )
        db.close()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
