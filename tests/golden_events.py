"""Scoring of extracted events against the golden set (tests/fixtures/events/golden.jsonl), field by field.

Shared by the quality-gate test and ``benchmarks/bench_golden.py``. Predicted and gold events of one text are
paired in order; a text whose event count differs still scores its first events, and every gold event without a
prediction counts as a miss for every field (unknowns are misses, never skips).

The golden set was written before issue 9 kept verification and attribution apart: its ``status`` is ``claimed``
for every act somebody claimed, whoever reported it. A prediction matches it when its verification status is
``claimed`` *or* its attribution is (and ``reported`` when neither is); the set itself is frozen.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from sitrep import api
from sitrep.model import Event

GOLDEN = Path(__file__).parent / "fixtures" / "events" / "golden.jsonl"
FIELDS = ("event_type", "sub_event_type", "tactics", "actor1", "actor2", "target_category", "date_start",
          "time_precision", "place_name", "admin1_code", "killed", "wounded", "status")


def load() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line.strip()]


def _value(event: Event | dict[str, Any], field: str) -> Any:
    data = event.to_dict() if isinstance(event, Event) else event
    if field == "place_name":
        place = data.get("place") or {}
        return (place.get("name") or "").lower() or None
    if field == "admin1_code":
        place = data.get("place") or {}
        return place.get("admin1_code")
    if field in ("killed", "wounded"):
        count = data.get(field)
        return None if not count else count.get("best")
    if field == "status" and isinstance(event, Event):
        claimed = event.status == "claimed" or (event.attribution is not None and event.attribution.level == "claimed")
        return "claimed" if claimed else "reported"
    if field == "tactics":
        return tuple(sorted(data.get("tactics") or []))
    return data.get(field)


def score(extractor: api.Extractor | None = None) -> dict[str, float]:
    """Share of gold events whose field matches, plus event-count agreement and non-event precision."""
    extractor = extractor or api.default_extractor()
    hits: Counter[str] = Counter()
    gold_events = texts = count_ok = negatives = negatives_ok = 0
    for case in load():
        texts += 1
        predicted = api.extract(case["text"], published=case["published"], extractor=extractor).events
        gold = case["events"]
        count_ok += len(predicted) == len(gold)
        if not gold:
            negatives += 1
            negatives_ok += not predicted
        for index, want in enumerate(gold):
            gold_events += 1
            if index >= len(predicted):
                continue
            for field in FIELDS:
                hits[field] += _value(predicted[index], field) == _value(want, field)
    result = {field: hits[field] / gold_events for field in FIELDS}
    result["event_count"] = count_ok / texts
    result["non_events"] = negatives_ok / negatives if negatives else 1.0
    return result
