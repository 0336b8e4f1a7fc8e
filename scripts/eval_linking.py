"""Score linking on the labelled set and show what went wrong.

    .venv/bin/python scripts/eval_linking.py [--threshold 0.7] [--fixture tests/fixtures/linking/reports.jsonl]

Runs the real pipeline (``sitrep.extract`` on each text with its outlet, URL and publication date, then ``link``)
and prints pairwise precision, recall, F1 and cluster purity over documents (a document is placed by its first
event; one without events stands alone), a sweep of thresholds, the incidents split apart and the ones merged.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

from sitrep.analyze.linking import THRESHOLD
from sitrep.evaluate.clusters import extract_labelled, pairwise_scores

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "linking" / "reports.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixture", type=Path, default=FIXTURE)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.fixture.read_text(encoding="utf-8").splitlines() if line.strip()]
    started = time.perf_counter()
    reports = extract_labelled(rows)
    gold, events = reports.gold, reports.events
    outlet = {doc: reports.documents[doc].source or "?" for doc in gold}
    extracted = time.perf_counter()
    predict = reports.predicted

    predicted = predict(args.threshold)
    linked = time.perf_counter()
    result = pairwise_scores(gold, predicted)
    empty = sum(1 for doc in gold if not any(e.document_id == doc for e in events))
    print(f"{len(rows)} documents, {len(set(gold.values()))} incidents, {len(events)} events "
          f"({empty} documents without an event); extraction {extracted - started:.1f} s, "
          f"linking {linked - extracted:.2f} s")
    print(f"threshold {args.threshold}: precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
          f"F1 {result['f1']:.3f}  purity {result['purity']:.3f}  (pairs: {result['tp']} right, "
          f"{result['fp']} wrongly joined, {result['fn']} missed)")
    print("\nthreshold  precision  recall  F1     purity")
    for threshold in (0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85):
        s = pairwise_scores(gold, predict(threshold))
        print(f"{threshold:<9}  {s['precision']:<9.3f}  {s['recall']:<6.3f}  {s['f1']:<5.3f}  {s['purity']:.3f}")
    by_prediction: defaultdict[str, list[str]] = defaultdict(list)
    by_gold: defaultdict[str, list[str]] = defaultdict(list)
    for doc in gold:
        by_prediction[predicted[doc]].append(doc)
        by_gold[gold[doc]].append(doc)
    print("\nmerged (one predicted incident, several gold ones):")
    for docs in by_prediction.values():
        labels = Counter(gold[d] for d in docs)
        if len(labels) > 1:
            print("  " + ", ".join(f"{label} x{n}" for label, n in labels.items()))
    print("split (one gold incident, several predicted ones):")
    for label, docs in by_gold.items():
        parts = Counter(predicted[d] for d in docs)
        if len(parts) > 1:
            print(f"  {label}: " + "; ".join(
                ", ".join(outlet[d] for d in docs if predicted[d] == part) for part in parts))


if __name__ == "__main__":
    main()
