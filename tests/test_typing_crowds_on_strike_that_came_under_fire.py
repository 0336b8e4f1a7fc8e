"""A crowd on strike that came under a force's fire, doing no violence itself, met excessive force; a crowd that did
violence and came under fire rioted (texts written for these tests)."""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.default_extractor(model=False)


@pytest.mark.parametrize("text", [
    # (the police's fire was read as the strikers' violence: nothing says they were violent)
    "On 3 May, students on strike came under fire from police in Dhaka, injuring four.",
    "On 3 May, striking workers came under fire from police in Chittagong, injuring six.",
    "On 3 May, protesters came under fire from police in Dhaka, injuring four.",
    # the force's fire told with the force as subject: 'workers on strike' named by their strike
    "On 3 May, police opened fire on workers on strike in Dhaka, killing two.",
])
def test_a_strike_that_came_under_fire_met_excessive_force(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize("text", [
    # look-alikes: the crowd's own violence told beside the fire it came under
    "On 3 May, students on strike attacked a police station in Dhaka and came under fire from police, injuring four.",
    "On 3 May, protesters attacked a police station in Dhaka and came under fire from police, injuring four.",
    "On 3 May, students on strike threw stones at police in Dhaka and came under fire from police, injuring four.",
    "On 3 May, rioters came under fire from police in Dhaka, injuring four.",
])
def test_a_violent_crowd_that_came_under_fire_rioted(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Riots", "Violent demonstration")


def test_a_strike_alone_is_a_peaceful_protest(extractor: api.Extractor) -> None:
    assert first_types("On 3 May, students on strike marched in Dhaka.", extractor) == ("Protests", "Peaceful protest")
