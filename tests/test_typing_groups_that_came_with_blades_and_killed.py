"""A group of people that came with blades and killed, read from the wider development sample's riot and
violence-against-civilians confusions (sitrep-rules/29's wide-18 sample), with look-alikes that must stay as they were
(texts written for these tests).

Youths, villagers, farmers or herders told carrying blades ('armed with machetes', 'with blade weapons, spears and
batons', 'equipped with knives') who killed people are an armed communal party as ACLED codes it, as a crowd that
shoots is: their killings are an attack, not a crowd's mob violence; where those they killed were armed men
(militants, bandits), the two armed sides fought a battle. A group's justice on a suspect (a thief, a man accused of
stealing), blades that hurt but killed no one, the victims of a passive ('villagers with machetes were killed'), one
man with a machete, and a brawl between people with machetes leave the reading as it was.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api

_ATTACK = ("Violence against civilians", "Attack")
_MOB = ("Riots", "Mob violence")
_BATTLE = ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, youths armed with machetes and clubs killed an old man and wounded his wife in a quarter of "
        "the town.",
        "On 4 March 2024, herders with blade weapons, spears and sticks attacked and killed nine farmers in three "
        "hamlets east of the river.",
        "On 4 March 2024, villagers armed with machetes killed a woman from the neighbouring village at the well.",
        "On 4 March 2024, farmers equipped with cutlasses hacked two cattle herders to death near the market.",
    ],
)
def test_a_group_that_came_with_blades_and_killed_people_attacks_them(text: str, extractor: api.Extractor) -> None:
    # (the group carried its blades to the act: an armed communal party, its killings an attack)
    assert first_types(text, extractor) == _ATTACK, text


@pytest.mark.parametrize(
    "text",
    [
        # a crowd's justice on a suspect, with blades or not
        "On 4 March 2024, villagers with machetes killed a suspected thief in the market.",
        "On 4 March 2024, residents armed with machetes killed a man accused of stealing a goat.",
        # blades that hurt, no one killed
        "On 4 March 2024, youths armed with machetes attacked traders at the market, wounding three.",
        # a brawl between people with machetes, no one killed
        "On 4 March 2024, two groups of villagers with machetes fought each other at the market over a plot of land, "
        "wounding three.",
    ],
)
def test_a_crowds_justice_or_harm_without_killing_stays_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == _MOB, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the victims of a passive: no group of killers told (as before: the killing of civilians)
        ("On 4 March 2024, two villagers with machetes were killed by unknown gunmen in the village.", _ATTACK),
        # one man with a machete (as before)
        ("On 4 March 2024, a man with a machete killed his brother in the village.", _ATTACK),
    ],
)
def test_victims_and_one_man_with_a_blade_read_as_before(text: str, expected: tuple[str, str],
                                                          extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        # not an incident of blades at all: plans, courts and history
        "Youths armed with machetes plan to march on the palace next week, the chief said.",
        "The court sentenced three farmers who in 2019 killed a herder with machetes to life in prison.",
    ],
)
def test_plans_and_courts_with_blades_are_no_attack(text: str, extractor: api.Extractor) -> None:
    events = api.extract(text, extractor=extractor).events
    assert not events or (events[0].event_type, events[0].sub_event_type) != _ATTACK, text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, villagers armed with machetes killed three militants who had attacked the village.",
        "On 4 March 2024, herders with spears and knives killed two bandits on the road to the market.",
    ],
)
def test_a_group_with_blades_that_killed_armed_men_fought_a_battle(text: str, extractor: api.Extractor) -> None:
    # (two armed sides: the group with blades and the armed men it killed)
    assert first_types(text, extractor) == _BATTLE, text
