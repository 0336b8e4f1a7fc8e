"""A call to act is not the act: 'the union urged its members to protest' reports a call, and an analyst counting
protests must not count it; the protest is an event once someone is told to have held it."""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-05"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the union asked its members to protest at the ministry.",
        "On Monday the opposition leader called on supporters to demonstrate outside parliament.",
        "On Monday the cleric urged residents to attack the police station.",
        "On Monday the students' body appealed to all students to march to the governor's office.",
        # (a call to join or stage the act is a call too)
        "On Monday the union urged its members to join the protest at the ministry.",
        "On Monday the opposition called on supporters to stage a mass rally in the capital.",
    ],
)
def test_a_call_to_act_opens_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday hundreds of members protested at the ministry after the union urged them to.",
         ("Protests", "Peaceful protest")),
        ("On Monday the union called on members to strike, and hundreds marched to the ministry.",
         ("Protests", "Peaceful protest")),
        ("On Monday hundreds joined the protest at the ministry after the union urged them to.",
         ("Protests", "Peaceful protest")),
        ("On Monday gunmen asked the passengers to get off the bus and shot three of them dead.",
         ("Violence against civilians", "Attack")),
    ],
)
def test_the_act_told_beside_a_call_is_still_an_event(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [expected], text
