"""Head options on prose: GTD and RAND incident descriptions, scored through a crosswalk to ACLED's types.

    .venv/bin/python benchmarks/prose_dev.py                              # rules alone vs the shipped model
    .venv/bin/python benchmarks/prose_dev.py bag_weighting=nb,thresholds=0.6/1.01 --cache /tmp/cv-cache

The heads are trained on ACLED's notes and gated so that they stay off text unlike the notes; the golden set (a
frozen test set) and the news set (110 incidents) are too small to tell two head options apart. This set — GTD
2021 H1 summaries and RAND descriptions since 2004, written prose about single incidents, a development set — is
scored by the crosswalk of :mod:`sitrep.learn.prose` (GTD's attack, weapon and target types, RAND's weapon → the
ACLED types a correct coding may have). Printed: each system's agreement per source, and each variant's paired
change against the shipped model (rows it gets right that the shipped model gets wrong, the reverse, mean ± standard
error over rows). A variant is ``key=value`` pairs for :func:`sitrep.learn.train.fit_heads` (as
``benchmarks/compare_heads.py``), trained on the shipped model's pool (``scripts/train_default_model.py``), plus
``thresholds=TYPE/SUB``, the gate's thresholds (default: the shipped model's) — use the ones leave-one-country-out
chose for the variant (``compare_heads.py`` prints them), never ones chosen here. ``--model FILE`` adds a model file
as it is. The numbers are agreement with a crosswalk, not accuracy: compare systems, do not quote them as scores.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sitrep.extract.learned import LearnedModel
from sitrep.learn.cli import ACLED_FILES, shared_data
from sitrep.learn.cv import sample_rows
from sitrep.learn.data import read_training
from sitrep.learn.features import rule_views
from sitrep.learn.prose import read_prose, score_prose
from sitrep.learn.train import train_model

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_heads import parse_variant  # the same variant syntax as compare_heads.py

POOL, PER_COUNTRY, SEED, MIN_ROWS = 30000, 1000, 13, 4500
"""The shipped model's pool (``scripts/train_default_model.py``)."""


def prose_report(data: Path, cache: Path, variants: Sequence[tuple[str, dict[str, Any], dict[str, float] | None]],
                 *, models: Sequence[Path] = (), per_source: int = 4000, base: str | None = None) -> str:
    """Rules, the shipped model, ``models`` as they are and each variant (a name, :func:`~sitrep.learn.train.fit_heads`
    options and the gate's thresholds, None: the shipped model's) trained on the shipped model's pool, scored on the
    prose set; each system's paired change against ``base`` (default: the shipped model)."""
    started = time.perf_counter()
    rows = read_prose(data, per_source=per_source)
    views = rule_views([row.text for row in rows], cache=cache)
    print(f"{len(rows)} prose rows ({', '.join(f'{s} {sum(r.source == s for r in rows)}' for s in ('gtd', 'rand'))})"
          f"; the rules found an event in {sum(v[1] != ['rule=none'] for v in views)} "
          f"({time.perf_counter() - started:.0f} s)", flush=True)
    shipped = LearnedModel.load()
    systems: dict[str, LearnedModel | None] = {"rules": None, f"shipped {shipped.source}": shipped}
    for path in models:
        systems[str(path)] = LearnedModel.load(path)
    if variants:
        every = [row for name in ACLED_FILES if (data / name).exists() for row in read_training(data / name, "acled")]
        pool = [every[i] for i in sample_rows(every, min_rows=MIN_ROWS, train_rows=POOL, per_country=PER_COUNTRY,
                                              seed=SEED).pool]
        for name, options, thresholds in variants:
            model = train_model(pool, "acled", name="variant", cache=cache, **options)
            chosen = thresholds or {head.name: head.threshold for head in shipped.heads}
            for head in model.heads:
                head.threshold = chosen.get(head.name, 0.0)
            systems[name] = model
            print(f"trained {name} ({time.perf_counter() - started:.0f} s)", flush=True)
    report = score_prose(rows, views, systems)
    return ("agreement with the crosswalk (development set; rows without a rule event count as misses)\n"
            + report.table(base=base or f"shipped {shipped.source}"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("variants", nargs="*", help="fit_heads options and thresholds=TYPE/SUB, e.g. bag_weighting=nb")
    parser.add_argument("--model", type=Path, action="append", default=[], help="a model file to score as it is")
    parser.add_argument("--per-source", type=int, default=4000, help="rows of each source (seeded sample)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/sitrep-cv-cache"), help="the rules' view, cached")
    args = parser.parse_args()
    data = shared_data()
    if data is None:
        print("skipped: ../shared/data not found (the prose set is built from it)")
        return 0
    variants = []
    for text in args.variants:
        options = parse_variant(text)
        thresholds = str(options.pop("thresholds", "")) or None
        chosen = dict(zip(("event_type", "sub_event_type"), map(float, thresholds.split("/")), strict=True)) \
            if thresholds else None
        variants.append((text, options, chosen))
    print("\n" + prose_report(data, args.cache, variants, models=args.model, per_source=args.per_source))
    return 0


if __name__ == "__main__":
    sys.exit(main())
