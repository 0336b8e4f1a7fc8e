"""Opening a DuckDB database and the one write path into it.

Everything that changes the database — migrations and saves alike — runs through :func:`transaction`, so there is
exactly one place that decides what BEGIN, COMMIT and ROLLBACK mean, and one place that turns a database error
into a :class:`~sitrep.errors.StoreError` a user can act on. (datasette's ``execute_write_fn`` is the model.)
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import numpy

from sitrep.errors import ConfigError, StoreError

T = TypeVar("T")

FIX = "set --db or SITREP_DB to another file"
"""What a user can always do about a database that cannot be used: point sitrep at another one."""

_DUCKDB_MAGIC = b"DUCK"
"""DuckDB files carry these bytes at offset 8 (after the header checksum)."""


def is_memory(path: str) -> bool:
    """True for DuckDB's in-memory database names (``:memory:`` and ``:memory:name``)."""
    return path.startswith(":memory:")


def first_line(error: BaseException) -> str:
    """The first line of an error's message: DuckDB appends the offending SQL and a caret on later lines."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def connect(path: str, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open ``path`` as a DuckDB database, or raise StoreError with a one-line message that says what to do.

    The checks before ``duckdb.connect`` exist because DuckDB's own messages either name no remedy or, for a SQLite
    file, try to download an extension over the network to read it.
    """
    if is_memory(path):
        if read_only:
            raise StoreError(f"{path}: an in-memory database cannot be opened read-only; open it without read_only")
    else:
        _check_file(Path(path), read_only=read_only)
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.Error as error:
        raise StoreError(_open_message(path, error)) from error
    try:
        # One clock for every TIMESTAMPTZ: values come back in UTC whatever the machine's zone, and a naive
        # datetime is read as UTC rather than as local time.
        con.execute("SET TimeZone = 'UTC'")
    except BaseException:
        con.close()
        raise
    return con


def _check_file(file: Path, *, read_only: bool) -> None:
    if file.is_dir():
        raise StoreError(f"{file}: is a directory, not a database file; {FIX}")
    if not file.exists():
        if not file.parent.is_dir():
            raise StoreError(f"{file}: directory {file.parent} does not exist; create it or {FIX}")
        if read_only:
            raise StoreError(f"{file}: no such database; store something in it first or {FIX}")
        return
    try:
        with file.open("rb") as handle:
            header = handle.read(12)
    except OSError as error:
        raise StoreError(f"{file}: cannot read the database file ({error.strerror}); {FIX}") from error
    if len(header) < 12 or header[8:12] != _DUCKDB_MAGIC:
        what = "is empty" if not header else "is not a DuckDB database"
        raise StoreError(f"{file}: {what}; delete or move it, or {FIX}")


def _open_message(path: str, error: duckdb.Error) -> str:
    text = first_line(error)
    if "Could not set lock" in text or "Conflicting lock" in text:
        pid = re.search(r"PID \d+", text)
        holder = f" ({pid.group(0)})" if pid else ""
        # Measured with DuckDB 2.0: a read-only open is refused too while another process holds the file.
        return (f"{path}: the database is in use by another process{holder}; close it or {FIX} (while "
                "`sitrep serve` runs it owns the file: read through its JSON API, /api/..., or stop it)")
    if "not a valid DuckDB database" in text:
        return f"{path}: is not a DuckDB database; delete or move it, or {FIX}"
    if "different configuration" in text:
        return (f"{path}: already open in this process with other settings (read-only or not); "
                "close that Store first")
    return f"{path}: cannot open the database: {text}; {FIX}"


def transaction(con: duckdb.DuckDBPyConnection, fn: Callable[[duckdb.DuckDBPyConnection], T], *,
                path: str, what: str) -> T:
    """Run ``fn(con)`` inside BEGIN/COMMIT: the one write path into a sitrep database.

    On any exception — a database error, a bug, KeyboardInterrupt — the transaction is rolled back before the
    exception travels on, so a write is all or nothing. Database errors are re-raised as StoreError naming
    ``path`` and ``what`` was being done; everything else is re-raised as it is.
    """
    try:
        con.execute("BEGIN TRANSACTION")
    except duckdb.Error as error:
        raise StoreError(f"{path}: could not {what}: {first_line(error)}") from error
    try:
        result = fn(con)
        # COMMIT sits inside the try: a commit can fail too (constraint checked late, disk full), and then the
        # transaction must still be rolled back.
        con.execute("COMMIT")
    except BaseException as error:
        _rollback(con, error)
        if isinstance(error, duckdb.Error):
            raise StoreError(f"{path}: could not {what}: {first_line(error)}") from error
        raise
    return result


def _rollback(con: duckdb.DuckDBPyConnection, cause: BaseException) -> None:
    try:
        con.execute("ROLLBACK")
    except duckdb.Error as error:
        # A failed COMMIT may already have ended the transaction, so ROLLBACK finding none is expected; the
        # original error is the one that matters and is re-raised by the caller. Keep this one visible on it.
        cause.add_note(f"(rollback: {first_line(error)})")


_ANALYZE_SAMPLE = 1000
"""DuckDB's default ``pandas_analyze_sample``: the number of values it reads to type a column of Python objects."""


def insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` into ``table`` in one statement.

    The rows are handed to DuckDB column-wise as NumPy object arrays, which it scans as a table: one statement per
    table and save. Passed as list parameters and unnested instead, each value became a DuckDB ``Value`` on the
    way in (90 ms for the 22,000 span rows of 2,000 ingested documents, against 3 ms scanned; before that a
    multi-row VALUES and ``executemany`` were slower still). DuckDB infers each column's type from all of its
    values, as it did from a list parameter, and the INSERT casts them to the table's types.
    """
    if not rows:
        return
    names = ", ".join(f'"{name}"' for name in columns)
    count = len(rows)
    # fromiter, not np.array: a column of equal-length lists (tactics) must stay one list per row, not a 2-d array.
    data = {f"c{i}": numpy.fromiter(column, dtype=object, count=count)
            for i, column in enumerate(zip(*rows, strict=True))}
    if len(data) != len(columns):
        raise ValueError(f"insert into {table}: {len(columns)} columns named, rows of {len(data)} values")
    with typed_from_all(con, count):
        # DuckDB finds the arrays by the name of this local variable (a replacement scan): half the fixed cost of
        # registering them as a view and dropping it again (1 ms a statement, three statements a batch).
        sitrep_insert_columns = data  # noqa: F841 (read by DuckDB from this frame)
        con.execute(f'INSERT INTO "{table}" ({names}) SELECT {", ".join(data)} FROM sitrep_insert_columns')


@contextlib.contextmanager
def typed_from_all(con: duckdb.DuckDBPyConnection, count: int) -> Iterator[None]:
    """Run the block with DuckDB typing the NumPy object columns it scans from all of their ``count`` values.

    DuckDB types an object column from a sample of its first 1,000 values: a larger batch is read whole, so a
    column whose later values need a wider type (an integer column that turns float) is typed for them all.
    """
    sampled = count > _ANALYZE_SAMPLE
    if sampled:
        con.execute(f"SET pandas_analyze_sample = {count}")
    try:
        yield
    finally:
        if sampled:
            # In a transaction a statement failed, DuckDB refuses any statement until ROLLBACK: the error that
            # matters is the statement's, and a larger sample left behind only types later columns from more values.
            with contextlib.suppress(duckdb.Error):
                con.execute("RESET pandas_analyze_sample")


NO_LIMIT = ("", "none", "default")
"""Values of a memory limit that leave DuckDB's own (80% of the machine's memory)."""


@contextlib.contextmanager
def memory_limit(con: duckdb.DuckDBPyConnection | Callable[[], duckdb.DuckDBPyConnection], limit: str | None, *,
                 path: str, what: str = "memory limit") -> Iterator[None]:
    """Run the block with DuckDB's ``memory_limit`` at ``limit`` (``"512MB"``, ``"2GB"``), the previous limit restored
    after, however the block ends.

    DuckDB keeps the database's blocks it has read or written in its buffer pool up to the limit, 80% of the
    machine's memory by default, so a long write grows the process by what it wrote; under a limit it evicts
    blocks (they are on disk) and spills intermediates to ``<database>.tmp``. The limit holds for the whole
    database instance (its cursors too) while the block runs. ``limit`` None, ``""``, ``"none"`` or
    ``"default"`` changes nothing, and neither does an in-memory database, whose data lives only in that pool.
    Raises ConfigError, naming ``what`` the value came from, for a value DuckDB cannot read. ``con`` may be a
    function that gives the connection (``Store._connection``): a block that closes and opens the database again
    (:meth:`sitrep.store.Store.released`) has the limit restored on the connection open at its end, and sets the
    limit again itself with :func:`set_memory_limit` (a new instance starts with DuckDB's own).
    """
    if limit is None or limit.strip().lower() in NO_LIMIT or is_memory(path):
        yield
        return
    old = _memory_limit(_now(con))
    set_memory_limit(_now(con), limit, path=path, what=what)
    try:
        yield
    finally:
        # DuckDB prints the limit rounded ("18.8 GiB"), so setting that string back would not give the exact
        # previous limit: RESET gives the default exactly, and the printed value is set only when it was not that.
        now = _now(con)
        now.execute("RESET memory_limit")
        if _memory_limit(now) != old:
            now.execute(f"SET memory_limit = '{old}'")


def set_memory_limit(con: duckdb.DuckDBPyConnection, limit: str | None, *, path: str,
                     what: str = "memory limit") -> None:
    """Set DuckDB's ``memory_limit`` to ``limit`` for the database instance of ``con`` (nothing for no limit or an
    in-memory database, as :func:`memory_limit`); ConfigError, naming ``what``, for a value DuckDB cannot read."""
    if limit is None or limit.strip().lower() in NO_LIMIT or is_memory(path):
        return
    try:
        con.execute(f"SET memory_limit = '{limit.replace(chr(39), '')}'")
    except duckdb.Error as error:
        raise ConfigError(f"{what}={limit!r} is not a memory size: {first_line(error)}; write it like 512MB or 2GB, "
                          "or 'none' for DuckDB's own limit") from error


DEFERRED_CHECKPOINT_WAL = "256MB"
"""While a long ingest defers its checkpoints (:func:`defer_checkpoints`), the write-ahead log is still written into
the database file by this process once it reaches this size: a run whose link steps (and so its children's
checkpoints) do not come (documents without events, say) keeps a bounded log."""


def defer_checkpoints(con: duckdb.DuckDBPyConnection, defer: bool) -> None:
    """Leave the checkpoints of ``con``'s database instance to another process (``defer``), or give them back.

    A checkpoint writes the write-ahead log into the database file and, with it, the table's indexes whole: over a
    long ingest each one took a transient ~110 MB at 24,000 documents (resident memory 440 → 549 MB and back),
    more as the store grew, which set the run's peak. Deferred, DuckDB checkpoints on its own only once the log
    reaches :data:`DEFERRED_CHECKPOINT_WAL`, and not when the connection closes: the link step's child process,
    which opens the file next, reads the log and checkpoints as it closes, so that memory leaves with it. Committed
    writes are in the log (DuckDB syncs it at each commit), so a run killed meanwhile loses nothing: the next open
    reads the log. ``defer=False`` restores DuckDB's own behaviour (a checkpoint at close, and at 16 MB of log).
    """
    if defer:
        con.execute(f"SET checkpoint_threshold = '{DEFERRED_CHECKPOINT_WAL}'")
        con.execute("PRAGMA disable_checkpoint_on_shutdown")
    else:
        con.execute("RESET checkpoint_threshold")
        con.execute("PRAGMA enable_checkpoint_on_shutdown")


def _now(con: duckdb.DuckDBPyConnection | Callable[[], duckdb.DuckDBPyConnection]) -> duckdb.DuckDBPyConnection:
    """The connection ``con`` is or gives now."""
    return con if isinstance(con, duckdb.DuckDBPyConnection) else con()


def _memory_limit(con: duckdb.DuckDBPyConnection) -> str:
    found = con.execute("SELECT current_setting('memory_limit')").fetchone()
    return str(found[0]) if found else ""
