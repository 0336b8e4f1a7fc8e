"""Harm told in the passive with the gathering's crowd as its agent is the crowd's own violence (texts written for
these tests): 'a policeman was beaten by demonstrators', 'two reporters were beaten and their cameras taken away by
demonstrators'. Before, the blows were read as a force's on the crowd (an intervention), since 'beaten' tells that
too.

Look-alikes that must not change: blows by the police on the crowd, harm by a crowd told only inside the protest's
cause, harm by the crowd denied.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "Students marched in Tano on Friday over fuel prices. A policeman was beaten by demonstrators near the market.",
        "Thousands of students marched in Tano on Friday over the death of a man in custody. Two reporters were "
        "beaten and their cameras taken away by demonstrators.",
        "Hundreds of traders protested in Tano on Monday against a new levy. A tax collector was manhandled by the "
        "protesters.",
    ],
)
def test_harm_by_the_crowd_in_the_passive_is_a_violent_demonstration(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Riots", "Violent demonstration"), text


@pytest.mark.parametrize(
    "text",
    [
        # the force's blows on the crowd
        "Students marched in Tano on Friday over fuel prices. Two protesters were beaten by the police.",
    ],
)
def test_blows_by_the_police_stay_an_intervention(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Protest with intervention"), text


@pytest.mark.parametrize(
    "text",
    [
        # harm by rioters told only inside the cause
        "Residents marched in Tano on Monday against the killing of a trader who was attacked by rioters last week.",
    ],
)
def test_harm_by_a_crowd_inside_the_cause_stays_a_peaceful_protest(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Peaceful protest"), text
