"""Scoring of source, attribution and verification on the project's labelled attribution set.

``tests/fixtures/attribution/dev.jsonl`` (the rules were tuned on it) and ``test.jsonl`` (held out: other groups,
countries, outlets and phrasings, never used to tune) hold short texts the project wrote: many phrasings, tenses and
negations of claims ("no group claimed", "has not yet claimed", "later claimed", "took responsibility"), blame by
officials, residents and sources, denials, the perpetrator's own media and own voice against wires, background
claims and tolls, toll updates and datelines. Each line gives the text, its outlet and publication date, and what
the first event must carry: ``status``, ``attribution`` (level or null), ``attribution_by`` (the claimant, for a
claim naming one), ``actor1``, ``killed`` (best).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from sitrep import api
from sitrep.model import Document

FOLDER = Path(__file__).parent / "fixtures" / "attribution"
FIELDS = ("status", "attribution", "actor1", "killed")


def load(name: str) -> list[dict[str, Any]]:
    path = FOLDER / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(name: str, extractor: api.Extractor | None = None) -> tuple[dict[str, float], list[str]]:
    """Share of texts right per field, plus ``claimed_where_negated`` (a count: claimed attribution on a text that
    says nobody claimed), and one line per miss."""
    extractor = extractor or api.default_extractor()
    hits: Counter[str] = Counter()
    misses: list[str] = []
    rows = load(name)
    negated_claims = 0
    for row in rows:
        document = Document.from_text(row["text"], source=row["source"],
                                      published=api.parse_date(row["published"]))
        events = api.extract(document, extractor=extractor).events
        want = row["expect"]
        event = events[0] if events else None
        got: dict[str, Any] = {"status": None, "attribution": None, "actor1": None, "killed": None}
        if event is not None:
            level = event.attribution.level if event.attribution else None
            by = event.attribution.by if event.attribution and level == "claimed" else None
            got = {"status": event.status, "attribution": (level, by),
                   "actor1": event.actor1 or "Unidentified Armed Group",
                   "killed": event.killed.best if event.killed else None}
        expected = {"status": want["status"], "attribution": (want["attribution"], want["attribution_by"]),
                    "actor1": want["actor1"], "killed": want["killed"]}
        for field in FIELDS:
            ok = got[field] == expected[field]
            hits[field] += ok
            if not ok:
                misses.append(f"{row['id']} [{row['kind']}] {field}: {got[field]} for {expected[field]}")
        if row["kind"] in ("negated", "neg_blamed") and any(
                e.attribution is not None and e.attribution.level == "claimed" for e in events):
            negated_claims += 1
            misses.append(f"{row['id']}: CLAIMED where the text says nobody claimed")
    result = {field: hits[field] / len(rows) for field in FIELDS}
    result["claimed_where_negated"] = float(negated_claims)
    return result, misses


if __name__ == "__main__":
    import sys

    for split in sys.argv[1:] or ["dev"]:
        scores, lines = score(split)
        print(split, {k: round(v, 3) for k, v in scores.items()})
        print("\n".join(lines))
