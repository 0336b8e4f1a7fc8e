"""An offensive gone on against an armed side, and armed men driven out of a place, are fights a news writer tells
without 'clashed' or 'attacked': 'the guard went on the offensive against mutinous troops' (as 'launched an offensive
against' is read), 'the army drove the rebels out of the town' (ground retaken). Not a party that 'went on the
offensive' against the government in words, residents driven from their homes, or the passive, where the side driven
out would be read as the side that acted."""

from __future__ import annotations

import pytest

from extracted import first_types, typed


@pytest.mark.parametrize("text", [
    "On 3 May, the presidential guard went on the offensive against mutinous troops in the city.",
    "On 3 May, the army went on the offensive against the rebels near the town.",
])
def test_an_offensive_gone_on_against_an_armed_side_is_a_battle(text, extractor):
    assert first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize("text", [
    "On 3 May, the army drove the rebels out of the town.",
    "On 3 May, government troops pushed the militants out of two villages near the border.",
])
def test_armed_men_driven_out_by_the_state_is_ground_regained(text, extractor):
    assert first_types(text, extractor) == ("Battles", "Government regains territory"), text


def test_troops_driven_out_by_rebels_is_ground_taken(extractor):
    text = "On 3 May, the rebels drove government troops out of the town."
    assert first_types(text, extractor) == ("Battles", "Non-state actor overtakes territory"), text


@pytest.mark.parametrize("text", [
    "On 3 May, the opposition went on the offensive against the government in parliament.",
    "On 3 May, the home side went on the offensive against the visitors after the break.",
    "On 3 May, militants drove residents out of their homes in the village.",
    "On 3 May, the rebels were pushed out of the town by the army.",
    "On 3 May, the army said it would drive the rebels out of the town.",
])
def test_words_residents_plans_and_the_passive_are_no_such_fight(text, extractor):
    assert typed(text, extractor) == [], text
