"""Armed men arriving, on the move or sent somewhere (texts written for these tests).

Armed men who arrived at a place, who were moving or travelling, who went to a village, who were sent or deployed
somewhere, or whose deployment was reported, told in a sentence with a day of its own, are a movement of forces:
ACLED's change to a group's activity ('dozens of mercenaries aboard helicopters arrived in the town', 'militants
aboard 14 motorcycles were moving along a river', 'six members of an armed group went to the village', '300 military
instructors were sent to the capital'). Look-alikes open no event: armed men coming for talks, a bout or a ceremony,
to the scene of an accident, sent to prison or to a flood, deployed as a precaution ahead of a vote's results, a
move only planned, and a course of years told without a day.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"
MOVE = ("Strategic developments", "Change to group/activity")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, dozens of mercenaries aboard helicopters arrived in the town of Tessit.",
        "On Monday, militants aboard 14 motorcycles were moving along a river between the villages of Kaba and Dori.",
        "On Monday, suspected militants aboard five motorcycles were travelling between Kaba and Dori.",
        "On Monday, six members of an armed group on motorcycles went to the village of Koualou.",
        "On Monday, an additional 300 military instructors (foreign mercenaries) were sent to the capital to train "
        "the army.",
        "On Monday, a deployment of military forces was reported on the streets around the central mosque.",
    ],
)
def test_armed_men_arriving_moving_or_sent_on_a_day_are_a_movement_of_forces(text: str,
                                                                              extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == [MOVE]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, rebels arrived in Nairobi for peace talks with the government.",
        "On Monday, the fighters arrived in Las Vegas ahead of Saturday's title bout.",
        "On Monday, soldiers arrived at the scene of the accident on the highway.",
        "On Monday, soldiers were deployed in the city ahead of the release of the election results.",
        "On Monday, two soldiers were sent to prison for the theft of fuel.",
        "On Monday, troops were sent to the flooded district to help evacuate residents.",
        "On Monday, troops were deployed to the flooded district to help evacuate residents.",
        "On Monday, the rebels said they would send fighters to the town next week.",
        "On Monday, the president arrived in the town of Tessit for the ceremony.",
        "On Monday, the militants went to the polls in the district.",
        "Militants have been moving through the region for years.",
    ],
)
def test_talks_bouts_prisons_floods_precautions_and_plans_are_no_move(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


def test_a_move_followed_by_an_act_is_typed_by_the_act(extractor: api.Extractor) -> None:
    # (the move is the setting of what the armed men then did)
    text = "On Monday, gunmen went to the village of Koualou and killed three farmers."
    assert typed(text, extractor, published=PUBLISHED) == [("Violence against civilians", "Attack")]


def test_people_travelling_when_armed_men_took_them_are_no_move_of_the_armed_men(extractor: api.Extractor) -> None:
    # (the travellers, not the gunmen, were moving: the abduction is the event)
    text = ("On Monday, 40 people were held hostage by gunmen in the border town of Hullugho. The gunmen apprehended "
            "the group while they were travelling from Masalani.")
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Violence against civilians",
                                                                "Abduction/forced disappearance")]
