"""Strategic developments against violence, fourth round (sd23, read from the 12,334-row development sample's
strategic development / violence confusions; texts written for these tests, each with look-alikes that must stay as
they were): people whipped, flogged, beheaded, assaulted or given torture-like treatment beside goods taken or burned
make the raid an attack on them, not a looting, while a place 'assaulted' or the harm denied leave the property's
loss.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, militants seized cattle and whipped two herders in Kamba.",
        "On Monday, insurgents behead two farmers in Kamba and set fire to their granaries.",
        "On Monday, soldiers assaulted a trader and looted his shop in Kamba.",
        "On Monday, gunmen subjected a teacher to torture-like treatment and stole his motorbike in Kamba.",
        "On Monday, militants burned the school in Kamba and flogged the headmaster.",
    ],
)
def test_people_beaten_or_beheaded_beside_goods_taken_make_an_attack(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    "text",
    [
        # a place assaulted, not a person
        "On Monday, gang members assaulted the court in Kamba and looted its archives.",
        # the harm denied
        "On Monday, militants looted shops in Kamba; none of the traders was whipped.",
        # goods alone
        "On Monday, militants seized cattle and burned granaries in Kamba. No casualties were reported.",
    ],
)
def test_goods_taken_with_no_person_harmed_stay_a_looting(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Strategic developments", "Looting/property destruction"), text


def test_an_arrest_with_people_whipped_stays_an_attack(extractor: api.Extractor) -> None:
    text = "On Friday, police arrested and whipped two traders in Kamba."
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text
