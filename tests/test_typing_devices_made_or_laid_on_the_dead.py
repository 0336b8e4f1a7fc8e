"""A device named as what bombs are made of, or as a trap fixed to the dead after a killing, is no device set off
(fix51; texts written for these tests). 'IED components' and 'IED-manufacturing components' seized or destroyed are
parts, as 'explosive materials' and 'IED planters' already were (DEVICE_PEOPLE); 'the bodies were found with wires tied
to their feet attached to explosive mines', told after the killing with no blast, is a trap laid on the dead
(TRAP_LAID), as a body told booby-trapped already was. The killing or the seizure is the event, not a remote
explosive. A device that went off, or one the report opens with, stays the device.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api

_DEVICE = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
_ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, soldiers killed two herders and arrested four others near Kolo. Several men were detained, "
        "and motorcycles, ammunition and IED-manufacturing components taken in an operation against a militant camp.",
        "On 3 May 2024, soldiers shot dead a shepherd near Kolo. The army said the man kept IED components in his hut.",
    ],
)
def test_device_components_told_beside_a_killing_leave_the_killing(text: str, extractor: api.Extractor) -> None:
    # (before: the IED named as parts made a remote explosive)
    assert first_types(text, extractor) == _ATTACK, text


def test_device_components_burned_in_a_depot_are_no_blast(extractor: api.Extractor) -> None:
    text = "On 3 May 2024, the army burned the militants' logistics depot, which held fuel, food and IED components, " \
           "near Kolo."
    assert first_types(text, extractor)[0] == "Strategic developments", text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, militiamen abducted three traders at the market of Kolo and killed them outside the town. "
        "Their bodies were found with wires tied to their feet attached to explosive mines.",
        "On 3 May 2024, gunmen shot dead two farmers near Kolo. The corpse of one was rigged with an IED.",
    ],
)
def test_a_device_fixed_to_the_dead_after_a_killing_leaves_the_killing(text: str, extractor: api.Extractor) -> None:
    # (before: the mine or IED on the bodies made the killing a remote explosive)
    assert first_types(text, extractor) == _ATTACK, text


@pytest.mark.parametrize(
    "text",
    [
        # the device went off: the blast is told
        "On 3 May 2024, gunmen shot dead two farmers near Kolo. The body of one was rigged with a mine that exploded "
        "when soldiers moved it, killing a soldier.",
        # the device opens the report
        "On 3 May 2024, an IED attached to a motorcycle exploded at the market of Kolo, killing two traders.",
        # a device that hit, the bodies told after it
        "On 3 May 2024, a roadside bomb killed two traders near Kolo. Their bodies were taken to the hospital.",
        # a bomb's maker's word that is not a part: the device used
        "On 3 May 2024, militants detonated a bomb at the market of Kolo, killing two traders. The explosive was "
        "attached to a cart.",
    ],
)
def test_a_device_set_off_or_opening_the_report_stays_the_device(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == _DEVICE, text
