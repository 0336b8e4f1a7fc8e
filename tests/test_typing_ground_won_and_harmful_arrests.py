"""Strategic developments against violence, third round (sd21, read from the 12,334-row development sample's
strategic development / violence confusions; texts written for these tests, each with look-alikes that must stay as
they were): a fight whose ground won is told in a sentence of its own ('The troops drove the rebels out of the
town') is the taking of that ground, a battle's territory sub-type, while an aim, a flight or things seized leave it
an armed clash.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


def first_event(text: str, extractor: api.Extractor) -> tuple[str | None, str | None]:
    """(event type, sub-event type) of the first event the rules find in ``text``."""
    e = extracted.first_event(text, extractor)
    return e.event_type, e.sub_event_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, soldiers clashed with rebels near Kamba. The troops drove the rebels out of the town.",
         "Government regains territory"),
        ("On Monday, the army fought the rebels near Kamba for two hours. Soldiers recovered a rebel position on one "
         "of the hills.", "Government regains territory"),
        ("On Monday, soldiers and rebels fought near Kamba. The army was able to capture strategic hills after heavy "
         "shelling.", "Government regains territory"),
        ("On Monday, rebels clashed with soldiers near Kamba. The rebels drove the troops out of the town.",
         "Non-state actor overtakes territory"),
    ],
)
def test_a_fight_whose_ground_won_is_told_apart_is_the_taking(text: str, expected: str,
                                                              extractor: api.Extractor) -> None:
    assert first_event(text, extractor) == ("Battles", expected), text


@pytest.mark.parametrize(
    "text",
    [
        # an aim, not ground taken
        "On Monday, soldiers clashed with rebels near Kamba. The rebels had tried to take over the town.",
        "On Monday, soldiers clashed with rebels near Kamba. The army launched an offensive to capture the town.",
        # people fleeing, things seized, a place still held
        "On Monday, soldiers clashed with rebels near Kamba. Residents fled the town.",
        "On Monday, soldiers clashed with rebels near Kamba. The troops seized weapons and ammunition.",
        "On Monday, soldiers clashed with rebels near Kamba. The rebels still hold the town.",
    ],
)
def test_a_fight_beside_an_aim_a_flight_or_things_seized_stays_an_armed_clash(text: str,
                                                                               extractor: api.Extractor) -> None:
    assert first_event(text, extractor) == ("Battles", "Armed clash"), text


def test_ground_taken_with_no_fight_told_is_no_battle(extractor: api.Extractor) -> None:
    text = "On Monday, the rebels left Kamba. The army entered the town without any fighting."
    assert first_event(text, extractor) == ("Strategic developments", "Non-violent transfer of territory"), text

