"""Roads held and armed men on the move, which the rules used to find no event in (texts written for these tests).

A road held with no crowd named — barricades, roadblocks, checkpoints or toll booths put up by armed men or by no
one named, a road told blocked — is ACLED's 'Other' development; armed men seen at a place, passing through it,
arriving in it, or a convoy of forces leaving or entering a town, is a movement of forces. The same words told of a
crowd, a flood, a motorcade, a video, an aid convoy or a course of years open nothing new.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, gang members installed a toll booth on the coastal road near Saint-Marc.",
        "On Monday, burning tires were erected in the Bas-Peu-de-Chose neighborhood.",
        "On Monday, the main road to Jacmel was blocked. Nobody knows who put up the barricades.",
        "On Tuesday, a bus was used as a roadblock on the road out of Mirebalais.",
        "On Monday, unidentified individuals set up barricades on two streets of Carrefour.",
        "On Monday, militants ran checkpoints on the road between Torodi and Makalondi.",
        "On Monday, armed men dug pits across the road to Kenscoff to stop the traffic.",
    ],
)
def test_a_road_held_with_no_crowd_named_is_another_development(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Strategic developments", "Other")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, about fifty members of an armed group were seen near the village of Gorou.",
        "On Monday, ten fighters were observed by aerial reconnaissance in the park near Kandi.",
        "On Monday, an armed group on twenty motorcycles went through the village of Tanga.",
        "On Monday, several hundred private contractors (Russian mercenaries) arrived in Bria.",
        "On Monday, an army convoy left Gao in the direction of Bourem.",
        "On Monday, mercenaries and national soldiers patrolled in the town of Menaka.",
        "On Monday, six military vehicles deployed to the airstrip at Tessit.",
        "On Monday, militia elements withdrew from their camp at Bossembele.",
    ],
)
def test_armed_men_seen_or_on_the_move_are_a_movement_of_forces(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Strategic developments", "Change to group/activity")]


@pytest.mark.parametrize(
    "text",
    [
        # A road held by a flood, for a motorcade, or for years: no development of its own.
        "On Monday, the road to the port was blocked by a landslide.",
        "On Monday, the road to the airport was blocked after heavy rains.",
        "Gang members have set up barricades across the capital for years.",
        # Men seen in a video; convoys of aid; a deployment to keep the peace at a match.
        "On Monday, fighters were seen in a video celebrating in the square of Raqqa.",
        "On Monday, a humanitarian convoy left Kidal for Gao.",
        "On Monday, a convoy of aid trucks entered the town of Ménaka.",
        "On Monday, 300 police officers were deployed to the stadium to provide security.",
        # Armed men seen, with no day of their own: the colour of a report on an area.
        "Armed men are often seen on the roads around the town.",
    ],
)
def test_the_same_words_elsewhere_open_nothing(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


def test_a_crowd_that_puts_up_barricades_still_protests(extractor: api.Extractor) -> None:
    # (not a road held by no one named: the crowd's own act, a demonstration)
    events = typed("On Monday, protesters erected barricades of burning tires on the main road.", extractor,
                   published=PUBLISHED)
    assert [event_type for event_type, _ in events][:1] == ["Riots"]
