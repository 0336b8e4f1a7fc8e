"""People harmed who are named as a gang's, a militia's, an armed group's or a self-defence group's members, leaders
or affiliates ('a local leader of the X gang', '13 affiliates of the Y gang', 'several members of a self-defence
group') are armed men: the fight is a battle, as ACLED codes it, not an attack on civilians. Members or leaders of a
party, an association or a civic group stay civilians. Texts written for these tests.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, armed residents shot and killed a local leader of the Red Hill Gang near the market.",
        "On 3 May 2024, members of a self-defence brigade killed 13 affiliates of the River Gang in a surprise attack.",
        "On 3 May 2024, the River Gang shot and killed several members of a self-defense group in the hills.",
        "On 3 May 2024, unknown gunmen killed two commanders of a local militia on the road to the mine.",
    ],
)
def test_members_or_leaders_of_an_armed_group_hit_are_a_battle(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, gunmen shot and killed a member of the ruling party in the market.",
        "On 3 May 2024, unknown gunmen killed a leader of the farmers' association near the mine.",
        "On 3 May 2024, the River Gang shot and killed several members of a women's group in the hills.",
    ],
)
def test_members_of_a_party_or_a_civic_group_hit_stay_an_attack(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text
