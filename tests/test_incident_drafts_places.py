"""Where an incident happened when the reporter gives it as a distance from a place ('25 kilometres (15 miles) from
Menaka'): near that place, while the place someone came from is still no place of the act (texts written for these
tests).
"""

from __future__ import annotations

import pytest

from sitrep import api
from sitrep.model import Event


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.default_extractor()


def events(text: str, extractor: api.Extractor, published: str = "2023-06-14") -> list[Event]:
    return api.extract(text, published=published, extractor=extractor).events


@pytest.mark.parametrize("distance", ["25 kilometres (15 miles) from", "30 km from", "about 20 miles from"])
def test_a_distance_from_a_place_puts_the_incident_near_it(distance: str, extractor: api.Extractor) -> None:
    text = f"Gunmen ambushed an army convoy {distance} Menaka on Sunday, killing four soldiers."
    [event] = events(text, extractor)
    assert event.place is not None and event.place.name == "Menaka"
    assert event.place.geo_precision == 2


def test_where_the_attackers_came_from_is_not_where_they_struck(extractor: api.Extractor) -> None:
    text = "Gunmen who came from Menaka ambushed an army convoy on Sunday, killing four soldiers."
    [event] = events(text, extractor)
    assert event.place is None or event.place.name != "Menaka"
