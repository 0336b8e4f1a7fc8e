"""Pairwise scoring of a clustering, as the linking quality gate uses it."""

from sitrep.evaluate.clusters import pairwise_scores


def test_a_perfect_clustering_scores_one_everywhere() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    scores = pairwise_scores(gold, {"a": "1", "b": "1", "c": "2"})
    assert (scores["precision"], scores["recall"], scores["f1"], scores["purity"]) == (1.0, 1.0, 1.0, 1.0)


def test_a_wrong_merge_costs_precision_and_a_missed_one_recall() -> None:
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    merged = pairwise_scores(gold, {"a": "1", "b": "1", "c": "1", "d": "2"})
    assert merged["fp"] == 2 and merged["fn"] == 1 and merged["precision"] < 1.0 and merged["recall"] == 0.5
    assert merged["purity"] == 0.75


def test_items_the_linking_left_out_count_as_alone() -> None:
    scores = pairwise_scores({"a": "x", "b": "x"}, {"a": "1"})
    assert scores["fn"] == 1 and scores["recall"] == 0.0
