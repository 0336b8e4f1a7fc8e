"""How an act was carried out and who carried it, read from the wide development set's political-violence confusions
(typing14), each with look-alikes that must stay as they were (texts written for these tests): aircraft bombing is an
air strike, explosions that happened at a building are devices set there, a force word inside an armed group's name
is no force hit, a perpetrator's own patrol or post is no target, a victim told to be a drug trafficker makes a
fight of outlaws, settlers act as a civil group, an ambush with a device and gunfire on a force is a battle, an air
force or a helicopter named as the agent makes an air strike, and a kamikaze or an unexploded shell names its device.
"""

from __future__ import annotations

import pytest

from sitrep import api


def first_event(text: str, extractor: api.Extractor) -> tuple[str | None, str | None, str | None]:
    """(sub-event type, actor 1, actor 2) of the first event the rules find in ``text``."""
    events = api.extract(text, extractor=extractor).events
    assert events, text
    return events[0].sub_event_type, events[0].actor1, events[0].actor2


@pytest.mark.parametrize("text", [
    "Government aircraft bombed the town of Dalori on Monday, in a raid on rebel hideouts.",
    "Military planes pounded militant hideouts near Dalori on Monday, killing 20 fighters.",
    "On Monday army helicopters strafed the market of Dalori, killing two traders.",
])
def test_aircraft_that_bomb_make_an_air_strike(text: str, extractor: api.Extractor) -> None:
    # (before: 'raid' or the force alone typed the act, a battle; the aircraft tell where the bombs came from)
    sub, _, _ = first_event(text, extractor)
    assert sub == "Air/drone strike", text


def test_a_plane_that_hit_something_is_no_air_strike(extractor: api.Extractor) -> None:
    # 'hit' or 'struck' by a plane may be a crash: only bombing, strafing or dropping tells an air strike
    events = api.extract("A cargo plane hit a house near Dalori on Monday, killing two residents.",
                         extractor=extractor).events
    assert all(e.sub_event_type != "Air/drone strike" for e in events)


@pytest.mark.parametrize("text", [
    "On Monday, two explosions occurred near the district police station of Dalori. Some people were injured.",
    "On Monday there were three explosions at the township education office in Dalori. No casualties were reported.",
    "On Monday three explosions took place in front of the municipal office of Dalori.",
])
def test_explosions_that_happened_at_a_building_are_devices(text: str, extractor: api.Extractor) -> None:
    # (before: several explosions with no device named read as fire from afar, shelling)
    sub, _, _ = first_event(text, extractor)
    assert sub == "Remote explosive/landmine/IED", text


@pytest.mark.parametrize("text", ["On Monday the monitors heard 12 explosions near Dalori.",
                                  "On Monday the monitors counted nine explosions near the front line east of Dalori."])
def test_explosions_heard_or_counted_from_afar_stay_shelling(text: str, extractor: api.Extractor) -> None:
    sub, _, _ = first_event(text, extractor)
    assert sub == "Shelling/artillery/missile attack", text


def test_a_force_word_inside_a_gang_s_name_is_no_force_hit(extractor: api.Extractor) -> None:
    # 'Base' and 'Police' here are words of the gang's name, not a military base or a police force attacked
    sub, _, actor2 = first_event(
        "On Monday members of the Base 9 Police Gang killed six moto taxi drivers on the road to Dalori.", extractor)
    assert (sub, actor2) == ("Attack", "Civilians")


def test_a_state_unit_named_with_a_capital_is_still_a_force_hit(extractor: api.Extractor) -> None:
    sub, _, actor2 = first_event(
        "On Monday gunmen attacked the Military Police Battalion in Dalori, killing two soldiers.", extractor)
    assert (sub, actor2) == ("Armed clash", "Military Forces")


@pytest.mark.parametrize("text", [
    "On Monday a FAMa and Wagner patrol arrested and killed five herders near Dalori.",
    "A FAMa patrol shot dead three herders near Dalori on Monday.",
    "On Monday Israeli military forces from the 'Hill outpost' opened fire at shepherds near Dalori.",
])
def test_a_perpetrator_s_own_patrol_or_post_is_no_target(text: str, extractor: api.Extractor) -> None:
    # (before: the patrol, the outpost were read as a military target hit, and the killing of herders as a battle)
    sub, _, actor2 = first_event(text, extractor)
    assert (sub, actor2) == ("Attack", "Civilians"), text


@pytest.mark.parametrize("text", [
    "Militants ambushed an army patrol near Dalori on Monday, killing three soldiers.",
    "On Monday a FAMa patrol was ambushed by militants near Dalori.",
])
def test_a_patrol_that_was_attacked_is_still_the_target(text: str, extractor: api.Extractor) -> None:
    sub, _, actor2 = first_event(text, extractor)
    assert sub == "Armed clash" and actor2 in ("Military Forces", "Malian Armed Forces"), (text, actor2)


def test_a_patrol_that_ran_into_a_device_is_the_target(extractor: api.Extractor) -> None:
    # the unit before the verb is the actor's only where it did the act: one that hit a mine was hit by it
    events = api.extract("A FAMa patrol hit a landmine near Dalori on Monday, wounding two soldiers.",
                         extractor=extractor).events
    assert events and events[0].target_category == "military"


def test_a_victim_told_to_be_a_drug_trafficker_makes_a_fight_of_outlaws(extractor: api.Extractor) -> None:
    sub, _, _ = first_event("On Monday gunmen shot dead a man in Dalori. The deceased had a police record for drug "
                            "trafficking.", extractor)
    assert sub == "Armed clash"


def test_a_victim_told_otherwise_stays_a_civilian(extractor: api.Extractor) -> None:
    sub, _, _ = first_event("On Monday gunmen shot dead a man in Dalori. The deceased had been a teacher at the "
                            "local school.", extractor)
    assert sub == "Attack"


@pytest.mark.parametrize("text", [
    "On Monday settlers raided homes in the village of Dalori and told the residents to leave. No one was hurt.",
    "On Monday settlers beat a shepherd near Dalori, injuring him.",
])
def test_settlers_violence_against_people_is_mob_violence(text: str, extractor: api.Extractor) -> None:
    # (before: read as an unnamed armed group's attack on civilians)
    sub, _, _ = first_event(text, extractor)
    assert sub == "Mob violence", text


def test_settlers_damage_to_trees_alone_is_property_destruction(extractor: api.Extractor) -> None:
    sub, _, _ = first_event("On Monday settlers uprooted 300 olive trees in the village of Dalori.", extractor)
    assert sub == "Looting/property destruction"


def test_an_ambush_with_a_device_and_gunfire_on_a_force_is_a_battle(extractor: api.Extractor) -> None:
    # (before: the device typed it, a remote explosive; the gunfire tells armed men assaulting the convoy)
    sub, _, _ = first_event("On Monday militants carried out a complex ambush involving an IED and gunfire on an army "
                            "convoy near Dalori. Five soldiers were killed.", extractor)
    assert sub == "Armed clash"


def test_a_roadside_bomb_alone_on_a_force_stays_a_remote_explosive(extractor: api.Extractor) -> None:
    sub, _, _ = first_event("On Monday a roadside bomb hit an army convoy near Dalori, killing five soldiers.",
                            extractor)
    assert sub == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "On Monday five villagers were killed in an attack by the national air force near Dalori.",
    "On Monday two traders were killed by helicopter gunfire in the market of Dalori.",
])
def test_an_air_force_or_a_helicopter_as_the_agent_makes_an_air_strike(text: str, extractor: api.Extractor) -> None:
    # (before: no weapon read, an attack on civilians)
    sub, _, _ = first_event(text, extractor)
    assert sub == "Air/drone strike", text


def test_an_air_force_base_attacked_is_no_air_strike(extractor: api.Extractor) -> None:
    sub, _, _ = first_event("On Monday gunmen attacked the air force base near Dalori, killing two guards.", extractor)
    assert sub != "Air/drone strike"


def test_a_kamikaze_who_blew_herself_up_is_a_suicide_bomb(extractor: api.Extractor) -> None:
    sub, _, _ = first_event("On Monday a woman kamikaze exploded herself in the market of Dalori, killing two people.",
                            extractor)
    assert sub == "Suicide bomb"


def test_unexploded_ordnance_that_went_off_is_a_remote_explosive(extractor: api.Extractor) -> None:
    sub, _, _ = first_event("On Monday a herder was killed when a UXO detonated near Dalori.", extractor)
    assert sub == "Remote explosive/landmine/IED"
