"""Incidents told with wording the trigger words missed (texts written for these tests).

A fight told by its noun ('gunbattle'), ground taken with 'overtook', a road blocked by a crowd named with an aside
or with the vehicles it used, police breaking up a meeting or voters, a demand for 'monthly' pay (a kind of pay, not a
habit). The same words as background, or said of the police or the army, open nothing.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunbattle between rangers and poachers near the park gate", "Battles"),
        ("On 2 March, a firefight broke out between police and a gang in the market.", "Battles"),
        ("On 4 March, the insurgents overtook an army outpost near Dadaab.", "Battles"),
        ("Nurses blocked with three ambulances the main road into the hospital on Monday.", "Protests"),
        (
            "Members of the farmers' union (FU) blocked the office of the county agriculture officer on Tuesday.",
            "Protests",
        ),
        ("Pensioners block the highway at Malaba, demanding monthly payments.", "Protests"),
        ("Worshippers blocked the entrance to the cathedral on Sunday in a row over the new bishop.", "Protests"),
        ("Riot police disperse voters queuing outside a polling station in Kisii", "Protests"),
        ("Police broke up a prayer meeting with tear gas in Eldoret on Friday.", "Protests"),
    ],
)
def test_incident_told_with_missed_wording(text: str, expected: str, extractor: api.Extractor) -> None:
    assert [event_type for event_type, _ in typed(text, extractor, published=PUBLISHED)][:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers blocked the road to the airport ahead of the president's visit.",
        "The pensioners' association publishes a monthly newsletter on payments.",
        "Villagers say the road to the market is blocked by floods every rainy season.",
    ],
)
def test_the_same_words_as_background_open_nothing(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []
