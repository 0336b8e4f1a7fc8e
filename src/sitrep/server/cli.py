"""``sitrep serve`` (the review desk) and ``sitrep user`` (its accounts). Registered on the main group in
:mod:`sitrep.cli`; FastAPI and uvicorn are imported only when the server starts (the ``web`` extra)."""

from __future__ import annotations

import os

import click

from sitrep.clitools import db_option, handle_errors
from sitrep.errors import ConfigError
from sitrep.store import Store, reviews


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; keep 127.0.0.1 unless a TLS proxy sits in front.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--session-minutes", default=480, show_default=True, type=click.IntRange(1, 7 * 24 * 60),
              help="How long a browser login lasts.")
@click.option("--no-audit", is_flag=True, help="Do not hold claims against the record when ordering the queue.")
@handle_errors
def serve_command(db: str, host: str, port: int, session_minutes: int, no_audit: bool) -> None:
    """Serve the review desk: the review queue, incidents on a map, the review log and the reports, in the browser,
    with a JSON API (schema at /openapi.json). The server owns the database while it runs (DuckDB has one writer).

    Sessions are signed with SITREP_SECRET when it is set (logins then survive a restart), else with a random key.

    \b
    Example:
      sitrep user add ana --role reviewer --db sitrep.duckdb
      sitrep serve --db sitrep.duckdb --host 127.0.0.1 --port 8000
    """
    try:
        import uvicorn

        from sitrep.server.app import create_app
    except ImportError as error:
        raise ConfigError(f"the review desk needs the web extra ({error.name} is missing); "
                          "install it with: pip install 'sitrep[web]'") from error
    with Store(db) as store:
        if not reviews.users(store):
            click.echo(f"No users yet: add one with: sitrep user add NAME --role admin --db {db}", err=True)
    app = create_app(db, secret=os.environ.get("SITREP_SECRET") or None, session_minutes=session_minutes,
                     audit=not no_audit)
    click.echo(f"sitrep review desk on http://{host}:{port}/ (database {db}); Ctrl-C stops it", err=True)
    # The access log prints paths only: keys travel in headers and bodies, never in URLs.
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


@click.group("user")
def user_command() -> None:
    """Accounts of the review desk: each has a role and an API key (also its login password).

    \b
    Example:
      sitrep user add ana --role reviewer --db sitrep.duckdb
      sitrep user list --db sitrep.duckdb
    """


@user_command.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(reviews.ROLES), default="viewer", show_default=True,
              help="viewer reads; coder edits; reviewer accepts, rejects, merges, splits, undoes; admin all.")
@db_option
@handle_errors
def user_add(name: str, role: str, db: str) -> None:
    """Add a user (or give one a new role and key) and print the key once: it is stored only as a hash.

    \b
    Example:
      sitrep user add ana --role reviewer
    """
    from sitrep.server.auth import add_user

    if not name.strip() or len(name) > 64:
        raise ConfigError("NAME must be 1 to 64 characters")
    with Store(db) as store:
        key = add_user(store, name.strip(), role)
    click.echo(f"user {name.strip()} ({role}) — key, shown once; keep it secret:", err=True)
    click.echo(key)


@user_command.command("list")
@db_option
@handle_errors
def user_list(db: str) -> None:
    """List the users and their roles (never their keys)."""
    with Store(db, read_only=True) as store:
        for row in reviews.users(store):
            disabled = "\tdisabled" if row["disabled"] else ""
            click.echo(f"{row['name']}\t{row['role']}{disabled}")
