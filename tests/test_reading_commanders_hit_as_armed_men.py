"""A commander killed is an armed man hit: the act on him is a fight between armed sides, not an attack on civilians,
though his group is one the actor table does not know (texts written for these tests)."""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.default_extractor(model=False)


@pytest.mark.parametrize("text", [
    "On 3 May, unknown assailants killed a Kafu commander in Menaka.",
    "On 3 May, a Kafu commander was killed in Menaka by unidentified assailants.",
    "On 3 May, gunmen shot dead a local commander in Beni.",
])
def test_a_commander_killed_is_an_armed_side_hit(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    # look-alikes: a commander who left the group, a commander as the source, a commander leading the attack
    "On 3 May, gunmen shot dead a former rebel commander at his home in Beni.",
    "On 3 May, gunmen killed five villagers in Beni, the local commander said.",
    "On 3 May, a commander led fighters in an attack on a village in Beni, killing five villagers.",
    "On 3 May, militants killed two civilians in Beni. The commander of the group claimed the attack.",
])
def test_a_commander_not_hit_leaves_the_attack(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Violence against civilians", "Attack")
