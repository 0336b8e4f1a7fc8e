"""Protests told without a verb of protest, read from the wider development samples' protests the rules missed
(wide-18, wide-8000; texts written for these tests): an occasion 'marked by a march' (the march is the marking, not a
past act remembered), a walk held for a cause ('staged a peace walk'), and a crowd that gathered somewhere against
something. Look-alikes find no event: an anniversary of a bombing marked, a marking denied, a charity's walk, evidence
gathered against a suspect, a gathering only planned, relatives gathered 'against the advice' of the police.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PEACEFUL = ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    "text",
    [
        "On 8 March 2024, International Women's Day was marked by a march in Kolda.",
        "On 8 March 2024, the anniversary of the coup was marked by rallies in Kolda.",
    ],
)
def test_an_occasion_marked_by_a_march_is_a_protest(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [PEACEFUL], text


def test_a_walk_held_for_a_cause_is_a_protest(extractor: api.Extractor) -> None:
    text = "On 4 May 2024, the women's league staged a peace walk in Tamsa ahead of the elections."
    assert typed(text, extractor)[:1] == [PEACEFUL], text


def test_a_crowd_gathered_somewhere_against_something_is_a_protest(extractor: api.Extractor) -> None:
    text = "On 4 May 2024, about 300 residents gathered at the market square in Tamsa against the new land tax."
    assert typed(text, extractor)[:1] == [PEACEFUL], text


@pytest.mark.parametrize(
    "text",
    [
        # a past bombing remembered: 'marked' and 'anniversary' still hedge it
        "On 4 May 2024, residents marked the anniversary of the 2019 bombing in Tamsa.",
        # the marking denied
        "On 4 May 2024, the anniversary of the massacre was not marked by any march in Tamsa.",
        # a charity's walk is no protest
        "On 4 May 2024, the charity held a fun walk in Tamsa to raise funds for the hospital.",
        # 'gathered' with no place after it: evidence collected
        "On 4 May 2024, villagers gathered evidence against the suspected thief in Tamsa.",
        # a gathering only planned
        "Residents plan to gather at the market square in Tamsa on Friday against the new land tax.",
        # relatives gathered at a mortuary, 'against' the advice they were given
        "On 4 May 2024, relatives gathered at the mortuary in Tamsa against the advice of the police.",
    ],
)
def test_look_alikes_of_marked_walked_or_gathered_against_find_no_event(
        text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [], text
