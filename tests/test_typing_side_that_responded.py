"""The side attacked that responded and harmed its attackers fought back (texts written for these tests): 'villagers
responded and wounded one of the gunmen', 'the forces retaliated and killed seven', 'police responded with gunshots':
two armed sides, a battle as ACLED codes it. Look-alikes where the side that came only arrested, searched or
protested, or where a reprisal is the act itself, stay what they were.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, poachers fired gunshots in the village of Dalori. Villagers responded and wounded one "
        "poacher.",
        "On 4 March 2024, militants opened fire on soldiers searching the village of Dalori. The soldiers retaliated "
        "and killed three of them.",
        "On 4 March 2024, gunmen opened fire on the crowd at a wedding in Dalori. Police forces responded with "
        "gunshots, killing two of the gunmen.",
    ],
)
def test_the_side_that_responded_and_harmed_the_attackers_makes_a_battle(text: str,
                                                                         extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize(
    "text",
    [
        # the force came after the killing and only arrested or searched: no fight
        "On 4 March 2024, gunmen shot dead two farmers in the village of Dalori. Police responded and arrested a "
        "suspect.",
        "On 4 March 2024, gunmen killed three traders near Dalori. The army responded and searched the "
        "area.",
    ],
)
def test_a_response_that_harmed_no_attacker_leaves_the_attack(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


def test_a_response_with_a_protest_is_no_fight(extractor: api.Extractor) -> None:
    text = "On 4 March 2024, residents of Dalori responded with a peaceful march against the killing of a trader."
    assert extracted.first_types(text, extractor)[0] == "Protests"
