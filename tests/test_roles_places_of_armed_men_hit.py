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
    ],
)
def test_rebel_positions_hit_are_the_rebels_not_the_military(text: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert event.actor2 != "Military Forces", text
    assert event.target_category == "military", text


def test_army_positions_hit_by_rebels_stay_the_military(extractor: api.Extractor) -> None:
    text = "Rebels shelled army positions near Gao on Monday."
    assert first_event(text, extractor).actor2 == "Military Forces", text
