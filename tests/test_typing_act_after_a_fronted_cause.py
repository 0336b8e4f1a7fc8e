"""Who acted and whom they hit are read at the main clause's act, not at a device told in a fronted cause (texts
written for these tests): 'following an IED explosion against an army vehicle, soldiers entered the village and
killed five civilians' is the soldiers' attack on the villagers, not a fight with the army. Look-alikes: the device's
own harm told in the passive, a fight told in the main clause, and no fronted cause at all, stay as they were.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, following an IED explosion against an army vehicle, soldiers entered the village of Dalori and "
        "killed five civilians.",
        "On Monday, following an IED explosion against an armoured vehicle, FAMa and Wagner entered the village of "
        "Dalori. At least ten civilians were killed.",
        "On Monday, after a bomb exploded near their patrol, soldiers opened fire on the village of Dalori, killing "
        "two farmers.",
    ],
)
def test_the_force_of_the_main_clause_attacked_the_villagers(text: str, extractor: api.Extractor) -> None:
    event = extracted.first_event(text, extractor)
    assert (event.event_type, event.sub_event_type, event.actor2) == (
        "Violence against civilians", "Attack", "Civilians"), text


def test_the_device_s_own_harm_stays_the_device(extractor: api.Extractor) -> None:
    # the main clause in the passive tells what the device did: no act of its own
    text = "On Monday, after an IED explosion near Dalori, two soldiers were killed."
    assert extracted.first_types(text, extractor) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, following an ambush on their convoy, soldiers clashed with militants near Dalori, killing four of "
        "them.",
        "On Monday, militants detonated an IED against an army vehicle near Dalori and then fired on the soldiers.",
    ],
)
def test_a_fight_with_the_force_stays_a_battle(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor)[0] in ("Battles", "Explosions/Remote violence"), text
    assert extracted.first_event(text, extractor).actor2 != "Civilians", text
