"""Explosions told as happening at places, with no weapon named, are devices set there, not fire from afar (fix51;
texts written for these tests). 'Several explosions' with no device were read as shelling unless the report said they
occurred at a building (EXPLOSIONS_AT_SITE); a news writer tells the same with 'there were two explosions in the
market ward', 'three explosions blasted', 'explosions were reported in at least ten places in the town' or 'the
explosions against the bridge': the explosions happened at those places or were aimed at a structure, ACLED's remote
explosive. Explosions heard or counted from afar stay shelling; a shell or artillery named stays shelling.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api

_DEVICE = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
_SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize(
    "text",
    [
        # 'there were … explosions in' a quarter: 'explosions occurred in' told with 'there were'
        "On 4 March 2024, there were two explosions in the Kanda market ward of Dolo town. Residents said two "
        "policemen were hurt.",
        # explosions at several places of a town
        "On 4 March 2024, explosions were reported in at least eight places in Dolo town. No one was hurt.",
        "On 4 March 2024, explosions were recorded in three locations of Dolo, including the tax office.",
        # the explosions' own verb
        "On 4 March 2024, in front of the customs office in Dolo, two explosions blasted. A wall was damaged.",
        # explosions aimed at a structure
        "On 4 March 2024, an unknown group claimed responsibility for the explosions against the railway bridge "
        "near Dolo.",
    ],
)
def test_explosions_told_at_places_are_devices(text: str, extractor: api.Extractor) -> None:
    # (before: several explosions with no device named were shelling)
    assert first_types(text, extractor) == _DEVICE, text


@pytest.mark.parametrize(
    "text",
    [
        # heard or counted from afar: fire from a distance, as before
        "On 4 March 2024, the monitors heard 14 explosions near Dolo.",
        "On 4 March 2024, the monitors heard explosions in several places east of Dolo.",
        "On 4 March 2024, the monitors counted nine explosions near the front line east of Dolo.",
        # a shell named
        "On 4 March 2024, there were explosions of artillery shells in the Kanda ward of Dolo. No one was hurt.",
    ],
)
def test_explosions_heard_from_afar_or_of_shells_stay_shelling(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == _SHELLING, text


@pytest.mark.parametrize(
    "text",
    [
        # the explosions' places beside gunfire at a force: a fight, as before
        "On 4 March 2024, there were two explosions in the Kanda ward of Dolo and the militants exchanged fire with "
        "the soldiers guarding the bank.",
    ],
)
def test_explosions_at_places_beside_a_fight_stay_the_fight(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Battles", "Armed clash"), text
