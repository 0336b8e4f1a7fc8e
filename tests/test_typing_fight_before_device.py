"""A fight told only as what came before a device, a mine, a shell or a strike (explo26; texts written for these
tests). ACLED codes the device or the strike by itself: the earlier fight is another event, and 'the clash' after an
ambush with mines is the ambush named again. A fight told after the blast, or in words outside such a phrase, stays
the event's own (a battle).
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a mine laid after an earlier fight kills a farmer: a mine, not a fight
        ("On 4 May 2024, near Kolo village, a farmer was killed by a landmine while walking to his field. The landmine "
         "had been planted by the army following a firefight with the rebels in April.",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        # an armed group's bombing of a neighbourhood after clashes between two militias
        ("On 4 May 2024, the rebels bombed residents of the Kolo neighbourhood following violent clashes between "
         "two militias. Eight civilians were killed in the bombing.",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        # bombs dropped from helicopters on the way back from a clash
        ("On 4 May 2024, army units attacked the villagers of Kolo, also dropping bombs from helicopters while "
         "returning from an armed clash with the rebels. Several houses were destroyed.",
         ("Explosions/Remote violence", "Air/drone strike")),
        # an ambush with mines, then 'the clash' named again before what the troops did next
        ("On 4 May 2024, the local militia ambushed an army convoy using landmines near Kolo. Six soldiers were "
         "killed. Following the clash, the troops raided a nearby village.",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ],
)
def test_a_fight_told_only_as_what_came_before_a_device_or_strike_is_not_its_fight(
        text: str, types: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == types, text


@pytest.mark.parametrize(
    "text",
    [
        # the fight came after the blast: the device opened it
        "On 4 May 2024, a roadside bomb hit an army convoy near Kolo. After the blast, the soldiers clashed with the "
        "rebels for two hours.",
        # the fight told in words outside the 'after' phrase: an exchange of fire beside the mine
        "On 4 May 2024, an army truck hit a landmine near Kolo and the soldiers exchanged fire with the rebels. "
        "Following the clash, the troops searched the area.",
        # a fight told with no 'before' at all, shells fired during it
        "On 4 May 2024, the army and the rebels clashed in Kolo, and the army shelled rebel positions.",
    ],
)
def test_a_fight_after_the_blast_or_told_outside_stays_an_armed_clash(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # no device or strike: a fight that came before an arrest is the arrests' context, as before
        ("On 4 May 2024, police arrested 30 suspects in Kolo after an earlier clash with a gang.",
         ("Strategic developments", "Arrests")),
        # a grenade with no fight told at all: a grenade, as before
        ("On 4 May 2024, a grenade was thrown at a bar in Kolo, wounding two customers.",
         ("Explosions/Remote violence", "Grenade")),
    ],
)
def test_look_alikes_without_an_earlier_fight_keep_their_types(
        text: str, types: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == types, text
