"""The ``sitrep report`` and ``sitrep events`` commands, and the claims export behind ``sitrep claims --format``.

Thin layers over :func:`sitrep.report.render`, :func:`sitrep.report.export_events` and
:func:`sitrep.report.export_claims`; registered on the main group in :mod:`sitrep.cli`. The filter options are
declared once (:func:`filter_options`) and build one :class:`~sitrep.report.EventFilter`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import click

from sitrep.clitools import db_option, described, handle_errors, nothing_found
from sitrep.clitools import filter_options as shared_filter_options
from sitrep.report import export as exporting
from sitrep.report.filters import EventFilter
from sitrep.report.render import FORMATS, render
from sitrep.store import Store

F = TypeVar("F", bound=Callable[..., Any])

__all__ = ["CLAIM_FORMATS", "events_command", "export_claims", "filter_options", "report_command"]

CLAIM_FORMATS = exporting.CLAIM_FORMATS
"""The formats ``sitrep claims --format`` can hand to :func:`export_claims` (besides its own table)."""


def filter_options(func: F) -> F:
    """The shared event filters (:func:`sitrep.clitools.filter_options`) and ``--reviewed``, for report and events."""
    func = click.option("--reviewed", is_flag=True, help="Only events a reviewer accepted on the review desk.")(func)
    return shared_filter_options(func)


def _count(store: Store, filters: EventFilter) -> int:
    where, params = filters.where("e")
    return int(store.query(f"SELECT count(*) AS n FROM events e WHERE {where}", params)[0]["n"])


@click.command("report")
@filter_options
@click.option("--claim", "claim_id", metavar="ID", help="Draw this claim's infographic instead (ids: sitrep claims).")
@click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True,
              help="Page size of the period infographic (PNG, SVG, PDF).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help=f"The file to write; its extension picks the format: {', '.join(FORMATS)}.")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="The format, when -o FILE has no extension (or to check the one it has).")
@db_option
@handle_errors
def report_command(filters: EventFilter, reviewed: bool, claim_id: str | None, paper: str, output: str,
                   fmt: str | None, db: str) -> None:
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
    filters = replace(filters, claim_id=claim_id, reviewed=reviewed)
    output = _with_format(output, fmt)
    notice = exporting.replacement_notice(output)
    with Store(db, read_only=True) as store:
        if claim_id is None and not _count(store, filters):
            nothing_found(f"no events{described(filters)} in {db}: nothing to report; wrote nothing "
                          "(list what is stored with: sitrep events --format csv)")
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
def events_command(filters: EventFilter, reviewed: bool, fmt: str, output: str | None, db: str) -> None:
    """Export the selected events as CSV, ACLED CSV, JSON, JSON Lines, GeoJSON, Parquet or SQLite.

    Exports stream: a million events never sit in memory at once.

    \b
    Examples:
      sitrep events --format acled-csv -o events.csv
      sitrep events --country IQ --since 2024-01-01 --format geojson -o iraq.geojson
      sitrep events --status claimed --format jsonl | head
      sitrep events --format sqlite -o sitrep.db && datasette sitrep.db
    """
    filters = replace(filters, reviewed=reviewed)
    if fmt in exporting.BINARY_FORMATS and not output:
        raise click.UsageError(f"--format {fmt} is binary: write it to a file with -o FILE.{fmt}")
    notice = exporting.replacement_notice(output) if output else None
    with Store(db, read_only=True) as store:
        if not _count(store, filters):
            nothing_found(f"no events{described(filters)} in {db}" + ("; wrote nothing" if output else ""))
        count = exporting.export_events(store, fmt, output or sys.stdout, filters)
        note = _reviewed_note(store, filters)
    if notice:
        click.echo(notice, err=True)
    if output:
        click.echo(f"wrote {count:,} {'located events' if fmt == 'geojson' else 'events'} to {output}{note}",
                   err=True)


def _with_format(output: str, fmt: str | None) -> str:
    """``output`` with ``.fmt`` added when it has no extension; a usage error when its extension says otherwise."""
    if fmt is None:
        return output
    suffix = Path(output).suffix.lower().lstrip(".")
    if not suffix:
        return f"{output}.{fmt}"
    if suffix != fmt:
        raise click.UsageError(f"-o {output} is .{suffix} but --format is {fmt}; make them agree")
    return output


def _reviewed_note(store: Store, filters: EventFilter) -> str:
    """How many of the selected events a reviewer accepted, e.g. " (12 of 40 reviewed)"; "" when none is."""
    where, params = filters.where("e")
    found = store.query(f"SELECT count(*) AS n, count(s.record_id) AS reviewed FROM events e LEFT JOIN review_state s "
                        f"ON s.record_kind = 'event' AND s.record_id = e.id AND s.state = 'accepted' WHERE {where}",
                        params)[0]
    return f" ({found['reviewed']:,} of {found['n']:,} reviewed)" if found["reviewed"] else ""


def export_claims(db: str, fmt: str, output: str | None = None, *, claim_id: str | None = None,
                  claim_ids: Sequence[str] | None = None, reviewed: bool = False) -> int:
    """Export stored claims for ``sitrep claims --format FMT [-o FILE]``; returns the rows written.

    csv and parquet: one row per figure joined with its claim; json and jsonl: whole claims. Writes to ``output``,
    or to standard output when it is None (text formats); ``claim_ids`` keeps only those claims. Raises
    SitrepError (ConfigError for a bad format).

    Example: ``sitrep claims --format csv -o claims.csv``
    """
    with Store(db, read_only=True) as store:
        return exporting.export_claims(store, fmt, output or sys.stdout, claim_id=claim_id, claim_ids=claim_ids,
                                       reviewed=reviewed)
