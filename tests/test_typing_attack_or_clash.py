"""Attack or armed clash, read from the wider development sample's confusions of the two (attack19; texts written for
these tests, each with look-alikes that must stay as they were): every party named in the subject of an act on
civilians acted, or is another guess at who did (an alias in brackets, 'or', a list, 'a group of', 'dozens of'); a
party joined to the agent of a passive acted too; neither is the target that made the act a battle. A force hit
after the verb, in the passive or in a fight of two sides stays a battle.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


def first_event(text: str, extractor: api.Extractor) -> tuple[str | None, str | None]:
    """(sub-event type, actor 2) of the first event the rules find in ``text``."""
    e = extracted.first_event(text, extractor)
    return e.sub_event_type, e.actor2


@pytest.mark.parametrize(
    "text",
    [
        # an alias in brackets between two guesses at the perpetrator: the first guess was read as the target
        "On 4 March 2024, presumed Katiba Macina (JNIM) or ISGS militants shot dead a trader near Dori.",
        # the party after 'a group of suspected', 'dozens of'
        "On 4 March 2024, a group of suspected Ambazonian separatists killed a taxi driver in Bamenda.",
        "On 4 March 2024, dozens of Wagner mercenaries assaulted and injured a shopkeeper in Bouar.",
        # another party claimed the act: the one named as its subject is no target
        "On 4 March 2024, ISGS militants killed four herders near Tin-Akoff. ISWAP claimed responsibility for the "
        "attack.",
    ],
)
def test_every_party_in_the_subject_of_an_attack_on_civilians_acted(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor) == ("Attack", "Civilians"), text


def test_a_party_joined_to_the_agent_of_a_passive_acted_too(extractor: api.Extractor) -> None:
    text = "On 4 March 2024, a teacher was tortured and killed by FACA soldiers and Wagner mercenaries in Bria."
    assert first_event(text, extractor) == ("Attack", "Civilians")


def test_an_off_duty_officer_named_with_his_force_s_adjectives_is_a_civilian(extractor: api.Extractor) -> None:
    # ("off-duty" four words and more before the force's word, its country's name between)
    text = "On 4 March 2024, Wagner mercenaries tortured an off-duty Central African army officer in Bouar."
    assert first_event(text, extractor) == ("Attack", "Civilians")


@pytest.mark.parametrize(
    "text",
    [
        # a force after the verb, in the passive, or as a headline's harmed
        "On 4 March 2024, JNIM militants ambushed FAMa soldiers near Boni, killing two.",
        "On 4 March 2024, FAMa soldiers were killed by JNIM militants near Boni.",
        "Two FAMa soldiers killed in JNIM ambush near Boni",
        "On 4 March 2024, JNIM militants killed two FAMa soldiers and a Wagner mercenary near Boni.",
        # the two sides named together before a verb of two sides
        "On 4 March 2024, al-Shabaab and the police clashed in Mandera, leaving two dead.",
        "On 4 March 2024, JNIM militants and FAMa soldiers exchanged fire near Boni.",
        # a force joined by 'and' to a later clause, not to the agent
        "On 4 March 2024, two soldiers were killed by JNIM militants and the army later killed ten militants near "
        "Boni.",
        # an officer on duty, his force's adjectives before him
        "On 4 March 2024, JNIM militants shot dead a Burkinabe army officer at a checkpoint near Djibo.",
    ],
)
def test_forces_hit_or_fighting_stay_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Armed clash", text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, FAMa soldiers shot and wounded three marketgoers near Niono.",
        "On 4 March 2024, JNIM militants abducted and executed a tobacco seller near Dori.",
        "On 4 March 2024, gunmen shot dead a passerby near the market in Dori.",
    ],
)
def test_people_named_by_where_they_went_or_what_they_did_are_civilians(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor) == ("Attack", "Civilians"), text


def test_soldiers_shot_at_the_market_stay_a_battle(extractor: api.Extractor) -> None:
    text = "On 4 March 2024, JNIM militants shot dead two soldiers guarding marketgoers near Niono."
    assert first_event(text, extractor)[0] == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, the FC, launching an operation in Balochistan, killed 10 militants in Turbat.",
        "On 4 March 2024, the Frontier Corps searched the area. and shot dead two suspected militants near Turbat.",
    ],
)
def test_armed_men_named_as_the_object_of_a_killing_were_harmed_not_the_actor(text: str,
                                                                             extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Armed clash", text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, militants killed two farmers near Turbat.",
        "On 4 March 2024, two suspected militants shot dead a shopkeeper near Turbat.",
    ],
)
def test_armed_men_who_killed_stay_the_actor(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor) == ("Attack", "Civilians"), text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, JNIM militants fired gunshots at the village of Tin-Akoff. There were no casualties.",
        "On 4 March 2024, FAMa soldiers carried out a patrol and fired shots at the village of Sokolo.",
    ],
)
def test_shots_fired_at_a_village_with_no_one_else_hit_are_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor) == ("Attack", "Civilians"), text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, JNIM militants fired shots at the police post in Dori.",
        "On 4 March 2024, Wagner mercenaries fired shots at an unidentified drone in Kaga-Bandoro.",
    ],
)
def test_shots_fired_at_a_force_s_place_or_at_a_drone_stay_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Armed clash", text
