"""A run's reports as tables: recommendations.csv / .jsonl and SQLite tables beside the plans'.

Written only when the run holds reports, so a run of plans alone writes what it
always did. Keys follow the plan tables: ``doc_id`` is the output name plus the
first 8 hex digits of the file's sha256, and ``recommendation_id`` is
``<doc_id>:r<n>``, n counting the report's recommendations in document order.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from actionplan.schemas import ActionPlan, Report
from actionplan.writers import csv_text, jsonl_text, write_atomic

RECOMMENDATION_COLUMNS = [
    "doc",
    "source",
    "report_date",
    "body",
    "section",
    "group",
    "ref",
    "text",
    "page",
    "topic",
    "authority",
    "recommendation_id",
    "doc_id",
]
"""The first nine are a published contract; later columns may only be appended."""

REPORT_COLUMNS = [
    "doc_id",
    "doc",
    "source",
    "sha256",
    "authority",
    "title",
    "framework",
    "inspection_start",
    "inspection_end",
    "report_date",
    "recommendations",
]

Named = tuple[str, Report]  # (output name, report)


def parse_document(text: str | bytes) -> ActionPlan | Report:
    """A document's JSON back as the plan or report it holds."""
    data = json.loads(text)
    if isinstance(data, dict) and data.get("kind") == "report":
        return Report.model_validate(data)
    return ActionPlan.model_validate(data)


def report_doc_id(name: str, report: Report) -> str:
    return f"{name}-{report.source.sha256[:8]}"


def recommendation_rows(reports: Sequence[Named]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name, report in reports:
        doc_id = report_doc_id(name, report)
        published = report.report_date.end if report.report_date else None
        for n, rec in enumerate(report.recommendations, 1):
            rows.append(
                {
                    "doc": name,
                    "source": report.source.path,
                    "report_date": published.isoformat() if published else None,
                    "body": rec.body.value,
                    "section": rec.section,
                    "group": rec.group,
                    "ref": rec.ref,
                    "text": rec.text,
                    "page": rec.page,
                    "topic": rec.topic,
                    "authority": report.authority,
                    "recommendation_id": f"{doc_id}:r{n}",
                    "doc_id": doc_id,
                }
            )
    return rows


def report_rows(reports: Sequence[Named]) -> list[dict[str, Any]]:
    rows = []
    for name, report in reports:
        inspected = report.inspection_date
        published = report.report_date.end if report.report_date else None
        rows.append(
            {
                "doc_id": report_doc_id(name, report),
                "doc": name,
                "source": report.source.path,
                "sha256": report.source.sha256,
                "authority": report.authority,
                "title": report.title,
                "framework": report.framework,
                "inspection_start": _iso(inspected.start if inspected else None),
                "inspection_end": _iso(inspected.end if inspected else None),
                "report_date": _iso(published),
                "recommendations": len(report.recommendations),
            }
        )
    return rows


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def write_recommendations(reports: Sequence[Named], out: Path, options: Any) -> list[Path]:
    """recommendations.csv/.jsonl (per options.formats) and the SQLite tables (options.db).

    A file this run does not write (it read no reports, or was not asked for that
    format) is removed, so the folder never holds an earlier run's recommendations
    beside this run's documents.
    """
    rows = recommendation_rows(reports) if reports else []
    texts = {
        "csv": lambda: csv_text(
            rows, RECOMMENDATION_COLUMNS, guard=not options.raw_csv, excel=options.excel
        ),
        "jsonl": lambda: jsonl_text(rows),
    }
    written: list[Path] = []
    for fmt, text in texts.items():
        target = out / f"recommendations.{fmt}"
        if reports and fmt in options.formats:
            write_atomic(target, text())
            written.append(target)
        else:
            target.unlink(missing_ok=True)
    if reports and options.db is not None:
        add_to_sqlite(options.db, report_rows(reports), rows)
    return written


def add_to_sqlite(db: Path, reports: list[dict[str, Any]], recs: list[dict[str, Any]]) -> None:
    """Add `reports` and `recommendations` tables (replacing earlier ones) in one transaction."""
    integers = {"page", "recommendations"}

    def columns(names: list[str], key: str) -> str:
        kinds = [
            f'"{c}" {"INTEGER" if c in integers else "TEXT"}{" PRIMARY KEY" if c == key else ""}'
            for c in names
        ]
        return ", ".join(kinds)

    con = sqlite3.connect(db)
    try:
        with con:
            con.execute('DROP TABLE IF EXISTS "recommendations"')
            con.execute('DROP TABLE IF EXISTS "reports"')
            con.execute(f'CREATE TABLE "reports" ({columns(REPORT_COLUMNS, "doc_id")})')
            rec_columns = columns(RECOMMENDATION_COLUMNS, "recommendation_id")
            con.execute(
                f'CREATE TABLE "recommendations" ({rec_columns}, '
                'FOREIGN KEY ("doc_id") REFERENCES "reports" ("doc_id"))'
            )
            con.execute('CREATE INDEX "ix_recommendations_doc_id" ON "recommendations" ("doc_id")')
            for name, cols, rows in (
                ("reports", REPORT_COLUMNS, reports),
                ("recommendations", RECOMMENDATION_COLUMNS, recs),
            ):
                marks = ", ".join("?" for _ in cols)
                con.executemany(
                    f'INSERT INTO "{name}" VALUES ({marks})',
                    ([row.get(c) for c in cols] for row in rows),
                )
    finally:
        con.close()
