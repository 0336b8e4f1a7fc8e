"""Strategic developments against violence, second round (sd19, read from the 12,334-row development sample's
strategic development / violence confusions; texts written for these tests, each with look-alikes that must stay as
they were): a place taken with no fight told ('without violence', 'after the withdrawal of the rebels') is a
non-violent transfer of territory, while one taken after a fight or a strike stays a battle; a person set on fire is
an attack, not an arson; notes-style 'kill' and 'wound' are harm done to people; a fight denied or doubted ('no
exchanges of gunfire were reported', 'it is unclear if there was a clash') makes no battle; people carried off with a
vehicle seized are an abduction, not a looting.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, fighters of the FDP overtook the town of Kamba without violence.",
        "On Tuesday, the army took control of Kamba after the withdrawal of the rebels.",
        "On Tuesday, government troops regained control of Kamba from the rebels. No fighting was reported.",
        "On Tuesday, the militia peacefully took over the village of Kamba after the soldiers left the area.",
        "On Tuesday, soldiers retook Kamba. The rebels had left the town two days before.",
    ],
)
def test_a_place_taken_with_no_fight_told_is_a_non_violent_transfer(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == (
        "Strategic developments", "Non-violent transfer of territory"), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fight took the place; the other side left only after it
        ("On Tuesday, the army took control of Kamba following clashes with the rebels, who then withdrew.",
         ("Battles", "Government regains territory")),
        ("On Tuesday, soldiers attacked rebel positions in Kamba before they entered and retook the town. The rebels "
         "had withdrawn.", ("Battles", "Government regains territory")),
        ("On Tuesday, the rebels overtook the town of Kamba after the army withdrew; three soldiers were killed.",
         ("Battles", "Non-state actor overtakes territory")),
    ],
)
def test_a_place_taken_beside_a_fight_or_a_strike_stays_a_battle(text: str, expected: tuple[str, str],
                                                                 extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == expected, text


def test_a_withdrawal_that_is_no_side_leaving_a_place_takes_nothing(extractor: api.Extractor) -> None:
    text = "On Tuesday, police arrested a man in Kamba after the withdrawal of the charges against his brother."
    assert extracted.first_types(text, extractor) == ("Strategic developments", "Arrests")


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, gang members burned a woman alive in the Kamba market.",
        "On Sunday, unidentified men doused a trader with petrol in Kamba and set him ablaze.",
        "On Sunday, a 12-year-old boy was set on fire by two masked men in Kamba.",
        "On Sunday, soldiers burned a minibus with eight passengers inside near Kamba.",
    ],
)
def test_a_person_set_on_fire_is_an_attack(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    "text",
    [
        # a person's property, not the person
        "On Sunday, gang members set fire to the house of a trader in Kamba.",
        "On Sunday, the house of an elderly woman was set on fire by unknown men in Kamba.",
        # 'them' as the goods just looted
        "On Sunday, militants looted shops in Kamba and set them ablaze.",
        # people told, but out of the fire's way
        "On Sunday, armed men burned a minibus near Kamba after ordering the passengers out.",
        "On Sunday, militants burned the village of Kamba; no one was hurt.",
    ],
)
def test_property_set_on_fire_stays_a_property_destruction(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Strategic developments", "Looting/property destruction"), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Friday, vigilantes kill a suspected thief in Kamba.", ("Riots", "Mob violence")),
        ("On Friday, police fire tear gas at a crowd of football fans in Kamba, causing a stampede that kills 12 "
         "people.", ("Violence against civilians", "Attack")),
        ("On Friday, bandits kill a herder, wound another and steal cattle in Kamba.",
         ("Violence against civilians", "Attack")),
    ],
)
def test_notes_style_kill_and_wound_are_harm_done_to_people(text: str, expected: tuple[str, str],
                                                            extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the crime of those arrested or beaten, not what the actor did
        ("On Friday, police arrested two men for stealing cattle in Kamba.", ("Strategic developments", "Arrests")),
        ("On Friday, residents beat a man accused of stealing a phone in Kamba.", ("Riots", "Mob violence")),
    ],
)
def test_stealing_as_a_charge_is_no_looting(text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, gunmen fired shots near the governor's residence in Kamba. It is unclear if there was a clash.",
         ("Strategic developments", "Other")),
        ("On Monday, bandits seized cattle near Kamba. Soldiers pursued them and recovered the animals; no exchanges "
         "of gunfire were reported.", ("Strategic developments", "Looting/property destruction")),
    ],
)
def test_a_fight_denied_or_doubted_makes_no_battle(text: str, expected: tuple[str, str],
                                                  extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        # the harm denied, not the fight
        "On Monday, no one was killed in the clashes between soldiers and rebels near Kamba.",
        "On Monday, soldiers and rebels clashed near Kamba; there were no casualties.",
        "On Monday, soldiers and rebels exchanged fire near Kamba without any casualties.",
        # a fight told, only a further one denied
        "On Monday, rebels attacked an army post near Kamba. Fighting lasted two hours; no further clashes were "
        "reported.",
    ],
)
def test_a_fight_told_beside_a_denial_of_harm_or_of_more_fighting_stays_a_battle(text: str,
                                                                                  extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, militants seized a truck together with its driver near Kamba.",
        "On Thursday, gunmen seized two minibuses along with the passengers on the road to Kamba.",
        "On Thursday, militants seized a truck loaded with food near Kamba, abducting the driver.",
    ],
)
def test_people_carried_off_with_a_vehicle_seized_are_an_abduction(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == (
        "Violence against civilians", "Abduction/forced disappearance"), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the driver left behind, or only goods taken with the vehicle
        ("On Thursday, militants seized a truck loaded with food near Kamba; the driver was released unharmed.",
         ("Strategic developments", "Looting/property destruction")),
        ("On Thursday, militants seized two motorbikes together with fuel and spare parts near Kamba.",
         ("Strategic developments", "Looting/property destruction")),
        # one taken beside one killed: the killing is the event
        ("On Thursday, bandits attacked a herder near Kamba, killing him and abducting his son.",
         ("Violence against civilians", "Attack")),
    ],
)
def test_a_vehicle_seized_without_its_people_or_an_abduction_beside_a_killing_keeps_its_type(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == expected, text
