"""Event type and sub-type from who fought whom, and with what (ACLED's conventions; texts written for these tests).

Battles need two armed, organised sides; violence against civilians is an armed group against unarmed people;
unarmed crowds fighting are riots; explosions from afar are shelling, one blast with no weapon named a device.
"""

from __future__ import annotations

import pytest

from sitrep import api
from sitrep.model import Event


def first(text: str, extractor: api.Extractor) -> Event:
    found = api.extract(text, extractor=extractor).events
    assert found, text
    return found[0]


@pytest.mark.parametrize(("text", "expected"), [
    # A force that acts is the perpetrator, not the target: its victims decide.
    ("A soldier opened fire on three schoolboys near the market in Kotido, killing one.",
     ("Violence against civilians", "Attack")),
    ("Prison guards beat and injured a reporter inside the central jail on Friday.",
     ("Violence against civilians", "Attack")),
    # People named by their role, trade or family are civilians.
    ("Suspected militants shot dead a pastor outside his church in Lokoja on Sunday.",
     ("Violence against civilians", "Attack")),
    ("Two brothers were shot dead by unknown gunmen on a farm road near Tarime.",
     ("Violence against civilians", "Attack")),
    ("A retired police officer was shot dead at his home in Kisii by unidentified attackers.",
     ("Violence against civilians", "Attack")),
    # Armed men against soldiers or police: a battle, even when the attackers are only 'gunmen'.
    ("Soldiers were ambushed by gunmen on the road to Gao, and two of them were wounded.",
     ("Battles", "Armed clash")),
    ("Armed men attacked two police agents at a roadblock outside Mazatenango; no one died.",
     ("Battles", "Armed clash")),
])
def test_who_was_attacked_decides_battle_or_violence_against_civilians(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    event = first(text, extractor)
    assert (event.event_type, event.sub_event_type) == expected


def test_a_named_group_killing_a_civilian_who_backed_another_group_is_an_attack(extractor: api.Extractor) -> None:
    event = first("Gunmen killed a village elder who had backed the Taliban in Ghazni on Monday.", extractor)
    assert (event.event_type, event.sub_event_type, event.target_category) == (
        "Violence against civilians", "Attack", "civilians")


@pytest.mark.parametrize("text", [
    "Supporters of two rival candidates clashed outside the tallying centre in Bungoma, and six were hurt.",
    "Two council officers were injured when they were attacked with stones at the bus park in Eldoret.",
])
def test_unarmed_people_fighting_is_mob_violence(text: str, extractor: api.Extractor) -> None:
    event = first(text, extractor)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")


def test_clans_fighting_stay_a_battle_of_communal_militias(extractor: api.Extractor) -> None:
    event = first("Fighters of two clans clashed over a water point near Wajir, leaving three dead.", extractor)
    assert event.event_type == "Battles"


@pytest.mark.parametrize(("text", "expected"), [
    ("Monitors counted fourteen explosions near the front line east of Avdiivka overnight.",
     "Shelling/artillery/missile attack"),
    ("An explosion ripped through a shop in the old market of Mogadishu, wounding four.",
     "Remote explosive/landmine/IED"),
    ("Government troops and rebels exchanged artillery fire across the river at Kumbo on Tuesday.",
     "Armed clash"),
])
def test_explosions_and_heavy_fire(text: str, expected: str, extractor: api.Extractor) -> None:
    assert first(text, extractor).sub_event_type == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What the police did, told in the next sentence, is the protest's intervention.
    ("Nurses protested unpaid salaries outside the county offices in Nakuru. Police fired tear gas at them.",
     ("Protests", "Protest with intervention")),
    # What the crowd did next makes the protest violent.
    ("Students marched to the ministry in Kampala on Monday. They smashed windows and set fire to a car.",
     ("Riots", "Violent demonstration")),
    ("Residents protested against insecurity in Mathare and engaged police in running battles.",
     ("Riots", "Violent demonstration")),
    ("Teachers marched peacefully to parliament in Nairobi to demand a pay rise.",
     ("Protests", "Peaceful protest")),
])
def test_protests_by_what_protesters_and_police_did(text: str, expected: tuple[str, str],
                                                    extractor: api.Extractor) -> None:
    event = first(text, extractor)
    assert (event.event_type, event.sub_event_type) == expected


def test_a_protest_elsewhere_in_the_next_sentence_is_not_an_intervention(extractor: api.Extractor) -> None:
    event = first("Farmers marched peacefully through Eldoret on Saturday. In Kitale, police used tear gas to "
                  "break up a smaller rally.", extractor)
    assert event.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Gunmen shot a shopkeeper in Garissa and stole his takings.",
    "Police beat three journalists and then arrested them in Goma on Saturday.",
])
def test_harm_to_people_keeps_an_attack_from_being_looting_or_an_arrest(text: str,
                                                                        extractor: api.Extractor) -> None:
    assert first(text, extractor).event_type == "Violence against civilians"


def test_a_mob_lynching_in_a_present_tense_headline(extractor: api.Extractor) -> None:
    event = first("Angry mob lynches suspected cattle thief in Kakamega", extractor)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
