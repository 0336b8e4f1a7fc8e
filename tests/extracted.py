"""What the rules make of a text, for the tests of detection and typing phrasing: one helper here instead of a
copy in every such test file."""

from __future__ import annotations

from sitrep import api
from sitrep.model import Event


def typed(text: str, extractor: api.Extractor, *, published: str | None = None) -> list[tuple[str, str | None]]:
    """(event type, sub-event type) of every event ``extractor`` finds in ``text``, in order."""
    return [
        (e.event_type, e.sub_event_type) for e in api.extract(text, extractor=extractor, published=published).events
    ]


def first_sub(text: str, extractor: api.Extractor) -> str | None:
    """The sub-event type of the first event ``extractor`` finds in ``text`` (None: no event)."""
    events = api.extract(text, extractor=extractor).events
    return events[0].sub_event_type if events else None


def first_event(text: str, extractor: api.Extractor) -> Event:
    """The first event ``extractor`` finds in ``text``; the test fails, naming the text, when there is none."""
    events = api.extract(text, extractor=extractor).events
    assert events, text
    return events[0]


def first_types(text: str, extractor: api.Extractor) -> tuple[str | None, str | None]:
    """(event type, sub-event type) of the first event ``extractor`` finds in ``text``; fails when there is none."""
    e = first_event(text, extractor)
    return e.event_type, e.sub_event_type
