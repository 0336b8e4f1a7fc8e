"""The ``sqlite`` export: the selected records as a SQLite database that datasette and sqlite-utils open.

One table per record kind, with the store's own table and column names: ``documents``, ``events``, ``claims``,
``figures``, ``checks``, ``spans`` and ``incident_links``. The events are those the filters select; the documents
are the ones they (and the claims) come from; the spans, links, figures and checks are those of the records
written. Claims are all the stored claims when no filter is set, else the claims of the selected events'
documents. Written with the standard library's ``sqlite3``, 10,000 rows at a time from a DuckDB cursor.

Types: integers and booleans are INTEGER (0/1), doubles REAL, dates and timestamps ISO 8601 TEXT, lists and JSON
values JSON TEXT (datasette shows them as JSON; SQLite's ``json_extract`` reads them). Primary keys are the
store's; ``events`` has indexes on its date, country and admin-1, the columns a browser filters by first.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sitrep.report.filters import EventFilter
from sitrep.store import CURRENT_DOCUMENTS, Store
from sitrep.store.bulk import iter_batches

TABLES = ("documents", "events", "claims", "figures", "checks", "spans", "incident_links")
"""The tables the export writes, in the order it writes them."""

_INTEGER = ("BIGINT", "INTEGER", "BOOLEAN", "SMALLINT", "TINYINT", "HUGEINT", "UBIGINT", "UINTEGER")


def _sqlite_type(duckdb_type: str) -> str:
    if duckdb_type in _INTEGER:
        return "INTEGER"
    if duckdb_type in ("DOUBLE", "FLOAT", "REAL") or duckdb_type.startswith("DECIMAL"):
        return "REAL"
    return "TEXT"


def _value(value: Any) -> Any:
    """A DuckDB value as SQLite stores it: ISO text for dates, JSON text for lists and structs."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def _selections(filters: EventFilter) -> tuple[dict[str, str], list[Any]]:
    """Per table, the SELECT of its rows, all bound by the same ``?`` parameters (the filters' own, repeated)."""
    where, params = filters.where("e")
    events = f"SELECT e.id FROM events e WHERE {where}"
    # With no filter but the one that leaves retired versions out, every current claim goes too (claims-only
    # documents included); with filters, the claims of the documents whose events were chosen.
    everything = where == EventFilter(include_retired=filters.include_retired,
                                      include_rejected=filters.include_rejected).where("e")[0]
    kept = [] if filters.include_retired else [f"document_id IN {CURRENT_DOCUMENTS}"]
    if not filters.include_rejected:  # a claim a reviewer rejected leaves exports, as a rejected event does
        kept.append("id NOT IN (SELECT record_id FROM review_state WHERE record_kind = 'claim' AND state = 'rejected')")
    current = (" WHERE " + " AND ".join(kept)) if kept else ""
    claims = f"SELECT id FROM claims{current}" if everything else \
        f"SELECT c.id FROM claims c WHERE c.document_id IN (SELECT e.document_id FROM events e WHERE {where})"
    return {
        "documents": f"SELECT * FROM documents WHERE id IN (SELECT e.document_id FROM events e WHERE {where}) "
                     f"OR id IN (SELECT document_id FROM claims WHERE id IN ({claims})) ORDER BY seq",
        "events": f"SELECT * FROM events WHERE id IN ({events}) ORDER BY date_start NULLS LAST, id",
        "claims": f"SELECT * FROM claims WHERE id IN ({claims}) ORDER BY document_id, ordinal",
        "figures": f"SELECT * FROM figures WHERE claim_id IN ({claims}) ORDER BY claim_id, ordinal",
        "checks": f"SELECT * FROM checks WHERE claim_id IN ({claims}) ORDER BY claim_id, ordinal",
        "spans": f"SELECT * FROM spans WHERE (owner_kind = 'event' AND owner_id IN ({events})) "
                 f"OR (owner_kind = 'claim' AND owner_id IN ({claims})) ORDER BY owner_kind, owner_id, field",
        "incident_links": f"SELECT * FROM incident_links WHERE event_id IN ({events}) ORDER BY event_id",
    }, params


def _repeat(sql: str, params: list[Any]) -> list[Any]:
    # Each selection repeats the filter's WHERE once per ``?`` group it contains.
    groups = sql.count("?") // len(params) if params else 0
    return params * groups


def export_sqlite(store: Store, path: Path, filters: EventFilter | None = None) -> int:
    """Write the selected records to a new SQLite database at ``path``; return the events written."""
    filters = filters or EventFilter()
    selections, params = _selections(filters)
    written = 0
    connection = sqlite3.connect(path)
    try:
        for table in TABLES:
            columns = store.query(f"DESCRIBE {table}")
            keys = [c["column_name"] for c in columns if c["key"] == "PRI"]
            definitions = [f'"{c["column_name"]}" {_sqlite_type(c["column_type"])}' for c in columns]
            if keys:
                definitions.append("PRIMARY KEY (" + ", ".join(f'"{k}"' for k in keys) + ")")
            connection.execute(f'CREATE TABLE "{table}" ({", ".join(definitions)})')
            sql = selections[table]
            insert = (f'INSERT INTO "{table}" VALUES (' + ", ".join("?" * len(columns)) + ")")
            for _names, rows in iter_batches(store, sql, _repeat(sql, params), size=10_000):
                connection.executemany(insert, ([_value(v) for v in row] for row in rows))
                if table == "events":
                    written += len(rows)
        for column in ("date_start", "country", "admin1"):
            connection.execute(f'CREATE INDEX "events_{column}" ON events ("{column}")')
        connection.commit()
    finally:
        connection.close()
    return written
