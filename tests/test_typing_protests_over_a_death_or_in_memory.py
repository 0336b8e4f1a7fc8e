"""Protests held over a death or in memory of the dead, read from the wider development sample's protest confusions
(wide-18, wide-8000), each with look-alikes that must stay as they were (texts written for these tests):

* a force's lethal harm told only as why people gathered ('protested over the death of a trader who was shot dead by
  police last week') is no force on this crowd: a peaceful protest, not one met with excessive force;
* whom a gathering remembers ('a vigil in memory of …', 'to mark the anniversary of …', 'during the funeral of …')
  is its cause: the harm told of them is not the crowd's, nor a force's on the crowd;
* what a crowd did 'by' doing ('demonstrated against the new tax by burning tyres') is how it protested, its own act,
  not more of its cause.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
EXCESSIVE = ("Protests", "Excessive force against protesters")
VIOLENT = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    "text",
    [
        "Residents protested over the death of a trader who was shot dead by police last week.",
        "Residents marched against the killing of a trader who was shot dead by police last week.",
        "Civilians demonstrated in the town following the soldiers killing a nurse, demanding an end to violence.",
    ],
)
def test_a_force_killing_told_only_as_the_cause_is_no_force_on_the_crowd(
        text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == PEACEFUL, text


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: the force's fire on this crowd, told after the cause or as the main act, stays excessive force
        "Residents protested over the death of a trader. Police shot dead two protesters.",
        "Soldiers opened fire on residents protesting over the death of a trader, killing two.",
        "Police fired live bullets at mourners marching during the funeral of a student, killing two.",
    ],
)
def test_a_force_that_killed_protesters_stays_excessive_force(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == EXCESSIVE, text


@pytest.mark.parametrize(
    "text",
    [
        "Residents held a vigil in memory of a trader who was shot dead by police last week.",
        "Mourners marched through the town during the funeral of a student who was beaten and injured in custody.",
        "Students marched to mark the anniversary of a factory fire that killed 200 workers.",
        "Fans marched to the stadium to honour the club's founder, who died last week.",
    ],
)
def test_the_harm_told_of_whom_a_gathering_remembers_is_its_cause(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == PEACEFUL, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # look-alikes: the mourners' own violence, a later clash, a force's tear gas on them are told of this crowd
        ("Protesters at the funeral of a student burned tyres and threw stones at police.", VIOLENT),
        ("Hundreds of people marched in memory of the victims and later clashed with police.", VIOLENT),
        ("Police fired tear gas at mourners marching during the funeral of a student who was shot by soldiers.",
         INTERVENTION),
        # an armed party's attack on a funeral stays the attack
        ("Gunmen opened fire on mourners at the funeral of a village chief, killing three.",
         ("Violence against civilians", "Attack")),
    ],
)
def test_what_was_done_at_a_commemoration_stays_its_own(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        # no gathering: a memorial service, a court's business, open no event, as before
        "A memorial service was held in the town for soldiers killed in an ambush last year.",
        "The court adjourned the trial of two soldiers accused of killing a trader during a protest.",
    ],
)
def test_memorials_and_trials_without_a_gathering_open_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters demonstrated against the new tax by burning tyres on the main road.", VIOLENT),
        ("Protesters marked the anniversary of the uprising by burning tyres on the main road.", VIOLENT),
        # look-alikes: 'by' naming who did what the crowd protested against goes on with the cause
        ("Residents protested against the killing of a youth by soldiers in the town.", PEACEFUL),
        ("Traders protested against harassment by touts blocking the market entrance.", PEACEFUL),
    ],
)
def test_what_a_crowd_did_by_way_of_protest_is_its_own_act(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text
