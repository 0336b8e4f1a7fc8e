"""A crowd that obstructs, disrupts or stalls someone's work, traffic or meeting, told with the demand it pressed,
is a protest (texts written for these tests): the rules used to find no event there, as the verb is no gathering
word ('villagers obstructed the road works, demanding compensation'). Look-alikes that must stay as they were: the
weather's or a strike's disruption, an official interrupting a debate, a plan or a call to obstruct, a court or a
statement, a crowd's disruption with no demand told (typed as before), and a denial.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, villagers obstructed the construction of the road near Dolakha, demanding compensation for "
        "their land.",
        "Residents of the valley have been obstructing the company's trucks since Friday, demanding jobs at the "
        "quarry.",
        "On Tuesday, local chiefs disrupted the council's budget hearing, demanding a larger share of the "
        "royalties.",
        "On Tuesday, hundreds of workers stalled the work at the dam site, demanding their unpaid wages.",
        "On Wednesday, opposition lawmakers disrupted the session of parliament in protest against the new tax.",
        "On Wednesday, students interrupted the graduation ceremony, calling for the dean's resignation.",
    ],
)
def test_a_crowd_obstructing_to_press_its_demand_is_a_protest(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    "text",
    [
        # the weather's or a strike's disruption; a noun 'demand', no demand pressed
        "On Monday, heavy rains disrupted traffic in the capital as demand for fuel rose.",
        "On Monday, the storm disrupted power supplies, and residents complained of the outages.",
        # an official, no crowd
        "On Monday, the minister interrupted the debate, demanding order in the chamber.",
        "On Monday, the speaker interrupted the session, calling for calm.",
        # plans, calls and threats to obstruct
        "Residents have threatened to obstruct the road works next week unless they are paid compensation.",
        "The union called on workers to disrupt the port's operations, demanding higher pay.",
        # a court, a statement, history, sport
        "The court heard that the villagers had obstructed the surveyors in 2019, demanding compensation.",
        "The union said in a statement that its members would disrupt the port's operations, demanding higher pay.",
        "Fans disrupted the football match for ten minutes after the referee's decision.",
        # a denial
        "The youth leader denied that his members had disrupted the meeting or were demanding anything.",
    ],
)
def test_obstruction_look_alikes_open_no_protest(text: str, extractor: api.Extractor) -> None:
    assert ("Protests", "Peaceful protest") not in typed(text, extractor, published=PUBLISHED)


def test_a_crowd_disrupting_a_meeting_without_a_demand_stays_as_before(extractor: api.Extractor) -> None:
    # (the crowd breaking up a meeting is read by the older 'rioters' phrase: this rule only adds the demand's case)
    assert first_types("On Monday, youths disrupted the meeting of the district council.", extractor) == (
        "Riots", "Violent demonstration")
