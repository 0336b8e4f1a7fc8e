"""A force named before a clause of time is the act's target when the act's object names it back (fix31; texts written
for these tests).

'Soldiers were on patrol when militants opened fire on them' tells one act, the militants' fire on the soldiers: the
soldiers are the subject of the clause before 'when', not of the act, and 'them' names them as hit. Armed men firing
on a state force is a fight of two armed sides (ACLED: an armed clash), not violence against civilians. A force that
acts itself ('soldiers opened fire on villagers when …'), or a clause of time whose act hits someone else ('… when
bandits shot dead two farmers'), keeps its reading.
"""

from __future__ import annotations

import pytest

from extracted import first_event, first_types
from sitrep import api

CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Soldiers were on patrol near the village when militants opened fire at them.", "Military Forces"),
        ("Police were searching a house when gunmen opened fire on them in Kano.", "Police Forces"),
        ("A policeman was directing traffic when gunmen shot him dead in Kano.", "Police Forces"),
        ("Soldiers were returning to their base while militants fired on them near Gao.", "Military Forces"),
        ("Security forces were conducting a search operation near the village when militants opened fire at them.",
         "Military Forces"),
    ],
)
def test_a_force_named_back_by_the_acts_object_is_its_target(text: str, target: str,
                                                              extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert (event.event_type, event.sub_event_type) == CLASH, text
    assert event.actor2 == target, text


@pytest.mark.parametrize(
    "text",
    [
        # the clause of time hits others: the force only tells where it was
        "Soldiers were on patrol near the village when bandits shot dead two farmers.",
        "Security forces were on patrol near the village when bandits shot dead two farmers.",
        # the force acts itself, before the clause of time
        "Soldiers opened fire on villagers when militants attacked the post.",
        # no clause of time: the force is the act's subject
        "Soldiers opened fire on a crowd of villagers near Gao, killing two.",
        "Security forces opened fire on villagers near Gao, killing two.",
    ],
)
def test_look_alikes_stay_attacks_on_civilians(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ATTACK, text


def test_a_crowd_throwing_stones_at_police_stays_a_riot(extractor: api.Extractor) -> None:
    text = "Police arrived as protesters threw stones at them in Kano."
    assert first_types(text, extractor)[0] == "Riots", text
