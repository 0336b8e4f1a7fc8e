"""Operations of armed forces told without their result (texts written for these tests).

An operation a force staged, carried out or reported against an armed party or its camps is an armed clash even when
no result is told: 'the military forces staged a 5-day operation dubbed 'Harmattan' against separatist camps', 'the
army reported operations against separatists', 'launched a joint air/ground operation against the rebels'.
Operations against crimes or abuses ('against illegal mining', 'against corruption'), operations only planned or
promised, a campaign told as a course ('has been conducting operations since 2017') and an operation that is no fight
('the airline staged a ground operation') open no event.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the military forces staged a 5-day military operation dubbed 'Harmattan' against separatist camps "
        "near the village of Tanga.",
        "On Monday, the military reported operations against separatists in three villages of the district.",
        "On Monday, soldiers staged an operation against bandits in the forest near Tanga. No casualties were "
        "reported.",
        "On Monday, the army carried out an operation codenamed 'Clean Sweep' against militants near Tanga.",
        "On Monday, troops launched a joint air/ground operation against the rebels in the hills east of Tanga.",
    ],
)
def test_an_operation_staged_or_reported_against_an_armed_party_is_a_clash(text: str,
                                                                         extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [CLASH]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, police conducted an operation against illegal mining in the forest reserve.",
        "On Monday, the government launched an operation against corruption in the customs service.",
        "On Monday, the army said it plans to launch an operation against the militants in the north.",
        "On Monday, the army said it would carry out air and ground operations against the rebels next week.",
        "The army has been conducting operations against the militants since 2017.",
        "On Monday, the airline staged a ground operation to move passengers to another terminal.",
        "On Monday, the minister reported operations against tax evaders had raised 2 billion shillings.",
        "On Monday, the surgeons staged a complex operation on the footballer's knee.",
    ],
)
def test_operations_against_crimes_planned_or_no_fight_open_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []
