"""Internal-consistency checks of aggregate claims.

- ``parts_sum_to_total``: a breakdown (by tactic, target, region or governorate) of at least two parts must add up
  to the figure it breaks down. Parts marked ``partial`` ("including", "among them") are only required not to
  exceed it: ``parts_within_total``. A breakdown of one part restates its total and is not checked.
- ``period_length``: a stated number of days ("over the past 68 days") must equal the inclusive count of days
  between the period's first and last dates. With the year unknown, the count is checked when no 29 February can
  change it, otherwise the check is undecided (``ok`` None).

A failing check is reported, never hidden: it is how a reader learns that a group's totals do not add up.
"""

from __future__ import annotations

from sitrep.extract.dates import period_length
from sitrep.model import Check, Claim, Figure

DIMENSIONS = ("tactic", "target", "region", "admin1", "item")


def check_claim(claim: Claim) -> list[Check]:
    """Every check that the claim's figures and period allow, in a stable order."""
    checks = _breakdown_checks(claim.figures)
    derived = claim.spans.get("period") is not None and claim.spans.get("period") == claim.spans.get("period_days")
    # A period computed from the stated days ("over the past 30 days") matches them by construction: no test.
    if claim.period_days_stated is not None and claim.period_start and claim.period_end and not derived:
        days, note = period_length(claim.period_start, claim.period_end)
        detail = f"{claim.period_start} to {claim.period_end} inclusive is {days} days" if days is not None else ""
        if note:
            detail = f"{detail} ({note})" if detail else note
        checks.append(Check(kind="period_length", facet="period", expected=claim.period_days_stated, actual=days,
                            ok=None if days is None else days == claim.period_days_stated, detail=detail))
    return checks


def with_checks(claim: Claim) -> Claim:
    """A copy of ``claim`` with its checks computed afresh."""
    return claim.model_copy(update={"checks": check_claim(claim)})


def _key(figure: Figure) -> frozenset[tuple[str, str]]:
    return frozenset((k, v) for k, v in figure.facets().items() if k in DIMENSIONS)


def _breakdown_checks(figures: list[Figure]) -> list[Check]:
    checks: list[Check] = []
    keyed = [(figure, _key(figure)) for figure in figures]
    parents: dict[tuple[str, frozenset[tuple[str, str]]], Figure] = {}
    for figure, key in keyed:
        parents.setdefault((figure.measure, key), figure)
    # Parts grouped by (measure, the parent's facets, the one dimension they add).
    groups: dict[tuple[str, frozenset[tuple[str, str]], str], list[tuple[Figure, str]]] = {}
    for figure, key in keyed:
        for dimension, value in key:
            groups.setdefault((figure.measure, key - {(dimension, value)}, dimension), []).append((figure, value))
    for (measure, facets), parent in parents.items():
        for dimension in DIMENSIONS:
            if dimension in dict(facets):
                continue
            parts = [(f, v) for f, v in groups.get((measure, facets, dimension), []) if f is not parent]
            if len(parts) < 2:
                continue
            total = sum(f.value for f, _v in parts)
            partial = any(f.partial for f, _v in parts)
            scope = " ".join(v for _k, v in sorted(facets))
            facet = f"{measure} in {scope} by {dimension}" if scope else f"{measure} by {dimension}"
            listing = " + ".join(f"{v} {f.value}" for f, v in parts)
            if partial:
                ok = total <= parent.value
                detail = f"{listing} = {total}, {'within' if ok else 'more than'} the total {parent.value}"
                checks.append(Check(kind="parts_within_total", facet=facet, expected=parent.value, actual=total,
                                    ok=ok, detail=detail))
            else:
                ok = total == parent.value
                detail = f"{listing} = {total}; the total is {parent.value}"
                if not ok:
                    detail += f" (off by {total - parent.value:+d})"
                checks.append(Check(kind="parts_sum_to_total", facet=facet, expected=parent.value, actual=total,
                                    ok=ok, detail=detail))
    return checks
