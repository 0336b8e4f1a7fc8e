"""A rally or a march told only as the place or the object of armed men's attack ('Gunmen opened fire on supporters
at a campaign rally, killing two') is the setting of an attack on the people gathered, as ACLED codes it, not a
demonstration turned violent (texts written for these tests, after the wider development sample's confusions of
attacks on gatherings read as protests). Look-alikes stay as they were: the crowd's own violence, police work on the
rally, a force's fire on it, a crowd attacked by its own people, a rally only disrupted.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api

ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on supporters at a campaign rally in the town, killing two.",
        "Armed youths attacked opposition supporters during a rally, injuring five.",
    ],
)
def test_armed_men_who_attacked_a_rally_attacked_the_people_there(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ATTACK, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # police work on the rally, a force's fire: the gathering met by force
        ("Police fired tear gas at a rally in the town, injuring three.", ("Protests", "Protest with intervention")),
        ("Soldiers opened fire on supporters at a campaign rally, killing two.",
         ("Protests", "Excessive force against protesters")),
        # the crowd's own violence at the rally
        ("Protesters armed with machetes attacked police at a rally, injuring two officers.",
         ("Riots", "Violent demonstration")),
        # no harm: a rally disrupted stays the rally
        ("Thugs disrupted an opposition rally in the capital.", ("Protests", "Peaceful protest")),
    ],
)
def test_a_rally_met_by_force_or_violent_itself_stays_as_it_was(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text
