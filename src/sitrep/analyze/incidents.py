"""The incident view: the reports of one incident merged into one record, with every source listed.

Rules (:func:`merge`):

- **Date**: ``date_start`` is the earliest date any report gives, ``date_end`` the latest; the time precision is
  the best any report has, or 2 (a range) when the reports disagree on the day.
- **Place**: the most precise place any report gives (a locality before a district, a governorate, a country;
  a town named like its governorate, "Raqqa", counts as the governorate); among equally precise places, the one
  most reports name.
- **Type, tactics, actors**: the type and sub-event type most reports give (independent reports first), the
  union of tactics, the named perpetrator most reports give (a claimant counts as the perpetrator of record when
  no independent report names one), the target most reports give.
- **Counts** (killed, wounded, killed or wounded, captured), UCDP style: ``low`` is the lowest figure any report
  gives, ``best`` the highest *best* figure among the independent reports (a toll rises as follow-up reports find
  more dead; UCDP's best estimate is the most reliable, fullest count — the median would understate an incident
  whose first reports were early), ``high`` the highest figure of any report, the perpetrator's claim included. A
  perpetrator's claim thus widens ``high`` but sets ``best`` only when nobody else gives a figure.
- **Status**: a report is *independent* unless it is the perpetrator's claim (status ``claimed``), or its outlet
  speaks for a perpetrator or the claimant (its media, in the alias table: Amaq for the Islamic State), or its
  outlet is unknown (no ``Document.source`` and no URL). Independent reports from the same outlet count once, and
  so do reports whose texts are near-duplicates (one outlet copying another: at least 80% of the shorter text's
  word 5-grams appear in the other). ``confirmed`` is True when at least :data:`CONFIRMING_OUTLETS` (2)
  independent outlets report the incident, ``claimed`` when a perpetrator claimed it; both can be true.
  ``status`` is ``confirmed``, else ``reported`` when any report is not the perpetrator's (an outlet of unknown
  independence included), else ``claimed``.
- **Attribution**: the strongest any report gives (``claimed`` over ``denied`` over ``blamed``), with who made it:
  a wire's report of an attack the group later claimed is ``reported`` *and* ``claimed``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlparse

from pydantic import Field

from sitrep.analyze.similarity import GENERIC_ACTORS, Location, locate, seat_of_same_name, stable_id
from sitrep.geo import Gazetteer
from sitrep.model import Attribution, AttributionLevel, Count, Document, Event, Place, Record, Status
from sitrep.store import CURRENT_DOCUMENTS, Store
from sitrep.store import incidents as stored
from sitrep.taxonomy import ActorTable

CONFIRMING_OUTLETS = 2
"""Independent outlets needed for an incident to be ``confirmed``."""

COPY_CONTAINMENT = 0.8
"""Share of the shorter text's word 5-grams found in the other text above which two reports are one (copied)."""

COUNT_FIELDS = ("killed", "wounded", "killed_or_wounded", "captured")


class Source(Record):
    """One report of an incident: the event, its document and outlet, and whether it counts as independent."""

    event_id: str
    document_id: str
    outlet: str | None = Field(default=None, description="Document.source, else the URL's host.")
    url: str | None = None
    published: date | None = None
    status: Status = "reported"
    claimant: str | None = None
    independent: bool = Field(description="Counts towards confirmation (see the module docstring).")
    copy_of: str | None = Field(default=None, description="Document id of an earlier report this text copies.")
    note: str = Field(default="", description="Why the report is not independent, when it is not.")


class Incident(Record):
    """One incident, merged from all the reports linked to it (see the module docstring for the rules)."""

    id: str
    date_start: date | None = None
    date_end: date | None = None
    time_precision: int | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    tactics: list[str] = Field(default_factory=list)
    actor1: str | None = None
    actor2: str | None = None
    target_category: str | None = None
    place: Place | None = None
    killed: Count | None = None
    wounded: Count | None = None
    killed_or_wounded: Count | None = None
    captured: Count | None = None
    status: Status = "reported"
    claimed: bool = False
    confirmed: bool = False
    claimants: list[str] = Field(default_factory=list)
    attribution: AttributionLevel | None = Field(default=None, description="The strongest attribution any report "
                                                 "gives the act: claimed, else denied, else blamed; None when no "
                                                 "report ties it to anyone.")
    attributed_by: list[str] = Field(default_factory=list, description="Who claimed, blamed or denied it.")
    independent_outlets: int = 0
    sources: list[Source] = Field(default_factory=list)

    @property
    def event_ids(self) -> list[str]:
        """The ids of the events (reports) merged into this incident."""
        return [source.event_id for source in self.sources]

    def best(self, measure: str) -> int:
        """The best figure of a count field (0 when no report gives one); ``killed_or_wounded`` sums every
        casualty figure (killed, wounded and the combined one)."""
        if measure == "killed_or_wounded":
            return sum(self.best(name) for name in ("killed", "wounded")) + _best(self.killed_or_wounded)
        return _best(getattr(self, measure))


def _best(count: Count | None) -> int:
    return count.best if count is not None and count.best is not None else 0


def incident_key(event: Event) -> str:
    """The incident an event belongs to: its ``incident_id``, or for an event never linked the id linking would
    give it alone."""
    return event.incident_id or stable_id("incident", event.id)


def merge(incident_id: str, events: Sequence[Event], documents: Mapping[str, Document], *,
          gazetteer: Gazetteer | None = None, actors: ActorTable | None = None,
          locations: Mapping[str, Location] | None = None) -> Incident:
    """Merge the reports of one incident (see the module docstring)."""
    if not events:
        raise ValueError("an incident needs at least one event")
    gazetteer = gazetteer or Gazetteer.default()
    actors = actors if actors is not None else ActorTable.load()
    events = sorted(events, key=lambda e: (_published(e, documents) or date.max, e.date_start or date.max, e.id))
    sources = _sources(events, documents, actors)
    independent = {s.event_id for s in sources if s.independent}
    primary = [e for e in events if e.id in independent] or [e for e in events if e.status != "claimed"] or events
    fields: dict[str, Any] = {"id": incident_id, "sources": sources}
    fields.update(_dates(events))
    fields["event_type"], fields["sub_event_type"] = _most_common((e.event_type, e.sub_event_type) for e in primary
                                                                   if e.sub_event_type) or (None, None)
    fields["tactics"] = list(dict.fromkeys(t for e in events for t in e.tactics))
    named = [e.actor1 for e in primary if e.actor1 and e.actor1 not in GENERIC_ACTORS]
    claimants = list(dict.fromkeys(e.claimant for e in events if e.claimant))
    fields["actor1"] = _most_common(named) or (claimants[0] if claimants else None) or _most_common(
        e.actor1 for e in events if e.actor1)
    fields["actor2"] = _most_common(e.actor2 for e in primary if e.actor2 and e.actor2 != fields["actor1"])
    fields["target_category"] = _most_common(e.target_category for e in primary if e.target_category)
    where = locations or {}
    fields["place"] = _place([(e, where.get(e.id) or locate(e, documents.get(e.document_id), gazetteer))
                              for e in events])
    for name in COUNT_FIELDS:
        fields[name] = merge_counts([getattr(e, name) for e in events],
                                    [e.id in independent for e in events])
    groups = _outlet_groups([s for s in sources if s.independent])
    claimed = any(e.status == "claimed" for e in events) or any(s.note.startswith("outlet speaks") for s in sources)
    fields.update(claimed=claimed, confirmed=groups >= CONFIRMING_OUTLETS, claimants=claimants,
                  independent_outlets=groups)
    levels = [e.attribution for e in events if e.attribution is not None]
    levels += [Attribution(level="claimed", by=e.claimant) for e in events if e.attribution is None and e.claimant]
    if levels:
        strongest = min(levels, key=lambda a: ("claimed", "denied", "blamed").index(a.level))
        fields["attribution"] = strongest.level
        fields["attributed_by"] = list(dict.fromkeys(a.by for a in levels if a.level == strongest.level and a.by))
    third_party = any(not s.note.startswith(("claimed", "outlet speaks")) for s in sources)
    fields["status"] = ("confirmed" if groups >= CONFIRMING_OUTLETS else "reported" if third_party else "claimed")
    return Incident(**fields)


def _published(event: Event, documents: Mapping[str, Document]) -> date | None:
    document = documents.get(event.document_id)
    return document.published if document is not None else None


def _dates(events: Sequence[Event]) -> dict[str, Any]:
    dated = [e for e in events if e.date_start is not None]
    if not dated:
        return {}
    start = min(e.date_start for e in dated if e.date_start is not None)
    end = max((e.date_end or e.date_start) for e in dated if e.date_start is not None)
    precisions = [e.time_precision for e in dated if e.time_precision is not None]
    precision = min(precisions) if precisions else None
    if precision is not None and end != start:
        precision = max(precision, 2)
    return {"date_start": start, "date_end": end, "time_precision": precision}


def _most_common(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v is not None)
    return counts.most_common(1)[0][0] if counts else None


def _place(located: Sequence[tuple[Event, Location]]) -> Place | None:
    """The most precise place of the reports: the geo stage's place where it set one, else the linking location;
    at equal precision a place naming a locality first, then the one most reports name, then the earliest."""
    places = []
    for n, (event, location) in enumerate(located):
        place = event.place if event.place is not None and event.place.country else location.place(event.place)
        if place is not None:
            places.append((place, n))
    if not places:
        return None
    votes = Counter((p.locality or p.name).lower() for p, _ in places)

    def precision(place: Place) -> int:
        # "Raqqa" read as the city is as likely the province: no more precise than the province.
        return 3 if seat_of_same_name(place) else place.geo_precision or 9

    return min(places, key=lambda item: (precision(item[0]), item[0].locality is None,
                                         -votes[(item[0].locality or item[0].name).lower()], item[1]))[0]


def merge_counts(counts: Sequence[Count | None], independent: Sequence[bool]) -> Count | None:
    """UCDP-style low/best/high across reports (see the module docstring); None when no report gives a figure."""
    given = [(c, ind) for c, ind in zip(counts, independent, strict=True)
             if c is not None and (c.best is not None or c.low is not None or c.high is not None)]
    if not given:
        return None
    lows = [c.low if c.low is not None else c.best for c, _ in given]
    highs = [v for c, _ in given for v in (c.high, c.best) if v is not None]
    trusted = [c for c, ind in given if ind and c.best is not None] or [c for c, _ in given if c.best is not None]
    best = max((c.best for c in trusted if c.best is not None), default=None)
    low = min((v for v in lows if v is not None), default=None)
    high = max(highs, default=None)
    if best is not None and low is not None:
        low = min(low, best)
    vague = any(c.vague for c in trusted if c.best == best)
    return Count(low=low, best=best, high=high, vague=vague)


# -- independence --------------------------------------------------------------------------------------------------

def outlet_of(document: Document | None) -> str | None:
    """The outlet of a document: its ``source``, else its URL's host (without ``www.``); None when unknown."""
    if document is None:
        return None
    if document.source and document.source.strip():
        return " ".join(document.source.split())
    if document.url:
        host = urlparse(document.url).netloc.lower()
        return host.removeprefix("www.") or None
    return None


def _sources(events: Sequence[Event], documents: Mapping[str, Document], actors: ActorTable) -> list[Source]:
    perpetrators = {actors.canonical(e.actor1) or e.actor1 for e in events
                    if e.actor1 and e.actor1 not in GENERIC_ACTORS}
    perpetrators |= {e.claimant for e in events if e.claimant}
    sources: list[Source] = []
    shingles: dict[str, frozenset[int]] = {}
    kept: list[Source] = []
    for event in events:
        document = documents.get(event.document_id)
        outlet = outlet_of(document)
        speaks_for = _speaks_for(outlet, actors)
        note = ""
        if event.status == "claimed":
            note = f"claimed by {event.claimant or 'the perpetrator'}"
        elif speaks_for is not None and any(actors.same_side(speaks_for, p) for p in perpetrators):
            note = f"outlet speaks for {speaks_for}"
        elif outlet is None:
            note = "outlet unknown"
        copy_of = None
        if not note and document is not None:
            shingles[document.id] = _shingles(document.text)
            for earlier in kept:
                if earlier.document_id != document.id and _contained(shingles[earlier.document_id],
                                                                     shingles[document.id]):
                    copy_of = earlier.document_id
                    break
        if copy_of is not None:
            note = f"copies the text of document {copy_of}"
        source = Source(event_id=event.id, document_id=event.document_id, outlet=outlet,
                        url=document.url if document else None, published=document.published if document else None,
                        status=event.status, claimant=event.claimant, independent=not note, copy_of=copy_of,
                        note=note)
        sources.append(source)
        if source.independent:
            kept.append(source)
    return sources


def _speaks_for(outlet: str | None, actors: ActorTable) -> str | None:
    if outlet is None:
        return None
    actor = actors.get(outlet)
    if actor is None:
        return None
    return actor.owner if actor.kind == "media" else actor.canonical


def _outlet_groups(sources: Sequence[Source]) -> int:
    """Independent outlets: reports of one outlet count once, and so do a text and its copies."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    by_document = {s.document_id: s for s in sources}
    for source in sources:
        union(f"doc:{source.document_id}", f"outlet:{source.outlet}")
        if source.copy_of is not None and source.copy_of in by_document:
            union(f"doc:{source.document_id}", f"doc:{source.copy_of}")
    return len({find(f"doc:{s.document_id}") for s in sources})


_TOKEN = re.compile(r"\w+")


def _shingles(text: str, size: int = 5) -> frozenset[int]:
    words = _TOKEN.findall(text.lower())
    if len(words) < size:
        return frozenset([hash(tuple(words))]) if words else frozenset()
    return frozenset(hash(tuple(words[k:k + size])) for k in range(len(words) - size + 1))


def _contained(a: frozenset[int], b: frozenset[int]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= COPY_CONTAINMENT


# -- the store -----------------------------------------------------------------------------------------------------

def incidents(store: Store, *, incident_id: str | None = None, start: date | None = None, end: date | None = None,
              gazetteer: Gazetteer | None = None, actors: ActorTable | None = None) -> list[Incident]:
    """The store's incidents, merged from their reports, by date then id.

    Events never linked are incidents of their own. ``incident_id`` selects one incident; ``start``/``end``
    (inclusive) those whose ``date_start`` falls in the range (incidents without a date only when no range is
    given).
    """
    if incident_id is not None:
        events = stored.load_events(store, incident_ids=[incident_id])
        if not events:
            events = [e for e in stored.load_events(store, unlinked=True) if incident_key(e) == incident_id]
    elif start is not None or end is not None:
        lo = (start or date.min + timedelta(days=10)) - timedelta(days=7)
        hi = (end or date.max - timedelta(days=10)) + timedelta(days=7)
        events = stored.load_events(store, ranges=[(lo, hi)])
        linked = {e.incident_id for e in events if e.incident_id}
        known = {e.id for e in events}
        # Only the members outside the range: reading the range's events again as records cost as much again.
        events += stored.load_events(store, incident_ids=sorted(linked), exclude=known)
    else:
        events = stored.load_events(store)
    return merge_all(events, stored.load_documents(store, {e.document_id for e in events}), start=start, end=end,
                     gazetteer=gazetteer, actors=actors)


def merge_all(events: Iterable[Event], documents: Mapping[str, Document], *, start: date | None = None,
              end: date | None = None, gazetteer: Gazetteer | None = None,
              actors: ActorTable | None = None) -> list[Incident]:
    """Group events by incident and merge each group; keep those dated within [start, end] when given."""
    gazetteer = gazetteer or Gazetteer.default()
    actors = actors if actors is not None else ActorTable.load()
    groups: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        groups[incident_key(event)].append(event)
    merged = [merge(key, group, documents, gazetteer=gazetteer, actors=actors) for key, group in groups.items()]
    if start is not None or end is not None:
        merged = [i for i in merged if i.date_start is not None and (start is None or i.date_start >= start)
                  and (end is None or i.date_start <= end)]
    return sorted(merged, key=lambda i: (i.date_start or date.max, i.id))


def unlinked_count(store: Store) -> int:
    """Events that linking has not seen yet: each still counts as an incident of its own."""
    return int(store.query("SELECT count(*) AS n FROM events WHERE incident_id IS NULL "
                           f"AND document_id IN {CURRENT_DOCUMENTS}")[0]["n"])


def unlinked_note(store: Store) -> str | None:
    """A note for reports built on incidents when some events are not linked yet; None when all are."""
    n = unlinked_count(store)
    if not n:
        return None
    return f"{n} events are not linked yet and each counts as an incident; run: sitrep link"

