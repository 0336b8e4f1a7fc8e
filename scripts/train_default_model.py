"""Train the model that ships with sitrep (``src/sitrep/data/models/acled-heads.npz``) on the shared ACLED files.

    .venv/bin/python scripts/train_default_model.py            # needs ../shared/data and the 'model' extra

Trained on a sample of the coded ACLED files under ``../shared/data`` (see :data:`sitrep.learn.cli.ACLED_FILES`),
template text stripped (:func:`sitrep.learn.data.clean_note`): 500 rows from each country with 4,500+ rows and
8,000 from the others (seed 13), because the rules must run over every training text and on this shared two-core
machine that is about 60 texts a second. The heads' override thresholds are the ones ``sitrep eval --cv`` chose on
leave-one-country-out folds of the same sample (the one-standard-error rule, :func:`sitrep.learn.cv.choose_thresholds`).
The file holds only the heads (weights, label lists,
what it was trained on), never a row of the data; NOTICE names the data and its terms.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

from sitrep.extract.learned import DEFAULT_MODEL
from sitrep.learn.cli import ACLED_FILES, shared_data
from sitrep.learn.data import TrainRow, read_training
from sitrep.learn.train import train_model

NAME = "acled-wordpiece"
VERSION = 3
THRESHOLDS = {"event_type": 0.6, "sub_event_type": 0.6}
"""Chosen on 8 leave-one-country-out folds (Bangladesh, India, Indonesia, Kenya, Philippines, Somalia, Sri Lanka,
Ukraine; 300 held-out rows each, 6,000 training rows per fold), never on the golden or news sets."""


def sample(
    rows: list[TrainRow], *, big: int = 4500, per_big: int = 500, others: int = 8000, seed: int = 13
) -> list[TrainRow]:
    """The training sample: ``per_big`` rows of each country with ``big``+ rows, ``others`` from the rest."""
    by: dict[str, list[TrainRow]] = defaultdict(list)
    for row in rows:
        by[row.group or "(none)"].append(row)
    rng = random.Random(seed)
    large = sorted(g for g, group in by.items() if len(group) >= big and g != "(none)")
    pool = [row for g in large for row in rng.sample(by[g], per_big)]
    rest = [row for g, group in by.items() if g not in large for row in group]
    return pool + rng.sample(rest, min(others, len(rest)))


def main() -> int:
    """Train and write the default model; print what it was trained on."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/sitrep-cv-cache"), help="the rules' view, cached")
    args = parser.parse_args()
    data = shared_data()
    if data is None:
        print("../shared/data not found: nothing to train on", file=sys.stderr)
        return 1
    files = [data / name for name in ACLED_FILES if (data / name).exists()]
    every = [row for path in files for row in read_training(path, "acled")]
    rows = sample(every)
    trained_on = (
        f"ACLED coded events, {len(rows):,} rows sampled from {len(every):,} in {len(files)} files ("
        + ", ".join(p.name for p in files)
        + f"), {len({r.group for r in rows})} countries, Syria and Iraq "
        "excluded; notes with the "
        "coder's template text stripped"
    )
    started = time.perf_counter()
    model = train_model(rows, "acled", name=NAME, version=VERSION, trained_on=trained_on, cache=args.cache)
    for head in model.heads:
        head.threshold = THRESHOLDS.get(head.name, 0.0)
    model.save(args.out)
    print(f"{args.out}: {args.out.stat().st_size / 1e3:.0f} kB, {time.perf_counter() - started:.0f} s; {trained_on}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
