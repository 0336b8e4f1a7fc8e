"""Commands for linking, incidents, claim audits and trends: thin click layers over :mod:`sitrep.analyze`.

Register them on the main group (``sitrep.cli``)::

    main.add_command(link_command, "link")
    main.add_command(unlink_command, "unlink")
    main.add_command(incidents_command, "incidents")
    main.add_command(audit_command, "audit")
    main.add_command(trend_command, "trend")

Errors are :class:`~sitrep.errors.SitrepError` subclasses with one-line messages, turned into exit codes by the
shared :func:`sitrep.clitools.handle_errors` (ConfigError — a bad argument, an unknown id — exits 2 as a usage
error; StoreError, AuditError exit 1).
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
from sitrep.clitools import db_option, handle_errors
from sitrep.errors import ConfigError
from sitrep.store import Store

F = TypeVar("F", bound=Callable[..., Any])


def format_option(func: F) -> F:
    """``--format table|json``."""
    return click.option("--format", "output", type=click.Choice(["table", "json"]), default="table",
                        show_default=True, help="table: aligned text; json: the records.")(func)


def _date(value: str | None, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise ConfigError(f"{what} {value!r} is not an ISO date (YYYY-MM-DD)") from error


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


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
@click.option("--since", help="First date (YYYY-MM-DD).")
@click.option("--until", help="Last date (YYYY-MM-DD).")
@handle_errors
def incidents_command(db: str, output: str, incident_id: str | None, since: str | None, until: str | None) -> None:
    """List incidents: linked reports merged, counts low/best/high, every source.

    \b
    Example:
      sitrep incidents --since 2020-07-01 --until 2020-07-31
      sitrep incidents --id 9597eb98624cb867 --format json
    """
    with Store(db, read_only=True) as store:
        found = incidents(store, incident_id=incident_id, start=_date(since, "--since"), end=_date(until, "--until"))
    if incident_id is not None and not found:
        raise ConfigError(f"no incident with id {incident_id!r} in {db}; list them with: sitrep incidents")
    if output == "json":
        _echo_json([i.to_dict() for i in found])
        return
    if not found:
        click.echo(f"No incidents in {db}. Add reports with: sitrep ingest PATH --db {db}, then: sitrep link")
        return
    for incident in found:
        click.echo(format_incident(incident))


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
@click.option("--actor", help="Audit all claims of this actor period by period instead of one claim.")
@click.option("--by", type=click.Choice(["month", "week"]), default="month", show_default=True,
              help="Periods for --actor.")
@handle_errors
def audit_command(claim_id: str | None, db: str, output: str, actor: str | None, by: str) -> None:
    """Hold a claim's figures against independently reported incidents, per tactic, target and governorate.

    \b
    Examples:
      sitrep audit bf353ce048778371
      sitrep audit bf353ce048778371 --format json
      sitrep audit --actor "Islamic State" --by month
    """
    if (claim_id is None) == (actor is None):
        raise ConfigError("give either a CLAIM_ID or --actor NAME (list claims with: sitrep claims)")
    with Store(db, read_only=True) as store:
        if claim_id is not None:
            report = audit_claim(store, claim_id)
            click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) if output == "json"
                       else report.table())
            return
        assert actor is not None
        rows = audit_by_period(store, actor, by=by)
    if output == "json":
        _echo_json([r.to_dict() for r in rows])
    elif not rows:
        click.echo(f"No claims by {actor} with a complete period in {db}.")
    else:
        click.echo(period_table(rows))


@click.command("trend")
@db_option
@format_option
@click.option("--by", type=click.Choice(["week", "month"]), default="month", show_default=True)
@click.option("--since", help="First date (YYYY-MM-DD).")
@click.option("--until", help="Last date (YYYY-MM-DD).")
@click.option("--country", help="ISO 3166-1 code, e.g. SY.")
@click.option("--admin1", help="Governorate or province (name or ISO 3166-2 code).")
@click.option("--actor", help="Perpetrator (any alias; affiliates included).")
@click.option("--event-type", "event_type", help="ACLED event type.")
@click.option("--sub-event-type", "sub_event_type", help="ACLED sub-event type.")
@click.option("--tactic", help="Tactic key, e.g. ied.")
@click.option("--status", type=click.Choice(["claimed", "reported", "confirmed"]))
@handle_errors
def trend_command(db: str, output: str, by: str, since: str | None, until: str | None, **filters: Any) -> None:
    """Incidents and fatalities per week or month, with significant changes marked (Poisson tests).

    \b
    Examples:
      sitrep trend --by month --country SY
      sitrep trend --by week --admin1 "Deir ez-Zor" --actor ISIS --since 2020-07-01
    """
    with Store(db, read_only=True) as store:
        report = trend(store, by, start=_date(since, "--since"), end=_date(until, "--until"), **filters)
    if output == "json":
        _echo_json(report.to_dict())
    else:
        click.echo(report.table())
