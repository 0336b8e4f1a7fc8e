"""The ``sitrep report`` and ``sitrep events`` commands, and the claims export behind ``sitrep claims --format``.

Thin layers over :func:`sitrep.report.render`, :func:`sitrep.report.export_events` and
:func:`sitrep.report.export_claims`; registered on the main group in :mod:`sitrep.cli`. The filter options are
declared once (:func:`filter_options`) and build one :class:`~sitrep.report.EventFilter`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from sitrep.clitools import db_option, handle_errors
from sitrep.model import Status
from sitrep.report import export as exporting
from sitrep.report.filters import STATUSES, EventFilter
from sitrep.report.render import FORMATS, render
from sitrep.store import Store

F = TypeVar("F", bound=Callable[..., Any])

__all__ = ["CLAIM_FORMATS", "events_command", "export_claims", "filter_options", "report_command"]

CLAIM_FORMATS = exporting.CLAIM_FORMATS
"""The formats ``sitrep claims --format`` can hand to :func:`export_claims` (besides its own table)."""


def filter_options(func: F) -> F:
    """The event filters shared by ``report`` and ``events`` (see :class:`~sitrep.report.EventFilter`)."""
    options = [
        click.option("--country", help="Country: ISO code (SY) or name (Syria)."),
        click.option("--admin1", help="Governorate / province: name (Deir ez-Zor) or ISO 3166-2 code (SY-DY)."),
        click.option("--actor", help="Events where this actor is either party, e.g. 'Islamic State'."),
        click.option("--event-type", "event_type",
                     help="ACLED event type, sub-event type or tactic tag, e.g. Battles, 'Armed clash', ambush."),
        click.option("--since", metavar="YYYY-MM-DD", help="First day (inclusive) of the events' dates."),
        click.option("--until", metavar="YYYY-MM-DD", help="Last day (inclusive) of the events' dates."),
        click.option("--status", type=click.Choice(STATUSES),
                     help="Only events claimed by the perpetrator, reported by a third party, or confirmed."),
        click.option("--reviewed", is_flag=True, help="Only events a reviewer accepted on the review desk."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(country: str | None, admin1: str | None, actor: str | None, event_type: str | None,
             since: str | None, until: str | None, status: Status | None, claim_id: str | None = None,
             reviewed: bool = False) -> EventFilter:
    return EventFilter(country=country, admin1=admin1, actor=actor, event_type=event_type, since=since,  # type: ignore[arg-type]
                       until=until, status=status, claim_id=claim_id, reviewed=reviewed)


@click.command("report")
@filter_options
@click.option("--claim", "claim_id", metavar="ID", help="Draw this claim's infographic instead (ids: sitrep claims).")
@click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True,
              help="Page size of the period infographic (PNG, SVG, PDF).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help=f"The file to write; its extension picks the format: {', '.join(FORMATS)}.")
@db_option
@handle_errors
def report_command(country: str | None, admin1: str | None, actor: str | None, event_type: str | None,
                   since: str | None, until: str | None, status: Status | None, reviewed: bool, claim_id: str | None,
                   paper: str,
                   output: str, db: str) -> None:
    """Draw a report: a one-page infographic (PNG, SVG, PDF) or a self-contained HTML situation report.

    The infographic shows headline numbers, a map and breakdowns of the selected events, a weekly timeline and
    its sources; the HTML report adds sortable tables, the claims, and links from every number to the events and
    source sentences behind it. With --claim, the page is that claim's figures and checks, labelled as claimed.

    \b
    Examples:
      sitrep report -o week.png --country SY --since 2024-03-01 --until 2024-03-07
      sitrep report -o report.html --actor 'Islamic State'
      sitrep report --claim bf353ce048778371 -o claim.svg
      sitrep report -o week.pdf --paper letter --country IQ
    """
    filters = _filters(country, admin1, actor, event_type, since, until, status, claim_id, reviewed)
    notice = exporting.replacement_notice(output)
    with Store(db, read_only=True) as store:
        path = render(store, output, filters, paper=paper)
        note = _reviewed_note(store, filters)
    if notice:
        click.echo(notice, err=True)
    click.echo(f"wrote {path}{note}", err=True)


@click.command("events")
@filter_options
@click.option("--format", "fmt", type=click.Choice(exporting.EVENT_FORMATS), default="csv", show_default=True,
              help="acled-csv: ACLED's 31 columns; json/jsonl: sitrep's event records; geojson: located events; "
                   "sqlite: a database datasette opens (with -o).")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="The file to write; standard output when left out (not for parquet or sqlite).")
@db_option
@handle_errors
def events_command(country: str | None, admin1: str | None, actor: str | None, event_type: str | None,
                   since: str | None, until: str | None, status: Status | None, reviewed: bool, fmt: str,
                   output: str | None, db: str) -> None:
    """Export the selected events as CSV, ACLED CSV, JSON, JSON Lines, GeoJSON, Parquet or SQLite.

    Exports stream: a million events never sit in memory at once.

    \b
    Examples:
      sitrep events --format acled-csv -o events.csv
      sitrep events --country IQ --since 2024-01-01 --format geojson -o iraq.geojson
      sitrep events --status claimed --format jsonl | head
      sitrep events --format sqlite -o sitrep.db && datasette sitrep.db
    """
    filters = _filters(country, admin1, actor, event_type, since, until, status, reviewed=reviewed)
    notice = exporting.replacement_notice(output) if output else None
    with Store(db, read_only=True) as store:
        count = exporting.export_events(store, fmt, output or sys.stdout, filters)
        note = _reviewed_note(store, filters)
    if notice:
        click.echo(notice, err=True)
    if output:
        click.echo(f"wrote {count:,} {'located events' if fmt == 'geojson' else 'events'} to {output}{note}",
                   err=True)


def _reviewed_note(store: Store, filters: EventFilter) -> str:
    """How many of the selected events a reviewer accepted, e.g. " (12 of 40 reviewed)"; "" when none is."""
    where, params = filters.where("e")
    found = store.query(f"SELECT count(*) AS n, count(s.record_id) AS reviewed FROM events e LEFT JOIN review_state s "
                        f"ON s.record_kind = 'event' AND s.record_id = e.id AND s.state = 'accepted' WHERE {where}",
                        params)[0]
    return f" ({found['reviewed']:,} of {found['n']:,} reviewed)" if found["reviewed"] else ""


def export_claims(db: str, fmt: str, output: str | None = None, *, claim_id: str | None = None,
                  reviewed: bool = False) -> int:
    """Export stored claims for ``sitrep claims --format FMT [-o FILE]``; returns the rows written.

    csv and parquet: one row per figure joined with its claim; json and jsonl: whole claims. Writes to ``output``,
    or to standard output when it is None (text formats). Raises SitrepError (ConfigError for a bad format).

    Example: ``sitrep claims --format csv -o claims.csv``
    """
    with Store(db, read_only=True) as store:
        return exporting.export_claims(store, fmt, output or sys.stdout, claim_id=claim_id, reviewed=reviewed)
