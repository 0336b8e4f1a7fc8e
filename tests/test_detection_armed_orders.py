"""Orders a non-state armed party gives the people of a place (texts written for these tests).

'militants ordered traders to shut the market', 'gunmen demanded that villagers pay a tax': the armed party's control
over the people, with a day of its own, is a strategic development ('Other'), where the rules used to find no event.
A state's or an official's order, an order to the party's own men, a threat, a history with no day and an order told
with a killing open no such event.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, jihadist militants ordered traders not to open the weekly market in Sona.",
        "On 4 March, armed men instructed the women of the village to wear veils when they go to the well.",
        "On Tuesday, suspected militants demanded that residents of Tala pay a tax on every head of cattle.",
        "On Sunday, the insurgents requested that the villagers send their sons to join the group near Bira.",
        "On 2 March, gunmen forced shopkeepers in the town centre to close their stores in Kaya.",
    ],
)
def test_an_armed_party_ordering_the_people_of_a_place_is_another_development(
        text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Strategic developments", "Other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Orders of a state, an official or a party to its own men; a threat; a history told without a day.
        ("On Monday, the governor ordered residents to stay at home during the census.", []),
        ("On Monday, the police ordered traders to move their stalls off the pavement.", []),
        ("On Tuesday, the rebels ordered their fighters to withdraw from the town.", []),
        ("On Monday, militants threatened to order residents to leave the town.", []),
        ("For years, militants have ordered villagers to pay taxes in the region.", []),
        # (an order told with a killing is the killing)
        ("On Monday, gunmen ordered the passengers to get off the bus and shot two of them dead.",
         [("Violence against civilians", "Attack")]),
    ],
)
def test_orders_of_others_threats_and_histories_stay_as_they_were(text: str, expected: list[tuple[str, str]],
                                                                  extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == expected
