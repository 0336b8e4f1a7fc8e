"""Event type / sub-type accuracy of the rules alone, with confusions, on a fixed sample of coded ACLED rows.

Two uses, kept apart on purpose:

* ``dev`` — the development files ``../shared/data/acled/*.csv`` (in-sample for the rules): accuracy, the largest
  confusions and, with ``--show LABEL>LABEL``, texts of one confusion to read while writing rules.
* ``loco`` — held-out countries of ``../shared/data/train/acled_75k_excl_syria_iraq.csv.gz``: a seeded sample of
  ``--per-country`` rows from each country with ``--min-rows`` coded rows (the countries ``sitrep eval --cv``
  holds out). Only aggregate numbers are printed: these rows are for measuring, never for writing rules.
* ``wide`` — a wider development set for the rules, disjoint from every country ``loco`` or ``sitrep eval --cv``
  holds out: a seeded sample of at most ``--per-country`` rows of each other country of the same training file
  (about 3,000 rows from some 110 countries). In-sample once rules are written on it: confusions and ``--show``
  as for ``dev``.

Texts are read with :func:`sitrep.learn.data.read_training`, which strips the coders' template notes.

Example::

    .venv/bin/python scripts/type_confusion.py dev
    .venv/bin/python scripts/type_confusion.py loco --per-country 150
    .venv/bin/python scripts/type_confusion.py wide --show "Mob violence>Violent demonstration"
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from sitrep.learn.cli import shared_data
from sitrep.learn.data import TrainRow, read_training

_extractor = None


def _init() -> None:
    global _extractor
    from sitrep import api

    _extractor = api.default_extractor(model=False)


def _classify(text: str) -> tuple[str | None, str | None]:
    from sitrep.ingest import document_from_text

    assert _extractor is not None
    try:
        events = _extractor(document_from_text(text)).events
    except Exception:  # a text the rules trip on counts as one where they found nothing
        return None, None
    return (events[0].event_type, events[0].sub_event_type) if events else (None, None)


def run_rules(texts: list[str], workers: int) -> list[tuple[str | None, str | None]]:
    """The rules' (event_type, sub_event_type) of each text's first event."""
    if workers <= 1:
        _init()
        return [_classify(t) for t in texts]
    with multiprocessing.get_context("fork").Pool(workers, initializer=_init) as pool:
        return pool.map(_classify, texts, chunksize=32)


def dev_rows(data: Path) -> list[TrainRow]:
    """Every row of the development ACLED files."""
    return [row for path in sorted((data / "acled").glob("*.csv")) for row in read_training(path, "acled")]


def loco_rows(data: Path, per_country: int, min_rows: int, seed: int) -> list[TrainRow]:
    """A seeded sample of ``per_country`` rows of every country with ``min_rows``+ rows in the training file."""
    by_country: dict[str, list[TrainRow]] = defaultdict(list)
    for row in read_training(data / "train" / "acled_75k_excl_syria_iraq.csv.gz", "acled"):
        if row.group:
            by_country[row.group].append(row)
    rng = random.Random(seed)
    rows: list[TrainRow] = []
    for country in sorted(c for c, r in by_country.items() if len(r) >= min_rows):
        group = by_country[country]
        rows.extend(group if len(group) <= per_country else rng.sample(group, per_country))
    return rows


def held_out_countries(data: Path, min_rows: int) -> set[str]:
    """Every country that ``loco`` (rows of the training file) or ``sitrep eval --cv`` (rows of all the ACLED files
    it folds) holds out: those with ``min_rows``+ coded rows in either count."""
    from sitrep.learn.cli import ACLED_FILES

    train = Counter(row.group for row in read_training(data / "train" / "acled_75k_excl_syria_iraq.csv.gz", "acled"))
    folded = Counter(train)
    for name in ACLED_FILES:
        if not name.startswith("train/") and (data / name).exists():
            folded.update(row.group for row in read_training(data / name, "acled"))
    return {country for counts in (train, folded) for country, n in counts.items() if country and n >= min_rows}


def wide_rows(data: Path, per_country: int, min_rows: int, seed: int) -> list[TrainRow]:
    """A seeded sample of at most ``per_country`` rows of every country of the training file that no
    leave-one-country-out fold holds out (:func:`held_out_countries`): a development set for the rules that shares
    no country with the out-of-sample measure."""
    held_out = held_out_countries(data, min_rows)
    by_country: dict[str, list[TrainRow]] = defaultdict(list)
    for row in read_training(data / "train" / "acled_75k_excl_syria_iraq.csv.gz", "acled"):
        if row.group and row.group not in held_out:
            by_country[row.group].append(row)
    # A generator per country seeded with its name: the sample of one country does not move when another changes.
    rows: list[TrainRow] = []
    for country in sorted(by_country):
        group = by_country[country]
        rng = random.Random(f"{seed}:wide:{country}")
        rows.extend(group if len(group) <= per_country else rng.sample(group, per_country))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print accuracy (and, for ``dev``, confusions) of the rules' event type and sub-type."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=("dev", "loco", "wide"))
    parser.add_argument("--per-country", type=int, default=150)
    parser.add_argument("--min-rows", type=int, default=4500)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--top", type=int, default=25, help="confusions to list (dev and wide)")
    parser.add_argument("--show", default=None, help="dev and wide: print texts of one confusion, 'GOLD>PREDICTED'")
    parser.add_argument("--dump", type=Path, default=None,
                        help="dev and wide: write text, gold and rules per row (JSONL)")
    args = parser.parse_args(argv)
    data = shared_data()
    if data is None:
        print("../shared/data not found: nothing to score", file=sys.stderr)
        return 0
    if args.mode == "dev":
        rows = dev_rows(data)
    elif args.mode == "wide":
        rows = wide_rows(data, args.per_country, args.min_rows, args.seed)
    else:
        rows = loco_rows(data, args.per_country, args.min_rows, args.seed)
    predicted = run_rules([row.text for row in rows], args.workers)
    per_group: dict[str, Counter[str]] = defaultdict(Counter)
    confusions: dict[str, Counter[tuple[str, str]]] = {"event_type": Counter(), "sub_event_type": Counter()}
    for row, (etype, sub) in zip(rows, predicted, strict=True):
        # A row where the rules found no event is a miss for both fields: counted apart, as its causes differ.
        per_group[row.group]["no_event"] += etype is None
        per_group["ALL"]["no_event"] += etype is None
        for name, guess in (("event_type", etype), ("sub_event_type", sub)):
            gold = row.labels.get(name)
            if not gold:
                continue
            per_group[row.group][name + "_n"] += 1
            per_group[row.group][name] += guess == gold
            per_group["ALL"][name + "_n"] += 1
            per_group["ALL"][name] += guess == gold
            if guess != gold:
                confusions[name][(gold, guess or "(none)")] += 1
    for group, counts in sorted(per_group.items(), key=lambda kv: (kv[0] == "ALL", kv[0])):
        if args.mode != "loco" and group != "ALL":
            continue
        cells = [f"{counts[n] / counts[n + '_n']:.3f} ({counts[n + '_n']})" if counts[n + "_n"] else "-"
                 for n in ("event_type", "sub_event_type")]
        print(f"{group:<24} type {cells[0]:<14} sub {cells[1]:<14} no event {counts['no_event']}")
    if args.mode != "loco":
        for name, counter in confusions.items():
            print(f"\n{name}: largest confusions (gold > rules)")
            for (gold, guess), n in counter.most_common(args.top):
                print(f"  {n:5d}  {gold} > {guess}")
        if args.dump:
            with open(args.dump, "w", encoding="utf-8") as out:
                for row, (etype, sub) in zip(rows, predicted, strict=True):
                    out.write(json.dumps({"source": row.source, "text": row.text, "gold": row.labels,
                                          "rules": {"event_type": etype, "sub_event_type": sub}}) + "\n")
        if args.show:
            gold_label, _, guess_label = args.show.partition(">")
            for row, (etype, sub) in zip(rows, predicted, strict=True):
                got = {"event_type": etype, "sub_event_type": sub}
                for name in ("event_type", "sub_event_type"):
                    if row.labels.get(name) == gold_label and (got[name] or "(none)") == guess_label:
                        print(f"\n- [{row.source}] {row.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
