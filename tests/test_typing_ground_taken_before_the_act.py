"""Ground taken told as what came before the act a sentence tells (texts written for these tests).

'Soldiers looted shops in the town after they took over the city': the taking was an event of its own, before this
one; the looting is this event, not a battle for the town. A taking told as the sentence's own act, with 'after' on
what came before it ('took over the town after heavy fighting'), is still the event.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers looted shops and burned a school in Kaga after they took over the town from the rebels.",
        "Militia fighters looted the market in Bambio after taking over the village.",
    ],
)
def test_an_act_after_ground_was_taken_is_not_the_taking(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government troops took over the town of Kaga from the rebels after heavy fighting.",
         ("Battles", "Government regains territory")),
        ("The army retook the town of Kaga after the rebels had seized it the day before.",
         ("Battles", "Government regains territory")),
        ("Rebels captured the town of Kaga following two days of clashes with the army.",
         ("Battles", "Non-state actor overtakes territory")),
    ],
)
def test_a_taking_told_as_the_act_itself_stays_the_event(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected
