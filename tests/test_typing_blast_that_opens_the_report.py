"""A blast told in the first sentence of an event is the event (explo26; texts written for these tests): what the
report tells after it (arrests that followed it, vehicles it set on fire, a claim naming the arrests the owner
caused) is its sequel or its cause. ACLED codes property destroyed by explosives, and a blast with arrests after it,
as explosions / remote violence. A blast told only as an earlier act, a petrol bomb, or arrests told in the opening
sentence itself stay as they were.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api

_DEVICE = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize(
    "text",
    [
        # arrests after the blast
        "On 3 March 2024, an explosion occurred near the water tower in Kolo town. Soldiers arrested at least eight "
        "young men after the blast.",
        # a shop blown up; the claim names the arrests its owner caused
        "On 3 March 2024, a pharmacy in Kolo village was bombed and destroyed. No one was hurt. A local resistance "
        "group said the owner had informed on its members, leading to the arrest of three villagers.",
        # cars burnt by the blast
        "On 3 March 2024, an explosion took place outside the tax office in Kolo. Two parked cars were burnt by the "
        "explosion.",
    ],
)
def test_a_blast_that_opens_the_report_is_the_event_not_the_arrests_or_burning_after_it(
        text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == _DEVICE, text


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # arrests told in the opening sentence itself: the arrests are the event
        ("On 3 March 2024, police arrested three men suspected of the explosion at the Kolo market.",
         ("Strategic developments", "Arrests")),
        # the blast told as an earlier act, the arrests in the opening sentence: the arrests are the event
        ("On 3 March 2024, soldiers searched Kolo town and arrested two traders, days after the explosion at its "
         "market.", ("Strategic developments", "Arrests")),
        # no blast at all: a house looted and burned
        ("On 3 March 2024, gunmen looted and burned a shop in Kolo. No one was hurt.",
         ("Strategic developments", "Looting/property destruction")),
    ],
)
def test_arrests_or_burning_without_an_opening_blast_keep_their_types(
        text: str, types: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == types, text


def test_a_petrol_bomb_that_opens_the_report_is_no_explosive_device(extractor: api.Extractor) -> None:
    # a petrol bomb is a fire thrown: its looting or its attack, whatever it is, is no explosion
    text = "On 3 March 2024, gunmen petrol bombed a shop in Kolo and looted its stock."
    assert first_types(text, extractor)[0] != "Explosions/Remote violence", text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2024, the air force carried out airstrikes on rebel positions near Kolo. Casualties unknown. "
        "Following the airstrikes, soldiers landed by helicopter and arrested twenty people in two villages.",
        "On 3 March 2024, the army carried out a drone strike on a rebel camp near Kolo. The camp was destroyed and "
        "ground forces arrested 30 suspected rebels.",
    ],
)
def test_an_air_strike_that_opens_the_report_is_the_event_not_the_arrests_after_it(
        text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Explosions/Remote violence", "Air/drone strike"), text


@pytest.mark.parametrize(
    "text",
    [
        # a workers' strike is no strike from the air
        "On 3 March 2024, dock workers in Kolo went on a general strike over unpaid wages. Police arrested five of "
        "the strike leaders.",
        # the arrests told in the opening sentence, the strike after them
        "On 3 March 2024, soldiers arrested twenty people in Kolo. The arrests came after air strikes on the town.",
    ],
)
def test_a_workers_strike_or_arrests_told_first_are_no_air_strike(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) != ("Explosions/Remote violence", "Air/drone strike"), text
