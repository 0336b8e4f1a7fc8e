"""An incident told 'On 17 and 18 June, gunmen attacked two villages' is one report of what happened on those two days,
as 'On 17 June' would be: a pair of days led by 'on' times the incident, it is no period over which a party's acts are
counted, so the sentence is an incident, not an aggregate claim (it lost its whole first sentence to the claim). A
count over a longer period, or a party's tally of its operations, is still a claim. (Sentences written for these
tests.)"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api


@pytest.mark.parametrize(("text", "expected"), [
    ("On 17 and 18 June 2021, gunmen attacked two villages in the district. Three people were killed.",
     ("Violence against civilians", "Attack")),
    ("On 3-4 May 2022, soldiers and militants clashed in two villages near the border, leaving six dead.",
     ("Battles", "Armed clash")),
])
def test_an_incident_on_two_days_is_an_incident(text, expected, extractor) -> None:
    assert first_types(text, extractor) == expected
    assert api.extract(text, extractor=extractor).claims == []


@pytest.mark.parametrize("text", [
    # a month's count of attacks, told by a monitor: a tally
    "Between 1 and 30 June 2021, gunmen carried out 45 attacks in the region, killing 120 people, the monitor said.",
    # a party's results over its operations: a tally, though dated like an incident
    "The army said it killed 35 militants and destroyed 12 vehicles in operations on 17 and 18 June 2021.",
])
def test_counts_over_a_period_or_a_partys_operations_stay_claims(text, extractor) -> None:
    assert api.extract(text, extractor=extractor).claims


def test_an_incident_on_one_day_is_unchanged(extractor) -> None:
    text = "On 17 June 2021, gunmen attacked two villages in the district. Three people were killed."
    assert typed(text, extractor) == [("Violence against civilians", "Attack")]
