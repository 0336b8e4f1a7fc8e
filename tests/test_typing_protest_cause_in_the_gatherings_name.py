"""A protest's cause told inside the gathering's name ends where the sentence's own verb comes (texts written for
these tests): 'three protesters demonstrating against the new constitution were injured in a clash with the police'
is the gathering's clash, not its cause's. Before, the cause ran on to the sentence's end and took the clash and
the harm with it, leaving a peaceful protest.

Look-alikes that must not change: a relative clause inside the cause ('against the killing of a trader who was shot
by the police'), a cause that is a clause of its own ('demanded the closure of the quarry after a bridge was
destroyed'), a cause opened by a finite verb, a peaceful course after the cause, a protest told only as a setting.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "At least three protesters demonstrating against the new constitution were seriously injured in a clash with "
        "policemen in Gaur on Wednesday.",
        "Dozens of demonstrators demanding the reopening of the university were involved in clashes with the police in "
        "Tano on Monday.",
        "A march over the rise in fuel prices was marred by clashes with the police in Tano on Friday; several shops "
        "were vandalised.",
    ],
)
def test_the_clash_after_a_cause_in_the_gatherings_name_is_the_gatherings(text: str,
                                                                           extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Riots", "Violent demonstration"), text


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause inside the cause: its harm is the cause's
        "Hundreds of residents protested in Tano on Monday against the killing of a trader who was shot by the police "
        "last week.",
        # a cause that is a clause of its own, after a finite verb
        "On 9 June, a group of women demonstrated in Tano. The demonstrators demanded the closure of a quarry after a "
        "bridge was destroyed and a child died.",
        # the gathering's own course after the cause is peaceful
        "Protesters marching against the new tax were seen carrying placards in Tano on Monday.",
        # 'over' with no gathering's word before it
        "Residents gathered in Tano on Monday to protest. The dispute over the land was settled by the chief.",
    ],
)
def test_harm_inside_the_cause_or_a_peaceful_course_stays_a_peaceful_protest(text: str,
                                                                             extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Peaceful protest"), text


def test_a_gathering_met_by_the_police_after_its_cause_is_an_intervention(extractor: api.Extractor) -> None:
    # the police's tear gas after the cause is how the gathering was met, not the cause's
    text = "Protesters demanding the release of their leader were tear-gassed by the police in Tano on Monday."
    assert first_types(text, extractor) == ("Protests", "Protest with intervention"), text
