"""Single incidents: what sitrep codes from one report, field by field (texts written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep import api
from sitrep.model import Event


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.default_extractor()


def events(text: str, extractor: api.Extractor, published: str | None = None) -> list[Event]:
    return api.extract(text, published=published, extractor=extractor).events


def test_a_roadside_bomb_report_becomes_one_coded_event(extractor: api.Extractor) -> None:
    [event] = events("On 9 May 2020, an IED planted by IS exploded next to an SDF vehicle near Thiban in Deir ez-Zor, "
                     "killing two SDF members and wounding three.", extractor)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert event.tactics == ["ied"] and event.gtd_attack_type == "Bombing/Explosion"
    assert (event.actor1, event.actor2, event.target_category) == (
        "Islamic State", "Syrian Democratic Forces", "military")
    assert (event.date_start, event.time_precision) == (date(2020, 5, 9), 1)
    assert (event.killed.low, event.killed.best, event.killed.high) == (2, 2, None)
    assert event.wounded.best == 3
    assert event.status == "reported"
    assert event.places[0].name == "Thiban" and event.places[0].geo_precision == 2


def test_every_extracted_value_points_at_its_source_text(extractor: api.Extractor) -> None:
    text = "On 3 June 2021, gunmen killed at least 4 villagers in an attack on Kalla in Borno State."
    [event] = events(text, extractor)
    for name, span in event.spans.items():
        assert text[span.start : span.end] == span.text, name
    assert event.spans["killed"].text == "4"


def test_counts_follow_the_ucdp_convention(extractor: api.Extractor) -> None:
    [at_least] = events("On 3 June 2021, gunmen killed at least 4 villagers in Kalla.", extractor)
    assert (at_least.killed.low, at_least.killed.best, at_least.killed.high) == (4, 4, None)
    [up_to] = events("On 3 June 2021, an airstrike killed up to 11 people in Maarat al-Numan.", extractor)
    assert (up_to.killed.best, up_to.killed.high) == (None, 11)
    [dozens] = events("On 3 June 2021, a car bomb killed dozens of people in Mogadishu.", extractor)
    assert dozens.killed.vague and dozens.killed.best == 24


def test_no_casualties_is_a_count_of_zero_not_a_missing_count(extractor: api.Extractor) -> None:
    [event] = events("On 8 May 2020, rockets struck near the airport in Kandahar. No casualties were reported.",
                     extractor)
    assert (event.killed.low, event.killed.best, event.killed.high) == (0, 0, 0)
    assert event.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text", [
    "On 8 May 2020, gunmen fired on a bus near Kandahar. No one was killed or hurt.",
    "On 8 May 2020, gunmen fired on a bus near Kandahar; no one was killed and no one was injured.",
])
def test_no_one_killed_counts_nobody_not_one_person(text: str, extractor: api.Extractor) -> None:
    [event] = events(text, extractor)
    assert (event.killed.low, event.killed.best, event.killed.high) == (0, 0, 0)
    assert (event.wounded.low, event.wounded.best, event.wounded.high) == (0, 0, 0)


def test_one_person_killed_after_a_no_is_still_counted(extractor: api.Extractor) -> None:
    [event] = events("On 8 May 2020, gunmen fired on a bus near Kandahar, killing one passenger; there was no "
                     "claim.", extractor)
    assert event.killed.best == 1


@pytest.mark.parametrize("text", [
    "The group threatened to attack checkpoints in Kirkuk during the holiday.",
    "Al-Shabaab denied carrying out the bombing in Mogadishu.",
    "Officials marked the anniversary of the 2017 truck bombing in Mogadishu on Saturday.",
])
def test_threats_denials_and_anniversaries_are_not_events(text: str, extractor: api.Extractor) -> None:
    assert events(text, extractor, published="2021-10-14") == []


def test_a_protest_is_coded_as_acled_codes_it(extractor: api.Extractor) -> None:
    [peaceful] = events("On 4 May 2020, hundreds of teachers held a peaceful protest in Nairobi over unpaid wages.",
                        extractor)
    assert (peaceful.event_type, peaceful.sub_event_type, peaceful.actor1) == (
        "Protests", "Peaceful protest", "Protesters")
    [dispersed] = events("On 4 May 2020, police fired tear gas to disperse protesters in Nairobi.", extractor)
    assert dispersed.sub_event_type == "Protest with intervention"
    [riot] = events("On 4 May 2020, demonstrators burned tyres and pelted police with stones in Kisumu.", extractor)
    assert (riot.event_type, riot.sub_event_type) == ("Riots", "Violent demonstration")


def test_arrests_are_strategic_developments(extractor: api.Extractor) -> None:
    [event] = events("On 2 April 2021, police arrested five suspects in Garissa.", extractor)
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Arrests")


def test_two_dated_incidents_in_one_report_are_two_events(extractor: api.Extractor) -> None:
    found = events("On 9 May 2020, gunmen shot dead a shepherd near Hajin. On 10 May 2020, an IED struck a patrol "
                   "in al-Shaafa, wounding two soldiers.", extractor)
    assert [e.date_start for e in found] == [date(2020, 5, 9), date(2020, 5, 10)]
    assert [e.sub_event_type for e in found] == ["Attack", "Remote explosive/landmine/IED"]
    assert found[0].killed.best == 1 and found[1].wounded.best == 2


def test_a_claimed_attack_told_in_the_outlets_own_voice_is_reported_with_the_claim_as_attribution(
        extractor: api.Extractor) -> None:
    [event] = events("On 12 July 2021, a suicide bomber struck a police station in Kabul, killing 7 officers. "
                     "Islamic State Khorasan Province claimed responsibility through Amaq.", extractor)
    assert event.sub_event_type == "Suicide bomb"
    assert event.status == "reported" and event.claimant == "Islamic State Khorasan Province"
    assert event.attribution is not None and event.attribution.level == "claimed"
    assert event.attribution.medium == "Amaq" and event.actor1 == "Islamic State Khorasan Province"


def test_a_weekday_resolves_against_the_publication_date(extractor: api.Extractor) -> None:
    [event] = events("Gunmen on Tuesday attacked a bus near Mandera, killing three passengers.", extractor,
                     published="2021-03-12")
    assert (event.date_start, event.time_precision) == (date(2021, 3, 9), 1)


def test_where_attackers_came_from_is_not_where_the_event_happened(extractor: api.Extractor) -> None:
    [event] = events("On 5 May 2021, militants from Mandera attacked a police post in Wajir, killing two officers.",
                     extractor)
    assert event.places[0].name == "Wajir"
    assert all(place.name != "Mandera" for place in event.places)


def test_without_any_date_the_event_takes_the_publication_date_as_reported(extractor: api.Extractor) -> None:
    [event] = events("Gunmen attacked a checkpoint in Diyala, killing two soldiers.", extractor,
                     published="2021-03-12")
    assert (event.date_start, event.time_precision) == (date(2021, 3, 12), 2)


def test_a_protest_named_only_by_its_demands_is_an_event(extractor: api.Extractor) -> None:
    [event] = events("On 7 May 2020, a group of neighbours blocked the road to the cemetery in Pisco, demanding a "
                     "meeting with the mayor.", extractor)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    [sit_in] = events("On 7 May 2020, teachers staged a sit-in outside the ministry in Kano.", extractor)
    assert sit_in.sub_event_type == "Peaceful protest"


def test_a_document_that_trips_the_extractor_is_reported_not_fatal(monkeypatch: pytest.MonkeyPatch,
                                                                  extractor: api.Extractor) -> None:
    import importlib

    from sitrep.errors import ExtractionError

    def broken(*args: object, **kwargs: object) -> list[Event]:
        raise AttributeError("a bug")

    # ``sitrep.extract`` as an attribute is the extract() function, so reach the package through importlib.
    monkeypatch.setattr(importlib.import_module("sitrep.extract"), "assemble_events", broken)
    with pytest.raises(ExtractionError, match="extraction failed"):
        events("On 7 May 2020, gunmen attacked a bus in Mandera.", extractor)


def test_what_did_not_happen_is_not_an_event(extractor: api.Extractor) -> None:
    assert events("None of the group's operations targeted the Turkish-backed factions in the north.", extractor) == []
