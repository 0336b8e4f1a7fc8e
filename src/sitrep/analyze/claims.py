"""One claim, many sources: the same aggregate claim relayed by several outlets is stored once per document and
linked, so that summaries and audits count it once.

Two claims from different documents are the same claim when the claimants are the same party (or affiliates),
the periods agree (equal, or one of them unread), and their totals agree: they share at least one total (a figure
with no facet but its target), and no measure has two different totals. Without totals, two breakdown figures in
common (same measure, value and facets) are enough. The earliest stored claim is the representative; every later
copy points to it through ``Claim.repeats``; ``sources`` lists the documents that tell it.

A series of claims (one claimant's weekly or monthly totals) can contradict itself: :func:`series_checks` finds a
total that disagrees with an earlier claim of the same claimant over the same period (a different total for the
same measure), or over an overlapping one where the total of the shorter period exceeds the longer period's total
that contains it. Such a pair is never the same claim told twice; each finding is a failing ``series_total`` check on
the later claim, and its message names both claims.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sitrep.model import Check, Claim, Figure
from sitrep.store import Store
from sitrep.taxonomy import ActorTable


def _totals(claim: Claim) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for figure in claim.figures:
        if not {k for k, _v in _facets(figure)} - {"target"}:  # "23 operations against IS cells" is a total
            out.setdefault(figure.measure, set()).add(figure.value)
    return out


def _facets(figure: Figure) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, v) for k, v in figure.facets().items() if k not in ("event_type", "sub_event_type")))


def same_claim(first: Claim, second: Claim, actors: ActorTable) -> bool:
    """Whether two claims from different documents state the same thing (module docstring)."""
    if first.document_id == second.document_id or first.stance != "claim" or second.stance != "claim":
        return False
    if not actors.same_side(first.claimant, second.claimant):
        return False
    for a, b in ((first.period_start, second.period_start), (first.period_end, second.period_end)):
        if a and b and a != b:
            return False
    totals_a, totals_b = _totals(first), _totals(second)
    shared = set(totals_a) & set(totals_b)
    if any(not (totals_a[m] & totals_b[m]) for m in shared):
        return False  # one measure, two different totals: different claims (or a contradiction, see checks)
    if shared:
        return True
    parts_a = {(f.measure, f.value, _facets(f)) for f in first.figures}
    parts_b = {(f.measure, f.value, _facets(f)) for f in second.figures}
    return len(parts_a & parts_b) >= 2


def link_repeats(store: Store, actors: ActorTable | None = None) -> int:
    """Point every stored claim that repeats an earlier one at it (``claims.repeats``); return how many were linked.

    Claims are taken in the order their documents were stored; a claim already linked keeps its link.
    """
    actors = actors if actors is not None else ActorTable.load()
    order = {row["id"]: row["seq"] for row in store.query("SELECT id, seq FROM documents")}
    claims = sorted(store.claims(), key=lambda c: (order.get(c.document_id, 0), c.id))
    representatives: list[Claim] = []
    links: list[tuple[str, str]] = []
    for claim in claims:
        if claim.repeats is not None or claim.stance != "claim":
            continue
        original = next((r for r in representatives if same_claim(r, claim, actors)), None)
        if original is None:
            representatives.append(claim)
        else:
            links.append((original.id, claim.id))
    if links:
        store.set_repeats(links)
    return len(links)


def sources(store: Store, claim_id: str) -> list[dict[str, Any]]:
    """The documents that tell a claim: its own and those of every copy linked to it (or to its original)."""
    rows = store.query("SELECT coalesce(repeats, id) AS original FROM claims WHERE id = ?", [claim_id])
    if not rows:
        return []
    original = rows[0]["original"]
    return store.query(
        "SELECT c.id AS claim_id, d.id AS document_id, d.source, d.url, d.published, d.title FROM claims c "
        "JOIN documents d ON d.id = c.document_id WHERE c.id = ? OR c.repeats = ? ORDER BY d.seq", [original, original])


SERIES_CHECK = "series_total"


def _period(claim: Claim) -> tuple[date, date] | None:
    try:
        if claim.period_start and claim.period_end:
            return date.fromisoformat(claim.period_start), date.fromisoformat(claim.period_end)
    except ValueError:
        pass  # '--MM-DD' (year unknown): not comparable across claims
    return None


def _single_totals(claim: Claim) -> dict[str, int]:
    """Totals by measure (and target, when the total names one: '23 operations against IS cells'), where the claim
    states exactly one."""
    out: dict[str, set[int]] = {}
    for figure in claim.figures:
        facets = dict(_facets(figure))
        if not facets.keys() - {"target"}:
            key = f"{figure.measure} against {facets['target']}" if "target" in facets else figure.measure
            out.setdefault(key, set()).add(figure.value)
    return {m: next(iter(v)) for m, v in out.items() if len(v) == 1}


def series_checks(claims: list[Claim], actors: ActorTable) -> dict[str, list[Check]]:
    """Failing ``series_total`` checks by the id of the later claim of each contradicting pair (module docstring).

    ``claims`` are in the order they were stored; copies (``repeats``), denials and counter-claims are skipped.
    """
    found: dict[str, list[Check]] = {}
    usable = [(c, p) for c in claims if c.repeats is None and c.stance == "claim" and c.claimant
              and (p := _period(c)) is not None]
    for index, (later, (l_start, l_end)) in enumerate(usable):
        for earlier, (e_start, e_end) in usable[:index]:
            if earlier.claimant != later.claimant and not actors.same_side(earlier.claimant, later.claimant):
                continue
            if l_start > e_end or e_start > l_end:
                continue  # no day in common
            first, second = _single_totals(earlier), _single_totals(later)
            for measure in sorted(set(first) & set(second)):
                a, b = first[measure], second[measure]
                same = (e_start, e_end) == (l_start, l_end)
                inner_first = e_start >= l_start and e_end <= l_end
                inner_second = l_start >= e_start and l_end <= e_end
                if same:
                    bad = a != b
                elif inner_first or inner_second:
                    small, large = (a, b) if inner_first else (b, a)
                    bad = small > large
                else:
                    continue  # partly overlapping periods: their totals are not comparable
                if not bad:
                    continue
                detail = (f"claim {later.id} ({later.claimant}, {later.period_start} to {later.period_end}) states "
                          f"{b} {measure}; the earlier claim {earlier.id} of the same series "
                          f"({earlier.period_start} to {earlier.period_end}) states {a}")
                found.setdefault(later.id, []).append(Check(kind=SERIES_CHECK, facet=measure, expected=a, actual=b,
                                                            ok=False, detail=detail))
    return found


def check_series(store: Store, actors: ActorTable | None = None) -> int:
    """Store the ``series_total`` checks of every stored claim afresh; return how many claims fail one."""
    actors = actors if actors is not None else ActorTable.load()
    found = series_checks(store.claims(), actors)  # current documents, in stored order
    store.set_series_checks(SERIES_CHECK, found)
    return len(found)
