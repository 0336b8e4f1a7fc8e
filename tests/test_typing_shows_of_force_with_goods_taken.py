"""Shots fired into the air beside goods pillaged or carried off (texts written for these tests).

Fire into the air with no one hurt, no crowd and no fight is a show of force, ACLED's strategic development 'Other';
but where the armed men also pillaged shops or carried off livestock, goods or cash, the show of force came with a
looting, and the event is the goods' loss (looting/property destruction), as ACLED codes it. The rule of fire into the
air read a looting only from a tactic, and 'pillaged' or 'seized livestock' are told by words that make none.

Look-alikes that must stay as they were: fire into the air alone (a show of force), shots aimed at a vehicle or its
people before it was taken (an attack on them), travellers ambushed (an attack), a herder shot beside his cattle taken
(an attack), a state force's seizure with warning shots (not read as a looting here) and goods only planned to be
taken (no event). (Goods taken with no shots told are left to the other rules: a wider reading cost a row.)
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

LOOTING = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, militants fired gunshots in the air and seized livestock in the village of Kamba.",
        "On Monday, gunmen fired in the air in Kamba and seized a motorbike and 40 cattle. No one was hurt.",
        "On Monday, insurgents pillaged shops and fired in the air in the village of Kamba.",
        "On Monday, armed men entered Kamba, fired into the air and resupplied themselves by pillaging the market.",
    ],
)
def test_fire_into_the_air_beside_goods_pillaged_or_taken_is_a_looting(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == LOOTING, text


def test_fire_into_the_air_alone_stays_a_show_of_force(extractor: api.Extractor) -> None:
    text = "On Monday, militants fired gunshots in the air in the village of Kamba and left. No one was hurt."
    assert first_types(text, extractor) == ("Strategic developments", "Other"), text


@pytest.mark.parametrize(
    "text",
    [
        # shots aimed at a vehicle and its driver before it was taken: an attack on them
        "On Monday, gunmen opened fire on a minibus near Kamba and took off with the vehicle.",
        # travellers waylaid: an assault on them
        "On Monday, militants ambushed travellers on the road near Kamba and seized four motorbikes.",
        # a person shot beside the goods taken
        "On Monday, bandits fired in the air, shot a herder and seized his cattle in Kamba.",
    ],
)
def test_goods_taken_from_people_fired_at_or_harmed_stay_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Violence against civilians", "Attack"), text


def test_a_state_force_seizure_with_warning_shots_stays_a_show_of_force(extractor: api.Extractor) -> None:
    # a force's seizures may be of contraband: not read as a looting by this rule
    text = "On Monday, border guards fired warning shots near Kamba and seized a truck of smuggled fuel."
    assert first_types(text, extractor) == ("Strategic developments", "Other"), text


def test_goods_only_planned_to_be_taken_open_no_event(extractor: api.Extractor) -> None:
    text = "The governor said militants plan to fire in the air and seize cattle from herders near Kamba."
    assert LOOTING not in typed(text, extractor), text
