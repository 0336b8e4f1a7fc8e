"""Incident links in the store: reading events for linking, writing incident ids.

The one write here, :func:`assign`, goes through ``Store._write`` (and so through
:func:`sitrep.store.database.transaction`): ``events.incident_id`` and the ``incident_links`` row of each event
change together or not at all. Reads select whole events (with their spans) by date ranges, incident or id, so an
incremental linking run loads only the days it needs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date
from typing import Any, Literal

import duckdb

from sitrep.model import Document, Event
from sitrep.store import rows
from sitrep.store.store import CURRENT_DOCUMENTS, Store

Method = Literal["linked", "unlinked"]
METHODS = ("linked", "unlinked")


def load_events(store: Store, *, unlinked: bool = False, ranges: Sequence[tuple[date, date]] | None = None,
                event_ids: Collection[str] | None = None,
                incident_ids: Collection[str] | None = None) -> list[Event]:
    """Stored events of current documents, whole, by document then position. Filters combine:

    ``unlinked``: only events without an incident; ``ranges``: only events whose ``date_start`` lies in one of
    these inclusive (first, last) ranges; ``event_ids`` / ``incident_ids``: only these events / incidents.
    Events of superseded and forgotten documents are never returned: they take no part in linking, incidents,
    trends or audits.
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
    for column, values in (("e.id", event_ids), ("e.incident_id", incident_ids)):
        if values is not None:
            if not values:
                return []
            clauses.append(f"{column} IN (SELECT unnest(?::VARCHAR[]))")
            params.append(list(values))
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
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
