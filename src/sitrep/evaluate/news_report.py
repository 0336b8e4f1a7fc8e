"""The result of scoring the real-news development set: counts, shares, per-file misses, a table and JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["FIELD_NAMES", "FileResult", "NewsReport", "Share"]

FIELD_NAMES: tuple[str, ...] = ("event_type", "sub_event_type", "actor1", "actor2", "date", "admin1", "killed",
                                "wounded", "status", "attribution")
"""Fields scored on matched main/secondary incidents, in table order (``attribution``: gold ``claimed_by`` against
the event's claimant)."""


@dataclass
class Share:
    """Hits out of a total; ``rate`` is None when nothing was counted."""

    hits: int = 0
    total: int = 0

    @property
    def rate(self) -> float | None:
        """hits / total, None for an empty total."""
        return self.hits / self.total if self.total else None

    def add(self, hit: bool) -> None:
        """Count one case."""
        self.total += 1
        self.hits += bool(hit)

    def cell(self) -> str:
        """"0.85 (34/40)", or "n/a"."""
        return "n/a" if self.rate is None else f"{self.rate:.2f} ({self.hits}/{self.total})"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"hits": self.hits, "n": self.total, "rate": self.rate}


@dataclass
class FileResult:
    """What one text expected and what came out: counts, and one readable line per miss."""

    file: str
    kind: str
    events: int = 0
    gold_incidents: int = 0
    claims: int = 0
    gold_claims: int = 0
    lines: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """True when nothing on this text was missed or invented."""
        return not self.lines

    def block(self) -> str:
        """The file's header and its miss lines, for the shell."""
        head = (f"{self.file} [{self.kind}]  events {self.events} for {self.gold_incidents} gold incidents, "
                f"claims {self.claims} for {self.gold_claims}")
        return "\n".join([head, *(f"  {line}" for line in self.lines)])

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"file": self.file, "kind": self.kind, "events": self.events, "gold_incidents": self.gold_incidents,
                "claims": self.claims, "gold_claims": self.gold_claims, "misses": self.lines}


@dataclass
class NewsReport:
    """Everything :func:`sitrep.evaluate.news.evaluate_news` measured (see that module for the rules)."""

    texts: int = 0
    extracted_events: int = 0
    gold_incidents: int = 0
    """Main and secondary: the incidents recall is measured on."""
    gold_optional: int = 0
    matched: int = 0
    """Events matched to main or secondary incidents (hits)."""
    matched_optional: int = 0
    false_positives: int = 0
    false_positives_by_kind: dict[str, Share] = field(default_factory=dict)
    """Per text kind: hits = false-positive events, total = texts (so ``hits/total`` is events per text)."""
    fields: dict[str, Share] = field(default_factory=lambda: {name: Share() for name in FIELD_NAMES})
    claimed_where_nobody_claimed: int = 0
    gold_claims: int = 0
    extracted_claims: int = 0
    claims_found: int = 0
    claimant: Share = field(default_factory=Share)
    claim_status: Share = field(default_factory=Share)
    claimant_and_status: Share = field(default_factory=Share)
    gold_figures: int = 0
    figures_found: int = 0
    """Measure and value right, in a matched claim."""
    figures_facet: int = 0
    """Measure, value and facet right, in a matched claim."""
    claims_invented: int = 0
    """Extracted claims on texts whose gold has no claim."""
    claims_extra: int = 0
    """Extracted claims left unmatched on texts that do have gold claims."""
    pairs: Share = field(default_factory=Share)
    """Same-incident report pairs whose events were linked into one incident."""
    pairs_both_found: int = 0
    unlinked_pairs: list[dict[str, Any]] = field(default_factory=list)
    wrong_merges: list[dict[str, Any]] = field(default_factory=list)
    near_misses: dict[str, bool | None] = field(default_factory=dict)
    """Near-miss pair → merged (True is wrong), None where a side has no matched event."""
    linking_error: str | None = None
    files: list[FileResult] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)
    extract_seconds: float = 0.0

    @property
    def precision(self) -> float | None:
        """Hits over extracted events, less those matched to optional incidents."""
        judged = self.extracted_events - self.matched_optional
        return self.matched / judged if judged else None

    @property
    def recall(self) -> float | None:
        """Hits over main and secondary gold incidents."""
        return self.matched / self.gold_incidents if self.gold_incidents else None

    @property
    def claims_found_rate(self) -> float | None:
        """Matched gold claims over gold claims."""
        return self.claims_found / self.gold_claims if self.gold_claims else None

    @property
    def figures_found_rate(self) -> float | None:
        """Gold figures found with the right measure and value, over all gold figures."""
        return self.figures_found / self.gold_figures if self.gold_figures else None

    @property
    def figures_facet_rate(self) -> float | None:
        """Gold figures found with the right measure, value and facet, over all gold figures."""
        return self.figures_facet / self.gold_figures if self.gold_figures else None

    def table(self) -> str:
        """The measurements as a plain-text table."""
        rows: list[tuple[str, str]] = [
            ("texts", str(self.texts)),
            ("incidents: extracted / gold (main+secondary, +optional)",
             f"{self.extracted_events} / {self.gold_incidents} (+{self.gold_optional})"),
            ("incident precision", _rate(self.precision, self.matched, self.extracted_events - self.matched_optional)),
            ("incident recall", _rate(self.recall, self.matched, self.gold_incidents)),
            ("events matched to optional incidents (not judged)", str(self.matched_optional)),
            ("false positives", str(self.false_positives)),
        ]
        for kind, share in sorted(self.false_positives_by_kind.items()):
            per = f"{share.hits / share.total:.2f}" if share.total else "n/a"
            rows.append((f"  per {kind} text", f"{per} ({share.hits} on {share.total} texts)"))
        rows += [(f"matched: {name}", share.cell()) for name, share in self.fields.items()]
        rows += [
            ("'claimed' where nobody claimed", str(self.claimed_where_nobody_claimed)),
            ("claims: extracted / gold", f"{self.extracted_claims} / {self.gold_claims}"),
            ("claims found", _rate(self.claims_found_rate, self.claims_found, self.gold_claims)),
            ("  claimant right", self.claimant.cell()),
            ("  status right", self.claim_status.cell()),
            ("  claimant and status right", self.claimant_and_status.cell()),
            ("figures: measure+value", _rate(self.figures_found_rate, self.figures_found, self.gold_figures)),
            ("figures: measure+value+facet", _rate(self.figures_facet_rate, self.figures_facet, self.gold_figures)),
            ("claims invented (texts with no gold claim)", str(self.claims_invented)),
            ("claims unmatched (texts with gold claims)", str(self.claims_extra)),
        ]
        if self.linking_error:
            rows.append(("linking", f"not measured: {self.linking_error}"))
        else:
            rows += [
                ("same-incident pairs linked", self.pairs.cell()),
                ("  pairs with both events matched", str(self.pairs_both_found)),
                ("wrong merges (event pairs of different incidents)", str(len(self.wrong_merges))),
            ]
            rows += [(f"  near miss {name}", _merged(merged)) for name, merged in sorted(self.near_misses.items())]
        rows.append(("extraction errors", str(len(self.errors))))
        width = max(len(label) for label, _ in rows)
        return "\n".join(f"{label:<{width}}  {value}" for label, value in rows)

    def misses(self, *, all_files: bool = False) -> str:
        """Per file, what was expected and what came out, one line per miss (files without misses left out unless
        ``all_files``), then the linking misses."""
        blocks = [f.block() for f in self.files if all_files or not f.clean]
        if self.unlinked_pairs:
            blocks.append("\n".join(["linking: same-incident pairs not linked", *(
                f"  {p['incident']}: {p['files'][0]} + {p['files'][1]}"
                f"{'' if p['both_found'] else ' (an event of it was not extracted or not matched)'}"
                for p in self.unlinked_pairs)]))
        if self.wrong_merges:
            blocks.append("\n".join(["linking: wrong merges", *(
                f"  {m['incident']}: {m['files'][0]} ({m['gold'][0]}) + {m['files'][1]} ({m['gold'][1]})"
                for m in self.wrong_merges)]))
        for error in self.errors:
            blocks.append(f"{error['file']}: extraction error: {error['reason']}")
        return "\n\n".join(blocks) if blocks else "no misses"

    def to_dict(self) -> dict[str, Any]:
        """Every number, and the per-file misses, JSON-ready."""
        return {
            "data": "real-news development set (in-sample for tuning)",
            "texts": self.texts,
            "incidents": {"extracted": self.extracted_events, "gold": self.gold_incidents,
                          "gold_optional": self.gold_optional, "matched": self.matched,
                          "matched_optional": self.matched_optional, "precision": self.precision,
                          "recall": self.recall, "false_positives": self.false_positives,
                          "false_positives_by_kind": {k: {"events": v.hits, "texts": v.total}
                                                      for k, v in self.false_positives_by_kind.items()}},
            "fields": {name: share.to_dict() for name, share in self.fields.items()},
            "claimed_where_nobody_claimed": self.claimed_where_nobody_claimed,
            "claims": {"gold": self.gold_claims, "extracted": self.extracted_claims, "found": self.claims_found,
                       "found_rate": self.claims_found_rate, "claimant": self.claimant.to_dict(),
                       "status": self.claim_status.to_dict(), "claimant_and_status": self.claimant_and_status.to_dict(),
                       "gold_figures": self.gold_figures, "figures_found": self.figures_found,
                       "figures_facet": self.figures_facet, "figures_found_rate": self.figures_found_rate,
                       "figures_facet_rate": self.figures_facet_rate, "invented": self.claims_invented,
                       "unmatched": self.claims_extra},
            "linking": {"error": self.linking_error, "pairs": self.pairs.to_dict(),
                        "pairs_both_found": self.pairs_both_found,
                        "unlinked_pairs": self.unlinked_pairs, "wrong_merges": self.wrong_merges,
                        "near_misses": self.near_misses},
            "errors": self.errors,
            "extract_seconds": self.extract_seconds,
            "files": [f.to_dict() for f in self.files],
        }


def _rate(rate: float | None, hits: int, total: int) -> str:
    return "n/a" if rate is None else f"{rate:.2f} ({hits}/{total})"


def _merged(merged: bool | None) -> str:
    return "not judged (a side has no matched event)" if merged is None else ("MERGED" if merged else "kept apart")
