"""Arrests of a gathering's people told in a sentence after it are how the gathering was met (a protest with
intervention), not an arrest event apart; arrests of someone else, or on another day, stay apart (texts written for
these tests)."""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PROTEST = "On 3 May, hundreds protested in Lagos against fuel prices."


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.default_extractor(model=False)


@pytest.mark.parametrize("sequel", [
    "Later, police detained the organisers.",
    "Police later arrested 12 participants.",
    "Police arrested 12 people.",
    "Police arrested 12 of the protesters.",
])
def test_the_gatherings_arrests_are_one_event_with_it(sequel: str, extractor: api.Extractor) -> None:
    assert typed(f"{PROTEST} {sequel}", extractor) == [("Protests", "Protest with intervention")]


@pytest.mark.parametrize("sequel", [
    # look-alikes: someone arrested for a crime of their own, or the arrests on a day of their own
    "Later that day, police arrested a murder suspect in Ikeja.",
    "Police arrested the organisers the next day.",
    "On 5 May, police arrested the organisers.",
])
def test_other_arrests_stay_apart(sequel: str, extractor: api.Extractor) -> None:
    types = typed(f"{PROTEST} {sequel}", extractor)
    assert len(types) == 2 and types[1] == ("Strategic developments", "Arrests")
