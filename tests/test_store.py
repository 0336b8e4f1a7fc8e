"""The store: what is saved reads back equal, once, all or nothing; SQL reads but never writes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest

from sitrep.errors import StoreError
from sitrep.model import Check, Claim, Count, Document, Event, Extraction, Figure, Place, Span
from sitrep.store import Store, database

TEXT = (
    "The group's newspaper al-Naba claimed 122 operations between July 30 and October 5, killing or wounding 300, "
    "including 41 IED attacks in Deir ez-Zor and 12 in Raqqa. On October 7 an ambush near Shuhayl killed at least "
    "4 soldiers and wounded up to 11; two vehicles were destroyed and dozens captured."
)


def span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start=start, end=start + len(phrase), text=phrase)


def rich_extraction(n: int = 0, *, figures: int | None = None) -> Extraction:
    """A document with every field set, one claim of each kind of period, one full and one bare event.

    ``n`` makes the document (and so every id) distinct; ``figures`` adds that many extra regional figures.
    """
    text = TEXT + f" Report {n}."
    doc = Document(
        id=Document.make_id(text), url=f"https://example.org/report/{n}", source="Example News",
        title="IS claims 122 operations", published=date(2020, 10, 8), language="en", text=text,
        comments=["First comment", "تعليق ثان"], format="html", encoding="utf-8", path=f"pages/{n}.html",
        ingested_at=datetime(2020, 10, 9, 12, 30, 15, 123456, tzinfo=UTC),
    )
    place = Place(name="Deir ez-Zor", country="SY", admin1="Deir ez-Zor", admin1_code="SY-DI", admin2="Deir ez-Zor",
                  locality="Deir ez-Zor", latitude=35.336, longitude=40.145, geo_precision=3,
                  gazetteer_id="geonames:170794", span=span(text, "Deir ez-Zor"))
    parts = [
        Figure(measure="operations", value=122, label="operations", span=span(text, "122 operations")),
        Figure(measure="killed_or_wounded", value=300, target="SDF", span=span(text, "killing or wounding 300")),
        Figure(measure="operations", value=41, event_type="Explosions/Remote violence",
               sub_event_type="Remote explosive/landmine/IED", tactic="ied+landmine", target="military",
               region="northeast", admin1="Deir ez-Zor", admin1_code="SY-DI", label="IED attacks",
               partial=True, span=span(text, "41 IED attacks")),
        Figure(measure="operations", value=12, region="northeast", admin1="Raqqa", admin1_code="SY-RA",
               span=span(text, "12 in Raqqa")),
        Figure(measure="vehicles_damaged_or_destroyed", value=2, item="vehicle", label="vehicles"),
    ]
    parts += [Figure(measure="operations", value=i, admin1=f"Area {i}") for i in range(figures or 0)]
    claim = Claim(
        id=f"{doc.id}-c1", document_id=doc.id, claimant="Islamic State", actor="Islamic State", medium="al-Naba",
        status="claimed", period_start="--07-30", period_end="--10-05", period_days_stated=68, country="SY",
        figures=parts,
        checks=[
            Check(kind="parts_sum_to_total", facet="operations by admin1", expected=122, actual=53, ok=False,
                  detail="parts 53 < total 122"),
            Check(kind="period_length", expected=68, actual=None, ok=None, detail="year unknown"),
            Check(kind="share", facet="ied", expected=0.336, actual=0.5, ok=True),
        ],
        places=[place, Place(name="Raqqa")],
        spans={"claimant": span(text, "al-Naba"), "period": span(text, "between July 30 and October 5")},
    )
    dated = Claim(id=f"{doc.id}-c2", document_id=doc.id, period_start="2020-07-30", period_end="2020-10-05")
    event = Event(
        id=f"{doc.id}-e1", document_id=doc.id, date_start=date(2020, 10, 7), date_end=date(2020, 10, 7),
        time_precision=1, event_type="Battles", sub_event_type="Armed clash", tactics=["ambush", "shooting"],
        gtd_attack_type="Armed Assault", actor1="Islamic State", actor2="SDF", target_category="military",
        place=Place(name="Shuhayl", country="SY", admin1="Deir ez-Zor", admin1_code="SY-DI", admin2="Al Mayadin",
                    locality="Shuhayl", latitude=35.08, longitude=40.44, geo_precision=2, gazetteer_id="ucdp:1",
                    span=span(text, "near Shuhayl")),
        killed=Count(low=4, best=4, span=span(text, "at least 4")),
        wounded=Count(high=11, span=span(text, "up to 11")),
        killed_or_wounded=Count(),
        captured=Count(low=12, best=12, high=None, vague=True),
        materiel={"vehicles_destroyed": Count(best=2, span=span(text, "two vehicles")), "weapons": Count(low=1)},
        status="claimed", claimant="Islamic State",
        # "place" is also a value span (place.span): the two must not be confused.
        spans={"trigger": span(text, "ambush"), "date": span(text, "On October 7"), "place": span(text, "Shuhayl")},
        confidence=0.8, incident_id="incident-1",
    )
    bare = Event(id=f"{doc.id}-e2", document_id=doc.id)
    return Extraction(document=doc, events=[event, bare], claims=[claim, dated])


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "test.duckdb") as opened:
        yield opened


# -- round trip --------------------------------------------------------------------------------------------------

def test_a_saved_extraction_reads_back_equal(store: Store) -> None:
    extraction = rich_extraction()
    assert store.save(extraction) is True
    doc_id = extraction.document.id
    assert store.document(doc_id) == extraction.document
    assert store.claims(document_id=doc_id) == extraction.claims
    assert store.events(document_id=doc_id) == extraction.events
    # Equal as JSON too: no 68 turned into 68.0, no timezone rewritten, no spans moved between fields.
    assert [c.to_dict() for c in store.claims()] == [c.to_dict() for c in extraction.claims]
    assert [e.to_dict() for e in store.events()] == [e.to_dict() for e in extraction.events]
    assert store.document(doc_id).to_dict() == extraction.document.to_dict()


def test_records_survive_closing_and_reopening_the_file(tmp_path: Path) -> None:
    extraction = rich_extraction()
    with Store(tmp_path / "db.duckdb") as store:
        store.save(extraction)
    with Store(tmp_path / "db.duckdb", read_only=True) as store:
        assert store.documents() == [extraction.document]
        assert store.claims() == extraction.claims
        assert store.events() == extraction.events


def test_a_claim_period_without_a_year_is_kept_as_written(store: Store) -> None:
    store.save(rich_extraction())
    rows = store.query("SELECT period_start, period_end FROM claims ORDER BY ordinal")
    assert rows == [{"period_start": "--07-30", "period_end": "--10-05"},
                    {"period_start": "2020-07-30", "period_end": "2020-10-05"}]


def test_figures_keep_their_original_order(store: Store) -> None:
    extraction = rich_extraction(figures=30)
    store.save(extraction)
    (claim, _) = store.claims(document_id=extraction.document.id)
    assert [f.value for f in claim.figures] == [f.value for f in extraction.claims[0].figures]


def test_an_empty_count_and_a_missing_count_stay_distinct(store: Store) -> None:
    extraction = rich_extraction()
    store.save(extraction)
    full, bare = store.events()
    assert full.killed_or_wounded == Count()
    assert bare.killed_or_wounded is None and bare.place is None


def test_the_span_of_a_value_and_the_span_under_the_same_name_stay_apart(store: Store) -> None:
    store.save(rich_extraction())
    event = store.events()[0]
    assert event.spans["place"].text == "Shuhayl"
    assert event.place.span.text == "near Shuhayl"
    rows = store.query("SELECT field, from_value, text FROM spans WHERE owner_kind = 'event' AND field = 'place' "
                       "ORDER BY from_value")
    assert rows == [{"field": "place", "from_value": False, "text": "Shuhayl"},
                    {"field": "place", "from_value": True, "text": "near Shuhayl"}]


def test_documents_come_back_in_the_order_they_were_stored(store: Store) -> None:
    extractions = [rich_extraction(n) for n in (3, 1, 2)]
    store.save_many(extractions)
    assert [d.id for d in store.documents()] == [e.document.id for e in extractions]
    assert [c.id for c in store.claims()] == [c.id for e in extractions for c in e.claims]


# -- saving once -------------------------------------------------------------------------------------------------

def test_saving_the_same_document_twice_stores_it_once(store: Store) -> None:
    extraction = rich_extraction()
    assert store.save(extraction) is True
    counts = store.counts()
    assert store.save(extraction) is False
    assert store.counts() == counts
    assert store.claims() == extraction.claims


def test_a_duplicate_document_writes_nothing_even_with_different_records(store: Store) -> None:
    extraction = rich_extraction()
    store.save(extraction)
    other = extraction.model_copy(update={"claims": [], "events": []})
    assert store.save(other) is False
    assert store.claims() == extraction.claims


def test_has_document_and_document_answer_for_missing_ids(store: Store) -> None:
    extraction = rich_extraction()
    assert not store.has_document(extraction.document.id)
    assert store.document(extraction.document.id) is None
    store.save(extraction)
    assert store.has_document(extraction.document.id)


def test_save_many_reports_new_and_duplicate_documents(store: Store) -> None:
    first, second = rich_extraction(1), rich_extraction(2)
    assert store.save_many([first, second, first]) == (2, 1)
    assert store.save_many(iter([second])) == (0, 1)


def test_counts_report_rows_per_table(store: Store) -> None:
    assert store.counts() == {"documents": 0, "claims": 0, "figures": 0, "checks": 0, "spans": 0, "events": 0}
    store.save(rich_extraction())
    # spans: 2 of the claim, 3 of the event, 3 carried by its values (place, killed, wounded).
    assert store.counts() == {"documents": 1, "claims": 2, "figures": 5, "checks": 3, "spans": 8, "events": 2}


def test_a_record_filed_under_another_document_is_refused(store: Store) -> None:
    extraction = rich_extraction()
    stray = extraction.claims[0].model_copy(update={"document_id": "elsewhere"})
    with pytest.raises(StoreError, match=r"claim .* has document_id 'elsewhere'"):
        store.save(extraction.model_copy(update={"claims": [stray]}))
    assert store.counts()["documents"] == 0


def test_save_takes_only_extractions(store: Store) -> None:
    with pytest.raises(TypeError, match="Extraction"):
        store.save(rich_extraction().document)  # type: ignore[arg-type]


# -- filters -----------------------------------------------------------------------------------------------------

def test_claims_and_events_filter_by_id_and_document(store: Store) -> None:
    first, second = rich_extraction(1), rich_extraction(2)
    store.save_many([first, second])
    assert store.claims(document_id=second.document.id) == second.claims
    assert store.claims(claim_id=first.claims[1].id) == [first.claims[1]]
    assert store.claims(claim_id=first.claims[1].id, document_id=second.document.id) == []
    assert store.events(document_id=first.document.id) == first.events
    assert store.events(event_id=second.events[0].id) == [second.events[0]]
    assert store.events(document_id="nothing") == []


# -- SQL ---------------------------------------------------------------------------------------------------------

def test_figures_can_be_summed_by_governorate_with_sql(store: Store) -> None:
    store.save_many([rich_extraction(1), rich_extraction(2)])
    rows = store.query("SELECT admin1, sum(value) AS operations FROM figures WHERE measure = 'operations' "
                       "AND admin1 IS NOT NULL GROUP BY 1 ORDER BY 1")
    assert rows == [{"admin1": "Deir ez-Zor", "operations": 82}, {"admin1": "Raqqa", "operations": 24}]


def test_events_are_flat_enough_to_count_by_place_and_type(store: Store) -> None:
    store.save(rich_extraction())
    rows = store.query("SELECT admin1, event_type, killed_low, wounded_high, tactics, place_name FROM events "
                       "WHERE event_type IS NOT NULL")
    assert rows == [{"admin1": "Deir ez-Zor", "event_type": "Battles", "killed_low": 4, "wounded_high": 11,
                     "tactics": ["ambush", "shooting"], "place_name": "Shuhayl"}]


def test_query_binds_positional_and_named_parameters(store: Store) -> None:
    extraction = rich_extraction()
    store.save(extraction)
    assert store.query("SELECT title FROM documents WHERE id = ?", [extraction.document.id]) == [
        {"title": "IS claims 122 operations"}]
    assert store.query("SELECT count(*) AS n FROM figures WHERE value > $v", {"v": 40}) == [{"n": 3}]


@pytest.mark.parametrize("sql", [
    "INSERT INTO documents (id) VALUES ('x')",
    "DELETE FROM documents",
    "DROP TABLE figures",
    "CREATE TABLE x (a INTEGER)",
    "COPY documents TO 'out.csv'",
    "ATTACH 'other.duckdb'",
    "SET threads = 1",
    "SELECT 1; DELETE FROM documents",
])
def test_query_refuses_anything_but_one_select(store: Store, sql: str) -> None:
    store.save(rich_extraction())
    with pytest.raises(StoreError, match="only one read-only SELECT"):
        store.query(sql)
    assert store.counts()["documents"] == 1


def test_query_reports_bad_sql_as_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="query: Parser Error"):
        store.query("SELEKT 1")
    with pytest.raises(StoreError, match="no_such_table"):
        store.query("SELECT * FROM no_such_table")


# -- all or nothing ----------------------------------------------------------------------------------------------

def fail_on(table: str, error: BaseException, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the insert into ``table`` raise ``error``: half-way through a save, after documents and claims."""
    real = database.insert

    def insert(con: duckdb.DuckDBPyConnection, name: str, columns: Sequence[str], rows: Sequence[Any]) -> None:
        if name == table:
            raise error
        return real(con, name, columns, rows)

    monkeypatch.setattr(database, "insert", insert)


def test_a_failed_save_leaves_earlier_documents_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.duckdb"
    earlier, failing = rich_extraction(1), rich_extraction(2)
    with Store(path) as store:
        store.save(earlier)
        fail_on("figures", duckdb.IOException("disk on fire"), monkeypatch)
        with pytest.raises(StoreError, match=rf"could not save document {failing.document.id}: disk on fire"):
            store.save(failing)
    with Store(path, read_only=True) as store:
        assert store.documents() == [earlier.document]
        assert store.claims() == earlier.claims
        assert store.events() == earlier.events


def test_an_interrupted_save_stores_nothing_and_the_store_stays_usable(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    extraction = rich_extraction()
    with monkeypatch.context() as patch:
        fail_on("events", KeyboardInterrupt(), patch)
        with pytest.raises(KeyboardInterrupt):  # not wrapped: Ctrl-C must still stop the program
            store.save(extraction)
    assert not store.has_document(extraction.document.id)
    assert store.counts() == dict.fromkeys(store.counts(), 0)
    assert store.save(extraction) is True
    assert store.claims() == extraction.claims


def test_a_bug_during_a_save_rolls_back_and_travels_unchanged(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    fail_on("spans", ZeroDivisionError("bug"), monkeypatch)
    with pytest.raises(ZeroDivisionError):
        store.save(rich_extraction())
    assert store.counts()["documents"] == 0


def test_a_claim_id_already_stored_fails_the_whole_save(store: Store) -> None:
    first = rich_extraction(1)
    store.save(first)
    second = rich_extraction(2)
    clash = second.claims[0].model_copy(update={"id": first.claims[0].id})
    with pytest.raises(StoreError, match=r"could not save document .*(PRIMARY KEY|[Dd]uplicate key)"):
        store.save(second.model_copy(update={"claims": [clash]}))
    assert not store.has_document(second.document.id)
    assert store.claims() == first.claims


def test_save_many_keeps_documents_finished_before_an_interruption(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    done = [rich_extraction(1), rich_extraction(2)]

    def feed() -> Iterator[Extraction]:
        yield from done
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.save_many(feed())
    assert store.documents() == [e.document for e in done]


def test_the_write_path_rolls_back_on_any_exception() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE t (a INTEGER)")

    def interrupted(c: duckdb.DuckDBPyConnection) -> None:
        c.execute("INSERT INTO t VALUES (1)")
        raise KeyboardInterrupt

    def clash(c: duckdb.DuckDBPyConnection) -> None:
        c.execute("CREATE TABLE u (a INTEGER PRIMARY KEY)")
        c.execute("INSERT INTO u VALUES (1), (1)")

    def fine(c: duckdb.DuckDBPyConnection) -> int:
        c.execute("INSERT INTO t VALUES (2)")
        return 7

    with pytest.raises(KeyboardInterrupt):
        database.transaction(con, interrupted, path=":memory:", what="interrupt")
    with pytest.raises(StoreError, match=r"^:memory:: could not insert twice: Constraint Error"):
        database.transaction(con, clash, path=":memory:", what="insert twice")
    assert con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'u'").fetchone() == (0,)
    assert database.transaction(con, fine, path=":memory:", what="insert") == 7
    assert con.execute("SELECT a FROM t").fetchall() == [(2,)]


# -- opening and closing -----------------------------------------------------------------------------------------

def test_the_path_defaults_to_the_db_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_DB", str(tmp_path / "from-env.duckdb"))
    with Store() as store:
        assert store.path == str(tmp_path / "from-env.duckdb")
    assert (tmp_path / "from-env.duckdb").exists()
    monkeypatch.delenv("SITREP_DB")
    monkeypatch.chdir(tmp_path)
    with Store() as store:
        assert store.path == "sitrep.duckdb"
    assert (tmp_path / "sitrep.duckdb").exists()


def test_an_in_memory_store_works_and_forgets() -> None:
    extraction = rich_extraction()
    with Store(":memory:") as store:
        assert store.save(extraction)
        assert store.claims() == extraction.claims
    with Store(":memory:") as store:
        assert store.counts()["documents"] == 0


def test_a_read_only_store_refuses_to_write(tmp_path: Path) -> None:
    Store(tmp_path / "db.duckdb").close()
    with Store(tmp_path / "db.duckdb", read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.save(rich_extraction())


def test_a_closed_store_says_so(store: Store) -> None:
    store.close()
    store.close()
    with pytest.raises(StoreError, match="the store is closed"):
        store.documents()
    with pytest.raises(StoreError, match="the store is closed"):
        store.save(rich_extraction())
