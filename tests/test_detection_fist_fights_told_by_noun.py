"""Fights of fists told only by their noun (texts written for these tests).

A fist fight, a brawl or a scuffle told as something that broke out, erupted or escalated ('a fist fight escalated at
the town hall'), or as what an act led to ('the refusal led to a scuffle'), is a fight of those present: mob violence
where no arms and no force are told. So is a 'streetfight' people engaged in, written as one word. A brawl only
feared, denied or told in a story of long ago, and a war of words ('turned into a verbal brawl') open no event.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"
MOB = ("Riots", "Mob violence")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a fist fight escalated at the town hall of Tanga after a party supporter ran off with a ballot "
        "box.",
        "On Monday, a scuffle broke out between party supporters at the polling station in Tanga.",
        "On Monday, a brawl erupted between rival traders at the main market of Tanga.",
        "On Monday, traders and porters engaged in a streetfight over the allocation of market stalls in Tanga.",
        "On Monday, a dispute over a parking space in Tanga led to a fistfight between two drivers.",
    ],
)
def test_a_fist_fight_that_broke_out_or_was_led_to_is_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [MOB]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the players were involved in a heated argument that did not lead to a brawl.",
        "On Monday, the minister warned that the dispute could lead to a brawl in parliament.",
        "On Monday, the debate over the budget turned into a verbal brawl between the two parties.",
        "On Monday, the debate over the budget turned into a brawl of words.",
        "The film tells the story of a brawl that broke out in a bar in 1920.",
        "On Monday, the two boxers agreed to fight for the world title in June.",
    ],
)
def test_a_brawl_feared_denied_told_in_a_story_or_of_words_opens_no_event(text: str,
                                                                           extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []
