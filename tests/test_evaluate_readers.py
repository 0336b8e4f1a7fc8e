"""Readers of the coded layouts and the dates they write. Every file here is written by the test, with invented
text in the publishers' column layout: coded rows of the real datasets never enter the repository."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from sitrep.errors import ConfigError, InputError
from sitrep.evaluate import parse_gold_date, parse_gold_period, read_rows

ACLED_COLUMNS = [
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "timestamp", "iso3",
]
UCDP_COLUMNS = [
    "id", "year", "active_year", "type_of_violence", "conflict_new_id", "conflict_name", "dyad_new_id", "dyad_name",
    "side_a_new_id", "side_a", "side_b_new_id", "gwnob", "side_b", "number_of_sources", "source_article",
    "source_office", "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "adm_1",
    "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "low", "best", "high",
]
RAND_COLUMNS = ["Date", "City", "Country", "Perpetrator", "Weapon", "Injuries", "Fatalities", "Description"]


def write_csv(path: Path, columns: list[str], rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({column: row.get(column, "") for column in columns})
    return path


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def acled_row(**values: str) -> dict[str, str]:
    row = {"event_date": "21 March 2020", "time_precision": "1", "event_type": "Battles",
           "sub_event_type": "Armed clash", "actor1": "Taliban", "actor2": "Military Forces of Afghanistan (2014-)",
           "country": "Afghanistan", "admin1": "Kunduz", "admin2": "Khan Abad", "location": "Khan Abad",
           "latitude": "36.68", "longitude": "69.11", "geo_precision": "2", "fatalities": "4",
           "notes": "On 3 March 2020, 4 fighters were killed in a clash near an invented village."}
    row.update(values)
    return row


# --- dates --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "expected"), [
    ("2016-01-01", date(2016, 1, 1)),          # UCDP, RAND
    ("21 March 2020", date(2020, 3, 21)),      # ACLED Afghanistan
    ("9-May-20", date(2020, 5, 9)),            # ACLED global
    ("09-May-2020", date(2020, 5, 9)),
    ("27-12-19", date(2019, 12, 27)),          # ACLED Kenya: day first
    ("27/12/2019", date(2019, 12, 27)),
    ("05-01-04", date(2004, 1, 5)),            # day first even when both readings are possible
    ("October 7, 2023", date(2023, 10, 7)),    # Airwars
    ("7th October, 2023", date(2023, 10, 7)),
    ("December 31 2019", date(2019, 12, 31)),
    ("Sept 3, 2021", date(2021, 9, 3)),
])
def test_every_coded_date_format_is_read(written: str, expected: date) -> None:
    assert parse_gold_date(written) == expected


@pytest.mark.parametrize(("written", "start", "end"), [
    ("October 7–8, 2023", date(2023, 10, 7), date(2023, 10, 8)),
    ("October 31, 2023–November 1, 2023", date(2023, 10, 31), date(2023, 11, 1)),
    ("7–8 October 2023", date(2023, 10, 7), date(2023, 10, 8)),
    ("9-May-20", date(2020, 5, 9), date(2020, 5, 9)),
])
def test_date_ranges_give_start_and_end_with_what_the_writer_left_out(written: str, start: date, end: date) -> None:
    assert parse_gold_period(written) == (start, end)


def test_two_digit_years_use_the_00_to_68_pivot() -> None:
    assert parse_gold_date("1-Jan-97").year == 1997
    assert parse_gold_date("1-Jan-04").year == 2004


@pytest.mark.parametrize("written", ["13-13-19", "May 2020", "yesterday", "", "October 9–7, 2023"])
def test_what_is_not_a_full_date_is_an_error_not_a_guess(written: str) -> None:
    with pytest.raises(ValueError):
        parse_gold_date(written)


# --- ACLED --------------------------------------------------------------------------------------------------

def test_acled_rows_carry_text_and_normalised_gold_fields(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, [
        acled_row(),
        acled_row(event_date="9-May-20", actor2="", fatalities="", country="Syria", admin1="Dayr az Zawr"),
        acled_row(event_date="27-12-19"),
    ])
    first, second, third = read_rows(path, "acled")
    assert first.text.startswith("On 3 March 2020")
    assert first.published is None  # ACLED records no publication date; the event date is never passed
    assert (first.event_type, first.sub_event_type, first.actor1) == ("Battles", "Armed clash", "Taliban")
    assert (first.country, first.admin1, first.admin2, first.locations) == ("AF", "Kunduz", "Khan Abad",
                                                                            ("Khan Abad",))
    assert (first.latitude, first.longitude, first.killed, first.time_precision) == (36.68, 69.11, 4, 1)
    assert first.line == 2 and first.where.endswith("acled.csv:2")
    assert [r.date_start for r in (first, second, third)] == [date(2020, 3, 21), date(2020, 5, 9),
                                                              date(2019, 12, 27)]
    assert second.actor2 is None and second.killed is None
    assert second.admin1_code == "SY-DY"  # transliteration-insensitive: Dayr az Zawr is Deir ez-Zor


def test_acled_kenya_layout_with_an_extra_column_reads_the_same(tmp_path: Path) -> None:
    columns = [*ACLED_COLUMNS[:19], "countycode", *ACLED_COLUMNS[19:]]
    path = write_csv(tmp_path / "kenya.csv", columns, [acled_row(event_date="31-12-19", country="Kenya",
                                                                 admin1="Kilifi", countycode="3")])
    (row,) = read_rows(path, "acled")
    assert (row.country, row.admin1_code, row.date_start) == ("KE", "KE-14", date(2019, 12, 31))


def test_limit_stops_after_n_rows(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, [acled_row() for _ in range(5)])
    assert len(list(read_rows(path, "acled", limit=2))) == 2
    assert list(read_rows(path, "acled", limit=0)) == []


def test_a_file_in_another_layout_names_the_missing_columns(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "rand.csv", RAND_COLUMNS, [{"Description": "x"}])
    with pytest.raises(InputError, match=r"rand\.csv: not in the acled layout: missing column\(s\) notes"):
        list(read_rows(path, "acled"))


def test_an_unreadable_value_names_file_line_and_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, [acled_row(), acled_row(event_date="sometime")])
    with pytest.raises(InputError, match=r"acled\.csv:3: column 'event_date'"):
        list(read_rows(path, "acled"))


def test_unknown_schema_and_missing_file_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown schema 'gtd'; use one of: acled"):
        read_rows(tmp_path / "x.csv", "gtd")
    with pytest.raises(InputError, match="cannot open"):
        list(read_rows(tmp_path / "absent.csv", "acled"))


# --- UCDP ---------------------------------------------------------------------------------------------------

def ucdp_row(**values: str) -> dict[str, str]:
    row = {"side_a": "Government of Syria", "side_b": "Syrian insurgents", "source_date": "2017-02-03",
           "source_headline": "Invented headline: shelling on a village in the countryside of Hama",
           "where_prec": "1", "where_coordinates": "Invented village", "adm_1": "Hamah Governorate",
           "adm_2": "Muhradah district", "latitude": "35.25", "longitude": "36.57", "country": "Syria",
           "date_start": "2017-02-02", "date_end": "2017-02-02", "low": "2", "best": "3", "high": "5"}
    row.update(values)
    return row


def test_ucdp_published_is_the_first_source_date_never_the_event_date(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ged.csv", UCDP_COLUMNS, [
        ucdp_row(source_date="2017-02-04;2017-02-09;2017-03-01"), ucdp_row(source_date="")])
    first, second = read_rows(path, "ucdp")
    assert first.published == date(2017, 2, 4)
    assert first.date_start == date(2017, 2, 2)
    assert second.published is None


def test_ucdp_rows_code_unordered_sides_and_low_best_high(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ged.csv", UCDP_COLUMNS, [ucdp_row()])
    (row,) = read_rows(path, "ucdp")
    assert row.text.startswith("Invented headline")
    assert (row.actor1, row.actor2, row.actors_unordered) == ("Government of Syria", "Syrian insurgents", True)
    assert (row.killed_low, row.killed, row.killed_high) == (2, 3, 5)
    assert (row.country, row.admin1_code, row.admin2, row.geo_precision) == ("SY", "SY-HM", "Muhradah district", 1)


# --- RAND ---------------------------------------------------------------------------------------------------

def test_rand_rows_code_perpetrator_city_and_casualties(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "rand.csv", RAND_COLUMNS, [
        {"Date": "2006-04-12", "City": "Kirkuk", "Country": "Iraq", "Perpetrator": "Unknown",
         "Weapon": "Explosives", "Injuries": "7", "Fatalities": "2",
         "Description": "IRAQ.  An invented roadside bomb killed two people and wounded seven in Kirkuk."},
    ])
    (row,) = read_rows(path, "rand")
    assert (row.country, row.locations, row.actor1, row.killed, row.wounded) == ("IQ", ("Kirkuk",), "Unknown", 2, 7)
    assert row.date_start == date(2006, 4, 12) and row.published is None


# --- Airwars ------------------------------------------------------------------------------------------------

def airwars_record(**values: object) -> dict[str, object]:
    record: dict[str, object] = {
        "incident_code": "TEST1", "incident_date": "October 9–10, 2023",
        "location": "حي تجريبي, Invented neighbourhood, Khan Younis, the Gaza Strip",
        "geolocation": "31.346, 34.303", "assessment_text": "On October 9, 2023, an invented strike hit a house.",
        "civilians_reported_killed": "3 – 11", "civilians_reported_injured": None,
        "suspected_belligerent": "Israeli Military",
    }
    record.update(values)
    return record


def test_airwars_ranges_locations_and_geolocation_are_read(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "airwars.jsonl", [
        airwars_record(), airwars_record(civilians_reported_killed="Unknown", geolocation=None,
                                         incident_date="October 7, 2023", civilians_reported_injured="12–15")])
    first, second = read_rows(path, "airwars")
    assert (first.killed_low, first.killed, first.killed_high, first.wounded) == (3, 3, 11, None)
    assert first.locations == ("حي تجريبي", "Invented neighbourhood", "Khan Younis")
    assert (first.country, first.latitude, first.longitude) == ("PS", 31.346, 34.303)
    assert (first.date_start, first.date_end) == (date(2023, 10, 9), date(2023, 10, 10))
    assert (second.killed, second.latitude, second.wounded) == (None, None, 12)


# --- event_location -----------------------------------------------------------------------------------------

def test_event_location_keeps_relabelled_rows_and_ignores_artefact_spans(tmp_path: Path) -> None:
    text = "Gunmen killed two guards in Invented Town on Monday."
    path = write_jsonl(tmp_path / "spans.jsonl", [
        {"id": "1", "source": "RELABEL", "text": text,
         "spans": [{"label": "VERB", "start": 7, "end": 13, "text": "killed"},
                   {"label": "LOCATION", "start": 28, "end": 41, "text": "Invented Town"}]},
        {"id": "2", "source": "OTHER", "text": text, "spans": []},
        {"id": "3", "source": "RELABEL", "text": "Two guards were killed.",
         "spans": [{"label": "VERB", "start": 16, "end": 22, "text": "killed"}]},
        {"id": "4", "source": "RELABEL", "text": text,
         "spans": [{"label": "LOCATION", "start": 1, "end": 2, "text": "u"}]},
    ])
    placed, placeless, artefact = read_rows(path, "event_location")
    assert placed.locations == ("Invented Town",) and not placed.no_place
    assert placeless.locations == () and placeless.no_place
    assert artefact.locations == () and not artefact.no_place  # neither scored: the gold is unknown
    assert [r.line for r in (placed, placeless, artefact)] == [1, 3, 4]
