"""People told by what they were doing ('opened fire on people protesting against fuel prices', 'fired on those who
were demonstrating') are a crowd as 'protesters' are: the force's fire on them is excessive force against
protesters, not a demonstration turned violent (the force's fire does not make the protesters violent). Fire on
people who are not told protesting, and a crowd's own stones, read as before."""

from __future__ import annotations

import pytest

from extracted import first_types


@pytest.mark.parametrize("text", [
    "Security forces opened fire on people protesting against fuel prices in the city on Monday, killing two.",
    "Soldiers opened fire on those who were demonstrating outside the governor's office on Monday, injuring four.",
])
def test_force_firing_on_people_protesting_is_excessive_force(text, extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize(("text", "expected"), [
    # no one told protesting: the force's attack on people
    ("Police opened fire on people in the market on Monday, killing two.", ("Violence against civilians", "Attack")),
    # the crowd's own stones first: its violence
    ("People protesting against fuel prices threw stones at police in the city on Monday; police opened fire, "
     "killing two.", ("Riots", "Violent demonstration")),
])
def test_fire_on_people_not_protesting_or_a_violent_crowd_keeps_its_reading(text, expected, extractor) -> None:
    assert first_types(text, extractor) == expected
