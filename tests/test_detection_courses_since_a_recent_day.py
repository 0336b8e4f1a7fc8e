"""A course since a day of the week or a day of a month named without its year (texts written for these tests).

'since' opens a period ('has been at war since 2015', 'since January', 'since the coup'): a sentence with one and no
day of its own is background. Since a day named as a weekday or as a day of a month without a year ('since Sunday',
'since November 26', 'since Dec.6') it tells a course of a few days, which ACLED codes as one event: a strike or a
sit-in still going on, an operation's results, a group's killings over those days.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nurses have been staging a sit-in outside the health ministry in Lome since Monday.", "Protests"),
        ("Bandits since October 14 had killed at least twelve villagers around Dansadau.",
         "Violence against civilians"),
        ("The army said its operations near Kolofata since Nov.3 have led to 9 insurgents killed.", "Battles"),
        ("Protesters have blocked the highway at Kintampo since last Friday.", "Protests"),
    ],
)
def test_a_course_since_a_recent_day_is_one_incident(text: str, expected: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A period since a month, a year or an event: background still.
        "Fighting since January killed 30 people.",
        "Militants have killed hundreds of civilians in the region since 2015.",
        "Gunmen have kidnapped dozens of travellers on the highway since the coup.",
        "Militants have burned dozens of schools in the region since last year.",
    ],
)
def test_a_period_since_a_month_year_or_event_stays_background(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == []
