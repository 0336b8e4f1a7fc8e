"""An abduction after which a force killed the kidnappers stays an abduction: the takers killed are not the taken
(texts written for these tests)."""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.default_extractor(model=False)


@pytest.mark.parametrize("text", [
    # ('later killed' read as the hostages killed, so the abduction was typed an attack)
    "On 3 May, gunmen kidnapped three aid workers near Garissa. The army later killed two of the kidnappers.",
    "On 3 May, gunmen abducted four traders near Mandera. Two of the abductors were later killed by police.",
])
def test_kidnappers_killed_later_leave_the_abduction(text: str, extractor: api.Extractor) -> None:
    # As ACLED codes it: the taking of civilians is the event (Abduction/forced disappearance); the force's later act
    # on the captors is another event.
    assert first_types(text, extractor) == ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize("text", [
    # look-alikes: the one taken killed later, coded by the killing
    "On 3 May, gunmen kidnapped a chief near Garissa and later killed him.",
    "On 3 May, gunmen kidnapped a chief near Garissa. They later killed him.",
    "On 3 May, gunmen kidnapped a chief near Garissa. The kidnappers later killed the chief.",
])
def test_the_taken_killed_later_is_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Violence against civilians", "Attack")
