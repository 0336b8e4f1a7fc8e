"""The place of non-state armed men hit names the side hit (fix28; texts written for these tests): in 'air force
jets struck rebel positions' the rebels are the other side, not a second state force; an army's positions hit by
rebels are still the military's.
"""

from __future__ import annotations

import pytest

from extracted import first_event
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "Air force jets struck rebel positions near Gao on Monday.",
        "Fighter jets struck rebel positions near Gao on Monday.",
        "Soldiers shelled militant positions near Gao on Monday.",
        # (fix29: every place word of armed men, not only those that name a target on their own: 'bases', 'camp')
        "Soldiers shelled militant bases near Gao on Monday.",
        "Troops raided a bandit camp near Gao on Monday.",
        "Air force jets bombed rebel hideouts near Gao on Monday.",
    ],
)
def test_rebel_positions_hit_are_the_rebels_not_the_military(text: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert event.actor2 != "Military Forces", text
    assert event.target_category == "military", text


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled army positions near Gao on Monday.",
        "Rebels shelled army bases near Gao on Monday.",
        "Militants attacked the army camp near Gao on Monday.",
    ],
)
def test_army_positions_hit_by_rebels_stay_the_military(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor).actor2 == "Military Forces", text


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked a refugee camp near Gao on Monday, killing three civilians.",
        "Rebels set up a base in the village of Gao on Monday.",
    ],
)
def test_places_not_held_by_armed_men_name_no_armed_side(text: str, extractor: api.Extractor) -> None:
    # (a camp of refugees is no place of armed men; a base the rebels set up is their own, no side hit)
    assert first_event(text, extractor).target_category != "military", text
