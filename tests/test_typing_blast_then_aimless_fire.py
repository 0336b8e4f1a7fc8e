"""A blast or a shell with gunfire told only as heard or reported, or as fired at no one (explo26; texts written for
these tests): no side is told firing at another, so there is no fight of two sides; the blast stays a device (ACLED's
remote explosive) and the shell a shelling, as 'the police fired back randomly afterwards' already did (AIMLESS_FIRE).
Gunfire at someone, an exchange of fire or a clash told beside the blast stays a battle.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api

_DEVICE = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize(
    "text",
    [
        # gunfire heard after the blast
        "On 2 June 2024, there was an explosion at the district court in Kolo. Residents heard gunfire afterwards. "
        "Casualties unknown.",
        # the force hit fires at no one
        "On 2 June 2024, there was an explosion at the customs office in Kolo. The soldiers guarding it opened fire "
        "indiscriminately and searched passers-by. No casualties were reported.",
        "On 2 June 2024, there was an explosion at the army post in Kolo. The troops fired random shots afterwards. "
        "No one was hurt.",
    ],
)
def test_a_blast_with_gunfire_only_heard_or_aimless_stays_a_device(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == _DEVICE, text


@pytest.mark.parametrize(
    "text",
    [
        # an exchange of fire after the blast: two sides fought
        "On 2 June 2024, there was an explosion at the army post in Kolo. The soldiers then exchanged fire with the "
        "attackers for an hour.",
        # gunfire at someone, beside heard shots: fire aimed at a side
        "On 2 June 2024, there was an explosion at the army post in Kolo, and gunmen fired at the soldiers guarding "
        "it. Residents heard gunfire afterwards.",
    ],
)
def test_a_blast_with_a_fight_or_aimed_fire_stays_an_armed_clash(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Battles", "Armed clash"), text


def test_gunfire_heard_with_no_blast_is_no_device(extractor: api.Extractor) -> None:
    # no blast at all: shots heard are no explosion, whatever they are typed
    text = "On 2 June 2024, residents of Kolo heard gunfire afterwards near the market. The cause is unknown."
    assert first_types(text, extractor)[0] != "Explosions/Remote violence", text


def test_a_shell_with_gunfire_only_reported_stays_a_shelling(extractor: api.Extractor) -> None:
    # a mortar shell fired at a camp; gunfire only reported beside it, no side told firing at another
    text = ("On 2 June 2024, rebels fired a mortar shell at the army camp in Kolo. There were no casualties. Gunfire "
            "was also reported.")
    assert first_types(text, extractor) == ("Explosions/Remote violence", "Shelling/artillery/missile attack"), text


def test_a_shell_with_small_arms_fired_at_the_camp_stays_an_armed_clash(extractor: api.Extractor) -> None:
    # heavy and small arms fired together at the camp: a fight, as before
    text = ("On 2 June 2024, rebels fired mortar shells and machine guns at the army camp in Kolo, and the soldiers "
            "fired back.")
    assert first_types(text, extractor) == ("Battles", "Armed clash"), text
