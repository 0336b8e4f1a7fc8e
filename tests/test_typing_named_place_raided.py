"""A town raided by its name that harmed no one, read from the wide-18 development sample's looting / attack
confusions (texts written for these tests, with look-alikes that must stay as they were): 'attacked Amchide' has a
place for its object, as 'attacked the village of X' does, so a raid on it that only burned or carried off property
is a looting or property destruction; goods told as taken in the passive ('cattle were seized') are goods carried off.
"""

from __future__ import annotations

import pytest

from extracted import first_sub
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        # a town raided by its name, property burned, no one harmed
        "On 3 May, insurgents attacked Dakaleri. Several houses were burned down.",
        "On 3 May, insurgents attacked Dakaleri, burning shops and cars.",
        # goods told as taken in the passive
        "On Sunday, gunmen raided Tillabouri; 200 head of cattle were seized.",
        "On Friday, militants stormed Mokolo: phones, money and food were stolen.",
    ],
)
def test_a_town_raided_by_its_name_that_harmed_no_one_is_property_loss(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Looting/property destruction", text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # people killed or wounded in the raid: an attack, whatever was taken
        ("On Friday, gunmen attacked Mokolo, killing three residents and burning houses.", "Attack"),
        ("On Friday, gunmen attacked Mokolo and wounded two farmers; cattle were stolen.", "Attack"),
        ("On Monday, militants attacked Kawo; five people were killed and cattle were stolen.", "Attack"),
        # a person named after the verb, not a town
        ("On Friday, militants attacked Abdou, a trader, and stole his motorbike.", "Attack"),
        # a fight with the troops, a force's base: a battle
        ("On Monday, militants attacked Gamboru and clashed with soldiers; food was looted.", "Armed clash"),
        ("On Monday, militants attacked the army base in Gamboru and burned two trucks.", "Armed clash"),
        # goods seized by the police in a raid with arrests: the arrests
        ("On Monday, police raided Kawo market and arrested 12 suspects; 40 motorbikes were seized.", "Arrests"),
    ],
)
def test_a_raid_that_harmed_people_or_met_a_force_keeps_its_type(text: str, sub: str,
                                                                 extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub, text


@pytest.mark.parametrize(
    "text",
    [
        "The court said 30 cattle were stolen from a farm in Kawo last year.",  # a court's account, no raid
        "On Monday, a flood hit Kawo and 30 cattle were carried off by the water.",  # a flood
    ],
)
def test_goods_taken_with_no_raid_open_no_event(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) is None, text
