"""What every ``sitrep`` command shares: the ``--db`` option and the turning of errors into exit codes.

Kept apart from :mod:`sitrep.cli` so that the commands that live with their stage (``report``, ``events``,
``eval``, ``audit`` …) can use it without importing the main group, which registers them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

from sitrep import settings
from sitrep.errors import ConfigError, SitrepError

F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(func: F) -> F:
    """ConfigError → a usage error (exit 2); any other SitrepError → "Error: <one line>" on stderr (exit 1)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
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
    """``--model PATH|default`` / ``--no-model``: which learned model joins the rules (default: none, unless
    ``SITREP_MODEL`` names one). The command receives ``model``: a path or 'default', None (unset) or False."""

    @functools.wraps(func)
    def wrapper(*args: Any, model: str | None = None, no_model: bool = False, **kwargs: Any) -> Any:
        if model is not None and no_model:
            raise click.UsageError("--model and --no-model exclude each other")
        return func(*args, model=False if no_model else model, **kwargs)

    wrapper = click.option("--no-model", "no_model", is_flag=True,
                           help="Run the rules alone, without the learned model.")(wrapper)
    return click.option("--model", "model", type=str, default=None, metavar="PATH|default",
                        help="Stack a learned model on the rules: a file from `sitrep train`, or 'default' for "
                             "the shipped one (also set by SITREP_MODEL). Without it the rules run alone.")(wrapper)
