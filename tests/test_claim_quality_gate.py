"""CI gate on the held-out claim set (tests/fixtures/claims_set/test.jsonl): written before the rules were tuned on
dev.jsonl and never tuned against. The floors sit just under the scores measured when the gate was set (README),
so a change that loses claims, facets or attribution fails here; raise them as the rules improve."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sitrep import api
from sitrep.evaluate.claimset import ClaimScore, score_text
from sitrep.ingest import document_from_text

SETS = Path(__file__).parent / "fixtures" / "claims_set"
FLOORS = {"claims_found": 0.60, "figures_right_facet": 0.45, "claimant_right": 0.90, "status_right": 0.90}


@pytest.fixture(scope="module")
def test_score() -> ClaimScore:
    extractor = api.default_extractor()
    score = ClaimScore()
    for line in (SETS / "test.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        document = document_from_text(row["text"], published=date.fromisoformat(row["published"]))
        score_text(score, row["claims"], api.extract(document, extractor=extractor).claims, extractor.actors,
                   label=row["id"], inconsistent=bool(row.get("inconsistent")))
    return score


def test_the_claim_sets_are_large_and_varied_enough() -> None:
    rows = [json.loads(line) for name in ("dev", "test")
            for line in (SETS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    claimants = {c["claimant"] for r in rows for c in r["claims"]}
    assert len(rows) >= 120 and len(claimants) >= 10
    assert any(not r["claims"] for r in rows) and any(r.get("inconsistent") for r in rows)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_held_out_claims_score_above_the_floor(test_score: ClaimScore, metric: str) -> None:
    assert test_score.rates()[metric] >= FLOORS[metric], test_score.misses


def test_no_claim_is_invented_from_incident_reports(test_score: ClaimScore) -> None:
    assert test_score.invented == 0, test_score.misses
