"""Typing decisions that read what a crowd did and where (texts written for these tests): rioters named for their
violence, with no riot, roadblock or demand told, act outside a demonstration (mob violence); a riot told as an
event, a road held or a demand keep the violent demonstration.
"""

from __future__ import annotations

import pytest

from extracted import first_sub
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, rioters clashed with soldiers who had entered the village of Kafr Tala.",
        "Rioters hurled stones at passing buses on the highway near Arwa on Tuesday, damaging two of them.",
        "On Monday, rioters ransacked the magistrate's office in Bulo after a teacher was detained.",
        "Unknown rioters threw petrol bombs at a tourist coach near Tamsa on Friday; nobody was hurt.",
    ],
)
def test_rioters_outside_a_demonstration_are_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Mob violence", text


@pytest.mark.parametrize(
    "text",
    [
        "Riots broke out in Kimbo on Monday after a motorcyclist was beaten by traffic police.",
        "On Tuesday, rioters set up barricades of burning tyres on the main road out of Lora.",
        "Students rioted in Sabu on Thursday over the arrest of their union leader, smashing windows.",
    ],
)
def test_a_riot_told_as_an_event_stays_a_violent_demonstration(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Violent demonstration", text


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, party cadres clashed with police outside the district office in Hetauda.",
        "On Sunday, clashes broke out between agitators and police in the town of Birgunj, injuring ten.",
        "A clash broke out between agitators and security personnel at the border crossing in Jaleshwar on Sunday.",
        "Two people were wounded on Monday when two families fought over a plot of land in the village of Gbara.",
    ],
)
def test_unarmed_partisans_and_families_fighting_are_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Mob violence", text


@pytest.mark.parametrize(
    "text",
    [
        "Youths from two rival neighbourhoods exchanged fire in Cite Soleil on Sunday, leaving one dead.",
        "Villagers exchanged fire with cattle rustlers near Marsabit on Monday; one rustler was killed.",
        "On Monday, CV and TCP members exchanged fire in the Morro Alto community. Two men were shot dead.",
        "On Tuesday, traders and local youths exchanged gunfire at the market in Onitsha, killing two.",
    ],
)
def test_an_exchange_of_fire_is_a_battle_whoever_is_named(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


def test_armed_clans_fighting_stay_a_battle(extractor: api.Extractor) -> None:
    text = "On Monday, gunmen from two rival clans clashed over a water point near Galkayo, killing four."
    assert first_sub(text, extractor) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Nurses held a sit-in in Parakou to demand unpaid wages. Police intervened to disperse the protest.",
        "Traders gathered at the town hall in Kara to protest a new tax. Police broke up their demonstration.",
        "Teachers marched in Lome to demand higher pay. Police used tear gas to break up the demonstration.",
        "Students rallied at the campus gate in Zomba over fees. Riot police dispersed the rally an hour later.",
    ],
)
def test_police_breaking_up_the_same_protest_is_an_intervention(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Protest with intervention", text


def test_police_breaking_up_another_protest_is_not_this_ones(extractor: api.Extractor) -> None:
    text = "Hundreds of nurses marched in Parakou to demand unpaid wages. In Kandi, police broke up a smaller rally."
    assert first_sub(text, extractor) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds marched to the embassy in Dakar on Friday to call for a cease fire in the war.",
        "Students rallied in Rabat on Sunday demanding an immediate cease-fire and aid for the wounded.",
        "Activists held a demonstration in Tunis on Friday. Flags of the warring states were burned.",
        "Villagers protested in Kasungu over land grabs; an effigy of the district chief was set on fire.",
    ],
)
def test_a_truce_called_for_or_a_symbol_burned_keeps_a_protest_peaceful(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Peaceful protest", text


@pytest.mark.parametrize(
    "text",
    [
        "Protesters demanding a cease fire set fire to a police post in Gao on Friday.",
        "Residents protested in Kasungu over land grabs; two shops were set on fire and a car was burned.",
    ],
)
def test_real_fire_beside_a_truce_or_a_symbol_stays_violent(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Violent demonstration", text
