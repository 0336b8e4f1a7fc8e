"""A fight named by its noun only as what came before a one-sided act ('after clashes with the army', 'in reprisal for
last week's clashes') is an earlier act, told to explain this one: where an armed side, told as the subject of an
active verb, hit civilians, the event is the attack on them (violence against civilians), not a battle. Texts written
for these tests; the look-alikes (people caught in a fight, a fight told as this event's own, a fight that hit an armed
side, a side that fired back, a fight during the act) keep their type.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        # the fight before, led by 'after'; the act on civilians the event
        "On 3 May 2024, rebels abducted four oil workers near the town of Melut after clashes with the army.",
        # a fight's noun after a cause: 'in reprisal for'
        "On 3 May 2024, militiamen attacked the village of Koro in reprisal for the 28 April clashes. Six villagers "
        "were killed.",
        # 'following' and a fight's modifiers
        "On 3 May 2024, gunmen killed three farmers near Tessit following heavy fighting with soldiers in the area.",
        # a compound of the two sides before the noun
        "On 3 May 2024, militants ambushed two buses on the road to Gao after government-rebel clashes, killing a "
        "passenger.",
    ],
)
def test_fight_told_before_an_act_on_civilians_is_an_attack(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    "text",
    [
        # people caught in the fight: no one named acted on them
        "On 3 May 2024, three farmers were killed after clashes between the army and rebels near Tessit.",
        "On 3 May 2024, five people killed following renewed clashes between two clans near Bawku.",
        # the fight is the event's own trigger
        "On 3 May 2024, at least eight people are feared dead following a clash between herders and farmers in Koro.",
        # a fight told during the act, not before it
        "On 3 May 2024, rebels killed two villagers during clashes with the army near Melut.",
        # the side hit fired back
        "On 3 May 2024, gunmen attacked traders near Gao after clashes with the police. The traders' guards returned "
        "fire.",
        # a fight told as this event by its verb
        "On 3 May 2024, soldiers clashed with rebels near Melut after the battle of Kodok, killing six rebels.",
        # the armed side hit: a battle, whatever came before
        "On 3 May 2024, rebels attacked an army post near Melut after clashes with the militia, killing two soldiers.",
    ],
)
def test_fight_told_around_other_acts_stays_a_battle(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text
