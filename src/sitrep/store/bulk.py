"""Bulk paths in and out of a Store, for data too large to pass through records one at a time.

- :func:`save_batch` saves many extractions in **one** transaction, with one INSERT per table. ``Store.save`` costs
  a transaction and six statements per document (a few ms), which is right for ingest — each document is committed
  on its own — but turns 100,000 synthetic events into minutes. It goes through the same write path
  (``Store._write`` → :func:`sitrep.store.database.transaction`), the same rows (:func:`sitrep.store.rows.prepare`)
  and the same insert (:func:`sitrep.store.store.insert_rows`), so a batch is all or nothing and stores exactly
  what ``save`` would. :func:`save_new` is its second half, for rows prepared elsewhere (an ingest's worker).
- :func:`copy_to` runs DuckDB's ``COPY (SELECT …) TO file``: the database streams the rows to CSV, Parquet or JSON
  without them ever becoming Python objects.
- :func:`iter_batches` reads a SELECT from its own cursor in batches (``fetchmany``), for writers DuckDB has no
  format for (GeoJSON); memory stays at one batch whatever the number of rows.

The two read paths accept one read-only SELECT only, like :meth:`Store.query`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from sitrep.errors import StoreError
from sitrep.model import Extraction
from sitrep.store import database, rows
from sitrep.store.database import first_line
from sitrep.store.store import Store, insert_rows

Params = Sequence[Any] | dict[str, Any] | None


def save_batch(store: Store, extractions: Sequence[Extraction]) -> tuple[int, int]:
    """Save ``extractions`` in one transaction; return (new, duplicate) document counts.

    A document already stored, or repeated within the batch, is skipped with everything extracted from it, as
    ``Store.save`` skips it; a new version of a stored source supersedes the old one as with ``Store.save``. Raises
    InvalidRecordError for a value the store refuses (see :mod:`sitrep.store.validate`), and StoreError (storing
    nothing of the batch) when the database refuses a row, e.g. an event id already stored for another document.
    Keep batches to some thousands of documents: the rows of one batch are held in memory together.
    """
    extractions = list(extractions)
    for extraction in extractions:
        if not isinstance(extraction, Extraction):
            raise TypeError(f"save_batch takes Extractions, not {type(extraction).__name__}")
    fresh = save_new(store, [rows.prepare(extraction) for extraction in extractions])
    return len(fresh), len(extractions) - len(fresh)


def save_new(store: Store, prepared: Sequence[rows.Prepared]) -> set[str]:
    """Write extractions prepared by :func:`sitrep.store.rows.prepare` (checked, made rows) in one transaction, as
    :func:`save_batch` does; return the ids of the documents stored (see :func:`write_new`)."""
    return write_new(store, prepared).stored


@dataclass(frozen=True)
class Written:
    """What :func:`write_new` stored."""

    stored: set[str]
    """The ids of the documents stored (those not stored before, each once)."""
    superseded: int
    """Versions their documents superseded: stored ones, and earlier ones from the same source in the batch."""


def write_new(store: Store, prepared: Sequence[rows.Prepared]) -> Written:
    """Write extractions prepared by :func:`sitrep.store.rows.prepare` (checked, made rows) in one transaction, as
    :func:`save_batch` does, and say what was stored and superseded.

    The second half of a write: the first, pure, may run in another process (an ingest's extraction worker).
    ``sitrep ingest`` writes through here: one transaction (and one ``fdatasync``) per batch instead of per
    document, and a document per transaction when a batch is refused, so that the bad one fails alone.
    """

    def run(con: duckdb.DuckDBPyConnection) -> Written:
        ids = [p.document.id for p in prepared]
        stored = {row[0] for row in con.execute(
            "SELECT id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
        fresh: list[rows.Prepared] = []
        for item in prepared:
            if item.document.id not in stored:
                stored.add(item.document.id)
                fresh.append(item)
        superseded = _supersede(con, fresh)  # before the new rows carry their source_key: not matched themselves
        versions = _versions(fresh)
        superseded += sum(1 for _, by in versions.values() if by is not None)
        # Only documents new in this transaction reach insert_rows: what lets it trust a derived extraction's ids.
        database.insert(con, "documents", (*rows.DOCUMENT_COLUMNS, "source_key", "superseded_by"),
                        [(*rows.document_row(p.document), *versions[p.document.id]) for p in fresh])
        insert_rows(con, fresh)
        return Written({p.document.id for p in fresh}, superseded)

    if not prepared:
        return Written(set(), 0)
    return store._write(run, what=f"save a batch of {len(prepared)} documents")


def _source_key(prepared: rows.Prepared) -> str | None:
    return prepared.document.url or prepared.document.path  # as Store.save keys a document's versions


def _versions(fresh: Sequence[rows.Prepared]) -> dict[str, tuple[str | None, str | None]]:
    """Each new document's (source_key, superseded_by): within a batch, each version from a source is superseded by
    the next one, in input order, exactly as saving them one by one would chain them."""
    versions: dict[str, tuple[str | None, str | None]] = {}
    last: dict[str, str] = {}
    for extraction in fresh:
        document_id, key = extraction.document.id, _source_key(extraction)
        versions[document_id] = (key, None)
        if key:
            if key in last:
                versions[last[key]] = (key, document_id)
            last[key] = document_id
    return versions


def _supersede(con: duckdb.DuckDBPyConnection, fresh: Sequence[rows.Prepared]) -> int:
    """The stored current version of each source the batch brings a new version of is superseded by the first of
    them (the batch's own versions chain on from there, see :func:`_versions`); returns how many were."""
    first: dict[str, str] = {}
    for extraction in fresh:
        key = _source_key(extraction)
        if key and key not in first:
            first[key] = extraction.document.id
    if not first:
        return 0
    found = con.execute("UPDATE documents SET superseded_by = n.new FROM (SELECT unnest(?::VARCHAR[]) AS key, "
                        "unnest(?::VARCHAR[]) AS new) n WHERE documents.source_key = n.key "
                        "AND documents.superseded_by IS NULL", [list(first), list(first.values())]).fetchone()
    return int(found[0]) if found else 0


def copy_to(store: Store, sql: str, params: Params, path: str | Path, options: str) -> int:
    """``COPY (sql) TO path (options)``: DuckDB writes the rows of one read-only SELECT straight to a file; returns
    the number of rows written.

    ``options`` is DuckDB's COPY option list without parentheses, e.g. ``"FORMAT parquet"`` or ``"HEADER"``; it is
    written by sitrep, never taken from a user. The SELECT may bind ``?`` parameters.
    """
    _check_select(store, sql)
    target = str(path).replace("'", "''")
    cursor = store._connection().cursor()
    try:
        found = cursor.execute(f"COPY ({sql}) TO '{target}' ({options})", params).fetchone()
        return int(found[0]) if found else 0
    except duckdb.Error as error:
        raise StoreError(f"{store.path}: could not write {path}: {first_line(error)}") from error
    finally:
        cursor.close()


def iter_batches(store: Store, sql: str, params: Params = None, *,
                 size: int = 10_000) -> Iterator[tuple[list[str], list[tuple[Any, ...]]]]:
    """Yield (column names, rows) of one read-only SELECT, ``size`` rows at a time, from a cursor of its own.

    The cursor is a separate DuckDB connection to the same database, so queries run on the store meanwhile do not
    disturb the stream. Close the generator (or exhaust it) to release the cursor.
    """
    _check_select(store, sql)
    cursor = store._connection().cursor()
    try:
        try:
            cursor.execute(sql, params)
        except duckdb.Error as error:
            raise StoreError(f"{store.path}: {first_line(error)}") from error
        names = [column[0] for column in cursor.description or ()]
        while True:
            batch = cursor.fetchmany(size)
            if not batch:
                return
            yield names, batch
    finally:
        cursor.close()


def _check_select(store: Store, sql: str) -> None:
    try:
        statements = store._connection().extract_statements(sql)
    except duckdb.Error as error:
        raise StoreError(f"query: {first_line(error)}") from error
    if len(statements) != 1 or statements[0].type != duckdb.StatementType.SELECT:
        kinds = ", ".join(s.type.name for s in statements) or "nothing"
        raise StoreError(f"query: only one read-only SELECT statement is allowed, got {kinds}")
