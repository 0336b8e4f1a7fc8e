"""The Store: a DuckDB file of documents, claims and events.

::

    with Store("sitrep.duckdb") as store:
        store.save(extraction)                       # True when new, False when already stored
        store.claims(document_id=extraction.document.id)
        store.query("SELECT admin1, sum(value) AS n FROM figures WHERE measure = 'operations' GROUP BY 1")

Every write goes through :meth:`Store._write` and from there through :func:`sitrep.store.database.transaction`:
all or nothing, rolled back on any exception, Ctrl-C included. A Store wraps one DuckDB connection and is not
meant to be shared between threads; open one per thread.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import duckdb

from sitrep import settings
from sitrep.errors import StoreError
from sitrep.model import Claim, Document, Event, Extraction
from sitrep.store import database, migrations, rows
from sitrep.store.database import first_line

T = TypeVar("T")

TABLES = ("documents", "claims", "figures", "checks", "spans", "events")
"""The data tables, in the order :meth:`Store.counts` reports them."""


class Store:
    """A sitrep database: save extractions, read records back, query with SQL.

    ``path`` defaults to the ``db`` setting (``./sitrep.duckdb``, or ``SITREP_DB``); ``":memory:"`` keeps the
    database in memory. Opening a database brings its schema up to date (see :mod:`sitrep.store.migrations`);
    ``read_only=True`` opens an up-to-date database for reading only, which other read-only processes may share.
    Every failure to open, migrate, read or write raises :class:`~sitrep.errors.StoreError`.
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        raw = settings.get("db", path)
        self.path: str = raw if isinstance(raw, str) and database.is_memory(raw) else str(Path(raw).expanduser())
        self.read_only = read_only
        self._con: duckdb.DuckDBPyConnection | None = database.connect(self.path, read_only=read_only)
        try:
            if read_only:
                migrations.check_version(self._con, path=self.path, read_only=True)
            else:
                migrations.migrate(self._con, path=self.path)
        except duckdb.Error as error:
            self.close()
            raise StoreError(f"{self.path}: cannot read the schema version: {first_line(error)}") from error
        except BaseException:
            # A half-opened store would keep the file locked for the rest of the process.
            self.close()
            raise

    # -- lifecycle -------------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the database; closing twice is harmless, using a closed store raises StoreError."""
        con, self._con = self._con, None
        if con is not None:
            con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._con is None else ("read-only" if self.read_only else "open")
        return f"<Store {self.path!r} {state}>"

    @property
    def schema_version(self) -> int:
        """The highest migration applied to this database."""
        return self._read(migrations.current_version)

    # -- writing ---------------------------------------------------------------------------------------------------

    def save(self, extraction: Extraction) -> bool:
        """Store a document with its claims and events, in one transaction.

        Returns True when the document was new and is now stored, False when a document with its id was already
        stored, in which case nothing is written (saving the same extraction twice stores it once). Raises
        StoreError when the database refuses the write (e.g. a claim or event id already stored for another
        document); nothing of the document is stored then.
        """
        if not isinstance(extraction, Extraction):
            raise TypeError(f"Store.save takes an Extraction, not {type(extraction).__name__}")
        _check_belongs(extraction)
        return self._write(lambda con: _save(con, extraction), what=f"save document {extraction.document.id}")

    def save_many(self, extractions: Iterable[Extraction]) -> tuple[int, int]:
        """Save each extraction in its own transaction; return (new, duplicate) counts.

        Committing per document means an interruption (Ctrl-C, a failing document) keeps every document finished
        before it. The exception is not swallowed: it travels on after the partial work is committed.
        """
        new = duplicate = 0
        for extraction in extractions:
            if self.save(extraction):
                new += 1
            else:
                duplicate += 1
        return new, duplicate

    def _write(self, fn: Callable[[duckdb.DuckDBPyConnection], T], *, what: str) -> T:
        """The one write path: run ``fn`` in a transaction (see :func:`sitrep.store.database.transaction`)."""
        con = self._connection()
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only, cannot {what}; open the Store without read_only")
        return database.transaction(con, fn, path=self.path, what=what)

    # -- reading ---------------------------------------------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        """True when a document with this id is stored."""
        return bool(self._select("SELECT 1 FROM documents WHERE id = ?", [document_id]))

    def document(self, document_id: str) -> Document | None:
        """The stored document with this id, or None when there is none."""
        found = self._documents("WHERE id = ?", [document_id])
        return found[0] if found else None

    def documents(self) -> list[Document]:
        """Every stored document, in the order they were stored."""
        return self._documents("", [])

    def _documents(self, where: str, params: list[Any]) -> list[Document]:
        columns = ", ".join(f'"{name}"' for name in rows.DOCUMENT_COLUMNS)
        found = self._select(f"SELECT {columns} FROM documents {where} ORDER BY seq", params)
        return [rows.document_from_row(row) for row in found]

    def claims(self, *, claim_id: str | None = None, document_id: str | None = None) -> list[Claim]:
        """Stored claims, whole (figures and checks in their original order, spans, places).

        Filters combine; with none, every claim, by document in stored order, then by position in the document.
        """
        where, params = _filter(("c.id", claim_id), ("c.document_id", document_id))
        claims = self._select(
            f"SELECT c.* FROM claims c JOIN documents d ON d.id = c.document_id {where} ORDER BY d.seq, c.ordinal",
            params)
        if not claims:
            return []
        chosen = f"SELECT c.id FROM claims c {where}"
        figures = _by(self._select(
            f"SELECT * FROM figures WHERE claim_id IN ({chosen}) ORDER BY claim_id, ordinal", params), "claim_id")
        checks = _by(self._select(
            f"SELECT * FROM checks WHERE claim_id IN ({chosen}) ORDER BY claim_id, ordinal", params), "claim_id")
        spans = _by(self._select(
            f"SELECT * FROM spans WHERE owner_kind = 'claim' AND owner_id IN ({chosen}) "
            "ORDER BY owner_id, from_value, ordinal", params), "owner_id")
        return [rows.claim_from_row(c, figures[c["id"]], checks[c["id"]], spans[c["id"]]) for c in claims]

    def events(self, *, event_id: str | None = None, document_id: str | None = None) -> list[Event]:
        """Stored events, whole. Filters combine; with none, every event, by document then position in it."""
        where, params = _filter(("e.id", event_id), ("e.document_id", document_id))
        events = self._select(
            f"SELECT e.* FROM events e JOIN documents d ON d.id = e.document_id {where} ORDER BY d.seq, e.ordinal",
            params)
        if not events:
            return []
        spans = _by(self._select(
            f"SELECT * FROM spans WHERE owner_kind = 'event' AND owner_id IN (SELECT e.id FROM events e {where}) "
            "ORDER BY owner_id, from_value, ordinal", params), "owner_id")
        return [rows.event_from_row(e, spans[e["id"]]) for e in events]

    def counts(self) -> dict[str, int]:
        """The number of rows in each data table: documents, claims, figures, checks, spans, events."""
        union = " UNION ALL ".join(f"SELECT '{table}' AS name, count(*) AS n FROM {table}" for table in TABLES)
        found = {row["name"]: row["n"] for row in self._select(union, [])}
        return {table: int(found[table]) for table in TABLES}

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run one read-only SQL statement (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE …) and return its rows as dicts.

        ``params`` binds ``?`` (a sequence) or ``$name`` (a dict) placeholders. Anything that would write —
        INSERT, UPDATE, CREATE, COPY, ATTACH, SET, several statements — is refused with StoreError: writes go
        through :meth:`save` only.
        """
        con = self._connection()
        try:
            statements = con.extract_statements(sql)
        except duckdb.Error as error:
            raise StoreError(f"query: {first_line(error)}") from error
        if len(statements) != 1 or statements[0].type != duckdb.StatementType.SELECT:
            kinds = ", ".join(s.type.name for s in statements) or "nothing"
            raise StoreError(f"query: only one read-only SELECT statement is allowed, got {kinds}")
        return self._select(sql, params)

    def _select(self, sql: str, params: Sequence[Any] | dict[str, Any] | None) -> list[dict[str, Any]]:
        def run(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
            cursor = con.execute(sql, params)
            names = [column[0] for column in cursor.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

        return self._read(run)

    def _read(self, fn: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        con = self._connection()
        try:
            return fn(con)
        except duckdb.Error as error:
            raise StoreError(f"{self.path}: {first_line(error)}") from error

    def _connection(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"{self.path}: the store is closed; open a new Store")
        return self._con


def _save(con: duckdb.DuckDBPyConnection, extraction: Extraction) -> bool:
    """Insert one extraction; runs inside the write transaction, so the duplicate test and the inserts are atomic."""
    document = extraction.document
    if con.execute("SELECT 1 FROM documents WHERE id = ?", [document.id]).fetchone():
        return False
    database.insert(con, "documents", rows.DOCUMENT_COLUMNS, [rows.document_row(document)])
    claims = extraction.claims
    database.insert(con, "claims", rows.CLAIM_COLUMNS, [rows.claim_row(c, i) for i, c in enumerate(claims)])
    database.insert(con, "figures", rows.FIGURE_COLUMNS, [r for c in claims for r in rows.figure_rows(c)])
    database.insert(con, "checks", rows.CHECK_COLUMNS, [r for c in claims for r in rows.check_rows(c)])
    events = extraction.events
    database.insert(con, "events", rows.EVENT_COLUMNS, [rows.event_row(e, i) for i, e in enumerate(events)])
    spans = [r for c in claims for r in rows.span_rows("claim", c.id, c.spans, rows.claim_value_spans(c))]
    spans += [r for e in events for r in rows.span_rows("event", e.id, e.spans, rows.event_value_spans(e))]
    database.insert(con, "spans", rows.SPAN_COLUMNS, spans)
    return True


def _check_belongs(extraction: Extraction) -> None:
    # A record filed under the wrong document would be unreachable by document_id and survive its document.
    document_id = extraction.document.id
    for kind, records in (("claim", extraction.claims), ("event", extraction.events)):
        for record in records:
            if record.document_id != document_id:
                raise StoreError(f"{kind} {record.id} has document_id {record.document_id!r} but is saved with "
                                 f"document {document_id!r}; set its document_id to the document's id")


def _filter(*conditions: tuple[str, str | None]) -> tuple[str, list[Any]]:
    clauses = [f"{column} = ?" for column, value in conditions if value is not None]
    params = [value for _, value in conditions if value is not None]
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _by(found: list[dict[str, Any]], key: str) -> defaultdict[str, list[dict[str, Any]]]:
    grouped: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in found:
        grouped[row[key]].append(row)
    return grouped
