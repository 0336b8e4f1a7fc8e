"""What a raid did, read from the wide-18 development sample's looting / attack / abduction confusions (loot18, texts
written for these tests, each with look-alikes that must stay as they were): a place raided that harmed no one is a
looting or property destruction; an abduction told beside a killing is an attack unless the report leads with the
abduction or it is a mass abduction.
"""

from __future__ import annotations

import pytest

from extracted import first_sub
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, armed men attacked the village of Dantiandou and pillaged several shops.",
        "On 4 March, militants attacked Goudoubo village, taking away cattle and food. No casualties were reported.",
        "On Friday, gunmen raided the village of Kolmi and made off with goats and sheep.",
        "On Monday, militants attacked the town hall of Tanwalbougou and set it ablaze. There were no casualties.",
        "On Sunday, insurgents attacked the village of Wuro Saba, burned houses and seized motorbikes.",
    ],
)
def test_a_place_raided_that_harmed_no_one_is_property_loss(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Looting/property destruction", text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # people harmed, assaulted or fired on in the raid: an attack
        ("On Tuesday, armed men attacked the village of Dantiandou, killing two and pillaging shops.", "Attack"),
        ("On Tuesday, militants attacked the village of Dantiandou, assaulted villagers and pillaged property.",
         "Attack"),
        ("On Tuesday, gunmen attacked the village of Dantiandou and opened fire as they looted the market.", "Attack"),
        # a person attacked, not a place
        ("On Tuesday, gunmen attacked a trader near Dantiandou and stole his motorbike.", "Attack"),
        # a force's post raided: a fight, whatever was burned
        ("On Tuesday, militants attacked the gendarmerie post in Dantiandou and burned two vehicles.", "Armed clash"),
    ],
)
def test_a_raid_that_harmed_people_or_hit_a_force_keeps_its_type(text: str, sub: str,
                                                                 extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub, text


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday, militants killed one villager and abducted nine others in the village of Chirge.",
        "On Monday, Boko Haram fighters attacked Keraoua, killing at least nine people and kidnapping twenty.",
        "On Sunday, separatists killed a student and kidnapped eight others at their hostel in Bamenda.",
    ],
)
def test_a_few_taken_beside_a_killing_told_first_is_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        # the report leads with the abduction, more were taken than harmed
        "Gunmen kidnapped thirteen students in Gada on Saturday, killing a resident as they fled.",
        # a mass abduction, whichever act comes first
        "Gunmen stormed a school in Kagara on Wednesday, killing one student and kidnapping 42 people.",
        # no one harmed
        "On Saturday, gunmen attacked the village of Chirge and abducted nine people.",
    ],
)
def test_a_led_or_mass_abduction_stays_an_abduction(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Abduction/forced disappearance", text
