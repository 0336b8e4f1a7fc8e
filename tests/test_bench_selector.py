"""benchmarks/bench_selector.py: the oracle and the selector's training rows between the rules and the heads.

The bench measures whether a learned choice between the rules' (type, sub-type) and the heads' joint choice could
beat the gate's single threshold; these tests pin what it counts, on a hand-made two-type fold."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("tokenizers", reason="the optional 'model' extra is not installed")
pytest.importorskip("sklearn", reason="the optional 'model' extra is not installed")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from bench_selector import (
    FoldData,
    agree_override,
    choose_tu,
    correct,
    decided,
    heads_choice,
    rate,
    rule_type_p,
    text_override,
    text_pairs,
    training_rows,
)
from sitrep.extract.learned import Head

BATTLES, CIVILIANS = "Battles", "Violence against civilians"
CLASH, ATTACK = "Armed clash", "Attack"


def fold(type_p: list[float]) -> FoldData:
    """Rows where the rules said Battles / Armed clash; the heads give Battles ``type_p[row]`` (sub-types follow)."""
    heads = [
        Head("event_type", "event_type", [BATTLES, CIVILIANS], np.zeros((0, 0)), np.zeros(0)),
        Head("sub_event_type", "sub_event_type", [CLASH, ATTACK], np.zeros((0, 0)), np.zeros(0),
             parents={CLASH: BATTLES, ATTACK: CIVILIANS}, parent_head="event_type"),
    ]
    probs = {"event_type": np.array([[p, 1 - p] for p in type_p]),
             "sub_event_type": np.array([[0.9, 0.1] if p >= 0.5 else [0.1, 0.9] for p in type_p])}
    rules = [{"event_type": BATTLES, "sub_event_type": CLASH, "tactic": None} for _ in type_p]
    return FoldData(group="X", heads=heads, probs=probs, rules=rules, tokens=[[] for _ in type_p],
                    found=[True] * len(type_p), gold=[], thresholds={"event_type": 0.7, "sub_event_type": 1.01})


def test_the_heads_choice_ignores_the_rules_and_the_gate_keeps_them_below_its_threshold() -> None:
    data = fold([0.9, 0.4, 0.2])  # the heads prefer civilians at 0.6 (below 0.7) and at 0.8 (above)
    assert heads_choice(data, data.probs, 3) == [(BATTLES, CLASH), (CIVILIANS, ATTACK), (CIVILIANS, ATTACK)]
    gated = decided(data.model(data.thresholds), data.probs, data.rules)
    assert gated == [(BATTLES, CLASH), (BATTLES, CLASH), (CIVILIANS, ATTACK)]


def test_the_oracle_counts_a_row_right_when_either_choice_is_and_a_row_without_an_event_never() -> None:
    gold = [{"event_type": BATTLES, "sub_event_type": CLASH}, {"event_type": CIVILIANS, "sub_event_type": ATTACK},
            {"event_type": CIVILIANS}]
    rules = correct([(BATTLES, CLASH), (BATTLES, CLASH), (CIVILIANS, ATTACK)], gold, [True, True, False])
    heads = correct([(CIVILIANS, ATTACK), (CIVILIANS, ATTACK), (CIVILIANS, ATTACK)], gold, [True, True, False])
    oracle = np.fmax(rules, heads)
    assert np.isnan(oracle[2, 1])  # no gold sub-type: not counted
    assert list(rate(oracle)) == [2 / 3, 1.0]


def test_the_selector_learns_only_from_rows_where_the_choice_matters() -> None:
    x = np.arange(4, dtype=float)[:, None]
    rules = np.array([[1, 1], [0, 0], [1, 1], [1, 0]], dtype=float)
    heads = np.array([[1, 1], [1, 1], [0, 0], [1, 1]], dtype=float)
    rows, target, weight = training_rows(x, rules, heads)
    assert rows[:, 0].tolist() == [1, 2, 3]  # the first row is right either way
    assert target.tolist() == [1, 0, 1] and weight.tolist() == [2, 2, 1]


# --- the text-only second opinion (--text-only) ----------------------------------------------------------------

RULED, OTHER = (BATTLES, CLASH), (CIVILIANS, ATTACK)


def test_the_text_only_choice_is_read_as_a_pair_with_its_type_probability() -> None:
    pairs, p = text_pairs([{"event_type": (CIVILIANS, 0.8), "sub_event_type": (ATTACK, 0.7)}, {}])
    assert pairs == [OTHER, (None, None)] and p.tolist() == [0.8, 0.0]


def test_two_models_override_the_rules_only_where_they_agree_and_no_weapon_locks_the_row() -> None:
    base = [RULED, RULED, RULED, RULED]
    stacked = [OTHER, OTHER, RULED, OTHER]
    text = [OTHER, RULED, OTHER, OTHER]
    # row 0: both say civilians; row 1: only the stacked heads; row 2: only the text-only; row 3: a weapon named
    assert agree_override(base, stacked, text, [False, False, False, True]) == [OTHER, RULED, RULED, RULED]


def test_the_text_only_heads_override_only_when_sure_and_the_stacked_heads_doubt_the_rules() -> None:
    base = [RULED] * 4
    text = [OTHER] * 4
    text_p = np.array([0.95, 0.95, 0.6, 0.95])
    p_rule = np.array([0.1, 0.6, 0.1, 0.1])
    out = text_override(base, text, text_p, p_rule, [False, False, False, True], t=0.9, u=0.3)
    assert out == [OTHER, RULED, RULED, RULED]  # the stacked heads trust the rules; unsure text; a weapon
    assert text_override(base, text, text_p, p_rule, [False] * 4, t=1.01, u=0.5) == base  # "never"


def test_the_stacked_probability_of_the_rules_type_is_read_from_the_type_head() -> None:
    data = fold([0.9, 0.2])
    rules = [*data.rules[:1], {"event_type": "Protests", "sub_event_type": None}]
    assert rule_type_p(data, data.probs, rules).tolist() == [0.9, 0.0]  # a type the head lacks: 0


def test_the_override_thresholds_go_to_the_best_mean_and_on_a_tie_to_the_most_cautious() -> None:
    gains = {(0.7, 0.3): np.array([0.01, 0.0]), (0.9, 0.1): np.array([0.0, 0.01]), (0.5, 0.5): np.array([0.0, 0.0])}
    assert choose_tu(gains) == (0.9, 0.1)
    assert choose_tu({**gains, (0.6, 0.1): np.array([0.02, 0.02])}) == (0.6, 0.1)
