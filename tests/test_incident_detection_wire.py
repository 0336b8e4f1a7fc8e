"""Incident detection and typing on wire-style copy: background, tallies and summaries that open no event, the
turns of phrase that open another one, and the words that must not decide the type (texts written for these
tests)."""

from __future__ import annotations

import pytest

from sitrep import api
from sitrep.model import Event


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.default_extractor()


def events(text: str, extractor: api.Extractor, published: str = "2022-04-12") -> list[Event]:
    return api.extract(text, published=published, extractor=extractor).events


# --- typing ---------------------------------------------------------------------------------------------------


def test_an_intercepted_car_bomb_that_still_went_off_is_a_bombing(extractor: api.Extractor) -> None:
    text = (
        "Two suicide car bombings against a police compound in Kismayo wounded several people on Sunday, "
        "officials said. Guards intercepted the explosive-laden vehicles at the gate before the blasts."
    )
    [event] = events(text, extractor)
    assert event.sub_event_type == "Suicide bomb"


def test_a_headquarters_named_as_the_place_of_an_attack_sets_up_no_base(extractor: api.Extractor) -> None:
    text = (
        "Militants attacked an army post near the district headquarters of Qala on Friday, officials said, "
        "and two soldiers were killed."
    )
    [event] = events(text, extractor)
    assert event.event_type != "Strategic developments"


def test_a_base_set_up_is_still_a_base_established(extractor: api.Extractor) -> None:
    text = "Rebel fighters established a new base and a checkpoint outside Tamu on Tuesday, residents said."
    [event] = events(text, extractor)
    assert event.sub_event_type == "Headquarters or base established"


def test_protests_told_as_background_do_not_make_an_airstrike_a_protest(extractor: api.Extractor) -> None:
    text = (
        "Airstrikes by the military on a village in the north killed six civilians on Tuesday, residents said. "
        "The coup last year was met with peaceful demonstrations that the army put down."
    )
    [event] = events(text, extractor)
    assert event.sub_event_type == "Air/drone strike"
