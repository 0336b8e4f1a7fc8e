"""A crowd told as the subject of a 'when' clause after the harm ('five people were injured when an angry crowd went
on the rampage') is who acted, as the agent after 'by' is: its violence is mob violence, not an attack by an
unidentified armed group. Only a determiner or a crowd's mood may stand between 'when' and the crowd; an armed party
in that place, or a crowd that is the target, reads as before."""

from __future__ import annotations

import pytest

from extracted import first_types


@pytest.mark.parametrize("text", [
    "Five people were injured when an angry crowd went on the rampage in the market town on Tuesday.",
    "Three traders were hurt when irate residents went on a rampage through the bus station on Friday.",
    "Two men were injured when a group of youths attacked shops in the market town on Tuesday.",
])
def test_harm_told_before_a_crowd_that_went_on_the_rampage_is_mob_violence(text, extractor) -> None:
    assert first_types(text, extractor) == ("Riots", "Mob violence")


@pytest.mark.parametrize(("text", "expected"), [
    # an armed party in the 'when' clause: its attack
    ("Five people were injured when soldiers went on the rampage in the town on Tuesday.",
     ("Violence against civilians", "Attack")),
    ("Three people were killed when gunmen attacked residents in the village on Monday.",
     ("Violence against civilians", "Attack")),
    # the crowd as the object of a force's fire: the force's act, as before
    ("Three people were killed when police opened fire on residents in the village on Monday.",
     ("Violence against civilians", "Attack")),
    # the crowd told first and acting: as before
    ("An angry crowd went on the rampage in the market town on Tuesday, injuring five people.",
     ("Riots", "Mob violence")),
])
def test_look_alikes_of_a_when_clause_keep_their_reading(text, expected, extractor) -> None:
    assert first_types(text, extractor) == expected
