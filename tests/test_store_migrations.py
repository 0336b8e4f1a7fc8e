"""The store's schema: numbered migrations applied once each, and databases that cannot be opened said so."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from sitrep.errors import StoreError
from sitrep.model import Attribution, Check, Claim, Count, Document, Event, Figure, Place, Source
from sitrep.store import Store, migrations, rows
from sitrep.store.migrations import MIGRATIONS, Migration

EXTRA = Migration(len(MIGRATIONS) + 1, "add a note to documents", ("ALTER TABLE documents ADD COLUMN note VARCHAR",))


def applied(path: Path) -> list[tuple[int, str]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    finally:
        con.close()


def columns(store: Store, table: str) -> set[str]:
    found = store.query("SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table])
    return {row["column_name"] for row in found}


# -- migrations --------------------------------------------------------------------------------------------------

def test_a_new_database_is_created_at_the_latest_version(tmp_path: Path) -> None:
    with Store(tmp_path / "db.duckdb") as store:
        assert store.schema_version == MIGRATIONS[-1].version
    assert applied(tmp_path / "db.duckdb") == [(m.version, m.name) for m in MIGRATIONS]


def test_a_new_database_whose_schema_fails_midway_is_left_with_no_schema_at_all(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A new database gets every migration in one transaction: a failure leaves it empty, not at some version a
    # release never shipped alone, and the next open (with working migrations) creates it whole.
    path = tmp_path / "db.duckdb"
    broken = Migration(EXTRA.version, "half done", ("ALTER TABLE no_such_table ADD COLUMN x INTEGER",))
    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, broken])
    failed = rf"could not create the database's schema \(migrations 1 to {broken.version}\)"
    with pytest.raises(StoreError, match=failed):
        Store(path)
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM duckdb_tables()").fetchone() == (0,)
    finally:
        con.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS)
    with Store(path) as store:
        assert store.schema_version == MIGRATIONS[-1].version
    assert applied(path) == [(m.version, m.name) for m in MIGRATIONS]


def test_opening_an_up_to_date_database_applies_nothing(tmp_path: Path) -> None:
    Store(tmp_path / "db.duckdb").close()
    con = duckdb.connect(str(tmp_path / "db.duckdb"))
    try:
        assert migrations.migrate(con, path="db") == []
        assert migrations.migrate(con, path="db") == []
    finally:
        con.close()
    assert len(applied(tmp_path / "db.duckdb")) == len(MIGRATIONS)


def test_a_database_at_an_older_version_gets_only_the_newer_migration(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.duckdb"
    Store(path).close()
    before = applied(path)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, EXTRA])
    with Store(path) as store:
        assert store.schema_version == EXTRA.version
        assert "note" in columns(store, "documents")
    after = applied(path)
    assert after[:-1] == before  # the earlier rows untouched (same versions, not re-applied)
    assert after[-1] == (EXTRA.version, EXTRA.name)
    with Store(path) as store:  # and once more: nothing left to apply
        assert store.schema_version == EXTRA.version


def test_a_version_3_database_is_upgraded_with_attribution_and_outlet_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.duckdb"
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:3])
    con = duckdb.connect(str(path))
    migrations.migrate(con, path="db")
    con.execute("INSERT INTO documents (id, source, language, text, comments, format, ingested_at) "
                "VALUES ('d1', 'Tigris Review', 'en', 'text', [], 'text', now())")
    for event_id, claimant in (("e1", "Islamic State"), ("e2", None)):
        con.execute("INSERT INTO events (id, document_id, ordinal, actor1, tactics, materiel, places, status, "
                    "claimant) VALUES (?, 'd1', 0, 'Islamic State', [], '{}', '[]', 'reported', ?)",
                    [event_id, claimant])
    con.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS)
    with Store(path) as store:
        assert store.schema_version == MIGRATIONS[-1].version
        claimed, unattributed = store.events()
    assert claimed.attribution == Attribution(level="claimed", actor="Islamic State", by="Islamic State")
    assert unattributed.attribution is None
    assert claimed.source == Source(outlet="Tigris Review") == unattributed.source


def test_each_migration_is_recorded_with_the_time_it_was_applied(tmp_path: Path) -> None:
    with Store(tmp_path / "db.duckdb") as store:
        rows_ = store.query("SELECT version, name, applied_at FROM schema_migrations")
    assert [r["version"] for r in rows_] == [m.version for m in MIGRATIONS]
    assert all(r["applied_at"].tzinfo is not None for r in rows_)


def test_a_failing_migration_leaves_the_database_at_the_previous_version(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.duckdb"
    Store(path).close()
    broken = Migration(EXTRA.version, "half done", ("ALTER TABLE documents ADD COLUMN note VARCHAR",
                                                   "ALTER TABLE no_such_table ADD COLUMN x INTEGER"))
    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, broken])
    with pytest.raises(StoreError, match=rf"could not apply migration {broken.version} \(half done\)"):
        Store(path)
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS)
    with Store(path) as store:  # the failed attempt released the file, and added no column
        assert store.schema_version == MIGRATIONS[-1].version
        assert "note" not in columns(store, "documents")


def test_migrations_must_be_numbered_one_two_three(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gap = Migration(EXTRA.version + 1, "skips one", ("SELECT 1",))
    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, gap])
    with pytest.raises(StoreError, match="numbered 1, 2, 3"):
        Store(tmp_path / "db.duckdb")


def test_a_database_newer_than_the_code_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.duckdb"
    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, EXTRA])
    Store(path).close()
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS)
    with pytest.raises(StoreError, match=rf"schema version {EXTRA.version}, newer than this sitrep knows.*upgrade"):
        Store(path)
    with pytest.raises(StoreError, match="newer than this sitrep"):
        Store(path, read_only=True)


def test_a_read_only_store_will_not_migrate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.duckdb"
    Store(path).close()
    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, EXTRA])
    with pytest.raises(StoreError, match=r"needs migrating .* open it once without read-only"):
        Store(path, read_only=True)


def test_every_model_field_has_a_column(tmp_path: Path) -> None:
    # A field added to model.py without a migration would be dropped silently on save: fail here instead.
    assert set(Document.model_fields) == set(rows.DOCUMENT_COLUMNS)
    assert set(Claim.model_fields) - {"figures", "checks", "spans", "source"} == set(rows.CLAIM_COLUMNS) - {
        "ordinal", *rows.SOURCE_COLUMNS.values(), rows.SOURCE_KIND_COLUMN}
    assert set(Figure.model_fields) - {"span"} == set(rows.FIGURE_COLUMNS) - {
        "claim_id", "ordinal", "span_start", "span_end", "span_text"}
    assert set(Check.model_fields) == set(rows.CHECK_COLUMNS) - {"claim_id", "ordinal"}
    assert set(Place.model_fields) - {"span"} == set(rows.PLACE_COLUMNS)
    assert set(Count.model_fields) - {"span"} == {"low", "best", "high", "vague"}
    counts = {name for name, field in Event.model_fields.items() if field.annotation in (Count | None, "Count | None")}
    assert counts == set(rows.COUNT_FIELDS)
    flattened = {"ordinal", *rows.PLACE_COLUMNS.values(), *rows.SOURCE_COLUMNS.values(), rows.SOURCE_KIND_COLUMN,
                 *rows.ATTRIBUTION_COLUMNS.values(),
                 *(f"{name}_{part}" for name in rows.COUNT_FIELDS for part in ("low", "best", "high", "vague"))}
    assert set(Event.model_fields) - {"place", "spans", "source", "attribution", *rows.COUNT_FIELDS} == set(
        rows.EVENT_COLUMNS) - flattened
    assert set(Source.model_fields) - {"span"} == set(rows.SOURCE_COLUMNS)
    assert set(Attribution.model_fields) - {"span"} == set(rows.ATTRIBUTION_COLUMNS)
    # ... and the tables the migrations create hold exactly those columns (plus bookkeeping).
    with Store(tmp_path / "db.duckdb") as store:
        assert columns(store, "documents") == {*rows.DOCUMENT_COLUMNS, "seq", "stored_at",
                                              "source_key", "superseded_by", "forgotten_at"}  # versions (migration 4)
        assert columns(store, "claims") == set(rows.CLAIM_COLUMNS)
        assert columns(store, "figures") == set(rows.FIGURE_COLUMNS)
        assert columns(store, "checks") == set(rows.CHECK_COLUMNS)
        assert columns(store, "spans") == set(rows.SPAN_COLUMNS)
        assert columns(store, "events") == {*rows.EVENT_COLUMNS, "written"}  # its stamp (migration 14)


# -- databases that cannot be opened -----------------------------------------------------------------------------

def test_a_missing_directory_is_named_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "db.duckdb"
    expected = rf"^{re.escape(str(path))}: directory {re.escape(str(path.parent))} does not exist; .*SITREP_DB"
    with pytest.raises(StoreError, match=expected) as info:
        Store(path)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("content, what", [(b"Not a database at all, just words." * 10, "is not a DuckDB database"),
                                            (b"", "is empty")])
def test_a_file_that_is_not_duckdb_is_named_with_what_to_do(tmp_path: Path, content: bytes, what: str) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=rf"^{re.escape(str(path))}: {what}; .*--db or SITREP_DB"):
        Store(path)
    assert path.read_bytes() == content  # and left as it was


def test_a_sqlite_file_is_not_mistaken_for_a_database_to_use(tmp_path: Path) -> None:
    # DuckDB would try to download its SQLite extension to read it; sitrep must answer at once, offline.
    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (a)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="is not a DuckDB database"):
        Store(path)


def test_a_directory_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        Store(tmp_path)


def test_a_database_locked_by_another_process_is_named_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "db.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); "
         "sys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        expected = (rf"^{re.escape(str(path))}: the database is in use by another process \(PID \d+\); "
                    "close it or set --db or SITREP_DB")
        with pytest.raises(StoreError, match=expected):
            Store(path)
    finally:
        holder.communicate("")  # closes its stdin: the holder exits and releases the lock
    with Store(path) as store:
        assert store.schema_version == MIGRATIONS[-1].version


def test_a_missing_database_cannot_be_opened_read_only(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "db.duckdb", read_only=True)
    assert not (tmp_path / "db.duckdb").exists()


def test_an_in_memory_database_cannot_be_read_only() -> None:
    with pytest.raises(StoreError, match="in-memory database cannot be opened read-only"):
        Store(":memory:", read_only=True)
