"""Linking across the ways outlets tell one incident differently: spellings of the village, names a report only
mentions, the act's night dated either day, the unit a report names beside the one it was placed in, a bureau
dateline, tolls that differ. The development texts are ``fixtures/linking/dev.jsonl`` (invented; the frozen test
set ``reports.jsonl`` is not tuned to)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np

from sitrep.analyze import similarity
from sitrep.analyze.incidents import merge_counts
from sitrep.analyze.linking import link
from sitrep.evaluate.clusters import extract_labelled, pairwise_scores
from sitrep.model import Count, Document, Event, Place, Span

DEV = Path(__file__).parent / "fixtures" / "linking" / "dev.jsonl"


def report(n: int, *, place: Place | None, others: tuple[Place, ...] = (), day: date = date(2021, 3, 6),
           text: str = "A Houthi missile struck a house, killing five civilians.", killed: int | None = 5,
           status: str = "reported", sub: str = "Shelling/artillery/missile attack",
           event_type: str = "Explosions/Remote violence") -> tuple[Event, Document]:
    """One outlet's report and its document."""
    document = Document(id=f"d{n}", text=text, source=f"Outlet {n}", published=day)
    places = ([place] if place is not None else []) + list(others)
    event = Event(id=f"e{n}", document_id=document.id, date_start=day, date_end=day, time_precision=1,
                  event_type=event_type, sub_event_type=sub, tactics=["missile"], actor1="Houthis", place=place,
                  places=places, killed=Count(low=killed, best=killed) if killed is not None else None, status=status,
                  spans={"event": Span(start=0, end=len(text), text=text)})
    return event, document


def village(name: str, admin1: str = "Marib", code: str = "YE-MA", country: str = "YE") -> Place:
    """A village the gazetteer lacks, kept as written inside its governorate (as the geo stage leaves it)."""
    return Place(name=name, country=country, admin1=admin1, admin1_code=code, geo_precision=2)


def unit(admin1: str = "Marib", code: str = "YE-MA", country: str = "YE") -> Place:
    return Place(name=admin1, country=country, admin1=admin1, admin1_code=code, geo_precision=3)


def scored(*pairs: tuple[Event, Document]) -> tuple[float, dict[str, float]]:
    events = [e for e, _ in pairs]
    documents = {d.id: d for _, d in pairs}
    features = similarity.build_features(events, documents)
    score, parts = similarity.score_pairs(features, np.array([0]), np.array([1]), components=True)
    return float(score[0]), {k: float(v[0]) for k, v in parts.items()}


def together(*pairs: tuple[Event, Document]) -> bool:
    assignments = link([e for e, _ in pairs], documents={d.id: d for _, d in pairs})
    return len(set(assignments.values())) == 1


def test_spellings_of_one_village_share_a_loose_key() -> None:
    key = similarity.loose_key
    assert key("Al Jubah") == key("Al-Jawba")
    assert key("Bala Baluk") == key("Bala Buluk") == key("Bala Boluk")
    assert key("Nyaung Kone") == key("Nyaung Gon")
    assert key("Hajin") != key("Hijla")
    assert key("Sur") == ""  # too short to tell


def test_two_spellings_of_the_village_link_the_reports() -> None:
    first = report(1, place=village("Al-Abdiyah"))
    second = report(2, place=village("Al Abdia"), text="Five people were killed when a Houthi missile hit a home.")
    _, parts = scored(first, second)
    assert parts["place"] == 0.85
    assert together(first, second)


def test_differently_named_own_villages_still_say_different_villages() -> None:
    _, parts = scored(report(1, place=village("Al-Abdiyah")), report(2, place=village("Raghwan")))
    assert parts["place"] == 0.15


def test_persons_nationalities_and_outlets_kept_as_written_are_not_localities() -> None:
    assert similarity.not_a_place("Sheikh Abdul Latif al-Qibli")
    assert similarity.not_a_place("Mr Hadi")
    assert similarity.not_a_place("Yemeni") and similarity.not_a_place("Afghans") and similarity.not_a_place("Twitter")
    assert not similarity.not_a_place("Al-Jawba")
    assert not similarity.not_a_place("Sheikh")  # a one-word name is no title plus a name


def test_a_name_a_report_only_mentions_does_not_make_different_villages() -> None:
    # The second report is placed in the governorate; the name beside it is a person's or another village it
    # mentions, not where the act was: the village is unknown on that side, as for a report naming none.
    first = report(1, place=village("Al-Abdiyah"))
    mentions = report(2, place=unit(), others=(Place(name="al-Zubaidi"),))
    _, parts = scored(first, mentions)
    assert parts["place"] == similarity.IN_UNIT
    assert parts["conflict"] == 1.0


def test_dates_a_day_apart_agree_when_a_report_puts_the_act_at_night() -> None:
    night = report(1, place=village("Al-Abdiyah"), day=date(2021, 3, 6),
                   text="An overnight Houthi missile strike killed five civilians.")
    next_day = report(2, place=village("Al-Abdiyah"), day=date(2021, 3, 7))
    _, parts = scored(night, next_day)
    assert parts["date"] == similarity.NIGHT_APART and parts["conflict"] == 1.0
    assert together(night, next_day)


def test_exact_dates_a_day_apart_in_daylight_still_conflict() -> None:
    first = report(1, place=village("Al-Abdiyah"), day=date(2021, 3, 6))
    second = report(2, place=village("Al-Abdiyah"), day=date(2021, 3, 7))
    _, parts = scored(first, second)
    assert parts["date"] == 0.2 and parts["conflict"] < 1.0


def test_exact_dates_two_days_apart_never_link_even_at_night() -> None:
    first = report(1, place=village("Al-Abdiyah"), day=date(2021, 3, 6), text="A strike overnight killed five.")
    second = report(2, place=village("Al-Abdiyah"), day=date(2021, 3, 8), text="A strike at night killed five.")
    features = similarity.build_features([first[0], second[0]], {first[1].id: first[1], second[1].id: second[1]})
    assert similarity.hard_conflict(features, np.array([0]), np.array([1]))[0]
    assert not together(first, second)


def test_a_report_naming_the_other_reports_governorate_is_not_another_governorate() -> None:
    # The extractor placed the second report at the outlet's city; the governorate it also names is the first's.
    najaf = report(1, place=unit("Najaf", "IQ-NA", "IQ"), sub="Violent demonstration", event_type="Riots",
                   text="Protesters stormed and set fire to the Iranian consulate in Najaf.")
    baghdad = report(2, place=unit("Baghdad", "IQ-BG", "IQ"), others=(unit("Najaf", "IQ-NA", "IQ"),),
                     sub="Violent demonstration", event_type="Riots",
                     text="Iraqi protesters stormed and set fire to the Iranian consulate in the city of Najaf.")
    features = similarity.build_features([najaf[0], baghdad[0]], {najaf[1].id: najaf[1], baghdad[1].id: baghdad[1]})
    assert not similarity.hard_conflict(features, np.array([0]), np.array([1]))[0]
    assert together(najaf, baghdad)


def test_a_governorate_neither_report_names_for_the_other_is_still_a_conflict() -> None:
    marib = report(1, place=unit())
    shabwa = report(2, place=unit("Shabwah", "YE-SH"))
    features = similarity.build_features([marib[0], shabwa[0]], {marib[1].id: marib[1], shabwa[1].id: shabwa[1]})
    assert similarity.hard_conflict(features, np.array([0]), np.array([1]))[0]


def test_a_bureau_dateline_does_not_place_an_event_its_text_places_in_another_country() -> None:
    text = "BANGKOK — A military jet bombed a monastery on the edge of Monywa on Tuesday, residents said."
    document = Document(id="bkk", text=text, published=date(2023, 6, 27))
    event = Event(id="e-bkk", document_id="bkk", date_start=date(2023, 6, 27), places=[Place(name="Monywa")])
    assert similarity.locate(event, document).country == "MM"
    unknown = event.model_copy(update={"places": [Place(name="Ywathit Lay")]})
    assert similarity.locate(unknown, document).country == "TH"  # nothing else known: the dateline's country


def test_differing_tolls_are_kept_as_low_best_high_and_a_claim_does_not_set_the_best() -> None:
    assert merge_counts([Count(low=5, best=5), Count(low=7, best=7)], [True, True]) == Count(low=5, best=7, high=7)
    merged = merge_counts([Count(low=5, best=5), Count(low=30, best=30)], [True, False])
    assert merged == Count(low=5, best=5, high=30)


def test_the_development_reports_link_each_incident_and_keep_near_misses_apart() -> None:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    reports = extract_labelled(rows)
    scores = pairwise_scores(reports.gold, reports.predicted())
    assert scores["precision"] == 1.0, scores
    assert scores["recall"] == 1.0, scores
