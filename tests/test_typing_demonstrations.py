"""Typing of demonstrations read from the wide development set's protest and riot confusions (sitrep-rules/15), each
with look-alikes that must stay as they were (texts written for these tests): who did the harm told at a protest,
a crowd's violence told in the next sentence after its size, people fighting the police while holding a road or
making a demand, damage done to press a demand, and who the crowd is (the harmed of a headline, a relative clause,
the members of a criminal group).
"""

from __future__ import annotations

import pytest

from extracted import first_sub, typed
from sitrep import api

NURSES = "On Monday hundreds of nurses protested at the health ministry in Accra."


@pytest.mark.parametrize(
    "text",
    [
        # the force's harm, told with the force as the subject of an active verb or the agent of a passive one
        "On Monday the police attacked opponents and journalists to stop a march for the release of prisoners in "
        "Managua.",
        "On Monday hundreds of nurses marched to the health ministry in Accra. The police attacked the marchers and "
        "journalists to stop the march.",
        "On Monday protesters gathered at a mall in Managua and were aggressed by police forces.",
        # harm denied is no harm done
        f"{NURSES} No one was injured.",
        # stones told as a figure of speech
        f"{NURSES} Police left no stone unturned to keep the road open.",
        "On Monday hundreds of nurses protested a stone's throw from the health ministry in Accra.",
    ],
)
def test_harm_the_crowd_did_not_do_leaves_the_protest_non_violent(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[0][0] == "Protests", text


@pytest.mark.parametrize(
    "text",
    [
        f"{NURSES[:-1]} and attacked the police.",
        f"{NURSES[:-1]} and pelted the building with stones.",
        "On Monday students lit fires on the campus road in Nakuru while protesting new fees and were dispersed by "
        "police.",
        "On Monday nurses protested at the health ministry in Accra and stoned the police, injuring two officers.",
    ],
)
def test_the_crowds_own_violence_still_makes_a_violent_demonstration(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Violent demonstration", text


def test_a_crowds_violence_told_next_after_its_size_is_the_protests(extractor: api.Extractor) -> None:
    # ("Several hundred traders" is the same crowd as "They")
    for sequel in ("Several hundred traders burnt tyres and blocked the main road.",
                   "They burnt tyres and blocked the main road."):
        text = f"On Monday hundreds of traders protested market fees in Kumasi. {sequel}"
        assert first_sub(text, extractor) == "Violent demonstration", text


def test_a_sentence_next_about_others_leaves_the_protest_as_it_was(extractor: api.Extractor) -> None:
    text = ("On Monday hundreds of traders protested market fees in Kumasi. Several hundred police officers were "
            "deployed.")
    assert first_sub(text, extractor) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday a group blocked the main road in Kindia with barricades and clashed with the gendarmerie over an "
        "eviction.",
        "On Sunday people demanding the reopening of the market clashed with security personnel in Labe.",
    ],
)
def test_people_holding_a_road_or_making_a_demand_who_fight_the_police_are_a_violent_demonstration(
        text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Violent demonstration", text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a civil group named, fighting the police: a crowd's violence, as before
        ("On Sunday migrant workers clashed with police in Surat, demanding buses to take them home.", "Mob violence"),
        # an armed party's demand does not make its fight a demonstration
        ("On Friday a militia clashed with soldiers near Beni, demanding the release of its leader.", "Armed clash"),
    ],
)
def test_a_civil_group_or_an_armed_party_fighting_with_a_demand_stays_as_it_was(text: str, sub: str,
                                                                                extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub, text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday activists set fire to the entrance of the health ministry in Mexico City to denounce the shortage "
        "of medicines.",
        "On Monday a group burned equipment of a mining company in Kedougou to denounce the pollution of the river.",
    ],
)
def test_damage_done_to_press_a_demand_is_a_violent_demonstration(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Violent demonstration", text


def test_damage_with_no_demand_stays_property_destruction(extractor: api.Extractor) -> None:
    text = "On Monday unknown men burned equipment of a mining company in Kedougou."
    assert first_sub(text, extractor) == "Looting/property destruction"


def test_someone_burned_alive_by_a_crowd_is_killed_by_mob_violence(extractor: api.Extractor) -> None:
    assert first_sub("On Monday vigilantes burned alive an alleged thief in Bukavu.", extractor) == "Mob violence"


@pytest.mark.parametrize(
    "text",
    [
        "Two villagers killed and a girl kidnapped in Dorowa on Monday.",
        "Two villagers killed in Dorowa on Monday.",
    ],
)
def test_a_crowd_word_before_a_headlines_participle_is_the_harmed(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday villagers killed a suspected thief in Dorowa.",
        "On Monday villagers attacked and killed a suspected thief in Dorowa.",
    ],
)
def test_a_crowd_before_an_active_verb_stays_the_perpetrator(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Mob violence", text


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause's auxiliaries are not the act's
        "On Monday youths who had been waiting for hours at the polling station attacked the electoral officers in "
        "Goma.",
        # inhabitants and sympathizers are civil groups, as residents and supporters are
        "On Monday a man was beaten by inhabitants in Leon.",
        "On Monday government sympathizers stoned the car of an opposition leader in Leon.",
    ],
)
def test_a_civil_groups_violence_is_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Mob violence", text


def test_the_members_of_a_drug_trafficking_group_are_an_armed_party(extractor: api.Extractor) -> None:
    text = "On Monday members of a drug trafficking group opened fire on a group of people in Recife, killing two."
    assert first_sub(text, extractor) == "Attack"


STUDENTS = "On Monday students protested fees at the university in Managua."


@pytest.mark.parametrize(
    "sequel",
    [
        "The police quickly dissolved the protest.",
        "The police hit the students and put them in trucks.",
        "Police stop them.",
    ],
)
def test_police_dissolving_or_hitting_a_gathering_in_the_next_sentence_is_an_intervention(
        sequel: str, extractor: api.Extractor) -> None:
    assert first_sub(f"{STUDENTS} {sequel}", extractor) == "Protest with intervention", sequel


@pytest.mark.parametrize(
    "sequel",
    [
        "The next day the president dissolved parliament.",
        "A police spokesman said the march was calm.",
    ],
)
def test_a_sentence_next_with_no_force_acting_on_the_gathering_leaves_it_peaceful(
        sequel: str, extractor: api.Extractor) -> None:
    assert first_sub(f"{STUDENTS} {sequel}", extractor) == "Peaceful protest", sequel
