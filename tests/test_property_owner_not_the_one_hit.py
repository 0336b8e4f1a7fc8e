"""The owner of property a raid hit, named by 'belonging to' / 'owned by', by 'of' or 'from' after the property, or by
a possessive before it ('the houses of residents', "the chief's house", 'stole cattle from herders'), is whose goods
they were, not a person the act hit: a raid on a place that only burned or took them harmed no one, a
looting/property destruction as ACLED codes it (not an attack on the owners). Harm to anyone, a force's property, or
people hit named without the words of ownership type the event as before."""

from __future__ import annotations

import pytest

from extracted import first_types

LOOTING = ("Strategic developments", "Looting/property destruction")
ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Armed men attacked the village and burned shops belonging to traders.",
    "Militants raided the hamlet and set fire to granaries owned by members of the Fulani community.",
    "Gunmen attacked the settlement and stole cattle belonging to herders.",
    "Gunmen attacked the village and burned the house of the chief.",
    "Gunmen attacked the village and burned the chief's house.",
    "Armed men raided the village and set fire to the homes of residents.",
    "Gunmen attacked the village and stole cattle from herders.",
])
def test_raid_that_only_burned_or_took_owned_property_is_a_looting(text, extractor):
    assert first_types(text, extractor) == LOOTING


@pytest.mark.parametrize("text", [
    # the owner harmed, or people killed beside the burning: an attack
    "Armed men attacked the village and burned houses belonging to the chief, killing two guards.",
    "Gunmen attacked a bus owned by a transport company, injuring three passengers.",
    "Gunmen attacked the village and killed a farmer belonging to the Fulani community.",
    "Militants attacked the village, burned shops belonging to traders and beat the owners.",
    "Gunmen attacked the village, burned the house of the chief and killed his son.",
    "Gunmen attacked the village, killing two residents and burning the houses of others.",
    "Gunmen attacked the village and shot the owner of the shop.",
    # the house itself attacked, nothing burned or taken told: the attack, as before
    "Gunmen attacked the house of the chief.",
    # the people hit named without the words of ownership: the people of the place, as before
    "Armed men attacked the traders in the market.",
])
def test_owned_property_beside_harm_keeps_the_attack(text, extractor):
    assert first_types(text, extractor) == ATTACK


def test_force_property_attacked_stays_a_battle(extractor):
    # a convoy belonging to the army attacked: a fight with a force, not the goods' loss
    assert first_types("Militants attacked a convoy of trucks belonging to the army.", extractor) == (
        "Battles", "Armed clash")
