"""Internal-consistency checks of aggregate claims.

- ``parts_sum_to_total``: a breakdown (by tactic, target, region or governorate) of at least two parts must add up
  to the figure it breaks down. Parts marked ``partial`` ("including", "among them") are only required not to
  exceed it: ``parts_within_total``. A breakdown of one part restates its total and is not checked.
- ``months_cover_period``: a breakdown by month (``Figure.month``) of a total over a period of whole months must
  name every month of the period. When it leaves one out, that is the finding, and the month parts are not also
  summed against the total (their shortfall is the missing month, not a second error).
- ``period_length``: a stated number of days ("over the past 68 days") must equal the inclusive count of days
  between the period's first and last dates. With the year unknown, the count is checked when no 29 February can
  change it, otherwise the check is undecided (``ok`` None).

A failing check is reported, never hidden: it is how a reader learns that a group's totals do not add up.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from sitrep.extract.dates import period_length
from sitrep.model import Check, Claim, Figure

DIMENSIONS = ("tactic", "target", "region", "admin1", "item", "month", "country")


def check_claim(claim: Claim) -> list[Check]:
    """Every check that the claim's figures and period allow, in a stable order."""
    coverage = _month_coverage(claim)
    checks = _breakdown_checks(claim.figures, skip_months=any(c.ok is False for c in coverage)) + coverage
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


def _month_coverage(claim: Claim) -> list[Check]:
    months = sorted({f.month for f in claim.figures if f.month and not f.partial})
    start, end = claim.period_start, claim.period_end
    if len(months) < 2 or not start or not end or start.startswith("--") or end.startswith("--"):
        return []
    if start[8:] != "01" or date.fromisoformat(end) + timedelta(days=1) != date.fromisoformat(end).replace(
            day=1) + timedelta(days=calendar.monthrange(int(end[:4]), int(end[5:7]))[1]):
        return []  # the period is not whole calendar months: nothing to compare
    wanted, year, month = [], int(start[:4]), int(start[5:7])
    while f"{year}-{month:02d}" <= end[:7]:
        wanted.append(f"{year}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    missing = [m for m in wanted if m not in months]
    detail = f"months listed: {', '.join(months)}; the period {start} to {end} has {len(wanted)}"
    if missing:
        detail += f", leaving out {', '.join(missing)}"
    return [Check(kind="months_cover_period", facet="period by month", expected=len(wanted),
                  actual=len([m for m in months if m in wanted]), ok=not missing, detail=detail)]


def _breakdown_checks(figures: list[Figure], *, skip_months: bool = False) -> list[Check]:
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
        named = {name for name, _value in facets}  # (the parent's dimensions, made once: not once per dimension)
        for dimension in DIMENSIONS:
            if dimension in named or (skip_months and dimension == "month"):
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
