"""Exports: ACLED's 31 columns and conventions (read back by ``sitrep eval``), SQLite for datasette, valid GeoJSON
of the located events, Parquet that keeps its types, JSON that reads back as the records that were stored, and every
format streamed rather than built in memory."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from sitrep.errors import ConfigError
from sitrep.evaluate.cli import eval_command
from sitrep.evaluate.readers import read_rows
from sitrep.model import Claim, Document, Event, Extraction, Span
from sitrep.report import EventFilter, ReportError, export_claims, export_events
from sitrep.report.acled import NOTE_SENTENCE, acled_actor
from sitrep.report.export import ACLED_COLUMNS, ACLED_EXTRA
from sitrep.store import Store
from sitrep.store.bulk import iter_batches
from sitrep.taxonomy import ActorTable
from test_report_data import build_store


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with build_store() as built:
        yield built


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_acled_csv_header_is_acleds_31_columns_then_ours(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    assert export_events(store, "acled-csv", path) == 9
    with path.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header == [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
        "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
        "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
        "event_id", "status", "claimant", "source_kind", "attribution", "attribution_by", "claimed", "claimmode",
        "guncertain1",
    ]
    assert len(ACLED_COLUMNS) == 31 and tuple(header) == ACLED_COLUMNS + ACLED_EXTRA


def test_acled_csv_follows_acled_conventions(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    export_events(store, "acled-csv", path)
    rows = {row["event_id"]: row for row in read_csv(path)}
    ambush = rows["e1"]
    assert ambush["event_id_cnty"] == "SYRe1" and ambush["iso"] == "760" and ambush["region"] == "Middle East"
    assert ambush["event_date"] == "2024-03-02" and ambush["year"] == "2024"
    assert ambush["disorder_type"] == "Political violence"
    assert ambush["country"] == "Syria"  # a name, not the ISO code
    assert ambush["fatalities"] == "4" and ambush["source"] == "Deir ez-Zor 24"
    assert ambush["location"] == "Shuhayl"
    assert rows["e3"]["fatalities"] == "0"  # no killed figure: ACLED writes 0
    assert rows["e3"]["country"] == "Iraq" and rows["e3"]["iso"] == "368"
    assert rows["e2"]["civilian_targeting"] == "Civilian targeting" and ambush["civilian_targeting"] == ""
    assert {row["timestamp"].isdigit() for row in rows.values()} == {True}


def test_acled_csv_names_actors_as_acled_does_with_interaction_codes(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    export_events(store, "acled-csv", path)
    rows = {row["event_id"]: row for row in read_csv(path)}
    ambush = rows["e1"]  # Islamic State against the SDF in Syria: two rebel groups
    assert ambush["actor1"] == "Islamic State (Syria)" and ambush["actor2"] == "SDF: Syrian Democratic Forces"
    assert (ambush["inter1"], ambush["inter2"], ambush["interaction"]) == ("2", "2", "22")
    assert rows["e5"]["actor1"] == "Islamic State (Iraq)"
    assert rows["e5"]["interaction"] == "20"  # one actor: its code and 0


def test_acled_actor_names_follow_the_country_of_the_event() -> None:
    table = ActorTable.load()
    assert acled_actor("Military Forces", "SO", table) == ("Military Forces of Somalia", 1)
    assert acled_actor("Police Forces", "KE", table) == ("Police Forces of Kenya", 1)
    assert acled_actor("Unidentified Armed Group", "SO", table) == ("Unidentified Armed Group (Somalia)", 3)
    assert acled_actor("Civilians", "KE", table) == ("Civilians (Kenya)", 7)
    assert acled_actor("Somali National Army", "SO", table) == ("Military Forces of Somalia", 1)
    assert acled_actor("Kenya Defence Forces", "SO", table) == ("Military Forces of Kenya", 8)  # abroad: external
    assert acled_actor("al-Shabaab", "SO", table) == ("Al Shabaab", 2)
    assert acled_actor("Popular Mobilization Forces", "IQ", table) == ("Popular Mobilization Forces", 3)
    assert acled_actor("Some New Front", "SO", table) == ("Some New Front", None)


def test_every_acled_row_is_dated_and_says_when_the_date_is_the_reports(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    export_events(store, "acled-csv", path)
    rows = {row["event_id"]: row for row in read_csv(path)}
    assert all(row["event_date"] and row["year"] for row in rows.values())
    undated = rows["e7"]  # no date in its sentence: the document's publication date, time precision 3
    assert undated["event_date"] == "2024-03-10" and undated["time_precision"] == "3"
    assert undated["notes"].startswith("Date not stated in the report; dated by the report's publication.")


def test_acled_notes_are_one_paragraph_from_fields_and_the_evidence(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    export_events(store, "acled-csv", path)
    rows = {row["event_id"]: row for row in read_csv(path)}
    note = rows["e1"]["notes"]
    assert note.startswith("On 2 March 2024, Armed clash by Islamic State (Syria) against SDF: Syrian Democratic "
                           "Forces in Shuhayl, Deir ez-Zor. 4 killed, up to 11 wounded. Claimed by Islamic State; "
                           "not independently verified. Source: \"On 2 March 2024 Islamic State fighters ambushed")
    assert note.endswith("(Deir ez-Zor 24, 2024-03-10).")
    # No 'event' span: the quote is the document's sentence around the event's first span, never the article.
    assert 'Source: "Unidentified gunmen abducted two shepherds, residents said."' in rows["e7"]["notes"]
    for row in rows.values():
        assert "\n" not in row["notes"] and len(row["notes"]) < 800


def test_a_long_evidence_span_is_quoted_up_to_a_word_boundary(tmp_path: Path) -> None:
    words = " ".join(["militants"] * 80)
    text = f"Fighters attacked {words} near the town"
    document = Document.from_text(text, source="Test Wire", published=date(2024, 1, 2))
    event = Event(id="long", document_id=document.id, date_start=date(2024, 1, 1), event_type="Battles",
                  sub_event_type="Armed clash", spans={"event": Span(start=0, end=len(text), text=text)})
    with Store(tmp_path / "long.duckdb") as store:
        store.save(Extraction(document=document, events=[event]))
        export_events(store, "acled-csv", tmp_path / "long.csv")
    note = read_csv(tmp_path / "long.csv")[0]["notes"]
    quoted = note.split('Source: "', 1)[1].split('"', 1)[0]
    assert quoted.endswith(" …") and quoted[:-2].endswith("militants") and len(quoted) <= NOTE_SENTENCE + 2


def test_an_acled_export_reads_back_with_sitrep_eval(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    export_events(store, "acled-csv", path)
    rows = list(read_rows(path, "acled"))
    assert len(rows) == 9
    by_date = {row.date_start for row in rows}
    assert date(2024, 3, 2) in by_date and None not in by_date
    assert {row.country for row in rows} == {"SY", "IQ", None}  # e7 has no place
    result = CliRunner().invoke(eval_command, [str(path), "--schema", "acled"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("sitrep eval: schema acled, 9 documents, ")


def test_sqlite_export_is_one_table_per_record_kind_with_the_stores_columns(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "sitrep.db"
    assert export_events(store, "sqlite", path) == 9
    connection = sqlite3.connect(path)
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == {"documents", "events", "claims", "figures", "checks", "spans", "incident_links"}
        for table in tables:
            columns = [r[1] for r in connection.execute(f'PRAGMA table_info("{table}")')]
            assert columns == [r["column_name"] for r in store.query(f"DESCRIBE {table}")], table
        counts = {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        assert counts["events"] == 9 and counts["documents"] == 4 and counts["claims"] == 1
        assert counts["figures"] == 8 and counts["checks"] == 2
        row = connection.execute("SELECT date_start, tactics, killed_best, latitude FROM events WHERE id = 'e1'")
        assert row.fetchone() == ("2024-03-02", '["ambush"]', 4, 35.23)
        assert connection.execute("SELECT json_extract(tactics, '$[0]') FROM events WHERE id = 'e1'").fetchone() \
            == ("ambush",)
    finally:
        connection.close()


def test_sqlite_export_keeps_only_the_selected_events_and_their_documents(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "iraq.db"
    assert export_events(store, "sqlite", path, EventFilter(country="IQ")) == 5
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT count(*) FROM events WHERE country <> 'IQ'").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM documents").fetchone() == (2,)
        assert connection.execute("SELECT count(*) FROM claims").fetchone() == (0,)
    finally:
        connection.close()


def test_sqlite_needs_a_file(store: Store) -> None:
    with pytest.raises(ConfigError, match="-o FILE"):
        export_events(store, "sqlite", io.StringIO())


def test_csv_has_every_event_with_its_source(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    export_events(store, "csv", path)
    rows = read_csv(path)
    assert len(rows) == 9  # exports are records: both reports of the Anbar incident are there
    first = next(r for r in rows if r["id"] == "e1")
    assert first["tactics"] == "ambush" and first["source"] == "Deir ez-Zor 24"
    assert first["url"] == "https://example.org/sy" and first["killed_best"] == "4" and first["killed_high"] == ""


def test_geojson_is_a_feature_collection_of_the_located_events(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    written = export_events(store, "geojson", path)
    data = json.loads(path.read_text(encoding="utf-8"))
    located = store.query("SELECT id, longitude, latitude FROM events "
                          "WHERE latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY id")
    assert data["type"] == "FeatureCollection" and "crs" not in data
    assert written == len(data["features"]) == len(located) == 4
    by_id = {f["id"]: f for f in data["features"]}
    for row in located:
        feature = by_id[row["id"]]
        assert feature["type"] == "Feature"
        assert feature["geometry"] == {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]}
        lon, lat = feature["geometry"]["coordinates"]  # RFC 7946: longitude first
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert isinstance(feature["properties"], dict) and feature["properties"]["id"] == row["id"]
    assert by_id["e1"]["properties"]["tactics"] == ["ambush"]


def test_parquet_round_trips_through_duckdb_with_types(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    export_events(store, "parquet", path)
    con = duckdb.connect()
    types = {name: kind for name, kind, *_ in con.execute(f"DESCRIBE SELECT * FROM '{path}'").fetchall()}
    stored = {r["column_name"]: r["column_type"] for r in store.query("DESCRIBE events")}
    for column in ("date_start", "killed_best", "latitude", "tactics", "time_precision", "status", "killed_vague"):
        assert types[column] == stored[column], column
    back = con.execute(f"SELECT id, date_start, killed_best, tactics, latitude FROM '{path}' ORDER BY id").fetchall()
    original = store.query("SELECT id, date_start, killed_best, tactics, latitude FROM events ORDER BY id")
    assert back == [tuple(r.values()) for r in original]


def test_parquet_round_trips_through_pandas_with_types(store: Store, tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    path = tmp_path / "events.parquet"
    export_events(store, "parquet", path)
    frame = pandas.read_parquet(path, dtype_backend="pyarrow")
    assert len(frame) == 9
    assert str(frame["killed_best"].dtype).startswith("int64")
    assert str(frame["latitude"].dtype).startswith("double")
    assert str(frame["date_start"].dtype).startswith("date32")
    assert list(frame.loc[frame["id"] == "e1", "tactics"].iloc[0]) == ["ambush"]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_exports_read_back_as_the_stored_events(store: Store, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"events.{fmt}"
    export_events(store, fmt, path)
    text = path.read_text(encoding="utf-8")
    rows = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines() if line]
    events = {event.id: event for event in store.events()}
    assert len(rows) == len(events)
    for row in rows:
        assert Event.model_validate(row) == events[row["id"]]


def test_text_formats_stream_to_a_text_stream(store: Store, tmp_path: Path) -> None:
    # Exports do not sort (see export.py): compare the rows, not their order.
    for fmt in ("csv", "acled-csv", "jsonl", "geojson"):
        path = tmp_path / f"x.{fmt}"
        export_events(store, fmt, path)
        stream = io.StringIO()
        export_events(store, fmt, stream)
        if fmt == "geojson":
            def features(text: str) -> list[str]:
                return sorted(json.dumps(f, sort_keys=True) for f in json.loads(text)["features"])

            assert features(stream.getvalue()) == features(path.read_text(encoding="utf-8"))
        else:
            first, *rest = stream.getvalue().splitlines()
            file_first, *file_rest = path.read_text(encoding="utf-8").splitlines()
            assert first == file_first and sorted(rest) == sorted(file_rest), fmt


def test_parquet_refuses_a_text_stream(store: Store) -> None:
    with pytest.raises(ConfigError, match="-o FILE"):
        export_events(store, "parquet", io.StringIO())


def test_filters_select_the_exported_events(store: Store) -> None:
    stream = io.StringIO()
    export_events(store, "jsonl", stream, EventFilter(status="claimed"))
    assert sorted(json.loads(line)["id"] for line in stream.getvalue().splitlines()) == ["e1", "e5"]


def test_unknown_format_and_claim_filter_are_usage_errors(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="acled-csv"):
        export_events(store, "xlsx", tmp_path / "x.xlsx")
    with pytest.raises(ConfigError, match="sitrep claims"):
        export_events(store, "csv", tmp_path / "x.csv", EventFilter(claim_id="claim-1"))


def test_a_failed_export_leaves_no_file(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="does not exist"):
        export_events(store, "csv", tmp_path / "nowhere" / "x.csv")
    assert list(tmp_path.iterdir()) == []


def test_batches_stream_from_a_cursor_of_their_own(store: Store) -> None:
    sizes = [len(rows) for _names, rows in iter_batches(store, "SELECT id FROM events ORDER BY id", size=4)]
    assert sizes == [4, 4, 1]
    with pytest.raises(Exception, match="only one read-only SELECT"):
        next(iter_batches(store, "DELETE FROM events"))


# ------------------------------------------------------------------------------------------------ claims


def test_claims_csv_is_one_row_per_figure_joined_with_its_claim(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    assert export_claims(store, "csv", path) == 8
    rows = read_csv(path)
    assert len(rows) == 8
    assert {r["claim_id"] for r in rows} == {"claim-1"} and {r["claimant"] for r in rows} == {"Islamic State"}
    assert rows[0]["measure"] == "operations" and rows[0]["value"] == "122" and rows[0]["status"] == "claimed"
    assert rows[0]["checks_failed"] == "1" and rows[0]["checks_passed"] == "1"


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_claims_json_reads_back_as_the_stored_claims(store: Store, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"claims.{fmt}"
    export_claims(store, fmt, path)
    text = path.read_text(encoding="utf-8")
    rows = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines() if line]
    assert [Claim.model_validate(row) for row in rows] == store.claims()
    assert '"expected":68,' in text.replace(" ", "")  # whole numbers stay integers


def test_claims_parquet_round_trips(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "claims.parquet"
    export_claims(store, "parquet", path)
    rows = duckdb.connect().execute(f"SELECT claim_id, value, partial FROM '{path}' ORDER BY figure_ordinal")
    assert rows.fetchall()[0] == ("claim-1", 122, False)


def test_claims_export_to_a_stream(store: Store) -> None:
    stream = io.StringIO()
    export_claims(store, "jsonl", stream, claim_id="claim-1")
    assert json.loads(stream.getvalue())["id"] == "claim-1"
