"""``sitrep train`` (heads from a user's coded file) and the ``--cv`` mode of ``sitrep eval``."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

import click

from sitrep.clitools import handle_errors
from sitrep.errors import ConfigError
from sitrep.learn.data import HEADS, development_texts, read_training

__all__ = ["ACLED_FILES", "run_cv", "shared_data", "train_command"]

ACLED_FILES = ("train/acled_75k_excl_syria_iraq.csv.gz", "acled/afghanistan_2020-03.csv", "acled/kenya_2004-2019.csv",
               "acled/global_2020-04-28_2020-05-09_excl_syria_iraq.csv")
"""The coded ACLED files under ``../shared/data`` that the default model is trained on and ``--cv`` folds."""


def shared_data() -> Path | None:
    """``../shared/data`` beside the working folder or the source checkout; None when neither has it."""
    for base in (Path.cwd(), Path(__file__).resolve().parents[3]):
        candidate = base.parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    return None


def _need_sklearn() -> None:
    if importlib.util.find_spec("sklearn") is None or importlib.util.find_spec("tokenizers") is None:
        raise click.ClickException("training needs the optional extra: pip install 'sitrep[model]'")


@click.command("train")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--schema", type=click.Choice(list(HEADS)), required=True,
              help="The layout of FILES: acled (event_type, sub_event_type), gtd (attack and target type), "
                   "ucdp (type of violence).")
@click.option("-o", "--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The model file to write (.npz).")
@click.option("--name", default=None, help="The model's name, stored in every record it decides (default: OUT's "
              "stem).")
@click.option("--version", "version", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Processes for the rules (default 2).")
@handle_errors
def train_command(files: Sequence[Path], schema: str, out: Path, name: str | None, version: int,
                  workers: int | None) -> None:
    """Train learned heads on coded FILES (CSV, optionally gzipped) and write a model file.

    The rules run over every text first (their decisions are features), so expect about the rules' speed. Use the
    file with `sitrep extract --model OUT`, `sitrep ingest --model OUT` or `sitrep eval --model OUT`.

    \b
    Example:
      sitrep train coded.csv --schema acled -o my-model.npz
    """
    _need_sklearn()
    from sitrep.learn.train import train_model

    rows = [row for path in files for row in read_training(path, schema)]
    if not rows:
        raise ConfigError("no row with text and a label in " + ", ".join(str(f) for f in files))
    trained_on = ", ".join(f"{path.name}" for path in files) + f" ({len(rows)} rows, schema {schema})"
    model = train_model(rows, schema, name=name or out.stem, version=version, trained_on=trained_on, workers=workers)
    model.save(out)
    heads = ", ".join(f"{h.name} ({len(h.labels)} labels)" for h in model.heads)
    click.echo(f"trained {heads} on {len(rows)} rows; wrote {out} ({out.stat().st_size / 1e3:.0f} kB)")


def run_cv(files: Sequence[Path] | None, *, test_rows: int = 200, train_rows: int = 8000, min_rows: int = 4500,
           cache: Path | None = None, per_country: int | None = 1000) -> None:
    """``sitrep eval --cv``: leave-one-country-out over ``files`` (default: the shared ACLED files) and print it."""
    _need_sklearn()
    from sitrep.learn.cv import leave_one_country_out

    development: frozenset[str] = frozenset()
    if files is None:
        data = shared_data()
        if data is None:
            raise click.ClickException("--cv without FILE needs ../shared/data (not found): name an ACLED file")
        files = [data / name for name in ACLED_FILES if (data / name).exists()]
        # Held-out rows of the files the rules were tuned on are also scored apart (the table's second block).
        development = development_texts(data)
    rows = [row for path in files for row in read_training(path, "acled")]
    click.echo(f"{len(rows)} coded rows from {len(files)} file(s); the rules run over all of them once (minutes)",
               err=True)
    from sitrep.learn.prose import prose_gate

    # The gate's thresholds are chosen on the other folds, among those the folds cannot tell apart by the prose set
    # where ../shared/data has it (sitrep.learn.cv.choose_thresholds); without it, the most cautious of them.
    report = leave_one_country_out(rows, test_rows=test_rows, train_rows=train_rows, min_rows=min_rows, cache=cache,
                                   per_country=per_country, progress=True, prose=prose_gate(cache),
                                   development=development)
    click.echo(report.table())
