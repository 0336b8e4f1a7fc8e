"""An armed side told as having engaged the other ('the militants engaged in a fight with the military after they
attacked the village', 'engaged with the army as they tried to raid the market', 'troops engaged the bandits after
they raided the village') fought it: two armed sides, ACLED's armed clash, though the report also tells the attack on
the village that led to the fight. A crowd engaged by a force, talks, meetings, plans and denials keep their
readings. Texts written for these tests.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2024, members of the Red Hill militia engaged in a fight with the military after they attacked the "
        "village of Kanu.",
        "On 4 June 2024, the insurgents engaged the army after they raided a farming village near Kanu.",
        "On 4 June 2024, the insurgents engaged with the military as they attempted an attack on a village near Kanu.",
        "On 4 June 2024, troops engaged the bandits after they attacked the village of Kanu and looted shops.",
    ],
)
def test_an_armed_side_engaged_beside_the_attack_is_a_battle(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize(
    "text",
    [
        # talks, a meeting, a plan and a denial: no fight had; the attack on the village is the event
        "On 4 June 2024, gunmen attacked the village of Kanu and killed two farmers. The army engaged in talks with "
        "the rebels.",
        "On 4 June 2024, gunmen attacked the village of Kanu and killed two farmers; the governor engaged the security "
        "forces in a meeting.",
        "On 4 June 2024, gunmen attacked the village of Kanu and killed two farmers. Troops were deployed to engage "
        "the gunmen.",
        "On 4 June 2024, gunmen attacked the village of Kanu and killed two farmers. The soldiers did not engage the "
        "gunmen.",
    ],
)
def test_talks_plans_and_denials_of_engaging_keep_the_attack(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


def test_a_crowd_engaged_by_soldiers_is_no_battle(extractor: api.Extractor) -> None:
    # a crowd is no armed side: the force's engaging it is one side's force on a gathering
    text = "On 4 June 2024, soldiers engaged the crowd after protesters attacked the police station in Kanu."
    assert extracted.first_types(text, extractor)[0] != "Battles", text
