"""Linking in the store: incremental, reversible, persisted through the one write path; the incident view."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from sitrep.analyze.incidents import incident_key, incidents, merge_counts
from sitrep.analyze.linking import link_events, unlink
from sitrep.errors import ConfigError, StoreError
from sitrep.model import Count, Document, Event, Extraction, Place, Span
from sitrep.store import Store
from sitrep.store import incidents as stored
from sitrep.store.migrations import MIGRATIONS

HAJIN = Place(name="Hajin", country="SY", admin1="Deir ez-Zor", admin1_code="SY-DY", locality="Hajin",
              latitude=34.69, longitude=40.83, geo_precision=1)
DEIR = Place(name="Deir ez-Zor", country="SY", admin1="Deir ez-Zor", admin1_code="SY-DY", geo_precision=3)


def extraction(n: int, text: str, *, source: str | None, day: date = date(2020, 8, 3), place: Place | None = HAJIN,
               killed: int | None = 4, status: str = "reported", claimant: str | None = None,
               actor1: str | None = "Islamic State", url: str | None = None, published: date | None = None,
               events: int = 1) -> Extraction:
    """A document from ``source`` telling one attack (or ``events`` attacks on consecutive days)."""
    document = Document.from_text(text, source=source, url=url if url is not None else
                                  (f"https://{source.lower().replace(' ', '')}.example/{n}" if source else None),
                                  published=published or day)
    found = []
    for k in range(events):
        when = date.fromordinal(day.toordinal() + 3 * k)
        found.append(Event(
            id=f"e{n}-{k}", document_id=document.id, date_start=when, date_end=when, time_precision=1,
            event_type="Battles", sub_event_type="Armed clash", tactics=["clash"], actor1=actor1,
            actor2="Syrian Democratic Forces", target_category="military", place=place,
            places=[place] if place else [], killed=Count(low=killed, best=killed) if killed is not None else None,
            status=status, claimant=claimant, spans={"event": Span(start=0, end=len(text), text=text)}))  # type: ignore[arg-type]
    return Extraction(document=document, events=found)


FIVE = [
    extraction(1, "IS fighters attacked an SDF checkpoint in Hajin on Monday, killing four SDF members.",
               source="Euphrates Post"),
    extraction(2, "Four SDF fighters died on 3 August when IS militants stormed their post at Hajin.",
               source="Levant Wire", published=date(2020, 8, 4)),
    extraction(3, "HAJIN — Militants killed four members of the Syrian Democratic Forces at a checkpoint.",
               source="Jazira Herald", killed=5, published=date(2020, 8, 4)),
    extraction(4, "Soldiers of the caliphate attacked the apostates in Hajin, killing seven of them.",
               source="Amaq News Agency", killed=7, status="claimed", claimant="Islamic State"),
    extraction(5, "An attack on an SDF checkpoint in Hajin, Deir ez-Zor, killed four fighters, sources said.",
               source="Orontes Review", published=date(2020, 8, 5)),
]


@pytest.fixture
def store() -> Store:
    with Store(":memory:") as opened:
        yield opened


def test_five_reports_of_one_attack_are_one_incident_with_five_sources(store: Store) -> None:
    for x in FIVE:
        store.save(x)
    result = link_events(store)
    assert (result.events, result.incidents) == (5, 1)
    [incident] = incidents(store)
    assert len(incident.sources) == 5
    assert {s.outlet for s in incident.sources} == {"Euphrates Post", "Levant Wire", "Jazira Herald",
                                                    "Amaq News Agency", "Orontes Review"}
    assert all(s.url and s.document_id for s in incident.sources)


def test_a_claim_plus_independent_reports_is_both_claimed_and_confirmed(store: Store) -> None:
    for x in FIVE:
        store.save(x)
    link_events(store)
    [incident] = incidents(store)
    assert incident.claimed and incident.confirmed and incident.status == "confirmed"
    assert incident.claimants == ["Islamic State"]
    amaq = next(s for s in incident.sources if s.outlet == "Amaq News Agency")
    assert not amaq.independent and amaq.note.startswith("claimed")
    assert incident.independent_outlets == 4


def test_counts_merge_ucdp_style_low_min_best_max_of_independent_high_max_of_all(store: Store) -> None:
    for x in FIVE:
        store.save(x)
    link_events(store)
    [incident] = incidents(store)
    assert incident.killed == Count(low=4, best=5, high=7)


def test_the_incident_takes_the_earliest_date_and_the_most_precise_place(store: Store) -> None:
    store.save(extraction(11, "An attack in Deir ez-Zor killed four SDF fighters on Tuesday.", source="A",
                          place=DEIR, day=date(2020, 8, 3)))
    store.save(extraction(12, "IS killed four SDF fighters at Hajin on 3 August.", source="B"))
    link_events(store)
    [incident] = incidents(store)
    assert incident.date_start == date(2020, 8, 3)
    assert incident.place is not None and incident.place.locality == "Hajin" and incident.place.geo_precision == 1


def test_an_outlet_copying_another_does_not_confirm(store: Store) -> None:
    text = "IS fighters attacked an SDF checkpoint in Hajin on Monday, killing four SDF members, sources said."
    store.save(extraction(21, text, source="Euphrates Post"))
    store.save(extraction(22, text + " The checkpoint guards the river road.", source="Copy Daily"))
    link_events(store)
    [incident] = incidents(store)
    assert incident.independent_outlets == 1 and not incident.confirmed and incident.status == "reported"
    assert any(s.copy_of for s in incident.sources)


def test_two_reports_by_one_outlet_count_once(store: Store) -> None:
    store.save(extraction(31, "IS attacked an SDF post in Hajin on Monday, killing four.", source="Levant Wire"))
    store.save(extraction(32, "Update: four SDF fighters were killed in Hajin on Monday.", source="Levant Wire",
                          url="https://levantwire.example/update"))
    link_events(store)
    [incident] = incidents(store)
    assert incident.independent_outlets == 1 and not incident.confirmed


def test_the_claimants_own_media_is_not_independent(store: Store) -> None:
    store.save(extraction(41, "Fighters of the Islamic State attacked the SDF in Hajin.", source="Amaq"))
    store.save(extraction(42, "IS attacked an SDF post in Hajin on Monday, killing four.", source="Levant Wire"))
    link_events(store)
    [incident] = incidents(store)
    amaq = next(s for s in incident.sources if s.outlet == "Amaq")
    assert not amaq.independent and "speaks for" in amaq.note
    assert incident.claimed and not incident.confirmed


def test_new_documents_join_existing_incidents(store: Store) -> None:
    store.save(FIVE[0])
    store.save(FIVE[1])
    first = link_events(store)
    assert (first.events, first.incidents, first.joined) == (2, 1, 0)
    [before] = incidents(store)
    for x in FIVE[2:]:
        store.save(x)
    second = link_events(store)
    assert (second.events, second.joined) == (3, 3)
    [after] = incidents(store)
    assert after.id == before.id and len(after.sources) == 5
    assert link_events(store).events == 0  # nothing new: nothing to do


def test_unlink_gives_the_event_its_own_incident_and_later_runs_keep_it_apart(store: Store) -> None:
    for x in FIVE:
        store.save(x)
    link_events(store)
    incident = unlink(store, "e2-0")
    assert stored.pinned_events(store) == {"e2-0"}
    assert link_events(store, rebuild=True).incidents == 2
    found = {i.id: i for i in incidents(store)}
    assert found[incident].event_ids == ["e2-0"]
    assert len(found) == 2


def test_unlinking_an_unknown_event_says_how_to_find_one(store: Store) -> None:
    with pytest.raises(ConfigError, match=r"no event with id 'nope'.*sitrep incidents"):
        unlink(store, "nope")


def test_incident_ids_go_through_the_write_path_and_are_recorded(tmp_path: Path) -> None:
    path = tmp_path / "db.duckdb"
    with Store(path) as store:
        for x in FIVE[:2]:
            store.save(x)
        link_events(store)
        links = stored.links(store)
        assert [row["method"] for row in links] == ["linked", "linked"]
        assert {e.incident_id for e in store.events()} == {links[0]["incident_id"]}
    with Store(path, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        stored.assign(store, {"e1-0": "x"})


def test_a_failed_write_changes_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    for x in FIVE[:2]:
        store.save(x)
    original = stored.Store._write

    def failing(self: Store, fn, *, what: str):  # type: ignore[no-untyped-def]
        def boom(con):  # type: ignore[no-untyped-def]
            fn(con)
            raise RuntimeError("disk full")
        return original(self, boom, what=what)

    monkeypatch.setattr(stored.Store, "_write", failing)
    with pytest.raises(RuntimeError):
        link_events(store)
    monkeypatch.undo()
    assert {e.incident_id for e in store.events()} == {None}
    assert stored.links(store) == []


def test_migration_two_adds_the_incident_links_table(store: Store) -> None:
    assert MIGRATIONS[1].version == 2 and store.schema_version >= 2
    columns = {row["column_name"] for row in store.query(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'incident_links'")}
    assert columns == {"event_id", "incident_id", "method", "linked_at"}


def test_events_never_linked_are_incidents_of_their_own(store: Store) -> None:
    store.save(FIVE[0])
    [incident] = incidents(store)
    [event] = store.events()
    assert incident.id == incident_key(event) and incident.event_ids == [event.id]


def test_events_of_one_document_stay_apart_in_the_store(store: Store) -> None:
    store.save(extraction(51, "Two attacks in Hajin: on Monday and again on Thursday.", source="X", events=2))
    assert link_events(store).incidents == 2


def test_counts_without_any_figure_stay_empty() -> None:
    assert merge_counts([None, Count()], [True, True]) is None
    assert merge_counts([Count(low=2, best=2), Count(low=3, best=3, high=5)], [True, False]) == Count(
        low=2, best=2, high=5)


RAQQA = Place(name="Tabqa", country="SY", admin1="Raqqa", admin1_code="SY-RA", locality="Tabqa",
              latitude=35.84, longitude=38.55, geo_precision=1)


def test_linking_reads_only_stored_events_that_share_a_block_with_the_new_ones(store: Store) -> None:
    store.save(FIVE[0])
    store.save(extraction(20, "IS fighters attacked an SDF post in Tabqa, killing four.", source="Raqqa Wire",
                          place=RAQQA))
    store.save(extraction(21, "Fighting near Hajin weeks later killed four SDF members.", source="Levant Wire",
                          day=date(2020, 9, 20)))
    store.save(extraction(22, "Fighting somewhere in Syria killed four.", source="Syria Desk",
                          place=Place(name="Syria", country="SY", geo_precision=4)))
    block = stored.Block(date(2020, 8, 1), date(2020, 8, 5), "SY", "SY-DY")
    found = {e.id for e in stored.load_link_events(store, blocks=[block])}
    # Another governorate and other dates are left out; a report known only to its country may be anywhere in it.
    assert found == {"e1-0", "e22-0"}
    anywhere = {e.id for e in stored.load_link_events(store, blocks=[stored.Block(date(2020, 8, 1),
                                                                                  date(2020, 8, 5))])}
    assert anywhere == {"e1-0", "e20-0", "e22-0"}


def test_linking_records_carry_the_event_span_text_and_the_scored_values_only(store: Store) -> None:
    store.save(FIVE[0])
    [event] = stored.load_link_events(store)
    assert event.spans["event"].text == FIVE[0].events[0].spans["event"].text
    assert (event.place.admin1_code, event.killed.best, event.actor1) == ("SY-DY", 4, "Islamic State")
    assert event.trace == {} and event.source is None
    heads = stored.load_document_heads(store, [event.document_id], length=10)
    assert heads[event.document_id].text == FIVE[0].document.text[:10]


def test_a_new_report_in_another_governorate_does_not_join_a_stored_incident(store: Store) -> None:
    for x in FIVE[:2]:
        store.save(x)
    link_events(store)
    store.save(extraction(30, "IS fighters attacked an SDF checkpoint in Tabqa on Monday, killing four SDF members.",
                          source="Raqqa Wire", place=RAQQA))
    result = link_events(store)
    assert (result.events, result.joined) == (1, 0)


def test_stored_reports_dated_to_the_day_a_day_off_are_read_only_where_they_could_link(store: Store) -> None:
    # Stored: the day before (exact date, by day), the day before at night, two days before (exact), two days
    # before with a vague date. A new report dated to the day, not at night, can link with none but the night
    # one and the vague one (the date conflicts keep the others below the threshold): only they are read.
    from sitrep.analyze.linking import FEATURES_VERSION, _blocks_of, _reach, store_features

    store.save(extraction(30, "IS fighters attacked an SDF post in Hajin, killing four.", source="A Wire",
                          day=date(2020, 8, 2)))
    store.save(extraction(31, "Overnight, IS fighters attacked an SDF post in Hajin, killing four.",
                          source="B Wire", day=date(2020, 8, 2)))
    store.save(extraction(32, "Islamic State fighters struck an SDF post in Hajin; four died.", source="C Wire",
                          day=date(2020, 8, 1)))
    vague = extraction(33, "Early in August IS fighters hit an SDF post in Hajin, killing four.", source="D Wire",
                       day=date(2020, 8, 1))
    vague.events[0].time_precision = 2
    store.save(vague)
    store_features(store)
    reach = _reach(0.70)
    blocks = _blocks_of({("SY", "SY-DY"): [(date(2020, 8, 3), reach(True, False))]})
    selection = stored.link_where(blocks=blocks, version=FEATURES_VERSION)
    assert selection is not None
    found = {row["id"] for row in store.query(f"SELECT e.id FROM events e {selection[0]}", selection[1])}
    assert found == {"e31-0", "e33-0"}
    # At night the new report may be dated a day off itself; below the bound every report of the window is read.
    blocks = _blocks_of({("SY", "SY-DY"): [(date(2020, 8, 3), reach(True, True))]})
    selection = stored.link_where(blocks=blocks, version=FEATURES_VERSION)
    assert selection is not None
    found = {row["id"] for row in store.query(f"SELECT e.id FROM events e {selection[0]}", selection[1])}
    assert found == {"e30-0", "e31-0", "e33-0"}
    blocks = _blocks_of({("SY", "SY-DY"): [(date(2020, 8, 3), _reach(0.6)(True, False))]})
    selection = stored.link_where(blocks=blocks, version=FEATURES_VERSION)
    assert selection is not None
    found = {row["id"] for row in store.query(f"SELECT e.id FROM events e {selection[0]}", selection[1])}
    assert found == {"e30-0", "e31-0", "e32-0", "e33-0"}
    # A feature row that is not the event's now (edited, re-extracted) says nothing of the night: the event is read.
    store._write(lambda con: con.execute("UPDATE link_features SET written = 0 WHERE event_id = 'e30-0'"),
                 what="make a feature row stale")
    blocks = _blocks_of({("SY", "SY-DY"): [(date(2020, 8, 3), reach(True, False))]})
    selection = stored.link_where(blocks=blocks, version=FEATURES_VERSION)
    assert selection is not None
    found = {row["id"] for row in store.query(f"SELECT e.id FROM events e {selection[0]}", selection[1])}
    assert found == {"e30-0", "e31-0", "e33-0"}


def test_linking_leaves_the_garbage_collector_as_it_found_it(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # A run switches the collector off while it works (see link_events); the caller's setting comes back, after a
    # failed run too, and a caller that had it off keeps it off.
    import gc

    for x in FIVE[:2]:
        store.save(x)
    assert gc.isenabled()
    original = stored.Store._write

    def failing(self: Store, fn, *, what: str):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(stored.Store, "_write", failing)
    with pytest.raises(RuntimeError):
        link_events(store)
    assert gc.isenabled()
    monkeypatch.setattr(stored.Store, "_write", original)
    gc.disable()
    try:
        assert link_events(store).incidents == 1
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("model, values", [
    (Event, {"id": "e1", "document_id": "d1", "date_start": date(2020, 8, 3), "event_type": "Battles",
             "place": HAJIN, "places": [HAJIN, DEIR], "killed": Count(best=4, vague=False),
             "spans": {"event": Span(start=0, end=4, text="Four")}}),
    (Place, {"name": "Hajin", "country": "SY", "latitude": 34.69, "longitude": 40.83, "geo_precision": 1}),
    (Count, {"best": 12, "vague": True}),
    # (the clock's default given: it differs between two calls of its factory)
    (Document, {"id": "d1", "text": "A dateline and the opening", "ingested_at": datetime(2020, 8, 4, tzinfo=UTC)}),
])
def test_light_records_read_back_for_linking_are_the_records_model_construct_makes(model, values) -> None:  # type: ignore[no-untyped-def]
    # Linking builds them without pydantic's walk over the fields; what it reads must be what the walk gave.
    from sitrep.model import trusted_record

    defaults = {name: info.get_default(call_default_factory=True) for name, info in model.model_fields.items()
                if not info.is_required()}
    fast, slow = trusted_record(model, values), model.model_construct(**{**defaults, **values})
    assert fast == slow and fast.model_fields_set == slow.model_fields_set
    assert list(fast.__dict__) == list(slow.__dict__)
    assert fast.model_dump_json() == slow.model_dump_json()
