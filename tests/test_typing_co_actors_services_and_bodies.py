"""Who was hit, third pass (attack21; texts written for these tests, each with look-alikes that must stay as they
were): every force named in the subject beside the perpetrator acted with it; a perpetrator whose clause goes on to a
search after the act still did the act; a party's incursion names who made it, as its raid does; the perpetrator's
men named again are not its victims; people found dead, killed by a named party with no fight told, were attacked;
an official of an armed state service (the Levies, the Frontier Constabulary, the security forces) is that force's
member, so an attack on him is a battle; two forces that fired at each other fought, whoever else was hit; people
beaten, assaulted, tortured or maimed beside their abduction were attacked (the gravest act), unless many more were
taken.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


def first_event(text: str, extractor: api.Extractor) -> tuple[str | None, str | None, str | None]:
    """(sub-event type, actor 1, actor 2) of the first event the rules find in ``text``."""
    e = extracted.first_event(text, extractor)
    return e.sub_event_type, e.actor1, e.actor2


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, military forces, gendarmerie and police attacked civilians in Kumbo, killing five.",
        "On 4 March 2024, soldiers and police killed three traders near Dori.",
    ],
)
def test_every_force_in_the_subject_beside_the_perpetrator_acted(text: str, extractor: api.Extractor) -> None:
    sub_event_type, _, actor2 = first_event(text, extractor)
    assert (sub_event_type, actor2) == ("Attack", "Civilians"), text


@pytest.mark.parametrize(
    "text",
    [
        # two sides before a verb of two sides, forces after the verb, forces told as the harmed of a passive
        "On 4 March 2024, JNIM militants and soldiers clashed near Dori.",
        "On 4 March 2024, JNIM militants attacked soldiers and police near Dori.",
        "On 4 March 2024, JNIM militants and two soldiers were killed near Dori.",
    ],
)
def test_forces_fighting_or_hit_stay_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Armed clash", text


def test_a_perpetrator_that_searched_after_the_act_did_the_act(extractor: api.Extractor) -> None:
    text = "On 4 March 2024, Wagner mercenaries assaulted a merchant and conducted a search of his house in Gossi."
    assert first_event(text, extractor) == ("Attack", "Wagner Group", "Civilians")


def test_a_force_that_only_searched_for_the_attackers_is_not_the_actor(extractor: api.Extractor) -> None:
    text = ("On 4 March 2024, FAMa soldiers launched a search for the attackers after JNIM militants killed two "
            "traders near Dori.")
    assert first_event(text, extractor)[1] == "Jama'at Nasr al-Islam wal Muslimin"


@pytest.mark.parametrize(
    "text",
    [
        "On 28 May 2024, a herder was killed during a Boko Haram incursion in Yegoua.",
        "On 28 May 2024, a man was killed during a BH incursion in Yegoua.",
    ],
)
def test_a_party_s_incursion_names_who_made_it(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor) == ("Attack", "Boko Haram", "Civilians"), text


@pytest.mark.parametrize(
    "text",
    [
        "On 28 May 2024, soldiers repelled a Boko Haram incursion in Yegoua, killing four militants.",
        "On 4 January 2024, the army attacked BH elements in Malashi. One dead.",
        "On 23 June 2024, four BH men were killed in Zourou by the army.",
    ],
)
def test_an_incursion_fought_off_or_a_party_s_men_hit_stay_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Armed clash", text


def test_the_perpetrator_s_men_named_again_are_not_its_victims(extractor: api.Extractor) -> None:
    text = ("On 21 January 2024, Boko Haram men hoisted two BH flags in Kolofata during an incursion. Soldiers brought "
            "them down after confronting them.")
    sub_event_type, actor1, actor2 = first_event(text, extractor)
    assert (sub_event_type, actor1) == ("Armed clash", "Boko Haram")
    assert actor2 != "Civilians"


def test_people_found_dead_killed_by_a_named_party_were_attacked(extractor: api.Extractor) -> None:
    text = "On 13 June 2024, four bodies were found in Mainankoua. They were probably killed by Boko Haram men."
    assert first_event(text, extractor)[:2] == ("Attack", "Boko Haram")


def test_bodies_found_after_a_fight_stay_a_battle(extractor: api.Extractor) -> None:
    text = "On 13 June 2024, Boko Haram fighters clashed with the army near Mora. Six bodies were found afterwards."
    assert first_event(text, extractor)[0] == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, TTP gunmen shot dead an official of the Levies Force in Bajaur.",
        "On 4 March 2024, unknown gunmen shot dead a Levies official in Gandawa.",
        "On 4 March 2024, an official of the Frontier Constabulary was killed when gunmen attacked his post in Oghi.",
        "On 4 March 2024, a security official was killed when militants attacked a checkpost in Mohmand.",
    ],
)
def test_an_official_of_an_armed_state_service_is_a_force_hit(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Armed clash", text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, unknown gunmen shot dead a district official in Quetta.",
        "On 4 March 2024, unknown gunmen shot dead a Levies official at his home in Quetta.",
        "On 4 March 2024, unknown gunmen shot dead an official of the security unit of the ministry in Quetta.",
    ],
)
def test_a_civil_official_or_one_off_duty_stays_a_civilian(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Attack", text


def test_two_forces_that_targeted_each_other_fought(extractor: api.Extractor) -> None:
    text = "On 4 March 2024, a civilian was killed when troops of India and Pakistan targeted each other near Kotli."
    assert first_event(text, extractor)[0] == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, soldiers fired at a bus near the border, killing two passengers.",
        "On 4 March 2024, rival youths attacked each other with machetes in Kano, injuring four.",
    ],
)
def test_fire_at_civilians_or_a_crowd_s_fight_is_no_exchange_of_fire(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] in ("Attack", "Mob violence"), text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, ISGS militants abducted a teacher near Tillia and subjected him to torture.",
        "On 4 March 2024, gunmen abducted a businessman near Abba, beating and injuring him.",
    ],
)
def test_harm_told_beside_an_abduction_makes_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, gunmen abducted a trader near Abba.",
        "On 4 March 2024, gunmen abducted 40 students from a school near Kaduna, beating a guard.",
    ],
)
def test_an_abduction_alone_or_a_mass_one_stays_an_abduction(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Abduction/forced disappearance", text
