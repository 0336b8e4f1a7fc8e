"""A crowd fired on, and people whose stones or sticks make a crowd of them, as a news reader would code them (texts
written for these tests), with look-alikes that must stay as they were.

A force or gunmen that open fire on a crowd, with no protest or riot told, hit unarmed people: violence against
civilians (an attack), not a battle, and the crowd is the target (Civilians). A crowd of protesters or rioters fired
on, a crowd tear-gassed or dispersed, stays the protest's or the riot's reading.

People of the public ('voters', 'passengers', 'pupils', 'worshippers', 'people') who attack a force, a car or anyone
with stones, sticks or rocks, no gun told, are a crowd: their violence is a riot (mob violence), never a battle nor an
armed group's attack (ACLED: battles need two organised armed groups), and the force they hit is the target.
"""

from __future__ import annotations

import pytest

from extracted import first_event, first_types
from sitrep import api

# --- a crowd fired on --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police opened fire on a crowd near the bus station in Tamale on Friday, killing two.",
        "Soldiers opened fire on a crowd in the market of Bolgo, killing four.",
        "Troops fired into a gathering outside the chief's palace on Sunday, wounding six.",
        "Gunmen opened fire on a crowd at a wedding in the village of Kuna, killing five.",
        # the fire told with its rounds or its manner between the verb and the crowd
        "Police fired live ammunition into a crowd outside the stadium, killing two.",
        "Soldiers fired indiscriminately into the crowd at the junction, killing three.",
    ],
)
def test_fire_on_a_crowd_is_an_attack_on_civilians(text: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack"), text
    assert event.actor2 == "Civilians", text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd of protesters fired on: force on a protest, as before
        ("Police opened fire on a crowd of protesters in the capital, killing two.",
         ("Protests", "Excessive force against protesters")),
        # a crowd tear-gassed or dispersed: a gathering broken up, as before
        ("Police fired tear gas at a crowd in the capital on Monday.", ("Protests", "Protest with intervention")),
        ("Police fired warning shots into the air to disperse a crowd.", ("Protests", "Protest with intervention")),
        ("Police fired rubber bullets at a crowd in the capital.", ("Protests", "Protest with intervention")),
        # a crowd that acted: the crowd's violence, as before
        ("A crowd attacked soldiers at a checkpoint near Wale, injuring two.", ("Riots", "Mob violence")),
    ],
)
def test_a_crowd_of_protesters_fired_on_or_dispersed_keeps_its_reading(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "The army denied that soldiers opened fire on a crowd in the town.",  # a denial: no act
        "Fans fired flares at the crowd during the football match.",  # sport
    ],
)
def test_fire_on_a_crowd_denied_or_in_sport_is_no_event(text: str, extractor: api.Extractor) -> None:
    assert not api.extract(text, extractor=extractor).events, text


# --- people armed with stones or sticks --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Voters attacked soldiers with stones at a polling station in Kadi on Saturday.", "Military Forces"),
        ("Passengers attacked soldiers with stones at a checkpoint outside Boma.", "Military Forces"),
        ("Pupils threw stones at police officers outside their school in Lira.", "Police Forces"),
        ("Worshippers attacked policemen with sticks outside the church on Sunday.", "Police Forces"),
    ],
)
def test_people_with_stones_or_sticks_are_a_crowd_rioting(text: str, target: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence"), text
    assert event.actor2 == target, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed party with sticks: its attack, as before
        ("Gunmen attacked villagers with sticks in Tudu, injuring two.", ("Violence against civilians", "Attack")),
        ("Armed men attacked farmers with machetes and sticks, killing two.",
         ("Violence against civilians", "Attack")),
        # a force beating people, the people passive: the force's attack
        ("Soldiers beat passengers with sticks at a checkpoint.", ("Violence against civilians", "Attack")),
        ("Passengers were beaten with sticks by soldiers at a checkpoint.", ("Violence against civilians", "Attack")),
        # militants stoning a woman: an armed group's act, not a crowd's
        ("Militants stoned a woman to death in the market.", ("Violence against civilians", "Attack")),
    ],
)
def test_armed_men_forces_and_gunfire_beside_stones_keep_their_reading(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


# --- a crowd named with 'of' ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Residents of Lugari threw stones at police officers on Tuesday.", "Police Forces"),
        ("Residents of the village attacked soldiers with machetes at the market.", "Military Forces"),
        ("Relatives of the victim attacked two policemen outside the station.", "Police Forces"),
    ],
)
def test_a_crowd_named_with_of_is_who_acted_and_the_force_is_hit(
        text: str, target: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence"), text
    assert event.actor2 == target, text


@pytest.mark.parametrize(
    "text",
    [
        "Residents of the village were attacked by gunmen on Monday night.",  # a passive: the residents were hit
        "Residents of the town said soldiers killed two men.",  # a source: the men are hit
    ],
)
def test_people_named_with_of_who_were_hit_or_tell_stay_civilians_hit(text: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert event.event_type == "Violence against civilians" and event.actor2 == "Civilians", text
