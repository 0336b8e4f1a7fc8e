"""How often ACLED codes (near-)identical notes differently: a ceiling for any text-only system (issue 8).

    .venv/bin/python benchmarks/bench_label_agreement.py                # about 2-5 minutes (the rules: most of it)
    .venv/bin/python benchmarks/bench_label_agreement.py --budget 0     # the agreement alone (seconds)

Data: the coded ACLED files the model trains on and leave-one-country-out folds (``sitrep.learn.cli.ACLED_FILES``
under ../shared/data), read by ``sitrep.learn.data.read_training`` (cleaned notes: template tags gone; labels
event_type_6 / sub_event_type_25 where the file has them; a sub-type only on rows with one).
Method (:mod:`sitrep.learn.agreement`): rows are grouped by their note at four levels, each coarser than the last:
``exact`` (case and whitespace normalised), ``masked`` (numbers, day and month names and a leading date clause
masked; names kept), ``place`` (masked, and the location/admin1-3 names of the rows sharing that masked note masked),
``near`` (place-masked notes with character similarity >= 95 within blocks sharing their first 20 characters; not a
strict bound: the texts differ a little). A group needs 2+ rows with the label. Per level and split: groups, rows,
the share of groups whose labels disagree, the ceiling (the majority label's rows / rows: the best any function of
that text can score there) and the rules' accuracy (``sitrep.learn.features.rule_views``, no event = a miss) on the
grouped rows they were run over (whole groups, at most ``--budget`` distinct texts, with the ceiling on those same
rows). Splits: a group's rows in one country or several, one year or several, one day (one country, one event date:
mostly one report coded as several events) or several; a group's rows all in the test countries or all in others. The
second table: how many rows have a duplicate at all, and the unavoidable errors as a bound on ALL rows: overall, and
the mean of the per-country bounds over the test countries (the 8 with 4,500+ rows that --cv holds out; aggregate
numbers only: no text of theirs is printed) and over the development countries (sitrep.learn.cv.dev_countries).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from sitrep.learn.agreement import (
    EXTRA_COLUMNS,
    LEVELS,
    Agreement,
    agreement,
    choose_scored,
    country_bounds,
    exact_groups,
    group_split,
    groups_by_key,
    mask,
    near_groups,
    place_keys,
    unavoidable,
)

HEADS = ("event_type", "sub_event_type")
SPLITS = (("all", ""), ("fold", "test countries"), ("fold", "other countries"), ("country", "one country"),
          ("country", "several countries"), ("year", "one year"),
          ("year", "several years"), ("day", "one day"), ("day", "several days"))
TEST_MIN_ROWS = 4500
"""A country with this many rows is one of the test folds of ``bench_model.py --cv`` (its ``--cv-min-rows``)."""


def cell(value: float | None, width: int = 6) -> str:
    return f"{value:{width}.3f}" if value is not None else f"{'-':>{width}}"


def line(level: str, split: str, stats: dict[str, Agreement]) -> str:
    parts = [f"{level:7} {split:18}"]
    for head in HEADS:
        a = stats[head]
        dis = f"{100 * a.disagreement:5.1f}%" if a.disagreement is not None else f"{'-':>6}"
        parts.append(f"{a.groups:6d} {a.rows:6d} {dis} {cell(a.ceiling)} | {a.scored:5d} {cell(a.scored_ceiling)} "
                     f"{cell(a.rules)}")
    return "  ".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--budget", type=int, default=4000,
                        help="at most this many distinct grouped texts run through the rules (default 4000; 0: none)")
    parser.add_argument("--threshold", type=float, default=95.0, help="the near level's similarity (default 95)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/sitrep-agreement-cache"),
                        help="the rules' views, cached (default /tmp/sitrep-agreement-cache)")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    from sitrep.learn.cli import ACLED_FILES, shared_data
    from sitrep.learn.cv import dev_countries
    from sitrep.learn.data import read_training

    data = shared_data()
    if data is None:
        print("../shared/data not found")
        return 1
    started = time.perf_counter()
    files = [data / name for name in ACLED_FILES if (data / name).exists()]
    rows = [row for path in files for row in read_training(path, "acled", extra=EXTRA_COLUMNS)]
    texts = [row.text for row in rows]
    masked = [mask(t) for t in texts]
    placeless = place_keys(rows, masked)
    levels = {"exact": exact_groups(texts), "masked": groups_by_key(masked), "place": groups_by_key(placeless),
              "near": near_groups(placeless, threshold=args.threshold)}
    grouped_s = time.perf_counter() - started

    predicted: dict[str, dict[str, str | None]] = {head: {} for head in HEADS}
    if args.budget > 0:
        from sitrep.learn.features import rule_views

        scored = sorted(choose_scored(texts, [levels[level] for level in LEVELS], args.budget, seed=args.seed))
        print(f"running the rules over {len(scored)} grouped texts ...", file=sys.stderr, flush=True)
        for text, view in zip(scored, rule_views(scored, cache=args.cache), strict=True):
            predicted["event_type"][text] = view[2]
            predicted["sub_event_type"][text] = view[3]
    rules_s = time.perf_counter() - started - grouped_s
    sizes = Counter(row.group for row in rows)
    test = sorted(g for g, n in sizes.items() if g and n >= TEST_MIN_ROWS)
    dev = dev_countries(rows, test_min_rows=TEST_MIN_ROWS)

    print(__doc__.split("\n\n", 2)[2].strip())
    print()
    print(f"{len(rows):,} rows from {len(files)} files, {len(sizes)} countries; grouping {grouped_s:.0f} s, "
          f"rules {rules_s:.0f} s; near threshold {args.threshold:g}, rules budget {args.budget} texts")
    print()
    block = "groups   rows  dis%   ceil | rules-n  ceil* rules "
    print(f"{'level':7} {'split':18}  {'event_type: ' + block}  {'sub_event_type: ' + block}")
    print("-" * 150)
    shares = []
    for level in LEVELS:
        splits = {key: group_split(rows, g, test) for key, g in enumerate(levels[level])}
        for name, value in SPLITS:
            chosen = [g for key, g in enumerate(levels[level]) if not value or splits[key][name] == value]
            stats = {head: agreement(rows, chosen, head, predicted=predicted[head] if args.budget else None)
                     for head in HEADS}
            print(line(level, value or "all groups", stats))
            if not value and args.budget:
                shares.append(f"{level}: " + ", ".join(
                    f"{head} {s.scored - s.scored_majority} of {s.scored - s.rules_hits}"
                    for head, s in stats.items()))
        print("-" * 150)
    print("dis% = groups whose labels disagree; ceil = majority-label rows / rows; rules-n = rows of whole groups the "
          "rules ran over, ceil* = the ceiling on those rows,\nrules = the rules' accuracy on them (no event: a miss).")
    if shares:
        print("The rules' errors on the scored rows that no text-only system avoids (rows - majority) of all their "
              "errors there:\n  " + "; ".join(shares))
    print()
    print(f"{'level':7} {'rows with a duplicate; bound on ALL rows':42} {'event_type':>22} {'sub_event_type':>22}")
    print("-" * 95)
    for level in LEVELS:
        cells = {}
        for head in HEADS:
            labelled = sum(head in row.labels for row in rows)
            errors = unavoidable(rows, levels[level], head)[""]
            bounds = country_bounds(rows, levels[level], head)
            grouped = agreement(rows, levels[level], head).rows
            cells[head] = (f"{grouped} ({100 * grouped / labelled:.1f}%)",
                           f"{1 - errors / labelled:.4f} ({errors} err)",
                           f"{sum(bounds[c] for c in test) / len(test):.4f}",
                           f"{sum(bounds[c] for c in dev) / len(dev):.4f}")
        for k, title in enumerate(("rows in a group (share of labelled rows)", "all labelled rows (unavoidable errors)",
                                   f"mean over the {len(test)} test countries (LOCO)",
                                   f"mean over the {len(dev)} development countries")):
            print(f"{level:7} {title:42} {cells['event_type'][k]:>22} {cells['sub_event_type'][k]:>22}")
    print("-" * 95)
    print("A bound counts only errors inside duplicate groups (within the country for a country's bound): rows "
          "without a duplicate are taken as codable perfectly,\nso it is an upper bound on what a text-only system "
          "can score, not an estimate of it. 'near' is not a strict bound (its texts differ a little).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
