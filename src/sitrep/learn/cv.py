"""Leave-one-country-out: train on every other country, score rules alone, the model alone and both stacked.

The rules' view of every row and every embedding are computed once; each fold only fits heads. Held-out rows are
sampled (``test_rows`` per country) and training rows capped (``train_rows``) so the whole run stays within minutes
on two cores; both are printed with the table.
"""

from __future__ import annotations

import random
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.extract.embed import StaticEmbedder
from sitrep.learn.data import TrainRow
from sitrep.learn.features import rule_views
from sitrep.learn.train import EMBEDDING_WEIGHT, fit_heads

__all__ = ["CVReport", "leave_one_country_out"]

FIELDS = ("event_type", "sub_event_type")
SYSTEMS = ("rules", "model", "stacked", "stacked_extraction")
"""``stacked`` types every held-out row; ``stacked_extraction`` only those where the rules found an event (as
``sitrep extract`` does: the model re-types the rules' events, it does not create events), the rest are misses."""


@dataclass
class Fold:
    """One held-out country: its row count and the accuracy of each system on each field."""

    group: str
    rows: int
    scores: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)

    def rate(self, system: str, name: str) -> float | None:
        hits, total = self.scores.get((system, name), (0, 0))
        return hits / total if total else None


@dataclass
class CVReport:
    """Per-fold and mean accuracy; how the run was sampled."""

    folds: list[Fold]
    settings: dict[str, object]

    def mean(self, system: str, name: str) -> float | None:
        """The mean over folds (each country weighs the same)."""
        rates = [r for f in self.folds if (r := f.rate(system, name)) is not None]
        return sum(rates) / len(rates) if rates else None

    def table(self) -> str:
        """A fixed-width table: one line per fold, then the mean."""
        columns = [(s, n) for n in FIELDS for s in SYSTEMS]
        head = f"{'held-out country':28} {'rows':>5} " + " ".join(f"{s[:8] + '/' + n[:3]:>13}" for s, n in columns)
        lines = [head, "-" * len(head)]

        def cell(value: float | None) -> str:
            return f"{value:13.3f}" if value is not None else f"{'-':>13}"

        for fold in self.folds:
            cells = " ".join(cell(fold.rate(s, n)) for s, n in columns)
            lines.append(f"{fold.group[:28]:28} {fold.rows:5d} {cells}")
        lines.append("-" * len(head))
        lines.append(f"{'mean over folds':28} {sum(f.rows for f in self.folds):5d} "
                     + " ".join(cell(self.mean(s, n)) for s, n in columns))
        legend = ("rules = the rules alone; model = the learned heads without rule features; stacked = heads on "
                  "learned + rule features, every row;\nstacked_extraction = stacked, but a row where the rules "
                  "found no event is a miss (what `sitrep extract --model` delivers).\n/eve = event_type, /sub = "
                  "sub_event_type (rows with a 25-type sub-event label only).")
        settings = ", ".join(f"{k}={v}" for k, v in self.settings.items())
        return "\n".join([*lines, "", legend, f"settings: {settings}"])


def leave_one_country_out(rows: Sequence[TrainRow], *, embedder: StaticEmbedder | None = None, min_rows: int = 300,
                          test_rows: int = 300, train_rows: int = 30000, seed: int = 13, workers: int | None = None,
                          cache: Path | None = None, progress: bool = False, max_iter: int = 100,
                          bow: bool = True, embedding_weight: float = EMBEDDING_WEIGHT) -> CVReport:
    """Score rules, model and stacked on each country with ``min_rows``+ rows, trained on the others."""
    started = time.perf_counter()
    embedder = embedder or StaticEmbedder.load()
    views = rule_views([row.text for row in rows], workers=workers, cache=cache)
    embeddings, bags = embedder.encode([view[0] for view in views])
    tokens = [view[1] for view in views]
    labels = [row.labels for row in rows]
    by_group: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_group[row.group or "(none)"].append(i)
    groups = sorted((g for g, idx in by_group.items() if len(idx) >= min_rows and g != "(none)"),
                    key=lambda g: -len(by_group[g]))
    rng = random.Random(seed)
    folds: list[Fold] = []
    for group in groups:
        test = by_group[group] if len(by_group[group]) <= test_rows else rng.sample(by_group[group], test_rows)
        rest = [i for g, idx in by_group.items() if g != group for i in idx]
        train = rest if len(rest) <= train_rows else rng.sample(rest, train_rows)
        fold = Fold(group=group, rows=len(test))
        systems = {}
        for use_rules, system in ((True, "stacked"), (False, "model")):
            model = fit_heads(embeddings[train], [tokens[i] for i in train], [labels[i] for i in train], "acled",
                              embedder, name=f"cv-{system}", use_rules=use_rules, max_iter=max_iter,
                              bags=[bags[i] for i in train] if bow else None, embedding_weight=embedding_weight)
            systems[system] = model.predict(model.features_from(embeddings[test], [tokens[i] for i in test],
                                                                [bags[i] for i in test]))
        for name, rule_index in (("event_type", 2), ("sub_event_type", 3)):
            tally: Counter[str] = Counter()
            total = 0
            for position, i in enumerate(test):
                gold = labels[i].get(name)
                if gold is None:
                    continue
                total += 1
                rule_found = views[i][1] != ["rule=none"]
                tally["rules"] += views[i][rule_index] == gold
                for system in ("model", "stacked"):
                    tally[system] += systems[system][position].get(name, ("", 0.0))[0] == gold
                stacked = systems["stacked"][position].get(name, ("", 0.0))[0]
                tally["stacked_extraction"] += rule_found and stacked == gold
            for system in SYSTEMS:
                fold.scores[(system, name)] = (tally[system], total)
        folds.append(fold)
        if progress:
            print(f"  {group}: done ({time.perf_counter() - started:.0f} s)", flush=True)
    settings = {"countries": len(folds), "min_rows": min_rows, "test_rows_per_country": test_rows,
                "train_rows_per_fold": train_rows, "seed": seed, "embedder": embedder.name, "max_iter": max_iter,
                "bag_of_tokens": bow, "embedding_weight": embedding_weight,
                "seconds": round(time.perf_counter() - started)}
    return CVReport(folds=folds, settings=settings)
