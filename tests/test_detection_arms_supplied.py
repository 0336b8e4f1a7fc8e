"""Arms delivered or supplied to a side, which the rules used to find no event in (texts written for these tests).

'Russia delivered a batch of arms to the army', 'the group supplied the rebels with missiles', 'facilitated an arms
convoy': a change to the receiving side's means, ACLED's change to group/activity, with a day of its own. The same
words in an aim, a charge, a denial, a course, a speech on arms control, an embargo or a relative clause, or goods
that are no arms, open no such event.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "On 12 April 2022, Russia delivered a second batch of arms and ammunition to the national army in the capital.",
        "On 3 May 2022, the neighbouring government supplied the rebels with anti-aircraft missiles near the border.",
        "On 8 July 2023, the militia's foreign backers facilitated an arms convoy of sixty trucks to the front.",
        "On 2 March 2021, the ministry transferred 400 rifles to the newly formed village guard in Kara.",
    ],
)
def test_arms_delivered_or_supplied_are_a_change_to_group_activity(text: str, extractor) -> None:
    assert first_types(text, extractor) == ("Strategic developments", "Change to group/activity")


@pytest.mark.parametrize(
    "text",
    [
        # arms: an aim, a charge, a speech, a course, an embargo, no day of its own
        "On Monday, the ally pledged to deliver more weapons to the army next year.",
        "On Monday, the ministry accused the neighbouring country of supplying weapons to the rebels.",
        "On Monday, the foreign minister delivered a speech on arms control at the summit.",
        "The neighbouring country has supplied the rebels with missiles for years, analysts say.",
        "On Monday, the council extended the arms embargo, which bans states that supplied weapons to the militias.",
        "On Monday, the government denied that it had delivered weapons to the militia.",
        "Relief agencies delivered food and medicine to the camp on Monday.",
    ],
)
def test_look_alikes_open_no_arms_supplied_event(text: str, extractor) -> None:
    assert ("Strategic developments", "Change to group/activity") not in typed(text, extractor, published=PUBLISHED)
