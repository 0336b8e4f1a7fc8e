"""Petrol told as goods is no crowd's weapon (texts written for these tests): 'the arrest of a suspected petrol
smuggler sparked a demonstration', 'protesters gathered at a petrol station', 'against the owners of local petrol
pumps'. Before, the word 'petrol' alone (kept for petrol bombs) made such a gathering a riot.

Look-alikes that must not change: petrol bombs hurled, petrol poured on a car and set alight, a person doused in
petrol (a crowd's justice), petrol prices as a protest's cause.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 5 December, the arrest of a suspected petrol smuggler sparked a demonstration in Tano. Police forces "
         "intervened.", ("Protests", "Protest with intervention")),
        ("Hundreds of residents gathered at a petrol station in Tano on Monday to protest against the closure of the "
         "market.", ("Protests", "Peaceful protest")),
        ("Tanker drivers refused to load petrol from the depot in Tano on Monday in protest against the demolition of "
         "their office.", ("Protests", "Peaceful protest")),
        ("Members of civil society staged a protest in Tano on Monday against the owners of local petrol pumps for not "
         "reducing their prices.", ("Protests", "Peaceful protest")),
    ],
)
def test_petrol_as_goods_leaves_a_protest(text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters hurled petrol bombs at the police in Tano on Monday.", ("Riots", "Violent demonstration")),
        ("Protesters poured petrol on a police car in Tano on Monday and set it alight.",
         ("Riots", "Violent demonstration")),
        ("Youths doused a suspected thief in petrol and set him alight in Tano on Monday.", ("Riots", "Mob violence")),
        ("Residents protested in Tano on Monday against the rise in petrol prices.", ("Protests", "Peaceful protest")),
    ],
)
def test_petrol_as_a_weapon_or_a_cause_is_unchanged(text: str, expected: tuple[str, str],
                                                    extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text
