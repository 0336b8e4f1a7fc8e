"""People check the machine's coding: accept, edit, reject, merge and split, and every decision outlives
re-extraction.

::

    events = apply_reviews(store, store.events())          # the records as reviewers left them
    edit(store, "event", event_id, "actor1", "Islamic State", reviewer="ana", why="named in the second line")
    accept(store, "event", event_id, reviewer="ana")
    undo(store, action_id, reviewer="ana")
    items = queue(store)                                   # what most needs a person, first

**Keyed by text, not by ids.** A decision is stored (:mod:`sitrep.store.reviews`) under the record's *anchor*:
its document and the offsets of the span that made it a record (an event's trigger, a claim's framing sentence).
Record ids are positions in a document's list and change when a newer extractor finds one more event; the anchor
does not. Reading a decision back (:func:`apply_reviews`) finds today's record at the same anchor, or else the one
whose anchor overlaps it, and sets the reviewed values on it.

**Written through.** Each action also writes the reviewed values into the record's row, so SQL reports and exports
read them as they are; :func:`reapply` does it again after re-extraction (``api.reextract`` calls it).

**Undo** appends a row that names the row it reverses; the value returns to the one before it (the previous
decision still standing, or the machine's value). Nothing in the log is ever changed or deleted.
"""

from __future__ import annotations

import types
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from sitrep.analyze.similarity import stable_id
from sitrep.errors import ConfigError, SitrepError
from sitrep.geo import Gazetteer
from sitrep.model import Claim, Count, Event, Place, Span
from sitrep.store import Store
from sitrep.store import incidents as stored
from sitrep.store import reviews as log_store
from sitrep.store.reviews import LogEntry, ReviewWrite

Kind = Literal["event", "claim"]
R = TypeVar("R", Event, Claim)
KINDS: tuple[str, ...] = ("event", "claim")
ACTIONS = ("accept", "reject", "edit", "merge", "split", "undo")
STATE_OF = {"accept": "accepted", "reject": "rejected", "edit": "edited"}
INCIDENT = "incident"
"""The log's field name for an event's incident (merge and split)."""
REVIEW = "review"
"""The log's field name for accept and reject."""

NOT_EDITABLE = {"id", "document_id", "spans", "trace", "confidence", "extractor", "incident_id", "places",
                "materiel", "figures", "checks"}
"""Fields a person does not type: identity, evidence and derived lists (incidents change by merge and split)."""


# -- anchors -------------------------------------------------------------------------------------------------------

def anchor(record: Event | Claim) -> tuple[int, int]:
    """The span that makes ``record`` a record: an event's trigger, a claim's framing; else all its spans."""
    key = "trigger" if isinstance(record, Event) else "claim"
    span = record.spans.get(key)
    if span is None and record.spans:
        spans = list(record.spans.values())
        return min(s.start for s in spans), max(s.end for s in spans)
    return (span.start, span.end) if span is not None else (0, 0)


def _kind(record: Event | Claim) -> str:
    return "event" if isinstance(record, Event) else "claim"


# -- fields --------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FieldSpec:
    """How a field is edited: ``widget`` text, choice, date, int, count, list or place; ``choices`` for choice."""

    name: str
    widget: str
    choices: tuple[str, ...] = ()
    description: str = ""


def editable_fields(kind: str) -> list[FieldSpec]:
    """The fields of an event or claim a person can edit, read from the model (new model fields join by themselves
    when their type is a plain one: text, a choice, a date, a number, a list of words, a Count or a Place)."""
    model: type[BaseModel] = Event if kind == "event" else Claim
    specs = []
    for name, info in model.model_fields.items():
        if name in NOT_EDITABLE:
            continue
        widget, choices = _widget(info.annotation)
        if widget:
            specs.append(FieldSpec(name, widget, choices, info.description or ""))
    return specs


def _widget(annotation: Any) -> tuple[str | None, tuple[str, ...]]:
    args = [a for a in get_args(annotation) if a is not type(None)]
    if get_origin(annotation) in (Union, types.UnionType) and len(args) == 1:
        annotation = args[0]
    if get_origin(annotation) is Literal:
        return "choice", tuple(str(a) for a in get_args(annotation))
    if get_origin(annotation) is list and get_args(annotation) == (str,):
        return "list", ()
    table = {str: "text", date: "date", int: "int", Count: "count", Place: "place"}
    return table.get(annotation), ()


def parse_value(record: Event | Claim, name: str, text: str, *, gazetteer: Gazetteer | None = None) -> Any:
    """The JSON value a person's text means for field ``name`` of ``record``; ConfigError saying what to write.

    Empty text clears the field. Counts: ``4`` or ``low/best/high`` (``3/4/``); lists: comma-separated; places: a
    name the gazetteer knows, optionally ``, CC`` for its country.
    """
    specs = {spec.name: spec for spec in editable_fields(_kind(record))}
    if name not in specs:
        raise ConfigError(f"field {name!r} cannot be edited; editable: {', '.join(specs)}")
    spec, text = specs[name], text.strip()
    if not text:
        return [] if spec.widget == "list" else None
    if spec.widget == "choice" and text not in spec.choices:
        raise ConfigError(f"{name}: {text!r} is not one of {', '.join(spec.choices)}")
    if spec.widget == "int":
        if not text.isdigit():
            raise ConfigError(f"{name}: {text!r} is not a whole number")
        return int(text)
    if spec.widget == "date":
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise ConfigError(f"{name}: {text!r} is not a date; write YYYY-MM-DD") from None
    if spec.widget == "list":
        return [part.strip() for part in text.split(",") if part.strip()]
    if spec.widget == "count":
        return _count(name, text, getattr(record, name))
    if spec.widget == "place":
        return _place(name, text, getattr(record, name), gazetteer)
    return text


def _count(name: str, text: str, old: Count | None) -> dict[str, Any]:
    parts = [p.strip() for p in text.split("/")]
    if len(parts) == 1:
        parts = [parts[0], parts[0], ""]
    if len(parts) != 3 or not all(p.isdigit() or p == "" for p in parts) or not any(parts):
        raise ConfigError(f"{name}: {text!r} is not a count; write a number (4) or low/best/high (3/4/6)")
    low, best, high = (int(p) if p else None for p in parts)
    span = old.span.to_dict() if old is not None and old.span is not None else None
    return {"low": low, "best": best, "high": high, "vague": False, "span": span}


def _place(name: str, text: str, old: Place | None, gazetteer: Gazetteer | None) -> dict[str, Any]:
    written, _, code = text.partition(",")
    country = code.strip().upper() or (old.country if old is not None else None)
    gazetteer = gazetteer or Gazetteer.default()
    place = gazetteer.resolve(written.strip(), country=country or None)
    if place is None and country and not code.strip():
        place = gazetteer.resolve(written.strip())
    if place is None:
        raise ConfigError(f"{name}: {written.strip()!r} is not in the gazetteer"
                          f"{' for ' + country if country else ''}; try another spelling or add it with SITREP_PLACES")
    return place.to_dict()


def with_value(record: Event | Claim, name: str, value: Any) -> Event | Claim:
    """A copy of ``record`` with field ``name`` set to the JSON ``value`` (validated by the model)."""
    data = record.model_dump()
    data[name] = value
    try:
        return type(record).model_validate(data)
    except ValidationError as error:
        raise ConfigError(f"{name}: {error.errors()[0]['msg']}") from None


def _json(record: Event | Claim, name: str) -> Any:
    value = record.model_dump(mode="json", include={name})
    return value.get(name)


# -- reading decisions back ----------------------------------------------------------------------------------------

@dataclass
class Decision:
    """What the standing log rows say about one anchored record."""

    fields: dict[str, Any] = field(default_factory=dict)
    state: str | None = None
    reviewer: str | None = None
    at: Any = None
    incident: dict[str, Any] | None = None
    """The standing merge or split: {'incident': id, 'with': [doc, start, end]} or {'alone': True}."""
    seqs: list[int] = field(default_factory=list)


AnchorKey = tuple[str, str, int, int]


def decisions(log: Sequence[dict[str, Any]]) -> dict[AnchorKey, Decision]:
    """The standing decision per (record_kind, document_id, anchor_start, anchor_end), from log rows in order."""
    undone = {row["undoes"] for row in log if row["action"] == "undo" and row["undoes"] is not None}
    first_before: dict[tuple[AnchorKey, str], Any] = {}
    standing: dict[AnchorKey, Decision] = defaultdict(Decision)
    touched: set[tuple[AnchorKey, str]] = set()
    for row in log:
        key: AnchorKey = (row["record_kind"], row["document_id"], row["anchor_start"], row["anchor_end"])
        first_before.setdefault((key, row["field"]), row["before"])
        if row["action"] == "undo":
            touched.add((key, row["field"]))
            standing[key]
            continue
        if row["seq"] in undone:
            touched.add((key, row["field"]))
            continue
        decision = standing[key]
        decision.seqs.append(row["seq"])
        if row["action"] in STATE_OF:
            decision.state, decision.reviewer, decision.at = STATE_OF[row["action"]], row["reviewer"], row["logged_at"]
        if row["action"] == "edit":
            decision.fields[row["field"]] = row["after"]
        elif row["action"] in ("merge", "split"):
            decision.incident = row["after"]
    # A field whose every edit was undone goes back to the machine's value (the first edit's "before").
    for key, name in touched:
        decision = standing[key]
        if name not in (INCIDENT, REVIEW) and name not in decision.fields and _has_edit(log, key, name):
            decision.fields[name] = first_before[(key, name)]
    return dict(standing)


def _has_edit(log: Sequence[dict[str, Any]], key: AnchorKey, name: str) -> bool:
    return any(row["action"] == "edit" and row["field"] == name and
               (row["record_kind"], row["document_id"], row["anchor_start"], row["anchor_end"]) == key for row in log)


def match(records: Sequence[Event | Claim], keys: Iterable[AnchorKey]) -> dict[AnchorKey, Event | Claim]:
    """Today's record at each anchor: the one with the same anchor, else the one whose anchor overlaps it most."""
    by_document: dict[tuple[str, str], list[Event | Claim]] = defaultdict(list)
    for record in records:
        by_document[(_kind(record), record.document_id)].append(record)
    found: dict[AnchorKey, Event | Claim] = {}
    for key in keys:
        kind, document_id, start, end = key
        best, overlap = None, 0
        for record in by_document.get((kind, document_id), []):
            a, b = anchor(record)
            if (a, b) == (start, end):
                best = record
                break
            shared = min(b, end) - max(a, start)
            if shared > overlap:
                best, overlap = record, shared
        if best is not None:
            found[key] = best
    return found


def _standing(store: Store, records: Sequence[Event | Claim],
              log: Sequence[dict[str, Any]] | None = None) -> dict[str, Decision]:
    """Record id -> its standing decision, for the records that have one (``log``: the log rows of their
    documents, when the caller has read them already)."""
    if not records:
        return {}
    if log is None:
        log = log_store.log(store, document_ids={r.document_id for r in records})
    standing = decisions(log)
    return {record.id: standing[key] for key, record in match(records, standing).items()}


def apply_reviews(store: Store, records: Sequence[R], *, drop_rejected: bool = False) -> list[R]:
    """``records`` (events or claims) with every standing reviewed value set, in the same order.

    This is the function other code calls before it shows, exports or reports records: values written by hand win
    over the machine's, whichever extractor made the record. ``drop_rejected`` leaves out the records a reviewer
    rejected. Values that no longer validate (a field renamed since) are skipped, never raised.
    """
    by_id = _standing(store, records)
    out = []
    for record in records:
        decision = by_id.get(record.id)
        if decision is None:
            out.append(record)
            continue
        if drop_rejected and decision.state == "rejected":
            continue
        out.append(_with_fields(record, decision.fields))
    return out


def _with_fields(record: Any, values: dict[str, Any]) -> Any:
    for name, value in values.items():
        if name in type(record).model_fields:
            try:
                record = with_value(record, name, value)
            except ConfigError:
                continue
    return record


def review_states(store: Store, records: Sequence[Event | Claim], *,
                  log: Sequence[dict[str, Any]] | None = None) -> dict[str, Decision]:
    """Record id -> standing decision (state, reviewer, edited fields), for the records that have one. ``log``:
    every review log row of the records' documents, oldest first, when the caller has them (else they are read)."""
    return _standing(store, records, log)


def reapply(store: Store, document_ids: Iterable[str]) -> int:
    """Write the standing decisions onto the records the documents hold today (after re-extraction): reviewed
    values into their rows, their review state, and hand-made incident changes. Returns the records changed."""
    ids = sorted(set(document_ids))
    events = [e for d in ids for e in store.events(document_id=d)]
    claims = [c for d in ids for c in store.claims(document_id=d)]
    changed = 0
    for kind, records in (("event", events), ("claim", claims)):
        standing = _standing(store, records)
        updated = []
        for record in records:
            if record.id in standing:
                reviewed = _with_fields(record, standing[record.id].fields)
                if reviewed != record:
                    updated.append(reviewed)
        log_store.update_records(store, events=updated if kind == "event" else (),
                                 claims=updated if kind == "claim" else ())
        changed += len(updated)
        log_store.replace_states(store, kind, [r.id for r in records], {
            rid: (d.state, d.reviewer, d.at) for rid, d in standing.items() if d.state is not None})
        if kind == "event":
            _reapply_incidents(store, records, standing)
    return changed


def _reapply_incidents(store: Store, events: Sequence[Event], standing: dict[str, Decision]) -> None:
    assignments: dict[str, str] = {}
    for event in events:
        incident = standing.get(event.id, Decision()).incident
        if not incident:
            continue
        if incident.get("alone"):
            assignments[event.id] = stable_id("unlinked", event.id)
            continue
        target_key = tuple(incident.get("with") or ())
        if len(target_key) != 3:
            continue
        doc, start, end = target_key
        targets = list(events) if doc == event.document_id else store.events(document_id=doc)
        target = match(targets, [("event", doc, start, end)]).get(("event", doc, start, end))
        if target is not None:
            assert isinstance(target, Event)
            incident_id = target.incident_id or stable_id("incident", target.id)
            assignments[event.id] = assignments[target.id] = incident_id
    if assignments:
        log_store.write_review(store, ReviewWrite(assignments=assignments))


# -- actions -------------------------------------------------------------------------------------------------------

def _load(store: Store, kind: str, record_id: str) -> Event | Claim:
    if kind not in KINDS:
        raise ConfigError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    found: Sequence[Event | Claim] = (store.events(event_id=record_id) if kind == "event"
                                      else store.claims(claim_id=record_id))
    if not found:
        raise ConfigError(f"no {kind} with id {record_id!r} in {store.path}; it may have been re-extracted: "
                          "reload the queue")
    return found[0]


def _entry(action_id: str, reviewer: str, action: str, record: Event | Claim, name: str, before: Any, after: Any,
           why: str, undoes: int | None = None) -> LogEntry:
    start, end = anchor(record)
    return LogEntry(action_id=action_id, reviewer=reviewer, action=action, record_kind=_kind(record),
                    document_id=record.document_id, anchor_start=start, anchor_end=end, field=name, before=before,
                    after=after, why=why, record_id=record.id, undoes=undoes)


def _new_action() -> str:
    return uuid.uuid4().hex


def _state_now(store: Store, record: Event | Claim) -> str | None:
    decision = _standing(store, [record]).get(record.id)
    return decision.state if decision else None


@dataclass
class ActionResult:
    """What an action wrote: its id (for undo), the log rows' seqs and the record's state afterwards."""

    action_id: str
    seqs: list[int]
    state: str | None = None
    record: Event | Claim | None = field(default=None, repr=False)
    """The one record the action changed, with the values it was stored with (edit, accept, reject; None for
    actions that change incidents): the review desk makes its queue item from it without reading it back."""


def edit(store: Store, kind: str, record_id: str, name: str, text: str, *, reviewer: str, why: str = "",
         gazetteer: Gazetteer | None = None, current: Event | Claim | None = None) -> ActionResult:
    """Set field ``name`` of a record to what ``text`` means (see :func:`parse_value`); logs before and after.
    ``current``: the record as stored now, when the caller holds it (a server's cache, checked under its write
    lock); else it is read from ``store``."""
    record = current if current is not None and current.id == record_id else _load(store, kind, record_id)
    value = parse_value(record, name, text, gazetteer=gazetteer)
    before = _json(record, name)
    updated = with_value(record, name, value)
    after = _json(updated, name)
    if after == before:
        raise ConfigError(f"{name} is already {text.strip()!r}; nothing to change")
    action_id = _new_action()
    change = ReviewWrite(entries=[_entry(action_id, reviewer, "edit", record, name, before, after, why)],
                         states={(kind, record.id): "edited"}, previous={record.id: record})
    change.events, change.claims = ([updated], []) if kind == "event" else ([], [updated])  # type: ignore[list-item]
    return ActionResult(action_id, log_store.write_review(store, change, reviewer=reviewer), "edited", updated)


def accept(store: Store, kind: str, record_id: str, *, reviewer: str, why: str = "") -> ActionResult:
    """Mark a record as checked and right (with any edits made to it)."""
    return _decide(store, kind, record_id, "accept", reviewer=reviewer, why=why)


def reject(store: Store, kind: str, record_id: str, *, reviewer: str, why: str = "") -> ActionResult:
    """Mark a record as not a record (a false positive): left out of reviewed exports and reports."""
    return _decide(store, kind, record_id, "reject", reviewer=reviewer, why=why)


def _decide(store: Store, kind: str, record_id: str, action: str, *, reviewer: str, why: str) -> ActionResult:
    record = _load(store, kind, record_id)
    before = _state_now(store, record)
    state = STATE_OF[action]
    action_id = _new_action()
    change = ReviewWrite(entries=[_entry(action_id, reviewer, action, record, REVIEW, before, state, why)],
                         states={(kind, record.id): state})
    return ActionResult(action_id, log_store.write_review(store, change, reviewer=reviewer), state, record)


def _incident_of(event: Event) -> str:
    return event.incident_id or stable_id("incident", event.id)


def _method(store: Store, event_id: str) -> str | None:
    found = store._select("SELECT method FROM incident_links WHERE event_id = ?", [event_id])
    return found[0]["method"] if found else None


def merge(store: Store, incident_ids: Sequence[str], *, reviewer: str, why: str = "") -> ActionResult:
    """Put the reports of several incidents into the first one; kept by later linking runs (and re-extraction)."""
    if len(set(incident_ids)) < 2:
        raise ConfigError("merge needs two or more different incidents")
    groups = []
    for incident_id in incident_ids:
        events = stored.load_events(store, incident_ids=[incident_id])
        if not events:
            events = [e for e in stored.load_events(store, unlinked=True) if _incident_of(e) == incident_id]
        if not events:
            raise ConfigError(f"no incident with id {incident_id!r}; list them with: sitrep incidents")
        groups.append(events)
    target_id = incident_ids[0]
    head = min(groups[0], key=lambda e: (e.date_start or date.max, e.id))
    with_anchor = [head.document_id, *anchor(head)]
    action_id = _new_action()
    change = ReviewWrite()
    for event in [e for group in groups for e in group]:
        before = {"incident": _incident_of(event), "method": _method(store, event.id)}
        after = {"incident": target_id, "with": with_anchor}
        change.entries.append(_entry(action_id, reviewer, "merge", event, INCIDENT, before, after, why))
        change.assignments[event.id] = target_id
    return ActionResult(action_id, log_store.write_review(store, change, reviewer=reviewer))


def split(store: Store, event_id: str, *, reviewer: str, why: str = "") -> ActionResult:
    """Take one report out of its incident: it becomes an incident of its own, kept apart by later linking."""
    event = _load(store, "event", event_id)
    assert isinstance(event, Event)
    new_id = stable_id("unlinked", event.id)
    before = {"incident": _incident_of(event), "method": _method(store, event.id)}
    action_id = _new_action()
    change = ReviewWrite(entries=[_entry(action_id, reviewer, "split", event, INCIDENT, before,
                                         {"incident": new_id, "alone": True}, why)],
                         assignments={event.id: new_id})
    return ActionResult(action_id, log_store.write_review(store, change, reviewer=reviewer))


def undo(store: Store, action_id: str, *, reviewer: str, why: str = "") -> ActionResult:
    """Reverse every log row of an action, by appending rows that name them; values go back to what stands
    without it. Raises ConfigError for an unknown or already undone action."""
    found = store._select("SELECT seq FROM review_log WHERE action_id = ? AND action <> 'undo' ORDER BY seq",
                          [action_id])
    if not found:
        raise ConfigError(f"no action {action_id!r} in the review log")
    seqs = [row["seq"] for row in found]
    rows_ = [r for r in log_store.log(store) if r["seq"] in seqs]
    if store._select("SELECT 1 FROM review_log WHERE undoes IN (SELECT unnest(?::BIGINT[]))", [seqs]):
        raise ConfigError(f"action {action_id} is already undone")
    new_action = _new_action()
    change = ReviewWrite()
    documents = {r["document_id"] for r in rows_}
    events = [e for d in documents for e in store.events(document_id=d)]
    claims = [c for d in documents for c in store.claims(document_id=d)]
    for row in rows_:
        key: AnchorKey = (row["record_kind"], row["document_id"], row["anchor_start"], row["anchor_end"])
        record = match(events if row["record_kind"] == "event" else claims, [key]).get(key)
        change.entries.append(LogEntry(
            action_id=new_action, reviewer=reviewer, action="undo", record_kind=row["record_kind"],
            document_id=row["document_id"], anchor_start=row["anchor_start"], anchor_end=row["anchor_end"],
            field=row["field"], before=row["after"], after=row["before"], why=why,
            record_id=record.id if record else row["record_id"], undoes=row["seq"]))
        if record is not None and row["action"] in ("merge", "split"):
            before = row["before"] or {}
            incident = before.get("incident") or stable_id("incident", record.id)
            target = change.assignments if before.get("method") == "unlinked" else change.relinked
            target[record.id] = incident
    # The values and states that stand once these rows are undone: computed from the log as it will be.
    pending = [*log_store.log(store, document_ids=documents),
               *({"seq": -1 - i, "action": "undo", "undoes": r["seq"], "record_kind": r["record_kind"],
                  "document_id": r["document_id"], "anchor_start": r["anchor_start"], "anchor_end": r["anchor_end"],
                  "field": r["field"], "before": r["after"], "after": r["before"], "reviewer": reviewer,
                  "logged_at": None}
                 for i, r in enumerate(rows_))]
    standing = decisions(pending)
    for key, decision in standing.items():
        record = match(events if key[0] == "event" else claims, [key]).get(key)
        if record is None or key not in {(r["record_kind"], r["document_id"], r["anchor_start"], r["anchor_end"])
                                         for r in rows_}:
            continue
        updated = _with_fields(record, {n: v for n, v in decision.fields.items()})
        (change.events if key[0] == "event" else change.claims).append(updated)
        # The state that stands again is the earlier decision's, by its reviewer, not by the person who undid.
        change.states[(key[0], record.id)] = ((decision.state, decision.reviewer, decision.at)
                                              if decision.state is not None else None)
    return ActionResult(new_action, log_store.write_review(store, change, reviewer=reviewer))


# -- the queue -----------------------------------------------------------------------------------------------------

DISAGREEMENT_FIELDS = ("event_type", "actor1", "date_start", "admin1", "killed")
RULE_FIELDS = ("event_type", "actor1", "place", "killed", "date")


@dataclass
class QueueItem:
    """One record waiting for a person: why, and how urgently (higher first)."""

    kind: str
    id: str
    document_id: str
    priority: float
    reasons: list[str]
    summary: str
    state: str | None = None
    incident_id: str | None = None
    date: date | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"kind": self.kind, "id": self.id, "document_id": self.document_id,
                "priority": round(self.priority, 3), "reasons": self.reasons, "summary": self.summary,
                "state": self.state, "incident_id": self.incident_id,
                "date": self.date.isoformat() if self.date else None}


def _value(event: Event, name: str) -> Any:
    if name == "admin1":
        return event.place.admin1 if event.place else None
    if name == "killed":
        return event.killed.best if event.killed else None
    return getattr(event, name)


def event_item(event: Event, mates: Sequence[Event], state: str | None) -> QueueItem:
    """The queue item of an event: low confidence, rule-only fields, disagreement among the other reports of its
    incident and an unresolved place raise its priority; a decision already taken lowers it."""
    reasons: list[str] = []
    confidence = event.confidence if event.confidence is not None else 0.5
    priority = 3 * (1 - confidence)
    if event.confidence is None or event.confidence < 0.7:
        reasons.append(f"confidence {event.confidence:.2f}" if event.confidence is not None else "no confidence")
    rule_only = [name for name in RULE_FIELDS
                 if name in event.trace and event.trace[name].source.startswith("rule:")
                 and event.trace[name].confidence is None]
    if rule_only:
        priority += 0.1 * len(rule_only)
        reasons.append("rules only: " + ", ".join(rule_only))
    for name in DISAGREEMENT_FIELDS:
        values = {str(_value(e, name)) for e in (event, *mates) if _value(e, name) is not None}
        if len(values) > 1:
            priority += 1
            reasons.append(f"linked reports disagree on {name}: " + " / ".join(sorted(values)))
    if event.place is None or event.place.country is None:
        priority += 0.5
        reasons.append("place not resolved")
    if state in ("accepted", "rejected"):
        priority -= 100
    elif state == "edited":
        priority -= 0.5
        reasons.append("edited, not yet accepted")
    what = event.sub_event_type or event.event_type or "event"
    where = (event.place.name if event.place else None) or "?"
    summary = f"{what}: {event.actor1 or '?'} at {where}"
    return QueueItem("event", event.id, event.document_id, priority, reasons, summary, state, event.incident_id,
                     event.date_start)


def claim_item(claim: Claim, flags: int, state: str | None) -> QueueItem:
    """The queue item of a claim: failing or undecided checks and figures the record does not bear out."""
    reasons: list[str] = []
    failed = [c for c in claim.checks if c.ok is False]
    unknown = [c for c in claim.checks if c.ok is None]
    priority = 1.0 + 1.5 * len(failed) + 0.3 * len(unknown) + 0.5 * min(flags, 4)
    if failed:
        reasons.append("checks failed: " + ", ".join(sorted({c.kind for c in failed})))
    if unknown:
        reasons.append(f"{len(unknown)} checks undecided")
    if flags:
        reasons.append(f"{flags} figures exceed the record or have none")
    if state in ("accepted", "rejected"):
        priority -= 100
    summary = f"claim by {claim.claimant or '?'} ({claim.actor or '?'}), {len(claim.figures)} figures"
    return QueueItem("claim", claim.id, claim.document_id, priority, reasons, summary, state,
                     None, None)


def queue_items(store: Store, events: Sequence[Event], claims: Sequence[Claim], *,
                audit_flags: dict[str, int] | None = None,
                states: dict[str, str | None] | None = None) -> list[QueueItem]:
    """Queue items of these records (reviewed values applied), most urgent first.

    ``states`` (record id -> review state, as the ``review_state`` table holds them) says the records were read
    from their rows, which already carry the reviewed values (every action writes them through, and ``reapply``
    after re-extraction): the review log is then not read at all, which is what keeps the server's queue cheap.
    """
    if states is None:
        events = apply_reviews(store, events)
        claims = apply_reviews(store, claims)
        states = {rid: d.state for rid, d in review_states(store, [*events, *claims]).items()}
    by_incident: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.incident_id:
            by_incident[event.incident_id].append(event)
    items = [event_item(e, [m for m in by_incident.get(e.incident_id or "", []) if m.id != e.id],
                        states.get(e.id)) for e in events]
    items += [claim_item(c, (audit_flags or {}).get(c.id, 0), states.get(c.id)) for c in claims]
    return sorted(items, key=lambda i: (-i.priority, i.kind, i.id))


def queue(store: Store, *, pending_only: bool = True, audit: bool = False) -> list[QueueItem]:
    """Every record that needs a person, most urgent first (``pending_only``: not yet accepted or rejected).
    ``audit`` holds each claim against the record (slower: one audit per claim)."""
    flags: dict[str, int] = {}
    claims = store.claims()
    if audit:
        from sitrep.analyze.audit import audit_claim

        for claim in claims:
            try:
                flags[claim.id] = len(audit_claim(store, claim.id).flagged)
            except SitrepError:
                flags[claim.id] = 0
    items = queue_items(store, store.events(), claims, audit_flags=flags)
    return [i for i in items if not pending_only or i.state not in ("accepted", "rejected")]


def spans_of(record: Event | Claim) -> list[tuple[str, Span]]:
    """Every span behind a record, by field: its ``spans``, the spans of each field's evidence, and the spans its
    values carry (place, counts, figures), without repeats."""
    found: list[tuple[str, Span]] = list(record.spans.items())
    if isinstance(record, Event):
        found += [(name, s) for name, evidence in record.trace.items() for s in evidence.spans]
        found += [(name, getattr(record, name).span) for name in ("place", "killed", "wounded",
                                                                   "killed_or_wounded", "captured")
                  if getattr(record, name) is not None and getattr(record, name).span is not None]
    else:
        found += [(f"figure:{f.measure}", f.span) for f in record.figures if f.span is not None]
    seen: set[tuple[str, int, int]] = set()
    out = []
    for name, span in found:
        if (name, span.start, span.end) not in seen:
            seen.add((name, span.start, span.end))
            out.append((name, span))
    return out
