"""Crowds that shoot, read from the wider development sample's riot and violence-against-civilians confusions
(sitrep-rules/21's wide-18 sample), with look-alikes that must stay as they were (texts written for these tests).

A crowd or community whose own gunfire is told ('farmers opened fire on a herder', 'youths attacked the students with
clubs, guns and machetes', 'wounded by machetes and gunshots', 'clashed with firearms') is an armed party as ACLED codes
it (a communal militia): its harm to people is an attack and its fight a battle, not mob violence. Fire told as the
police's, a guard's or a suspect's, fire at no one (warning shots, rubber bullets, aerial firing) and a crowd's justice
on a thief or in a lynching (with a gun or not) leave the crowd's violence as it was.

A crowd (residents, locals, villagers, youths, community members, motorcyclists) that fights the police, the crowd, the
police and the fight told in one sentence, is a riot (mob violence), not a battle, with the police's fire beside it no
arm of the crowd's; police that intervened in a fight of others, armed men and an armed crowd still fight battles.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

# --- a crowd's own gunfire ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 2 June 2024, farmers opened fire on a Fulani herder near Kandi and wounded him in the leg.",
        "On 2 June 2024, youths from the next quarter attacked pupils at a school in Wa with clubs, guns and machetes.",
        "On 2 June 2024, villagers of Tanga stormed the home of the district head and shot his nephew.",
        "On 2 June 2024, residents of one town attacked travellers from the other on the highway; two were killed by "
        "gunshots and nine were hurt.",
    ],
)
def test_a_crowd_whose_own_gunfire_harms_people_attacks_them(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Violence against civilians", "Attack")], text


@pytest.mark.parametrize(
    "text",
    [
        "On 2 June 2024, herders and farmers clashed with firearms and machetes in the village of Goungoun, leaving "
        "three dead.",
        "On 2 June 2024, supporters of the two parties clashed in Bawku after the vote, with firing of ammunition "
        "reported.",
    ],
)
def test_a_crowds_fight_with_its_own_gunfire_is_a_battle(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Battles", "Armed clash")], text


# --- look-alikes: the fire is someone else's, or aimed at no one, or a crowd's justice -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # no gun told at all
        "On 2 June 2024, villagers attacked a herder with sticks and stones near Kandi, injuring him.",
        # fire into the air, rubber bullets: aimed at no one
        "On 2 June 2024, two groups of party activists fought with fists outside the office, with aerial firing "
        "reported; three were injured.",
        # a crowd's justice on a thief, whoever fired
        "On 2 June 2024, farmers caught a man stealing cashew nuts in Perere; one of them shot and wounded the thief.",
        "On 2 June 2024, a mob lynched a man accused of witchcraft in Kagiso after he shot at them.",
    ],
)
def test_a_crowd_with_no_gun_of_its_own_stays_a_mob(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Riots", "Mob violence")], text


def test_police_fire_at_a_crowd_that_threw_stones_leaves_the_riot(extractor: api.Extractor) -> None:
    text = ("On 2 June 2024, youths threw stones at the police station in Tema; the police fired gunshots to disperse "
            "the crowd.")
    assert typed(text, extractor)[:1][0][0] == "Riots", text


# --- a crowd that fights the police --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 5 July 2024, clashes erupted when the police came to disperse residents gathered for a wake in Kandi; "
        "one policeman was wounded.",
        "On 5 July 2024, police officers engaged in a clash with community members in Tamale during an attempt to "
        "arrest a suspect; three people were injured.",
        "On 5 July 2024, police and commercial motorcyclists clashed in Ikorodu over the seizure of their bikes; one "
        "man died.",
        # the police's fire beside the crowd's stones is no arm of the crowd's
        "On 5 July 2024, locals clashed with the police in Harpur; the police fired in the air and five people were "
        "injured.",
    ],
)
def test_a_crowd_that_fights_the_police_is_a_riot_not_a_battle(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Riots", "Mob violence")], text


@pytest.mark.parametrize(
    "text",
    [
        # the police stepped into a fight of two factions of a chieftaincy: a communal fight, as before
        "On 5 July 2024, a chieftaincy dispute between two factions of the Sakai community led to a clash that left "
        "four injured. Police and military forces intervened.",
        # armed men, not a crowd, fought the police
        "On 5 July 2024, gunmen clashed with the police in Ikorodu, and two residents were killed.",
        # a crowd told armed
        "On 5 July 2024, armed residents clashed with the police in Kandi, wounding two officers.",
    ],
)
def test_a_fight_the_police_stepped_into_or_of_armed_men_stays_a_battle(
        text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1][0][0] == "Battles", text


@pytest.mark.parametrize(
    "text",
    [
        "On 5 July 2024, police fired shots at residents in Kandi, killing two.",
        "On 5 July 2024, police fired gunshots at youths who gathered near the market in Kandi, wounding three.",
        "On 5 July 2024, soldiers opened fire on villagers in Kandi, killing four.",
    ],
)
def test_a_force_firing_at_a_crowd_with_no_fight_told_is_still_its_attack(
        text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Violence against civilians", "Attack")], text
