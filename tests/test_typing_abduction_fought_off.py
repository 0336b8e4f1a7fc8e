"""An abduction, done or tried, that a force or a village fought is the fight, a battle, as ACLED codes it: the takers
repelled ('soldiers repelled the gunmen as they tried to kidnap four farmers'), fire exchanged with them ('guards
thwarted the kidnapping after an exchange of gunfire'), or the attackers killed by those who stepped in ('abducted
three traders; the police intervened and killed one militant'). Not an abduction where the force only stepped
in and freed the hostages with no fight told, nor one told with no force at all."""

from __future__ import annotations

import pytest

from extracted import first_types


@pytest.mark.parametrize("text", [
    "On 3 May, soldiers repelled gunmen as they tried to kidnap four farmers in the village.",
    "On 3 May, bandits attempted to abduct the village chief. Police thwarted the kidnapping after an exchange of "
    "gunfire.",
    "On 3 May, militants abducted three traders near the market. The police intervened and killed one militant "
    "and freed the hostages.",
])
def test_an_abduction_the_takers_were_fought_over_is_a_battle(text, extractor):
    assert first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize("text", [
    "On 3 May, gunmen abducted two boys in the village. Soldiers intervened and freed the boys. No clashes were "
    "reported.",
    "On 3 May, gunmen abducted three traders near the market and took them into the forest.",
    "On 3 May, unknown men kidnapped a priest on the road to the town.",
    "On 3 May, gunmen abducted a driver on the main road. Police had thwarted a kidnapping attempt nearby two days "
    "earlier.",
])
def test_an_abduction_with_no_fight_told_stays_an_abduction(text, extractor):
    assert first_types(text, extractor) == ("Violence against civilians", "Abduction/forced disappearance"), text
