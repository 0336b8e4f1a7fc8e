"""Stored linking features (migration 10): linking reads stored reports' features, fills them lazily, and never
trusts a stale row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest

from sitrep.analyze import review, similarity
from sitrep.analyze.linking import link, link_events, store_features
from sitrep.model import Count, Document, Event, Extraction, Place, Span
from sitrep.store import Store, link_features, migrations
from sitrep.store import incidents as stored
from sitrep.store.migrations import MIGRATIONS

TOWN = Place(
    name="Tal Sabah",
    country="SY",
    admin1="Deir ez-Zor",
    admin1_code="SY-DY",
    locality="Tal Sabah",
    latitude=35.01,
    longitude=40.52,
    geo_precision=1,
)


def report(n: int, text: str, *, day: date = date(2021, 5, 9), killed: int = 3, place: Place = TOWN) -> Extraction:
    """One outlet's document telling one ambush (texts written for this test)."""
    document = Document.from_text(text, source=f"Outlet {n}", url=f"https://outlet{n}.example/a", published=day)
    event = Event(
        id=f"f{n}",
        document_id=document.id,
        date_start=day,
        date_end=day,
        time_precision=1,
        event_type="Battles",
        sub_event_type="Armed clash",
        tactics=["ambush"],
        actor1="Islamic State",
        actor2="Syrian Democratic Forces",
        place=place,
        places=[place],
        killed=Count(low=killed, best=killed),
        spans={"event": Span(start=0, end=len(text), text=text)},
    )  # type: ignore[arg-type]
    return Extraction(document=document, events=[event])


FIRST = report(1, "Gunmen ambushed a patrol of the Syrian Democratic Forces near Tal Sabah, killing three of them.")
SECOND = report(2, "Three SDF members died when militants ambushed their patrol outside Tal Sabah on Sunday.")
THIRD = report(3, "An ambush on an SDF patrol near Tal Sabah left three fighters dead, a monitor said.")


@pytest.fixture
def store() -> Store:
    with Store(":memory:") as opened:
        yield opened


def _rows(store: Store) -> dict[str, dict[str, object]]:
    return {row["event_id"]: row for row in store.query("SELECT * FROM link_features")}


def test_a_linking_run_stores_the_features_of_the_reports_it_reads(store: Store) -> None:
    store.save(FIRST)
    link_events(store)
    assert set(_rows(store)) == {"f1"}
    store.save(SECOND)
    result = link_events(store)
    assert result.joined == 1
    rows = _rows(store)
    assert set(rows) == {"f1", "f2"}
    assert rows["f2"]["day"] == date(2021, 5, 9).toordinal() and rows["f2"]["killed"] == 3
    assert "patrol" in str(rows["f2"]["words"]).split()


def test_stored_features_score_as_features_built_from_the_records(store: Store) -> None:
    for x in (FIRST, SECOND, THIRD):
        store.save(x)
    assert store_features(store) == 3
    assert store_features(store) == 0  # nothing left to compute
    where, params = stored.link_where() or ("", [])
    table = link_features.read(store, where, params, version=similarity.FEATURES_VERSION)
    assert table["stored"].all()
    read = similarity.features_from_columns(table)
    events = [e for x in (FIRST, SECOND, THIRD) for e in x.events]
    built = similarity.build_features(events, {x.document.id: x.document for x in (FIRST, SECOND, THIRD)})
    i, j = np.array([0, 0, 1]), np.array([1, 2, 2])
    assert np.allclose(similarity.score_pairs(read, i, j)[0], similarity.score_pairs(built, i, j)[0])


def test_a_store_without_features_links_as_before_and_fills_them(store: Store) -> None:
    """A database upgraded from before migration 10 has no features: the run computes those it reads."""
    for x in (FIRST, SECOND):
        store.save(x)
    link_events(store)
    store._write(lambda con: con.execute("DELETE FROM link_features"), what="forget the features")
    store.save(THIRD)
    result = link_events(store)
    assert (result.events, result.joined) == (1, 1)
    assert set(_rows(store)) == {"f1", "f2", "f3"}
    assert len({e.incident_id for e in store.events()}) == 1


def test_an_edited_report_gets_its_features_recomputed(store: Store) -> None:
    """The review desk may change a stored event: the edit gives its row a new stamp, so its feature row is not
    used, and the next run computes the features again."""
    store.save(FIRST)
    link_events(store)
    review.edit(store, "event", "f1", "killed", "30", reviewer="ana", why="the ministry's later toll")
    where, params = stored.link_where() or ("", [])
    assert not link_features.read(store, where, params, version=similarity.FEATURES_VERSION)["stored"].any()
    store.save(SECOND)
    link_events(store)
    assert _rows(store)["f1"]["killed"] == 30
    assert link_features.read(store, where, params, version=similarity.FEATURES_VERSION)["stored"].all()
    # Rows of another feature version are not used either.
    assert not link_features.read(store, where, params, version=similarity.FEATURES_VERSION + 1)["stored"].any()


NEXT_DAY = report(2, "Three SDF members died when militants ambushed their patrol outside Tal Sabah on Monday.",
                  day=date(2021, 5, 10))


def _redated(store: Store) -> None:
    """A reviewer corrects the first report's date by a day: it now tells the ambush of May 10 (its stored features
    still say May 9, a day off, which keeps two reports dated to the day apart)."""
    review.edit(store, "event", "f1", "date_start", "2021-05-10", reviewer="ana", why="the ambush was on Monday")


def test_a_report_edited_after_its_features_were_stored_is_linked_on_its_edited_values(store: Store) -> None:
    store.save(FIRST)
    link_events(store)
    assert "f1" in _rows(store)
    _redated(store)
    store.save(NEXT_DAY)
    assert link_events(store).joined == 1
    incidents = {e.id: e.incident_id for e in store.events()}
    assert incidents["f1"] == incidents["f2"]
    assert _rows(store)["f1"]["day"] == date(2021, 5, 10).toordinal()


def test_stale_features_would_have_kept_the_edited_report_apart(store: Store) -> None:
    """The control of the test above: the same edit, but the feature row made to look current again (its stamp
    set to the event's), scores the edited report on the date it had before the edit and leaves it apart."""
    store.save(FIRST)
    link_events(store)
    _redated(store)
    store._write(lambda con: con.execute("UPDATE link_features SET written = e.written FROM events e "
                                         "WHERE e.id = link_features.event_id"), what="pretend the row is current")
    store.save(NEXT_DAY)
    assert link_events(store).joined == 0


def test_a_re_extracted_report_gets_its_features_recomputed(store: Store) -> None:
    """Re-extraction keeps event ids but may read another sentence (the words and the night flag come from the
    event's text): the rewritten event has a new stamp, so its stored features are not used."""
    store.save(FIRST)
    link_events(store)
    assert _rows(store)["f1"]["night"] is False
    again = FIRST.model_copy(deep=True)
    text = "Overnight, gunmen ambushed a patrol near Tal Sabah."
    again.events[0].spans = {"event": Span(start=0, end=len(text), text=text)}
    store.replace_extraction(again)
    where, params = stored.link_where() or ("", [])
    assert not link_features.read(store, where, params, version=similarity.FEATURES_VERSION)["stored"].any()
    assert store_features(store) == 1
    row = _rows(store)["f1"]
    assert row["night"] is True and "overnight" in str(row["words"]).split()


def test_a_store_from_before_the_stamps_keeps_only_its_current_feature_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 14: a feature row that matched its event's column hash (the test before the stamps) is kept and
    takes the event's stamp; a stale one is deleted, and the next run computes it again."""
    db = tmp_path / "old.duckdb"
    before = [m for m in MIGRATIONS if m.version < 14]
    monkeypatch.setattr(migrations, "MIGRATIONS", before)
    with Store(db) as old:
        old.save(FIRST)
        old.save(SECOND)
        # Rows as a run before migration 14 wrote them: f1 current (its fingerprint the hash of its columns),
        # f2 stale (its event edited since).
        old._write(lambda con: con.execute(
            "INSERT INTO link_features (event_id, version, fingerprint, day, precise, admin1_alt, localities, loose, "
            "own, tactics, claimed, night, words) SELECT e.id, ?, CASE WHEN e.id = 'f1' THEN "
            f"{migrations._OLD_FINGERPRINT} ELSE 0 END, 7, true, [], [], [], false, 0, false, false, 'patrol' "
            "FROM events e", [similarity.FEATURES_VERSION]), what="store features as before migration 14")
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS)
    with Store(db) as store:
        assert store.schema_version >= 14
        kept = store.query("SELECT f.event_id, f.day, f.written = e.written AS current FROM link_features f "
                           "JOIN events e ON e.id = f.event_id")
        assert kept == [{"event_id": "f1", "day": 7, "current": True}]
        written = [row["written"] for row in store.query("SELECT written FROM events ORDER BY id")]
        assert None not in written and len(set(written)) == 2
        store.save(THIRD)
        assert store.query("SELECT count(DISTINCT written) AS n FROM events")[0]["n"] == 3


def test_incremental_linking_agrees_with_linking_the_records(store: Store) -> None:
    far = report(4, "Militants attacked a checkpoint near Tal Sabah, killing three.", day=date(2021, 5, 20))
    for x in (FIRST, SECOND):
        store.save(x)
    link_events(store)
    for x in (THIRD, far):
        store.save(x)
    link_events(store)
    got = {e.id: e.incident_id for e in store.events()}
    expected = link(
        [e for x in (FIRST, SECOND, THIRD, far) for e in x.events],
        documents={x.document.id: x.document for x in (FIRST, SECOND, THIRD, far)},
    )
    assert (got["f1"] == got["f2"] == got["f3"]) and got["f4"] != got["f1"]
    assert (expected["f1"] == expected["f3"]) and expected["f4"] != expected["f1"]


def test_store_features_drops_the_rows_of_events_no_longer_stored(store: Store) -> None:
    store.save(FIRST)
    store_features(store)
    store._write(lambda con: con.execute("DELETE FROM events WHERE id = 'f1'"), what="drop an event")
    store.save(SECOND)
    assert store_features(store) == 1
    assert set(_rows(store)) == {"f2"}


def test_features_computed_a_chunk_at_a_time_link_as_in_one_go(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long ingest's events get their features a chunk at a time (bounded memory): the incidents are the same."""
    from sitrep.analyze import linking

    far = report(4, "Militants attacked a checkpoint near Tal Sabah, killing three.", day=date(2021, 5, 20))
    batch = (FIRST, SECOND, THIRD, far)
    for x in batch:
        store.save(x)
    link_events(store)
    whole = {e.id: e.incident_id for e in store.events()}
    with Store(":memory:") as chunked:
        for x in batch:
            chunked.save(x)
        monkeypatch.setattr(linking, "CHUNK", 1)
        result = link_events(chunked)
        assert result.events == 4
        assert {e.id: e.incident_id for e in chunked.events()} == whole
        assert set(_rows(chunked)) == {"f1", "f2", "f3", "f4"}
    assert whole["f1"] == whole["f2"] == whole["f3"] != whole["f4"]


def test_numbered_features_score_as_the_strings_do(store: Store) -> None:
    """read_coded numbers the string columns in DuckDB: the pair scores are those of the features read as text."""
    for x in (FIRST, SECOND, THIRD):
        store.save(x)
    store_features(store)
    where, params = stored.link_where() or ("", [])
    text = similarity.features_from_columns(
        link_features.read(store, where, params, version=similarity.FEATURES_VERSION)
    )
    coded_table = link_features.read_coded(store, [(where, params)], version=similarity.FEATURES_VERSION)
    assert coded_table["stored"].all() and list(coded_table["id"]) == ["f1", "f2", "f3"]
    coded = similarity.features_from_columns(coded_table)
    i, j = np.array([0, 0, 1]), np.array([1, 2, 2])
    assert np.array_equal(similarity.score_pairs(coded, i, j)[0], similarity.score_pairs(text, i, j)[0])
    assert (coded.doc >= 0).all() and len(set(coded.doc.tolist())) == 3


def test_an_event_two_selections_hold_is_read_once_with_the_first(store: Store) -> None:
    """read_coded reads an event picked by two selections once, in the first one's part: linking asks for the new
    reports and for the stored reports of their days and places, and the new reports are among those too."""
    for x in (FIRST, SECOND, THIRD):
        store.save(x)
    store_features(store)
    first = stored.link_where(event_ids=["f2"])
    around = stored.link_where(blocks=[stored.Block(date(2021, 5, 8), date(2021, 5, 10), "SY", "SY-DY")],
                               version=similarity.FEATURES_VERSION)
    assert first is not None and around is not None
    table = link_features.read_coded(store, [first, around], version=similarity.FEATURES_VERSION, members=True)
    assert list(table["id"]) == ["f2", "f1", "f3"]
    assert list(table["part"]) == [0, 1, 1]


def test_features_of_more_than_a_thousand_events_are_stored_as_given_whatever_the_first_thousand_hold(
    store: Store,
) -> None:
    # The columns reach DuckDB as Python objects it types from their values: the last events' values (a float after
    # whole numbers, words after empty lists, a text after nothing) must come back as given, not as the type the
    # first thousand suggested.
    from sitrep.store import bulk

    n, later = 1_200, 200
    reports = [report(i, f"Report {i}: gunmen ambushed a patrol near Tal Sabah.") for i in range(n)]
    bulk.save_batch(store, reports)
    ids = [r.events[0].id for r in reports]
    early = {"INTEGER": None, "BIGINT": 0, "BOOLEAN": False, "VARCHAR": None, "VARCHAR[]": [], "DOUBLE": 0}
    late = {"INTEGER": 7, "BIGINT": 2**40, "BOOLEAN": True, "VARCHAR": "Tal Sabah", "VARCHAR[]": ["SY-DY", "Deir"],
            "DOUBLE": 35.01}
    columns = {name: [early[kind]] * (n - later) + [late[kind]] * later for name, kind in link_features._TYPES.items()}
    columns["words"][: n - later] = [""] * (n - later)  # (a NOT NULL column)
    assert link_features.save(store, ids, columns, version=similarity.FEATURES_VERSION) == n
    stored_rows = _rows(store)
    for name in link_features._TYPES:
        assert [stored_rows[i][name] for i in ids] == columns[name], name


def test_reports_without_an_incident_or_a_feature_row_read_as_unknown_values(store: Store) -> None:
    """read_coded gives a report with no incident yet None for its incident, and one whose features are not stored
    (a new report, an edited one) the unknown values read gives (None words, False flags, -1 numbers), so linking
    computes its features rather than trusting anything read for it."""
    for x in (FIRST, SECOND):
        store.save(x)
    store_features(store)
    store.save(THIRD)  # stored after the features were: no feature row
    stored.assign(store, {"f1": "incident-one"})
    where, params = stored.link_where() or ("", [])
    coded = link_features.read_coded(store, [(where, params)], version=similarity.FEATURES_VERSION)
    text = link_features.read(store, where, params, version=similarity.FEATURES_VERSION)
    assert list(coded["id"]) == list(text["id"]) == ["f1", "f2", "f3"]
    assert list(coded["incident"]) == ["incident-one", None, None]
    assert list(coded["stored"]) == [True, True, False]
    assert coded["words"][2] is None and coded["words"][0] and coded["words"][1]
    for name in ("day", "precise", "own", "latitude", "longitude", "family", "tactics", "killed", "wounded",
                 "claimed", "night", "words"):
        assert np.array_equal(coded[name], text[name], equal_nan=coded[name].dtype.kind == "f"), name
    assert coded["tactics"][2] == -1 and not coded["night"][2] and not coded["precise"][2]


def test_a_linking_run_does_not_load_numpy_masked_arrays(tmp_path: Path) -> None:
    """Linking reads columns with gaps (new reports without an incident, reports without stored features) and asks
    for distinct values, yet never needs numpy.ma: importing it cost every ``sitrep link`` process 0.025-0.035 CPU s
    (issue 14: linking cost bounded by what is new)."""
    import subprocess
    import sys

    db = tmp_path / "linked.duckdb"
    with Store(str(db)) as opened:
        for x in (FIRST, SECOND):
            opened.save(x)
        link_events(opened)
        opened.save(THIRD)
    code = ("import sys; from sitrep.store import Store; from sitrep.analyze.linking import link_events; "
            "store = Store(sys.argv[1]); print(link_events(store).joined, 'numpy.ma' in sys.modules); store.close()")
    found = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, check=True)
    assert found.stdout.split() == ["1", "False"]
