"""Fire aimed at a civilian place with no one named as hit is aimed at the people there: an attack on civilians, not
a battle with no other side told.

* 'Opened fire in the village', as 'opened fire on the village' (the verb 'fire' / 'fired' before 'in').
* A broadcaster's station or a district's homes ('fired gunshots at the local radio station', 'opened fire at
  residential areas'), and a people's name before the place ('at Palestinian residential areas').

Texts written for these tests; the look-alikes (two sides that exchanged fire in a village, fire at a force's post,
gunfire heard in a neighbourhood, fire into the air) keep their type.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, militants opened fire in the village of Koro, without causing any casualties.",
        "On 3 May 2024, gunmen fired gunshots at the local radio station in the town of Tera. No one was hurt.",
        "On 3 May 2024, soldiers opened fire at residential areas in the town of Melut, wounding several people.",
        "On 3 May 2024, troops opened fire on Somali residential areas near the border town of Mandera.",
    ],
)
def test_fire_in_or_at_a_civilian_place_is_an_attack_on_its_people(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    "text",
    [
        # two sides firing at each other in the village: a fight
        "On 3 May 2024, soldiers and rebels exchanged fire in the village of Koro for two hours.",
        # fire at a force's post: a battle
        "On 3 May 2024, militants opened fire on the army post in the village of Koro.",
        "On 3 May 2024, militants fired at a police station in the town of Tera, wounding an officer.",
        # fire in a town told beside a fight with a force
        "On 3 May 2024, rebels fired in the town of Melut for hours as they fought the army.",
    ],
)
def test_fire_at_a_force_or_between_two_sides_stays_a_battle(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text


def test_gunfire_heard_in_a_neighbourhood_aims_at_no_one(extractor: api.Extractor) -> None:
    # 'gunfire in the neighbourhood' is fire heard, not fire aimed at its people: no one's attack
    text = "On 3 May 2024, heavy gunfire was heard in the neighbourhood of Kati overnight; the cause is unknown."
    assert extracted.first_types(text, extractor) == ("Strategic developments", "Other"), text
