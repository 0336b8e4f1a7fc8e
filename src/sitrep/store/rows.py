"""Records to table rows and back.

Pure functions, no database: each ``*_rows`` turns records into tuples in the column order of its ``*_COLUMNS``,
and each ``*_from_row`` rebuilds a record from a row read as a dict. What goes in comes out equal (``==``); the
column lists are the schema of :mod:`sitrep.store.migrations` written once more, and a test keeps them and the
model's fields in step.

:func:`prepare` is the first half of every write of an extraction: it checks the records (they belong to their
document, :func:`sitrep.store.validate.check_extraction`) and turns them into the rows of each table, a
:class:`Prepared`. The second half, in a transaction, is :func:`sitrep.store.store.insert_rows` (through
:func:`sitrep.store.bulk.save_new` for an ingest's batches, :meth:`sitrep.store.Store.save` for one document).
Being pure, the first half runs wherever the records were made: an ingest's extraction worker sends back rows,
cheap to pickle, instead of records (:mod:`sitrep.parallel`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from operator import attrgetter
from typing import Any

from pydantic import TypeAdapter

from sitrep.errors import StoreError
from sitrep.model import (
    Attribution,
    Check,
    Claim,
    Count,
    Document,
    Event,
    Evidence,
    Extraction,
    Figure,
    Place,
    Source,
    Span,
)
from sitrep.store import validate

Row = tuple[Any, ...]

DOCUMENT_COLUMNS = ("id", "url", "source", "title", "published", "language", "text", "comments", "format",
                    "encoding", "path", "ingested_at")
SOURCE_COLUMNS = {"outlet": "source_outlet", "outlet_kind": "source_outlet_kind", "speaker": "source_speaker",
                  "speaker_kind": "source_speaker_kind", "speaks_for": "source_speaks_for"}
"""Source field → column; ``source_kind`` beside them holds :attr:`Source.kind` (the kind that decides
independence) so that SQL can filter on it; the speaker's span goes to the spans table (field ``source``)."""
ATTRIBUTION_COLUMNS = {"level": "attribution", "actor": "attribution_actor", "by": "attribution_by",
                       "by_kind": "attribution_by_kind", "medium": "attribution_medium",
                       "mode": "attribution_mode", "statement_date": "attribution_date",
                       "later": "attribution_later"}
"""Attribution field → events column (the level is ``attribution`` itself: NULL when nothing ties the act to
anyone); the span goes to the spans table (field ``attribution``)."""
SOURCE_KIND_COLUMN = "source_kind"

CLAIM_COLUMNS = ("id", "document_id", "ordinal", "claimant", "actor", "medium", "status", "period_start",
                 "period_end", "period_days_stated", "country", "places", "extractor", "stance", "answers", "repeats",
                 "disputed_by", *SOURCE_COLUMNS.values(), SOURCE_KIND_COLUMN)
FIGURE_COLUMNS = ("claim_id", "ordinal", "measure", "value", "event_type", "sub_event_type", "tactic", "target",
                  "region", "admin1", "admin1_code", "item", "label", "partial", "span_start", "span_end",
                  "span_text", "month", "country")
CHECK_COLUMNS = ("claim_id", "ordinal", "kind", "facet", "expected", "actual", "ok", "detail")
SPAN_COLUMNS = ("owner_kind", "owner_id", "field", "from_value", "ordinal", "start", "end", "text")

COUNT_FIELDS = ("killed", "wounded", "killed_or_wounded", "captured")
"""Event fields holding a Count, each flattened to <name>_low, <name>_best, <name>_high, <name>_vague."""
PLACE_COLUMNS = {"name": "place_name", "country": "country", "admin1": "admin1", "admin1_code": "admin1_code",
                 "admin2": "admin2", "locality": "locality", "latitude": "latitude", "longitude": "longitude",
                 "geo_precision": "geo_precision", "gazetteer_id": "gazetteer_id"}
"""Place field → events column (only the name is prefixed: ``name`` alone would say nothing in an events row)."""

EVENT_COLUMNS = (
    "id", "document_id", "ordinal", "date_start", "date_end", "time_precision", "event_type", "sub_event_type",
    "tactics", "gtd_attack_type", "actor1", "actor2", "target_category",
    *PLACE_COLUMNS.values(),
    *(f"{name}_{part}" for name in COUNT_FIELDS for part in ("low", "best", "high", "vague")),
    "materiel", "places", "status", "claimant", "confidence", "incident_id", "trace", "extractor",
    *SOURCE_COLUMNS.values(), SOURCE_KIND_COLUMN, *ATTRIBUTION_COLUMNS.values(), "dateline",
)

_PLACES = TypeAdapter(list[Place])
_MATERIEL = TypeAdapter(dict[str, Count])
_TRACE = TypeAdapter(dict[str, Evidence])
_PLACE = TypeAdapter(Place | None)


def source_values(source: Source | None) -> list[Any]:
    """The source columns of a record, in :data:`SOURCE_COLUMNS` order, then ``source_kind``."""
    if source is None:
        return [None] * (len(SOURCE_COLUMNS) + 1)
    return [*(getattr(source, name) for name in SOURCE_COLUMNS), source.kind]


def source_from_row(row: Mapping[str, Any], span: Span | None) -> Source | None:
    """The Source of a row, None when no source column is set (records stored before schema version 4)."""
    values = {name: row[column] for name, column in SOURCE_COLUMNS.items()}
    if all(v is None for v in values.values()) and span is None:
        return None
    return Source(**values, span=span)


def attribution_values(attribution: Attribution | None) -> list[Any]:
    """The attribution columns of an event, in :data:`ATTRIBUTION_COLUMNS` order."""
    if attribution is None:
        return [None] * len(ATTRIBUTION_COLUMNS)
    return [getattr(attribution, name) for name in ATTRIBUTION_COLUMNS]


def attribution_from_row(row: Mapping[str, Any], span: Span | None) -> Attribution | None:
    """The Attribution of an events row, None when its level is NULL."""
    if row["attribution"] is None:
        return None
    values = {name: row[column] for name, column in ATTRIBUTION_COLUMNS.items()}
    values["later"] = bool(values["later"])
    return Attribution(**values, span=span)


def _json(adapter: TypeAdapter[Any], value: Any) -> str:
    # Through pydantic rather than json.dumps: the same serialisation as Record.to_dict, nested spans included.
    return adapter.dump_json(value).decode("utf-8")


# -- documents ---------------------------------------------------------------------------------------------------

def document_row(document: Document) -> Row:
    """The documents row of ``document``."""
    return _DOCUMENT_VALUES(document)


_DOCUMENT_VALUES = attrgetter(*DOCUMENT_COLUMNS)
"""The values of :data:`DOCUMENT_COLUMNS`, as a tuple, read in C (each document's row is made twice an ingest)."""


def document_from_row(row: Mapping[str, Any]) -> Document:
    """Rebuild a Document from its documents row."""
    data = {name: row[name] for name in DOCUMENT_COLUMNS}
    data["ingested_at"] = _utc(data["ingested_at"])
    return Document.model_validate(data)


def _utc(value: datetime) -> datetime:
    # DuckDB hands TIMESTAMPTZ back with a ZoneInfo('UTC'); the model's default uses datetime.UTC. They compare
    # equal, but one kind of tzinfo everywhere keeps reprs and pickles identical too.
    return value.astimezone(UTC)


# -- claims ------------------------------------------------------------------------------------------------------

def claim_row(claim: Claim, ordinal: int) -> Row:
    """The claims row of ``claim``, ``ordinal`` being its position in its document's list."""
    return (claim.id, claim.document_id, ordinal, claim.claimant, claim.actor, claim.medium, claim.status,
            claim.period_start, claim.period_end, claim.period_days_stated, claim.country,
            _json(_PLACES, claim.places), claim.extractor, claim.stance, claim.answers, claim.repeats,
            claim.disputed_by, *source_values(claim.source))


def figure_rows(claim: Claim) -> list[Row]:
    """One figures row per figure of ``claim``, numbered in their original order."""
    rows = []
    for ordinal, figure in enumerate(claim.figures):
        span = figure.span
        rows.append((claim.id, ordinal, figure.measure, figure.value, figure.event_type, figure.sub_event_type,
                     figure.tactic, figure.target, figure.region, figure.admin1, figure.admin1_code, figure.item,
                     figure.label, figure.partial, span.start if span else None, span.end if span else None,
                     span.text if span else None, figure.month, figure.country))
    return rows


def check_rows(claim: Claim) -> list[Row]:
    """One checks row per check of ``claim``, numbered in their original order."""
    return [(claim.id, ordinal, check.kind, check.facet, check.expected, check.actual, check.ok, check.detail)
            for ordinal, check in enumerate(claim.checks)]


def claim_from_row(row: Mapping[str, Any], figures: Iterable[Mapping[str, Any]],
                   checks: Iterable[Mapping[str, Any]], spans: Iterable[Mapping[str, Any]]) -> Claim:
    """Rebuild a Claim from its claims row and its figures, checks and spans rows (each in ordinal order)."""
    spans = list(spans)
    return Claim(
        id=row["id"], document_id=row["document_id"], claimant=row["claimant"], actor=row["actor"],
        medium=row["medium"], status=row["status"], period_start=row["period_start"], period_end=row["period_end"],
        period_days_stated=row["period_days_stated"], country=row["country"],
        places=_PLACES.validate_json(row["places"]),
        figures=[_figure(f) for f in figures],
        checks=[_check(c) for c in checks],
        spans=record_spans(spans), extractor=row["extractor"], stance=row["stance"], answers=row["answers"],
        repeats=row["repeats"], disputed_by=row["disputed_by"],
        source=source_from_row(row, value_spans(spans).get("source")),
    )


def claim_value_spans(claim: Claim) -> dict[str, Span | None]:
    """The span carried by a claim's source: it has no column of its own."""
    return {"source": claim.source.span if claim.source else None}


def _figure(row: Mapping[str, Any]) -> Figure:
    span = None
    if row["span_start"] is not None:
        span = Span(start=row["span_start"], end=row["span_end"], text=row["span_text"])
    return Figure(measure=row["measure"], value=row["value"], event_type=row["event_type"],
                  sub_event_type=row["sub_event_type"], tactic=row["tactic"], target=row["target"],
                  region=row["region"], admin1=row["admin1"], admin1_code=row["admin1_code"], item=row["item"],
                  label=row["label"], partial=row["partial"], month=row["month"],
                  country=row["country"], span=span)


def _check(row: Mapping[str, Any]) -> Check:
    return Check(kind=row["kind"], facet=row["facet"], expected=_number(row["expected"]),
                 actual=_number(row["actual"]), ok=row["ok"], detail=row["detail"])


def _number(value: float | None) -> float | int | None:
    # Check.expected/actual are int or float and stored as DOUBLE; most are counts, so a whole number comes back
    # as the int it almost always was (68.0 == 68 either way, but the JSON then reads 68, not 68.0).
    if value is not None and value.is_integer():
        return int(value)
    return value


# -- spans -------------------------------------------------------------------------------------------------------

def span_rows(owner_kind: str, owner_id: str, spans: Mapping[str, Span],
              value_spans: Mapping[str, Span | None] | None = None) -> list[Row]:
    """spans rows for a record: its ``spans`` dict, then the spans its values carry (``from_value`` True)."""
    rows = [(owner_kind, owner_id, field, False, ordinal, span.start, span.end, span.text)
            for ordinal, (field, span) in enumerate(spans.items())]
    for ordinal, (field, span) in enumerate((value_spans or {}).items()):
        if span is not None:
            rows.append((owner_kind, owner_id, field, True, ordinal, span.start, span.end, span.text))
    return rows


def record_spans(rows: Iterable[Mapping[str, Any]]) -> dict[str, Span]:
    """The ``spans`` dict of a record from its spans rows (those with from_value False), in stored order."""
    return {row["field"]: _span(row) for row in rows if not row["from_value"]}


def value_spans(rows: Iterable[Mapping[str, Any]]) -> dict[str, Span]:
    """The spans carried by a record's values, by field, from its spans rows (those with from_value True)."""
    return {row["field"]: _span(row) for row in rows if row["from_value"]}


def _span(row: Mapping[str, Any]) -> Span:
    return Span(start=row["start"], end=row["end"], text=row["text"])


# -- events ------------------------------------------------------------------------------------------------------

def event_row(event: Event, ordinal: int) -> Row:
    """The events row of ``event``, ``ordinal`` being its position in its document's list."""
    place = event.place
    place_values = [getattr(place, name) if place else None for name in PLACE_COLUMNS]
    count_values: list[Any] = []
    for name in COUNT_FIELDS:
        count: Count | None = getattr(event, name)
        # _vague is never NULL for a Count that exists, so an empty Count() and no Count stay distinct.
        count_values += [count.low, count.best, count.high, count.vague] if count else [None] * 4
    return (event.id, event.document_id, ordinal, event.date_start, event.date_end, event.time_precision,
            event.event_type, event.sub_event_type, list(event.tactics), event.gtd_attack_type, event.actor1,
            event.actor2, event.target_category, *place_values, *count_values, _json(_MATERIEL, event.materiel),
            _json(_PLACES, event.places), event.status, event.claimant, event.confidence, event.incident_id,
            _json(_TRACE, event.trace), event.extractor, *source_values(event.source),
            *attribution_values(event.attribution), _json(_PLACE, event.dateline) if event.dateline else None)


def event_value_spans(event: Event) -> dict[str, Span | None]:
    """The spans carried by an event's place and counts, by field: they have no column of their own."""
    spans: dict[str, Span | None] = {"place": event.place.span if event.place else None}
    for name in COUNT_FIELDS:
        count: Count | None = getattr(event, name)
        spans[name] = count.span if count else None
    spans["source"] = event.source.span if event.source else None
    spans["attribution"] = event.attribution.span if event.attribution else None
    return spans


def event_from_row(row: Mapping[str, Any], spans: Iterable[Mapping[str, Any]]) -> Event:
    """Rebuild an Event from its events row and its spans rows."""
    spans = list(spans)
    carried = value_spans(spans)
    place = None
    if row["place_name"] is not None:
        place = Place(**{name: row[column] for name, column in PLACE_COLUMNS.items()}, span=carried.get("place"))
    counts = {}
    for name in COUNT_FIELDS:
        if row[f"{name}_vague"] is not None:
            counts[name] = Count(low=row[f"{name}_low"], best=row[f"{name}_best"], high=row[f"{name}_high"],
                                 vague=row[f"{name}_vague"], span=carried.get(name))
    return Event(
        id=row["id"], document_id=row["document_id"], date_start=row["date_start"], date_end=row["date_end"],
        time_precision=row["time_precision"], event_type=row["event_type"], sub_event_type=row["sub_event_type"],
        tactics=row["tactics"], gtd_attack_type=row["gtd_attack_type"], actor1=row["actor1"], actor2=row["actor2"],
        target_category=row["target_category"], place=place, **counts,
        materiel=_MATERIEL.validate_json(row["materiel"]), places=_PLACES.validate_json(row["places"]),
        status=row["status"], claimant=row["claimant"],
        spans=record_spans(spans), confidence=row["confidence"], incident_id=row["incident_id"],
        trace=_TRACE.validate_json(row["trace"]) if row["trace"] is not None else {}, extractor=row["extractor"],
        source=source_from_row(row, carried.get("source")),
        attribution=attribution_from_row(row, carried.get("attribution")),
        dateline=_PLACE.validate_json(row["dateline"]) if row["dateline"] is not None else None,
    )


# -- a whole extraction ------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Prepared:
    """One extraction as the rows that store its claims and events: checked, ready to insert.

    The documents row is built at the write (:func:`document_row`), from the document the writer holds: the
    document is the writer's own in an ingest, and a worker need not send its text back.
    """

    document: Document
    claims: list[Row]
    figures: list[Row]
    checks: list[Row]
    events: list[Row]
    spans: list[Row]
    derived: bool = False
    """Every claim and event id was made by sitrep's extractor from this document (it hashes the document's id):
    set by an ingest for what its extractor returned, never for records given by a caller. A write of a document
    that is new in its transaction looks such ids up only among the write's own rows, not in the store (see
    :func:`sitrep.store.store.refuse_stored_ids`)."""

    @property
    def claim_ids(self) -> list[str]:
        """The ids of the claims, in order."""
        return [row[0] for row in self.claims]

    @property
    def event_ids(self) -> list[str]:
        """The ids of the events, in order."""
        return [row[0] for row in self.events]


def prepare(extraction: Extraction, *, derived: bool = False) -> Prepared:
    """Check ``extraction`` and turn it into rows: the pure half of a write, run before any transaction.

    Raises StoreError for a record filed under another document and InvalidRecordError (a StoreError) for a value
    the store refuses (:func:`sitrep.store.validate.check_extraction`); nothing is written either way. Pass
    ``derived`` only for records sitrep's extractor has just made from this very document (see
    :attr:`Prepared.derived`).
    """
    check_belongs(extraction)
    try:
        prepared = unchecked(extraction, derived=derived)
    except Exception:
        validate.check_extraction(extraction)  # a value pydantic cannot write (a lone surrogate): named there
        raise
    if not _plainly_fine(prepared):
        validate.check_extraction(extraction)
    return prepared


def unchecked(extraction: Extraction, *, derived: bool = False) -> Prepared:
    """The rows of ``extraction`` as they are, without :func:`prepare`'s checks (for a test that must store what
    the checks refuse)."""
    claims, events = extraction.claims, extraction.events
    spans = [r for c in claims for r in span_rows("claim", c.id, c.spans, claim_value_spans(c))]
    spans += [r for e in events for r in span_rows("event", e.id, e.spans, event_value_spans(e))]
    return Prepared(
        document=extraction.document,
        claims=[claim_row(c, i) for i, c in enumerate(claims)],
        figures=[r for c in claims for r in figure_rows(c)],
        checks=[r for c in claims for r in check_rows(c)],
        events=[event_row(e, i) for i, e in enumerate(events)],
        spans=spans,
        derived=derived,
    )


_INT_LIMIT = 2**31
"""Whole numbers below this (and not negative) are within every bound the store sets but a period's."""
_PERIOD_AT = CLAIM_COLUMNS.index("period_days_stated")
_JSON_AT = {"claims": frozenset({CLAIM_COLUMNS.index("places")}),
            "events": frozenset(EVENT_COLUMNS.index(name) for name in ("materiel", "places", "trace", "dateline"))}
"""The columns that hold JSON (pydantic's), by table."""


def _plainly_fine(prepared: Prepared) -> bool:
    """True when every value of ``prepared``'s rows (and its document's) is plainly one the store holds; False when
    in doubt, for :func:`sitrep.store.validate.check_extraction` to decide and name the problem.

    The rows hold every value of the records (the round trip through them gives the records back), so looking at
    them is looking at the records, at a tenth of the CPU of the exact walk over the records' JSON: None, floats
    and booleans are fine; whole numbers from 0 to 2**31 - 1 are within every bound (a period's stated days
    excepted, bounded in its own column); dates within :data:`~sitrep.store.validate.MIN_DATE` to
    :data:`~sitrep.store.validate.MAX_DATE`; strings without a lone surrogate (ASCII needs no search); JSON
    columns without a negative or ten-digit number and without U+FFFD (which pydantic writes for a surrogate in a
    dict key); lists of such strings. Anything else is left to the exact check.
    """
    surrogate = validate.SURROGATE.search
    odd_json = validate.NEGATIVE_OR_LONG_INT.search
    low, high = validate.MIN_DATE, validate.MAX_DATE
    for found in (prepared.claims, prepared.events, prepared.figures, prepared.checks, prepared.spans,
                  (document_row(prepared.document),)):
        for row in found:
            for value in row:
                kind = type(value)
                if kind is str:
                    if not value.isascii() and surrogate(value):
                        return False
                elif kind is int:
                    if not 0 <= value < _INT_LIMIT:
                        return False
                elif value is None or kind is bool or kind is float:
                    continue
                elif kind is date:
                    if not low <= value <= high:
                        return False
                elif kind is datetime:
                    if not low <= value.date() <= high:
                        return False
                elif kind is list:
                    for item in value:
                        if type(item) is not str or (not item.isascii() and surrogate(item)):
                            return False
                else:
                    return False
    for found, columns in ((prepared.claims, _JSON_AT["claims"]), (prepared.events, _JSON_AT["events"])):
        for row in found:
            for at in columns:
                text = row[at]
                if text is not None and (odd_json(text) or "\ufffd" in text):
                    return False
    return not any(row[_PERIOD_AT] is not None and row[_PERIOD_AT] > validate.MAX_PERIOD_DAYS
                   for row in prepared.claims)


def check_belongs(extraction: Extraction) -> None:
    """Raise StoreError for a claim or event whose ``document_id`` is not its extraction's document's."""
    # A record filed under the wrong document would be unreachable by document_id and survive its document.
    document_id = extraction.document.id
    for kind, records in (("claim", extraction.claims), ("event", extraction.events)):
        for record in records:
            if record.document_id != document_id:
                raise StoreError(f"{kind} {record.id} has document_id {record.document_id!r} but is saved with "
                                 f"document {document_id!r}; set its document_id to the document's id")
