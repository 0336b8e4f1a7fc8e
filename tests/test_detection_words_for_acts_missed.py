"""Acts the detector missed for want of a word (texts written for these tests).

Notes tell ground overrun in the present ('troops overrun two rebel camps') and ground occupied again ('reoccupied
the area'); a hilltop is ground taken; a person manhandled is roughly handled; a throat slit or cut is a stabbing;
people 'disappeared' by an armed party are forcibly disappeared; a single shell or mortar found, and arms a force
'find', are weapons taken out of use; a vessel that 'has been seized by armed men' is seized as one that 'was';
merchants and shopkeepers are persons. Armed men or their leaders captured by a state force with no fight and no
ground told are arrested. Look-alikes that must stay as they were: hospitals overrun with patients, people who
disappeared on their own, a search that found nothing, a threat to slit throats, ground captured by a force.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, troops overrun two rebel camps in the forest east of the town.",
        "On Monday, soldiers reoccupied the valley after the rebels withdrew.",
        "On Monday, party youths manhandled a reporter outside the counting centre.",
        "On Monday, gunmen slit the throat of a herder near the river.",
        "On Monday, gendarmes discovered a mortar shell on the outskirts of the town.",
        "On Monday, the army find a store of weapons in a cave near the border.",
        "A fishing trawler has been seized by armed men off the coast.",
    ],
)
def test_an_act_told_by_these_words_opens_an_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED), text


def test_a_hilltop_seized_is_ground_taken(extractor: api.Extractor) -> None:
    assert first_types("On Monday, troops seized a strategic hilltop from the rebels.", extractor) == (
        "Battles", "Government regains territory")


def test_people_disappeared_by_a_force_are_forcibly_disappeared(extractor: api.Extractor) -> None:
    for text in ("On Monday, soldiers disappeared two merchants in the market town.",
                 "On Monday, police forcibly disappeared three activists in the capital."):
        assert first_types(text, extractor) == ("Violence against civilians", "Abduction/forced disappearance"), text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, soldiers captured a rebel commander at his farm.",
        "On Monday, the leader of the militia was captured by soldiers near the lake.",
        "On Monday, troops captured four militants hiding in a school.",
    ],
)
def test_armed_men_captured_by_a_state_force_without_a_fight_are_arrested(text: str,
                                                                          extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Strategic developments", "Arrests")


@pytest.mark.parametrize(
    "text",
    [
        "Hospitals in the city are overrun with patients after the outbreak.",
        "Two fishermen disappeared at sea last month.",
        "The journalist disappeared two weeks ago, his family said.",
        "Police searched the house but failed to find any weapons.",
        "The group threatened to slit the throats of the hostages.",
    ],
)
def test_look_alikes_open_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


def test_ground_captured_by_a_state_force_is_still_ground_regained(extractor: api.Extractor) -> None:
    assert first_types("On Monday, soldiers captured the town of Kolofata from the rebels.", extractor) == (
        "Battles", "Government regains territory")


# A force's working base installed or moved; wounds inflicted on people; people stripped by force; a mob that swarmed
# a person; property vandalised told in the present or attempted; a person 'aggressed' (West African English).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, the police installed an operations centre in the former customs building.",
         ("Strategic developments", "Headquarters or base established")),
        ("On Monday, the militants moved their operational base from the forest to the river town.",
         ("Strategic developments", "Headquarters or base established")),
        ("On Monday, gunmen inflicted machete wounds on three farmers in their fields.",
         ("Violence against civilians", "Attack")),
        ("On Monday, party cadres stripped a woman wearing the colours of a rival party.",
         ("Violence against civilians", "Attack")),
        ("On Monday, an angry mob swarmed the local MP over unkept promises.", ("Riots", "Mob violence")),
        ("On Monday, a pupil was aggressed by two men near the school gate.",
         ("Violence against civilians", "Attack")),
    ],
)
def test_more_acts_told_by_these_words(text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected


def test_property_vandalised_told_in_the_present_or_attempted_opens_an_event(extractor: api.Extractor) -> None:
    assert typed("On Monday, party cadres tried to vandalise the residence of a minister.", extractor,
                 published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The company moved its headquarters to the capital last year.",
        "The strikes inflicted heavy losses on the enemy, the ministry said.",
        "The court stripped two officers of their rank.",
        "The party has no plan to vandalise anything, its leader said.",
    ],
)
def test_more_look_alikes_open_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []
