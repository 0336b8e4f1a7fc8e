"""What every ``sitrep`` command shares: one grammar of options, and the turning of errors into exit codes.

- ``--db`` (:func:`db_option`);
- ``-o/--output FILE`` and ``--format FORMAT`` on every command that prints records (:func:`output_options`,
  :func:`emit`), as sqlite-utils' ``output_options``;
- the event filters ``--since/--until``, ``--country``, ``--admin1``, ``--actor``, ``--type``, ``--status`` on every
  listing and report command (:func:`filter_options`), read into one :class:`~sitrep.report.EventFilter` that
  accepts aliases and common spellings (``--actor Daesh``, ``--admin1 "Deir al-Zor"``, ``--country Syria``);
- exit codes: 0 done, 1 failed, nothing found (:func:`nothing_found`) or an unknown id, 2 a usage error.

Kept apart from :mod:`sitrep.cli` so that the commands that live with their stage (``report``, ``events``,
``eval``, ``audit`` …) can use it without importing the main group, which registers them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

from sitrep import settings
from sitrep.errors import ConfigError, NotFoundError, SitrepError

F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(func: F) -> F:
    """ConfigError → a usage error (exit 2); any other SitrepError → "Error: <one line>" on stderr (exit 1).

    An unknown id (:class:`~sitrep.errors.NotFoundError`) exits 1: the command was used right, the record is not there.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NotFoundError as error:
            raise click.ClickException(str(error)) from error
        except ConfigError as error:
            raise click.UsageError(str(error)) from error
        except SitrepError as error:
            raise click.ClickException(str(error)) from error

    return wrapper  # type: ignore[return-value]


def db_option(func: F) -> F:
    """The shared ``--db`` option (default and environment variable from :data:`sitrep.settings.SETTINGS`)."""
    setting = settings.SETTINGS["db"]
    return click.option("--db", "db", envvar=setting.env, default=setting.default, show_default=True,
                        help=f"{setting.help} Also set by {setting.env}.")(func)


def model_option(func: F) -> F:
    """``--model PATH|default`` / ``--no-model``: which learned model joins the rules (default: ``SITREP_MODEL``,
    else the shipped one). The command receives ``model``: a path or 'default', None (unset) or False."""

    @functools.wraps(func)
    def wrapper(*args: Any, model: str | None = None, no_model: bool = False, **kwargs: Any) -> Any:
        if model is not None and no_model:
            raise click.UsageError("--model and --no-model exclude each other")
        return func(*args, model=False if no_model else model, **kwargs)

    wrapper = click.option("--no-model", "no_model", is_flag=True,
                           help="Run the rules alone, without the learned model.")(wrapper)
    return click.option("--model", "model", type=str, default=None, metavar="PATH|default",
                        help="Stack a learned model on the rules: a file from `sitrep train`, or 'default' for "
                             "the shipped one (the default; also set by SITREP_MODEL). Without the 'model' extra "
                             "the rules run alone.")(wrapper)


STATUSES = ("claimed", "reported", "confirmed")
"""The values of ``--status`` (:data:`sitrep.model.Status`)."""

FILTERS = ("since", "until", "country", "admin1", "actor", "event_type", "status")
"""The keyword arguments :func:`filter_options` gathers into one ``filters`` argument."""


def output_options(formats: tuple[str, ...], default: str, help: str = "") -> Callable[[F], F]:
    """``--format`` (one of ``formats``) and ``-o/--output FILE`` for a command that prints records.

    The command receives ``fmt`` and ``output`` (None: standard output); :func:`emit` writes text to either.

    Example::

        @output_options(("table", "json", "csv"), "table")
        def summary(..., fmt: str, output: str | None) -> None: ...
    """

    def decorate(func: F) -> F:
        func = click.option("-o", "--output", "output", type=click.Path(dir_okay=False), metavar="FILE",
                            help="Write to FILE (replaced whole, atomically) instead of standard output.")(func)
        return click.option("--format", "fmt", type=click.Choice(formats), default=default, show_default=True,
                            help=help or f"Output format: {', '.join(formats)}.")(func)

    return decorate


def filter_options(func: F) -> F:
    """The event filters every listing and report command takes, gathered into ``filters`` (an EventFilter).

    ``--since/--until`` (inclusive, YYYY-MM-DD), ``--country`` (ISO code or name), ``--admin1`` (any spelling the
    gazetteer knows, or an ISO 3166-2 code), ``--actor`` (any alias; affiliates included), ``--type`` (ACLED event
    or sub-event type, or a tactic), ``--status``. A value that cannot be read is a usage error (exit 2).

    Example::

        @filter_options
        def incidents_command(db: str, filters: EventFilter, ...) -> None: ...
    """
    options = [
        click.option("--since", metavar="YYYY-MM-DD", help="First day (inclusive) of the period."),
        click.option("--until", metavar="YYYY-MM-DD", help="Last day (inclusive) of the period."),
        click.option("--country", help="Country: ISO code (SY) or name (Syria)."),
        click.option("--admin1", help="Governorate / province in any common spelling ('Deir al-Zor') or ISO "
                                      "3166-2 code (SY-DY)."),
        click.option("--actor", help="Either party, by any alias ('ISIS', 'Daesh', 'Shabaab'); affiliates included."),
        click.option("--type", "--event-type", "event_type",
                     help="ACLED event type, sub-event type or tactic, e.g. Battles, 'Armed clash', ied."),
        click.option("--status", type=click.Choice(STATUSES, case_sensitive=False),
                     help="claimed (by the perpetrator only), reported (by a third party) or confirmed."),
    ]

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from sitrep.report.filters import EventFilter  # not at import: it brings pycountry and the store

        given = {name: kwargs.pop(name) for name in FILTERS}
        try:
            kwargs["filters"] = EventFilter(**given)
        except ConfigError as error:
            raise click.UsageError(str(error)) from error
        return func(*args, **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper  # type: ignore[return-value]


def emit(text: str, output: str | None, *, what: str = "") -> None:
    """Print ``text``, or write it (with a final newline) to ``output`` atomically and say so on stderr.

    ``what`` names the content for the stderr line ("12 claims"); a replaced file is said as well.
    """
    if output is None:
        click.echo(text)
        return
    from pathlib import Path

    from sitrep.report.export import replacement_notice, write_atomically

    notice = replacement_notice(output)
    write_atomically(Path(output), lambda path: path.write_text(text + "\n", encoding="utf-8"))
    if notice:
        click.echo(notice, err=True)
    click.echo(f"wrote {what + ' to ' if what else ''}{output}", err=True)


def nothing_found(message: str) -> None:
    """Say on stderr that nothing matched and exit 1 (a script can tell "none" from "some")."""
    click.echo(message, err=True)
    raise click.exceptions.Exit(1)


def described(filters: Any) -> str:
    """' matching --country SY --actor ISIS' for a message, or '' when nothing is filtered."""
    options = filters.options() if filters is not None else []
    return f" matching {' '.join(options)}" if options else ""


def canonical_actor(name: str) -> str:
    """The alias table's canonical name for an actor given in any spelling ("Daesh" → "Islamic State"), else
    ``name`` as given."""
    from sitrep.report.filters import canonical_actor as lookup

    return lookup(name) or name
