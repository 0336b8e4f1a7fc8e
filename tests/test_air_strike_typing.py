"""Bombs dropped from an aircraft are an air strike, not a planted explosive (texts written for these tests)."""

from __future__ import annotations

import pytest

from sitrep import api


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.default_extractor()


@pytest.mark.parametrize("text", [
    "A fighter jet dropped two bombs on the market of Tamu village on Monday, killing four traders, residents said.",
    "Military jets dropped bombs on a school in Kalay town on Friday, killing three pupils, a teacher said.",
    "Five farmers were killed on Sunday when jet fighters bombed their fields near Tamu, villagers said.",
])
def test_bombs_from_a_jet_make_an_air_strike(text: str, extractor: api.Extractor) -> None:
    [event] = api.extract(text, published="2023-03-08", extractor=extractor).events
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


def test_a_bomb_planted_by_a_road_stays_a_remote_explosive(extractor: api.Extractor) -> None:
    text = "A bomb planted by the road killed two soldiers near Tamu on Monday, officials said."
    [event] = api.extract(text, published="2023-03-08", extractor=extractor).events
    assert event.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "On 3 May, warplanes bombed a village near Kidal, killing four.",
    "Warplanes struck a market near Kidal on Monday, killing four traders.",
])
def test_warplanes_named_as_the_actor_are_read_without_failing(text: str, extractor: api.Extractor) -> None:
    # The word is both the generic force acting and the weapon's mark: the target search reads it as no party. (Kidal
    # is in Mali, whose forces the actor table knows: the generic force is geocoded to them.)
    [event] = api.extract(text, published="2023-05-08", extractor=extractor).events
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike", "Malian Armed Forces")


@pytest.mark.parametrize("text", [
    "On Sunday, rebels bombed and destroyed a telecom tower near Kyaukse. There were no casualties.",
    "On 4 June, militants detonated three electricity pylons near Gotheye.",
    "On Monday, a parked car exploded outside the district office in Sanchaung. There were no casualties.",
])
def test_a_device_set_off_with_no_weapon_told_is_a_remote_explosive(text: str, extractor: api.Extractor) -> None:
    [event] = api.extract(text, published="2023-06-08", extractor=extractor).events
    assert event.sub_event_type == "Remote explosive/landmine/IED", text


@pytest.mark.parametrize("text, sub", [
    ("On Monday, the air force bombed a bridge near Kidal.", "Air/drone strike"),
    ("On Monday, the home of a councillor in Siaya was petrol bombed by unknown attackers.", "Attack"),
])
def test_bombed_from_the_air_or_with_petrol_is_no_planted_device(text: str, sub: str, extractor: api.Extractor) -> None:
    [event] = api.extract(text, published="2023-06-08", extractor=extractor).events
    assert event.sub_event_type == sub, text
