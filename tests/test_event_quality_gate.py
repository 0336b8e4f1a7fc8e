"""Quality gate: extraction scores on the golden incident set must not fall below pinned floors.

The golden set (tests/fixtures/events/golden.jsonl) is 137 texts the project wrote itself, covering every ACLED
sub-event type and tactic tag, negations, several events per text, vague numbers and misspelled places. The floors
sit a little under what the extractor measured when they were pinned (see the README's table); raise them as the
extractor improves, never lower them to make a change pass.
"""

from __future__ import annotations

import pytest

import golden_events

FLOORS = {
    "event_count": 0.90,
    "non_events": 0.88,
    "event_type": 0.84,
    "sub_event_type": 0.83,
    "actor1": 0.77,
    "actor2": 0.69,
    "target_category": 0.75,
    "date_start": 0.85,
    "place_name": 0.74,
    "admin1_code": 0.78,
    "killed": 0.82,
    "wounded": 0.83,
    "status": 0.84,
    "tactics": 0.84,
}


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return golden_events.score()


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_golden_set_score_stays_above_its_floor(scores: dict[str, float], field: str) -> None:
    assert scores[field] >= FLOORS[field], f"{field}: {scores[field]:.1%} < floor {FLOORS[field]:.0%}"
