"""Event type / sub-type accuracy of the rules alone, with confusions, on a fixed sample of coded ACLED rows.

Three uses, kept apart on purpose:

* ``dev`` — the development files ``../shared/data/acled/*.csv`` (in-sample for the rules): accuracy, the largest
  confusions and, with ``--show LABEL>LABEL``, texts of one confusion to read while writing rules. These files hold
  notes of countries that ``sitrep eval --cv`` holds out (Kenya, India): those rows are counted, never shown or dumped.
* ``loco`` — held-out countries of ``../shared/data/train/acled_75k_excl_syria_iraq.csv.gz``: a seeded sample of
  ``--per-country`` rows from each country with ``--min-rows`` coded rows (the countries ``sitrep eval --cv``
  holds out). Only aggregate numbers are printed: these rows are for measuring, never for writing rules.
* ``wide`` — a wider development set, disjoint from the held-out countries: a seeded sample of ``--per-country`` rows
  (at most ``--max-rows`` in all) of the training file's countries that ``sitrep eval --cv`` does NOT hold out
  (fewer than ``--min-rows`` coded rows over all the ACLED files it folds). In-sample once rules are written from it;
  prints accuracy, confusions and, with ``--show no-event`` or ``--show LABEL>LABEL``, texts to read.

Texts are read with :func:`sitrep.learn.data.read_training`, which strips the coders' template notes.

Example::

    .venv/bin/python scripts/type_confusion.py dev
    .venv/bin/python scripts/type_confusion.py loco --per-country 150
    .venv/bin/python scripts/type_confusion.py wide --show no-event
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
    """The countries ``sitrep eval --cv`` holds out: ``min_rows``+ rows over all the ACLED files it folds (counted as
    :func:`sitrep.learn.cv.sample_rows` counts them)."""
    from sitrep.learn.cli import ACLED_FILES

    counts: Counter[str] = Counter()
    for name in ACLED_FILES:
        if (data / name).exists():
            counts.update(row.group or "(none)" for row in read_training(data / name, "acled"))
    return {group for group, n in counts.items() if n >= min_rows and group != "(none)"}


def wide_rows(data: Path, per_country: int, min_rows: int, max_rows: int, seed: int) -> list[TrainRow]:
    """A seeded sample of ``per_country`` rows of every country of the training file that LOCO does not hold out,
    cut to ``max_rows`` in all (a seeded sample, in file order)."""
    held = held_out_countries(data, min_rows)
    by_country: dict[str, list[TrainRow]] = defaultdict(list)
    for row in read_training(data / "train" / "acled_75k_excl_syria_iraq.csv.gz", "acled"):
        if row.group and row.group not in held:
            by_country[row.group].append(row)
    rng = random.Random(seed)
    rows: list[TrainRow] = []
    for country in sorted(by_country):
        group = by_country[country]
        rows.extend(group if len(group) <= per_country else rng.sample(group, per_country))
    if len(rows) > max_rows:
        keep = set(rng.sample(range(len(rows)), max_rows))
        rows = [row for i, row in enumerate(rows) if i in keep]
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print accuracy (and, for ``dev``, confusions) of the rules' event type and sub-type."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=("dev", "loco", "wide"))
    parser.add_argument("--per-country", type=int, default=150)
    parser.add_argument("--min-rows", type=int, default=4500)
    parser.add_argument("--max-rows", type=int, default=3000, help="wide only: rows in all")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--top", type=int, default=25, help="confusions to list (not loco)")
    parser.add_argument("--show", default=None,
                        help="not loco: print texts of one confusion, 'GOLD>PREDICTED', or of rows without event, "
                             "'no-event'")
    parser.add_argument("--dump", type=Path, default=None, help="not loco: write text, gold and rules per row (JSONL)")
    args = parser.parse_args(argv)
    data = shared_data()
    if data is None:
        print("../shared/data not found: nothing to score", file=sys.stderr)
        return 0
    if args.mode == "dev":
        rows = dev_rows(data)
    elif args.mode == "wide":
        rows = wide_rows(data, args.per_country, args.min_rows, args.max_rows, args.seed)
    else:
        rows = loco_rows(data, args.per_country, args.min_rows, args.seed)
    # Only the held-out countries' rows are kept from reading: the others may be listed and shown. The development
    # files hold some of those countries' notes too (Kenya, India): ``dev`` counts them but never shows or dumps them.
    readable = args.mode != "loco"
    hidden = held_out_countries(data, args.min_rows) if args.mode == "dev" else set()
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
        if readable and group != "ALL":
            continue
        cells = [f"{counts[n] / counts[n + '_n']:.3f} ({counts[n + '_n']})" if counts[n + "_n"] else "-"
                 for n in ("event_type", "sub_event_type")]
        print(f"{group:<24} type {cells[0]:<14} sub {cells[1]:<14} no event {counts['no_event']}")
    if readable:
        for name, counter in confusions.items():
            print(f"\n{name}: largest confusions (gold > rules)")
            for (gold, guess), n in counter.most_common(args.top):
                print(f"  {n:5d}  {gold} > {guess}")
        shown = [(row, guess) for row, guess in zip(rows, predicted, strict=True) if row.group not in hidden]
        if hidden:
            print(f"\n(rows of held-out countries counted above, never shown or dumped: {len(rows) - len(shown)})")
        if args.dump:
            with open(args.dump, "w", encoding="utf-8") as out:
                for row, (etype, sub) in shown:
                    record = {"source": row.source, "country": row.group, "text": row.text, "gold": row.labels,
                              "rules": {"event_type": etype, "sub_event_type": sub}}
                    out.write(json.dumps(record) + "\n")
        if args.show == "no-event":
            for row, (etype, _sub) in shown:
                if etype is None:
                    print(f"\n- [{row.group} | {row.labels.get('sub_event_type')}] {row.text}")
        elif args.show:
            gold_label, _, guess_label = args.show.partition(">")
            for row, (etype, sub) in shown:
                got = {"event_type": etype, "sub_event_type": sub}
                for name in ("event_type", "sub_event_type"):
                    if row.labels.get(name) == gold_label and (got[name] or "(none)") == guess_label:
                        print(f"\n- [{row.source}] {row.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
