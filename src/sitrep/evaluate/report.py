"""What an evaluation found: per-field scores, confusions, distances and speed, as a table or JSON."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["METRICS", "EvalReport", "FieldScore"]

MAX_EXAMPLES = 5
"""Misses kept per metric, so a reader of the report can see *why* a score is low without rerunning."""

NONE = "(none)"
"""How a missing prediction (no event, or no value) appears in confusion tables and examples."""

METRICS: dict[str, str] = {
    "event_found": "an event extracted",
    "event_type": "event_type",
    "sub_event_type": "sub_event_type",
    "actor1": "actor1",
    "actor2": "actor2",
    "fatalities_exact": "fatalities exact",
    "fatalities_within_1": "fatalities within ±1",
    "fatalities_in_range": "fatalities within coded low–high",
    "fatalities_exact_where_stated": "fatalities exact, coded number in text",
    "fatalities_not_in_text": "coded fatalities (>0) not in text [data]",
    "wounded_exact": "wounded exact",
    "country": "country",
    "admin1": "admin1",
    "admin2": "admin2",
    "location": "location (place name)",
    "no_place": "no place where none coded",
    "within_10km": "within 10 km of coded point",
    "within_50km": "within 50 km of coded point",
    "date_exact": "date exact",
}
"""Every share the report can hold, in table order, with its label. ``fatalities_not_in_text`` describes the data
(how often the publisher codes a number the text does not state), not sitrep; the table marks it ``[data]``."""


@dataclass
class FieldScore:
    """Hits out of the rows where the gold codes this field. A missing prediction is a miss, never a skip."""

    name: str
    hits: int = 0
    total: int = 0
    examples: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rate(self) -> float | None:
        """hits / total; None when no row coded the field."""
        return self.hits / self.total if self.total else None

    def add(self, hit: bool, example: Callable[[], dict[str, Any]] | None = None) -> None:
        """Count one row; on a miss keep ``example()`` (built lazily: most rows need none) up to MAX_EXAMPLES."""
        self.total += 1
        if hit:
            self.hits += 1
        elif example is not None and len(self.examples) < MAX_EXAMPLES:
            self.examples.append(example())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: label, hits, n, rate and the kept misses."""
        return {"label": METRICS.get(self.name, self.name), "hits": self.hits, "n": self.total,
                "rate": self.rate, "misses": self.examples}


@dataclass
class EvalReport:
    """The result of :func:`sitrep.evaluate.evaluate` on one file."""

    schema: str
    documents: int = 0
    with_event: int = 0
    extract_seconds: float = 0.0
    """Time spent inside the extraction function only (not reading or scoring)."""
    scores: dict[str, FieldScore] = field(default_factory=dict)
    distances_km: list[float] = field(default_factory=list)
    """Distance from the coded point, for each row where both sides have coordinates."""
    confusion: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)
    """(gold, predicted) counts for event_type and sub_event_type; predicted is "(none)" when missing."""
    errors: list[dict[str, str]] = field(default_factory=list)
    """Documents the extraction function raised a SitrepError on (each also scored as a miss everywhere)."""

    def score(self, name: str) -> FieldScore:
        """The named score, created empty on first use (so the table shows only what the schema codes)."""
        if name not in self.scores:
            self.scores[name] = FieldScore(name)
        return self.scores[name]

    def rate(self, name: str) -> float | None:
        """The share for metric ``name``; None when it was not scored."""
        found = self.scores.get(name)
        return found.rate if found is not None else None

    @property
    def docs_per_second(self) -> float | None:
        """Documents extracted per second of extraction time."""
        return self.documents / self.extract_seconds if self.extract_seconds > 0 else None

    @property
    def median_km(self) -> float | None:
        """Median distance from the coded point, over rows where sitrep gave coordinates."""
        return statistics.median(self.distances_km) if self.distances_km else None

    def top_confusions(self, name: str, n: int = 10) -> list[tuple[str, str, int]]:
        """The ``n`` most frequent (gold, predicted, count) with gold ≠ predicted, most frequent first."""
        pairs = [(gold, pred, count) for (gold, pred), count in self.confusion.get(name, Counter()).items()
                 if gold != pred]
        return sorted(pairs, key=lambda p: (-p[2], p[0], p[1]))[:n]

    def ordered_scores(self) -> list[FieldScore]:
        """Scores in :data:`METRICS` order, then any others by name."""
        known = [self.scores[name] for name in METRICS if name in self.scores]
        return known + [s for name, s in sorted(self.scores.items()) if name not in METRICS]

    # ------------------------------------------------------------------------------------------------- output

    def table(self, confusions: int = 8) -> str:
        """An aligned text table: one line per metric, then the distance, speed and top confusions."""
        head = (f"sitrep eval: schema {self.schema}, {self.documents} documents, {self.with_event} with an event"
                f", {len(self.errors)} extraction errors")
        rows: list[tuple[str, str, str]] = []
        for score in self.ordered_scores():
            value = "n/a" if score.rate is None else f"{score.rate:.1%}"
            rows.append((METRICS.get(score.name, score.name), value, f"{score.hits} / {score.total}"))
        if "within_10km" in self.scores:
            median = "n/a" if self.median_km is None else f"{self.median_km:.1f}"
            rows.append(("median distance to coded point (km)", median,
                         f"{len(self.distances_km)} with coordinates"))
        speed = "n/a" if self.docs_per_second is None else f"{self.docs_per_second:.1f}"
        rows.append(("documents/s (extraction)", speed, f"{self.documents} in {self.extract_seconds:.2f} s"))
        labels = ("metric", "score", "hits / n")
        widths = [max(len(labels[i]), *(len(r[i]) for r in rows)) for i in range(3)]
        lines = [head, "", "  ".join(label.ljust(w) for label, w in zip(labels, widths, strict=True)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += [f"{r[0].ljust(widths[0])}  {r[1].rjust(widths[1])}  {r[2]}" for r in rows]
        for name in ("event_type", "sub_event_type"):
            top = self.top_confusions(name, confusions)
            if top:
                lines += ["", f"top {name} confusions (gold → predicted):"]
                width = max(len(str(count)) for _, _, count in top)
                lines += [f"  {str(count).rjust(width)}  {gold} → {pred}" for gold, pred, count in top]
        if self.errors:
            lines += ["", f"extraction errors ({len(self.errors)}), first: {self.errors[0]['where']}: "
                          f"{self.errors[0]['reason']}"]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: every metric with hits, n, rate and kept misses; distances; speed; full confusion tables."""
        return {
            "schema": self.schema,
            "documents": self.documents,
            "with_event": self.with_event,
            "extract_seconds": round(self.extract_seconds, 4),
            "docs_per_second": self.docs_per_second,
            "metrics": {score.name: score.to_dict() for score in self.ordered_scores()},
            "distance_km": {"median": self.median_km, "n": len(self.distances_km)},
            "confusion": {
                name: {
                    "matrix": _matrix(counts),
                    "top": [{"gold": g, "predicted": p, "n": c} for g, p, c in self.top_confusions(name, 20)],
                }
                for name, counts in self.confusion.items()
            },
            "errors": self.errors,
        }


def _matrix(counts: Counter[tuple[str, str]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for (gold, pred), count in sorted(counts.items()):
        out.setdefault(gold, {})[pred] = count
    return out
