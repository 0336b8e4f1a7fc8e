"""Train the model that ships with sitrep (``src/sitrep/data/models/acled-heads.npz``) on the shared ACLED files.

    .venv/bin/python scripts/train_default_model.py            # needs ../shared/data and the 'model' extra

Trained on every row of the coded ACLED files under ``../shared/data`` (see :data:`sitrep.learn.cli.ACLED_FILES`),
template text stripped (:func:`sitrep.learn.data.clean_note`). The file holds only the heads (weights, label lists,
what it was trained on), never a row of the data; NOTICE names the data and its terms.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sitrep.extract.learned import DEFAULT_MODEL
from sitrep.learn.cli import ACLED_FILES, shared_data
from sitrep.learn.data import read_training
from sitrep.learn.train import train_model

NAME = "acled-minilm-static"
VERSION = 1


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
    rows = [row for path in files for row in read_training(path, "acled")]
    trained_on = (f"ACLED coded events, {len(rows):,} rows from {len(files)} files ("
                  + ", ".join(p.name for p in files) + f"), {len({r.group for r in rows})} countries, Syria and Iraq "
                  "excluded; notes with the "
                  "coder's template text stripped")
    started = time.perf_counter()
    model = train_model(rows, "acled", name=NAME, version=VERSION, trained_on=trained_on, cache=args.cache)
    model.save(args.out)
    print(f"{args.out}: {args.out.stat().st_size / 1e3:.0f} kB, {time.perf_counter() - started:.0f} s; {trained_on}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
