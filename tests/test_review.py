"""The review desk's core, without the server: decisions are logged, written through, undone, and outlive
re-extraction and re-linking."""

from __future__ import annotations

from pathlib import Path

import pytest

import sitrep
from sitrep import api
from sitrep.analyze import review
from sitrep.analyze.linking import link_events
from sitrep.errors import ConfigError
from sitrep.report import export as exporting
from sitrep.report.filters import EventFilter
from sitrep.store import Store
from sitrep.store import reviews as log_store

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("review") / "corpus.duckdb"
    sitrep.ingest([str(CORPUS)], db=str(path))
    return path


@pytest.fixture
def db(corpus_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "db.duckdb"
    copy.write_bytes(corpus_db.read_bytes())
    return copy


def first_event(store: Store) -> sitrep.Event:
    return store.events()[0]


def test_an_edit_is_logged_with_who_what_before_after_and_why_and_written_into_the_record(db: Path) -> None:
    with Store(db) as store:
        event = first_event(store)
        review.edit(store, "event", event.id, "actor1", "Test Front", reviewer="ana", why="named in line 2")
        assert store.events(event_id=event.id)[0].actor1 == "Test Front"
        [row] = log_store.log(store)
    assert (row["reviewer"], row["action"], row["field"], row["why"]) == ("ana", "edit", "actor1", "named in line 2")
    assert (row["before"], row["after"]) == (event.actor1, "Test Front")
    assert (row["document_id"], row["anchor_start"], row["anchor_end"]) == (event.document_id, *review.anchor(event))


def test_counts_dates_places_and_choices_are_parsed_and_validated(db: Path) -> None:
    with Store(db) as store:
        event = first_event(store)
        review.edit(store, "event", event.id, "killed", "3/4/6", reviewer="ana")
        review.edit(store, "event", event.id, "date_start", "2024-03-02", reviewer="ana")
        review.edit(store, "event", event.id, "place", "Mosul, IQ", reviewer="ana")
        stored = store.events(event_id=event.id)[0]
        assert (stored.killed.low, stored.killed.best, stored.killed.high) == (3, 4, 6)
        assert str(stored.date_start) == "2024-03-02"
        assert stored.place is not None and stored.place.country == "IQ" and stored.place.latitude is not None
        for name, text, message in (("status", "rumoured", "not one of"), ("killed", "many", "not a count"),
                                    ("date_start", "March", "not a date"), ("place", "Nowhereville", "gazetteer"),
                                    ("id", "x", "cannot be edited")):
            with pytest.raises(ConfigError, match=message):
                review.edit(store, "event", event.id, name, text, reviewer="ana")


def test_reviewed_values_and_states_survive_reextraction(db: Path) -> None:
    with Store(db) as store:
        event = first_event(store)
        review.edit(store, "event", event.id, "actor1", "Test Front", reviewer="ana")
        review.accept(store, "event", event.id, reviewer="bo")
    api.reextract(db=str(db), everything=True)
    with Store(db) as store:
        again = [e for e in store.events() if review.anchor(e) == review.anchor(event)
                 and e.document_id == event.document_id]
        assert [e.actor1 for e in again] == ["Test Front"]
        assert log_store.states(store)[("event", again[0].id)]["state"] == "accepted"


def test_apply_reviews_reads_decisions_by_span_onto_records_with_new_ids(db: Path) -> None:
    with Store(db) as store:
        event = first_event(store)
        review.edit(store, "event", event.id, "actor1", "Test Front", reviewer="ana")
        review.reject(store, "event", store.events()[1].id, reviewer="ana")
        machine = event.model_copy(update={"id": "renumbered"})
        assert review.apply_reviews(store, [machine])[0].actor1 == "Test Front"
        kept = review.apply_reviews(store, store.events(), drop_rejected=True)
        assert len(kept) == len(store.events()) - 1


def test_undo_restores_the_value_before_and_is_itself_logged(db: Path) -> None:
    with Store(db) as store:
        event = first_event(store)
        first = review.edit(store, "event", event.id, "actor1", "First", reviewer="ana")
        second = review.edit(store, "event", event.id, "actor1", "Second", reviewer="ana")
        review.undo(store, second.action_id, reviewer="ana", why="typo")
        assert store.events(event_id=event.id)[0].actor1 == "First"
        review.undo(store, first.action_id, reviewer="ana")
        assert store.events(event_id=event.id)[0].actor1 == event.actor1
        with pytest.raises(ConfigError, match="already undone"):
            review.undo(store, first.action_id, reviewer="ana")
        actions = [row["action"] for row in log_store.log(store)]
    assert actions == ["edit", "edit", "undo", "undo"]


def test_a_merge_outlives_relinking_and_a_split_keeps_a_report_apart(db: Path) -> None:
    with Store(db) as store:
        events = store.events()
        a, b = events[0], events[-1]
        assert a.incident_id != b.incident_id
        review.merge(store, [a.incident_id, b.incident_id], reviewer="ana", why="same ambush")
        link_events(store, rebuild=True)
        assert store.events(event_id=a.id)[0].incident_id == store.events(event_id=b.id)[0].incident_id
        result = review.split(store, b.id, reviewer="ana")
        link_events(store, rebuild=True)
        assert store.events(event_id=a.id)[0].incident_id != store.events(event_id=b.id)[0].incident_id
        review.undo(store, result.action_id, reviewer="ana")
        assert store.events(event_id=a.id)[0].incident_id == store.events(event_id=b.id)[0].incident_id


def test_exports_can_be_limited_to_reviewed_records(db: Path, tmp_path: Path) -> None:
    with Store(db) as store:
        event = first_event(store)
        review.accept(store, "event", event.id, reviewer="ana")
        out = tmp_path / "reviewed.csv"
        assert exporting.export_events(store, "csv", str(out), EventFilter(reviewed=True)) == 1
        assert exporting.export_events(store, "csv", str(tmp_path / "all.csv"), EventFilter()) == len(store.events())
    assert EventFilter(reviewed=True).options() == ["--reviewed"]


def test_the_queue_puts_unreviewed_records_that_need_a_person_first(db: Path) -> None:
    with Store(db) as store:
        items = review.queue(store)
        assert items == sorted(items, key=lambda i: -i.priority)
        assert all(item.reasons for item in items[:3])
        done = items[0]
        review.accept(store, done.kind, done.id, reviewer="ana")
        assert done.id not in {i.id for i in review.queue(store)}
        assert done.id in {i.id for i in review.queue(store, pending_only=False)}


def test_every_span_of_a_record_is_listed_for_highlighting(db: Path) -> None:
    with Store(db) as store:
        event = first_event(store)
        document = store.document(event.document_id)
    spans = review.spans_of(event)
    assert {"trigger", "actor1"} <= {name for name, _ in spans}
    assert all(document is not None and document.text[s.start:s.end] == s.text for _, s in spans)


def test_a_rejected_event_leaves_default_exports_and_reports(db: Path, tmp_path: Path) -> None:
    from sitrep.report.queries import period_summary

    with Store(db) as store:
        total = exporting.export_events(store, "csv", str(tmp_path / "before.csv"), EventFilter())
        event = first_event(store)
        review.reject(store, "event", event.id, reviewer="ana", why="not an event")
        assert exporting.export_events(store, "csv", str(tmp_path / "after.csv"), EventFilter()) == total - 1
        assert event.id not in (tmp_path / "after.csv").read_text(encoding="utf-8")
        everything = EventFilter(include_rejected=True)
        assert exporting.export_events(store, "csv", str(tmp_path / "all.csv"), everything) == total
        assert period_summary(store, EventFilter()).reviewed == (0, total - 1)


def test_the_report_says_how_many_event_reports_a_reviewer_accepted(db: Path) -> None:
    from sitrep.report.period import footer_text
    from sitrep.report.queries import period_summary

    with Store(db) as store:
        review.accept(store, "event", first_event(store).id, reviewer="ana")
        summary = period_summary(store, EventFilter())
    accepted, selected = summary.reviewed
    assert accepted == 1 and selected > 1
    assert f"1 of {selected} event reports checked and accepted by a reviewer" in footer_text(summary)


def test_claims_export_leaves_rejected_claims_out_and_can_keep_only_reviewed_ones(db: Path, tmp_path: Path) -> None:
    with Store(db) as store:
        claims = store.claims()
        assert len(claims) >= 2
        every = exporting.export_claims(store, "jsonl", str(tmp_path / "all.jsonl"))
        review.reject(store, "claim", claims[0].id, reviewer="ana")
        review.accept(store, "claim", claims[1].id, reviewer="ana")
        assert exporting.export_claims(store, "jsonl", str(tmp_path / "kept.jsonl")) == every - 1
        assert exporting.export_claims(store, "jsonl", str(tmp_path / "vetted.jsonl"), reviewed=True) == 1
    assert claims[1].id in (tmp_path / "vetted.jsonl").read_text(encoding="utf-8")
    assert claims[0].id not in (tmp_path / "kept.jsonl").read_text(encoding="utf-8")


def test_after_an_undo_the_state_names_who_decided_it_not_who_undid_it(db: Path) -> None:
    with Store(db) as store:
        event = first_event(store)
        review.edit(store, "event", event.id, "actor1", "Test Front", reviewer="ana")
        accepted = review.accept(store, "event", event.id, reviewer="ben")
        review.undo(store, accepted.action_id, reviewer="cai", why="accepted too soon")
        state = log_store.states(store, "event")[("event", event.id)]
    assert (state["state"], state["reviewer"]) == ("edited", "ana")
