"""What a raid did, read from the wide-18 development sample's looting / attack / abduction / regained territory
confusions (loot18, texts written for these tests, each with look-alikes that must stay as they were): a place raided
that harmed no one is a looting or property destruction; an abduction told beside a killing is an attack unless the
report leads with the abduction or it is a mass abduction; ground taken back told in the passive, by gains made, by
'was able to' or by an armed side driven out is a government's regained territory.
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


@pytest.mark.parametrize(
    "text",
    [
        # ground taken back in the passive with no taker: the party that tells it took it
        "Heavy fighting took place in the Sabri district of Benghazi on Friday, and the army announced that the "
        "district had been liberated.",
        # a headline's bare present of 'regain'
        "Government troops regain control of three villages near Gwoza.",
        # the gains a side made, with the place after them
        "On Friday, the army made gains in Sabri after heavy fighting with militants.",
        # an act done, not an aim: 'was able to'
        "After two days of fighting, the army was able to recapture the town of Gulak on Sunday.",
        # the armed side put out of a place
        "On Sunday, troops drove the militants out of Gulak after a gunbattle.",
    ],
)
def test_ground_taken_back_in_these_wordings_is_government_regains_territory(text: str,
                                                                              extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Government regains territory", text


@pytest.mark.parametrize(
    "text",
    [
        "The army launched an offensive to regain control of the town on Monday.",
        "The army hopes to regain control of the town within weeks.",
        "Police drove the protesters out of the square with tear gas on Monday.",
        "On Monday, gunmen drove the villagers out of the hamlet and burned their homes.",
        "The ruling party made gains in the local elections in the Sabri district on Sunday.",
        "The home team made gains in the second half on Sunday.",
    ],
)
def test_aims_people_displaced_and_other_gains_take_no_ground(text: str, extractor: api.Extractor) -> None:
    taken = ("Government regains territory", "Non-state actor overtakes territory")
    assert first_sub(text, extractor) not in taken, text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2021, unknown gunmen pillaged several shops in Kouka.",
        "On 12 May 2021, suspected militants rustled cattle from herders near Gidan Kaura.",
        "On 9 April 2021, armed men stripped travellers of their money and phones between Mansila and Sebba.",
        "On 2 March 2021, militants made off with the harvest of a farm near Boulsa.",
    ],
)
def test_goods_pillaged_rustled_or_stripped_on_a_day_are_a_looting(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Looting/property destruction", text


@pytest.mark.parametrize(
    "text",
    [
        # a charge, a history, a plan: no day of its own, no incident
        "The opposition says the ruling party pillaged the treasury.",
        "Colonial powers pillaged the region's resources for decades.",
        "The minister accused officials of plundering public funds for years.",
        "Thieves plan to loot the warehouse, police warned.",
        "The company made off with record profits last year.",
    ],
)
def test_pillage_told_as_a_charge_history_or_plan_opens_nothing(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) is None, text
