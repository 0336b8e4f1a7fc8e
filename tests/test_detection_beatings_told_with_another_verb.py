"""Beatings the rules used to find no event in (texts written for these tests).

A beating told with another verb that shares its object ('beat and robbed two traders', 'beat, and filmed three
men', 'beat and fired rubber bullets at two students') or of a community's chief or elder ('severely beat a village
chief') is an assault on persons, as 'beat two traders' already was. A match won, a team beaten and humiliated, or
'the Chiefs' of a sports page open nothing.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, soldiers severely beat a village chief in Goro. He was taken to hospital.",
         ("Violence against civilians", "Attack")),
        ("On Tuesday, police beat and fired rubber bullets at two students in Lira.",
         ("Violence against civilians", "Attack")),
        ("On Sunday, a group of people stripped, beat, and filmed two men outside a bar in Kisa.",
         ("Riots", "Mob violence")),
        ("On Monday, soldiers beat and robbed two traders at a checkpoint near Bama.",
         ("Violence against civilians", "Attack")),
    ],
)
def test_a_beating_told_with_another_verb_or_of_a_chief_is_an_assault(text: str, expected: tuple[str, str],
                                                                      extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the home side beat and humiliated the visiting team in front of 30,000 fans.",
        "On Saturday, the Chiefs beat the Eagles and celebrated with their fans in Soweto.",
        "On Sunday, the incumbent beat and outpolled three rival candidates in the district.",
    ],
)
def test_matches_and_races_won_stay_without_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []
