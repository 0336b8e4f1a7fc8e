"""Forces sent by their command, crossing a border or moving to a place (texts written for these tests).

A movement of forces told by a verb the rules did not know opens ACLED's change to a group's activity, with a day of
its own, as forces that arrived, were deployed or were sent already do: troops a command sent somewhere, told in the
active ('the army sent 200 soldiers to the town', 'the police sent more armed men, riot police and officers, to the
city'), armed men who crossed a border ('rebels crossed the border from Sudan'), and armed men who moved to a place
('paramilitaries moved to the neighbourhoods of the town'). Look-alikes open no event: men sent to prison, troops sent
to a flood or to talks, a sending only planned, denied or told as a precaution, refugees crossing a border, troops
that 'moved to' do something (an aim, not a place), a government that 'moved to' act, a team sent to a tournament,
and a sending told of a past year with no day.
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
        "On Monday, the army sent 200 soldiers to the town of Kaga.",
        "On Monday, the government rushed reinforcements to the border town of Kurmuk.",
        "On Monday, the police sent more armed men, riot police and officers, to man the gates of the city.",
        "On Monday, the mission sent peacekeepers into the town of Bria.",
    ],
)
def test_forces_sent_by_their_command_are_a_movement_of_forces(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == [MOVE]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, rebels crossed the border from Sudan near the village of Tissi.",
        "On Monday, soldiers of the neighbouring country crossed the border with six armoured vehicles, backed by "
        "helicopters, and reached the district of Kabo.",
        "On Monday, police and paramilitaries moved to the neighbourhoods of the town to set up controls.",
        "On Monday, the rebels moved to positions near the airport.",
    ],
)
def test_armed_men_crossing_a_border_or_moving_to_a_place_are_a_movement_of_forces(
        text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == [MOVE]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the court sent two soldiers to prison for the theft of fuel.",
        "On Monday, the army sent troops to the flooded district to help evacuate residents.",
        "On Monday, the rebels sent fighters to the peace talks in Nairobi.",
        "On Monday, the government said it would send troops to the town.",
        "On Monday, the army denied that it had sent troops to the town.",
        "On Monday, the army sent troops to the region to prevent clashes between herders and farmers.",
        "On Monday, the army sent troops to the city ahead of the vote.",
        "On Monday, the army sent troops to prevent clashes in the town.",
        "On Monday, the club sent its under-21 squad to the tournament in Accra.",
        "On Monday, the president sent a message to the rebels.",
        "On Monday, hundreds of refugees crossed the border into Chad.",
        "On Monday, troops moved to secure the area around the market.",
        "On Monday, the government moved to disarm the militias in the area.",
        "In 2019, the army sent troops to the town of Kaga.",
    ],
)
def test_prisons_floods_talks_plans_denials_precautions_sport_refugees_aims_and_history_are_no_move(
        text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


def test_a_move_followed_by_an_attack_is_typed_by_the_attack(extractor: api.Extractor) -> None:
    # (the crossing is the setting of what the armed men then did)
    text = "On Monday, rebels crossed the border from Sudan and killed four farmers in the village of Tissi."
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Violence against civilians", "Attack")]
