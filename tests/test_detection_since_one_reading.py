"""One reading of 'since' decides what a period is (fix30; texts written for these tests).

A war's course ('have killed hundreds since 2019': background) and a ground held ('militants have taken over the
town since 2019': no taking on the report's day) read 'since' by one helper: a year, a month, an event, 'last year'
or 'years' open a period; the day's own hours ('since early this morning') and a few days since a day named without
its year ('since Sunday') do not, so the act told with them is the report's own.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

TAKEOVER = ("Battles", "Non-state actor overtakes territory")


@pytest.mark.parametrize(
    "text",
    [
        "Militants have taken over the town since 2019, residents said.",
        "Militants have taken over the town since January, residents said.",
        "Militants have taken over the town since the coup, residents said.",
        "Rebels have controlled the area since last year.",
        "Rebels have controlled the area since years.",
    ],
)
def test_ground_held_since_a_period_is_background(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Militants have taken over the town since Sunday, residents said.",
        "Militants have taken over the town, residents said on Monday.",
    ],
)
def test_ground_taken_in_the_reports_days_is_a_takeover(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [TAKEOVER], text


def test_a_crowds_course_since_years_is_background_too(extractor: api.Extractor) -> None:
    assert typed("Protesters have blocked the road since years.", extractor) == []


def test_a_crowds_act_since_the_mornings_hours_is_the_days(extractor: api.Extractor) -> None:
    assert typed("Protesters have blocked the road since early this morning.", extractor)[:1] == [
        ("Protests", "Peaceful protest")]
