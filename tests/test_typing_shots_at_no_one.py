"""Shots fired or heard with nothing told as aimed at, no one hurt and no other side, read from the wide-18
development sample's 'Other' / 'Armed clash' confusions (texts written for these tests, with look-alikes that must
stay as they were): one side's show of force is ACLED's strategic development 'Other' (or the looting it came with),
not a battle; shots at a target, beside a harm, a fight or on a front line keep their type.
"""

from __future__ import annotations

import pytest

from extracted import first_sub
from sitrep import api


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("On Tuesday, gang members fired shots in the Delmas neighbourhood. The circumstances are unknown.", "Other"),
        ("On Sunday, gunshots were fired in the Bas Delmas neighbourhood. Nobody knows who fired them.", "Other"),
        # the shots beside a looting: the looting is the event
        ("On Friday, armed men fired shots and looted a pharmacy in the market of Kaya.",
         "Looting/property destruction"),
    ],
)
def test_shots_at_no_one_with_no_one_hurt_are_no_battle(text: str, sub: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub, text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # shots at people or at a thing: an attack, a fight with what was shot at
        ("On Friday, gunmen fired shots at a bus near Kaya, wounding two passengers.", "Attack"),
        ("On Friday, soldiers fired shots at a drone flying over the base in Kaya.", "Armed clash"),
        # a harm told: an attack
        ("On Friday, gang members fired shots in the area of Kaya, killing a woman.", "Attack"),
        # two sides, a force's post raided, a front line: a battle
        ("On Friday, militants and soldiers exchanged shots near Kaya.", "Armed clash"),
        ("On Friday, militants attacked an army post in Kaya; shots were heard for an hour.", "Armed clash"),
        ("On Friday, observers recorded 40 shots and explosions near the frontline in Kaya.", "Armed clash"),
        # police shots at a crowd: how a protest was met
        ("On Friday, police fired shots to disperse hundreds of protesters in Kaya.", "Protest with intervention"),
    ],
)
def test_shots_at_a_target_or_in_a_fight_keep_their_type(text: str, sub: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub, text
