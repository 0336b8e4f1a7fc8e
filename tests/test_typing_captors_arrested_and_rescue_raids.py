"""Captors told by what they did, then arrested, and a force's rescue raid on kidnappers (fix29; texts written for
these tests).

'Police arrested three men who had kidnapped a pastor' tells an arrest: the kidnapping only names who the men are,
as 'a kidnapping suspect' does (DESCRIBED_ABDUCTION), so ACLED's event is the arrest (Strategic developments). The
same words with no arrest after them ('gunmen who abducted five farmers demanded a ransom') or an abduction told on
its own before the arrest stay the abduction.

A force's raid that frees hostages and kills kidnappers is a fight between a force and an armed group (Battles,
Armed clash), which the rules already read (pinned here); the abduction told before it is its own event.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

ARREST = ("Strategic developments", "Arrests")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen who kidnapped a pastor were arrested by police in Gao on Monday.",
        "On Monday police arrested three men who had kidnapped a pastor in Gao.",
        "On Monday soldiers captured two militants who had abducted a chief near Gao.",
    ],
)
def test_captors_arrested_is_an_arrest(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ARREST, text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen who abducted five farmers near Gao on Monday demanded a ransom.",
        "On Monday militants who abducted five farmers detained them in a camp near Gao.",
        "On Monday gunmen abducted a pastor who was arrested last year in Gao.",
        "On Monday gunmen abducted a pastor in Gao. Police later arrested two men who had kidnapped him.",
    ],
)
def test_an_abduction_told_as_the_act_stays_an_abduction(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ABDUCTION, text


@pytest.mark.parametrize(
    "text",
    [
        "Troops rescued two hostages and killed four of the kidnappers in a raid on their hideout.",
        "On Monday police rescued three hostages and killed two kidnappers in a raid on their hideout in Gao.",
        "On Monday troops killed three gunmen who had abducted five farmers near Gao.",
    ],
)
def test_a_rescue_raid_that_kills_kidnappers_is_an_armed_clash(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == CLASH, text


def test_the_abduction_told_before_the_rescue_is_its_own_event(extractor: api.Extractor) -> None:
    text = ("Gunmen abducted five farmers near Gao on Sunday. On Monday troops rescued them and killed two of the "
            "kidnappers.")
    assert typed(text, extractor, published="2024-03-06") == [ABDUCTION, CLASH]
