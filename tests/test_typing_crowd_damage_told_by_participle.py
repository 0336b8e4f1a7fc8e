"""A crowd's damage told by the participle 'damaging' or 'torching' makes its protest violent, as 'burning',
'smashing' and 'looting' already do (texts written for these tests): 'students protested, blocking traffic,
damaging cars and other property'.

Look-alikes that must not change: damage told inside the protest's cause ('against floods damaging their homes',
'against herders torching their farms').
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "Students protested the sacking of twelve lecturers in Abuja on Monday, blocking traffic, damaging cars and "
        "other property.",
        "Youths protested in Tano on Monday over the arrest of their leader, torching two police vehicles.",
    ],
)
def test_damage_by_participle_is_a_violent_demonstration(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Riots", "Violent demonstration"), text


@pytest.mark.parametrize(
    "text",
    [
        "Residents protested in Tano on Monday against floods damaging their homes.",
        "Farmers protested in Tano on Monday against herders torching their farms.",
    ],
)
def test_damage_inside_the_cause_stays_a_peaceful_protest(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Peaceful protest"), text
