"""A single protester or demonstrator is as much a gathering's as the plural: 'one protester was killed in a clash
with the police' tells a demonstration that turned violent (a riot), not a battle between two armed groups, and
'soldiers shot and killed a protester' tells force used on a protest, as the plural does. The singular nouns are
in the protest vocabulary (PROTEST_WORDS, GATHERING_NAMED). Look-alikes without a protester keep their reading."""

from __future__ import annotations

import pytest

from extracted import first_types


@pytest.mark.parametrize("text", [
    "One protester was killed in a clash with the police in the capital on Monday.",
    "A demonstrator died in clashes with security forces in the city centre on Tuesday.",
])
def test_a_single_protester_killed_in_a_clash_with_forces_is_a_violent_demonstration(text, extractor) -> None:
    assert first_types(text, extractor) == ("Riots", "Violent demonstration")


def test_troops_shooting_one_protester_is_force_on_a_protest_not_a_battle(extractor) -> None:
    assert first_types("Soldiers shot and killed a protester in the market town on Monday.", extractor)[0] == \
        "Protests"


@pytest.mark.parametrize(("text", "expected"), [
    # the plural reads as before: the singular now reads the same way
    ("Protesters were killed in a clash with the police in the capital on Monday.",
     ("Riots", "Violent demonstration")),
    # two armed sides, no protester: still a battle
    ("Troops clashed with militants in the district on Monday; one soldier was killed.",
     ("Battles", "Armed clash")),
    # a force shooting an unnamed man, no gathering: still an attack or a battle as before, never a protest
    ("Police shot and killed a suspected robber in the town on Monday.", None),
])
def test_look_alikes_without_a_protester_keep_their_reading(text, expected, extractor) -> None:
    types = first_types(text, extractor)
    if expected is None:
        assert types[0] != "Protests"
    else:
        assert types == expected
