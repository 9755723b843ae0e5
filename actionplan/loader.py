"""Load a run's tables back with their types: refs as text, dates as dates, lists as lists.

Generic CSV readers guess types from the look of a column ("1.10" becomes the
number 1.1, a page column with gaps becomes float); this loader takes the
types from the table shapes in actionplan.dataset instead. It reads each
table's JSONL when there is one, else its CSV (undoing the list escaping and
the formula guard of actionplan.writers).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from actionplan.dataset import TABLES, Table
from actionplan.tableset import JOURNAL
from actionplan.writers import split_list, unguard_formula

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped]

PANDAS_MISSING = "read_dataset needs pandas: pip install 'actionplan[pandas]'"


class DatasetError(Exception):
    """An output folder holds no table actionplan wrote, or a half-replaced set."""


def read_rows(out: Path, table: Table) -> Iterator[dict[str, Any]]:
    """One table's rows as plain Python values (lists as lists, empty as None)."""
    jsonl = out / f"{table.name}.jsonl"
    if jsonl.exists():
        with jsonl.open(encoding="utf-8") as fh:
            yield from (json.loads(line) for line in fh if line.strip())
        return
    with (out / f"{table.name}.csv").open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            yield {column: _csv_value(table, column, row.get(column)) for column in table.columns}


def _csv_value(table: Table, column: str, cell: str | None) -> Any:
    if not cell:
        return None
    if column in table.lists:
        return split_list(unguard_formula(cell))
    if column in table.integers:
        return int(cell)
    return unguard_formula(cell)


def read_dataset(out: Path | str) -> dict[str, pd.DataFrame]:
    """Every table of the output folder `out` as a typed pandas DataFrame, by table name.

    Integer columns are nullable Int64, dates datetime64, list columns hold
    Python lists, every other column text; an empty value is missing (None/NaT).
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(PANDAS_MISSING) from exc
    folder = Path(out)
    if (folder / JOURNAL).exists():
        raise DatasetError(
            f"{folder}: a run was stopped while replacing its tables; "
            "run actionplan extract again to finish it"
        )
    present = [t for t in TABLES if _exists(folder, t)]
    if not present:
        raise DatasetError(f"{folder}: no actionplan tables (actions.jsonl or actions.csv) here")
    return {table.name: _frame(pd, table, list(read_rows(folder, table))) for table in present}


def _exists(folder: Path, table: Table) -> bool:
    return any((folder / f"{table.name}.{ext}").exists() for ext in ("jsonl", "csv"))


def _frame(pd: Any, table: Table, rows: list[dict[str, Any]]) -> pd.DataFrame:
    columns: dict[str, Any] = {}
    for column in table.columns:
        values = [row.get(column) for row in rows]
        if column in table.integers:
            columns[column] = pd.array(values, dtype="Int64")
        elif column in table.dates:
            columns[column] = pd.to_datetime(pd.Series(values, dtype="object"), format="ISO8601")
        elif column in table.lists:
            columns[column] = pd.Series(values, dtype="object")
        else:
            columns[column] = pd.Series(values, dtype="string")
    return pd.DataFrame(columns, columns=table.columns)
