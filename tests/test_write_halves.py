"""Every write of an extraction has two halves: ``rows.prepare`` checks the records and makes their rows (pure, run
where the document was extracted: an ingest's worker), and ``insert_rows`` writes them in the transaction. These
tests hold the promises the halves keep: a value the store refuses is refused with the same words as before, an
id already stored is still refused for records a caller built, and an ingest's own records are not looked up in a
store that cannot hold their ids."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import sitrep
from sitrep import api
from sitrep.errors import InvalidRecordError, StoreError
from sitrep.model import Count, Evidence, Extraction
from sitrep.store import Store, bulk, rows, validate
from sitrep.store import store as store_module

REPORTS = [
    "Gunmen shot dead two traders at a market in Kano, Nigeria, on Tuesday, police said.",
    "A drone strike hit a fuel depot in Hodeidah, Yemen, on Tuesday, killing four workers, officials said.",
    "Rebels ambushed an army patrol near Beni, Congo, on Tuesday, killing three soldiers, the army said.",
    "The ministry said its forces carried out 14 air strikes in Idlib province in May, killing 60 fighters.",
    "Militants said they had killed 25 soldiers in 9 attacks across Borno state during the past month.",
]


def _corpus(path: Path, reports: list[str]) -> Path:
    lines = [{"text": t, "published": "2022-05-10", "url": f"https://desk{i}.example/{path.stem}"}
             for i, t in enumerate(reports)]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture
def lookups(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    """Each look-up of record ids in the store (table, ids), as the write makes them."""
    seen: list[tuple[str, list[str]]] = []
    scan = store_module._stored_among

    def recorded(con: Any, table: str, ids: list[str]) -> list[str]:
        seen.append((table, list(ids)))
        return scan(con, table, ids)

    monkeypatch.setattr(store_module, "_stored_among", recorded)
    return seen


@pytest.mark.parametrize("recycle", [0, 2])
def test_an_ingest_never_looks_its_own_record_ids_up_in_the_store(
        tmp_path: Path, lookups: list[tuple[str, list[str]]], recycle: int) -> None:
    db = tmp_path / "t.duckdb"
    first = api.ingest([_corpus(tmp_path / "a.jsonl", REPORTS[:3])], db=db, recycle=recycle)
    second = api.ingest([_corpus(tmp_path / "b.jsonl", REPORTS[3:])], db=db, recycle=recycle)
    assert first.events and second.claims  # records were written, into a store that held some already
    assert lookups == []
    with Store(db, read_only=True) as store:
        assert validate.duplicates(store._connection()) == {}


def test_a_record_a_caller_built_is_still_looked_up_and_refused_when_its_id_is_stored(
        tmp_path: Path, lookups: list[tuple[str, list[str]]]) -> None:
    db = tmp_path / "t.duckdb"
    api.ingest([_corpus(tmp_path / "a.jsonl", REPORTS[:1])], db=db)
    with Store(db) as store:
        [stored] = store.events()
        other = sitrep.extract(REPORTS[1])
        copy = other.events[0].model_copy(update={"id": stored.id})
        clash = other.model_copy(update={"events": [copy]})
        with pytest.raises(StoreError, match=r"Duplicate key .*already stored"):
            store.save(clash)
        with pytest.raises(StoreError, match=r"Duplicate key .*already stored"):
            bulk.save_batch(store, [clash])
        assert ("events", [stored.id]) in lookups
        assert store.save(other)  # the extractor's own records of the same document are stored
        assert store.counts()["documents"] == 2


def test_records_marked_derived_that_repeat_an_id_within_one_write_are_refused_all_the_same(tmp_path: Path) -> None:
    first, second = sitrep.extract(REPORTS[0]), sitrep.extract(REPORTS[1])
    repeated = second.events[0].model_copy(update={"id": first.events[0].id})
    both = [rows.prepare(first, derived=True),
            rows.prepare(second.model_copy(update={"events": [repeated]}), derived=True)]
    with Store(tmp_path / "t.duckdb") as store:
        with pytest.raises(StoreError, match=r"Duplicate key .*repeated"):
            bulk.save_new(store, both)
        assert store.counts()["documents"] == 0


def _odd(extraction: Extraction, claims: Extraction) -> list[Extraction]:
    """``extraction`` (and ``claims``, one with a claim) with, in turn, each kind of value the store refuses or that
    looks odd in a row."""
    event, claim = extraction.events[0], claims.claims[0]
    killed = event.killed or Count(best=1)

    def with_event(**update: Any) -> Extraction:
        return extraction.model_copy(update={"events": [event.model_copy(update=update)]})

    def with_claim(**update: Any) -> Extraction:
        return claims.model_copy(update={"claims": [claim.model_copy(update=update)]})

    return [
        with_event(killed=killed.model_copy(update={"best": 99_999_999_999})),
        with_event(date_start=dt.date(1700, 1, 1)),
        with_event(tactics=["ambush\ud801"]),
        # Surrogates in dict keys: pydantic writes U+FFFD for them, the exact check passes them, so does prepare.
        with_event(materiel={"rifles\ud800": Count(best=2)}),
        with_event(trace={"x\udc00": Evidence(source="rule")}),
        extraction.model_copy(update={"document": extraction.document.model_copy(update={"title": "Kano \udcff"})}),
        extraction.model_copy(update={"document": extraction.document.model_copy(
            update={"published": dt.date(2300, 1, 1)})}),
        with_claim(period_days_stated=40_000),
        with_claim(period_days_stated=36_525),
        with_claim(figures=[claim.figures[0].model_copy(update={"value": 20_000_000_000})]),
        with_claim(figures=[claim.figures[0].model_copy(update={"value": 3_000_000_000})]),
    ]


def _verdict(check: Any, extraction: Extraction) -> str:
    try:
        check(extraction)
    except InvalidRecordError as error:
        return str(error)
    return "stored"


def test_prepare_gives_the_exact_checks_verdict_in_the_same_words() -> None:
    cases = _odd(sitrep.extract(REPORTS[0]), sitrep.extract(REPORTS[4]))
    verdicts = [_verdict(rows.prepare, case) for case in cases]
    assert verdicts == [_verdict(validate.check_extraction, case) for case in cases]
    assert sum(verdict != "stored" for verdict in verdicts) == 7


def test_prepare_walks_the_records_only_when_their_rows_leave_a_doubt(monkeypatch: pytest.MonkeyPatch) -> None:
    walked: list[str] = []
    exact = validate.check_extraction
    monkeypatch.setattr(validate, "check_extraction", lambda x: walked.append(x.document.id) or exact(x))
    extraction = sitrep.extract(REPORTS[4])
    assert rows.prepare(extraction) == rows.unchecked(extraction)
    assert walked == []
    # A figure past 2**31 but within the limit: the rows cannot tell at a glance, the walk finds it fine.
    claim = extraction.claims[0]
    large = extraction.model_copy(update={"claims": [claim.model_copy(update={
        "figures": [claim.figures[0].model_copy(update={"value": 3_000_000_000})]})]})
    assert rows.prepare(large).figures[0][3] == 3_000_000_000
    assert walked == [extraction.document.id]


def test_an_ingest_reads_the_shipped_actor_table_once_for_linking_and_the_claims_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Linking, the repeats of claims and the series checks all read the shipped alias table: loaded by each, it was
    # three loads of the same file per run.
    extractor = api.default_extractor()
    loads: list[tuple[Any, ...]] = []
    load = api.ActorTable.load

    def counted(*extra: Any) -> api.ActorTable:
        loads.append(extra)
        return load(*extra)

    monkeypatch.setattr(api.ActorTable, "load", counted)
    report = api.ingest([_corpus(tmp_path / "c.jsonl", REPORTS)], db=tmp_path / "t.duckdb", extractor=extractor,
                        recycle=0)
    assert report.ingested == len(REPORTS) and report.events and report.claims
    assert loads == [()]
