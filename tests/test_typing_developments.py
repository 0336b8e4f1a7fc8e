"""Typing decisions of strategic developments and of how police met a gathering, each told in several phrasings
(texts written for these tests): who took a place back, whether an arrest closed a fight or a seizure, whether
people were arrested at a protest.
"""

from __future__ import annotations

import pytest

from extracted import first_sub
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "The army recaptured the town of Mocimboa from insurgents on Tuesday.",
        "Government troops retook the village of Kambi after a clash with rebels on Sunday.",
        "Soldiers regained control of the district headquarters in Beni on Monday.",
    ],
)
def test_forces_named_by_their_kind_regain_territory_for_the_state(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Government regains territory", text


def test_rebels_taking_a_town_overtake_territory(extractor: api.Extractor) -> None:
    text = "Rebels captured the town of Mweso on Monday after heavy fighting."
    assert first_sub(text, extractor) == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    "text",
    [
        "Police clashed with two armed men in Eldoret on Friday, who were later arrested.",
        "Gunmen clashed with soldiers near Garissa on Monday. Three of them were arrested.",
        "A clash between suspected bandits and police reservists in Baringo on Saturday ended with two detained.",
    ],
)
def test_an_arrest_that_closes_a_fight_is_the_fight(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


def test_an_arrest_alone_stays_an_arrest(extractor: api.Extractor) -> None:
    text = "Police arrested five suspected members of a militant cell in Mombasa on Tuesday."
    assert first_sub(text, extractor) == "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        "Police seized two tons of cannabis hidden in a lorry near Namanga on Sunday. Its driver was arrested.",
        "Customs officers confiscated 4,000 cartons of smuggled cigarettes at Busia and arrested two traders.",
        "Police dismantled a drug lab in a house in Kisumu on Friday and arrested three men.",
        "Officers destroyed a cannabis farm near Kakamega on Thursday; its owner was detained.",
    ],
)
def test_goods_seized_or_destroyed_with_arrests_are_the_property(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Looting/property destruction", text


@pytest.mark.parametrize(
    "text",
    [
        "Teachers marched to the county offices in Nyeri on Monday over unpaid salaries. Four were arrested.",
        "Hawkers protested in Nakuru on Tuesday against new levies. Several arrests were made.",
        "Students demonstrated in Eldoret on Friday over fees. Twelve arrests were reported.",
        "Police fired into the air to scatter a crowd of protesters in Kilifi on Sunday.",
    ],
)
def test_people_arrested_or_scattered_at_a_protest_make_an_intervention(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Protest with intervention", text


@pytest.mark.parametrize(
    "text",
    [
        "Journalists protested in Nyeri on Monday against the arrest of an editor. He was arrested on Friday.",
        "Relatives demonstrated in Kisii on Tuesday demanding the release of two activists. They were detained "
        "last month.",
    ],
)
def test_an_arrest_that_is_the_protests_cause_is_no_intervention(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Peaceful protest", text


@pytest.mark.parametrize(
    "text",
    [
        "Unidentified assailants hurled a petrol bomb at a family's house in Kisauni on Monday, injuring two.",
        "Unknown men firebombed the home of a local councillor in Bungoma on Friday with petrol bombs.",
        "Attackers hurled a petrol bomb at a fuel station in Likoni on Saturday night.",
    ],
)
def test_a_fire_bomb_thrown_by_attackers_is_an_attack_not_a_device(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


def test_a_crowds_petrol_bombs_stay_a_violent_demonstration(extractor: api.Extractor) -> None:
    text = "Protesters threw petrol bombs at police in Nairobi on Monday during a march against new taxes."
    assert first_sub(text, extractor) == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "Militants fired three mortar bombs that landed near a stadium in Mogadishu on Monday.",
        "Two mortar bombs struck a market in Baidoa on Thursday, wounding four traders.",
    ],
)
def test_mortar_bombs_are_shelling(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Shelling/artillery/missile attack", text


def test_a_bomb_planted_on_a_road_stays_a_device(extractor: api.Extractor) -> None:
    text = "A bomb planted on the road exploded under a minibus near Mandera on Monday, killing three passengers."
    assert first_sub(text, extractor) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen executed two young men outside a bar in Eldoret on Friday. Five shots were fired.",
        "A trader was shot dead by armed men in Kisumu on Monday, with two shots to the head.",
    ],
)
def test_shots_that_hit_a_victim_make_no_fight(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


def test_shots_with_no_one_hit_stay_a_fight(extractor: api.Extractor) -> None:
    text = "Monitors recorded 40 shots from small arms near the front line at Avdiivka on Tuesday."
    assert first_sub(text, extractor) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Suspected JNIM or ISGS militants killed a village chief near Djibo on Sunday.",
        "Presumed Boko Haram or ISWAP fighters killed three fishermen near Baga on Friday.",
    ],
)
def test_a_second_guess_at_the_perpetrator_is_not_the_target(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


def test_two_groups_joined_by_a_verb_still_fight(extractor: api.Extractor) -> None:
    text = "Boko Haram fighters attacked ISWAP positions near Baga on Monday."
    assert first_sub(text, extractor) == "Armed clash"


def test_houses_burned_with_people_hurt_are_an_attack(extractor: api.Extractor) -> None:
    text = "Gunmen raided Kotulo village on Sunday and burned several houses, causing injuries to residents."
    assert first_sub(text, extractor) != "Looting/property destruction"


@pytest.mark.parametrize(
    "text",
    [
        "Militants burned a farmhouse and two tractors near Mandera on Sunday. No injuries were reported.",
        "Armed men set fire to a councillor's car in Bungoma on Friday. Neither deaths nor injuries were reported.",
    ],
)
def test_property_burned_with_no_one_hurt_stays_property_destruction(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Looting/property destruction", text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen hurled explosives at the county offices in Mandera on Monday, damaging the building.",
        "Unknown men threw a grenade at a group of traders in Garissa on Monday. The explosive wounded three.",
        "An attacker lobbed an explosive device into a bar in Mombasa on Saturday night, injuring six.",
    ],
)
def test_an_explosive_thrown_by_hand_is_a_grenade(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Grenade", text


@pytest.mark.parametrize(
    "text",
    [
        "Armed men abducted and raped two women near Shabunda on Friday.",
        "Militiamen kidnapped a schoolgirl near Bunia on Tuesday and sexually assaulted her.",
    ],
)
def test_rape_told_with_an_abduction_is_sexual_violence(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Sexual violence", text


@pytest.mark.parametrize(
    "text",
    [
        "Suspected al-Shabaab militants attacked a minibus near Mandera on Tuesday.",
        "Gunmen raided a bank in Elwak on Monday and escaped with cash.",
        "Gunmen ambushed a convoy of trucks near Baragoi on Monday, killing one driver.",
    ],
)
def test_a_civilian_vehicle_or_building_hit_is_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        "Militants ambushed an army convoy near Mandera on Monday, killing two soldiers.",
        "Al-Shabaab fighters attacked a police vehicle near Lamu on Monday.",
    ],
)
def test_a_forces_vehicle_hit_stays_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


def test_arrests_after_an_earlier_clash_stay_arrests(extractor: api.Extractor) -> None:
    text = "On Monday, police arrested 200 residents of Kayole after an earlier clash with a gang."
    assert first_sub(text, extractor) == "Arrests"


def test_a_named_person_arrested_after_a_protest_is_no_intervention(extractor: api.Extractor) -> None:
    text = "About 20 people protested in Gomel on Monday over fuel prices. The organiser was arrested on Friday."
    assert first_sub(text, extractor) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a kidnapping suspect was shot dead by police in Homa Bay.",
        "Gunmen killed a man accused of abducting a schoolgirl outside his home in Migori on Friday.",
    ],
)
def test_an_abduction_told_as_a_charge_is_no_abduction(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        "Government troops gained control over a strategic hill near Beni on Monday after a rebel attack.",
        "Army soldiers recovered territory near Beni on Sunday following a clash with the ADF.",
        "The army took control of a CODECO militia stronghold near Bese on Thursday after clashes.",
    ],
)
def test_a_state_force_taking_a_place_regains_territory(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Government regains territory", text


def test_weapons_recovered_are_no_territory(extractor: api.Extractor) -> None:
    text = "Soldiers recovered three rifles from a rebel camp near Beni on Monday."
    assert first_sub(text, extractor) == "Disrupted weapons use"


def test_a_car_bomb_defused_hits_no_car(extractor: api.Extractor) -> None:
    text = "Army engineers dismantled a car bomb parked outside a school in Garissa on Monday."
    events = api.extract(text, extractor=extractor).events
    assert events and events[0].sub_event_type == "Disrupted weapons use" and events[0].actor2 is None


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, troops cleared Madube and killed four militants.",
        "On Monday, soldiers cleared the militant camps at Nwalemer, killing four fighters.",
        "The army announced on Tuesday the recapture of Ras Lanuf after heavy fighting that killed ten soldiers.",
    ],
)
def test_ground_cleared_or_recaptured_by_the_state_is_regained(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Government regains territory", text


@pytest.mark.parametrize(
    "text",
    [
        # a person cleared of charges, not ground
        "On Monday, militants attacked the courthouse in Kidal, killing two guards, hours after a judge cleared Ahmed "
        "of all charges.",
        # ground only aimed at
        "On Monday, militants attacked the town of Kidal, killing two soldiers, in a bid to take control of the area.",
    ],
)
def test_no_ground_taken_stays_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text
