"""Who acted when a crowd and a force are both told (texts written for these tests). A force named only in a clause
put before the act ('After police arrested two traders, youths attacked the police station') or as the report's
source ('according to police, residents beat a thief') did not act: the crowd did, and ACLED codes a crowd attacking
the police or its posts as a riot. A force that is the subject of the act stays who acted, whatever a clause put
first tells, and so does a force a pronoun after that clause points back to."""

from __future__ import annotations

import pytest

from extracted import first_event, typed
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "After police arrested two traders, youths attacked the police station in Kaya.",
        "On 2 March 2024, after gendarmes detained a driver, young people stormed the gendarmerie in Pouytenga.",
        "On 2 March 2024, when soldiers arrived at the market, angry residents stoned them in Kaya.",
        "On 2 March 2024, after police detained a trader, residents attacked the police post in Dori.",
    ],
)
def test_a_crowd_acting_after_a_clause_that_names_a_force_is_a_riot(text: str, extractor: api.Extractor) -> None:
    got = typed(text, extractor)[:1]
    assert got and got[0][0] == "Riots", (text, got)


def test_a_force_named_as_the_source_of_a_crowds_act_did_not_act(extractor: api.Extractor) -> None:
    text = "On 2 March 2024, according to police, residents beat a suspected thief to death in Kaya."
    assert typed(text, extractor)[:1] == [("Riots", "Mob violence")]


def test_young_people_attacking_the_gendarmerie_are_a_crowd(extractor: api.Extractor) -> None:
    text = "After gendarmes arrested a motorcycle driver, young people attacked the gendarmerie to demand his release."
    assert typed(text, extractor)[0][0] == "Riots"


@pytest.mark.parametrize(
    "text",
    [
        # the force is the subject of the act after the fronted clause
        "After residents blocked the road, police officers shot two traders in Kaya.",
        "On 2 March 2024, after the market closed, soldiers beat three traders to death in Kaya.",
        # the force is the subject of the fronted clause and a pronoun after it points back to it
        "On 2 March 2024, after soldiers entered the village, they shot dead four farmers in Kaya.",
        # a force told as the source of what its own men did
        "On 2 March 2024, according to residents, soldiers beat a trader to death in Kaya.",
    ],
)
def test_a_force_that_did_the_act_stays_who_acted(text: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert event.event_type == "Violence against civilians", (text, event.event_type)
    actor = event.actor1 or ""
    assert "Forces" in actor or "military" in actor.lower(), (text, actor)  # (a state's force, by any name)


def test_young_people_told_armed_are_no_crowd(extractor: api.Extractor) -> None:
    text = "On 2 March 2024, young people armed with rifles attacked a village in Kaya."
    assert typed(text, extractor)[0][0] != "Riots"


def test_forces_joined_to_forces_the_crowd_hit_were_hit_too(extractor: api.Extractor) -> None:
    # ("customs officers" follow "at policemen and": hit like the policemen, though a raid is told after them)
    text = ("On 2 March 2024, residents threw stones at policemen and customs officers conducting a raid on a "
            "warehouse in Kpoguidi.")
    assert typed(text, extractor)[0][0] == "Riots"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces named together as the subject stay who acted
        ("On 2 March 2024, soldiers and police officers raided a market in Kaya, killing two traders.",
         "Violence against civilians"),
        # an armed group hitting joined forces stays a battle
        ("On 2 March 2024, gunmen attacked soldiers and police officers at a checkpoint in Kaya.", "Battles"),
    ],
)
def test_forces_named_together_as_the_subject_or_hit_by_gunmen_stay_as_they_were(
        text: str, expected: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[0][0] == expected, text
