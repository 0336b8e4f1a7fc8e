"""Typing decisions that read who was harmed (texts written for these tests): people named by what they are or do
are an armed side's civilian victims, and an abduction told beside killings or wounds is coded by the gravest act.
"""

from __future__ import annotations

import pytest

from extracted import first_sub
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May, soldiers shot dead an individual who failed to stop at a checkpoint near Dori.",
        "Suspected JNIM militants killed four fishers on the shore of the lake near Kiri on Tuesday.",
        "On Friday, Wagner mercenaries killed five persons on the outskirts of Niono.",
        "Police officers tortured and killed a gold prospector in Bouna on Sunday.",
        "Suspected ISGS militants assassinated a councilman in the village of Tanwalbougou on Monday.",
    ],
)
def test_people_named_by_what_they_do_are_civilian_victims(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


def test_armed_individuals_stay_the_attackers(extractor: api.Extractor) -> None:
    text = "On Monday, two armed individuals shot and killed a soldier at a checkpoint near Goma."
    assert first_sub(text, extractor) != "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, gunmen killed a farmer and abducted another in the village of Tsoula.",
        "Militants shot and wounded a trader and kidnapped his son near Mora on Sunday.",
        "Bandits raided the village of Gidan Zaki on Friday, killing six villagers and abducting a woman.",
        "Gunmen kidnapped a herder near Tillaberi on Monday; he was tortured and later released.",
    ],
)
def test_an_abduction_told_beside_harm_is_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted two aid workers on the road to Kaga Bandoro on Wednesday.",
        "Unknown men kidnapped a schoolteacher from his home in Zamfara on Saturday night.",
    ],
)
def test_an_abduction_alone_stays_an_abduction(text: str, extractor: api.Extractor) -> None:
    # (and a mass abduction beside one killing: see test_typing_decisions)
    assert first_sub(text, extractor) == "Abduction/forced disappearance", text


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, FAMa soldiers and Wagner mercenaries killed about ten civilians on the outskirts of Tougou.",
        "Army soldiers and Wagner fighters executed six herders near the village of Moura on Tuesday.",
        "On Monday, Imbonerakure militiamen and police officers beat three opposition activists in Kayanza.",
    ],
)
def test_a_force_acting_beside_a_named_group_is_no_target(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


def test_soldiers_fighting_a_named_group_stay_its_target(extractor: api.Extractor) -> None:
    text = "Al-Shabaab militants and soldiers clashed near Afgoye on Monday."
    assert first_sub(text, extractor) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, national guards killed an armed bandit near the village of Tchinkiritene.",
        "A forest ranger was shot dead by suspected insurgents near his post on Sunday.",
        "Government forces killed nine mercenaries in an assault on a rebel position near Tarhuna.",
        "Police shot dead a gunman who had opened fire on a patrol in Mandera on Friday.",
    ],
)
def test_one_armed_man_harmed_is_a_fight_of_two_sides(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


def test_a_former_fighter_harmed_is_a_civilian(extractor: api.Extractor) -> None:
    text = "Anti-Balaka fighters killed a former UPC fighter in Bambari on Saturday."
    assert first_sub(text, extractor) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Four police officers were seriously injured in an attack by armed bandits near Liboi.",
        "Two soldiers were fatally shot when militants attacked their post near Kismayo.",
    ],
)
def test_forces_harmed_with_an_adverb_are_the_target(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


def test_forces_shooting_bandits_fight_them(extractor: api.Extractor) -> None:
    assert first_sub("Police shoot dead 15 bandits in Turkana.", extractor) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Government troops and rebels clashed around Kajo Keji on Monday, with air strikes reported on rebel lines.",
        "The army shelled the town of Nasir and battled the rebels there for two days.",
        "Militiamen battled troops in the district on Sunday as rocket fire hit their positions.",
    ],
)
def test_air_or_artillery_beside_a_ground_fight_is_the_fight(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes hit a militant camp near Jilib on Thursday, killing twelve fighters.",
        # fighting told as the background of a strike, as news reports do: still the strike
        "A missile struck a camp for displaced families in Marib on Monday, killing five, amid fighting for the city.",
    ],
)
def test_an_air_strike_alone_stays_an_air_strike(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) in ("Air/drone strike", "Shelling/artillery/missile attack"), text


@pytest.mark.parametrize(
    "text",
    [
        "Government troops regained control of the town of Bakala from the rebels on Monday. No clashes were reported.",
        "Rebels took over the village of Kotchar on Friday without a fight, then withdrew days later.",
        "On Sunday, the army retook the district headquarters of Mbres; no confrontation was reported.",
    ],
)
def test_ground_taken_without_a_fight_is_a_non_violent_transfer(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Non-violent transfer of territory", text


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, suspected militants seized livestock in the village of Tagardeye.",
        "Bandits seized about 200 goats near the town of Ayerou on Sunday.",
    ],
)
def test_goods_taken_in_a_village_take_no_ground(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Looting/property destruction", text


def test_a_town_seized_after_fighting_is_taken(extractor: api.Extractor) -> None:
    text = "Rebels seized the town of Mweso on Monday after heavy fighting with the army."
    assert first_sub(text, extractor) == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, an unidentified armed group fired shots at villagers and forced them to flee in Kumbo.",
        "A soldier fired shots at a civilian during an altercation at a market in Mokolo on Friday.",
        "Gang members killed at least ten residents in Kenscoff on Monday, on the third day of their offensive.",
    ],
)
def test_one_sides_fire_at_civilians_is_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


def test_fire_exchanged_with_civilians_armed_is_a_fight(extractor: api.Extractor) -> None:
    text = "Gunmen attacked the village of Kadu on Sunday; armed residents exchanged fire with them for an hour."
    assert first_sub(text, extractor) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of two rival candidates brawled outside a polling station in Tamale on Saturday, injuring three.",
        "A fist fight between a voter and a registration officer in Panyesville left the officer injured on Monday.",
        "Two groups of youths were injured in a fistfight over food aid in Douala on Tuesday.",
    ],
)
def test_a_fight_of_fists_is_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Mob violence", text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, villagers from Torou attacked a Fulani camp, wounding two herders.",
        "A group of farmers raided a pastoralist settlement near Nikki on Friday, killing three people.",
        "Youths from a neighbouring community attacked the village of Kutere on Sunday and burned forty huts.",
    ],
)
def test_a_communitys_raid_on_a_camp_or_village_is_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


def test_a_crowds_violence_at_a_village_stays_mob_violence(extractor: api.Extractor) -> None:
    text = "On Tuesday, residents beat a suspected thief to death in the village of Azove."
    assert first_sub(text, extractor) == "Mob violence"


@pytest.mark.parametrize(
    "text",
    [
        "Health workers at the district hospital in Kisii went on a 48-hour strike on Monday to demand unpaid wages.",
        "University students in Tizi Ouzou started a hunger strike on Sunday against the closure of their hostel.",
        "Factory workers in Kabwe strike over pay for a third day.",
        "Teachers' unions launched a three-day strike in the capital on Tuesday.",
    ],
)
def test_a_strike_of_workers_is_a_protest(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Peaceful protest", text


def test_an_air_strike_is_no_protest(extractor: api.Extractor) -> None:
    text = "An air strike hit a market in the town of Jilib on Monday, killing four traders."
    assert first_sub(text, extractor) == "Air/drone strike"


def test_a_force_clashing_beside_a_named_group_is_its_party(extractor: api.Extractor) -> None:
    text = "Al-Shabaab and Kenyan police officers clashed in Fino on Monday; two were killed."
    events = api.extract(text, extractor=extractor).events
    assert events and events[0].actor2 == "Police Forces"
