"""Scoring extracted aggregate claims against a labelled claim set.

A labelled text is ``{"id", "published", "text", "claims": [...], "inconsistent"?, "denial"?}``; each gold claim is
``{"claimant", "status", "period": [first, last] | null, "figures": [{"measure", "value", "facet"}]}``. A facet is
``null`` (a total), an ISO 3166-2 code (the figure's province), ``country:XX`` (ISO 3166-1 alpha-2: a part by
country), ``month:YYYY-MM``, ``tactic:KEY`` or
``target:NAME`` (a canonical actor or a target category). The real-news development set
(``../shared/data/news/gold.jsonl``) uses the same claim shape with free-text claimants and targets; ``loose=True``
scores it (a target or tactic facet is right when the figure has one; for a count of materiel, the reading's
target is what the project stores as the figure's ``item``).

Matching: each gold claim is paired with at most one extracted claim of the same text, the one sharing the most
(measure, value) figures (at least one). A figure is found when the paired claim has the same measure and value,
and right when the facet also agrees. ``invented`` counts extracted claims in texts whose gold has none: claims
built from incident reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sitrep.model import Claim, Figure
from sitrep.taxonomy import ActorTable

EQUIVALENT_MEASURES = {"arrested": "captured"}
"""The project stores arrests as ``captured`` (DESIGN.md); the news gold names them apart."""


@dataclass
class ClaimScore:
    """Counts behind the claim metrics; ``rates()`` turns them into the reported fractions."""

    gold_claims: int = 0
    found: int = 0
    gold_figures: int = 0
    figures_found: int = 0
    figures_right: int = 0
    claimant_right: int = 0
    status_right: int = 0
    period_right: int = 0
    extracted: int = 0
    unmatched: int = 0
    invented: int = 0
    negative_texts: int = 0
    inconsistent_texts: int = 0
    inconsistencies_found: int = 0
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)

    def rates(self) -> dict[str, float | int]:
        """The headline fractions (claims found, figures right, claimant and status right …) and raw counts."""
        def share(a: int, b: int) -> float:
            return round(a / b, 3) if b else 1.0

        return {
            "claims_found": share(self.found, self.gold_claims),
            "figures_found": share(self.figures_found, self.gold_figures),
            "figures_right_facet": share(self.figures_right, self.gold_figures),
            "claimant_right": share(self.claimant_right, self.found),
            "status_right": share(self.status_right, self.found),
            "period_right": share(self.period_right, self.found),
            "inconsistencies_found": share(self.inconsistencies_found, self.inconsistent_texts),
            "gold_claims": self.gold_claims,
            "extracted": self.extracted,
            "unmatched_extracted": self.unmatched,
            "invented_from_incidents": self.invented,
            "false_alarm_checks": self.false_alarms,
        }


def _measure(name: str) -> str:
    return EQUIVALENT_MEASURES.get(name, name)


def _values(figures: Iterable[Any]) -> set[tuple[str, int]]:
    out = set()
    for f in figures:
        if isinstance(f, Figure):
            out.add((_measure(f.measure), f.value))
        else:
            out.add((_measure(f["measure"]), int(f["value"])))
    return out


def facet_agrees(gold: str | None, figure: Figure, *, loose: bool = False) -> bool:
    """Whether ``figure`` carries the gold facet (see the module docstring for the forms)."""
    month = getattr(figure, "month", None)
    if gold is None:
        return figure.admin1_code is None and figure.admin1 is None and month is None and figure.tactic is None and (
            getattr(figure, "country", None) is None) and (loose or figure.target is None)
    kind, _, value = gold.partition(":")
    if not value:  # an ISO 3166-2 code
        return figure.admin1_code == gold
    if kind == "month":
        return month == value
    if kind == "country":
        return getattr(figure, "country", None) == value
    if kind == "tactic":
        return figure.tactic is not None and (loose or value in figure.tactic.split("+"))
    if kind == "target":
        if loose and figure.item is not None:
            return True  # what a materiel count names ('11 MQ-9 drones'): the news reading's target, our item
        return figure.target is not None and (loose or figure.target == value)
    return False


def same_claimant(gold: str | None, got: str | None, actors: ActorTable) -> bool:
    """Exact for canonical names; for free text ("SDF Press Center"), the extracted actor's name or an alias of it
    appears in the gold text."""
    if gold is None or got is None:
        return gold == got
    if gold == got:
        return True
    names = [got] + [alias for alias, canonical in actors.aliases() if canonical == got]
    text = gold.lower()
    return any(re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", text) for n in names if len(n) > 2)


def score_text(score: ClaimScore, gold: Sequence[dict], got: Sequence[Claim], actors: ActorTable, *, label: str,
               loose: bool = False, inconsistent: bool = False) -> None:
    """Add one text's gold and extracted claims to ``score``."""
    score.gold_claims += len(gold)
    score.extracted += len(got)
    if not gold:
        score.negative_texts += 1
        score.invented += len(got)
    free = list(range(len(got)))
    failing = [i for i, c in enumerate(got) if any(ch.ok is False for ch in c.checks)]
    if inconsistent:
        score.inconsistent_texts += 1
    matched_failing = False
    for index, want in enumerate(gold):
        score.gold_figures += len(want["figures"])
        wanted = _values(want["figures"])
        best, overlap = None, 0
        for i in free:
            shared = len(wanted & _values(got[i].figures))
            if shared > overlap:
                best, overlap = i, shared
        if best is None:
            score.misses.append(f"{label}#{index}: no claim with any of {sorted(wanted)}")
            continue
        free.remove(best)
        claim = got[best]
        score.found += 1
        score.claimant_right += same_claimant(want["claimant"], claim.claimant, actors)
        score.status_right += want["status"] == claim.status
        period = want.get("period") or [None, None]
        score.period_right += [claim.period_start, claim.period_end] == list(period)
        matched_failing = matched_failing or best in failing
        for figure in want["figures"]:
            key = (_measure(figure["measure"]), int(figure["value"]))
            candidates = [f for f in claim.figures if (_measure(f.measure), f.value) == key]
            if candidates:
                score.figures_found += 1
                if any(facet_agrees(figure.get("facet"), f, loose=loose) for f in candidates):
                    score.figures_right += 1
                else:
                    score.misses.append(f"{label}: {key} facet {figure.get('facet')} got "
                                        f"{[_facets(f) for f in candidates]}")
            else:
                score.misses.append(f"{label}: figure {key} {figure.get('facet')} missing")
        if want["claimant"] != claim.claimant or want["status"] != claim.status:
            score.misses.append(f"{label}: claimant/status {want['claimant']}/{want['status']} got "
                                f"{claim.claimant}/{claim.status}")
    score.unmatched += len(free)
    if inconsistent:
        score.inconsistencies_found += matched_failing
    else:
        score.false_alarms += len(failing)


def _facets(figure: Figure) -> dict[str, str]:
    out = {k: v for k, v in figure.facets().items() if k not in ("event_type", "sub_event_type", "admin1")}
    if figure.admin1_code:
        out["admin1"] = figure.admin1_code
    if getattr(figure, "month", None):
        out["month"] = figure.month  # type: ignore[attr-defined]
    if getattr(figure, "country", None):
        out["country"] = figure.country  # type: ignore[attr-defined]
    return out
