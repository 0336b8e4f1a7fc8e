"""Aggregate claims scored on the labelled claim sets and on the real-news development set (issue 10 targets).

    .venv/bin/python benchmarks/bench_claims.py            # dev, test and news
    .venv/bin/python benchmarks/bench_claims.py --misses   # and what was missed, text by text

``tests/fixtures/claims_set/dev.jsonl`` is the set the rules were tuned on; ``test.jsonl`` was written up front and
is never tuned against (the CI gate, ``tests/test_claim_quality_gate.py``, scores it). ``../shared/data/news/`` (90
real pages, 51 claims in a hand-made reading) is a development set: its claimants and targets are free text, so
facets there are scored loosely (see :mod:`sitrep.evaluate.claimset`). Where the news data is absent it is skipped.
Targets (issue 10, on the news set): claims found >= 0.90, figures with the right facet >= 0.85, claimant and status
>= 0.95, no claim invented from incident text.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from sitrep import api
from sitrep.evaluate.claimset import ClaimScore, score_text
from sitrep.ingest import document_from_text

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "tests" / "fixtures" / "claims_set"
NEWS = ROOT.parent / "shared" / "data" / "news"


def _published(value: str | None) -> date | None:
    """ISO dates; a month-only date ('2023-09') as its first day."""
    if not value:
        return None
    return date.fromisoformat(value if len(value) > 7 else value + "-01")


def score_set(path: Path, extractor: api.Extractor) -> ClaimScore:
    """Score one labelled JSONL claim set."""
    score = ClaimScore()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        document = document_from_text(row["text"], published=_published(row["published"]))
        got = api.extract(document, extractor=extractor).claims
        score_text(score, row["claims"], got, extractor.actors, label=row["id"],
                   inconsistent=bool(row.get("inconsistent")))
    return score


def score_news(extractor: api.Extractor) -> ClaimScore | None:
    """Score the claims of the real-news development set, or None where it is absent."""
    if not (NEWS / "gold.jsonl").exists():
        return None
    index = {json.loads(line)["file"]: json.loads(line)
             for line in (NEWS / "texts" / "index.jsonl").read_text(encoding="utf-8").splitlines()}
    score = ClaimScore()
    for line in (NEWS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        meta = index[gold["file"]]
        text = (NEWS / "texts" / gold["file"]).read_text(encoding="utf-8")
        document = document_from_text(text, published=_published(meta["published"]))
        got = api.extract(document, extractor=extractor).claims
        claims = [{**c, "figures": [f for f in c["figures"]]} for c in gold["claims"]]
        score_text(score, claims, got, extractor.actors, label=gold["file"][:3], loose=True)
    return score


def main() -> None:
    """Print one table row per data set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list what was missed")
    parser.add_argument("--only", choices=["dev", "test", "news"], action="append")
    args = parser.parse_args()
    extractor = api.default_extractor()
    results: dict[str, ClaimScore | None] = {}
    for name in args.only or ["dev", "test", "news"]:
        results[name] = score_news(extractor) if name == "news" else score_set(SETS / f"{name}.jsonl", extractor)
    for name, score in results.items():
        if score is None:
            print(f"{name}: skipped (../shared/data/news/ is absent)")
            continue
        print(name, json.dumps(score.rates()))
        if args.misses:
            for miss in score.misses:
                print("   ", miss)


if __name__ == "__main__":
    main()
