"""Records the rules build without validation (:func:`sitrep.model.built_record`) are the records validation makes:
the same fields, in the same order, the same fields set, the same JSON; and a record's default lists and dicts are
its own. Checked field by field on records made by hand, and on every event the rules extract from reports written
for the test (places, counts, source and detection evidence among them)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep import api
from sitrep.model import Count, Event, Evidence, Place, Record, Source, built_record, trusted_span


def _same(fast: Record, slow: Record) -> None:
    assert fast == slow
    assert fast.model_fields_set == slow.model_fields_set
    assert list(fast.__dict__) == list(slow.__dict__)  # (the field order the JSON follows)
    assert fast.model_dump_json() == slow.model_dump_json()


SPAN = trusted_span(4, 9, "Kano")
PLACE = Place(name="Kano", span=SPAN)
COUNT = Count(low=3, best=3, span=SPAN)


@pytest.mark.parametrize(
    ("model", "values"),
    [
        (Count, {"low": 3, "best": 3, "span": SPAN}),
        (Count, {"high": 11, "span": SPAN}),
        (Count, {"low": 20, "best": 24, "high": 36, "vague": True, "span": SPAN}),
        (Place, {"name": "Kano", "geo_precision": 2, "span": SPAN}),
        (Place, {"name": "Kano", "geo_precision": None, "span": SPAN}),
        (Source, {"outlet": "Daily Post", "outlet_kind": None, "speaker": "police", "speaker_kind": "official",
                  "speaks_for": None, "span": SPAN}),
        (Evidence, {"source": "rule:detect", "confidence": 0.84, "spans": [SPAN], "detail": "trigger 'killed'"}),
        (Event, {"id": "0" * 16, "document_id": "1" * 16}),
        (Event, {"id": "0" * 16, "document_id": "1" * 16, "date_start": date(2021, 3, 4),
                 "date_end": date(2021, 3, 4), "time_precision": 1, "event_type": "Battles",
                 "sub_event_type": "Armed clash", "tactics": ["clash"], "actor1": "Unidentified Armed Group",
                 "actor2": None, "place": PLACE, "places": [PLACE], "killed": COUNT, "wounded": None,
                 "status": "reported", "spans": {"event": SPAN}, "trace": {}}),
    ],
)
def test_built_record_equals_the_validated_one(model: type[Record], values: dict[str, object]) -> None:
    _same(built_record(model, **values), model(**values))


def test_built_records_default_lists_and_dicts_are_their_own() -> None:
    # (a later stage may add to an event's trace or materiel: one event's must never be another's)
    first, second = (built_record(Event, id=str(n) * 16, document_id="d" * 16) for n in range(2))
    assert first.trace is not second.trace and first.materiel is not second.materiel
    assert first.tactics is not second.tactics and first.places is not second.places
    first.trace["extra"] = Evidence(source="rule:test")
    assert second.trace == {}


def test_extracted_events_equal_their_validated_copies(extractor: api.Extractor) -> None:
    # Every record of each event, rebuilt with validation from the fields it has set, is the one the rules built.
    texts = [
        "On 3 May 2021, gunmen killed five farmers and wounded two others in the village of Tudun Wada, police said.",
        "Between 8-9 soldiers were killed when militants attacked an army post near Kidal on Monday.",
        "Dozens of protesters were injured as police fired tear gas at a march in the capital, the ministry said.",
        "Up to 11 people died after a car bomb exploded at a market in Mogadishu, according to a local official.",
        "Troops arrested three suspects in Maiduguri. No one was killed.",
    ]
    seen = 0
    for text in texts:
        for event in api.extract(text, extractor=extractor).events:
            seen += 1
            _same(event, Event(**{name: getattr(event, name) for name in event.model_fields_set}))
            records: list[Record] = [*event.places, *event.trace.values()]
            records += [c for c in (event.killed, event.wounded, event.killed_or_wounded, event.captured, event.source)
                        if c is not None]
            for record in records:
                rebuilt = type(record)(**{name: getattr(record, name) for name in record.model_fields_set})
                _same(record, rebuilt)
    assert seen >= len(texts) - 1
