"""Police or troops firing into the air, or warning shots, told with a gathering (texts written for these tests): how
the crowd was met, a protest with intervention, one event — not a second incident of its own beside the march (before:
'Police fired shots into the air.' after a march opened a strategic development, 'The police responded with stun
grenades and shots in the air' a battle). Look-alikes keep their reading: the crowd's own fire, a force's fire on
another day or elsewhere, armed men's fire, a force's fire that hurt someone.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

MARCH = "On Monday hundreds of students marched in the capital demanding free elections."


@pytest.mark.parametrize(
    "text",
    [
        f"{MARCH} Police fired shots into the air.",
        f"{MARCH} The police fired shots in the air.",
        f"{MARCH} Police fired warning shots.",
        f"{MARCH} The soldiers fired warning shots.",
        f"{MARCH} The police responded with stun grenades and shots in the air.",
        "Police fired shots into the air as hundreds of students marched in the capital on Monday.",
    ],
)
def test_a_force_firing_in_the_air_at_a_gathering_is_its_intervention(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [("Protests", "Protest with intervention")], text


@pytest.mark.parametrize(
    "text",
    [
        # the crowd's own shots are no intervention
        "On Monday hundreds of soldiers protested at their barracks over unpaid bonuses, firing shots into the air.",
        # soldiers who are the gathering fire in the air themselves
        "On Monday night hundreds of soldiers took to the streets of the capital, firing shots into the air.",
        # a force's fire on another day is another matter
        f"{MARCH} On Tuesday, soldiers fired warning shots at the border.",
    ],
)
def test_fire_in_the_air_that_is_not_a_force_meeting_the_crowd_leaves_no_intervention(
        text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[0] == ("Protests", "Peaceful protest"), text


@pytest.mark.parametrize(
    "text",
    [
        # armed men, not the state's force, firing after a march: their act is their own
        f"{MARCH} Gunmen fired shots into the air in the market.",
        # a force's fire that killed someone is not a warning
        f"{MARCH} Police fired shots into the air and killed a student.",
    ],
)
def test_other_fire_after_a_gathering_still_opens_its_own_event(text: str, extractor: api.Extractor) -> None:
    assert len(typed(text, extractor)) == 2, text
