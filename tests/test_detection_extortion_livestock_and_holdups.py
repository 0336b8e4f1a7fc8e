"""Animals seized, taxes extorted and goods taken in a hold-up (texts written for these tests).

Livestock seized by any name ('five oxen', '250 heads of small ruminants', '14 sheep', 'a horse') or food seized ('tons
of rice', 'carts loaded with cereals') is a looting, as cattle and goats seized already were. Money, taxes or animals
extorted by an armed party, or taxes it collected or levied ('militants extorted zakat taxes from residents',
'collected (or extorted) zakat taxes'), are a looting too, told with a day of their own; officials accused of
extortion, a revenue authority collecting taxes, a parliament levying them and a sportsman collecting a card open no
event. A hold-up's goods include vehicles, gold and fuel, and cash stripped from the passengers; the goods may be told
in the sentence after the hold-up. Goods taken after a village was attacked leave the attack an attack.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"
LOOTING = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, unknown gunmen seized five oxen from herders near the village of Tanga.",
        "On Monday, an armed group seized more than 250 heads of small ruminants at a herders' camp near Tanga.",
        "On Monday, soldiers seized 14 sheep from herders at the exit of the town.",
        "On Monday, militants seized a horse belonging to a farmer near the village of Tanga.",
        "On Monday, militiamen seized tons of rice in the village of Tanga.",
        "On Monday, militants seized six carts loaded with cereals near the village of Tanga.",
    ],
)
def test_animals_or_food_seized_are_a_looting(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [LOOTING]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, militants extorted zakat taxes from residents in the village of Tanga.",
        "On Monday, suspected militants extorted 400,000 CFA in illegal taxes from residents of Tanga.",
        "On Monday, gunmen collected (or extorted) 'zakat' taxes in the village of Tanga.",
        "On Monday, militants extorted 14 heads of small ruminants from villagers as tax in Tanga.",
        "On Monday, soldiers on patrol extorted an unspecified amount of money from civilians in Tanga.",
    ],
)
def test_money_taxes_or_animals_extorted_by_an_armed_party_are_a_looting(text: str,
                                                                         extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [LOOTING]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a court jailed two officials accused of extorting money from traders.",
        "On Monday, the revenue authority collected taxes worth 2 billion shillings from traders.",
        "On Monday, the finance minister said the government collected more taxes than planned.",
        "Parliament on Monday approved a bill to levy taxes on mobile money.",
        "On Sunday, the striker collected his third yellow card of the season.",
        "Militants have long extorted taxes from residents in the region.",
    ],
)
def test_taxes_and_extortion_told_of_no_armed_party_or_no_day_open_no_event(text: str,
                                                                            extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, gunmen intercepted a bus near the town and stripped cash and phones from the passengers.",
        "On Monday, bandits intercepted two vehicles near the border and seized one of the vehicles.",
        "On Monday, an armed group intercepted a truck on the road to the gold fields and seized 8kg of gold.",
        "On Monday, militants intercepted a vehicle and tapped fuel from the tank near the town.",
        "On Monday, gunmen intercepted a bus near the town. The assailants stripped the passengers of their "
        "belongings.",
    ],
)
def test_goods_taken_in_a_hold_up_make_a_looting(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [LOOTING]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, customs officers intercepted a truck carrying fuel at the border.",
        "On Monday, police intercepted a car near the market and seized the vehicle.",
    ],
)
def test_a_state_force_stopping_a_vehicle_is_no_hold_up(text: str, extractor: api.Extractor) -> None:
    assert LOOTING not in typed(text, extractor, published=PUBLISHED)


def test_goods_taken_after_a_village_was_attacked_leave_the_attack(extractor: api.Extractor) -> None:
    text = "On Monday, gunmen attacked the village of Tanga. They took away cattle."
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Violence against civilians", "Attack")]
