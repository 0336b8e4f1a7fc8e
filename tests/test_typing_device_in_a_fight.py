"""A bomb or a mine set off in a fight is a weapon of that fight: 'two soldiers were killed as an IED went off in the
midst of a confrontation with militants' (a fight named by 'confrontation', as by 'clash' or 'battle'); ACLED codes it
as the battle. A device alone, fire aimed beside a device with no fight told (GTD codes 'detonated an explosive device
and opened fire on a convoy' as a bombing), fire at a bus of civilians with a bomb, a mine left from an earlier
confrontation or planted after one stay explosions."""

from __future__ import annotations

import pytest

from extracted import first_types, typed


@pytest.mark.parametrize("text", [
    "On Monday two soldiers were killed as an IED went off in the midst of a confrontation with militants.",
])
def test_a_device_set_off_in_a_fight_with_a_force_is_the_battle(text, extractor) -> None:
    assert first_types(text, extractor) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "On Monday a roadside bomb hit an army patrol, killing two soldiers.",
    # fire aimed beside the device, no fight told
    "On Monday militants detonated an explosive device and opened fire on a police convoy, killing one officer.",
    # fire and a bomb at civilians: no fight of two sides
    "On Monday militants opened fire on a bus and a roadside bomb went off, killing five passengers.",
    # a confrontation told as what came before the device
    "On Monday a landmine left over from an earlier confrontation killed a farmer.",
    "On Monday a landmine planted by the troops following a confrontation with the rebels killed a boy.",
])
def test_a_device_alone_on_civilians_or_after_an_earlier_confrontation_stays_an_explosion(text, extractor) -> None:
    assert first_types(text, extractor) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_a_confrontation_of_words_with_a_bomb_only_feared_opens_nothing(extractor) -> None:
    text = "On Monday the minister said the confrontation over the budget could end with a bomb in parliament."
    assert typed(text, extractor) == []
