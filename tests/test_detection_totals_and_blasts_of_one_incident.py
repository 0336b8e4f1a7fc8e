"""Counts of one incident that read as a period's total or a summary of several (texts written for these tests).

'a total of' is a course's word ('a total of 300 have been killed this year'), and 'two explosions' can sum up
incidents told one by one after it. Told of one act, neither is: 'a total of six people were killed' counts the
act's people in the simple past, and 'two explosions … three killed' told with the toll is one double bombing, as
ACLED codes it. The perfect, a 'since', blasts told apart ('separate', 'across the country') stay background.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy clashes broke out in Garissa village, a total of 9 people were killed.", "Battles"),
        ("A total of twelve students joined a hunger strike outside the ministry to demand their bursaries.",
         "Protests"),
        ("Two explosions at the bus station of Maroua: four killed in a suspected suicide attack.",
         "Explosions/Remote violence"),
        ("Two separate explosions minutes apart in the same place wounded three traders.",
         "Explosions/Remote violence"),
        ("Three blasts hit the market of Gombe, killing eleven people.", "Explosions/Remote violence"),
    ],
)
def test_counts_of_one_incident_leave_it_an_incident(text: str, expected: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A period's total, told in the perfect or with a 'since'.
        "A total of 300 people have been killed in the region.",
        "A total of 300 people were killed in the region since January.",
        # Blasts told apart, or with no toll: a summary of acts told (or not) one by one.
        "Two separate explosions killed five people in the city.",
        "Three blasts across the country killed 20 people.",
        "Two explosions were heard near the airport.",
    ],
)
def test_a_period_total_or_a_summary_stays_background(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == []
