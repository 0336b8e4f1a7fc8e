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

from bench_selector import FoldData, correct, decided, heads_choice, rate, training_rows
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
