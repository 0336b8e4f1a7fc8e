"""The numbers of a period report, each one SQL query over the ``events`` table.

Conventions (the page's footer repeats them in one line):

- **Incidents, not reports.** Events sharing an ``incident_id`` (the same incident told by several documents) count
  once, through the best-attested report: confirmed before reported before claimed, then the highest confidence,
  then the lowest id. Events without an ``incident_id`` are incidents of their own.
- **Casualties** add each incident's *best* figure; the range adds the *low* figures (best where there is no
  low) and the *high* figures (best where no upper bound was given: "at least 4" adds 4 to the high end as well).
  A missing figure adds nothing. ``killed_or_wounded`` is the combined figure of incidents that give only that.
- **Only claimed**: an incident every report of which has status ``claimed`` (told only by the perpetrator).
- **Located**: events with coordinates. The map shades admin-1 units by incidents and draws as points the
  incidents placed at a locality or near one (precision 1–2); a point for a governorate's centre would mislead.

All of it is computed by DuckDB; Python receives only aggregates (tens of rows), so a report over millions of
events costs the same memory as one over a hundred.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sitrep.model import Claim
from sitrep.report.filters import EventFilter
from sitrep.store import CURRENT_DOCUMENTS, Store

STATUS_RANK = "CASE e.status WHEN 'confirmed' THEN 0 WHEN 'reported' THEN 1 ELSE 2 END"
UNKNOWN = "(not stated)"
UNIDENTIFIED = "Unidentified / not named"

FACETS: dict[str, tuple[str, str, str]] = {
    # key: (title, SQL expression over `incidents`, what a missing value means)
    "sub_event_type": ("By type of event", "coalesce(sub_event_type, event_type)", UNKNOWN),
    "tactic": ("By tactic", "tactic", UNKNOWN),
    "target_category": ("By target", "target_category", UNKNOWN),
    "admin1": ("By governorate / province", "admin1", "(place unknown)"),
    # "Unidentified Armed Group" (extraction's name for gunmen no one names) and no perpetrator at all are one bar.
    "actor1": ("By perpetrator", "nullif(actor1, 'Unidentified Armed Group')", UNIDENTIFIED),
}
"""The breakdowns every period report shows, in page order. ``tactic`` unnests the tactics list: an incident with
two tactics counts under both, and one with none under "(not stated)"."""

FACET_FILTER_OPTION = {"sub_event_type": "--event-type", "tactic": "--event-type", "admin1": "--admin1",
                       "actor1": "--actor"}
"""The ``sitrep events`` option that selects a breakdown's row, where there is one."""


def incidents_sql(filters: EventFilter) -> tuple[str, list[Any]]:
    """``WITH incidents AS (…)``: the filtered events, one row per incident (see the module docstring)."""
    where, params = filters.where("e")
    # Only linked events need the window; the rest are incidents as they stand. Ranking every event would cost
    # a sort of the whole selection in each of the report's dozen queries.
    sql = (f"WITH selected AS (SELECT e.* FROM events e WHERE {where}), "
           "incidents AS (SELECT * FROM selected WHERE incident_id IS NULL UNION ALL "
           "SELECT * FROM selected e WHERE incident_id IS NOT NULL "
           f"QUALIFY row_number() OVER (PARTITION BY e.incident_id "
           f"ORDER BY {STATUS_RANK}, e.confidence DESC NULLS LAST, e.id) = 1) ")
    return sql, params


def headline_sql() -> str:
    """The SELECT (after :func:`incidents_sql`) of the headline numbers; the HTML tests run it too."""
    parts = ["count(*) AS events", "count(*) FILTER (WHERE status = 'claimed') AS only_claimed"]
    for name in ("killed", "wounded", "killed_or_wounded"):
        parts += [f"coalesce(sum({name}_best), 0) AS {name}",
                  f"coalesce(sum(coalesce({name}_low, {name}_best)), 0) AS {name}_low",
                  f"coalesce(sum(coalesce({name}_high, {name}_best, {name}_low)), 0) AS {name}_high"]
    parts += ["min(date_start) AS first_date", "max(coalesce(date_end, date_start)) AS last_date",
              "count(*) FILTER (WHERE latitude IS NOT NULL AND longitude IS NOT NULL) AS located"]
    return "SELECT " + ", ".join(parts) + " FROM incidents"


@dataclass
class FacetRow:
    """One bar of a breakdown: its label (None when not stated), incidents and killed (best)."""

    value: str | None
    events: int
    killed: int


@dataclass
class Breakdown:
    """A breakdown's first rows (most incidents first) and its totals over all rows, shown or not."""

    rows: list[FacetRow]
    events: int
    """Incidents over all rows (for tactics: incident–tactic pairs)."""
    killed: int
    values: int
    """How many distinct values the breakdown has in all."""

    def rest(self, shown: int) -> FacetRow | None:
        """The rows after the first ``shown`` folded into one ("other"), or None when there are none."""
        if self.values <= shown:
            return None
        head = self.rows[:shown]
        return FacetRow(None, self.events - sum(r.events for r in head), self.killed - sum(r.killed for r in head))


@dataclass
class PeriodSummary:
    """Everything a period page shows, as plain numbers."""

    filters: EventFilter
    headline: dict[str, Any]
    countries: list[tuple[str | None, int]]
    facets: dict[str, Breakdown]
    daily: list[tuple[date, str, int]]
    """(day, status, incidents) of the dated incidents; the timeline bins them from the period's first day."""
    admin1: list[tuple[str | None, str | None, str | None, int]]
    """(country, admin1_code, admin1, incidents) of incidents with an admin-1 unit."""
    admin2: list[tuple[str | None, str | None, str | None, int]]
    """(country, admin1_code, admin2, incidents): filled when one admin-1 unit is selected (a district map)."""
    points: list[tuple[float, float, int]]
    """(longitude, latitude, incidents) of incidents placed at or near a locality, merged to 0.05°."""
    documents: int
    outlets: list[tuple[str, int]]
    """(outlet, documents) of the documents the selected events come from, most documents first; documents whose
    outlet is not recorded are counted in ``unattributed``, never as an outlet."""
    unattributed: int = 0
    point_countries: list[str | None] = field(default_factory=list)
    """The country of each of ``points``, in the same order (a map draws each point on its country's panel)."""
    reviewed: tuple[int, int] = (0, 0)
    """(events a reviewer accepted, events selected): the page says how much of it people checked."""
    drill: dict[str, dict[str | None, list[str]]] = field(default_factory=dict)
    """Facet → value → ids of the incidents behind it (at most ``drill_limit``), for the HTML report's links."""

    @property
    def period(self) -> tuple[date | None, date | None]:
        """The period the page covers: the filter's bounds where set, else the events' first and last dates."""
        return (self.filters.since or self.headline["first_date"], self.filters.until or self.headline["last_date"])


def period_summary(store: Store, filters: EventFilter, *, top: int = 40, drill_limit: int = 0) -> PeriodSummary:
    """Query every number of a period page. ``top`` caps each breakdown (the rest are counted by the page as
    "other"); ``drill_limit`` > 0 also lists, per breakdown row, the ids of that many incidents behind it."""
    cte, params = incidents_sql(filters)
    # The selection and its one-row-per-incident window are computed once into a temporary table, not in each of
    # the page's twenty queries (at 100,000 events each query then costs a tenth).
    with store.held(cte + f"SELECT {', '.join(SUMMARY_COLUMNS)} FROM incidents", params) as table:
        return _period_summary(store, filters, f"WITH incidents AS (SELECT * FROM {table}) ", top=top,
                               drill_limit=drill_limit)


SUMMARY_COLUMNS = (
    "id", "status", "date_start", "date_end", "event_type", "sub_event_type", "tactics", "actor1",
    "target_category", "country", "admin1", "admin1_code", "admin2", "latitude", "longitude", "geo_precision",
    *(f"{name}_{part}" for name in ("killed", "wounded", "killed_or_wounded") for part in ("low", "best", "high")),
)
"""The columns of the incidents a period page's queries read."""


def _period_summary(store: Store, filters: EventFilter, cte: str, *, top: int, drill_limit: int) -> PeriodSummary:
    def q(select: str, extra: list[Any] | None = None) -> list[dict[str, Any]]:
        return store.query(cte + select, extra or [])

    headline = q(headline_sql())[0]
    countries = [(r["country"], int(r["n"])) for r in q(
        "SELECT country, count(*) AS n FROM incidents GROUP BY 1 ORDER BY n DESC, country")]
    facets: dict[str, Breakdown] = {}
    drill: dict[str, dict[str | None, list[str]]] = {}
    for key, (_title, expression, _missing) in FACETS.items():
        # Tactics unnest in the select list (a lateral join here costs ten times as much at 100,000 events).
        source = "(SELECT id, date_start, killed_best, unnest(CASE WHEN len(tactics) = 0 THEN [NULL::VARCHAR] " \
            "ELSE tactics END) AS tactic FROM incidents)" if key == "tactic" else "incidents"
        # The window sums run over every group before LIMIT: the totals of the rows not shown come for free.
        rows = q(f"SELECT {expression} AS value, count(*) AS events, coalesce(sum(killed_best), 0) AS killed, "
                 f"sum(count(*)) OVER () AS all_events, sum(coalesce(sum(killed_best), 0)) OVER () AS all_killed, "
                 f"count(*) OVER () AS all_values FROM {source} GROUP BY 1 "
                 f"ORDER BY events DESC, killed DESC, value NULLS LAST LIMIT {int(top)}")
        facets[key] = Breakdown([FacetRow(r["value"], int(r["events"]), int(r["killed"])) for r in rows],
                                int(rows[0]["all_events"]) if rows else 0, int(rows[0]["all_killed"]) if rows else 0,
                                int(rows[0]["all_values"]) if rows else 0)
        if drill_limit > 0:
            found = q(f"SELECT value, id FROM (SELECT {expression} AS value, id, row_number() OVER ("
                      f"PARTITION BY {expression} ORDER BY killed_best DESC NULLS LAST, date_start DESC NULLS LAST, "
                      f"id) AS rank FROM {source}) WHERE rank <= {int(drill_limit)} ORDER BY value, rank")
            listing: dict[str | None, list[str]] = {}
            for r in found:
                listing.setdefault(r["value"], []).append(r["id"])
            drill[key] = listing
    if drill_limit > 0:
        drill["headline"] = _headline_drill(q, drill_limit)
    daily = [(r["day"], r["status"], int(r["n"])) for r in q(
        "SELECT date_start AS day, status, count(*) AS n FROM incidents "
        "WHERE date_start IS NOT NULL GROUP BY ALL ORDER BY day, status")]
    admin1 = [(r["country"], r["admin1_code"], r["admin1"], int(r["n"])) for r in q(
        "SELECT country, admin1_code, admin1, count(*) AS n FROM incidents "
        "WHERE admin1 IS NOT NULL OR admin1_code IS NOT NULL GROUP BY ALL ORDER BY n DESC")]
    admin2: list[tuple[str | None, str | None, str | None, int]] = []
    if filters.admin1:
        admin2 = [(r["country"], r["admin1_code"], r["admin2"], int(r["n"])) for r in q(
            "SELECT country, admin1_code, admin2, count(*) AS n FROM incidents "
            "WHERE admin2 IS NOT NULL GROUP BY ALL ORDER BY n DESC")]
    # Points merge on a 0.05° grid (about 5 km, a few pixels on a country map) and the 1,000 busiest are drawn:
    # a map of 100,000 events then costs what one of 1,000 does, in time and in SVG size.
    located = q(
        "SELECT country, round(longitude * 20) / 20 AS lon, round(latitude * 20) / 20 AS lat, count(*) AS n "
        "FROM incidents WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND coalesce(geo_precision, 1) <= 2 "
        "GROUP BY ALL ORDER BY n DESC, lon, lat, country LIMIT 1000")
    points = [(float(r["lon"]), float(r["lat"]), int(r["n"])) for r in located]
    where, where_params = filters.where("e")
    counted = store.query(
        f"SELECT count(DISTINCT e.document_id) AS n, count(*) AS events, count(s.record_id) AS reviewed "
        f"FROM events e LEFT JOIN review_state s ON s.record_kind = 'event' AND s.record_id = e.id "
        f"AND s.state = 'accepted' WHERE {where}", where_params)[0]
    documents = counted["n"]
    by_outlet = store.query(
        f"SELECT nullif(trim(d.source), '') AS source, count(DISTINCT d.id) AS n FROM events e "
        f"JOIN documents d ON d.id = e.document_id WHERE {where} GROUP BY 1 ORDER BY n DESC, 1 NULLS LAST",
        where_params)
    outlets = [(r["source"], int(r["n"])) for r in by_outlet if r["source"] is not None]
    unattributed = sum(int(r["n"]) for r in by_outlet if r["source"] is None)
    return PeriodSummary(filters=filters, headline=headline, countries=countries, facets=facets, daily=daily,
                         admin1=admin1, admin2=admin2, points=points, documents=int(documents), outlets=outlets,
                         drill=drill, unattributed=unattributed, point_countries=[r["country"] for r in located],
                         reviewed=(int(counted["reviewed"]), int(counted["events"])))


def _headline_drill(q: Any, limit: int) -> dict[str | None, list[str]]:
    listing: dict[str | None, list[str]] = {}
    order = {"events": "date_start DESC NULLS LAST, id", "only_claimed": "date_start DESC NULLS LAST, id"}
    condition = {"events": "TRUE", "only_claimed": "status = 'claimed'"}
    for name in ("killed", "wounded", "killed_or_wounded"):
        order[name] = f"{name}_best DESC NULLS LAST, {name}_high DESC NULLS LAST, id"
        condition[name] = f"coalesce({name}_best, {name}_low, {name}_high) IS NOT NULL"
    for key in order:
        rows = q(f"SELECT id FROM incidents WHERE {condition[key]} ORDER BY {order[key]} LIMIT {int(limit)}")
        listing[key] = [r["id"] for r in rows]
    return listing


EVENT_DETAIL_COLUMNS = (
    "id", "document_id", "date_start", "date_end", "event_type", "sub_event_type", "tactics", "actor1", "actor2",
    "target_category", "place_name", "country", "admin1", "admin2", "locality", "latitude", "longitude",
    "geo_precision", "killed_low", "killed_best", "killed_high", "wounded_low", "wounded_best", "wounded_high",
    "killed_or_wounded_low", "killed_or_wounded_best", "killed_or_wounded_high", "status", "claimant",
    "incident_id",
)


def source_sentence_sql() -> str:
    """SQL joins giving each event ``e`` its document (``d``) and what its source sentence is made from.

    The sentence is the event's own span named ``event`` (the extractor records the sentence that reports the
    event there); failing that, the sentence of the document text around the event's first span (cut at . ! ? or a
    line break, from at most 500 characters either side, so the cost per event stays bounded on long documents).
    The ``event`` span is joined directly (the spans key makes it unique), and the first span is looked up only
    for events that have no ``event`` span: a million-event export then never aggregates the whole spans table.
    """
    return (
        "LEFT JOIN documents d ON d.id = e.document_id "
        "LEFT JOIN spans ss ON ss.owner_kind = 'event' AND ss.owner_id = e.id AND ss.field = 'event' "
        "AND NOT ss.from_value "
        "LEFT JOIN (SELECT owner_id, min(start) AS start FROM spans WHERE owner_kind = 'event' AND owner_id NOT IN "
        "(SELECT owner_id FROM spans WHERE owner_kind = 'event' AND field = 'event' AND NOT from_value) "
        "GROUP BY owner_id) fs ON fs.owner_id = e.id "
    )


SENTENCE_EXPR = (
    "coalesce(ss.text, CASE WHEN fs.start IS NOT NULL THEN nullif(trim("
    "regexp_extract(substr(d.text, greatest(1, fs.start - 499), least(fs.start, 500)), '[^.!?\\n]*$') || "
    "regexp_extract(substr(d.text, fs.start + 1, 500), '^[^.!?\\n]*[.!?]?')), '') END)"
)
"""The source sentence of event ``e`` (needs the joins of :func:`source_sentence_sql`)."""


def event_details(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """The events with these ids, with their outlet, document title, URL and source sentence, newest first."""
    if not ids:
        return []
    columns = ", ".join(f"e.{c}" for c in EVENT_DETAIL_COLUMNS)
    sql = (f"SELECT {columns}, d.source, d.title, d.url, d.published, {SENTENCE_EXPR} AS sentence "
           f"FROM events e {source_sentence_sql()} WHERE e.id IN (SELECT unnest(?::VARCHAR[])) "
           "ORDER BY e.date_start DESC NULLS LAST, e.id")
    return store.query(sql, [ids])


def matching_claims(store: Store, filters: EventFilter, period: tuple[date | None, date | None] = (None, None), *,
                    limit: int = 25) -> list[Claim]:
    """The claims about the filtered country and actor whose period overlaps the report's, latest first.

    ``period`` is the report's (:attr:`PeriodSummary.period`: the filter's dates, else the events' first and last
    days): a claim ending before it or starting after it is left out. A claim whose year is not stated ("--07-30")
    cannot be placed in time and appears only when the filters set no dates.
    """
    where, params = _claims_where(filters, period)
    ids = store.query(f"SELECT id FROM claims WHERE {where} ORDER BY period_end DESC NULLS LAST, id "
                      f"LIMIT {int(limit)}", params)
    return [claim for row in ids for claim in store.claims(claim_id=row["id"])]


def _claims_where(filters: EventFilter, period: tuple[date | None, date | None]) -> tuple[str, list[Any]]:
    """The condition on ``claims`` (and its parameters) that :func:`matching_claims` selects by."""
    clauses, params = ["TRUE"], []
    if filters.country:
        clauses.append("country = ?")
        params.append(filters.country)
    if filters.actor:
        clauses.append("(lower(actor) = ? OR lower(claimant) = ?)")
        params += [filters.actor.lower()] * 2
    if filters.status:
        clauses.append("status = ?")
        params.append(filters.status)
    since, until = filters.since or period[0], filters.until or period[1]
    dated = "(period_start IS NOT NULL AND period_start NOT LIKE '-%' AND period_end IS NOT NULL " \
            "AND period_end NOT LIKE '-%')"
    bounds = []
    if since:
        bounds.append("period_end >= ?")
        params.append(since.isoformat())
    if until:
        bounds.append("period_start <= ?")
        params.append(until.isoformat())
    if bounds:
        undated_too = "" if (filters.since or filters.until) else f" OR NOT {dated}"
        clauses.append(f"(({dated} AND {' AND '.join(bounds)}){undated_too})")
    clauses.append(f"document_id IN {CURRENT_DOCUMENTS}")  # a superseded or forgotten version says nothing now
    return " AND ".join(clauses), params


def count_matching_claims(store: Store, filters: EventFilter,
                          period: tuple[date | None, date | None] = (None, None)) -> int:
    """How many claims :func:`matching_claims` would give without a limit, counted in SQL (a page shows a few
    and says how many there are: reading all 300 claims of a year as records to count them cost seconds)."""
    where, params = _claims_where(filters, period)
    return int(store.query(f"SELECT count(*) AS n FROM claims WHERE {where}", params)[0]["n"])
