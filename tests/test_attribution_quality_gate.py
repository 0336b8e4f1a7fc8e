"""Quality gate: source, attribution and verification on the held-out attribution test set.

``tests/fixtures/attribution/test.jsonl`` was written with the development set and never used to tune the rules
(other groups, countries, outlets and phrasings than ``dev.jsonl``). The floors sit a little under what the
extractor measured when they were pinned (README: status 0.98, attribution 0.92, actor1 0.95, killed 1.00);
raise them as the extractor improves, never lower them to make a change pass. A claim where the text says nobody
claimed is never allowed, on either split.
"""

from __future__ import annotations

import pytest

import attribution_set

FLOORS = {"status": 0.95, "attribution": 0.88, "actor1": 0.92, "killed": 0.95}


@pytest.fixture(scope="module")
def test_scores() -> dict[str, float]:
    return attribution_set.score("test")[0]


def test_the_labelled_set_has_at_least_150_texts_split_into_dev_and_held_out_test() -> None:
    dev, test = attribution_set.load("dev"), attribution_set.load("test")
    assert len(dev) + len(test) >= 150 and len(test) >= 50
    assert not {row["text"] for row in dev} & {row["text"] for row in test}


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_held_out_attribution_score_stays_above_its_floor(test_scores: dict[str, float], field: str) -> None:
    assert test_scores[field] >= FLOORS[field], f"{field}: {test_scores[field]:.1%} < floor {FLOORS[field]:.0%}"


@pytest.mark.parametrize("split", ["dev", "test"])
def test_no_claim_is_read_where_the_text_says_nobody_claimed(split: str) -> None:
    scores, misses = attribution_set.score(split)
    assert scores["claimed_where_negated"] == 0, [m for m in misses if "CLAIMED" in m]
