"""Roadblocks, armed men's moves, shots heard and people displaced by a fight (texts written for these tests).

A roadblock or checkpoint set up by an armed party, or by no one named, is a road held (ACLED's 'Other'); a state
force's is a security measure (a change to its activity). A road blocked by an armed party or with things put across
it is held too. Armed men's presence or moves told as reported, forces arriving by helicopter and a convoy of forces
entering a town are a movement of forces, even where the sentence's only trigger word is 'entered'. Shots named again
after shots heard are what was heard, no fire at anyone. People displaced by a fight, or leaving because of attacks,
are a displacement (the fight is coded apart), not a battle. Look-alikes that must stay as they were: a crowd's
barricades, a road blocked by a landslide, a fight with people fleeing after it, a law entering into force, a
president entering a hall, shots fired at soldiers.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, roadblocks were set up in the Delmas neighborhood. Nobody knows who set them up.",
        "On Monday, members of a gang set up a roadblock on the national road near Saint-Marc.",
        "On Monday, residents of two villages set up roadblocks for reasons that are not known.",
        "On Monday, unidentified gangs blocked the national road near the crossroads.",
        "On Monday, a truck was used to block the main road out of Arcahaie.",
        "On Monday, rocks were placed on the road to Kenscoff.",
    ],
)
def test_a_roadblock_of_no_state_force_is_a_road_held(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Strategic developments", "Other")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, soldiers set up checkpoints on the highway near the town.",
        "On Monday, security forces increased patrols and set up road blocks around the market.",
    ],
)
def test_a_state_force_checkpoint_stays_a_change_to_its_activity(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Strategic developments", "Change to group/activity")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the presence of suspected militants was reported in the valleys north of Tillia.",
        "On Monday, movements of foreign forces were reported at the airport of the capital.",
        "On Monday, national and allied forces arrived by helicopter in the village of Boni.",
        "On Monday, a convoy of fourteen military carriers, likely bound for the rebels as on an earlier delivery "
        "(reported separately), entered the town of Nyala.",
        "On Monday, soldiers aboard a small speedboat entered the river bank of the village of Albarkaize.",
    ],
)
def test_armed_men_reported_arriving_or_entering_are_a_movement_of_forces(text: str,
                                                                         extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Strategic developments", "Change to group/activity")]


def test_shots_named_again_after_shots_heard_are_what_was_heard(extractor: api.Extractor) -> None:
    text = ("On Monday, gunshots were heard in Delmas 40B. There is no information on the circumstances or the "
            "authorship of the gunshots.")
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Strategic developments", "Other")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, 200 farmers were displaced due to clashes between two armed groups in the hills.",
        "On Monday, around 9,000 people were displaced in three villages following clashes between two militias.",
        "On Monday, because of the attacks of armed groups the inhabitants left the town of Karimama.",
    ],
)
def test_people_displaced_by_a_fight_are_a_displacement(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Strategic developments", "Other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fight told as the event, people fleeing after it: the fight.
        ("On Monday, militants clashed with soldiers near the town, and 300 residents fled the town.",
         [("Battles", "Armed clash")]),
        ("On Monday, gunshots were heard in the village as militants fired shots at soldiers.",
         [("Battles", "Armed clash")]),
        # A crowd's barricades are its demonstration; a road blocked by a landslide or a law entering into force, and
        # a president entering a hall, open nothing.
        ("On Monday, protesters erected barricades of burning tires on the main road.",
         [("Riots", "Violent demonstration")]),
        ("On Monday, the road to the port was blocked by a landslide.", []),
        ("On Monday, the new law entered into force.", []),
        ("On Monday, the president entered the hall to address parliament.", []),
    ],
)
def test_the_look_alikes_stay_as_they_were(text: str, expected: list[tuple[str, str]],
                                           extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[: max(1, len(expected))] == expected


def test_forces_that_withdrew_from_a_town_are_a_movement_of_forces(extractor: api.Extractor) -> None:
    # ('withdrew' alone is a trigger no typing rule reads: the phrase of forces withdrawn types the event)
    text = "On Monday, the foreign mercenaries withdrew from Birao and arrived in Ndele before heading for the capital."
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Strategic developments", "Change to group/activity")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, suspected militants closed down polling stations in the village of Akorine.",
        "On Monday, the militants prevented residents access to a well in the village of Tiloa.",
    ],
)
def test_a_public_place_shut_by_an_armed_party_is_another_development(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Strategic developments", "Other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A state's closure, a course of years and talks left are no development of an armed party's; a closure
        # with a killing is the killing.
        ("On Monday, the government closed down polling stations in the north.", []),
        ("Militants have closed schools across the region for years.", []),
        ("On Monday, the rebels withdrew from the talks in Geneva.", []),
        ("On Monday, militants closed down the school and killed two teachers.",
         [("Violence against civilians", "Attack")]),
    ],
)
def test_closures_and_withdrawals_elsewhere_stay_as_they_were(text: str, expected: list[tuple[str, str]],
                                                               extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, unknown gunmen pillaged several shops in Kayan.",
        # (with a day of its own: told without one, a pillage may be a charge or a history; see
        # test_typing_raids_and_abductions.py)
        "On 3 May, Boko Haram members loot motorcycles and other property near Mora. No deaths or injuries reported.",
        "On Monday, suspected militants stripped marketgoers of money and seven motorbikes near Madjoari.",
        "On Monday, militiamen rustled a large herd of livestock from herders near Ezza.",
    ],
)
def test_goods_or_livestock_taken_on_a_day_with_no_one_harmed_are_looting(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Strategic developments",
                                                                "Looting/property destruction")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Livestock taken beside a killing is the killing; looting only planned opens nothing.
        ("On Monday, gunmen killed two herders and rustled their cattle near the village.",
         [("Violence against civilians", "Attack")]),
        ("On Monday, the youths planned to loot the market.", []),
    ],
)
def test_looting_beside_a_killing_or_only_planned_stays_as_it_was(text: str, expected: list[tuple[str, str]],
                                                                  extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == expected
