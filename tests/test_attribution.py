"""Who reported it, who claimed it, who is blamed: the three questions kept apart on every event."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep import api
from sitrep.extract.attribution import outlet_kind
from sitrep.model import Document, Event
from sitrep.taxonomy import ActorTable


def first(text: str, *, source: str | None = "Reuters", published: str = "2021-09-24") -> Event:
    document = Document.from_text(text, source=source, published=date.fromisoformat(published))
    events = api.extract(document).events
    assert events, text
    return events[0]


def test_no_group_claimed_but_officials_blamed_is_blamed_not_claimed() -> None:
    event = first("Gunmen attacked a checkpoint of the Popular Mobilization Forces near Abu Saida in Diyala province "
                  "late on Thursday, killing two fighters, a security source said. No group immediately claimed the "
                  "attack, but Iraqi officials blamed Islamic State cells.")
    assert event.attribution is not None and event.attribution.level == "blamed"
    assert event.attribution.by == "Iraqi officials" and event.attribution.by_kind == "official"
    assert event.actor1 == "Islamic State" and event.claimant is None and event.status == "reported"


@pytest.mark.parametrize("negation", [
    "ISIS has not yet claimed responsibility.",
    "No individual or group has claimed responsibility.",
    "There was no immediate claim of responsibility.",
    "Nobody has claimed the bombing so far.",
])
def test_a_negated_claim_is_no_claim(negation: str) -> None:
    event = first(f"A car bomb killed five people at a market in Baquba on Sunday, police said. {negation}")
    assert event.attribution is None and event.claimant is None and event.status == "reported"


def test_a_wire_report_of_an_attack_the_group_later_claimed_is_reported_with_a_later_claim() -> None:
    event = first("A suicide bomber killed four soldiers at a checkpoint near Baiji on Sunday, an army officer said. "
                  "The Islamic State group later claimed the attack.")
    assert event.status == "reported"
    assert event.attribution is not None and event.attribution.level == "claimed" and event.attribution.later
    assert event.claimant == event.actor1 == "Islamic State"


def test_local_sources_blaming_a_cell_names_the_blamed_group_as_actor1() -> None:
    event = first("A roadside bomb killed two SDF fighters near Dhiban on Sunday. Local sources blamed an Islamic "
                  "State cell.")
    assert event.actor1 == "Islamic State" and event.attribution is not None
    assert event.attribution.level == "blamed" and event.attribution.by_kind == "independent"


def test_a_denial_is_recorded_and_does_not_name_the_perpetrator() -> None:
    event = first("Gunmen killed three police officers in Ghazni on Monday, officials said. The Taliban denied "
                  "responsibility for the attack.", published="2021-09-21")
    assert event.attribution is not None and event.attribution.level == "denied"
    assert event.attribution.by == "Taliban" and event.actor1 == "Unidentified Armed Group"


def test_the_groups_own_outlet_makes_the_event_claimed() -> None:
    event = first("Fighters of the Islamic State killed 12 soldiers in an attack near Hawija on Sunday.",
                  source="Amaq")
    assert event.status == "claimed" and event.source is not None
    assert event.source.outlet_kind == "perpetrator_media" and event.attribution is not None
    assert event.attribution.level == "claimed" and event.attribution.by == "Islamic State"


def test_a_group_telling_of_its_own_attack_through_a_wire_is_still_only_claimed() -> None:
    event = first("ISWAP fighters killed 12 soldiers in an attack on a base in Borno on Sunday, the group said in a "
                  "statement on Telegram.")
    assert event.status == "claimed" and event.actor1 == "Islamic State West Africa Province"
    assert event.attribution is not None and event.attribution.medium == "Telegram"


def test_the_act_is_dated_by_the_attack_not_by_the_claim() -> None:
    event = first("Islamic State claimed responsibility on Sunday for a bomb attack on Saturday that killed four "
                  "soldiers in Kirkuk.", published="2021-11-09")
    assert event.date_start == date(2021, 11, 6)
    assert event.attribution is not None and event.attribution.statement_date == date(2021, 11, 7)


@pytest.mark.parametrize("background", [
    "More than 40,000 people have died in the conflict since 2009.",
    "The 2018 bombing of the same market killed 35 people.",
])
def test_background_tolls_never_become_this_incidents_casualties(background: str) -> None:
    event = first(f"At least 32 people were killed when a bomb exploded at a market in Baquba on Sunday, police "
                  f"said. {background}")
    assert event.killed is not None and event.killed.best == 32


def test_a_later_toll_replaces_the_first() -> None:
    event = first("A car bomb killed 28 people in Mogadishu on Saturday, police said. The death toll later rose to "
                  "33, a hospital official said.")
    assert event.killed is not None and event.killed.best == 33


def test_property_is_never_counted_as_casualties() -> None:
    event = first("A roadside bomb killed three people in Jalalabad on Monday, a health official said. Witnesses "
                  "said the blast damaged several nearby shops.")
    assert event.killed is not None and event.killed.best == 3 and event.wounded is None


def test_a_backed_compound_is_never_a_place_and_the_dateline_sets_the_country() -> None:
    event = first("IDLIB, Syria — A roadside bomb killed three members of the US-backed SDF near Sarmin on "
                  "Monday, local sources said.")
    assert [p.name for p in event.places] == ["Sarmin"]
    assert event.dateline is not None and event.dateline.name == "IDLIB, Syria"
    assert event.place is not None and event.place.country == "SY"


@pytest.mark.parametrize(("outlet", "kind"), [
    ("Amaq", "perpetrator_media"), ("Voice of Jihad", "perpetrator_media"), ("SANA", "state_media"),
    ("Syrian Observatory for Human Rights", "monitor"), ("Arab News (Reuters)", "wire"), ("AFP", "wire"),
    ("Tigris Review", "independent"), (None, None),
])
def test_an_outlets_kind_is_decided_by_who_it_is(outlet: str | None, kind: str | None) -> None:
    assert outlet_kind(outlet, ActorTable.load())[0] == kind
