"""A speaker's noun that names the place an attack hit is no one speaking (texts written for these tests).

'The army headquarters said …' is a voice, and a count of rockets it tells over a period is a tally (a claim). But
in 'the rebels fired two rockets at the army headquarters' the headquarters is the target: the sentence reports one
attack, and must open an event, not a claim with no event.
"""

from __future__ import annotations

import pytest

from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May, the rebels fired two rockets at the army headquarters in Goma.",
        "On 3 May, militants fired three mortar shells towards the defence ministry in Tripoli.",
        # the place named by more words: an ordinal and a unit, a possessive
        "On 3 May, the rebels fired two rockets at the 19th Battalion Headquarters in Goma.",
        "On 3 May, the rebels fired two rockets at the army's regional headquarters in Goma.",
    ],
)
def test_rounds_fired_at_a_headquarters_or_a_ministry_are_one_attack(text: str) -> None:
    extracted = api.extract(text)
    assert [(e.event_type, e.sub_event_type) for e in extracted.events] == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")]
    assert extracted.claims == []


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May, the army headquarters said the rebels had fired 12 rockets at its positions over the past week.",
        "The command said air defences destroyed 10 out of 14 missiles fired at the capital on Sunday.",
        # a comma ends the phrase that 'on' opened: the command speaks
        "After an attack on it, the command said the rebels had fired 12 rockets at the town over the past week.",
    ],
)
def test_a_headquarters_or_a_command_that_speaks_still_tells_a_tally(text: str) -> None:
    claims = api.extract(text).claims
    assert claims and any(f.measure == "missiles_launched" for c in claims for f in c.figures)
