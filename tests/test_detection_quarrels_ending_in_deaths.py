"""Quarrels and fights told by their noun and the death they ended in (texts written for these tests).

A report may lead with the quarrel and tell the killing only as its outcome: 'an argument over land that resulted in
the death of a herder', 'fights between the two clans resumed, leading to one death'. With a day of its own (a date
told alone just before it counts, '31 May (or around).' too), that is a fight of the two sides, an incident. A death
told after an accident, a flood or a disease (no quarrel named), a figure ('the death of the talks', 'the death of the
team's hopes'), a quarrel that only could lead to deaths, one told in a court's hearing, or one of long ago opens no
event.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-05-08"
FIGHTS = {"Battles", "Riots"}


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, an argument over farmland in Tanga between a farmer and a herder resulted in the death of "
        "the herder.",
        "3 May. Fights between the two clans resumed in the hills of Tanga, leading to one death.",
        "3 May (or around). A quarrel between two neighbours over a boundary in Tanga led to the deaths of two men.",
        "On 3 May 2024, a land dispute between two families in Tanga caused the death of a farmer.",
        "On 3 May 2024, a fight over a stolen goat in the village of Tanga left two dead.",
    ],
)
def test_a_quarrel_told_with_the_death_it_ended_in_is_a_fight(text: str, extractor: api.Extractor) -> None:
    found = typed(text, extractor, published=PUBLISHED)
    assert found and found[0][0] in FIGHTS, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # accidents, floods and diseases: deaths with no quarrel
        "On 3 May 2024, a road accident on the highway near Tanga resulted in the death of three people.",
        "On 3 May 2024, floods in the district of Tanga led to the death of four residents.",
        "On 3 May 2024, an outbreak of cholera in Tanga resulted in the deaths of ten people.",
        # figures of speech: no one died
        "On 3 May 2024, the dispute between the parties led to the death of the talks.",
        "On 3 May 2024, the footballers' fight over the trophy led to the death of the team's hopes.",
        # a threat, a denial of any death, a court's hearing, history
        "On 3 May 2024, the elders warned that the land dispute could result in the deaths of many people.",
        "On 3 May 2024, a land dispute between two families did not lead to the death of anyone, police said.",
        "On 3 May 2024, the court heard that the dispute between the brothers led to the death of their father.",
        "In 1994, a land dispute between the two clans led to the deaths of hundreds of people.",
    ],
)
def test_deaths_without_a_quarrel_or_told_of_no_day_open_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []
