"""Scoring math, with a fake extraction function that returns the events each test chooses."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import pytest

from sitrep.errors import ConfigError, ExtractionError
from sitrep.evaluate import (
    ActorMatcher,
    EvalReport,
    GoldRow,
    evaluate,
    haversine_km,
    place_key,
    same_place_name,
    stated_numbers,
)
from sitrep.model import Count, Document, Event, Place


def event(**fields: Any) -> Event:
    return Event(id="e", document_id="d", **fields)


def fake(by_text: dict[str, list[Event]]) -> Callable[[Document], list[Event]]:
    """An extraction function that returns the events chosen for each text."""
    return lambda document: by_text.get(document.text, [])


def gold(text: str = "An invented report.", schema: str = "acled", **fields: Any) -> GoldRow:
    return GoldRow(schema=schema, path="gold.csv", line=2, text=text, **fields)


def run(rows: Iterable[GoldRow], by_text: dict[str, list[Event]], schema: str = "acled") -> EvalReport:
    return evaluate(list(rows), fake(by_text), schema)


def counts(report: EvalReport, name: str) -> tuple[int, int]:
    score = report.scores[name]
    return score.hits, score.total


# --- fatalities ---------------------------------------------------------------------------------------------

def test_fatalities_exact_within_one_and_coded_number_absent_from_text() -> None:
    rows = [
        gold("Eleven soldiers were killed in an invented ambush.", killed=11),             # exact
        gold("Twelve soldiers were killed in an invented ambush.", killed=11),             # off by one
        gold("An unknown number were killed in an invented raid.", killed=10),  # ACLED's "coded as 10"
    ]
    report = run(rows, {
        rows[0].text: [event(killed=Count(low=11, best=11))],
        rows[1].text: [event(killed=Count(low=12, best=12))],
        rows[2].text: [event(killed=Count(low=3, best=3))],
    })
    assert counts(report, "fatalities_exact") == (1, 3)
    assert counts(report, "fatalities_within_1") == (2, 3)
    assert counts(report, "fatalities_not_in_text") == (2, 3)  # the text states neither 11 nor 10
    assert counts(report, "fatalities_exact_where_stated") == (1, 1)


def test_a_number_in_a_date_or_an_age_does_not_count_as_stated() -> None:
    assert stated_numbers("On 21 March 2020, a 12-year-old boy was killed.") == {1}
    assert stated_numbers("Twenty-three people died; 2,500 fled; a dozen were hurt; dozens more fled.") == {
        23, 2500, 12, 1}
    assert 10 not in stated_numbers("On May 10, tens of people were hurt.")


def test_an_event_without_a_killed_count_reports_zero_deaths() -> None:
    row = gold("Invented protesters marched peacefully.", killed=0)
    report = run([row], {row.text: [event(event_type="Protests")]})
    assert counts(report, "fatalities_exact") == (1, 1)
    assert "fatalities_not_in_text" not in report.scores  # zero is not a stated number to look for


def test_fatalities_within_a_coded_range() -> None:
    row = gold("Between three and eleven civilians were killed.", schema="airwars", killed=3, killed_low=3,
               killed_high=11)
    report = run([row], {row.text: [event(killed=Count(low=5, best=5))]}, schema="airwars")
    assert counts(report, "fatalities_in_range") == (1, 1)
    assert counts(report, "fatalities_exact") == (0, 1)


# --- unknown is a miss --------------------------------------------------------------------------------------

def test_no_event_extracted_is_a_miss_on_every_coded_field() -> None:
    row = gold(event_type="Battles", sub_event_type="Armed clash", actor1="Taliban", actor2=None, killed=0,
               country="AF", admin1="Kunduz", admin1_code="AF-KDZ", admin2="Khan Abad", locations=("Khan Abad",),
               latitude=36.7, longitude=69.1, date_start=date(2020, 3, 3))
    report = run([row], {})
    scored = {name: counts(report, name) for name in report.scores}
    assert scored == {name: (0, 1) for name in ("event_found", "event_type", "sub_event_type", "actor1", "actor2",
                                                "fatalities_exact", "fatalities_within_1", "country", "admin1",
                                                "admin2", "location", "within_10km", "within_50km", "date_exact")}
    assert report.confusion["event_type"][("Battles", "(none)")] == 1


def test_an_extraction_error_is_reported_and_scored_as_no_event() -> None:
    def failing(document: Document) -> list[Event]:
        raise ExtractionError("invented failure", document_id=document.id)

    report = evaluate([gold(event_type="Battles")], failing, "acled")
    assert counts(report, "event_type") == (0, 1)
    assert report.errors[0]["where"] == "gold.csv:2" and "invented failure" in report.errors[0]["reason"]


def test_the_first_event_is_the_one_scored() -> None:
    row = gold(event_type="Battles")
    report = run([row], {row.text: [event(event_type="Riots"), event(event_type="Battles")]})
    assert counts(report, "event_type") == (0, 1)


# --- types and confusion ------------------------------------------------------------------------------------

def test_type_accuracy_and_confusion_table() -> None:
    rows = [gold(f"Invented report {i}.", event_type=g, sub_event_type=s)
            for i, (g, s) in enumerate([("Battles", "Armed clash"), ("Battles", "Armed clash"),
                                        ("Riots", "Mob violence"), ("Protests", "Peaceful protest")])]
    predicted = [("Battles", "Armed clash"), ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
                 ("Protests", "Peaceful protest")]
    report = run(rows, {r.text: [event(event_type=p, sub_event_type=s)] for r, (p, s) in zip(rows, predicted,
                                                                                             strict=True)})
    assert counts(report, "event_type") == (2, 4)
    assert counts(report, "sub_event_type") == (2, 4)
    assert report.top_confusions("event_type") == [("Battles", "Violence against civilians", 1),
                                                   ("Riots", "Protests", 1)]
    matrix = report.to_dict()["confusion"]["event_type"]["matrix"]
    assert matrix["Battles"] == {"Battles": 1, "Violence against civilians": 1}


# --- places -------------------------------------------------------------------------------------------------

def test_haversine_distance() -> None:
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.195, abs=0.01)
    assert haversine_km(34.5, 69.2, 34.5, 69.2) == 0
    assert haversine_km(36.9882, 66.8207, 34.5167, 69.1833) == pytest.approx(347.8, abs=0.5)


def test_distance_shares_and_median() -> None:
    rows = [gold(f"Invented report {i}.", latitude=0.0, longitude=0.0) for i in range(3)]
    near = event(place=Place(name="A", latitude=0.0, longitude=0.045))   # about 5 km
    middle = event(place=Place(name="B", latitude=0.0, longitude=0.27))  # about 30 km
    report = run(rows, {rows[0].text: [near], rows[1].text: [middle], rows[2].text: [event(place=Place(name="C"))]})
    assert counts(report, "within_10km") == (1, 3)
    assert counts(report, "within_50km") == (2, 3)
    assert report.median_km == pytest.approx((5.0 + 30.02) / 2, abs=0.1)  # over rows where sitrep gave coordinates


def test_admin_names_match_across_spellings_and_by_iso_code() -> None:
    rows = [gold("Invented report 1.", schema="ucdp", admin1="Deir ez Zor Governorate", admin1_code="SY-DY",
                 admin2="Al Mayadin district"),
            gold("Invented report 2.", schema="ucdp", admin1="Hamah Governorate", admin1_code="SY-HM",
                 admin2="As Suqaylabiyah district"),
            gold("Invented report 3.", schema="ucdp", admin1="Homs Governorate", admin1_code="SY-HI",
                 admin2="Ar Rastan district")]
    report = run(rows, {
        rows[0].text: [event(place=Place(name="x", admin1="Dayr az Zawr", admin2="Al-Mayadeen"))],
        rows[1].text: [event(place=Place(name="x", admin1="Hama", admin1_code="SY-HM", admin2="Suqaylabiyah"))],
        rows[2].text: [event(place=Place(name="x", admin1="Idlib", admin1_code="SY-ID", admin2="Ariha"))],
    }, schema="ucdp")
    assert counts(report, "admin1") == (2, 3)
    assert counts(report, "admin2") == (2, 3)  # Mayadin ~ Mayadeen: one name held against one, vowels may differ


@pytest.mark.parametrize(("coded", "predicted", "same"), [
    ("Dawlat Abad", "Dowlatābād", True),
    ("Charbolak", "Chahār Bōlak", True),
    ("Pul i Alam", "Pul-e ‘Alam", True),
    ("Obe", "Ōbêh", True),
    ("Jabal Saman district", "Jabal Sam'an", True),
    ("Bati Kot", "Alisheng", False),
    ("Obe", "Aba", False),  # one consonant alike is not enough: the first letter must agree too
    (None, "Kabul", False),
])
def test_district_and_location_names_match_across_vowel_spellings(coded: str | None, predicted: str,
                                                                  same: bool) -> None:
    assert same_place_name(coded, predicted) is same


def test_place_key_ignores_kind_words_and_transliteration() -> None:
    assert place_key("Kabul city") == place_key("Kabul")
    assert place_key("Ar Rastan district") == place_key("Ar-Rastan")
    assert place_key("Dayr az Zawr") == place_key("Deir ez-Zor Governorate")
    assert place_key("Camp Bastion") != place_key("Bastion")
    assert place_key(None) == ""


def test_location_matches_any_coded_name_and_no_place_where_none_coded() -> None:
    rows = [gold("Invented sentence one.", schema="event_location", locations=("Invented Town", "Other Town")),
            gold("Invented sentence two.", schema="event_location", no_place=True),
            gold("Invented sentence three.", schema="event_location", no_place=True)]
    report = run(rows, {rows[0].text: [event(place=Place(name="Other Town"))],
                        rows[1].text: [event()],
                        rows[2].text: [event(place=Place(name="Anywhere"))]}, schema="event_location")
    assert counts(report, "location") == (1, 1)
    assert counts(report, "no_place") == (1, 2)


# --- actors -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("coded", "predicted"), [
    ("Military Forces of Afghanistan (2014-)", "Afghan National Defense and Security Forces"),
    ("Military Forces of Afghanistan (2014-)", "Military Forces"),
    ("Police Forces of Kenya (2013-) Prison Guards", "Kenya Defence Forces"),
    ("Government of Syria", "Syrian Arab Army"),
    ("Unidentified Armed Group (Kenya)", "unknown gunmen"),
    ("Civilians (Afghanistan)", "Civilians"),
    ("Al Shabaab", "al-Shabab"),
    ("Islamic State (Afghanistan)", "Islamic State Khorasan Province"),
    ("23rd Division, Ahrar al-Sham, SNA", "Syrian National Army"),
    ("Military Forces of Yemen (2016-) Supreme Political Council", "Houthis"),
    ("An Invented Front (Kenya)", "An Invented Front"),
])
def test_coded_actor_names_match_sitreps_names(coded: str, predicted: str) -> None:
    assert ActorMatcher().matches(coded, predicted)


@pytest.mark.parametrize(("coded", "predicted"), [
    ("Taliban", "Islamic State"),
    ("Military Forces of Afghanistan (2014-)", "Taliban"),
    ("Military Forces of Afghanistan (2014-)", "Kenya Defence Forces"),
    ("Military Forces of Yemen (2016-) Supreme Political Council", "Military Forces"),
    ("Civilians (Kenya)", "Rioters"),
])
def test_different_actors_do_not_match(coded: str, predicted: str) -> None:
    assert not ActorMatcher().matches(coded, predicted)


def test_blank_actor2_expects_none_and_civilian_targets_match_civilians() -> None:
    rows = [gold("Invented 1.", actor1="Protesters (Kenya)", actor2=None),
            gold("Invented 2.", actor1="Protesters (Kenya)", actor2=None),
            gold("Invented 3.", actor1="Taliban", actor2="Civilians (Afghanistan)")]
    report = run(rows, {rows[0].text: [event(actor1="Protesters")],
                        rows[1].text: [event(actor1="Protesters", actor2="Police Forces")],
                        rows[2].text: [event(actor1="Taliban", target_category="civilians")]})
    assert counts(report, "actor1") == (3, 3)
    assert counts(report, "actor2") == (2, 3)


def test_unordered_sides_match_either_way_round() -> None:
    row = gold(schema="ucdp", actor1="Government of Syria", actor2="IS", actors_unordered=True)
    report = run([row], {row.text: [event(actor1="Islamic State", actor2="Syrian Arab Army")]}, schema="ucdp")
    assert counts(report, "actor1") == (1, 1)
    assert counts(report, "actor2") == (1, 1)
    same_side_twice = run([row], {row.text: [event(actor1="Islamic State", actor2="Islamic State")]}, schema="ucdp")
    assert counts(same_side_twice, "actor2") == (0, 1)


def test_actor_map_from_the_caller_extends_the_rules() -> None:
    row = gold(actor1="Invented Brigade (Kenya)")
    extraction = {row.text: [event(actor1="al-Shabaab")]}
    assert counts(run([row], extraction), "actor1") == (0, 1)
    report = evaluate([row], fake(extraction), "acled", actor_map={"Invented Brigade (Kenya)": "al-Shabaab"})
    assert counts(report, "actor1") == (1, 1)


# --- dates, published, report -------------------------------------------------------------------------------

def test_published_reaches_extraction_only_where_the_schema_has_it() -> None:
    seen: list[date | None] = []

    def spy(document: Document) -> list[Event]:
        seen.append(document.published)
        return [event(date_start=date(2017, 2, 2))]

    ucdp = gold(schema="ucdp", published=date(2017, 2, 4), date_start=date(2017, 2, 2))
    acled = gold(date_start=date(2020, 3, 21))
    report = evaluate([ucdp], spy, "ucdp")
    evaluate([acled], spy, "acled")
    assert seen == [date(2017, 2, 4), None]
    assert counts(report, "date_exact") == (1, 1)


def test_rows_read_in_another_schema_are_refused() -> None:
    with pytest.raises(ConfigError, match="read as schema 'ucdp', scored as 'acled'"):
        evaluate([gold(schema="ucdp")], fake({}), "acled")


def test_report_prints_an_aligned_table_and_json_ready_dict() -> None:
    ticks = iter([0.0, 0.5, 0.5, 1.0])
    row = gold("Invented.", event_type="Battles", killed=2)
    report = evaluate([row, row], fake({row.text: [event(event_type="Battles", killed=Count(best=2))]}), "acled",
                      clock=lambda: next(ticks))
    assert report.table() == "\n".join([
        "sitrep eval: schema acled, 2 documents, 2 with an event, 0 extraction errors",
        "",
        "metric                                    score   hits / n",
        "----------------------------------------  ------  -----------",
        "an event extracted                        100.0%  2 / 2",
        "event_type                                100.0%  2 / 2",
        "actor2                                    100.0%  2 / 2",  # blank coded actor2: none expected, none given
        "fatalities exact                          100.0%  2 / 2",
        "fatalities within ±1                      100.0%  2 / 2",
        "coded fatalities (>0) not in text [data]  100.0%  2 / 2",
        "documents/s (extraction)                     2.0  2 in 1.00 s",
    ])
    data = json.loads(json.dumps(report.to_dict()))
    assert data["metrics"]["event_type"] == {"label": "event_type", "hits": 2, "n": 2, "rate": 1.0, "misses": []}
    assert data["docs_per_second"] == 2.0
