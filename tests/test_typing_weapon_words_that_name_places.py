"""A weapon's word that names a place is no weapon, and a weapon's plural some writers use is still the weapon (fix63;
texts written for these tests).

A mine named as a site ('the Kamoto Mine', 'workers at the Inata gold mine went on strike') was read as a landmine
where 'went' came after it ('a mine went off') or where a line crowded with names looked like a title-case headline;
a capitalised 'Grenade' after a capital inside a line ('the La Grenade neighbourhood') was read as a grenade thrown.
Both are places a news writer names in any country. A mine that went off, a grenade thrown, a headline in title case
('Vehicle Hits Mine In Borno') stay devices. 'Fired heavy artilleries' is shelling, as 'fired heavy artillery' is.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

_DEVICE = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
_GRENADE = ("Explosions/Remote violence", "Grenade")
_SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
_PEACEFUL = ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    "text",
    [
        # the site's people 'went on strike': 'went' is no mine going off
        "Miners at the Kamoto Mine went on strike over unpaid wages on 4 May 2024.",
        "On 4 May 2024, workers at the Dolo gold mine went on strike, occupying the site to demand their pay.",
    ],
)
def test_strike_at_a_named_mine_is_a_protest_not_a_landmine(text: str, extractor: api.Extractor) -> None:
    # (before: Remote explosive/landmine/IED)
    assert first_types(text, extractor) == _PEACEFUL, text


def test_mine_named_in_a_line_crowded_with_names_is_a_place(extractor: api.Extractor) -> None:
    # (a line of prose with many capitals is no title-case headline: its lower-case words tell it)
    text = ("On 4 May 2024, Zanu PF youths attacked Citizens Coalition (CCC) members at Mbada Mine, just outside "
            "Kadoma, leaving three CCC members injured.")
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") not in typed(text, extractor)


def test_capitalised_grenade_naming_a_neighbourhood_is_a_place(extractor: api.Extractor) -> None:
    text = ("On 5 May 2024, armed gang members attacked residents in Delmas and in nearby neighbourhoods including "
            "La Grenade. Two residents were killed.")
    assert first_types(text, extractor) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mine that went off, whatever the site near it
        ("On 4 May 2024, a mine went off under an army truck near Gao, killing two soldiers.", _DEVICE),
        ("On 4 May 2024, a soldier was killed when his vehicle hit a mine on the road to the Kamoto Mine.", _DEVICE),
        # a title-case headline capitalises every word: its 'Mine' is still a device
        ("Soldiers Killed As Vehicle Hits Mine In Borno", _DEVICE),
        # a grenade thrown, capitalised or not
        ("On 4 May 2024, unidentified men threw a grenade at a bar in Bujumbura, wounding three people.", _GRENADE),
        ("On 4 May 2024, a Grenade was thrown at the police station in Bujumbura.", _GRENADE),
    ],
)
def test_devices_used_stay_devices(text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


def test_heavy_artilleries_fired_are_shelling(extractor: api.Extractor) -> None:
    # (before: the plural was no weapon word, and the village targeted made it an attack on civilians)
    text = ("On 18 May 2024, soldiers based in Dolo village fired heavy artilleries targeting Kanda village. Many "
            "villagers fled their homes.")
    assert first_types(text, extractor) == _SHELLING
    # the singular, as before
    assert first_types(text.replace("artilleries", "artillery"), extractor) == _SHELLING


@pytest.mark.parametrize(
    "text",
    [
        "On Monday fighting broke out between the army and rebels over control of the mine in Kamituga.",
        "On 4 May 2024, militiamen clashed with soldiers for control of the mine near Rubaya, leaving five dead.",
    ],
)
def test_a_mine_fought_over_is_a_place_and_the_fight_a_clash(text: str, extractor: api.Extractor) -> None:
    # (a mine whose control, owners, workers or guards are named is a site; before: Remote explosive/landmine/IED)
    assert first_types(text, extractor) == ("Battles", "Armed clash"), text


def test_the_explosion_of_a_mine_is_still_a_device(extractor: api.Extractor) -> None:
    text = "On Monday the explosion of a mine killed two soldiers near Kamituga."
    assert first_types(text, extractor) == _DEVICE
