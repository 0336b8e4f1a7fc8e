"""Hold-ups on roads, armed members seen, people leaving one place for another and a day hedged by a range in brackets
(texts written for these tests).

Vehicles stopped on a road by an armed party, goods taken and no one harmed, are a looting (a state force stopping a
truck and seizing goods is no such hold-up). Members of an armed party, or of one suspected, seen at a place or seen
leaving it are a movement of forces; members of parliament seen in a chamber are not. A counted group of people who
left one named place for another are a displacement; people leaving for home or to attend a meeting are not. A day
followed by a range in brackets ('around 16 April (between 6 - 26 April)', with or without a comma between) is that
day hedged, not a period whose acts are tallied, however long the range up to a month; a tally over a period stays a
tally.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, suspected militants intercepted two trucks on the road to the market and removed the goods.",
        "On Monday, unknown gunmen intercepted a convoy of traders travelling from the market and stripped them "
        "of their belongings, including cash and phones.",
        "On Monday, bandits intercepted a bus near the border. They seized the passengers' phones and money.",
    ],
)
def test_vehicles_held_up_and_goods_taken_are_a_looting(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [
        ("Strategic developments", "Looting/property destruction")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, police intercepted a truck in the city and seized goods worth two million shillings.",
        "On Monday, soldiers intercepted a truck carrying food supplies near the border.",
    ],
)
def test_a_state_force_stopping_a_truck_is_no_looting(text: str, extractor: api.Extractor) -> None:
    assert ("Strategic developments", "Looting/property destruction") not in typed(
        text, extractor, published=PUBLISHED)


def test_gunmen_who_kill_on_a_hold_up_commit_an_attack(extractor: api.Extractor) -> None:
    text = "On Monday, gunmen intercepted a bus near the town and killed two passengers before taking their money."
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, more than a dozen suspected militia members were seen in the village of Tanga.",
        "On Monday, gang members were seen parading through the market neighbourhood.",
        "On Monday, a large number of mercenaries were seen withdrawing from the northern town.",
    ],
)
def test_armed_members_seen_at_or_leaving_a_place_are_a_movement_of_forces(text: str,
                                                                          extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Strategic developments", "Change to group/activity")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, members of parliament were seen in the chamber during the budget debate.",
        "On Monday, party members were seen at the airport welcoming the president.",
        "On Monday, the minister was seen leaving the court after the verdict.",
    ],
)
def test_people_seen_who_are_no_armed_party_open_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


def test_people_who_left_one_place_for_another_are_a_displacement(extractor: api.Extractor) -> None:
    text = "On Monday, more than 400 people left Kanda (Savanes) for the villages of Tema and Oti."
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Strategic developments", "Other")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, 30 people left Lagos for Abuja to attend the union congress.",
        "On Friday, hundreds of people left the stadium for home after the match.",
    ],
)
def test_people_travelling_or_going_home_open_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "Around 16 April 2023 (between 6 - 26 April), soldiers killed two militants and seized two motorcycles "
        "near the village of Ezza.",
        "Around 14 December 2023, (between 13 - 16 December), soldiers killed five militants near the village of "
        "Kanda.",
    ],
)
def test_a_day_hedged_by_a_range_in_brackets_is_one_incident(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Battles", "Armed clash")]


def test_a_tally_over_a_period_stays_a_tally(extractor: api.Extractor) -> None:
    text = "Between 6 and 26 April, the army said, soldiers killed 120 militants in operations across the region."
    assert typed(text, extractor, published=PUBLISHED) == []
