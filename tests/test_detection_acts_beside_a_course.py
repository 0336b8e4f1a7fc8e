"""An act told beside a course in the same sentence is still an incident (fix29; texts written for these tests).

'Militants have taken over the territory since 2019, and on Monday they killed a farmer' joins a course (the first
clause, a period since a year) and an act of its own day (the second, after ', and', in the simple past): the
killing is the report's incident. Likewise a place's course told in a 'where' clause ('in Gao, where militants have
held ground since 2019') is an aside about the place, as a 'which' clause is. A toll of the course told in the
perfect ('have killed hundreds since 2019'), or a second clause that tells no act ('and on Monday the governor said
…'), stays background.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-06"
KILLING = ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    "text",
    [
        "Militants have taken over the territory since 2019, and on Monday they killed a farmer in Gao.",
        "Rebels have held the town since 2019, and on Monday they shot dead a teacher.",
        "Armed groups have controlled the roads since last year, but on Tuesday gunmen killed two traders near Gao.",
    ],
)
def test_an_act_of_its_own_day_after_a_course_clause_is_the_incident(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [KILLING], text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday gunmen killed a farmer in Gao, where militants have held ground since 2019.",
        "On Monday gunmen killed a farmer in Gao, where militants have been active since 2019.",
    ],
)
def test_a_places_course_told_in_a_where_clause_is_an_aside(text: str, extractor: api.Extractor) -> None:
    # (no publication date: the act's own day cannot be resolved, the aside alone must let the killing stand)
    assert typed(text, extractor)[:1] == [KILLING], text


@pytest.mark.parametrize(
    "text",
    [
        "Militants have killed hundreds of farmers since 2019.",
        "Militants have killed hundreds of farmers since 2019, and on Monday the governor said the toll was rising.",
        "Militants have taken over the territory since 2019, and on Monday the army said it would retake it.",
        "Militants have held the area since 2019, and on Monday the governor visited Gao.",
        "Militants have attacked villages since 2019, and residents fled.",
        "Hundreds have been killed in Gao, where militants have held ground since 2019.",
        "Gunmen have killed dozens of farmers in Gao, where militants have held ground since 2019.",
    ],
)
def test_a_course_and_its_toll_stay_background(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == [], text


def test_the_act_after_a_course_keeps_its_own_day(extractor: api.Extractor) -> None:
    # ('since 2019, and on Monday …': the Monday is the second clause's day, not the start of the period)
    text = "Militants have taken over the territory since 2019, and on Monday they killed a farmer in Gao."
    events = api.extract(text, extractor=extractor, published=PUBLISHED).events
    assert [(e.date_start.isoformat(), e.date_end.isoformat()) for e in events] == [("2024-03-04", "2024-03-04")]


# fix30: the same without the comma ('since 2019 and on Monday killed'), and a 'where' clause whose course is told with
# a noun that is also a trigger word ('have been on strike since 2022'): the aside does not end at the noun.
@pytest.mark.parametrize(
    "text",
    [
        "Militants have held the area since 2019 and on Monday killed a farmer in Gao.",
        "Militants have held the area since 2019 and on Monday they killed a farmer in Gao.",
        "Rebels have controlled the roads since last year but on Tuesday they shot dead two traders near Gao.",
    ],
)
def test_an_act_of_its_own_day_after_a_course_reads_the_same_without_a_comma(text: str,
                                                                             extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [KILLING], text


@pytest.mark.parametrize(
    "text",
    [
        "Militants have killed hundreds since 2019 and on Monday the governor said the army would return.",
        "Militants have killed hundreds of people in the region since 2019 and 2020.",
    ],
)
def test_a_course_joined_to_no_act_or_to_its_own_dates_stays_background(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Protesters marched in Gao, where traders have been on strike since 2022.",
        "Students protested in Gao on Monday, where teachers have been on strike since January.",
    ],
)
def test_a_march_beside_a_strike_told_in_a_where_clause_is_the_incident(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Protests", "Peaceful protest")], text


@pytest.mark.parametrize(
    "text",
    [
        "Teachers have been on strike since 2022 in Gao.",
        "Nurses have been on strike since January in Gao, where the hospital has been closed since 2022.",
    ],
)
def test_a_strike_told_as_a_course_stays_background(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == [], text
