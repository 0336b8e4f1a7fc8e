"""Crowds that came together by a verb of crowding, with a protest's purpose told (texts written for these tests).

'Workers flocked to the stadium to raise complaints against the company', 'women lined up outside the high court,
calling for the law to change', 'traders thronged the council offices to demand lower rents': a gathering with a
protest's purpose, as 'gathered' with one is. Tourists flocking to a beach, fans thronging a stadium to support their
team, voters lined up at polling stations, residents lining the streets to welcome a leader, mourners flocking to a
church, fans lining the streets chanting their players' names and pilgrims chanting prayers open no event: these verbs
tell such crowds as often as protesters, so only a grievance told in words ('to demand', 'calling for', 'complaints')
makes the crowd a protest, not chants, banners or slogans alone.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

PUBLISHED = "2024-05-08"
PEACEFUL = ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, nearly 1,000 workers flocked to the stadium of Tanga to raise complaints against the company.",
        "On 3 May 2024, dozens of women lined up outside the town hall of Tanga, calling for the law to change.",
        "On 3 May 2024, traders thronged the council offices in Tanga to demand lower rents.",
    ],
)
def test_a_crowd_flocking_with_a_protests_purpose_is_a_protest(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == PEACEFUL


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, tourists flocked to the beaches of Tanga.",
        "On 3 May 2024, fans thronged the stadium to support their team.",
        "On 3 May 2024, voters lined up outside polling stations in Tanga.",
        "On 3 May 2024, residents lined the streets to welcome the president in Tanga.",
        "On 3 May 2024, mourners flocked to the church to express their grief.",
        # chants and prayers are no grievance: a celebration and a pilgrimage
        "On 3 May 2024, fans lined the streets of Tanga chanting the names of the players as the champions paraded "
        "the trophy.",
        "On 3 May 2024, pilgrims flocked to the shrine in Tanga, singing and chanting prayers.",
    ],
)
def test_crowds_flocking_with_no_grievance_open_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []
