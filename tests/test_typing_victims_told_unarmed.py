"""People the report tells unarmed where they were harmed could not fight whoever hit them: violence against
civilians (an attack), as ACLED defines it, even where a fight is told around the act or the victims were of an armed
side. Texts written for these tests; the look-alikes (an unarmed craft, a doubt whether the dead were armed, a side
that fired back, a fight with no one told unarmed, unarmed protesters) keep their type.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        # a writer's 'clash' of two communities around a killing of an unarmed person
        "Another clash broke out between the two clans near Bawku. An unarmed man was shot in the head during the "
        "violence.",
        # a battle told first, then the force's killing of men most of whom were unarmed
        "On 3 May 2024, soldiers fought militants near the village of Koro. After the battle, the troops killed 40 "
        "men in the village, most of them unarmed.",
        # the victims of an armed side, told unarmed in an aside
        "On 3 May 2024, soldiers killed a rebel cook, who was unarmed, near the camp of Tessit.",
        # a force's fire on an unarmed person it was stopping
        "On 3 May 2024, police shot dead an unarmed teenager at a checkpoint in the town of Tera.",
    ],
)
def test_people_told_unarmed_where_harmed_are_attacked(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a doubt whether the dead were armed: no one told unarmed
        ("On 3 May 2024, soldiers clashed with rebels near the town of Tera, killing six; it is unclear whether the "
         "dead were armed or unarmed.", ("Battles", "Armed clash")),
        # the side hit fired back: two armed sides
        ("On 3 May 2024, gunmen attacked the unarmed guards of a bank in Tera, who returned fire with a pistol "
         "kept in the office. Two guards were killed.", ("Battles", "Armed clash")),
        # a fight with no one told unarmed
        ("On 3 May 2024, soldiers clashed with rebels near the town of Tera, killing six fighters.",
         ("Battles", "Armed clash")),
        # an unarmed drone is a craft, no person
        ("On 3 May 2024, militants fired at an unarmed drone and clashed with soldiers near the base of Tera.",
         ("Battles", "Armed clash")),
        # unarmed protesters met by a force stay a protest
        ("On 3 May 2024, unarmed protesters marched peacefully in Tera against fuel prices.",
         ("Protests", "Peaceful protest")),
    ],
)
def test_unarmed_doubted_a_craft_or_a_fight_keep_their_type(text: str, expected: tuple[str, str],
                                                           extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == expected, text
