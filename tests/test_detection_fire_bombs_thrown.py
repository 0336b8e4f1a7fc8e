"""A fire bomb thrown, told by its verb ('men firebombed the office', 'the church was petrol-bombed') or as a Molotov
cocktail with its article ('threw a Molotov cocktail at the house'), opens an event as 'threw a petrol bomb' does:
an attack on people or their property, and a crowd's weapon where a crowd threw it. Not Molotov cocktails seized,
planned in a court's account, or an attack denied."""

from __future__ import annotations

import pytest

from extracted import first_types, typed


@pytest.mark.parametrize("text", [
    "On 3 May, unidentified men threw a Molotov cocktail at the house of a journalist in the city.",
    "On 3 May, unidentified men firebombed the house of a journalist in the city.",
    "On 3 May, the church was petrol-bombed by unknown attackers in the city.",
])
def test_a_fire_bomb_thrown_at_a_house_is_an_attack(text, extractor):
    assert first_types(text, extractor) == ("Violence against civilians", "Attack"), text


def test_a_crowd_throwing_molotov_cocktails_at_police_is_a_riot(extractor):
    text = "On 3 May, protesters threw Molotov cocktails at police in the city."
    assert first_types(text, extractor) == ("Riots", "Violent demonstration"), text


@pytest.mark.parametrize("text", [
    "On 3 May, police seized Molotov cocktails and machetes in the city.",
    "On 3 May, the court heard that the men had planned to throw a Molotov cocktail at the office.",
    "On 3 May, the militants denied that they firebombed the church.",
])
def test_fire_bombs_seized_planned_or_denied_open_no_event(text, extractor):
    assert typed(text, extractor) == [], text
