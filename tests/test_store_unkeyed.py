"""Migration 12: the tables that grow with every document lose their primary keys (ART indexes that DuckDB keeps
whole in memory), and the one write path keeps their keys unique without them: ingesting twice, resuming an
interrupted ingest, re-extracting, linking again and review edits store no row twice."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

import sitrep
from sitrep import api
from sitrep.analyze import review
from sitrep.analyze.linking import link_events
from sitrep.store import Store, bulk, migrations, validate
from sitrep.store.migrations import MIGRATIONS, UNKEYED_TABLES

REPORTS = [
    "Gunmen shot dead two traders at a market in Kano, Nigeria, on Tuesday, police said.",
    "A drone strike hit a fuel depot in Hodeidah, Yemen, on Tuesday, killing four workers, officials said.",
    "Rebels ambushed an army patrol near Beni, Congo, on Tuesday, killing three soldiers, the army said.",
    "A landmine killed a shepherd near Palmyra, Syria, on Tuesday, a monitoring group said.",
    "The ministry said its forces carried out 14 air strikes in Idlib province in May, killing 60 fighters.",
    "Militants said they had killed 25 soldiers in 9 attacks across Borno state during the past month.",
]


def _corpus(tmp_path: Path, reports: list[str] = REPORTS) -> Path:
    rows = [{"text": t, "published": "2022-05-10", "url": f"https://desk{i}.example/r"} for i, t in enumerate(reports)]
    corpus = tmp_path / "reports.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return corpus


def _tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the unkeyed tables, sorted, to compare a store before and after."""
    con = store._connection()
    return {table: sorted(con.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in UNKEYED_TABLES}


def _primary_keys(store: Store) -> set[str]:
    found = store.query("SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'")
    return {row["table_name"] for row in found}


def _described(store: Store, table: str) -> list[tuple[Any, ...]]:
    """Each column's name, type, nullability and default, in order (DESCRIBE without its key column)."""
    return [(r[0], r[1], r[2], r[4]) for r in store._connection().execute(f"DESCRIBE {table}").fetchall()]


def _ingest_as_version_11(monkeypatch: pytest.MonkeyPatch, corpus: Path, db: Path, **options: Any) -> None:
    """Ingest into a store at schema version 11, whose claim steps did not yet remember what they had compared
    (migration 13's table): today's are left out of that ingest."""
    with monkeypatch.context() as older:
        older.setattr(api, "link_repeats", lambda store, actors: 0)
        older.setattr(api, "check_series", lambda store, actors: 0)
        api.ingest([corpus], db=db, **options)


def _linked_as_before_migration_14(db: Path) -> None:
    """Give a store at an older schema version the rows a linking run wrote then (each event alone in an incident,
    a feature row with the fingerprint column that migration 14 renames): today's linking writes the stamps of
    migration 14 and cannot run on it."""
    with Store(db) as store:
        store._write(lambda con: (
            con.execute("INSERT INTO incident_links (event_id, incident_id, method) SELECT id, id, 'linked' "
                        "FROM events"),
            con.execute("UPDATE events SET incident_id = id"),
            con.execute("INSERT INTO link_features (event_id, version, fingerprint, day, precise, admin1_alt, "
                        "localities, loose, own, tactics, claimed, night, words) SELECT id, 1, hash(id), 7, true, "
                        "[], [], [], false, 0, false, false, 'patrol' FROM events")), what="link as before")


def _no_duplicates(store: Store) -> None:
    assert validate.duplicates(store._connection()) == {}


def test_a_new_store_has_no_keys_on_the_tables_that_grow_with_documents(tmp_path: Path) -> None:
    with Store(tmp_path / "t.duckdb") as store:
        keyed = _primary_keys(store)
    assert not keyed & set(UNKEYED_TABLES)
    # The small tables keep theirs.
    assert {"feeds", "fetched_urls", "review_log", "review_state", "users", "schema_migrations"} <= keyed


def test_a_version_11_store_migrates_with_its_rows_columns_and_defaults_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "t.duckdb"
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:11])
    _ingest_as_version_11(monkeypatch, _corpus(tmp_path), db, link=False)
    _linked_as_before_migration_14(db)
    with Store(db) as store:
        assert store.schema_version == 11
        assert set(UNKEYED_TABLES) <= _primary_keys(store)
        before = _tables(store)
        shapes = {table: _described(store, table) for table in UNKEYED_TABLES}
        counts = store.counts()
    assert before["events"] and before["spans"] and before["claims"] and before["figures"]
    assert before["incident_links"] and before["link_features"]
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:12])  # (migration 14 adds and renames a column)
    with Store(db) as store:
        assert store.schema_version == 12
        assert not _primary_keys(store) & set(UNKEYED_TABLES)
        assert _tables(store) == before
        assert {table: _described(store, table) for table in UNKEYED_TABLES} == shapes
        assert store.counts() == counts
        # Defaults survive the rebuild: the next document takes the next number of the sequence and a timestamp.
        last = store.query("SELECT max(seq) AS seq FROM documents")[0]["seq"]
        store.save(sitrep.extract(sitrep.Document.from_text("Gunmen killed a farmer near Gao, Mali, on Monday.")))
        added = store.query("SELECT seq, stored_at FROM documents ORDER BY seq DESC LIMIT 1")[0]
        assert added["seq"] == last + 1 and added["stored_at"] is not None
        _no_duplicates(store)


def test_a_failing_rebuild_leaves_the_store_at_version_11(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "t.duckdb"
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:11])
    _ingest_as_version_11(monkeypatch, _corpus(tmp_path), db, link=False)
    broken = migrations.Migration(12, MIGRATIONS[11].name, (*MIGRATIONS[11].statements, "SELECT * FROM nowhere"))
    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS[:11], broken])
    with pytest.raises(sitrep.StoreError):
        Store(db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT max(version) FROM schema_migrations").fetchone() == (11,)
        keyed = {
            r[0]
            for r in con.execute(
                "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
            ).fetchall()
        }
        assert set(UNKEYED_TABLES) <= keyed
        assert con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE '%__rebuilt'"
        ).fetchone() == (0,)
    finally:
        con.close()


def test_ingesting_the_same_file_twice_stores_each_document_once(tmp_path: Path) -> None:
    db, corpus = tmp_path / "t.duckdb", _corpus(tmp_path)
    first = api.ingest([corpus], db=db)
    again = api.ingest([corpus], db=db)
    assert first.ingested == len(REPORTS) and again.ingested == 0
    with Store(db) as store:
        assert store.counts()["documents"] == len(REPORTS)
        _no_duplicates(store)


def test_a_batch_that_repeats_a_stored_document_stores_it_once(tmp_path: Path) -> None:
    extractions = [sitrep.extract(text) for text in REPORTS[:3]]
    with Store(tmp_path / "t.duckdb") as store:
        assert bulk.save_batch(store, extractions[:2]) == (2, 0)
        assert bulk.save_batch(store, [extractions[1], extractions[2], extractions[2]]) == (1, 2)
        assert store.save(extractions[0]) is False
        assert store.counts()["documents"] == 3
        _no_duplicates(store)


def test_an_interrupted_ingest_resumed_stores_each_document_once(tmp_path: Path) -> None:
    db, corpus = tmp_path / "t.duckdb", _corpus(tmp_path)
    seen = {"n": 0}

    def stop_half_way(step: int) -> None:
        seen["n"] += step
        if seen["n"] == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        api.ingest([corpus], db=db, on_progress=stop_half_way)
    api.ingest([corpus], db=db)
    with Store(db) as store:
        assert store.counts()["documents"] == len(REPORTS)
        _no_duplicates(store)


def test_re_extraction_linking_again_and_review_edits_store_no_row_twice(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    api.ingest([_corpus(tmp_path)], db=db)
    newer = copy.copy(api.default_extractor())
    newer.name = "sitrep-rules/newer"
    assert api.reextract(db=db, extractor=newer).reextracted == len(REPORTS)
    with Store(db) as store:
        before = _tables(store)
        link_events(store)
        link_events(store)  # the features of every event are written again: replaced, not added
        event = store.events()[0]
        review.edit(store, "event", event.id, "actor1", "Test Front", reviewer="ana")
        review.accept(store, "event", event.id, reviewer="ana")
        after = _tables(store)
        _no_duplicates(store)
    assert len(after["events"]) == len(before["events"])
    assert len(after["link_features"]) == len(after["events"])


def test_a_repeated_key_is_found_by_the_integrity_query() -> None:
    with Store(":memory:") as store:
        store.save(sitrep.extract(REPORTS[0]))
        con = store._connection()
        con.execute("INSERT INTO events SELECT * FROM events")
        con.execute("INSERT INTO spans SELECT * FROM spans LIMIT 1")
        found = validate.duplicates(con)
    assert found["events"] == 1 and found["spans"] == 1
    assert set(found) == {"events", "spans"}


def test_a_record_id_stored_for_another_document_is_refused_without_a_key(tmp_path: Path) -> None:
    first, second = sitrep.extract(REPORTS[0]), sitrep.extract(REPORTS[1])
    clash = second.events[0].model_copy(update={"id": first.events[0].id})
    with Store(tmp_path / "t.duckdb") as store:
        store.save(first)
        with pytest.raises(sitrep.StoreError, match=r"could not save document .*Duplicate key"):
            store.save(second.model_copy(update={"events": [clash]}))
        with pytest.raises(sitrep.StoreError, match=r"could not save a batch .*Duplicate key"):
            bulk.save_batch(store, [second.model_copy(update={"events": [clash]})])
        twice = second.model_copy(update={"events": [second.events[0], second.events[0]]})
        with pytest.raises(sitrep.StoreError, match=r"Duplicate key .*repeated"):
            store.save(twice)
        assert store.counts()["documents"] == 1
        _no_duplicates(store)
