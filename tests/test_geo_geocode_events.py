"""geocode_events: a document's events geocoded in the document's region, an event that names its own unit once."""

from __future__ import annotations

import pytest

from sitrep.geo import Gazetteer, document_context, geocode_event, geocode_events
from sitrep.model import Event, Place, Span


def _event(number: int, *names: str, dateline: str | None = None) -> Event:
    places, at = [], 0
    for name in names:
        places.append(Place(name=name, span=Span(start=at, end=at + len(name), text=name)))
        at += len(name) + 5
    return Event(id=f"e{number}", document_id="d1", event_type="Battles", places=places,
                 dateline=Place(name=dateline) if dateline else None)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def _two_passes(events: list[Event], gazetteer: Gazetteer) -> tuple[list[Event], str | None, object]:
    """What api.extract did before geocode_events: every event geocoded again inside the region."""
    first = [geocode_event(event, gazetteer) for event in events]
    country, region = document_context(first, gazetteer)
    if region is not None:
        first = [geocode_event(event, gazetteer, region=region) for event in events]
    return first, country, region


DOCUMENTS = {
    # "fighting in Habban, Shabwa ... later, protesters gathered in Zarbat, Yemen": the second names no unit of its
    # own and is placed in the document's region; the first names Shabwa and is geocoded once.
    "region named once": [_event(1, "Habban", "Shabwa"), _event(2, "Zarbat", "Yemen")],
    # an event of another country keeps its own context
    "another country": [_event(1, "Habban", "Shabwa"), _event(2, "Zarbat", "Iraq")],
    # two regions: no document region, one pass
    "two regions": [_event(1, "Kirkuk province"), _event(2, "Diyala province")],
    # a dateline town gives the region; the event's village is read in it
    "dateline region": [_event(1, "Daquq", dateline="KIRKUK, Iraq")],
    # a village found by its own name elsewhere stays there
    "own name elsewhere": [_event(1, "Habban", "Shabwa"), _event(2, "Hajin")],
    "no place": [_event(1)],
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_geocode_events_gives_what_two_passes_gave(name: str, gazetteer: Gazetteer) -> None:
    events = DOCUMENTS[name]
    got, country, region = geocode_events(events, gazetteer)
    want, want_country, want_region = _two_passes(events, gazetteer)
    assert [e.model_dump() for e in got] == [e.model_dump() for e in want]
    assert (country, region) == (want_country, want_region)


def test_an_event_without_a_unit_of_its_own_is_placed_in_the_documents_region(gazetteer: Gazetteer) -> None:
    events, country, region = geocode_events(DOCUMENTS["region named once"], gazetteer)
    assert (country, region.code if region else None) == ("YE", "YE-SH")
    place = events[1].place
    assert (place.name, place.admin1_code, place.geo_precision) == ("Zarbat", "YE-SH", 3)


def test_an_event_naming_its_own_unit_is_geocoded_once(gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
                                                       ) -> None:
    from sitrep.geo import geocode

    calls: list[tuple[str, object]] = []
    inner = geocode._geocode_event

    def counted(event: Event, gazetteer: Gazetteer, country: str | None, region: object) -> tuple[Event, bool]:
        calls.append((event.id, region))
        return inner(event, gazetteer, country, region)

    monkeypatch.setattr(geocode, "_geocode_event", counted)
    geocode_events(DOCUMENTS["region named once"], gazetteer)
    assert [event_id for event_id, region in calls if region is not None] == ["e2"]
