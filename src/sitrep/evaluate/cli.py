"""``sitrep eval``: score extraction against a coded file and print the table.

The lead registers :data:`eval_command` on the ``sitrep`` group in ``sitrep/cli.py``; it does not import
``sitrep.cli`` itself, so that registration cannot make an import cycle.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import click

from sitrep import api
from sitrep.clitools import model_option
from sitrep.errors import ConfigError, SitrepError
from sitrep.evaluate.readers import SCHEMAS, read_rows
from sitrep.evaluate.score import evaluate

__all__ = ["eval_command"]


@click.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=False)
@click.option("--schema", type=click.Choice(list(SCHEMAS)),
              help="The layout of FILE: which column is the text and which are the coded fields.")
@click.option("--limit", type=click.IntRange(min=1), metavar="N", help="Score only the first N rows.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, writable=True, path_type=Path), metavar="OUT",
              help="Also write the full report (every metric, misses, confusion tables) as JSON to OUT.")
@click.option("--news", "news_dir", is_flag=False, flag_value="", default=None, metavar="[DIR]",
              help="Score the real-news development set instead of FILE (default DIR: ../shared/data/news).")
@click.option("--misses", is_flag=True, help="With --news: also list, per file, what was expected and what came out.")
@model_option
@click.option("--cv", "cv", is_flag=True,
              help="Leave-one-country-out over the ACLED files (FILE, or ../shared/data's ACLED files): rules, "
                   "model and stacked, trained on the other countries. See `sitrep.learn.cv`.")
@click.option("--cv-test-rows", type=click.IntRange(min=10), default=200, show_default=True,
              help="With --cv: held-out rows sampled per country.")
@click.option("--cv-train-rows", type=click.IntRange(min=100), default=8000, show_default=True,
              help="With --cv: the training pool (at most 1,000 rows per country); each fold trains on it "
                   "without its held-out country.")
@click.option("--cv-min-rows", type=click.IntRange(min=1), default=4500, show_default=True,
              help="With --cv: a country with fewer coded rows is not held out (it still trains the others).")
def eval_command(file: Path | None, schema: str | None, limit: int | None, json_out: Path | None,
                 news_dir: str | None, misses: bool, model: str | bool | None, cv: bool, cv_test_rows: int,
                 cv_train_rows: int, cv_min_rows: int) -> None:
    """Score extraction against the coded fields of FILE, field by field.

    Runs extraction on the text column of each row and prints how often the first extracted event matches the
    coded value: event and sub-event type (with the top confusions), actors, fatalities (exact, within 1, and how
    often the coded number is not in the text at all), admin1/admin2, distance from the coded point, date, and
    documents per second. A row where nothing is extracted counts as a miss on every field.

    \b
    Example:
      sitrep eval ../shared/data/acled/afghanistan_2020-03.csv --schema acled --limit 200
      sitrep eval ged191.csv --schema ucdp --json ucdp.json
      sitrep eval --news --misses
      sitrep eval --cv                 # leave-one-country-out over ../shared/data's ACLED files
    """
    if news_dir is not None:
        _eval_news(news_dir, limit, json_out, misses, model)
        return
    if cv:
        from sitrep.learn.cli import run_cv  # the learning package sits on top of evaluation

        run_cv([file] if file is not None else None, test_rows=cv_test_rows, train_rows=cv_train_rows,
               min_rows=cv_min_rows)
        return
    if file is None or schema is None:
        raise click.UsageError("give FILE and --schema, or --news [DIR], or --cv")
    try:
        extract_fn = functools.partial(api.extract, extractor=api.default_extractor(model=model))
        report = evaluate(read_rows(file, schema, limit), extract_fn, schema)
    except ConfigError as error:
        raise click.UsageError(str(error)) from error
    except SitrepError as error:
        raise click.ClickException(str(error)) from error
    click.echo(report.table())
    _write_json(report.to_dict(), json_out)


def _write_json(data: object, json_out: Path | None) -> None:
    if json_out is not None:
        try:
            json_out.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n",
                                encoding="utf-8")
        except OSError as error:
            reason = error.strerror or str(error)
            raise click.ClickException(f"{json_out}: cannot write the JSON report: {reason}") from error
        click.echo(f"\nfull report written to {json_out}")


def _eval_news(news_dir: str, limit: int | None, json_out: Path | None, misses: bool,
               model: str | bool | None = None) -> None:
    """``--news``: the real-news development set (see :mod:`sitrep.evaluate.news`)."""
    from sitrep.evaluate.news import default_news_dir, evaluate_news, read_news

    folder = Path(news_dir) if news_dir else default_news_dir()
    try:
        texts = read_news(folder, limit=limit)
        report = evaluate_news(texts, functools.partial(api.extract, extractor=api.default_extractor(model=model)))
    except SitrepError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"real-news development set (in-sample for tuning): {folder}")
    click.echo(report.table())
    if misses:
        click.echo("\n" + report.misses())
    _write_json(report.to_dict(), json_out)
