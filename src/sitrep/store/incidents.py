"""Incident links in the store: reading events for linking, writing incident ids.

The one write here, :func:`assign`, goes through ``Store._write`` (and so through
:func:`sitrep.store.database.transaction`): ``events.incident_id`` and the ``incident_links`` row of each event
change together or not at all. :func:`load_events` reads whole events (with their spans) by date ranges, incident
or id; :func:`load_link_events` reads what the pair score needs of the events that share a date window and a
country or admin1 unit with given blocks (:class:`Block`), so an incremental linking run loads only the days and
places it needs, as light records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

import duckdb
from pydantic import TypeAdapter

from sitrep.model import Count, Document, Event, Place, trusted_record, trusted_span
from sitrep.store import rows
from sitrep.store.store import CURRENT_DOCUMENTS, Store

Method = Literal["linked", "unlinked"]
METHODS = ("linked", "unlinked")


def load_events(store: Store, *, unlinked: bool = False, ranges: Sequence[tuple[date, date]] | None = None,
                event_ids: Collection[str] | None = None,
                incident_ids: Collection[str] | None = None, exclude: Collection[str] = ()) -> list[Event]:
    """Stored events of current documents, whole, by document then position. Filters combine:

    ``unlinked``: only events without an incident; ``ranges``: only events whose ``date_start`` lies in one of
    these inclusive (first, last) ranges; ``event_ids`` / ``incident_ids``: only these events / incidents;
    ``exclude``: not these events (those a caller already holds). Events of superseded and forgotten documents are
    never returned: they take no part in linking, incidents, trends or audits.
    """
    clauses: list[str] = [f"e.document_id IN {CURRENT_DOCUMENTS}"]
    params: list[Any] = []
    if unlinked:
        clauses.append("e.incident_id IS NULL")
    if ranges is not None:
        if not ranges:
            return []
        clauses.append("(" + " OR ".join("e.date_start BETWEEN ? AND ?" for _ in ranges) + ")")
        params += [d for pair in ranges for d in pair]
    where = _where(clauses, params, event_ids=event_ids, incident_ids=incident_ids, exclude=exclude)
    if where is None:
        return []
    # The order comes from a join on the ids alone, the rows from the events table alone: joining documents while
    # carrying every event column made a lookup of a few events take 10-15 ms (measured), this about a third of it.
    order = [row["id"] for row in store._select(
        f"SELECT e.id FROM events e JOIN documents d ON d.id = e.document_id {where} ORDER BY d.seq, e.ordinal",
        params)]
    if not order:
        return []
    by_id = {row["id"]: row for row in store._select(
        "SELECT * FROM events WHERE id IN (SELECT unnest(?::VARCHAR[]))", [order])}
    found = [by_id[i] for i in order if i in by_id]
    spans = _spans(store, [row["id"] for row in found])
    return [rows.event_from_row(row, spans[row["id"]]) for row in found]


@dataclass(frozen=True)
class Block:
    """Where and when a new event may meet stored ones: dates ``first``..``last`` (inclusive) in ``country``
    (None: anywhere) and admin1 ``unit`` (its ISO code or, without one, its name; None: anywhere in the country).

    ``tier`` narrows which stored events of the block are wanted by how they are dated: 0 all of them; 1 all but
    those dated to the day (``time_precision`` 1) whose stored linking features (``link_features``, of the
    ``version`` given to :func:`link_where`) say the act was not at night; 2 only those not dated to the day.
    Linking asks for the days around a new report that a report dated to the day cannot link with (see
    the linking stage's ``_reach``) in a higher tier. The night flag counts only from a feature row that is current
    (its ``written`` stamp the event's now: a re-extraction keeps event ids but may change the text the flag comes
    from, and gives the event a new stamp); without one the event is read."""

    first: date
    last: date
    country: str | None = None
    unit: str | None = None
    tier: int = 0


_LINK_PLACES = TypeAdapter(list[Place])
_LINK_COLUMNS = ("id", "document_id", "date_start", "time_precision", "event_type", "sub_event_type", "tactics",
                 "actor1", "actor2", *rows.PLACE_COLUMNS.values(), "killed_best", "killed_vague", "wounded_best",
                 "wounded_vague", "places", "status", "incident_id")



def _where(clauses: list[str], params: list[Any], *, event_ids: Collection[str] | None,
           incident_ids: Collection[str] | None, exclude: Collection[str] = ()) -> str | None:
    """The WHERE clause of an events selection: ``clauses`` plus the id filters both loaders share (``params``
    grows with their values) and :func:`load_events`' ``exclude``. None when an empty id list means nothing can
    match."""
    for column, values in (("e.id", event_ids), ("e.incident_id", incident_ids)):
        if values is not None:
            if not values:
                return None
            clauses.append(f"{column} IN (SELECT unnest(?::VARCHAR[]))")
            params.append(list(values))
    if exclude:
        clauses.append("e.id NOT IN (SELECT unnest(?::VARCHAR[]))")
        params.append(list(exclude))
    return ("WHERE " + " AND ".join(clauses)) if clauses else ""


def link_where(*, unlinked: bool = False, blocks: Sequence[Block] | None = None,
               event_ids: Collection[str] | None = None, incident_ids: Collection[str] | None = None,
               version: int | None = None) -> tuple[str, list[Any]] | None:
    """The WHERE clause (over ``events e``) and its parameters of :func:`load_link_events`'s filters, for it and
    for :func:`sitrep.store.link_features.read`; None when nothing can match. ``version``: the linking features'
    version, for blocks of a tier above 0 (without it, such blocks take every stored event of their dates)."""
    # As load_events: superseded and forgotten versions take no part in linking.
    clauses: list[str] = [f"e.document_id IN {CURRENT_DOCUMENTS}"]
    params: list[Any] = []
    if unlinked:
        clauses.append("e.incident_id IS NULL")
    if blocks is not None:
        if not blocks:
            return None
        # Blocks as a relation of (day, country, unit, tier), one row per day of each block, joined on the day: an
        # equality join (a hash join, one pass over the events) where joining on the range (date_start BETWEEN)
        # made DuckDB test every event against every block of a run (measured: 0.15 CPU s of 0.42 s reading the
        # features of 46,000 stored events for 354 blocks, the day join 0.04 s; the same events). (A correlated
        # EXISTS instead of the IN planned worse once the tier was in it: 12 s.)
        #
        # The join carries only the columns the place test needs, and each event comes out once with the lowest
        # tier of the blocks it falls in (an event falls in a block of tier t when t <= its own tier, see Block, so
        # the lowest decides). Its own tier is looked up (its feature row joined on the event's id and stamp) only
        # where that lowest is 1 and it is dated to the day: testing the tier on every (event, block) match carried
        # the columns of the test (then 24, hashed) through the join (measured on the 100,000-event bench store: 0.08
        # CPU s against 0.06 for the same 22,000 of 47,000 events met). The event's stamp comes along with the
        # match and finds the feature row alone: stamps are unique to event rows (a sequence value each, never
        # reused) and a feature row carries the stamp of the event row it was computed from, so an integer join on
        # it finds the same row as the event's id and stamp did, without going back to the events by row id
        # (measured with the final read's join on the stamp alone too: 0.129-0.137 -> 0.119-0.122 CPU s for the
        # same 22,186 rows).
        #
        # The day join also asks for the country where both sides know it (a hash join on the day and the country):
        # joined on the day alone, every event of a block's day in any country met the place test (measured on the
        # 100,000-event bench store: 897,000 matches for 47,000 events met, 316,000 with the country; the test's
        # text search is most of the join's cost). Blocks and events without a country (rare) meet every event and
        # block of their days in a branch of their own: the same matches, each once. The matches are grouped by the
        # events' row ids and the selection is of row ids (integer keys; the text ids cost 5 ms more in the tier
        # test alone).
        unit = ("(k.unit IS NULL OR x.admin1 IS NULL OR coalesce(x.admin1_code, x.admin1) = k.unit "
                "OR contains(x.places::VARCHAR, k.quoted))")
        picked = ("SELECT x.rowid AS r, k.tier, x.time_precision, x.written FROM events x "
                  "JOIN k ON x.date_start = k.day")
        branches = [f"{picked} AND x.country = k.country WHERE {unit}",
                    f"{picked} WHERE x.country IS NULL AND k.country IS NOT NULL"]
        if any(block.country is None for block in blocks):
            branches.append(f"{picked} WHERE k.country IS NULL")
        met = ("SELECT r, min(tier) AS tier, any_value(time_precision) AS precision, any_value(written) AS written "
               "FROM "
               "(WITH k AS MATERIALIZED (SELECT CAST(unnest(generate_series(b.lo, b.hi, INTERVAL 1 DAY)) AS DATE) "
               "AS day, b.country, b.unit, b.tier, '\"' || b.unit || '\"' AS quoted FROM (SELECT unnest(?::DATE[]) "
               "AS lo, unnest(?::DATE[]) AS hi, unnest(?::VARCHAR[]) AS country, unnest(?::VARCHAR[]) AS unit, "
               f"unnest(?::INTEGER[]) AS tier) b) {' UNION ALL '.join(branches)}) GROUP BY r")
        if version is None:
            clauses.append(f"e.rowid IN (SELECT r FROM ({met}))")
        else:
            clauses.append(
                f"e.rowid IN (WITH m AS ({met}) SELECT r FROM m WHERE m.tier = 0 OR m.precision IS DISTINCT FROM 1 "
                "UNION ALL SELECT m.r FROM m LEFT JOIN link_features f ON "
                f"f.written = m.written AND f.version = {int(version)} WHERE m.tier = 1 AND m.precision = 1 "
                "AND NOT coalesce(NOT f.night, false))")
        params += [[b.first for b in blocks], [b.last for b in blocks], [b.country for b in blocks],
                   [b.unit for b in blocks], [b.tier for b in blocks]]
    where = _where(clauses, params, event_ids=event_ids, incident_ids=incident_ids)
    return None if where is None else (where, params)


def link_event_ids(store: Store, *, unlinked: bool = False, blocks: Sequence[Block] | None = None,
                   event_ids: Collection[str] | None = None, incident_ids: Collection[str] | None = None
                   ) -> list[str]:
    """The ids of the events :func:`load_link_events` would read with these filters, in its order (by document,
    then position): a caller may then read their records a chunk at a time."""
    selection = link_where(unlinked=unlinked, blocks=blocks, event_ids=event_ids, incident_ids=incident_ids)
    if selection is None:
        return []
    where, params = selection
    return [row["id"] for row in store._select(
        f"SELECT e.id FROM events e JOIN documents d ON d.id = e.document_id {where} ORDER BY d.seq, e.ordinal",
        params)]


def load_link_events(store: Store, *, unlinked: bool = False, blocks: Sequence[Block] | None = None,
                     event_ids: Collection[str] | None = None, incident_ids: Collection[str] | None = None,
                     heads: dict[str, Document] | None = None) -> list[Event]:
    """Stored events as linking reads them, by document then position: only the columns the pair score and
    the analyze stage's ``locate`` look at, and of the spans only the ``event`` span (its text is the
    score's text term and the night rule's input). The records are built without validation (they come from the
    store, which validated them on the way in) and lack everything else (trace, source, other spans): they are for
    reading features, never for saving.

    Filters combine as in :func:`load_events`; ``blocks`` keeps the events that fall in one of them (an event
    without a country or an admin1 unit falls in every block of its dates and country: the geocoder may place it
    anywhere there; one that names a block's unit among its other places falls in it too). ``heads``, when given,
    receives the events' documents as :func:`load_document_heads` gives them, read in the same query.
    """
    selection = link_where(unlinked=unlinked, blocks=blocks, event_ids=event_ids, incident_ids=incident_ids)
    if selection is None:
        return []
    where, params = selection
    columns = ", ".join(f'e."{name}"' for name in _LINK_COLUMNS)
    # The events first, then the spans of those events only: a plain LEFT JOIN built its hash table on the whole
    # spans table (measured: 28 ms of 42 for 1,000 new events in the 100,000-event bench store, 111,000 spans).
    found = store._select(
        f"WITH sel AS MATERIALIZED (SELECT {columns}, d.seq AS sel_seq, e.ordinal AS sel_ordinal"
        f"{', left(d.text, 600) AS head' if heads is not None else ''} FROM events e "
        f"JOIN documents d ON d.id = e.document_id {where}) "
        "SELECT sel.* EXCLUDE (sel_seq, sel_ordinal), s.start AS span_start, s.\"end\" AS span_end, "
        "s.text AS span_text FROM sel LEFT JOIN (SELECT owner_id, start, \"end\", text FROM spans "
        "WHERE owner_kind = 'event' AND field = 'event' AND NOT from_value AND owner_id IN (SELECT id FROM sel)) s "
        "ON s.owner_id = sel.id ORDER BY sel.sel_seq, sel.sel_ordinal", params)
    if heads is not None:
        for row in found:
            if row["document_id"] not in heads:
                heads[row["document_id"]] = trusted_record(Document, {"id": row["document_id"], "text": row["head"]})
    return [_link_event(row) for row in found]


def _link_event(row: Mapping[str, Any]) -> Event:
    place = None
    if row["place_name"] is not None:
        place = trusted_record(Place, {name: row[column] for name, column in rows.PLACE_COLUMNS.items()})
    counts = {name: trusted_record(Count, {"best": row[f"{name}_best"], "vague": row[f"{name}_vague"]})
              for name in ("killed", "wounded") if row[f"{name}_vague"] is not None}
    spans = {}
    if row["span_text"] is not None:
        spans["event"] = trusted_span(row["span_start"], row["span_end"], row["span_text"])
    return trusted_record(Event, {
        "id": row["id"], "document_id": row["document_id"], "date_start": row["date_start"],
        "time_precision": row["time_precision"], "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"], "tactics": row["tactics"], "actor1": row["actor1"],
        "actor2": row["actor2"], "place": place, "places": _LINK_PLACES.validate_json(row["places"]),
        "status": row["status"], "incident_id": row["incident_id"], "spans": spans, **counts})


def load_document_heads(store: Store, document_ids: Iterable[str], length: int = 600) -> dict[str, Document]:
    """The stored documents with these ids, by id, holding only their id and the first ``length`` characters of
    their text (linking reads the dateline and, for an event without an ``event`` span, the opening): records for
    reading, never for saving."""
    ids = sorted(set(document_ids))
    if not ids:
        return {}
    found = store._select("SELECT id, left(text, ?) AS text FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                          [length, ids])
    return {row["id"]: trusted_record(Document, {"id": row["id"], "text": row["text"]}) for row in found}


def _spans(store: Store, event_ids: list[str]) -> defaultdict[str, list[dict[str, Any]]]:
    grouped: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    found = store._select(
        "SELECT * FROM spans WHERE owner_kind = 'event' AND owner_id IN (SELECT unnest(?::VARCHAR[])) "
        "ORDER BY owner_id, from_value, ordinal", [event_ids])
    for row in found:
        grouped[row["owner_id"]].append(row)
    return grouped


def load_documents(store: Store, document_ids: Iterable[str]) -> dict[str, Document]:
    """The stored documents with these ids, by id (ids not stored are left out)."""
    ids = sorted(set(document_ids))
    if not ids:
        return {}
    columns = ", ".join(f'"{name}"' for name in rows.DOCUMENT_COLUMNS)
    found = store._select(f"SELECT {columns} FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    return {row["id"]: rows.document_from_row(row) for row in found}


def pinned_events(store: Store) -> set[str]:
    """Events unlinked by hand: later linking runs leave them alone."""
    return {row["event_id"] for row in store._select(
        "SELECT event_id FROM incident_links WHERE method = 'unlinked'", [])}


def links(store: Store) -> list[dict[str, Any]]:
    """Every incident link: event_id, incident_id, method, linked_at; by incident, then event."""
    return store._select("SELECT event_id, incident_id, method, linked_at FROM incident_links "
                         "ORDER BY incident_id, event_id", [])


def assign(store: Store, assignments: Mapping[str, str], *, method: Method = "linked") -> int:
    """Set ``events.incident_id`` of each event in ``assignments`` (event id -> incident id) and record how
    (``method``), in one transaction through the store's write path. Returns the number of events changed.

    Event ids that are not stored are ignored (a concurrent re-extraction may have replaced them).
    """
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, not {method!r}")
    if not assignments:
        return 0
    return store._write(lambda con: assign_in(con, assignments, method=method),
                        what=f"link {len(assignments)} events to incidents")


def assign_in(con: duckdb.DuckDBPyConnection, assignments: Mapping[str, str], *, method: Method = "linked") -> int:
    """The body of :func:`assign`, for a caller already inside the store's write transaction (the review desk
    writes its log and the incident change together)."""
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, not {method!r}")
    if not assignments:
        return 0
    ids = list(assignments)
    incidents = [assignments[event_id] for event_id in ids]
    given = "(SELECT unnest(?::VARCHAR[]) AS event_id, unnest(?::VARCHAR[]) AS incident_id)"
    changed = con.execute(f"SELECT count(*) FROM {given} a JOIN events e ON e.id = a.event_id",
                          [ids, incidents]).fetchone()
    con.execute(f"UPDATE events SET incident_id = a.incident_id FROM {given} a WHERE events.id = a.event_id",
                [ids, incidents])
    con.execute("DELETE FROM incident_links WHERE event_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    con.execute(f"INSERT INTO incident_links (event_id, incident_id, method) "
                f"SELECT a.event_id, a.incident_id, ? FROM {given} a JOIN events e ON e.id = a.event_id",
                [method, ids, incidents])
    return int(changed[0]) if changed else 0
