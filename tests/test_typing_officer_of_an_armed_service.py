"""An 'officer' named by the armed state service he serves ('a customs officer', 'a navy officer', 'a naval officer',
'an air force officer') is that force's man: armed men who kill or wound him fought a state force, a battle (Armed
clash), as a police or army officer hit is; 'officer' alone was no word of a target, so the act was read as an attack on
no one named, violence against civilians. An officer of a civil service ('a district officer', 'an immigration
officer'), one out of service ('a former customs officer', one whose house was stormed), or the service's officer hit
by a crowd (a riot) is read as before. Texts written for these tests.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, unknown gunmen killed a customs officer at the border post of Kanta.",
        "On 4 March 2024, suspected separatists shot dead a navy officer near the port of Bimbia.",
        "On 4 March 2024, gunmen attacked the harbour and wounded a naval officer on guard there.",
        "On 4 March 2024, militants shot dead an air force officer at a checkpoint outside the base in Kainji.",
        "On 4 March 2024, militants attacked the customs station in Tessit, killing a customs officer.",
    ],
)
def test_armed_men_who_hit_an_officer_of_an_armed_service_fought_a_battle(text: str,
                                                                          extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, unknown gunmen killed a district officer on the road to Kanta.",
        "On 4 March 2024, unknown gunmen killed an immigration officer on the road to Kanta.",
        "On 4 March 2024, unknown gunmen killed a former customs officer on the road to Kanta.",
        "On 4 March 2024, unknown gunmen killed a retired navy officer on the road to Kanta.",
        "On 4 March 2024, gunmen stormed the house of a customs officer in Kanta, killing his wife.",
    ],
)
def test_a_civil_officer_or_one_out_of_service_stays_an_attack(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


def test_a_crowd_that_beat_a_customs_officer_stays_a_riot(extractor: api.Extractor) -> None:
    text = "On 4 March 2024, a group of residents attacked a customs officer with stones in the market of Kanta."
    assert extracted.first_types(text, extractor)[0] == "Riots", text
