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

Both run at the end of every ingest that stored or reverted something, and after a re-extraction. They compare
what is new: the claims of documents stored since their last run (:mod:`sitrep.store.claim_steps` keeps how far
they got), with the stored claims those could match, found by query (the claimant's side, a figure in common, the
period). The result is what comparing every stored claim afresh gives (``full=True`` does that, as every run did
before): the earliest claim is the representative, and a claim already linked keeps its link.
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sitrep.model import FIGURE_FACETS, Check, Claim, Figure
from sitrep.store import Store, claim_steps
from sitrep.store.claim_steps import Seen
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


def link_repeats(store: Store, actors: ActorTable | None = None, *, full: bool = False) -> int:
    """Point every stored claim that repeats an earlier one at it (``claims.repeats``); return how many were linked.

    Claims are taken in the order their documents were stored; a claim already linked keeps its link. Only the
    claims of documents stored since the last run are compared, with the stored claims they could repeat (the
    module docstring); ``full``: every current claim with every earlier one, the cost of the whole store.
    """
    actors = actors if actors is not None else ActorTable.load()
    now = Seen(claim_steps.last_seq(store), actors_key(actors))
    if full:
        links = _all_links(store, actors)
    else:
        before = claim_steps.seen(store, claim_steps.REPEATS)
        if before == now:
            return 0  # no document stored since the last run
        links = _new_links(store, actors, before.through if before is not None and before.actors == now.actors else 0)
    claim_steps.write_repeats(store, links, now)
    return len(links)


def _all_links(store: Store, actors: ActorTable) -> list[tuple[str, str]]:
    """(original, copy) pairs found by comparing every current claim with every representative before it."""
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
    return links


_CURRENT = "d.superseded_by IS NULL AND d.forgotten_at IS NULL"
_UNLINKED = f"c.stance = 'claim' AND c.repeats IS NULL AND {_CURRENT}"
"""A current claim that is no copy: what :func:`link_repeats` compares (SQL over claims c joined to documents d)."""


def _new_links(store: Store, actors: ActorTable, since: int) -> list[tuple[str, str]]:
    """(original, copy) pairs among the claims of documents stored after ``since`` (a ``documents.seq``; 0: every
    claim), each compared with the claims before it that it could repeat.

    Every unlinked claim stored up to ``since`` was compared with those before it when it was new, and matched none
    (what :mod:`sitrep.store.claim_steps` makes sure of): it stays a representative, and a new claim can only repeat
    one of those that has its claimant's side, a figure of the same measure and value (a shared total, or a part in
    common) and no other period. Those are found by query; the new claims are then taken in stored order, each
    compared with the representatives before it that share a figure with it, the earliest first.
    """
    found = store.query(f"SELECT c.id FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.seq > ? AND "
                        f"{_UNLINKED}", [since])
    new, seq = _records(store, [row["id"] for row in found])
    if not new:
        return []
    sides = _Sides(actors)
    keys = {(name, f.measure, f.value, c.period_start or None, c.period_end or None)
            for c in new.values() if c.claimant for name in sides.of(c.claimant) for f in c.figures}
    old: dict[str, Claim] = {}
    if since and keys:
        claimant, measure, value, start, end = (list(column) for column in zip(*keys, strict=True))
        matched = store.query(
            "SELECT DISTINCT c.id FROM (SELECT unnest(?::VARCHAR[]) AS claimant, unnest(?::VARCHAR[]) AS measure, "
            "unnest(?::BIGINT[]) AS value, unnest(?::VARCHAR[]) AS period_start, unnest(?::VARCHAR[]) AS period_end) "
            "k JOIN claims c ON c.claimant = k.claimant JOIN figures f ON f.claim_id = c.id AND f.measure = k.measure "
            "AND f.value = k.value JOIN documents d ON d.id = c.document_id "
            f"WHERE d.seq <= ? AND {_UNLINKED} "
            "AND (k.period_start IS NULL OR coalesce(c.period_start, '') = '' OR c.period_start = k.period_start) "
            "AND (k.period_end IS NULL OR coalesce(c.period_end, '') = '' OR c.period_end = k.period_end)",
            [claimant, measure, value, start, end, since])
        old, seq_old = _records(store, [row["id"] for row in matched])
        seq.update(seq_old)
    # Stored order: the representatives stored up to ``since`` first (they come before every new claim), then the
    # new claims, each a representative in turn when it repeats none before it.
    index = _Representatives()
    links: list[tuple[str, str]] = []
    for claim in sorted([*old.values(), *new.values()], key=lambda c: (seq[c.id], c.id)):
        original = None
        if claim.id in new:
            earlier = {r.id: r for r in index.could_match(claim)}
            original = next((r for r in sorted(earlier.values(), key=lambda r: (seq[r.id], r.id))
                             if same_claim(r, claim, actors)), None)
        if original is None:
            index.add(claim)
        else:
            links.append((original.id, claim.id))
    return links


class _Representatives:
    """Representative claims by figure (measure, value), then by period (start, end; None when not read): a claim
    can only repeat one with a figure in common and no other start or end (what :func:`same_claim` asks)."""

    def __init__(self) -> None:
        self.by_figure: dict[tuple[str, int], dict[tuple[str | None, str | None], list[Claim]]] = {}

    def add(self, claim: Claim) -> None:
        period = (claim.period_start or None, claim.period_end or None)
        for key in dict.fromkeys((f.measure, f.value) for f in claim.figures):
            self.by_figure.setdefault(key, {}).setdefault(period, []).append(claim)

    def could_match(self, claim: Claim) -> Iterator[Claim]:
        start, end = claim.period_start or None, claim.period_end or None
        for figure in claim.figures:
            periods = self.by_figure.get((figure.measure, figure.value))
            if not periods:
                continue
            if start is not None and end is not None:
                for key in ((start, end), (start, None), (None, end), (None, None)):
                    yield from periods.get(key, ())
                continue
            for (other_start, other_end), found in periods.items():
                if (start is None or other_start is None or other_start == start) and (
                        end is None or other_end is None or other_end == end):
                    yield from found


def actors_key(actors: ActorTable) -> str:
    """A hash of what :meth:`~sitrep.taxonomy.ActorTable.same_side` reads (each actor's parent): claims compared
    under another table are compared again (see :mod:`sitrep.store.claim_steps`)."""
    pairs = sorted((name, actor.parent) for name, actor in actors.actors.items() if actor.parent is not None)
    return hashlib.sha256(json.dumps(pairs).encode()).hexdigest()[:16]


class _Sides:
    """The claimants :meth:`ActorTable.same_side` pairs with a claimant: itself, its parent, its affiliates and its
    parent's other affiliates (a superset is harmless: every pair is still compared by ``same_side``)."""

    def __init__(self, actors: ActorTable) -> None:
        self.actors = actors
        self.children: dict[str, list[str]] = {}
        for name, actor in actors.actors.items():
            if actor.parent is not None:
                self.children.setdefault(actor.parent, []).append(name)

    def of(self, claimant: str) -> list[str]:
        actor = self.actors.actors.get(claimant)
        parent = actor.parent if actor is not None else None
        names = {claimant, *self.children.get(claimant, ())}
        if parent is not None:
            names |= {parent, *self.children.get(parent, ())}
        return sorted(names)


def _records(store: Store, ids: Sequence[str]) -> tuple[dict[str, Claim], dict[str, int]]:
    """The claims with these ids as far as the comparisons read them (claimant, stance, period, figures with their
    facets; no spans, no checks, no places), and each one's document's ``seq`` (the stored order)."""
    if not ids:
        return {}, {}
    chosen = "(SELECT unnest(?::VARCHAR[]))"
    figures: dict[str, list[Figure]] = {}
    for row in store.query(f"SELECT claim_id, measure, value, {', '.join(FIGURE_FACETS)} FROM figures "
                           f"WHERE claim_id IN {chosen} ORDER BY claim_id, ordinal", [list(ids)]):
        figures.setdefault(row["claim_id"], []).append(
            Figure(measure=row["measure"], value=row["value"], **{name: row[name] for name in FIGURE_FACETS}))
    claims: dict[str, Claim] = {}
    seq: dict[str, int] = {}
    for row in store.query("SELECT c.id, c.document_id, c.claimant, c.stance, c.period_start, c.period_end, "
                           "c.repeats, d.seq FROM claims c JOIN documents d ON d.id = c.document_id "
                           f"WHERE c.id IN {chosen}", [list(ids)]):
        claims[row["id"]] = Claim(id=row["id"], document_id=row["document_id"], claimant=row["claimant"],
                                  stance=row["stance"], period_start=row["period_start"],
                                  period_end=row["period_end"], repeats=row["repeats"],
                                  figures=figures.get(row["id"], []))
        seq[row["id"]] = int(row["seq"])
    return claims, seq


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
    return _dates(claim.period_start, claim.period_end)


def _dates(start: str | None, end: str | None) -> tuple[date, date] | None:
    try:
        if start and end:
            return date.fromisoformat(start), date.fromisoformat(end)
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
    for index, (later, l_period) in enumerate(usable):
        for earlier, e_period in usable[:index]:
            for check in _contradictions(earlier, e_period, later, l_period, actors):
                found.setdefault(later.id, []).append(check)
    return found


def _contradictions(earlier: Claim, e_period: tuple[date, date], later: Claim, l_period: tuple[date, date],
                    actors: ActorTable) -> list[Check]:
    """The failing ``series_total`` checks of ``later`` against one ``earlier`` claim (the module docstring)."""
    (e_start, e_end), (l_start, l_end) = e_period, l_period
    if earlier.claimant != later.claimant and not actors.same_side(earlier.claimant, later.claimant):
        return []
    if l_start > e_end or e_start > l_end:
        return []  # no day in common
    first, second = _single_totals(earlier), _single_totals(later)
    out = []
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
        out.append(Check(kind=SERIES_CHECK, facet=measure, expected=a, actual=b, ok=False, detail=detail))
    return out


def check_series(store: Store, actors: ActorTable | None = None, *, full: bool = False) -> int:
    """Store the ``series_total`` checks of the stored claims; return how many current claims fail one.

    Only the checks that documents stored since the last run can change are computed: those of their claims, and
    of the later claims that a claim of a document they superseded was checked with. The stored checks come out as
    computing every claim's afresh would leave them (``full=True`` does that, the cost of the whole store).
    """
    actors = actors if actors is not None else ActorTable.load()
    now = Seen(claim_steps.last_seq(store), actors_key(actors))
    if full:
        found = series_checks(store.claims(), actors)  # current documents, in stored order
        claim_steps.write_series(store, SERIES_CHECK, found, now, everything=True)
        return len(found)
    before = claim_steps.seen(store, claim_steps.SERIES)
    if before != now:
        since = before.through if before is not None and before.actors == now.actors else None
        changes = _series_changes(store, actors, since)
        claim_steps.write_series(store, SERIES_CHECK, changes, now)
    return int(store.query("SELECT count(DISTINCT claim_id) AS n FROM checks WHERE kind = ?", [SERIES_CHECK])[0]["n"])


@dataclass(frozen=True)
class _Placed:
    """Where a claim stands in a series: its claimant, its period and its place in the stored order."""

    id: str
    claimant: str
    period: tuple[date, date]
    order: tuple[int, int]  # (documents.seq, claims.ordinal): the order store.claims() gives


_USABLE = (f"{_UNLINKED} AND coalesce(c.claimant, '') <> '' AND coalesce(c.period_start, '') <> '' "
           "AND coalesce(c.period_end, '') <> '' AND c.period_start NOT LIKE '--%' AND c.period_end NOT LIKE '--%'")
"""What :func:`series_checks` takes (SQL over claims c joined to documents d), but for a period that does not read
as two dates: checked in Python (``_dates``), as ``series_checks`` does. A '--MM-DD' date never reads as one."""
_PLACED = "SELECT c.id, c.claimant, c.period_start, c.period_end, d.seq, c.ordinal FROM claims c " \
    "JOIN documents d ON d.id = c.document_id"


def _placed(found: Iterable[dict[str, Any]]) -> list[_Placed]:
    out = []
    for row in found:
        period = _dates(row["period_start"], row["period_end"])
        if period is not None and row["claimant"]:
            out.append(_Placed(row["id"], row["claimant"], period, (int(row["seq"]), int(row["ordinal"]))))
    return out


def _series_changes(store: Store, actors: ActorTable, since: int | None) -> dict[str, list[Check]]:
    """The ``series_total`` checks that differ from the stored ones, by claim (an empty list: remove them), for
    the documents stored after ``since`` (None: every claim).

    A claim's checks compare it with the claims stored before it; they change when one of those is new or no
    longer counts. New documents come last, so only their claims and the claims after a claim that left (its
    document superseded by a new one; any other way out makes ``since`` None, see :mod:`sitrep.store.claim_steps`)
    need computing again: each with the claims of its claimant's side stored before it over a day in common.
    """
    sides = _Sides(actors)
    holding = "SELECT claim_id FROM checks WHERE kind = ?"
    if since is None:
        again = _placed(store.query(f"{_PLACED} WHERE {_USABLE}"))
        earlier = _earlier_among(again, sides, actors)
        ids = {p.id for p in again} | {row["claim_id"] for row in store.query(holding, [SERIES_CHECK])}
    else:
        again = _placed(store.query(f"{_PLACED} WHERE d.seq > ? AND {_USABLE}", [since]))
        # Claims that left the series since: of documents that new ones superseded, and any other holding a check
        # that no longer counts. Their checks go, and the claims after them are computed again.
        left = store.query(f"{_PLACED} WHERE d.superseded_by IN (SELECT id FROM documents WHERE seq > ?) "
                           f"OR (c.id IN ({holding}) AND NOT ({_USABLE}))", [since, SERIES_CHECK])
        ids = {row["id"] for row in left}
        if left:
            after = _neighbours(store, sides, actors, _placed(left), later=True)
            known = {p.id for p in again}
            again += [p for p in dict.fromkeys(n for found in after.values() for n in found) if p.id not in known]
        ids |= {p.id for p in again}
        earlier = _neighbours(store, sides, actors, again, later=False)
    records, _ = _records(store, list({p.id for p in again} | {e.id for found in earlier.values() for e in found}))
    found: dict[str, list[Check]] = {}
    for placed in again:
        checks = [check for e in sorted(earlier.get(placed.id, []), key=lambda e: e.order)
                  for check in _contradictions(records[e.id], e.period, records[placed.id], placed.period, actors)]
        if checks:
            found[placed.id] = checks
    stored = claim_steps.series_checks(store, SERIES_CHECK, sorted(ids))
    return {claim_id: found.get(claim_id, []) for claim_id in sorted(ids)
            if found.get(claim_id, []) != stored.get(claim_id, [])}


def _in_series(first: _Placed, second: _Placed, actors: ActorTable) -> bool:
    """Whether two claims can contradict each other: one side, a day in common (what ``_contradictions`` asks
    first)."""
    (a_start, a_end), (b_start, b_end) = first.period, second.period
    return (not (b_start > a_end or a_start > b_end)
            and (first.claimant == second.claimant or actors.same_side(first.claimant, second.claimant)))


def _neighbours(store: Store, sides: _Sides, actors: ActorTable, anchors: Sequence[_Placed], *,
                later: bool) -> dict[str, list[_Placed]]:
    """For each anchor, the current claims of its series stored after it (``later``) or before it: its claimant's
    side, a day in common; found by one query."""
    keys = [(a.id, name, *a.period, *a.order) for a in anchors for name in sides.of(a.claimant)]
    if not keys:
        return {}
    anchor, claimant, start, end, seq, ordinal = (list(column) for column in zip(*keys, strict=True))
    after = "d.seq > k.seq OR (d.seq = k.seq AND c.ordinal > k.ordinal)"
    before = "d.seq < k.seq OR (d.seq = k.seq AND c.ordinal < k.ordinal)"
    # A period DuckDB does not read as dates (but Python might) is kept for _dates to decide.
    found = store.query(
        "SELECT k.anchor, c.id, c.claimant, c.period_start, c.period_end, d.seq, c.ordinal FROM (SELECT "
        "unnest(?::VARCHAR[]) AS anchor, unnest(?::VARCHAR[]) AS claimant, unnest(?::DATE[]) AS period_start, "
        "unnest(?::DATE[]) AS period_end, unnest(?::BIGINT[]) AS seq, unnest(?::BIGINT[]) AS ordinal) k "
        "JOIN claims c ON c.claimant = k.claimant JOIN documents d ON d.id = c.document_id "
        f"WHERE ({after if later else before}) AND {_USABLE} AND (try_cast(c.period_start AS DATE) IS NULL "
        "OR try_cast(c.period_end AS DATE) IS NULL OR (try_cast(c.period_start AS DATE) <= k.period_end "
        "AND try_cast(c.period_end AS DATE) >= k.period_start))",
        [anchor, claimant, start, end, seq, ordinal])
    by_id = {a.id: a for a in anchors}
    out: dict[str, list[_Placed]] = {}
    for row in found:
        for placed in _placed([row]):
            if _in_series(by_id[row["anchor"]], placed, actors):
                out.setdefault(row["anchor"], []).append(placed)
    return out


def _earlier_among(placed: Sequence[_Placed], sides: _Sides, actors: ActorTable) -> dict[str, list[_Placed]]:
    """For each claim of ``placed`` (every claim of the series steps), those of ``placed`` stored before it in its
    series: its claimant's side, a day in common. In memory: by claimant, sorted by the first day, each claim looks
    at those that start before its last day and could still be running on its first."""
    by_claimant: dict[str, list[_Placed]] = {}
    for p in placed:
        by_claimant.setdefault(p.claimant, []).append(p)
    starts: dict[str, list[date]] = {}
    longest: dict[str, int] = {}
    for name, found in by_claimant.items():
        found.sort(key=lambda p: p.period[0])
        starts[name] = [p.period[0] for p in found]
        longest[name] = max((p.period[1] - p.period[0]).days for p in found)
    out: dict[str, list[_Placed]] = {}
    for p in placed:
        first, last = p.period
        for name in sides.of(p.claimant):
            if name not in by_claimant:
                continue
            # A period of ``name`` that starts before ``first`` minus the longest of them ends before ``first``.
            try:
                low = bisect_left(starts[name], first - timedelta(days=max(longest[name], 0)))
            except OverflowError:  # before the year 1
                low = 0
            for other in by_claimant[name][low:bisect_right(starts[name], last)]:
                if other.order < p.order and _in_series(other, p, actors):
                    out.setdefault(p.id, []).append(other)
    return out
