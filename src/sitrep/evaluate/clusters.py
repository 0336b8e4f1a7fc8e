"""Scores of a clustering against gold labels: pairwise precision, recall, F1, and cluster purity.

Pairwise: every pair of items is a decision "same incident or not"; a pair the gold puts together and the linking
does too is a true positive. Purity: the share of items whose predicted cluster's majority gold label is theirs.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sitrep.model import Document, Event


def pairwise_scores(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """Precision, recall, F1, purity and the pair counts (tp, fp, fn) of ``predicted`` against ``gold``.

    Both map an item (a document or event id) to its cluster label; items missing from ``predicted`` are alone.
    """
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(gold), 2):
        same_gold = gold[a] == gold[b]
        same_predicted = predicted.get(a, f"alone:{a}") == predicted.get(b, f"alone:{b}")
        tp += same_gold and same_predicted
        fp += same_predicted and not same_gold
        fn += same_gold and not same_predicted
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    clusters: defaultdict[str, list[str]] = defaultdict(list)
    for item in gold:
        clusters[predicted.get(item, f"alone:{item}")].append(gold[item])
    purity = sum(Counter(labels).most_common(1)[0][1] for labels in clusters.values()) / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "purity": purity, "tp": tp, "fp": fp, "fn": fn}


@dataclass
class LabelledReports:
    """Labelled reports (``text``, ``source``, ``url``, ``published``, ``incident``) extracted once, ready to link."""

    gold: dict[str, str]
    """Document id → its gold incident label."""
    events: list[Event]
    documents: dict[str, Document]

    def predicted(self, threshold: float | None = None) -> dict[str, str]:
        """Document id → the incident linking gives its first event (``alone:ID`` when it has none)."""
        from sitrep.analyze.linking import THRESHOLD, link

        assignments = link(self.events, documents=self.documents,
                           threshold=THRESHOLD if threshold is None else threshold)
        first: dict[str, str] = {}
        for event in self.events:
            first.setdefault(event.document_id, assignments[event.id])
        return {doc: first.get(doc, f"alone:{doc}") for doc in self.gold}


def extract_labelled(rows: Iterable[Mapping[str, Any]]) -> LabelledReports:
    """Extract each labelled report through the whole pipeline (the linking set's JSONL rows)."""
    from sitrep import api

    reports = LabelledReports(gold={}, events=[], documents={})
    for row in rows:
        document = Document.from_text(row["text"], source=row["source"], url=row["url"],
                                      published=date.fromisoformat(row["published"]))
        extraction = api.extract(document)
        reports.documents[document.id] = extraction.document
        reports.gold[document.id] = row["incident"]
        reports.events += extraction.events
    return reports
