"""The incidents an audit counts, as a SQL relation: one row per incident with the merged fields the audit reads.

:func:`sitrep.analyze.audit.audit_claim` holds each figure of a claim against this relation with one query
(``GROUP BY``-style aggregates filtered per figure), so a report that audits 25 claims over a 100,000-event store
never rebuilds the period's events as records. The relation (:meth:`AuditPool.relation`) has the columns
:data:`COLUMNS` and is the union of

- **single reports**, computed by DuckDB from the ``events`` table: events that are an incident of their own
  (never linked, or alone in their incident) and placed in a country. For such an event the merge rules of
  :mod:`sitrep.analyze.incidents` reduce to column expressions: the incident is the event, it is independently
  reported unless its status is ``claimed`` or its outlet speaks for its perpetrator, its perpetrator of record is
  its ``actor1`` unless that is a generic label and a claimant is named, and its figures are the event's best
  figures;
- **everything else**, merged in Python by :func:`sitrep.analyze.incidents.merge_all` and passed in as arrays:
  incidents of several reports (outlet independence, copied texts and majority votes need the documents' texts),
  and events without a country (the merge geocodes them from the dateline). On real data these are the linked
  incidents of the period; on a store of unlinked or singly reported events, none.

A single report from an outlet that speaks for some actor (al-Naba, Amaq) stays in SQL: whether the outlet speaks
for *this* report's perpetrator is decided in Python, on those few rows, and the query reads the list of the
reports it silences.

The two halves are computed by the same rules the records path uses; ``tests/test_audit_sql.py`` builds stores
where every case occurs and checks that both paths give the same rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sitrep.analyze.incidents import Incident, merge_all, unlinked_note
from sitrep.analyze.similarity import GENERIC_ACTORS
from sitrep.store import CURRENT_DOCUMENTS, Store
from sitrep.store import incidents as stored
from sitrep.taxonomy import ActorTable

COLUMNS = (
    "id",
    "event_id",
    "date_start",
    "independent",
    "actor1",
    "actor2",
    "target_category",
    "sub_event_type",
    "tactics",
    "country",
    "admin1",
    "admin1_code",
    "killed",
    "wounded",
    "killed_or_wounded",
    "captured",
)
"""Columns of the relation: the incident id, its single event's id ('' for a merged incident), the merged fields
the audit's facets test, and the best figure of each measure (``killed_or_wounded`` already summed as
:meth:`Incident.best` sums it)."""

_TYPES = (
    "VARCHAR",
    "VARCHAR",
    "DATE",
    "BOOLEAN",
    "VARCHAR",
    "VARCHAR",
    "VARCHAR",
    "VARCHAR",
    "VARCHAR[]",
    "VARCHAR",
    "VARCHAR",
    "VARCHAR",
    "BIGINT",
    "BIGINT",
    "BIGINT",
    "BIGINT",
)

# The URL's host as urllib's netloc reads it ("https://www.x.org/a" → "www.x.org"); outlet_of lowers it and drops
# "www." in Python, on the few distinct (source, host) pairs.
_HOST = "regexp_extract(d.url, '^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*)', 1)"


def _best(name: str) -> str:
    # A Count is stored when its _vague column is set; a missing one adds nothing (Incident.best gives 0).
    return f"CASE WHEN e.{name}_vague IS NOT NULL THEN coalesce(e.{name}_best, 0) ELSE 0 END"


_GENERIC = ", ".join("'" + name.replace("'", "''") + "'" for name in sorted(GENERIC_ACTORS))

SINGLE_SQL = (
    # merge(): the perpetrator of record is the named (non-generic) actor1, else the claimant, else actor1 as
    # given; the target is actor2 unless it repeats the perpetrator.
    "SELECT id, event_id, date_start, independent, actor1, CASE WHEN actor2 <> '' AND actor2 IS DISTINCT FROM "
    "actor1 THEN actor2 END AS actor2, target_category, sub_event_type, tactics, country, admin1, admin1_code, "
    "killed, wounded, killed_or_wounded, captured FROM ("
    "SELECT coalesce(e.incident_id, left(sha256('incident:' || e.id), 16)) AS id, e.id AS event_id, e.date_start, "
    "e.status <> 'claimed' AND e.id NOT IN (SELECT unnest($silenced::VARCHAR[])) AS independent, "
    f"CASE WHEN e.actor1 <> '' AND e.actor1 NOT IN ({_GENERIC}) THEN e.actor1 WHEN e.claimant <> '' THEN e.claimant "
    "WHEN e.actor1 <> '' THEN e.actor1 END AS actor1, e.actor2, nullif(e.target_category, '') AS target_category, "
    "nullif(e.sub_event_type, '') AS sub_event_type, coalesce(e.tactics, []::VARCHAR[]) AS tactics, e.country, "
    f"e.admin1, e.admin1_code, {_best('killed')} AS killed, {_best('wounded')} AS wounded, "
    f"{_best('killed')} + {_best('wounded')} + {_best('killed_or_wounded')} AS killed_or_wounded, "
    f"{_best('captured')} AS captured FROM events e WHERE e.document_id IN {CURRENT_DOCUMENTS} "
    "AND e.date_start BETWEEN $start AND $end AND e.id NOT IN (SELECT unnest($merged_events::VARCHAR[])))"
)
"""The single reports of a period (module docstring); ``$merged_events`` are the period's events merged in
Python instead."""


@dataclass
class PeriodPool:
    """The incidents of one period: the SQL relation's parameters and the incidents merged in Python."""

    start: date
    end: date
    merged: list[Incident]
    """Incidents of several reports, unplaced or from a speaking outlet, merged from records (module docstring)."""
    merged_events: list[str]
    """Events of the period left out of the single reports (they belong to ``merged`` or to an incident dated
    outside the period)."""
    silenced: list[str] = field(default_factory=list)
    """Single reports whose outlet speaks for their own perpetrator (its media): not independent."""
    values: dict[str, list[str]] = field(default_factory=dict)
    """Distinct actor1, actor2 and admin1 values of the relation: alias and name matching happen in Python on
    these few values, and the query tests membership."""

    _params: dict[str, Any] | None = None
    held: str | None = None
    """The temporary table holding the relation's rows (:meth:`AuditPool.period` makes it), once there is one."""

    def params(self) -> dict[str, Any]:
        """The named parameters of :meth:`relation` (none once the rows are held in a table)."""
        if self.held is not None:
            return {}
        if self._params is None:
            rows = _rows(self.merged)
            self._params = {
                "start": self.start,
                "end": self.end,
                "merged_events": self.merged_events,
                "silenced": self.silenced,
                **{f"m_{name}": [getattr(row, name) for row in rows] for name in COLUMNS},
            }
        return self._params

    def relation(self) -> str:
        """``pool AS (…)``: a WITH entry for the relation; its parameters are :meth:`params`."""
        if self.held is not None:
            return f"pool AS (SELECT * FROM {self.held})"
        merged = ", ".join(f"unnest($m_{name}::{kind}[]) AS {name}" for name, kind in zip(COLUMNS, _TYPES, strict=True))
        return f"pool AS ({SINGLE_SQL} UNION ALL SELECT {merged})"


@dataclass
class _Row:
    id: str
    event_id: str
    date_start: date | None
    independent: bool
    actor1: str | None
    actor2: str | None
    target_category: str | None
    sub_event_type: str | None
    tactics: list[str]
    country: str | None
    admin1: str | None
    admin1_code: str | None
    killed: int
    wounded: int
    killed_or_wounded: int
    captured: int


def _rows(found: Sequence[Incident]) -> list[_Row]:
    return [
        _Row(
            i.id,
            "",
            i.date_start,
            i.status in ("reported", "confirmed"),
            i.actor1,
            i.actor2,
            i.target_category,
            i.sub_event_type,
            list(i.tactics),
            i.place.country if i.place else None,
            i.place.admin1 if i.place else None,
            i.place.admin1_code if i.place else None,
            i.best("killed"),
            i.best("wounded"),
            i.best("killed_or_wounded"),
            i.best("captured"),
        )
        for i in found
    ]


class AuditPool:
    """The audit relation of each period asked for, computed once per period (a report audits up to 25 claims,
    and a group's bulletins of one month share their period). For one reading of the store."""

    def __init__(self, store: Store, *, actors: ActorTable | None = None) -> None:
        self.store = store
        self._tables = ExitStack()
        self.actors = actors if actors is not None else ActorTable.load()
        self._periods: dict[tuple[date, date], PeriodPool] = {}
        self._speaking: tuple[list[str | None], list[str | None]] | None = None
        self._multi: dict[str, date | None] | None = None
        self._unlinked: tuple[str | None] | None = None

    def __enter__(self) -> AuditPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Drop the periods' temporary tables (they live in memory until the store closes otherwise)."""
        self._tables.close()
        self._periods.clear()

    def unlinked_note(self) -> str | None:
        """:func:`sitrep.analyze.incidents.unlinked_note`, read once."""
        if self._unlinked is None:
            self._unlinked = (unlinked_note(self.store),)
        return self._unlinked[0]

    def multi(self) -> dict[str, date | None]:
        """Linked incidents of several current reports, with their first date (the one the merge dates them by);
        read once for all periods."""
        if self._multi is None:
            self._multi = {
                r["incident_id"]: r["first"]
                for r in self.store.query(
                    "SELECT incident_id, min(date_start) AS first FROM events WHERE incident_id IS NOT NULL "
                    f"AND document_id IN {CURRENT_DOCUMENTS} GROUP BY ALL HAVING count(*) > 1"
                )
            }
        return self._multi

    def period(self, start: date, end: date) -> PeriodPool:
        """The incidents whose first date falls in ``start``..``end`` (both inclusive)."""
        if (start, end) not in self._periods:
            self._periods[(start, end)] = self._read(start, end)
        return self._periods[(start, end)]

    def speaking_sources(self) -> tuple[list[str | None], list[str | None]]:
        """(sources, hosts): the (``Document.source``, URL host) pairs whose outlet speaks for an actor (its media,
        or the actor itself), decided by :func:`sitrep.analyze.incidents._speaks_for` on the distinct pairs."""
        if self._speaking is None:
            from sitrep.analyze.incidents import _speaks_for

            pairs = self.store.query(
                f"SELECT DISTINCT d.source, {_HOST} AS host FROM documents d WHERE d.id IN {CURRENT_DOCUMENTS}"
            )
            speaking = [
                (r["source"], r["host"])
                for r in pairs
                if _speaks_for(_outlet(r["source"], r["host"]), self.actors) is not None
            ]
            self._speaking = ([s for s, _ in speaking], [h for _, h in speaking])
        return self._speaking

    def _speaks(self, row: dict[str, Any]) -> bool:
        from sitrep.analyze.incidents import _speaks_for

        speaker = _speaks_for(_outlet(row["source"], row["host"]), self.actors)
        return _speaks_for_own(speaker, row["actor1"], row["claimant"], self.actors)

    def _read(self, start: date, end: date) -> PeriodPool:
        sources, hosts = self.speaking_sources()
        multi = self.multi()
        # Linked incidents of several current reports, with their first date: the one the merge dates them by.
        found = self.store.query(
            "WITH m AS (SELECT unnest($multi::VARCHAR[]) AS incident_id, unnest($first::DATE[]) AS first), "
            f"sp AS (SELECT d.id, d.source, {_HOST} AS host FROM documents d JOIN (SELECT "
            "unnest($sources::VARCHAR[]) AS source, unnest($hosts::VARCHAR[]) AS host) k "
            f"ON d.source IS NOT DISTINCT FROM k.source AND {_HOST} IS NOT DISTINCT FROM k.host) "
            "SELECT e.id, e.incident_id, e.date_start, m.first, m.incident_id IS NOT NULL AS multi, "
            "e.place_name IS NULL OR e.country IS NULL AS unplaced, e.actor1, e.claimant, e.status, sp.source, "
            "sp.host, sp.id IS NOT NULL AS speaking FROM events e LEFT JOIN m ON m.incident_id = e.incident_id "
            f"LEFT JOIN sp ON sp.id = e.document_id WHERE e.document_id IN {CURRENT_DOCUMENTS} AND ("
            "(e.date_start BETWEEN $start AND $end AND (m.incident_id IS NOT NULL OR e.place_name IS NULL "
            "OR e.country IS NULL OR sp.id IS NOT NULL)) OR m.first BETWEEN $start AND $end)",
            {
                "start": start,
                "end": end,
                "sources": sources,
                "hosts": hosts,
                "multi": list(multi),
                "first": list(multi.values()),
            },
        )
        # A single report from a speaking outlet stays in SQL: only its independence needs the alias table.
        silenced = sorted(
            r["id"]
            for r in found
            if r["speaking"] and not r["multi"] and not r["unplaced"] and r["status"] != "claimed" and self._speaks(r)
        )
        found = [r for r in found if r["multi"] or r["unplaced"]]
        merged_events = [r["id"] for r in found if r["date_start"] is not None and start <= r["date_start"] <= end]
        incident_ids = sorted(
            {r["incident_id"] for r in found if r["multi"] and r["first"] is not None and start <= r["first"] <= end}
        )
        alone = sorted({r["id"] for r in found if not r["multi"]})
        events = stored.load_events(self.store, incident_ids=incident_ids) if incident_ids else []
        events += stored.load_events(self.store, event_ids=alone) if alone else []
        merged: list[Incident] = []
        if events:  # without any, merge_all would still load the gazetteer (2 s) to place nothing
            documents = stored.load_documents(self.store, {e.document_id for e in events})
            merged = merge_all(events, documents, start=start, end=end, actors=self.actors)
        pool = PeriodPool(start, end, merged, merged_events, silenced)
        # The rows are held in a temporary table, once: binding the merged incidents as list parameters made
        # DuckDB plan each claim's query around thousands of constants (70 ms a query, planning alone).
        held = self._tables.enter_context(self.store.held(f"WITH {pool.relation()} SELECT * FROM pool", pool.params()))
        pool.held = held
        values = self.store.query(
            f"WITH {pool.relation()} SELECT list(DISTINCT actor1) AS actor1, list(DISTINCT actor2) AS actor2, "
            "list(DISTINCT admin1) AS admin1 FROM pool WHERE independent",
            pool.params(),
        )[0]
        pool.values = {name: [v for v in values[name] or [] if v is not None] for name in values}
        return pool


def _speaks_for_own(speaker: str | None, actor1: str | None, claimant: str | None, actors: ActorTable) -> bool:
    """Whether a single report's outlet speaking for ``speaker`` speaks for its perpetrator, as the merge's source
    notes decide it (the perpetrators: the named actor1, alias-normalised, and the claimant)."""
    perpetrators = {actors.canonical(actor1) or actor1} if actor1 and actor1 not in GENERIC_ACTORS else set()
    if claimant:
        perpetrators.add(claimant)
    return speaker is not None and any(actors.same_side(speaker, p) for p in perpetrators)


def _outlet(source: str | None, host: str | None) -> str | None:
    """:func:`sitrep.analyze.incidents.outlet_of` of a document with this source and URL host."""
    if source and source.strip():
        return " ".join(source.split())
    if host:
        return host.lower().removeprefix("www.") or None
    return None
