"""An armed party named as who acted, harming a gathering, attacked unarmed people (texts written for these tests).

ACLED codes an organised armed group's violence on protesters as violence against civilians (a state force's is
excessive force against protesters); the rules had read the gathering's word and the harm as a demonstration turned
violent. The look-alikes keep their readings: protesters armed with sticks are the gathering, a clash is a fight,
a protest over a killing by gunmen is the protest, and people called 'militants' who demonstrate harm no one.
One mechanism reads it (events._protest_as_context, with GATHERING_ATTACKERS, GATHERING_ATTACKED and
GATHERING_PEOPLE_ATTACKED in lang/en): the gathering, or its people, told as where or whom the armed party struck.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday gunmen attacked protesters in the market town, killing two.",
        "On Saturday armed men opened fire on demonstrators near the bridge, injuring two.",
        "On Tuesday a gang of gunmen stormed a sit-in of farmers near the mill and attacked the protesters, wounding "
        "five.",
    ],
)
def test_gunmen_harming_protesters_is_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday protesters armed with sticks attacked a police station in the town, injuring two.",
        "On Saturday armed protesters attacked a police station in the town, injuring two.",
        "On Saturday gunmen clashed with protesters in the town, killing two.",
    ],
)
def test_gathering_that_harmed_or_fought_stays_a_riot(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor)[0] == "Riots", text


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday hundreds protested in the town after gunmen killed two traders.",
        "On Saturday residents protested in the town against the killing of two traders by gunmen.",
    ],
)
def test_protest_over_a_killing_by_gunmen_stays_a_protest(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor)[0] == "Protests", text


def test_militants_of_a_party_who_burned_tyres_stay_a_demonstration(extractor: api.Extractor) -> None:
    text = ("On Monday party militants and students marched in the capital against the new tax. Rioters burned "
            "tyres on the main avenue.")
    assert first_types(text, extractor) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the gathering is only where armed men hit a force: their attack on it is the event)
        ("On Friday gunmen opened fire on a police post during a protest in the town, killing two officers.",
         ("Battles", "Armed clash")),
        ("On Friday assailants threw a grenade at police officers during a march in the capital, wounding four.",
         ("Explosions/Remote violence", "Grenade")),
    ],
)
def test_armed_men_hitting_a_force_at_a_gathering_keep_their_attack(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        # (one vocabulary of who attacks a gathering: an armed party's words, 'a gang' and 'militiamen' included)
        "On Sunday members of a gang opened fire on demonstrators in the market, injuring three.",
        # (a sit-in is a gathering as a rally is, its people attacked where it was held)
        "On Sunday armed men stormed a sit-in of teachers outside the ministry, beating two.",
        "On Sunday militiamen attacked a sit-in of students near the campus, injuring four.",
    ],
)
def test_armed_party_attacking_a_sit_in_or_demonstrators_is_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Violence against civilians", "Attack"), text


def test_sit_in_whose_people_the_police_beat_stays_a_protest(extractor: api.Extractor) -> None:
    # (no armed party told: the force's harm is how the sit-in was met)
    text = "On Sunday teachers staged a sit-in outside the ministry; two were beaten by police."
    assert first_types(text, extractor) == ("Protests", "Protest with intervention")
