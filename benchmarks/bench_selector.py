"""A learned choice between the rules and the heads, measured on the development folds (issue #8).

    .venv/bin/python benchmarks/bench_selector.py --dev --cache /tmp/sitrep-cv-cache    # from a folder beside ../shared

The gate (:meth:`sitrep.extract.learned.LearnedModel.decide`) lets the heads' joint (type, sub-type) choice replace
the rules' where the type head's probability reaches one threshold (the sub-type never alone). Is that single
threshold leaving accuracy that a *learned* selector between the two would take? Measured on the 8 development folds
of ``compare_heads.py --dev`` (:func:`sitrep.learn.cv.dev_countries`, each held out in turn from the same pool, heads
fitted without it; 1,000 held-out rows each, genuinely out-of-fold predictions), never on the 8 test folds:

1. the oracle: a row counts when the rules' or the heads' joint choice is right (type; sub-type; and "joint", one
   choice for both fields per row) — the ceiling of any selector between the two — beside the rules, the heads and
   the gate (thresholds chosen by :func:`~sitrep.learn.cv.choose_thresholds` on the other folds, no prose);
2. selectors: a logistic regression and a depth-limited tree predicting, per row where the rules found an event,
   whether the heads' joint choice is better than the rules' (trained on the rows where the two differ in
   correctness, weighted by how many fields differ), from what is known at run time — the rules' type and sub-type,
   the heads' top labels and their probabilities, the heads' probability of the rules' labels, margins, agreement,
   whether a weapon named decides (gate/2's :func:`~sitrep.extract.learned.explicit_weapon`) and the rules' other
   feature names (target, tactic, status, actors, toll). Fitted on 7 folds' rows, scored on the 8th; paired against
   the gate on the same rows: mean ± standard error over the 8 folds of the change in points, as extracted (a row
   without a rule event is a miss for both);
3. on the prose development set (:mod:`sitrep.learn.prose`, GTD and RAND prose through the crosswalk): each fold's
   heads gated at that fold's thresholds against the selector fitted on the other folds' rows, on the same rows;
   the paired change per prose row averaged over the 8 folds' models, ± its standard error over rows.

The selectors' options were fixed before any score was read (logistic regression C = 1, standardised; a tree of
depth 3 with leaves of 40+ rows; take the heads where the selector says so at 0.5); each is printed with and without
gate/2's weapon lock. ``--folds FILE`` keeps the fitted folds' probabilities, so a second run takes seconds.

Found (``sitrep-rules/26``, heads fitted as ``acled-wordpiece@27`` is, 8 development folds × 1,000 rows; the folds'
fitting 345 s at load 5-9; thresholds chosen 0.7 / 1.01 on every fold's other seven):

* The stacked heads' joint choice differs from the rules' (type, sub-type) on only **151 of the 7,861** rule events
  (1.9%): the heads learn the rules' one-hot decisions and follow them. Of those 151, the heads have more fields right
  on 56, the rules on 67 (the rest tie). Rules 0.877 / 0.856, heads 0.875 / 0.855, gated 0.879 / 0.859,
  **oracle 0.883 / 0.864**: a perfect selector would gain **+0.41 / +0.56 points** over the gate (one choice for both
  fields per row gives the same). On the 4,771 rows outside the rule writers' wide samples (the rules are in sample
  on the others) the same: gated 0.870 / 0.848, oracle 0.874 / 0.853 (+0.44 / +0.50). Below the one-point line: no
  selector between the two can gain much, whatever its features.
* The selectors, fitted on the other 7 folds (about 110 rows a fit where the choice matters), lose to the gate:
  logistic with the weapon lock **−0.13 ± 0.09 / −0.17 ± 0.07** points (type / sub-type), the tree −0.17 ± 0.10 /
  −0.16 ± 0.12; without the lock −0.17 ± 0.14 / −0.13 ± 0.11 and −0.19 ± 0.15 / −0.08 ± 0.19. On prose they lose
  too (against each fold's gate, mean over the folds' heads): logistic with the lock type −0.06 ± 0.04, sub-type
  −0.37 ± 0.13 points; without the lock −0.25 ± 0.06 / −0.49 ± 0.14; the tree −0.00 ± 0.03 / −0.35 ± 0.12 with the
  lock. So the single threshold leaves at most half a point on the development folds, and a learned selector takes
  none of it: gate/2 stays, no gate/3.

``--text-only``: a second opinion from heads fitted WITHOUT rule features (the "model" heads of ``bench_model.py
--cv``, :func:`~sitrep.learn.cv.held_out_folds` with ``model_only=True``: text only, so they cannot copy the rules'
decisions). Same 8 development folds; T = the text-only heads' joint (type, sub-type) choice on a rule event, S = the
stacked heads' (as above), G = the gate as shipped (thresholds from the other folds, the weapon lock). Measured:

1. the oracle over {rules, T} (a field right when either is), beside the rules, T, S, the gate and the oracle over
   {rules, S}, as extracted, on all held-out rows and on those outside the rule writers' wide samples;
2. three combinations, declared here before any score was read, each paired against the gate per fold (mean ±
   standard error over the 8 folds, as extracted); gate/2's weapon lock holds in all three:
   (a) ``agree``: S's joint choice replaces the rules' only where T's joint choice is the same pair (two models
       agree), whatever the probabilities;
   (b) ``agree+gate``: the gate's decision where T's joint choice equals it, the rules' elsewhere (the gate's
       threshold and a text-only veto);
   (c) ``text override``: the gate's decision, then T's joint choice replaces it where T's type probability is >= t
       and the stacked type head's probability of the rules' type is < u; (t, u) from t in {0.5, 0.6, 0.7, 0.8, 0.9,
       0.95, 0.98, never} × u in {0.05, 0.1, 0.2, 0.3, 0.5}, chosen on the other 7 folds by the mean over folds of
       the mean (type, sub-type) change against the gate; ties to the most cautious (highest t, then lowest u);
3. a combination whose gain clears two standard errors on one field without losing the other is scored on the
   prose development set as in the selectors' part (each fold's T, S and gate on the prose rows; all three printed).

Found (``sitrep-rules/27``, heads fitted as ``acled-wordpiece@28`` is, 8 development folds × 1,000 rows, the folds'
fitting with the text-only heads 472 s at load 4-6; the gate's thresholds chosen 1.01 for the type on every fold's
other seven, 0.4-1.01 for the sub-type, so on these folds the gate never re-types a rule event):

* T is far more diverse than S: its joint choice differs from the rules' on 1,940 of the rule events (S: 173). Rules
  0.877 / 0.856, T 0.785 / 0.728, S 0.872 / 0.853, gated 0.877 / 0.856; **oracle over {rules, T} 0.919 / 0.903**
  (+4.20 / +4.64 points over the gate), over {rules, S} 0.882 / 0.865 (+0.54 / +0.87), over all three 0.919 / 0.903.
  Outside the rule writers' wide samples the same: gated 0.868 / 0.845, oracle {rules, T} 0.915 / 0.898 (+4.69 /
  +5.32), {rules, S} +0.62 / +0.87.
* None of the declared combinations takes any of it (against the gate, mean ± standard error over the 8 folds):
  (a) agree −0.10 ± 0.19 / +0.02 ± 0.29 points (100 rule events changed); (b) agree+gate +0.00 ± 0.00 / −0.01 ± 0.01
  (3 changed: the folds' gate re-types nothing, so the veto has little to veto); (c) text override −0.03 ± 0.08 /
  −0.10 ± 0.13 ((t, u) chosen 0.9 / 0.5 on 5 folds, 0.7-0.8 on the others; 29 changed). None clears two standard
  errors, so none is a candidate. On prose (printed anyway): (a) +0.06 ± 0.07 / −0.23 ± 0.13, (b) 0, (c) +0.14 ±
  0.04 / +0.05 ± 0.04 (type +11 / −1 rows of 7,384) — a hint for a very sure text-only override, not a gain on the
  notes.
* Why the ceiling is out of reach: where T's type differs from the rules' (1,169 rule events without a weapon lock),
  T is right on 303 and the rules on 756; T is more often right than the rules only when its type probability is
  0.9+ (27 against 11 of 40 rows: at most +0.2 points over 8,000 rows). The oracle's +4 points are the diversity
  of a weaker model (its errors fall elsewhere), not rows that its confidence can pick out. A text-only second
  opinion is a usable *check* (where its type disagrees, the rules are wrong on 35% of the rows against about 12%
  overall: a review queue), but no usable override for issue #8.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.extract.embed import StaticEmbedder
from sitrep.extract.learned import Head, LearnedModel, explicit_weapon, rule_tactic
from sitrep.learn.cli import ACLED_FILES, shared_data
from sitrep.learn.cv import FIELDS, HeldOut, choose_thresholds, dev_countries, held_out_folds, sample_rows
from sitrep.learn.data import read_training
from sitrep.learn.features import rule_views
from sitrep.learn.prose import read_prose

TYPE, SUB = FIELDS
Pair = tuple[str | None, str | None]


@dataclass
class FoldData:
    """What the selector needs of one development fold, without the heads' weights (small enough to keep)."""

    group: str
    heads: list[Head]
    probs: dict[str, np.ndarray]
    rules: list[dict[str, str | None]]
    tokens: list[list[str]]
    found: list[bool]
    gold: list[dict[str, str]]
    thresholds: dict[str, float]
    prose_probs: dict[str, np.ndarray] = field(default_factory=dict)
    text: list[dict[str, tuple[str, float]]] = field(default_factory=list)
    """Per row: the text-only heads' (label, probability) of each field (empty unless built with ``text_only``)."""
    prose_text: list[dict[str, tuple[str, float]]] = field(default_factory=list)
    """The same on the prose rows where the rules found an event."""

    def model(self, thresholds: dict[str, float]) -> LearnedModel:
        """A model with these heads (no weights: only :meth:`LearnedModel.decide` is called) at ``thresholds``."""
        heads = [Head(h.name, h.field, h.labels, np.zeros((0, 0)), np.zeros(0), h.parents, h.parent_head,
                      thresholds.get(h.name, 0.0), h.conditional) for h in self.heads]
        return LearnedModel("fold", 1, None, heads, [], np.zeros(0), np.zeros(0))  # type: ignore[arg-type]


@dataclass
class ProseData:
    """The prose rows where the rules found an event: the rules' view and what the crosswalk allows."""

    rules: list[dict[str, str | None]]
    tokens: list[list[str]]
    types: list[frozenset[str]]
    sub_types: list[frozenset[str] | None]
    rows: int
    """Every prose row (those without a rule event are misses for every system)."""


def decided(model: LearnedModel, probs: dict[str, np.ndarray], rules: Sequence[dict[str, str | None]]) -> list[Pair]:
    """Each row's (type, sub-type) after ``model``'s gate."""
    out = []
    for rule, row in zip(rules, model.decide(probs, rules), strict=True):
        out.append((row[TYPE].label if TYPE in row else rule.get(TYPE),
                    row[SUB].label if SUB in row else rule.get(SUB)))
    return out


def heads_choice(fold: FoldData, probs: dict[str, np.ndarray], rows: int) -> list[Pair]:
    """The heads' joint (type, sub-type) choice, whatever the rules said (no gate, no weapon rule)."""
    model = fold.model({})
    return decided(model, probs, [{} for _ in range(rows)])


# --- the selector's features -----------------------------------------------------------------------------------


@dataclass
class Layout:
    """Column names of the selector's features (label names, not positions: folds may differ in label lists)."""

    types: list[str]
    subs: list[str]
    tokens: list[str]

    def names(self) -> list[str]:
        return [
            *(f"rule_type={t}" for t in self.types), *(f"rule_sub={s}" for s in self.subs),
            *(f"head_type={t}" for t in self.types), *(f"head_sub={s}" for s in self.subs),
            "p_head_type", "p_rule_type", "type_margin", "type_agree",
            "p_head_pair", "p_rule_pair", "pair_margin", "sub_agree", "q_head_sub", "q_rule_sub",
            "weapon", *self.tokens,
        ]


def features(fold: FoldData, probs: dict[str, np.ndarray], rules: Sequence[dict[str, str | None]],
             tokens: Sequence[Sequence[str]], heads: Sequence[Pair], layout: Layout) -> np.ndarray:
    """One row per rule event: the rules' and the heads' labels (one-hot), the heads' probabilities of each, their
    margins and agreement, the weapon rule and the rules' other feature names."""
    type_head = next(h for h in fold.heads if h.name == TYPE)
    sub_head = next(h for h in fold.heads if h.name == SUB)
    t_index = {label: i for i, label in enumerate(type_head.labels)}
    s_index = {label: i for i, label in enumerate(sub_head.labels)}
    parent_col = np.array([t_index.get(sub_head.parents.get(label, ""), -1) for label in sub_head.labels])
    col = {name: i for i, name in enumerate(layout.names())}
    out = np.zeros((len(rules), len(col)), dtype=np.float64)
    for row, (rule, names, head) in enumerate(zip(rules, tokens, heads, strict=True)):
        p, q = probs[TYPE][row], probs[SUB][row]
        joint = q * np.where(parent_col >= 0, p[np.maximum(parent_col, 0)], 1.0)
        x = out[row]
        for key, value in ((f"rule_type={rule.get(TYPE)}", 1), (f"rule_sub={rule.get(SUB)}", 1),
                           (f"head_type={head[0]}", 1), (f"head_sub={head[1]}", 1)):
            if key in col:
                x[col[key]] = value
        p_head = p[t_index[head[0]]] if head[0] in t_index else 0.0
        p_rule = p[t_index[rule[TYPE]]] if rule.get(TYPE) in t_index else 0.0
        j_head = joint[s_index[head[1]]] if head[1] in s_index else 0.0
        j_rule = joint[s_index[rule[SUB]]] if rule.get(SUB) in s_index else 0.0
        x[col["p_head_type"]], x[col["p_rule_type"]], x[col["type_margin"]] = p_head, p_rule, p_head - p_rule
        x[col["type_agree"]] = float(head[0] == rule.get(TYPE))
        x[col["p_head_pair"]], x[col["p_rule_pair"]], x[col["pair_margin"]] = j_head, j_rule, j_head - j_rule
        x[col["sub_agree"]] = float(head[1] == rule.get(SUB))
        x[col["q_head_sub"]] = q[s_index[head[1]]] if head[1] in s_index else 0.0
        x[col["q_rule_sub"]] = q[s_index[rule[SUB]]] if rule.get(SUB) in s_index else 0.0
        x[col["weapon"]] = float(explicit_weapon(rule.get("tactic"), rule.get(SUB)))
        for name in names:
            key = f"tok={name}"
            if key in col:
                x[col[key]] = 1.0
    return out


def correct(pairs: Sequence[Pair], gold: Sequence[dict[str, str]], found: Sequence[bool]) -> np.ndarray:
    """Rows × 2 (type, sub-type): 1 right, 0 wrong (a row without a rule event is wrong), NaN without a gold label."""
    out = np.full((len(pairs), 2), np.nan)
    for row, (pair, labels, seen) in enumerate(zip(pairs, gold, found, strict=True)):
        for k, name in enumerate(FIELDS):
            if name in labels:
                out[row, k] = float(seen and pair[k] == labels[name])
    return out


def rate(hits: np.ndarray) -> np.ndarray:
    """Accuracy of each field over its labelled rows."""
    return np.array([np.nanmean(hits[:, k]) for k in range(2)])


# --- selectors ---------------------------------------------------------------------------------------------------


def make_selector(kind: str) -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.tree import DecisionTreeClassifier

    if kind == "logistic":
        return make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000))
    if kind.startswith("tree"):
        return DecisionTreeClassifier(max_depth=int(kind[4:]), min_samples_leaf=40, random_state=0)
    raise ValueError(kind)


def training_rows(x: np.ndarray, rules_hits: np.ndarray,
                  heads_hits: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows where taking the heads changes how many fields are right: target (heads better) and weight."""
    gain = np.nan_to_num(heads_hits - rules_hits).sum(axis=1)
    keep = gain != 0
    return x[keep], (gain[keep] > 0).astype(int), np.abs(gain[keep])


def select(pairs_rules: Sequence[Pair], pairs_heads: Sequence[Pair], take: np.ndarray) -> list[Pair]:
    return [h if t else r for r, h, t in zip(pairs_rules, pairs_heads, take, strict=True)]


# --- building the folds ------------------------------------------------------------------------------------------


def build(cache: Path, *, test_rows: int, per_country: int, min_rows: int,
          text_only: bool = False) -> tuple[list[FoldData], ProseData]:
    """The 8 development folds (as ``compare_heads.py --dev``) and the prose set, with each fold's heads' probabilities
    on both; ``text_only``: also the heads fitted without rule features and their choices on both."""
    data = shared_data()
    if data is None:
        raise SystemExit("../shared/data not found")
    rows = [row for name in ACLED_FILES if (data / name).exists() for row in read_training(data / name, "acled")]
    dev = dev_countries(rows, test_min_rows=min_rows)
    print(f"development folds: {', '.join(dev)}", flush=True)
    embedder = StaticEmbedder.load()
    options = dict(embedder=embedder, test_rows=test_rows, min_rows=1, per_country=per_country, cache=cache,
                   model_only=text_only, only=dev)
    folds: list[HeldOut] = held_out_folds(rows, **options)
    sample = sample_rows(rows, min_rows=1, test_rows=test_rows, per_country=per_country, only=dev)
    prose_rows = read_prose(data)
    prose_views = rule_views([row.text for row in prose_rows], cache=cache)
    found = [i for i, view in enumerate(prose_views) if view[1] != ["rule=none"]]
    views = [prose_views[i] for i in found]
    prose = ProseData(
        rules=[{TYPE: v[2], SUB: v[3], "tactic": rule_tactic(v[1])} for v in views],
        tokens=[list(v[1]) for v in views],
        types=[prose_rows[i].types for i in found],
        sub_types=[prose_rows[i].sub_types for i in found],
        rows=len(prose_rows),
    )
    embeddings, bags = embedder.encode([v[0] for v in views])
    out: list[FoldData] = []
    memo: dict = {}
    for k, fold in enumerate(folds):
        assert fold.group == sample.groups[k]
        others = [f for j, f in enumerate(folds) if j != k]
        thresholds = choose_thresholds(others, memo=memo)
        test_views = rule_views([rows[i].text for i in sample.test[fold.group]], cache=cache)
        prose_features = fold.model.features_from(embeddings, prose.tokens, bags, [v[0] for v in views])
        prose_text: list[dict[str, tuple[str, float]]] = []
        if fold.text_model is not None:
            prose_text = fold.text_model.predict(
                fold.text_model.features_from(embeddings, prose.tokens, bags, [v[0] for v in views]))
        out.append(FoldData(
            group=fold.group,
            heads=[Head(h.name, h.field, h.labels, np.zeros((0, 0)), np.zeros(0), h.parents, h.parent_head, 0.0,
                        h.conditional) for h in fold.model.heads],
            probs=fold.probs, rules=fold.rules, tokens=[list(v[1]) for v in test_views], found=fold.found,
            gold=fold.gold, thresholds=thresholds, prose_probs=fold.model.probabilities(prose_features),
            text=fold.model_only if text_only else [], prose_text=prose_text,
        ))
    return out, prose


# --- the measurement ---------------------------------------------------------------------------------------------


def prose_hits(pairs: Sequence[Pair], prose: ProseData) -> np.ndarray:
    """Found prose rows × 2: agreement with the crosswalk (sub-type NaN where it decides none)."""
    out = np.full((len(pairs), 2), np.nan)
    for row, (pair, types, subs) in enumerate(zip(pairs, prose.types, prose.sub_types, strict=True)):
        out[row, 0] = float(pair[0] in types)
        if subs is not None:
            out[row, 1] = float(pair[1] in subs)
    return out


def paired(diffs: np.ndarray) -> tuple[float, float]:
    """Mean ± standard error, in points, of per-fold (or per-row) changes."""
    return float(diffs.mean()) * 100, float(diffs.std(ddof=1) / np.sqrt(len(diffs))) * 100


def prepare(folds: list[FoldData], prose: ProseData) -> list[dict[str, Any]]:
    """Per fold: the rules', the heads' and the gate's choices, their hits, the selector's features (on the fold's
    rows and on the prose rows through the fold's heads)."""
    layout_tokens = sorted({f"tok={t}" for f in folds for names in f.tokens for t in names
                            if not t.startswith(("et=", "st="))})
    type_labels = sorted({label for f in folds for h in f.heads if h.name == TYPE for label in h.labels})
    sub_labels = sorted({label for f in folds for h in f.heads if h.name == SUB for label in h.labels})
    layout = Layout(type_labels, sub_labels, layout_tokens)
    p_rules = [(r.get(TYPE), r.get(SUB)) for r in prose.rules]
    p_weapon = np.array([explicit_weapon(r.get("tactic"), r.get(SUB)) for r in prose.rules])
    per_fold = []
    for fold in folds:
        rules_pairs = [(r.get(TYPE), r.get(SUB)) for r in fold.rules]
        heads_pairs = heads_choice(fold, fold.probs, len(fold.gold))
        gated_pairs = decided(fold.model(fold.thresholds), fold.probs, fold.rules)
        p_heads = heads_choice(fold, fold.prose_probs, len(prose.rules))
        p_gated = decided(fold.model(fold.thresholds), fold.prose_probs, prose.rules)
        per_fold.append(dict(
            x=features(fold, fold.probs, fold.rules, fold.tokens, heads_pairs, layout),
            r=correct(rules_pairs, fold.gold, fold.found), h=correct(heads_pairs, fold.gold, fold.found),
            g=correct(gated_pairs, fold.gold, fold.found), rules=rules_pairs, heads=heads_pairs,
            found=np.array(fold.found),
            weapon=np.array([explicit_weapon(r.get("tactic"), r.get(SUB)) for r in fold.rules]),
            differs=np.array([a != b for a, b in zip(rules_pairs, heads_pairs, strict=True)]) & np.array(fold.found),
            p_x=features(fold, fold.prose_probs, prose.rules, prose.tokens, p_heads, layout), p_rules=p_rules,
            p_heads=p_heads, p_g=prose_hits(p_gated, prose), p_weapon=p_weapon,
        ))
    return per_fold


def oracle_table(folds: list[FoldData], per_fold: list[dict[str, Any]], masks: Sequence[np.ndarray] | None = None,
                 title: str = "") -> None:
    """Rules, heads, gate and the oracle between rules and heads, per fold and on the mean (``masks``: only the rows
    marked True of each fold)."""
    print(f"\n{title}\n{'fold':14} {'rows':>5} {'rules':>13} {'heads':>13} {'gated':>13} {'oracle':>13} "
          f"{'oracle joint':>13} differ heads+ rules+  thresholds")
    table = []
    for k, (fold, f) in enumerate(zip(folds, per_fold, strict=True)):
        keep = masks[k] if masks is not None else np.ones(len(fold.gold), dtype=bool)
        r, h, g = f["r"][keep], f["h"][keep], f["g"][keep]
        oracle = np.fmax(r, h)
        # one choice for both fields per row: the one with more fields right (the rules' on a tie)
        better = np.nan_to_num(h - r).sum(axis=1)
        joint = np.where((better > 0)[:, None], h, r)
        scores = [rate(r), rate(h), rate(g), rate(oracle), rate(joint)]
        table.append(scores)
        cells = " ".join(f"{s[0]:.3f} / {s[1]:.3f}" for s in scores)
        print(f"{fold.group[:14]:14} {int(keep.sum()):5d} {cells} {int(f['differs'][keep].sum()):6d} "
              f"{int((better > 0).sum()):6d} {int((better < 0).sum()):6d}  {fold.thresholds[TYPE]} / "
              f"{fold.thresholds[SUB]}")
    mean = np.mean(np.array(table), axis=0)
    print(f"{'mean':14} {'':5} " + " ".join(f"{s[0]:.3f} / {s[1]:.3f}" for s in mean))
    oracle_gain = (mean[3] - mean[2]) * 100
    print(f"oracle - gated: type {oracle_gain[0]:+.2f}, sub-type {oracle_gain[1]:+.2f} points (the most any selector "
          "between the two could gain)")


def selectors(folds: list[FoldData], per_fold: list[dict[str, Any]], prose: ProseData, kinds: Sequence[str],
              weapon_lock: bool) -> None:
    """Each selector fitted on 7 folds' rule events, scored on the 8th against the gate, and on the prose rows."""
    for kind in kinds:
        diffs, prose_diffs, taken, p_taken = [], [], 0, 0
        for k, f in enumerate(per_fold):
            train = [g for j, g in enumerate(per_fold) if j != k]
            x = np.vstack([g["x"][g["found"]] for g in train])
            r = np.vstack([g["r"][g["found"]] for g in train])
            h = np.vstack([g["h"][g["found"]] for g in train])
            tx, ty, tw = training_rows(x, r, h)
            weight = "logisticregression__sample_weight" if kind == "logistic" else "sample_weight"
            selector = make_selector(kind).fit(tx, ty, **{weight: tw})
            take = selector.predict(f["x"]).astype(bool) & f["found"]
            p_take = selector.predict(f["p_x"]).astype(bool)
            if weapon_lock:  # gate/2's rule: a weapon named keeps the rules' labels
                take &= ~f["weapon"]
                p_take &= ~f["p_weapon"]
            taken += int((take & f["differs"]).sum())
            p_taken += int(sum(p_take[i] and f["p_rules"][i] != f["p_heads"][i] for i in range(len(p_take))))
            s_hits = correct(select(f["rules"], f["heads"], take), folds[k].gold, folds[k].found)
            diffs.append(rate(s_hits) - rate(f["g"]))
            p_hits = prose_hits(select(f["p_rules"], f["p_heads"], p_take), prose)
            prose_diffs.append(p_hits - f["p_g"])
        diffs_a = np.array(diffs)
        print(f"\nselector {kind}{' with the weapon lock' if weapon_lock else ''}: takes the heads' differing choice "
              f"on {taken} of {sum(int(f['differs'].sum()) for f in per_fold)} rule events where they differ; "
              "against the gate, per fold (type / sub-type):")
        for fold, d in zip(folds, diffs_a, strict=True):
            print(f"  {fold.group:14} {d[0] * 100:+5.1f} / {d[1] * 100:+5.1f} points")
        cells = [f"{paired(diffs_a[:, c])[0]:+.2f} ± {paired(diffs_a[:, c])[1]:.2f}" for c in range(2)]
        print(f"  mean ± standard error over {len(folds)} folds: type {cells[0]}, sub-type {cells[1]}")
        print(f"  prose, against each fold's gate (mean over the {len(folds)} folds' heads; the heads' differing "
              f"choice taken on {p_taken / len(folds):.0f} of {len(prose.rules)} rule events): "
              + prose_change(np.array(prose_diffs), prose))


def outside_wide(folds: list[FoldData], *, test_rows: int, per_country: int, min_rows: int) -> list[np.ndarray]:
    """Per fold, its rows outside the rule writers' development samples (``scripts/type_confusion.py wide``: seed 18
    × 800, seed 14 × 400 and the default seed 13 × 150 per country): the rules were tuned on the development
    countries' notes, so on their sampled rows the rules are in sample."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from type_confusion import wide_rows

    data = shared_data()
    assert data is not None
    tuned = {row.text for per, most, seed in ((800, 16000, 18), (400, 8000, 14), (150, 3000, 13))
             for row in wide_rows(data, per, min_rows, most, seed)}
    rows = [row for name in ACLED_FILES if (data / name).exists() for row in read_training(data / name, "acled")]
    sample = sample_rows(rows, min_rows=1, test_rows=test_rows, per_country=per_country,
                         only=[fold.group for fold in folds])
    return [np.array([rows[i].text not in tuned for i in sample.test[fold.group]]) for fold in folds]


# --- the text-only second opinion (--text-only) ------------------------------------------------------------------

T_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 1.01)
"""Thresholds tried for the text-only heads' type probability (1.01: never)."""
U_GRID = (0.05, 0.1, 0.2, 0.3, 0.5)
"""Thresholds tried for the stacked type head's probability of the rules' type."""


def text_pairs(text: Sequence[dict[str, tuple[str, float]]]) -> tuple[list[Pair], np.ndarray]:
    """The text-only heads' joint (type, sub-type) choice per row and their type probability."""
    pairs = [(row[TYPE][0] if TYPE in row else None, row[SUB][0] if SUB in row else None) for row in text]
    return pairs, np.array([row[TYPE][1] if TYPE in row else 0.0 for row in text])


def agree_override(base: Sequence[Pair], first: Sequence[Pair], second: Sequence[Pair],
                   locked: Sequence[bool]) -> list[Pair]:
    """``first``'s choice where ``second`` makes the same choice (two models agree) and no weapon locks the row,
    ``base``'s elsewhere."""
    return [f if f == t and not lock else b for b, f, t, lock in zip(base, first, second, locked, strict=True)]


def text_override(base: Sequence[Pair], text: Sequence[Pair], text_p: np.ndarray, p_rule: np.ndarray,
                  locked: Sequence[bool], t: float, u: float) -> list[Pair]:
    """``text``'s choice where its type probability is >= ``t``, the stacked heads' probability of the rules' type
    is < ``u`` and no weapon locks the row; ``base``'s elsewhere."""
    return [x if p >= t and q < u and not lock else b
            for b, x, p, q, lock in zip(base, text, text_p, p_rule, locked, strict=True)]


def rule_type_p(fold: FoldData, probs: dict[str, np.ndarray], rules: Sequence[dict[str, str | None]]) -> np.ndarray:
    """The stacked type head's probability of the rules' type per row (0 where it has no such label)."""
    labels = next(h for h in fold.heads if h.name == TYPE).labels
    index = {label: i for i, label in enumerate(labels)}
    return np.array([probs[TYPE][row][index[r[TYPE]]] if r.get(TYPE) in index else 0.0
                     for row, r in enumerate(rules)])


def choose_tu(gains: dict[tuple[float, float], np.ndarray]) -> tuple[float, float]:
    """The (t, u) with the best mean gain (``gains[t, u]``: per fold, the mean of the type and sub-type changes);
    ties to the most cautious: the highest t, then the lowest u."""
    means = {key: round(float(np.mean(g)), 12) for key, g in gains.items()}
    return max(means, key=lambda key: (means[key], key[0], -key[1]))


def text_second_opinion(folds: list[FoldData], prose: ProseData, masks: Sequence[np.ndarray]) -> None:
    """The oracle over {rules, text-only heads}, and the three declared combinations against the gate."""
    per = []
    for fold in folds:
        rules = [(r.get(TYPE), r.get(SUB)) for r in fold.rules]
        stacked = heads_choice(fold, fold.probs, len(fold.gold))
        gated = decided(fold.model(fold.thresholds), fold.probs, fold.rules)
        text, text_p = text_pairs(fold.text)
        locked = [explicit_weapon(r.get("tactic"), r.get(SUB)) for r in fold.rules]
        per.append(dict(rules=rules, stacked=stacked, gated=gated, text=text, text_p=text_p, locked=locked,
                        p_rule=rule_type_p(fold, fold.probs, fold.rules),
                        hits={name: correct(pairs, fold.gold, fold.found) for name, pairs in
                              (("rules", rules), ("stacked", stacked), ("gated", gated), ("text", text))}))
    for title, keep_of in (("all held-out rows", None), ("rows outside the rule writers' wide samples", masks)):
        print(f"\ntext-only second opinion, as extracted, {title}:\n{'fold':14} {'rows':>5} {'rules':>13} "
              f"{'text-only':>13} {'stacked':>13} {'gated':>13} {'or{R,T}':>13} {'or{R,S}':>13} {'or{R,S,T}':>13}"
              " differ(T) differ(S)")
        table = []
        for k, (fold, f) in enumerate(zip(folds, per, strict=True)):
            keep = keep_of[k] if keep_of is not None else np.ones(len(fold.gold), dtype=bool)
            h = {name: v[keep] for name, v in f["hits"].items()}
            scores = [rate(h["rules"]), rate(h["text"]), rate(h["stacked"]), rate(h["gated"]),
                      rate(np.fmax(h["rules"], h["text"])), rate(np.fmax(h["rules"], h["stacked"])),
                      rate(np.fmax(np.fmax(h["rules"], h["stacked"]), h["text"]))]
            table.append(scores)
            found = np.array(fold.found) & keep
            differ_t = sum(found[i] and f["rules"][i] != f["text"][i] for i in range(len(found)))
            differ_s = sum(found[i] and f["rules"][i] != f["stacked"][i] for i in range(len(found)))
            print(f"{fold.group[:14]:14} {int(keep.sum()):5d} " + " ".join(f"{s[0]:.3f} / {s[1]:.3f}" for s in scores)
                  + f" {differ_t:9d} {differ_s:9d}")
        mean = np.mean(np.array(table), axis=0)
        print(f"{'mean':14} {'':5} " + " ".join(f"{s[0]:.3f} / {s[1]:.3f}" for s in mean))
        for name, col in (("{rules, text-only}", 4), ("{rules, stacked}", 5), ("{rules, stacked, text-only}", 6)):
            gain = (mean[col] - mean[3]) * 100
            print(f"oracle over {name} - gated: type {gain[0]:+.2f}, sub-type {gain[1]:+.2f} points")
    # the declared combinations, paired against the gate
    results: dict[str, list[np.ndarray]] = {"(a) agree": [], "(b) agree+gate": [], "(c) text override": []}
    changed: dict[str, int] = dict.fromkeys(results, 0)
    gains: list[dict[tuple[float, float], np.ndarray]] = []
    for fold, f in zip(folds, per, strict=True):
        base = rate(f["hits"]["gated"])
        grid = {}
        for t in T_GRID:
            for u in U_GRID:
                pairs = text_override(f["gated"], f["text"], f["text_p"], f["p_rule"], f["locked"], t, u)
                grid[(t, u)] = rate(correct(pairs, fold.gold, fold.found)) - base
        gains.append(grid)
    chosen = []
    prose_diffs: dict[str, list[np.ndarray]] = {name: [] for name in results}
    for k, (fold, f) in enumerate(zip(folds, per, strict=True)):
        base = rate(f["hits"]["gated"])
        a = agree_override(f["rules"], f["stacked"], f["text"], f["locked"])
        b = agree_override(f["rules"], f["gated"], f["text"], [False] * len(a))
        others = {key: np.array([float(np.mean(g[key])) for j, g in enumerate(gains) if j != k])
                  for key in gains[k]}
        t, u = choose_tu(others)
        chosen.append((t, u))
        c = text_override(f["gated"], f["text"], f["text_p"], f["p_rule"], f["locked"], t, u)
        for name, pairs in (("(a) agree", a), ("(b) agree+gate", b), ("(c) text override", c)):
            results[name].append(rate(correct(pairs, fold.gold, fold.found)) - base)
            changed[name] += sum(x != y for x, y, seen in zip(pairs, f["gated"], fold.found, strict=True) if seen)
        # the same on the prose rows, through this fold's heads
        p_rules = [(r.get(TYPE), r.get(SUB)) for r in prose.rules]
        p_stacked = heads_choice(fold, fold.prose_probs, len(prose.rules))
        p_gated = decided(fold.model(fold.thresholds), fold.prose_probs, prose.rules)
        p_text, p_text_p = text_pairs(fold.prose_text)
        p_locked = [explicit_weapon(r.get("tactic"), r.get(SUB)) for r in prose.rules]
        p_rule = rule_type_p(fold, fold.prose_probs, prose.rules)
        p_base = prose_hits(p_gated, prose)
        for name, pairs in (
            ("(a) agree", agree_override(p_rules, p_stacked, p_text, p_locked)),
            ("(b) agree+gate", agree_override(p_rules, p_gated, p_text, [False] * len(p_rules))),
            ("(c) text override", text_override(p_gated, p_text, p_text_p, p_rule, p_locked, t, u)),
        ):
            prose_diffs[name].append(prose_hits(pairs, prose) - p_base)
    print("\ndeclared combinations against the gate, as extracted (points, type / sub-type per fold):")
    picks = ", ".join(f"{g.group} {t}/{u}" for g, (t, u) in zip(folds, chosen, strict=True))
    print(f"(c)'s (t, u) chosen on the other folds: {picks}")
    for name, diffs in results.items():
        d = np.array(diffs)
        cells = [paired(d[:, c]) for c in range(2)]
        verdict = ["gain" if m > 2 * e else ("loss" if m < -2 * e else "noise") for m, e in cells]
        print(f"{name:18} " + " ".join(f"{x[0] * 100:+.1f}/{x[1] * 100:+.1f}" for x in d)
              + f"  mean type {cells[0][0]:+.2f} ± {cells[0][1]:.2f} ({verdict[0]}), sub-type {cells[1][0]:+.2f} ± "
              f"{cells[1][1]:.2f} ({verdict[1]}); {changed[name]} rule events differ from the gate")
    print(f"\non the prose development set ({prose.rows} rows, {len(prose.rules)} with a rule event), against each "
          "fold's gate, mean over the folds' heads:")
    for name, diffs in prose_diffs.items():
        print(f"{name:18} {prose_change(np.array(diffs), prose)}")


def prose_change(stacked: np.ndarray, prose: ProseData) -> str:
    """Folds × prose rows × fields of changes against the gate: rows up / down (mean over the folds' heads) and the
    change in points of the whole prose set ± its standard error over rows (rows without a rule event are misses for
    both)."""
    cells = []
    for c, name in enumerate(("type", "sub-type")):
        labelled = ~np.isnan(stacked[0, :, c])
        values = stacked[:, labelled, c].mean(axis=0)
        total = prose.rows if c == 0 else int(labelled.sum())
        mean_pts = values.sum() / total * 100
        error = values.std(ddof=1) * np.sqrt(len(values)) / total * 100
        up = float(np.mean([(d[labelled, c] > 0).sum() for d in stacked]))
        down = float(np.mean([(d[labelled, c] < 0).sum() for d in stacked]))
        cells.append(f"{name} +{up:.0f} / -{down:.0f} rows, {mean_pts:+.2f} ± {error:.2f} points")
    return "; ".join(cells)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", action="store_true", required=True,
                        help="the development folds (the only ones this script runs: never the test folds)")
    parser.add_argument("--test-rows", type=int, default=1000)
    parser.add_argument("--per-country", type=int, default=1000)
    parser.add_argument("--min-rows", type=int, default=4500)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/sitrep-cv-cache"), help="the rules' views, cached")
    parser.add_argument("--folds", type=Path, help="keep the fitted folds' probabilities in this file (reused)")
    parser.add_argument("--selectors", default="logistic,tree3", help="logistic, treeN (depth N)")
    parser.add_argument("--text-only", action="store_true",
                        help="also fit the heads without rule features and measure them as a second opinion")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.folds is not None and args.folds.exists():
        with open(args.folds, "rb") as handle:
            folds, prose = pickle.load(handle)
    else:
        folds, prose = build(args.cache, test_rows=args.test_rows, per_country=args.per_country,
                             min_rows=args.min_rows, text_only=args.text_only)
        if args.folds is not None:
            with open(args.folds, "wb") as handle:
                pickle.dump((folds, prose), handle)
    print(f"folds ready ({time.perf_counter() - started:.0f} s)", flush=True)
    if args.text_only:
        if not folds[0].text:
            raise SystemExit(f"{args.folds} was built without --text-only: remove it to refit")
        masks = outside_wide(folds, test_rows=args.test_rows, per_country=args.per_country, min_rows=args.min_rows)
        text_second_opinion(folds, prose, masks)
        return 0
    per_fold = prepare(folds, prose)
    oracle_table(folds, per_fold, title="as extracted (a row without a rule event is a miss); heads = the heads' joint "
                 "choice on every rule event, ungated; differ = rule events where the two choices differ, heads+ / "
                 "rules+ = of them, where one has more fields right")
    masks = outside_wide(folds, test_rows=args.test_rows, per_country=args.per_country, min_rows=args.min_rows)
    oracle_table(folds, per_fold, masks, title="the same on the rows outside the rule writers' wide samples")
    kinds = args.selectors.split(",")
    for lock in (True, False):
        selectors(folds, per_fold, prose, kinds, weapon_lock=lock)
    return 0


if __name__ == "__main__":
    sys.exit(main())
