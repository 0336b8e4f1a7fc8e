"""Commands for linking, incidents, claim audits and trends: thin click layers over :mod:`sitrep.analyze`.

Register them on the main group (``sitrep.cli``)::

    main.add_command(link_command, "link")
    main.add_command(unlink_command, "unlink")
    main.add_command(incidents_command, "incidents")
    main.add_command(audit_command, "audit")
    main.add_command(trend_command, "trend")

Errors are :class:`~sitrep.errors.SitrepError` subclasses with one-line messages, turned into exit codes by the
shared :func:`sitrep.clitools.handle_errors` (ConfigError — a bad argument — exits 2 as a usage error; an unknown
id (NotFoundError), StoreError, AuditError and an empty result exit 1). Output (``--format``, ``-o``) and filters
are the shared ones of :mod:`sitrep.clitools`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import click

from sitrep.analyze.audit import audit_by_period, audit_claim, period_table
from sitrep.analyze.incidents import Incident, incidents
from sitrep.analyze.linking import link_events, unlink
from sitrep.analyze.trends import trend
from sitrep.clitools import db_option, described, emit, filter_options, handle_errors, nothing_found, output_options
from sitrep.errors import ConfigError, NotFoundError
from sitrep.store import Store

EventFilter = Any
"""The shared filters (an EventFilter, built by :func:`sitrep.clitools.filter_options`); named loosely here because
analyze comes before the stage that defines it."""

F = TypeVar("F", bound=Callable[..., Any])


def format_option(func: F) -> F:
    """``--format table|json`` and ``-o/--output FILE`` (:func:`sitrep.clitools.output_options`)."""
    return output_options(("table", "json"), "table", help="table: aligned text; json: the records.")(func)


def _json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


def matching_event_ids(store: Store, filters: EventFilter) -> set[str] | None:
    """Ids of the events the filters select (the SQL of ``sitrep events``); None when nothing is filtered."""
    if not filters.options():
        return None
    where, params = filters.where("e")
    return {row["id"] for row in store.query(f"SELECT e.id FROM events e WHERE {where}", params)}


@click.command("link")
@db_option
@click.option("--rebuild", is_flag=True, help="Link every event afresh (events unlinked by hand stay alone).")
@handle_errors
def link_command(db: str, rebuild: bool) -> None:
    """Link events that tell the same incident: new events join stored incidents or open new ones.

    \b
    Example:
      sitrep link --db sitrep.duckdb
      sitrep link --rebuild
    """
    with Store(db) as store:
        result = link_events(store, rebuild=rebuild)
    click.echo(result.line())


@click.command("unlink")
@click.argument("event_id")
@db_option
@handle_errors
def unlink_command(event_id: str, db: str) -> None:
    """Take EVENT_ID out of its incident: it becomes an incident of its own and stays so.

    \b
    Example:
      sitrep unlink 3c209f9bf75f0e95
    """
    with Store(db) as store:
        incident = unlink(store, event_id)
    click.echo(f"event {event_id} is now incident {incident}")


@click.command("incidents")
@db_option
@format_option
@click.option("--id", "incident_id", help="Show only this incident.")
@filter_options
@handle_errors
def incidents_command(db: str, fmt: str, output: str | None, incident_id: str | None, filters: EventFilter) -> None:
    """List incidents: linked reports merged, counts low/best/high, every source.

    Filters keep the incidents with at least one report that matches them (as `sitrep events` selects reports).

    \b
    Example:
      sitrep incidents --since 2020-07-01 --until 2020-07-31
      sitrep incidents --actor Shabaab --country Somalia
      sitrep incidents --id 9597eb98624cb867 --format json -o incident.json
    """
    with Store(db, read_only=True) as store:
        found = incidents(store, incident_id=incident_id, start=filters.since, end=filters.until)
        ids = matching_event_ids(store, filters)
    if ids is not None:
        found = [i for i in found if any(source.event_id in ids for source in i.sources)]
    if incident_id is not None and not found:
        raise NotFoundError(f"no incident with id {incident_id!r}{described(filters)} in {db}; "
                            "list them with: sitrep incidents")
    if not found:
        nothing_found(f"no incidents{described(filters)} in {db}" + (
            "" if filters.options() else f"; add reports with: sitrep ingest PATH --db {db}, then: sitrep link"))
    if fmt == "json":
        emit(_json([i.to_dict() for i in found]), output, what=f"{len(found)} incidents")
    else:
        emit("\n".join(format_incident(incident) for incident in found), output, what=f"{len(found)} incidents")


def format_incident(incident: Incident) -> str:
    """An incident as a readable block: what, when, where, counts, status and every source."""
    place = incident.place
    where = "?" if place is None else ", ".join(p for p in dict.fromkeys(
        (place.name, place.admin1 or "", place.country or "")) if p)

    def count(name: str) -> str:
        value = getattr(incident, name)
        if value is None:
            return "-"
        return f"{value.best}" + (f" ({value.low}-{value.high})" if (value.low, value.high) != (value.best,) * 2
                                  else "")

    flags = [incident.status] + (["claimed"] if incident.claimed and incident.status != "claimed" else [])
    lines = [
        f"Incident {incident.id}  {incident.date_start or '?'}  {where}  [{' + '.join(flags)}]",
        f"  {incident.sub_event_type or '?'} ({', '.join(incident.tactics) or 'no tactic'}); "
        f"{incident.actor1 or '?'} against {incident.actor2 or '?'}",
        f"  killed {count('killed')}  wounded {count('wounded')}  killed or wounded {count('killed_or_wounded')}"
        f"  independent outlets {incident.independent_outlets}",
    ]
    for source in incident.sources:
        mark = "" if source.independent else f"  ({source.note})"
        lines.append(f"    - {source.outlet or '?'}  {source.published or ''}  {source.url or source.document_id}"
                     f"  event {source.event_id}{mark}")
    return "\n".join(lines)


@click.command("audit")
@click.argument("claim_id", required=False)
@db_option
@format_option
@filter_options
@click.option("--by", type=click.Choice(["month", "week"]), default="month", show_default=True,
              help="Periods for --actor.")
@handle_errors
def audit_command(claim_id: str | None, db: str, fmt: str, output: str | None, filters: EventFilter,
                  by: str) -> None:
    """Hold a claim's figures against independently reported incidents, per tactic, target and governorate.

    With --actor (any alias), all that actor's claims period by period; --since/--until keep the periods that
    overlap them. The other filters select events, not claims: they are refused here.

    \b
    Examples:
      sitrep audit bf353ce048778371
      sitrep audit bf353ce048778371 --format json -o audit.json
      sitrep audit --actor ISIS --by month --since 2020-01-01
    """
    actor = filters.actor
    if (claim_id is None) == (actor is None):
        raise ConfigError("give either a CLAIM_ID or --actor NAME (list claims with: sitrep claims)")
    others = [option for option in ("country", "admin1", "event_type", "status") if getattr(filters, option)]
    if others:
        raise ConfigError(f"audit takes --actor, --since and --until; not --{others[0].replace('_', '-')}")
    with Store(db, read_only=True) as store:
        if claim_id is not None:
            report = audit_claim(store, claim_id)
            emit(_json(report.to_dict()) if fmt == "json" else report.table(), output, what=f"audit of {claim_id}")
            return
        assert actor is not None
        from sitrep.clitools import canonical_actor

        rows = audit_by_period(store, canonical_actor(actor), by=by)
    rows = [r for r in rows if _period_overlaps(r.period, filters.since, filters.until)]
    if not rows:
        nothing_found(f"no claims by {actor}{described(filters)} with a complete period in {db}")
    emit(_json([r.to_dict() for r in rows]) if fmt == "json" else period_table(rows), output,
         what=f"{len(rows)} rows")


def _period_overlaps(label: str, since: date | None, until: date | None) -> bool:
    """Whether a period labelled "2020-07" or "2020-W27" overlaps [since, until]."""
    if since is None and until is None:
        return True
    if "-W" in label:
        year, week = label.split("-W")
        first = date.fromisocalendar(int(year), int(week), 1)
        last = date.fromordinal(first.toordinal() + 6)
    else:
        year, month = (int(part) for part in label.split("-"))
        first = date(year, month, 1)
        last = date.fromordinal(date(year + month // 12, month % 12 + 1, 1).toordinal() - 1)
    return (since is None or last >= since) and (until is None or first <= until)


@click.command("trend")
@db_option
@format_option
@click.option("--by", type=click.Choice(["week", "month"]), default="month", show_default=True)
@filter_options
@handle_errors
def trend_command(db: str, fmt: str, output: str | None, by: str, filters: EventFilter) -> None:
    """Incidents and fatalities per week or month, with significant changes marked (Poisson tests).

    Filters keep the incidents with at least one report that matches them (as `sitrep incidents`).

    \b
    Examples:
      sitrep trend --by month --country Syria
      sitrep trend --by week --admin1 "Deir al-Zor" --actor ISIS --since 2020-07-01
    """
    with Store(db, read_only=True) as store:
        ids = matching_event_ids(store, filters)
        report = trend(store, by, start=filters.since, end=filters.until,
                       include=None if ids is None else lambda i: any(s.event_id in ids for s in i.sources))
    if not any(row.incidents for row in report.rows):
        nothing_found(f"no incidents{described(filters)} in {db}")
    report.filters = {k: v for k, v in (("country", filters.country), ("admin1", filters.admin1),
                                        ("actor", filters.actor), ("type", filters.event_type),
                                        ("status", filters.status)) if v}
    emit(_json(report.to_dict()) if fmt == "json" else report.table(), output, what=f"{len(report.rows)} periods")
