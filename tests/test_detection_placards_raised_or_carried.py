"""Placards, banners and signs raised, carried or held by a crowd (texts written for these tests).

A crowd named by who they are ('vendors', 'residents', 'the crowd', 'participants') raising, carrying, holding or
displaying placards or banners, or signs that said something ('holding signs stating their demands'), protests though
no gathering verb is told. Mourners carrying banners at a funeral, a banner exhibition, 'signs of fatigue', signs of
prices in a market open no event.
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
        "On 3 May 2024, dozens of vendors stood outside the town hall of Tanga, holding signs stating their demands "
        "for lower rents.",
        "On 3 May 2024, residents carried placards outside the governor's office in Tanga.",
        "On 3 May 2024, a crowd raised banners in front of the embassy in Tanga denouncing the war.",
        "On 3 May 2024, participants displayed placards against the new tax at the town square of Tanga.",
    ],
)
def test_placards_or_banners_raised_or_carried_by_a_crowd_are_a_protest(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == PEACEFUL


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, mourners carried banners with the victim's photo at the funeral.",
        "On 3 May 2024, students held a banner exhibition at the university of Tanga.",
        "On 3 May 2024, workers raised signs of fatigue after a long shift.",
        "On 3 May 2024, traders displayed signs showing the new prices in the market.",
    ],
)
def test_banners_and_signs_of_no_protest_open_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []
