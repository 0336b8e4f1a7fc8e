"""The Store: a DuckDB file of documents, claims and events.

::

    with Store("sitrep.duckdb") as store:
        store.save(extraction)                       # True when new, False when already stored
        store.save_version(extraction)               # Saved(new, reverted, superseded): what it did to versions
        store.claims(document_id=extraction.document.id)
        store.query("SELECT admin1, sum(value) AS n FROM figures WHERE measure = 'operations' GROUP BY 1")

Every write goes through :meth:`Store._write` and from there through :func:`sitrep.store.database.transaction`:
all or nothing, rolled back on any exception, Ctrl-C included. A Store wraps one DuckDB connection and is not
meant to be shared between threads; open one per thread.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar
from uuid import uuid4

import duckdb

from sitrep import settings
from sitrep.errors import StoreError
from sitrep.model import Claim, Document, Event, Extraction
from sitrep.store import claim_steps, database, migrations, rows
from sitrep.store.database import first_line

T = TypeVar("T")

CURRENT_DOCUMENTS = "(SELECT id FROM documents WHERE superseded_by IS NULL AND forgotten_at IS NULL)"
"""A SQL subquery of the ids of current documents: neither superseded by a newer version nor forgotten. Every
reading that counts (summaries, audits, reports, exports) keeps to ``document_id IN`` it."""

@dataclass(frozen=True)
class Saved:
    """What :meth:`Store.save_version` did with one document."""

    new: bool
    """The document was not stored before and now is."""
    reverted: bool = False
    """An older version from the same source, stored before, is the current version again."""
    superseded: tuple[str, ...] = ()
    """Ids of the versions from the same source that this one superseded."""


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

    def reader(self) -> Store:
        """Another handle on this open database for one thread that only reads (a server's request threads): its
        own DuckDB cursor, since a connection must not be used by two threads at once, and it refuses writes like
        a read-only store. It sees what this store has committed. Close it when done; closing it leaves this open.
        """
        handle = object.__new__(Store)
        handle.path, handle.read_only = self.path, True
        handle._con = self._connection().cursor()
        return handle

    @contextmanager
    def released(self) -> Iterator[None]:
        """Close the database for the block, so that another process may open it (DuckDB lets one process at a time
        hold a file open for writing), and open it again after, however the block ends.

        Closing the last connection writes the write-ahead log into the file, so the other process sees everything
        committed. The store opened again is a new DuckDB instance: settings made on the old one (a memory limit)
        are DuckDB's defaults again, and cursors taken from it (:meth:`reader`) are closed. Raises StoreError for
        a database in memory, which closing would lose.
        """
        if database.is_memory(self.path):
            raise StoreError(f"{self.path}: an in-memory database cannot be closed and opened again")
        self._connection()  # a closed store stays closed: StoreError
        self.close()
        try:
            yield
        finally:
            self._con = database.connect(self.path, read_only=self.read_only)

    @property
    def schema_version(self) -> int:
        """The highest migration applied to this database."""
        return self._read(migrations.current_version)

    # -- writing ---------------------------------------------------------------------------------------------------

    def save(self, extraction: Extraction) -> bool:
        """Store a document with its claims and events, in one transaction.

        Returns True when the document was new and is now stored, False when a document with its id was already
        stored, in which case nothing is written (saving the same extraction twice stores it once). Raises
        InvalidRecordError (a StoreError) for a value the store refuses (see :mod:`sitrep.store.validate`), and
        StoreError when the database refuses the write (e.g. a claim or event id already stored for another
        document); nothing of the document is stored then.
        """
        if not isinstance(extraction, Extraction):
            raise TypeError(f"Store.save takes an Extraction, not {type(extraction).__name__}")
        return self.save_version(extraction).new

    def save_version(self, item: Extraction | Document) -> Saved:
        """Store an extraction (as :meth:`save`) and say what it did to the versions from its source: whether it
        was new, whether it made an older version current again, and which versions it superseded.

        A text already stored as an older version from the same source (URL, else path) — a file reverted, a page
        edited back — becomes the current version again and supersedes the newer ones; the stored document's
        records are kept, so a :class:`~sitrep.model.Document` alone (not extracted again) is enough for that.
        Any other text already stored is a duplicate: nothing is written.
        """
        if isinstance(item, Extraction):
            prepared: rows.Prepared | Document = rows.prepare(item)  # checked and made rows before the transaction
            document_id = item.document.id
        elif isinstance(item, Document):
            prepared = item
            document_id = item.id
        else:
            raise TypeError(f"Store.save_version takes an Extraction or a Document, not {type(item).__name__}")
        return self._write(lambda con: _save(con, prepared), what=f"save document {document_id}")

    def forget(self, document_id: str, *, undo: bool = False) -> Document:
        """Retire a document by hand (``undo``: bring it back): its claims and events leave summaries, audits,
        reports and exports, and nothing is deleted. Raises StoreError when no document has this id."""

        def run(con: duckdb.DuckDBPyConnection) -> None:
            if not con.execute("SELECT 1 FROM documents WHERE id = ?", [document_id]).fetchone():
                raise StoreError(f"{self.path}: no document with id {document_id!r}; list them with: sitrep history")
            con.execute("UPDATE documents SET forgotten_at = CASE WHEN ? THEN NULL ELSE coalesce(forgotten_at, "
                        "current_timestamp) END WHERE id = ?", [undo, document_id])
            _release(con, [document_id])  # out of its incidents; after --undo, linking places its events again
            claim_steps.stale(con, [document_id])  # its claims leave (or join again) those the claim steps compared

        self._write(run, what=f"{'restore' if undo else 'forget'} document {document_id}")
        found = self.document(document_id)
        assert found is not None  # just checked inside the transaction
        return found

    def history(self, document_id: str | None = None) -> list[dict[str, Any]]:
        """Stored documents with their version state, oldest first: id, source_key, title, stored_at,
        superseded_by, forgotten_at, status ('current' | 'superseded' | 'forgotten'). With ``document_id``, only
        the versions from that document's source (itself included)."""
        where, params = "", []
        if document_id is not None:
            where = ("WHERE id = ? OR (source_key IS NOT NULL AND source_key = "
                     "(SELECT source_key FROM documents WHERE id = ?))")
            params = [document_id, document_id]
        return self._select(
            "SELECT id, source_key, title, stored_at, superseded_by, forgotten_at, CASE WHEN forgotten_at IS NOT "
            "NULL THEN 'forgotten' WHEN superseded_by IS NOT NULL THEN 'superseded' ELSE 'current' END AS status "
            f"FROM documents {where} ORDER BY seq", params)

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

    def replace_extraction(self, extraction: Extraction) -> None:
        """Replace a stored document's claims and events with those of a newer extraction, in one transaction.

        The document row stays as it is (its text is what was extracted again). Events keep their incident only
        when a person pinned them out of one (``sitrep unlink``); the others are left for linking to place again.
        Raises StoreError when the document is not stored.
        """
        if not isinstance(extraction, Extraction):
            raise TypeError(f"Store.replace_extraction takes an Extraction, not {type(extraction).__name__}")
        prepared = rows.prepare(extraction)
        document_id = extraction.document.id
        if not self.has_document(document_id):
            raise StoreError(f"document {document_id} is not stored; ingest it before re-extracting it")
        self._write(lambda con: _replace(con, prepared), what=f"re-extract document {document_id}")

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

    def stored_ids(self, document_ids: Sequence[str]) -> set[str]:
        """The ids among ``document_ids`` of documents already stored (one query for them all)."""
        found = self._select("SELECT id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(document_ids)])
        return {row["id"] for row in found}

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

        Filters combine; with none, every claim of the current documents (not superseded, not forgotten), by
        document in stored order, then by position in the document. A claim asked for by id comes back whatever
        its document's state.
        """
        where, params = _filter(("c.id", claim_id), ("c.document_id", document_id))
        if claim_id is None and document_id is None:
            where = f"WHERE c.document_id IN {CURRENT_DOCUMENTS}"
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
        """Stored events, whole. Filters combine; with none, every event of the current documents, by document
        then position in it (an event asked for by id comes back whatever its document's state)."""
        where, params = _filter(("e.id", event_id), ("e.document_id", document_id))
        if event_id is None and document_id is None:
            where = f"WHERE e.document_id IN {CURRENT_DOCUMENTS}"
        if event_id is not None:  # one row: no join for the order (joining documents makes it several times slower)
            events = self._select(f"SELECT e.* FROM events e {where}", params)
        else:
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
        self._one_select(sql, "query")
        return self._select(sql, params)

    def _one_select(self, sql: str, what: str) -> None:
        """Refuse (StoreError naming ``what`` and the statements found) anything but one read-only SELECT."""
        con = self._connection()
        try:
            statements = con.extract_statements(sql)
        except duckdb.Error as error:
            raise StoreError(f"{what}: {first_line(error)}") from error
        if len(statements) != 1 or statements[0].type != duckdb.StatementType.SELECT:
            kinds = ", ".join(s.type.name for s in statements) or "nothing"
            raise StoreError(f"{what}: only one read-only SELECT statement is allowed, got {kinds}")

    @contextmanager
    def held(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> Iterator[str]:
        """The rows of one read-only SELECT held in a temporary table while the block runs; yields the table's name
        for :meth:`query` to read. A reader that runs a dozen queries over one costly selection (a report's
        incidents: a filter and a window over every event) computes it once. The table lives in the connection's
        temporary catalog, in memory: it works on a read-only store and never reaches the database file.
        """
        self._one_select(sql, "held")
        name = f"held_{uuid4().hex}"
        self._read(lambda c: c.execute(f"CREATE TEMP TABLE {name} AS {sql}", params))
        try:
            yield name
        finally:
            if self._con is not None:
                self._read(lambda c: c.execute(f"DROP TABLE IF EXISTS temp.{name}"))

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


def _save(con: duckdb.DuckDBPyConnection, item: rows.Prepared | Document) -> Saved:
    """Insert one prepared extraction, or make an older stored version current again; runs inside the write
    transaction, so the duplicate test and the writes are atomic."""
    document = item.document if isinstance(item, rows.Prepared) else item
    key = document.url or document.path
    found = con.execute("SELECT source_key, superseded_by, forgotten_at FROM documents WHERE id = ?",
                        [document.id]).fetchone()
    if found:
        source_key, superseded_by, forgotten_at = found
        # The text of an older version from the same source again (a file reverted, a page edited back): that
        # version is what the source says now, so it becomes current and the versions after it are superseded.
        # A forgotten document stays forgotten: that was a person's decision, undone only by `forget --undo`.
        if key and source_key == key and superseded_by is not None and forgotten_at is None:
            con.execute("UPDATE documents SET superseded_by = NULL WHERE id = ?", [document.id])
            claim_steps.stale(con, [document.id])  # current again, before claims compared since
            return Saved(new=False, reverted=True, superseded=_supersede(con, key, document.id))
        return Saved(new=False)
    if not isinstance(item, rows.Prepared):
        raise StoreError(f"document {document.id} is not stored; save its extraction, not the document alone")
    database.insert(con, "documents", rows.DOCUMENT_COLUMNS, [rows.document_row(document)])
    # A changed text from the same source (URL, else path) is a new version: it supersedes the current one, whose
    # figures then leave every summary; the old rows stay as history.
    superseded: tuple[str, ...] = ()
    if key:
        con.execute("UPDATE documents SET source_key = ? WHERE id = ?", [key, document.id])
        superseded = _supersede(con, key, document.id)
    insert_rows(con, [item])
    return Saved(new=True, superseded=superseded)


def _supersede(con: duckdb.DuckDBPyConnection, key: str, document_id: str) -> tuple[str, ...]:
    """Mark the current versions from source ``key`` other than ``document_id`` as superseded by it, take their
    events out of their incidents, and return their ids."""
    found = con.execute("SELECT id FROM documents WHERE source_key = ? AND id <> ? AND superseded_by IS NULL "
                        "ORDER BY seq", [key, document_id]).fetchall()
    ids = [row[0] for row in found]
    if ids:
        con.execute("UPDATE documents SET superseded_by = ? WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                    [document_id, ids])
        _release(con, ids)
    return tuple(ids)


def _release(con: duckdb.DuckDBPyConnection, document_ids: Sequence[str]) -> None:
    """Take the events of retired documents out of their incidents, so that no incident, trend or audit counts a
    retired report and the incident's other reports stand on their own. An event a person kept apart (``sitrep
    unlink``) keeps that decision. Bringing a document back leaves its events without an incident, for the next
    linking run to place again (``sitrep forget --undo`` runs it)."""
    events = ("SELECT id FROM events WHERE document_id IN (SELECT unnest(?::VARCHAR[])) "
              "AND id NOT IN (SELECT event_id FROM incident_links WHERE method = 'unlinked')")
    con.execute(f"DELETE FROM incident_links WHERE event_id IN ({events})", [list(document_ids)])
    con.execute(f"UPDATE events SET incident_id = NULL WHERE id IN ({events})", [list(document_ids)])


def _replace(con: duckdb.DuckDBPyConnection, prepared: rows.Prepared) -> None:
    """Delete a document's claims, events and their rows, then insert the new extraction's (inside one
    transaction)."""
    document_id = prepared.document.id
    claims = "SELECT id FROM claims WHERE document_id = ?"
    events = "SELECT id FROM events WHERE document_id = ?"
    for table, key in (("figures", "claim_id"), ("checks", "claim_id")):
        con.execute(f"DELETE FROM {table} WHERE {key} IN ({claims})", [document_id])
    con.execute(f"DELETE FROM spans WHERE owner_kind = 'claim' AND owner_id IN ({claims})", [document_id])
    con.execute(f"DELETE FROM spans WHERE owner_kind = 'event' AND owner_id IN ({events})", [document_id])
    # A person's decision to keep a report out of an incident outlives re-extraction; machine links are redone.
    con.execute(f"DELETE FROM incident_links WHERE method <> 'unlinked' AND event_id IN ({events})", [document_id])
    con.execute("DELETE FROM claims WHERE document_id = ?", [document_id])
    con.execute("DELETE FROM events WHERE document_id = ?", [document_id])
    insert_rows(con, [prepared])
    claim_steps.stale(con, [document_id])  # its claims changed, wherever they stand among those compared
    con.execute("DELETE FROM incident_links WHERE event_id NOT IN (SELECT id FROM events)")
    con.execute("UPDATE events SET incident_id = l.incident_id FROM incident_links l "
                "WHERE l.event_id = events.id AND events.document_id = ?", [document_id])


def refuse_stored_ids(con: duckdb.DuckDBPyConnection, prepared: Sequence[rows.Prepared]) -> None:
    """Raise DuckDB's ConstraintException when a claim or event id of ``prepared`` is repeated among them or already
    stored: inside the write transaction, which turns it into a StoreError and stores nothing.

    The primary keys did this until migration 12 dropped them (indexes that grew with every document). Repeats
    within the write are found in memory. The store is asked (:func:`_stored_among`, a scan of the table's id
    column: ~7 ms a batch at 100,000 events, growing with the store) only about the ids that could be stored:

    * ids of records given by a caller (``Store.save``, ``save_batch``, ``replace_extraction``): anything, a copy
      of a stored record included, so always looked up;
    * ids of a :attr:`~sitrep.store.rows.Prepared.derived` extraction (what an ingest's extractor made) are not.
      Callers pass only documents that are new in this transaction (``save_new`` skips stored ones; ``_save``
      inserts only a document it did not find), and the extractor makes every id by hashing its document's id
      with the record's kind and number (SHA-256, 64 bits kept): a stored record was made from a stored document,
      so its id hashes another document's id, and the two could meet only by a collision of the hash.
    """
    for table, ids_of in (("claims", attrgetter("claim_ids")), ("events", attrgetter("event_ids"))):
        ids = [i for p in prepared for i in ids_of(p)]
        if not ids:
            continue
        found = [i for i, n in Counter(ids).items() if n > 1][:1]
        if not found:
            given = [i for p in prepared if not p.derived for i in ids_of(p)]
            found = _stored_among(con, table, given) if given else []
        if found:
            # DuckDB's own exception, so the one write path reports it as it reported the key's refusal.
            raise duckdb.ConstraintException(f'Duplicate key "id: {found[0]}": a {table[:-1]} with this id is '
                                             "already stored (or repeated in this save)")


def _stored_among(con: duckdb.DuckDBPyConnection, table: str, ids: Sequence[str]) -> list[str]:
    """At most one of ``ids`` that ``table`` (claims or events) already holds: a scan of its id column."""
    return [row[0] for row in con.execute(
        f"SELECT id FROM {table} WHERE id IN (SELECT unnest(?::VARCHAR[])) LIMIT 1", [list(ids)]).fetchall()]


def insert_rows(con: duckdb.DuckDBPyConnection, prepared: Sequence[rows.Prepared]) -> None:
    """Insert the claims, figures, checks, events and spans rows of ``prepared`` (documents whose own rows the
    caller writes), one statement per table, after :func:`refuse_stored_ids`: the second half of every write of
    an extraction, run inside its transaction."""
    refuse_stored_ids(con, prepared)
    for table, columns in (("claims", rows.CLAIM_COLUMNS), ("figures", rows.FIGURE_COLUMNS),
                           ("checks", rows.CHECK_COLUMNS), ("events", rows.EVENT_COLUMNS),
                           ("spans", rows.SPAN_COLUMNS)):
        part = attrgetter(table)
        database.insert(con, table, columns, [row for p in prepared for row in part(p)])


def _filter(*conditions: tuple[str, str | None]) -> tuple[str, list[Any]]:
    clauses = [f"{column} = ?" for column, value in conditions if value is not None]
    params = [value for _, value in conditions if value is not None]
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _by(found: list[dict[str, Any]], key: str) -> defaultdict[str, list[dict[str, Any]]]:
    grouped: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in found:
        grouped[row[key]].append(row)
    return grouped
