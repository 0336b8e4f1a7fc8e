"""A place a non-state side overran and then destroyed was raided, not held, read from the wide-18 development
sample's 'Armed clash > Non-state actor overtakes territory' confusion (texts written for these tests, each with
look-alikes that must stay as they were): militants that take a force's base, camp or post and burn or blow it up
fought that force for it (ACLED's armed clash), they did not gain territory; a place no force held, ground taken and
kept, or ground taken back by the state is as before.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api

CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May, militants attacked the army barracks in Tongo, wounding several soldiers. The militants took "
        "control of the barracks and detonated the facility.",
        "On 4 May, militants attacked the military base in Yense, killing two soldiers; the camp was overrun by the "
        "militants and the equipment burned.",
        "On 4 May, insurgents overran an army outpost near Damboa after heavy fighting and set the outpost ablaze.",
    ],
)
def test_a_forces_place_overrun_and_destroyed_is_an_armed_clash(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == CLASH, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place no force held, control taken with no fight or harm told: not a fight for it, a non-violent
        # transfer (see tests/test_typing_ground_held_without_a_fight.py)
        ("On 4 May, militants entered the hunting camp at Pieni, took control of the site and torched a bar.",
         ("Strategic developments", "Non-violent transfer of territory")),
        # ground taken and kept: the group's territory
        ("On 4 May, rebels seized the town of Bria after clashes with the army. Three soldiers were killed.",
         ("Battles", "Non-state actor overtakes territory")),
        ("On 4 May, insurgents overran an army outpost near Damboa after heavy fighting.",
         ("Battles", "Non-state actor overtakes territory")),
        # the state taking ground back, whatever it burned
        ("On 4 May, the army retook the town of Bria from the rebels and burned their camp.",
         ("Battles", "Government regains territory")),
    ],
)
def test_ground_taken_and_kept_or_taken_back_stays_territory(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text
