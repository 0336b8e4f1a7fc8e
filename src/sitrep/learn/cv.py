"""Leave-one-country-out: train on every other country, score rules alone, the model alone and both stacked.

The rules' view of every row and every embedding are computed once; each fold only fits heads. Held-out rows are
sampled (``test_rows`` per country) and training rows capped (``train_rows``) so the whole run stays within minutes
on two cores; both are printed with the table.
"""

from __future__ import annotations

import inspect
import random
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.extract.embed import StaticEmbedder
from sitrep.extract.learned import LearnedModel, plain_text, rule_tactic
from sitrep.learn.data import TrainRow
from sitrep.learn.features import RuleView, rule_views
from sitrep.learn.prose import ProseGate
from sitrep.learn.train import EMBEDDING_WEIGHT, MAX_ITER, fit_heads

__all__ = [
    "CVReport",
    "HeldOut",
    "Sample",
    "choose_thresholds",
    "dev_countries",
    "gated_hits",
    "held_out_folds",
    "leave_one_country_out",
    "sample_rows",
    "score_folds",
]

FIELDS = ("event_type", "sub_event_type")
SYSTEMS = ("rules", "model", "stacked", "gated", "gated_extraction")
"""``stacked`` lets the heads re-type every held-out row; ``gated`` lets them override the rules only above the
thresholds (chosen on the other folds); ``gated_extraction`` counts only rows where the rules found an event (as
``sitrep extract`` does: the model re-types the rules' events, it does not create events), the rest are misses."""
UNSEEN = ":unseen"
"""Suffix of a system scored only on the held-out rows outside the development files (:attr:`HeldOut.tuned`): the
rules of ``sitrep-rules/4`` to ``/9`` were tuned on ``../shared/data/acled/*.csv``, whose notes include some of the
held-out countries' (most of Kenya's), so on the other rows the rules are out of sample too."""


@dataclass
class Fold:
    """One held-out country: its row count and the accuracy of each system on each field."""

    group: str
    rows: int
    scores: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    unseen: int = 0
    """Held-out rows outside the development files (:data:`UNSEEN`)."""

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
        lines = self._block("held-out country", columns, lambda fold: fold.rows)
        legend = (
            "rules = the rules alone; model = the learned heads without rule features; stacked = heads on "
            "learned + rule features, always overriding;\ngated = stacked, overriding a rule decision only "
            "above thresholds chosen on the other folds; gated_extraction = gated, but a row where the\nrules "
            "found no event is a miss (what `sitrep extract --model` delivers). /eve = event_type, /sub = "
            "sub_event_type (rows with a 25-type sub-event label only)."
        )
        settings = ", ".join(f"{k}={v}" for k, v in self.settings.items())
        unseen = self._block("rows outside the dev files",
                             [(s + UNSEEN, n) for n in FIELDS for s in ("rules", "gated_extraction")],
                             lambda fold: fold.unseen)
        return "\n".join([*lines, "", legend, "", *unseen, "", f"settings: {settings}"])

    def _block(self, title: str, columns: list[tuple[str, str]], count: Callable[[Fold], int]) -> list[str]:
        """One block of the table: a line per fold (its ``count`` of rows, then each column's rate), then the mean.
        The second block (:data:`UNSEEN`) scores the held-out rows the rules were never tuned on."""

        def cell(value: float | None) -> str:
            return f"{value:13.3f}" if value is not None else f"{'-':>13}"

        head = f"{title:28} {'rows':>5} " + " ".join(
            f"{s.removesuffix(UNSEEN)[:8] + '/' + n[:3]:>13}" for s, n in columns)
        lines = [head, "-" * len(head)]
        for fold in self.folds:
            cells = " ".join(cell(fold.rate(s, n)) for s, n in columns)
            lines.append(f"{fold.group[:28]:28} {count(fold):5d} {cells}")
        lines.append("-" * len(head))
        lines.append(f"{'mean over folds':28} {sum(count(f) for f in self.folds):5d} "
                     + " ".join(cell(self.mean(s, n)) for s, n in columns))
        return lines


@dataclass
class HeldOut:
    """One fold's held-out rows as the stacked heads saw them: enough to re-run the gate at any threshold."""

    group: str
    model: LearnedModel
    probs: dict[str, np.ndarray]
    rules: list[dict[str, str | None]]
    found: list[bool]
    gold: list[dict[str, str]]
    model_only: list[dict[str, tuple[str, float]]]
    tuned: list[bool] = field(default_factory=list)
    """Per row: its text is one of the development files' (:func:`held_out_folds`'s ``development``)."""
    text_model: LearnedModel | None = None
    """The heads fitted without rule features (text only), where ``model_only`` fitted them."""


@dataclass
class Sample:
    """Which rows a leave-one-country-out run uses: held-out rows per country and one training pool.

    Each fold trains on the pool without the held-out country's rows, so the rules (the slow part) run once over
    the pool and the held-out rows, not over every coded row."""

    groups: list[str]
    test: dict[str, list[int]]
    pool: list[int]

    def used(self) -> list[int]:
        """Every row index the run reads, in order."""
        return sorted({*self.pool, *(i for idx in self.test.values() for i in idx)})


def sample_rows(
    rows: Sequence[TrainRow],
    *,
    min_rows: int = 300,
    test_rows: int = 300,
    train_rows: int = 30000,
    per_country: int | None = None,
    seed: int = 13,
    only: Sequence[str] | None = None,
) -> Sample:
    """Held-out rows (``test_rows`` from each country with ``min_rows``+ rows) and a training pool of at most
    ``train_rows`` rows with at most ``per_country`` from any one country (None: no cap).

    Each country's rows are shuffled by a generator seeded with the country's name, so a smaller ``test_rows`` or
    ``per_country`` takes a prefix of a larger one's rows (a cached run stays useful when the sample shrinks). The
    cap keeps the pool from being mostly the largest countries (which are also the held-out ones): breadth
    transfers, a tenth country's thousandth row adds little."""
    by_group: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_group[row.group or "(none)"].append(i)
    for group, idx in by_group.items():
        random.Random(f"{seed}:{group}").shuffle(idx)
    groups = sorted(
        (g for g, idx in by_group.items() if len(idx) >= min_rows and g != "(none)" and (only is None or g in only)),
        key=lambda g: -len(by_group[g]),
    )
    test = {g: by_group[g][:test_rows] for g in groups}
    capped = [i for idx in by_group.values() for i in (idx if per_country is None else idx[:per_country])]
    capped.sort()
    pool = capped if len(capped) <= train_rows else sorted(random.Random(seed).sample(capped, train_rows))
    return Sample(groups=groups, test=test, pool=pool)


DEV_COUNTRIES = 8
"""How many countries the development folds hold out (:func:`dev_countries`)."""


def dev_countries(rows: Sequence[TrainRow], *, test_min_rows: int = 4500, count: int = DEV_COUNTRIES,
                  min_rows: int = 1000) -> list[str]:
    """The development countries: the ``count`` largest countries with fewer than ``test_min_rows`` rows (so none
    of the test folds' countries, which have ``test_min_rows``+) and at least ``min_rows``, largest first.

    The leave-one-country-out folds over the largest countries are the test set: a head option chosen by their
    scores is tuned to them. Options are chosen on these folds instead (``held_out_folds(..., only=...)``, each
    held out in turn from the same pool), and the test folds run once, on the final choice."""
    sizes: dict[str, int] = defaultdict(int)
    for row in rows:
        if row.group:
            sizes[row.group] += 1
    ranked = sorted((g for g, n in sizes.items() if min_rows <= n < test_min_rows), key=lambda g: (-sizes[g], g))
    return ranked[:count]


GRID = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 1.01)
"""Thresholds tried for each head (1.01: the model never overrides a rule decision)."""


def gated_hits(fold: HeldOut, thresholds: dict[str, float],
               rows: Sequence[bool] | None = None) -> dict[str, tuple[int, int, int]]:
    """Per field: (rows the gated stack gets right, of them where the rules found an event, rows with a label);
    ``rows``: only the rows marked True."""
    for head in fold.model.heads:
        head.threshold = thresholds.get(head.name, 0.0)
    decisions = fold.model.decide(fold.probs, fold.rules)
    out: dict[str, tuple[int, int, int]] = {}
    for name in FIELDS:
        hits = found_hits = total = 0
        for row, gold in enumerate(fold.gold):
            if name not in gold or (rows is not None and not rows[row]):
                continue
            total += 1
            right = name in decisions[row] and decisions[row][name].label == gold[name]
            hits += right
            found_hits += right and fold.found[row]
        out[name] = (hits, found_hits, total)
    return out


def choose_thresholds(
    folds: Sequence[HeldOut],
    grid: Sequence[float] = GRID,
    memo: dict[tuple[int, float, float], dict[str, tuple[int, int, int]]] | None = None,
    prose: ProseGate | None = None,
) -> dict[str, float]:
    """Among the thresholds (event type, sub-type) whose mean gain over the rules on these folds is within one
    standard error of the best mean gain, the pair that agrees best with the prose development set (``prose``: the
    mean over these folds' models, :class:`~sitrep.learn.prose.ProseGate`); without ``prose``, or among pairs it
    scores alike, the most cautious: the one-standard-error rule.

    Why not simply the best mean: on held-out ACLED countries a low threshold and a cautious one score within noise
    of each other (the notes are the model's own style, so it is right even when unsure), while on prose unlike
    the notes an unsure model is the one that is wrong. Among settings the folds cannot tell apart, the one that
    lets the model override least is chosen. The one-standard-error rule stood for that reason alone, and on a gain
    curve this flat it flipped between 0.6 and 0.85 with small rule changes; the prose set measures the reason
    itself (thousands of rows, none of them ACLED's), so it decides among the settings the folds cannot tell apart.
    Gains count only rows where the rules found an event: in extraction the heads re-type the rules' events and never
    see the others. ``memo`` keeps each fold's hits per threshold pair between calls (choosing for every fold from
    the others asks for the same pairs again)."""
    memo = {} if memo is None else memo
    rules = [{name: _rule_rate(fold, name) for name in FIELDS} for fold in folds]
    table: dict[tuple[float, float], list[float]] = {}
    for t_type in grid:
        for t_sub in grid:
            gains = []
            for fold, base in zip(folds, rules, strict=True):
                key = (id(fold), t_type, t_sub)
                if key not in memo:
                    memo[key] = gated_hits(fold, {"event_type": t_type, "sub_event_type": t_sub})
                hits = memo[key]
                gains.append(sum(hits[n][1] / hits[n][2] - base[n] for n in FIELDS if hits[n][2]) / len(FIELDS))
            table[(t_type, t_sub)] = gains
    means = {key: float(np.mean(gains)) for key, gains in table.items()}
    best = max(means, key=lambda key: (means[key], key))
    error = float(np.std(table[best], ddof=1) / np.sqrt(len(folds))) if len(folds) > 1 else 0.0
    candidates = [key for key, mean in means.items() if mean >= means[best] - error - 1e-9]
    if prose is None:
        chosen = max(candidates)
    else:
        agreement = {
            key: float(np.mean([prose.agreement(fold.model, dict(zip(FIELDS, key, strict=True))) for fold in folds]))
            for key in candidates
        }
        chosen = max(candidates, key=lambda key: (round(agreement[key], 9), key))
    return {"event_type": chosen[0], "sub_event_type": chosen[1]}


def _rule_hits(fold: HeldOut, name: str, rows: Sequence[bool] | None = None) -> tuple[int, int]:
    """(rows the rules get right, rows with a label) of one field; ``rows``: only the rows marked True."""
    labelled = [row for row, gold in enumerate(fold.gold) if name in gold and (rows is None or rows[row])]
    return sum(fold.rules[row].get(name) == fold.gold[row][name] for row in labelled), len(labelled)


def _rule_rate(fold: HeldOut, name: str) -> float:
    hits, total = _rule_hits(fold, name)
    return hits / total if total else 0.0


def held_out_folds(
    rows: Sequence[TrainRow],
    *,
    embedder: StaticEmbedder | None = None,
    min_rows: int = 300,
    test_rows: int = 300,
    train_rows: int = 30000,
    per_country: int | None = None,
    seed: int = 13,
    workers: int | None = None,
    cache: Path | None = None,
    progress: bool = False,
    max_iter: int = MAX_ITER,
    bow: bool = True,
    embedding_weight: float = EMBEDDING_WEIGHT,
    views: Sequence[RuleView] | None = None,
    only: Sequence[str] | None = None,
    model_only: bool = True,
    fit: dict[str, Any] | None = None,
    development: frozenset[str] = frozenset(),
) -> list[HeldOut]:
    """Fit heads without each country with ``min_rows``+ rows (or each of ``only``) and keep what they say about that
    country's rows; ``model_only=False`` skips the heads without rule features (half the time). Rows are chosen by
    :func:`sample_rows`; the rules run only over those (``views``, when given, are every row's). ``fit``: more
    keyword arguments for :func:`~sitrep.learn.train.fit_heads` (the options being measured). ``development``:
    texts the rules were tuned on (:func:`sitrep.learn.data.development_texts`); held-out rows among them are marked,
    so that :func:`score_folds` also scores the rows the rules never saw."""
    started = time.perf_counter()
    embedder = embedder or StaticEmbedder.load()
    sample = sample_rows(
        rows,
        min_rows=min_rows,
        test_rows=test_rows,
        train_rows=train_rows,
        per_country=per_country,
        seed=seed,
        only=only,
    )
    used = sample.used()
    if views is None:
        computed = rule_views([rows[i].text for i in used], workers=workers, cache=cache)
        view_of: dict[int, RuleView] = dict(zip(used, computed, strict=True))
    else:
        view_of = {i: views[i] for i in used}
    if (fit or {}).get("plain"):  # the heads read plain texts (sitrep.extract.learned.plain_text)
        view_of = {i: (plain_text(view[0]), *view[1:]) for i, view in view_of.items()}
    position = {i: k for k, i in enumerate(used)}
    embeddings, bags = embedder.encode([view_of[i][0] for i in used])
    tokens = [view_of[i][1] for i in used]
    labels = [rows[i].labels for i in used]
    texts = [view_of[i][0] for i in used]
    folds: list[HeldOut] = []
    for group in sample.groups:
        test = [position[i] for i in sample.test[group]]
        train = [position[i] for i in sample.pool if (rows[i].group or "(none)") != group]
        fitted = {}
        for use_rules, system in ((True, "stacked"), (False, "model"))[: 2 if model_only else 1]:
            fitted[system] = fit_heads(
                embeddings[train],
                [tokens[i] for i in train],
                [labels[i] for i in train],
                "acled",
                embedder,
                name=f"cv-{system}",
                use_rules=use_rules,
                max_iter=max_iter,
                bags=[bags[i] for i in train] if bow else None,
                embedding_weight=embedding_weight,
                texts=[texts[i] for i in train],
                **(fit or {}),
            )

        def features(model: LearnedModel, test: list[int] = test) -> Any:
            return model.features_from(
                embeddings[test], [tokens[i] for i in test], [bags[i] for i in test], [texts[i] for i in test]
            )

        stacked = fitted["stacked"]
        folds.append(
            HeldOut(
                group=group,
                model=stacked,
                probs=stacked.probabilities(features(stacked)),
                rules=[
                    {"event_type": view_of[used[i]][2], "sub_event_type": view_of[used[i]][3],
                     "tactic": rule_tactic(tokens[i])}
                    for i in test
                ],
                found=[tokens[i] != ["rule=none"] for i in test],
                gold=[labels[i] for i in test],
                model_only=fitted["model"].predict(features(fitted["model"])) if model_only else [{} for _ in test],
                tuned=[rows[used[i]].text in development for i in test],
                text_model=fitted.get("model"),
            )
        )
        if progress:
            print(f"  {group}: done ({time.perf_counter() - started:.0f} s)", flush=True)
    return folds


def leave_one_country_out(rows: Sequence[TrainRow], *, embedder: StaticEmbedder | None = None,
                          prose: ProseGate | None = None, **options: Any) -> CVReport:
    """Score rules, model, stacked and gated on each country with ``min_rows``+ rows, trained on the others;
    ``options`` are :func:`held_out_folds`'s (stated there once, with their defaults).

    ``gated``'s thresholds for a fold are chosen (:func:`choose_thresholds`) on the *other* folds only, so its
    score is out-of-sample for the thresholds too."""
    started = time.perf_counter()
    embedder = embedder or StaticEmbedder.load()
    folds = held_out_folds(rows, embedder=embedder, **options)
    used = {**_defaults(held_out_folds), **options}
    settings = {
        "countries": len(folds),
        "min_rows": used["min_rows"],
        "test_rows_per_country": used["test_rows"],
        "train_pool": used["train_rows"],
        "per_country": used["per_country"],
        "seed": used["seed"],
        "embedder": embedder.name,
        "max_iter": used["max_iter"],
        "bag_of_tokens": used["bow"],
        "embedding_weight": used["embedding_weight"],
        **(used["fit"] or {}),
    }
    if prose is not None:
        settings["threshold_tie_break"] = f"prose development set ({len(prose.rows)} rows)"
    report = score_folds(folds, settings, prose=prose)
    report.settings["seconds"] = round(time.perf_counter() - started)
    return report


def _defaults(function: Any) -> dict[str, Any]:
    """The keyword-only parameters of ``function`` with their defaults."""
    return {name: p.default for name, p in inspect.signature(function).parameters.items()
            if p.kind is inspect.Parameter.KEYWORD_ONLY}


def score_folds(folds: Sequence[HeldOut], settings: dict[str, object] | None = None,
                prose: ProseGate | None = None) -> CVReport:
    """Rules, model, stacked and gated accuracy of each fold; each fold's gate thresholds chosen on the others (and
    ``prose``, through the others' models: :func:`choose_thresholds`)."""
    scored: list[Fold] = []
    memo: dict[tuple[int, float, float], dict[str, tuple[int, int, int]]] = {}
    for k, fold in enumerate(folds):
        others = [f for j, f in enumerate(folds) if j != k]
        thresholds = choose_thresholds(others, memo=memo, prose=prose) if others else {name: 0.0 for name in FIELDS}
        stacked = gated_hits(fold, {name: 0.0 for name in FIELDS})
        gated = gated_hits(fold, thresholds)
        result = Fold(group=fold.group, rows=len(fold.gold))
        for name in FIELDS:
            rows_with = [row for row, gold in enumerate(fold.gold) if name in gold]
            total = len(rows_with)
            result.scores[("rules", name)] = _rule_hits(fold, name)
            result.scores[("model", name)] = (
                sum(fold.model_only[r].get(name, ("", 0.0))[0] == fold.gold[r][name] for r in rows_with),
                total,
            )
            result.scores[("stacked", name)] = (stacked[name][0], total)
            result.scores[("gated", name)] = (gated[name][0], total)
            result.scores[("gated_extraction", name)] = (gated[name][1], total)
        unseen = [not tuned for tuned in fold.tuned] if fold.tuned else [True] * len(fold.gold)
        gated_unseen = gated_hits(fold, thresholds, rows=unseen)
        for name in FIELDS:
            result.scores[("rules" + UNSEEN, name)] = _rule_hits(fold, name, unseen)
            result.scores[("gated_extraction" + UNSEEN, name)] = (gated_unseen[name][1], gated_unseen[name][2])
        result.unseen = sum(unseen)
        scored.append(result)
    overall = choose_thresholds(folds, memo=memo, prose=prose) if folds else {}
    return CVReport(folds=scored, settings={**(settings or {}), "thresholds_all_folds": overall})
