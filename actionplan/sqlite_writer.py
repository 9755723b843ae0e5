"""The run's tables as one typed SQLite database a researcher can query straight away.

Columns are declared INTEGER, TEXT or DATE (ISO text), keys are PRIMARY KEY
and REFERENCES the table they link to, and lists are JSON arrays, so
`json_each(leads)` lists an action's leads. Rows are inserted as they stream
in; the caller (actionplan.tableset) builds the file beside its target and
renames it into place with the other tables.

Plain sqlite3 rather than a wrapper such as sqlite-utils: the schema is
declared here once from the table shapes, and rows arrive one at a time.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from actionplan.dataset import Table


def _column_type(table: Table, column: str) -> str:
    if column in table.integers:
        return "INTEGER"
    if column in table.dates:
        return "DATE"
    return "TEXT"


def create_sql(table: Table) -> str:
    """CREATE TABLE with types, the primary key and a REFERENCES clause per link."""
    parts = []
    for column in table.columns:
        part = f'"{column}" {_column_type(table, column)}'
        if table.key == (column,):
            part += " PRIMARY KEY"
        elif column in table.key:
            part += " NOT NULL"
        if column in table.references:
            target = table.references[column]
            part += f' REFERENCES "{target}"("{column}")'
        parts.append(part)
    if len(table.key) > 1:
        parts.append("PRIMARY KEY (" + ", ".join(f'"{c}"' for c in table.key) + ")")
    return f'CREATE TABLE "{table.name}" ({", ".join(parts)})'


def _sql_value(value: object) -> object:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value


class SqliteSink:
    """An open database at `path` with every table created; `inserter` per table."""

    def __init__(self, path: Path, tables: list[Table]) -> None:
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA journal_mode = OFF")  # a fresh temp file: nothing to roll back
        for table in tables:
            self._db.execute(create_sql(table))
            for column in table.indexes:
                self._db.execute(
                    f'CREATE INDEX "ix_{table.name}_{column}" ON "{table.name}" ("{column}")'
                )

    def inserter(self, table: Table) -> Callable[[dict[str, object]], None]:
        marks = ", ".join("?" for _ in table.columns)
        sql = f'INSERT INTO "{table.name}" VALUES ({marks})'

        def insert(row: dict[str, object]) -> None:
            self._db.execute(sql, [_sql_value(row.get(c)) for c in table.columns])

        return insert

    def __enter__(self) -> SqliteSink:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if kind is None:
            self._db.commit()
        self._db.close()
