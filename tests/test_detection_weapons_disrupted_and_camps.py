"""Weapons taken out of use told in the passive, by a reported seizure or by a disarming, and a force's camp set up
(texts written for these tests).

Firearms seized told in the passive ('400 rifles were seized'), intercepted ('police intercepted 70 guns') or by the
seizure a force announced, armed men disarmed by another side, and a device booby-trapped and defused are a disrupted
weapons use; a seizure called for, a plan to disarm and a disarming counted over years open no event. A force that
established a military camp has set up a base; an agency's camp for the displaced is none.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"
DISRUPTED = ("Strategic developments", "Disrupted weapons use")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, 400 rifles were seized at the port of Tanga.",
        "On Monday, police intercepted 70 guns hidden in trucks near Tanga.",
        "On Monday, the army announced the seizure of over 800 firearms from separatists near Tanga.",
        "On Monday, militants disarmed rival fighters near the village of Tanga.",
        "On Monday, soldiers defused a motorcycle booby-trapped by militants near Tanga.",
    ],
)
def test_weapons_seized_intercepted_or_disarmed_are_a_disrupted_weapons_use(text: str,
                                                                           extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [DISRUPTED]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, lawmakers called for the seizure of illegal firearms.",
        "Parliament on Monday approved a plan to disarm militia fighters in the east.",
        "The government has disarmed 3,000 rebels since the peace deal was signed in 2019.",
        "The minister said on Monday that 3,000 guns were seized last year.",
    ],
)
def test_seizures_called_for_planned_or_counted_over_years_open_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


def test_a_booby_trapped_car_that_went_off_stays_an_explosion(extractor: api.Extractor) -> None:
    text = "On Monday, a booby-trapped car exploded near the market, killing three people."
    assert typed(text, extractor, published=PUBLISHED)[:1] == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_a_force_that_established_a_military_camp_set_up_a_base(extractor: api.Extractor) -> None:
    text = "On Monday, mercenaries established a military camp in the village of Tanga."
    assert typed(text, extractor, published=PUBLISHED)[:1] == [
        ("Strategic developments", "Headquarters or base established")]


def test_a_camp_for_the_displaced_is_no_base(extractor: api.Extractor) -> None:
    text = "On Monday, the agency established a camp for displaced families near the town."
    assert typed(text, extractor, published=PUBLISHED) == []
