"""Irregular fighters and a state's soldiers are two sides (fix28; texts written for these tests): 'militia fighters
killed 11 soldiers' is a battle with the military hit, not an attack on civilians because 'fighters' and 'soldiers'
were both read as force words of one side. Soldiers who killed fighters, fighters who killed villagers, and a force's
own men named beside it stay as they were.
"""

from __future__ import annotations

import pytest

from extracted import first_event, first_types
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "Militia fighters killed 11 soldiers near Gao on 4 March 2024.",
        "Armed fighters ambushed a convoy near Gao on 4 March 2024, killing 11 soldiers.",
        "Fighters attacked an army base near Gao on 4 March 2024, killing 11 soldiers.",
        "Militiamen attacked a police station near Gao on 4 March 2024, killing two officers.",
    ],
)
def test_soldiers_or_police_hit_by_irregular_fighters_are_the_other_side(text: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert event.event_type == "Battles", text
    assert event.target_category in ("military", "police"), text


def test_fighters_killed_by_soldiers_stay_a_battle(extractor: api.Extractor) -> None:
    text = "Soldiers killed 11 fighters near Gao on 4 March 2024."
    assert first_types(text, extractor) == ("Battles", "Armed clash"), text


def test_villagers_killed_by_militia_fighters_stay_an_attack(extractor: api.Extractor) -> None:
    text = "Militia fighters killed three villagers near Gao on 4 March 2024."
    assert first_types(text, extractor) == ("Violence against civilians", "Attack"), text


def test_a_forces_own_soldiers_beside_it_are_not_its_target(extractor: api.Extractor) -> None:
    text = "Army soldiers and troops killed three civilians near Gao on 4 March 2024."
    assert first_types(text, extractor) == ("Violence against civilians", "Attack"), text
