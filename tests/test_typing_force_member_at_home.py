"""A policeman or soldier harmed in, outside or in front of his own home, or told off duty in brackets a few words
before him, is out of service: a civilian target, as ACLED codes it (violence against civilians, not a battle). Texts
written for these tests; the look-alikes (someone else's house, a fight told at the home, a force on duty) stay a
battle.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        # 'inside', 'outside', 'in front of' his or their own home, not only 'at' it
        "On 3 May 2024, unidentified gunmen shot dead a police inspector inside his home in Tahoua.",
        "On 3 May 2024, a suspected militant stabbed a police colonel to death outside his house in Dosso.",
        # the home told at the end of a long passive clause
        "Two gendarmes were killed in front of their homes in the town of Dori on 3 May after gunmen opened fire on "
        "them.",
        # off duty told in brackets before the force's member named
        "On 3 May 2024, gunmen killed three security agents (all off duty), including a police sergeant, in the "
        "village of Tera.",
    ],
)
def test_a_force_member_harmed_at_his_own_home_is_a_civilian_target(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    "text",
    [
        # a house that is not the victim's own: where a gang hid, a commander's, a governor's guarded by soldiers
        "On 3 May 2024, police exchanged fire with gunmen in the house where the gang was hiding in Tahoua; two "
        "gunmen were killed.",
        "On 3 May 2024, militants attacked a police post near the commander's house in Tera, killing two officers.",
        "On 3 May 2024, gunmen attacked soldiers guarding the governor's residence in Dosso, killing two.",
        # a fight told at the home: the officer fought back, two armed sides
        "On 3 May 2024, gunmen attacked a police officer at his home in Tahoua; he returned fire and killed one of "
        "the attackers.",
        # a force on patrol, a house burned later; armed men killed in their own house by soldiers
        "On 3 May 2024, JNIM militants ambushed an army patrol near Djibo, killing four soldiers, and then burned a "
        "house in the village.",
        "On 3 May 2024, soldiers raided a militant hideout in Tera and killed three fighters inside their house.",
    ],
)
def test_a_force_hit_away_from_home_or_fighting_there_stays_a_battle(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text
