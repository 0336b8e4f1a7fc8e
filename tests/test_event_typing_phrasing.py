"""How reporters phrase an incident without the words the rules first knew (texts written for these tests).

Headlines and field notes use the present or the bare verb ("gunman shoots trader"), phrases whose single words
say little ("beat up", "opened fire", "took to the streets"), a gathering told by its purpose ("blocked the road
denouncing …") or by its breaking up ("police tear-gassed supporters"), and South Asian words for a protest.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Present tense and bare verbs of headline style.
        ("Unknown gunman shoots shopkeeper outside his kiosk in Garissa", "Violence against civilians"),
        ("Masked men stab a hawker to death at the bus park in Eldoret.", "Violence against civilians"),
        ("Bandits abduct three herders near the river in Baringo", "Violence against civilians"),
        # Phrases: beat up, gun down, open fire.
        ("Villagers beat up two suspected thieves at the cattle market in Bungoma.", "Riots"),
        ("Unidentified attackers gunned down a teacher on his way home in Mandera.", "Violence against civilians"),
        ("Gunmen opened fire on a passenger bus near Lamu, injuring four travellers.", "Violence against civilians"),
        # An exchange of fire with an armed party is a battle, though 'exchange' alone may be a prisoner swap.
        ("Police exchange fire with cattle raiders near Kapedo.", "Battles"),
        ("Soldiers exchanged gunfire with militants outside the town of Afmadow.", "Battles"),
        # Stones thrown by a crowd, or a suspect stoned: a crowd's violence.
        ("Angry youths hurled stones at a police patrol in the market of Kisumu.", "Riots"),
        ("A suspected thief was stoned to death by residents at a market in Homa Bay.", "Riots"),
        ("Traders pelted county officers with stones after their stalls were demolished.", "Riots"),
    ],
)
def test_acts_told_in_headline_style_and_by_phrases(text: str, expected: str, extractor: api.Extractor) -> None:
    found = typed(text, extractor)
    assert found, text
    assert found[0][0] == expected, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, hundreds of teachers took to the streets of Nakuru over unpaid salary arrears.",
        "Taxi drivers blocked the main highway near Thika, denouncing a rise in licence fees.",
        "Residents gathered outside the county offices to call for the reopening of the clinic.",
        "Nurses padlocked the hospital gate complaining about delayed allowances.",
        "Opposition supporters staged a dharna outside the district collector's office in Patna.",
        "Shopkeepers observed a hartal across the town against the new trade tax.",
        "Farmers demonstrate in Meru over low coffee prices",
    ],
)
def test_a_gathering_told_by_its_purpose_or_its_local_name_is_a_peaceful_protest(
    text: str, extractor: api.Extractor
) -> None:
    found = typed(text, extractor)
    assert found and found[0] == ("Protests", "Peaceful protest"), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Police dispersed opposition supporters in Kakamega with tear gas.",
        "Riot police used teargas to disperse a crowd of traders outside the municipal market.",
        "Officers fired tear gas at students heading to the university council meeting.",
    ],
)
def test_police_breaking_up_a_crowd_is_a_protest_with_intervention(text: str, extractor: api.Extractor) -> None:
    found = typed(text, extractor)
    assert found and found[0] == ("Protests", "Protest with intervention"), (text, found)


def test_riot_police_are_a_force_not_a_riot(extractor: api.Extractor) -> None:
    assert typed("Riot police patrolled the streets of the capital on Sunday.", extractor) == []
    found = typed("Anti-riot police fired tear gas at students marching on the ministry in Kampala.", extractor)
    assert found and found[0] == ("Protests", "Protest with intervention"), found


def test_a_capitalised_word_inside_a_name_is_no_hedge(extractor: api.Extractor) -> None:
    # 'Planning' and 'Will' here are parts of names, not 'planning to attack' or 'will attack'.
    found = typed("The director of the Ministry of Planning was shot dead in his car in Mombasa.", extractor)
    assert found and found[0][0] == "Violence against civilians", found


def test_allegedly_doubts_who_did_it_not_that_it_happened(extractor: api.Extractor) -> None:
    found = typed("A man was allegedly beaten to death by a mob in a village near Kitui.", extractor)
    assert found and found[0] == ("Riots", "Mob violence"), found
    found = typed("Police officers allegedly torched several houses in a village near Wajir.", extractor)
    assert found, "allegedly hid an act"


@pytest.mark.parametrize(
    "text",
    [
        "The militia threatened to open fire on any vehicle using the road.",
        "Officials warned they would beat up anyone breaking the curfew.",
        "Teachers threatened to take to the streets if the arrears are not paid.",
    ],
)
def test_a_threatened_or_planned_act_stays_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Residents protested in Sangailu after a man was reportedly burnt by soldiers.",
        "Hundreds of traders marched in Kindia over the looting of their stalls by unknown men.",
        "Students demonstrated outside the court against the killing of a classmate by a security guard.",
    ],
)
def test_violence_in_a_protests_cause_does_not_make_it_a_riot(text: str, extractor: api.Extractor) -> None:
    found = typed(text, extractor)
    assert found and found[0] == ("Protests", "Peaceful protest"), (text, found)


def test_violence_after_the_cause_is_the_crowds(extractor: api.Extractor) -> None:
    found = typed("Residents protested against the killing of a trader, and burned tyres on the highway.", extractor)
    assert found and found[0] == ("Riots", "Violent demonstration"), found


@pytest.mark.parametrize(
    "text",
    [
        "A suspected robber was stoned to death by angry villagers near the market in Kisii.",
        "A group of boda boda operators attacked a bus driver after a crash on the highway near Eldoret.",
    ],
)
def test_a_crowd_of_townspeople_doing_violence_is_mob_violence(text: str, extractor: api.Extractor) -> None:
    found = typed(text, extractor)
    assert found and found[0] == ("Riots", "Mob violence"), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, rebel forces fired grenade launchers and heavy machine guns at army positions near Marinka.",
        "Militiamen fired RPGs and recoilless rifles at houses on the edge of the town, with no casualties reported.",
        "The army fired anti-tank missiles at insurgent positions in the hills above the village on Sunday.",
    ],
)
def test_crew_served_weapons_fired_from_afar_are_shelling(text: str, extractor: api.Extractor) -> None:
    # 'recoilless rifles' and 'heavy machine guns' hold a small arm's word but are heavy weapons.
    found = typed(text, extractor)
    assert found and found[0] == ("Explosions/Remote violence", "Shelling/artillery/missile attack"), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the two armies clashed with heavy artillery fire along the airport road.",
        "Government troops and rebels fought a firefight backed by mortar fire outside Beni on Tuesday.",
    ],
)
def test_shelling_told_within_a_clash_is_a_battle(text: str, extractor: api.Extractor) -> None:
    found = typed(text, extractor)
    assert found and found[0] == ("Battles", "Armed clash"), (text, found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, soldiers engaged in a fire fight with separatists near Bamenda.", "Battles"),
        ("Police battled with a cattle-rustling gang in the hills above Tot.", "Battles"),
        ("Gunmen and soldiers fought a gun battle outside the barracks in Maiduguri.", "Battles"),
        ("Residents stoned a suspected thief to death at the bus stage in Kisii.", "Riots"),
        ("Youths destroy ballot boxes at a polling station in Embu", "Riots"),
        ("Police officers flogged voters queueing outside a polling station in Kangemi.", "Violence against civilians"),
        ("Two bags holding human remains were found beside a road outside Zapopan.", "Violence against civilians"),
        (
            "Gunmen sprayed a matatu with bullets on the road to Garissa, wounding three passengers.",
            "Violence against civilians",
        ),
    ],
)
def test_more_ways_of_telling_an_act(text: str, expected: str, extractor: api.Extractor) -> None:
    found = typed(text, extractor)
    assert found and found[0][0] == expected, (text, found)


def test_a_vow_to_destroy_is_no_act(extractor: api.Extractor) -> None:
    assert typed("The rebels vowed to destroy the bridge before the rains.", extractor) == []


@pytest.mark.parametrize(
    "text",
    [
        "Students staged a protest over fees on Tuesday. The road to the campus was blocked. "
        "Police fired tear gas to disperse the crowd.",
        "Supporters of the ruling party protested at the appointment of a new governor in Nyeri. Police made arrests.",
        "Boda boda operators blocked roads in Kisumu to protest against a council officer; "
        "police intervene and disperse the protesters.",
    ],
)
def test_police_meeting_a_gathering_a_few_sentences_on_is_its_intervention(text: str, extractor: api.Extractor) -> None:
    found = typed(text, extractor)
    assert found and found[0] == ("Protests", "Protest with intervention"), (text, found)


def test_tear_gas_after_a_protest_is_no_second_incident(extractor: api.Extractor) -> None:
    found = typed(
        "Students staged a protest over fees in Embu. Police fired tear gas to disperse the crowd.", extractor
    )
    assert found == [("Protests", "Protest with intervention")], found


@pytest.mark.parametrize(
    "text",
    [
        "Angry residents pelted a lorry driver with stones after a crash in Thika, injuring him.",
        "A crowd of traders stoned two county officers at the market in Awendo, wounding one.",
    ],
)
def test_a_crowds_stones_against_people_with_no_protest_are_mob_violence(text: str, extractor: api.Extractor) -> None:
    found = typed(text, extractor)
    assert found and found[0] == ("Riots", "Mob violence"), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "The commander said the operation was a huge step in the mission to destroy the remnants of the group.",
        "The ministry said the new unit would work to abduct no one and to injure no one.",
    ],
)
def test_a_bare_verb_after_to_is_an_aim_not_an_act(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Nurses protested over pay in Kisumu. Police fired tear gas. Some were injured in the stampede.",
        "Hawkers demonstrate in Nakuru. Police used teargas and fired in the air to disperse the crowd.",
    ],
)
def test_fire_and_injuries_where_police_stepped_in_are_the_polices(text: str, extractor: api.Extractor) -> None:
    found = typed(text, extractor)
    assert found and found[0] == ("Protests", "Protest with intervention"), (text, found)


def test_police_dispersing_a_crowd_after_its_own_violence_leave_it_a_riot(extractor: api.Extractor) -> None:
    found = typed(
        "A mob lynched a suspected cattle thief in Moyale before police came to disperse the crowd.", extractor
    )
    assert found and found[0] == ("Riots", "Mob violence"), found
