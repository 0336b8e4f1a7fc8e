"""Crowds holding roads and what a gathering went on to do, read from the wider development sample's riot and protest
confusions (sitrep-rules/18's wide-18 sample), each with look-alikes that must stay as they were (texts written for
these tests): a road barricaded by a crowd with no protest word told is a demonstration turned violent, not an attack
on the people named; a crowd's arms told in the passive after a gathering (tyres burnt, cars stoned) are that
gathering's; the crowd's own violence told after a 'peaceful' gathering makes it violent; a crowd's
violence tried makes it violent, only planned or threatened does not; locals fighting the police riot.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

TRADERS = "On Monday hundreds of traders protested against market fees in Kumasi."
PEACEFUL = "On Monday hundreds of traders staged a peaceful protest against market fees in Kumasi."


# --- a road barricaded by a crowd ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On Monday residents of Kpalime barricaded the road to the quarry.",
        "On Monday refugees barricaded the road linking the two camps near Maroua.",
        "On Monday motorcycle taxi drivers set up barricades on the bridge in Lome and burnt down a lorry.",
        "On Monday fishermen barricaded the road to the port in Tema, then clashed with police.",
    ],
)
def test_a_road_barricaded_by_a_crowd_is_a_violent_demonstration(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Riots", "Violent demonstration")], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed men's barricades are a road held; armed men who kill at a barricade attack
        ("On 3 May 2024, gang members set up barricades on the national road in Croix-des-Bouquets.",
         ("Strategic developments", "Other")),
        ("On Monday gunmen barricaded the highway near Jos and killed three travellers.",
         ("Violence against civilians", "Attack")),
        # a crowd holding a road in protest stays a protest
        ("On Monday residents blocked the road to the quarry in Kpalime, demanding compensation.",
         ("Protests", "Peaceful protest")),
    ],
)
def test_barricades_of_armed_men_and_roads_blocked_in_protest_stay_as_they_were(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [expected], text


def test_people_barricaded_inside_a_building_are_no_riot(extractor: api.Extractor) -> None:
    text = "On Monday striking workers barricaded themselves inside the factory in Tema."
    assert ("Riots", "Violent demonstration") not in typed(text, extractor), text


# --- a crowd's arms told in the passive after its gathering --------------------------------------------------

@pytest.mark.parametrize(
    "sequel",
    [
        "Tyres were burnt by the traders in the main street.",
        "Several cars were pelted with stones and damaged.",
        "Sections of the market road were blocked with burning tyres and rubble.",
    ],
)
def test_a_crowds_arms_told_in_the_passive_after_its_gathering_make_it_violent(
        sequel: str, extractor: api.Extractor) -> None:
    text = f"{TRADERS} {sequel}"
    assert typed(text, extractor) == [("Riots", "Violent demonstration")], text


@pytest.mark.parametrize(
    "sequel",
    [
        "The market was closed for the day.",
        "The traders were told to return on Friday.",
    ],
)
def test_a_passive_sentence_with_no_crowds_arms_leaves_the_protest_peaceful(
        sequel: str, extractor: api.Extractor) -> None:
    text = f"{TRADERS} {sequel}"
    assert typed(text, extractor)[:1] == [("Protests", "Peaceful protest")], text


def test_stones_thrown_on_a_day_of_their_own_leave_the_first_protest_peaceful(extractor: api.Extractor) -> None:
    text = ("On 3 May 2024, hundreds of traders protested against market fees in Kumasi. On 5 May 2024, stones were "
            "thrown at a bus in Accra.")
    assert typed(text, extractor)[:1] == [("Protests", "Peaceful protest")], text


# --- the crowd's own violence after a 'peaceful' gathering ---------------------------------------------------

@pytest.mark.parametrize(
    "sequel",
    [
        "They also clashed with the police at several places in the city.",
        "The protesters later stoned the district office.",
    ],
)
def test_the_crowds_violence_after_a_peaceful_gathering_makes_it_violent(
        sequel: str, extractor: api.Extractor) -> None:
    text = f"{PEACEFUL} {sequel}"
    assert typed(text, extractor)[:1] == [("Riots", "Violent demonstration")], text


@pytest.mark.parametrize(
    "sequel",
    [
        "They were injured when police fired tear gas.",
        "They dispersed at noon.",
    ],
)
def test_harm_the_crowd_suffered_after_a_peaceful_gathering_leaves_it_no_riot(
        sequel: str, extractor: api.Extractor) -> None:
    text = f"{PEACEFUL} {sequel}"
    assert typed(text, extractor)[:1][0][0] == "Protests", text


# --- a crowd's violence tried, or only planned ---------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, taxi drivers protested at a police station in Senchi and tried to storm the building.",
        "On 3 May 2024, protesters in Boussouma attempted to attack the deputy mayor but were stopped by his guards.",
    ],
)
def test_a_crowds_violence_tried_at_a_gathering_makes_it_violent(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Riots", "Violent demonstration")], text


@pytest.mark.parametrize(
    "sequel",
    [
        "The traders prepared to burn tires, but were halted by the market chief.",
        "The traders had planned to burn tires in front of the office but changed their minds.",
        "They threatened to barricade the road if the fees were not cut.",
    ],
)
def test_a_crowds_violence_only_planned_or_threatened_leaves_the_protest_peaceful(
        sequel: str, extractor: api.Extractor) -> None:
    text = f"{TRADERS} {sequel}"
    assert typed(text, extractor)[:1] == [("Protests", "Peaceful protest")], text


def test_a_threat_beside_violence_done_stays_violent(extractor: api.Extractor) -> None:
    text = f"{TRADERS} They threatened to burn the town hall and stoned the mayor's car."
    assert typed(text, extractor)[:1] == [("Riots", "Violent demonstration")], text


def test_blocking_a_road_tried_is_no_violence(extractor: api.Extractor) -> None:
    text = f"{TRADERS} They tried to block the road to the market."
    assert typed(text, extractor)[:1] == [("Protests", "Peaceful protest")], text


# --- locals fighting the police ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, locals clashed with police at the gas depot in Chalnakhel.",
        "On 3 May 2024, ten people were injured in a clash between locals and police in Jaleshwar.",
    ],
)
def test_locals_fighting_the_police_are_a_riot_not_a_battle(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[0][0] == "Riots", text


def test_armed_locals_fighting_a_militia_stay_a_battle(extractor: api.Extractor) -> None:
    text = "On 3 May 2024, armed locals clashed with militiamen in Gurji."
    assert typed(text, extractor)[:1] == [("Battles", "Armed clash")], text
