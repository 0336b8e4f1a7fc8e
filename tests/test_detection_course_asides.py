"""A course of time told beside an act, not as the report itself (texts written for these tests).

Words of a war's or a period's course ('last year', 'in the past three years', 'are battling', 'since 2015') make a
sentence background when they tell what the sentence is about. Told inside a relative clause about someone or
something named, inside what a protest was about, or as a daily report's 'past 24 hours', they leave the act the
sentence tells one incident. A toll of the course ('hundreds have been killed in the region, which …', 'the group,
which …, has killed hundreds') stays background.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The course inside a relative clause; the main clause tells the act in the past.
        ("Relatives of fishermen whose boats sank in a storm last year protested outside the port authority in Tema.",
         "Protests"),
        ("Nurses, some of whom are battling to have their contracts renewed, held a march to the health ministry.",
         "Protests"),
        ("Gunmen killed three farmers near Dogon Daji, a district which has been at war with bandits since 2015.",
         "Violence against civilians"),
        # The course inside what a protest was about.
        ("Hundreds of students protested in Ouagadougou, demanding justice for the victims of a wave of arrests.",
         "Protests"),
        ("Dozens of teachers protested the late payment of their salaries in the past three years in Ibadan.",
         "Protests"),
        ("Protesters went to the street to demand the release of a general, detained since March 2019.", "Protests"),
        # A daily report's own day.
        ("In the past 24 hours, the air force bombed rebel positions near Sirte.",
         "Explosions/Remote violence"),
    ],
)
def test_a_course_told_aside_leaves_the_act_an_incident(text: str, expected: str, extractor: api.Extractor) -> None:
    assert [event_type for event_type, _ in typed(text, extractor)][:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # A toll of the course, in the perfect: background, though the course is told in a relative clause.
        "Hundreds of people have been killed in the region, which has been at war since 2015.",
        "The group, which has been fighting the government since 2015, has killed hundreds of people.",
        # No act told in the past outside the relative clause.
        "The group preserved much of its fighting forces, which are waging an insurgency in the desert.",
        # The course in the main clause.
        "In the past three years, gunmen killed hundreds of farmers in the district, which borders Niger.",
    ],
)
def test_a_course_told_of_the_report_itself_stays_background(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == []
