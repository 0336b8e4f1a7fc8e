"""An armed group's dead and wounded counted with no one named ('al-Shabaab killed nine near Jowhar', 'twelve were
killed in an ISWAP attack'), where no force, guard or armed defender is told on the scene and no fight is told, are
the unarmed people of the place: an attack on civilians, as ACLED codes it. Where a force, a guard or vigilantes are
named, a fight is told, or a state's forces did the killing, the event stays a battle; plans, denials, trials and
natural disasters are unchanged. Texts written for these tests.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2021, al-Shabaab killed nine in two attacks near Jowhar.",
        "On 4 March 2021, ADF rebels killed 14 overnight in Beni territory, local officials said.",
        "On 4 March 2021, twelve were killed and five wounded in an ISWAP attack near Monguno.",
        "On 4 March 2021, Boko Haram insurgents shot dead six in Gwoza and burned several huts.",
    ],
)
def test_armed_groups_toll_with_no_one_named_and_no_armed_side_is_an_attack(
        text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    "text",
    [
        # a force, a guard or armed defenders on the scene
        "On 4 March 2021, Boko Haram killed three in an ambush on the joint task force near Gwoza.",
        "On 4 March 2021, ISWAP killed four in an attack near Monguno; the police said two of the dead were officers.",
        "On 4 March 2021, ADF rebels killed five in Beni as vigilantes tried to defend the village.",
        "On 4 March 2021, al-Shabaab killed two guards at a hotel in Mogadishu.",
        "On 4 March 2021, al-Shabaab killed nine in an attack on the army's positions near Jowhar.",
        # a fight told
        "On 4 March 2021, al-Shabaab killed nine near Jowhar before soldiers arrived and fought the militants.",
        "On 4 March 2021, ISWAP fighters killed four near Monguno; troops exchanged fire with them for an hour.",
        # a state's forces, whose unnamed dead are as often suspects fought
        "On 4 March 2021, soldiers killed seven in a raid near Gwoza.",
    ],
)
def test_toll_beside_an_armed_side_a_fight_or_by_state_forces_stays_a_battle(
        text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2021, al-Shabaab threatened to kill nine in Jowhar unless the elders paid.",
        "On 4 March 2021, a court in Maiduguri sentenced a Boko Haram member for an attack that killed nine in 2014.",
        "On 4 March 2021, ISWAP denied that it killed twelve near Monguno.",
    ],
)
def test_threats_trials_and_denials_of_a_toll_are_no_event(text: str, extractor: api.Extractor) -> None:
    assert api.extract(text, extractor=extractor).events == [], text
