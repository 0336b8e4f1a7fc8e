"""One incident, many reports: events from different documents that tell the same incident get one ``incident_id``.

::

    assignments = link(events, documents=documents)       # pure: event id -> incident id
    result = link_events(store)                            # incremental, persisted through the store's write path
    unlink(store, event_id)                                # reverse: the event becomes an incident of its own

How (details of features, blocking and the score in :mod:`sitrep.analyze.similarity`):

1. **Blocking.** Only events at most :data:`~sitrep.analyze.similarity.WINDOW_DAYS` (2) days apart that share an
   area — the same admin1 unit, the same locality name, coordinates within
   :data:`~sitrep.analyze.similarity.BLOCK_KM` km, or the country (and family of event types) when one of them is
   known only to the country — are compared. Never all pairs; never two events of one document.
2. **Score.** A weighted sum of date, place, type/tactic, actor, casualty and text agreement, in [0, 1].
3. **Threshold.** Two events may be linked when their score is at least :data:`THRESHOLD` (0.70: measured on
   ``tests/fixtures/linking/``, see ``tests/test_linking_quality.py``; a pair of same-day, same-place reports that
   agree on type reaches it even when they name no actor or casualties; a report of the same place on the next
   day, or of a neighbouring village on the same day, does not).
4. **Clustering without chaining.** Connected components of the pairs above the threshold are only candidates.
   Within each, every pair of reports is scored (whether blocking compared it or not), and groups merge by
   average link: two groups merge only when the mean score over all their cross pairs is at least the pair
   threshold (``cluster(average=...)`` sets another bar), when no cross pair is in hard conflict (exact dates two
   or more days apart, dates beyond the window, another country or admin1 unit:
   :func:`~sitrep.analyze.similarity.hard_conflict`) and when they hold no two events of the same document. So
   A~B and B~C do not put A with C when A and C contradict each other or are weakly alike. (A lower average bar,
   0.6, gained 0.01 of F1 on the labelled set but cost 0.04 of precision on the dense synthetic million.)
5. **Incremental.** :func:`link_events` links the events that have no incident yet against each other and against
   the stored incidents of the same dates: a new report joins an existing incident (whose id stays) or opens one.
   Two existing incidents are never merged by an incremental run; ``link_events(store, rebuild=True)`` (``sitrep
   link --rebuild``) links everything afresh. Events unlinked by hand stay alone in both. Stored reports are read
   as the linking features an earlier run stored (:mod:`sitrep.store.link_features`, migration 10), not rebuilt
   from their records, so a run's cost follows the new reports and the stored ones that share their days and
   places; features missing (a database from before migration 10) or stale (an edited event) are computed and
   stored on the way (:func:`store_features` does it for the whole store at once). Stored reports dated to the
   day are read only on the days where a new report could link with them (:func:`_reach`: two such reports a day
   apart, neither at night, or two days apart never reach the threshold). Pairs that cannot reach the threshold
   on their cheap terms are not scored further, and pairs of two stored incidents' reports (which an incremental
   run never merges) are not scored at all.
6. **Ids.** An incident's id is derived from its earliest report's event id (``stable_id("incident", id)``), so
   linking the same events twice gives the same ids; an event unlinked by hand gets
   ``stable_id("unlinked", event_id)``.
"""

from __future__ import annotations

import gc
import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from sitrep.analyze.similarity import (
    CONFLICT,
    DATE_PRECISE,
    FEATURES_VERSION,
    NO_DAY,
    WEIGHTS,
    WINDOW_DAYS,
    Features,
    Location,
    Units,
    build_features,
    candidate_pairs,
    feature_columns,
    features_from_columns,
    hard_conflict,
    locate,
    score_pairs,
    stable_id,
    unique_ints,
)
from sitrep.errors import ConfigError, NotFoundError
from sitrep.geo import Gazetteer
from sitrep.model import Document, Event
from sitrep.store import Store, link_features
from sitrep.store import incidents as stored
from sitrep.taxonomy import ActorTable

THRESHOLD = 0.70
"""Lowest pair score at which two reports may be linked (step 3)."""

LARGEST_COMPONENT = 2000
"""Candidate components of more rows than this (a whole dense week chained together) are not average-linked: their
groups stay apart, and :class:`Linkage` counts them. Real incidents have a handful of reports."""

VETO = -1.0
"""Score recorded for a pair in hard conflict (:func:`~sitrep.analyze.similarity.hard_conflict`): it counts as 0
in averages and forbids merging the two groups that hold it."""

FLOOR = 0.25
"""Pair scores below this count as 0 in average linking (only the pairs above it are kept in memory)."""

CHUNK = 2000
"""Events whose features an incremental run computes at once (their light records held together): bounds the memory
of linking a long ingest's events, not only its tens of thousands of stored ones."""

NEW, EXISTING, PINNED = 0, 1, 2
"""Kinds of starting groups: a new event, a stored incident (may absorb new events, never another incident), an event
unlinked by hand (stays alone)."""


@dataclass
class Linkage:
    """What linking found: the group of every event, and how many pairs were compared."""

    labels: np.ndarray
    """Group label per event row (the row of the group's first member)."""
    candidate_pairs: int
    linked_pairs: int
    """Pairs scoring at least the threshold."""
    oversized: int = 0
    """Candidate components larger than :data:`LARGEST_COMPONENT`, left unlinked."""


def cluster(features: Features, *, threshold: float = THRESHOLD, average: float | None = None,
            start: np.ndarray | None = None, kinds: Mapping[int, int] | np.ndarray | None = None,
            involving: np.ndarray | None = None) -> Linkage:
    """Group the rows of ``features`` into incidents (see the module docstring, steps 1-4).

    ``start`` gives each row a starting group label (rows of one stored incident share one; default: every row its
    own); ``kinds`` the kind (:data:`NEW`, :data:`EXISTING`, :data:`PINNED`) of each starting label (default NEW),
    by label or as an array with one value per row (read at the rows that are labels).
    ``involving`` (a bool per row: the new reports) limits the compared pairs to those with a new report: stored
    incidents are never merged with each other by an incremental run, so their own pairs need no second look.
    """
    n = len(features)
    start = np.arange(n) if start is None else np.asarray(start)
    row_kind = _row_kinds(n, kinds)
    # The kind of each row's starting group, by indexing (an incremental run holds tens of thousands of stored
    # incidents: their kinds as a dict, copied and tested with np.isin, cost more than indexing an array).
    start_kind = row_kind[start]
    pinned_rows = start_kind == PINNED
    # Pass 1: the pairs at or above the threshold, and the components they (and the starting groups) form.
    strong_i, strong_j = [], []
    compared = 0
    for found_i, found_j in candidate_pairs(features, involving=involving):
        compared += len(found_i)
        for i, j in _slices(found_i, found_j):
            s, _ = score_pairs(features, i, j, at_least=threshold)  # only which pairs reach it matters here
            keep = (s >= threshold) & ~pinned_rows[i] & ~pinned_rows[j]
            strong_i.append(i[keep])
            strong_j.append(j[keep])
    si = np.concatenate(strong_i) if strong_i else np.zeros(0, np.int64)
    sj = np.concatenate(strong_j) if strong_j else np.zeros(0, np.int64)
    components = _components(n, si, sj, start)
    linked = len(unique_ints(si * n + sj))
    del strong_i, strong_j, si, sj
    # Pass 2: every pair inside a component of two or more starting groups, scored whether blocking compared it
    # or not (a pair never compared scores low on its own: days apart, another province), for average linking.
    groups_per_component = np.zeros(n, np.int64)
    # (component, starting group) pairs packed into one int64: np.unique over rows (axis=0) sorts far slower.
    np.add.at(groups_per_component, unique_ints(components * n + start) // max(n, 1), 1)
    multi = (groups_per_component[components] > 1) & ~pinned_rows
    settled = None
    if involving is not None:
        # A pair of two stored reports of stored (or pinned) groups decides nothing: such groups never merge with
        # each other, and their own pairs weigh only in their own mean. An incremental run skips them (they were
        # two thirds of the pairs here on the 100,000-event bench store).
        settled = (start_kind != NEW) & ~np.asarray(involving, bool)
    kept_i, kept_j, kept_s = [], [], []
    for i, j in _batched(_component_pairs(components, multi), None if settled is None else settled):
        s, _ = score_pairs(features, i, j)
        s = np.where(hard_conflict(features, i, j), VETO, s)
        keep = (s >= FLOOR) | (s == VETO)
        kept_i.append(i[keep])
        kept_j.append(j[keep])
        kept_s.append(s[keep])
    if kept_i:
        pair_i, pair_j, pair_s = np.concatenate(kept_i), np.concatenate(kept_j), np.concatenate(kept_s)
    else:
        pair_i = pair_j = np.zeros(0, np.int64)
        pair_s = np.zeros(0)
    labels = start.copy()
    stored_rows: dict[int, list[int]] = defaultdict(list)
    for row in np.flatnonzero(start != np.arange(n)).tolist():
        stored_rows[int(start[row])].append(row)
    for label in stored_rows:
        stored_rows[label].insert(0, label)
    # Pairs inside multi-group components, grouped by component.
    inside = components[pair_i] == components[pair_j]
    order = np.argsort(components[pair_i[inside]], kind="stable")
    pi, pj, ps = pair_i[inside][order], pair_j[inside][order], pair_s[inside][order]
    pc = components[pi]
    star = _link_stars(pi, pj, ps, pc, labels, start, features.doc, row_kind,
                       threshold if average is None else average)
    bounds = np.flatnonzero(np.diff(pc)) + 1
    los, his = np.concatenate([[0], bounds]), np.concatenate([bounds, [len(pc)]])
    done = star[pc[los]] if len(pc) else np.zeros(len(los), bool)
    # The labels of the pairs as _link_stars left them (it changes only the components it links, skipped here),
    # taken now; each component's labels and scores become Python values only for its own call. As Python lists for
    # every pair at once (three objects per pair, ~110 bytes) they set a link step's peak: +25 MB for the 228,000
    # pairs of 10,000 generated documents linked into 20,000 stored ones, and they grow with the pairs.
    label_i, label_j = labels[pi], labels[pj]
    # The documents and kinds as Python lists once too: each call reads a few of them per group, and a NumPy
    # scalar read costs several times a list's.
    doc_list: list[int] = []
    kind_list: list[int] = []
    for lo, hi, linked_here in zip(los.tolist(), his.tolist(), done.tolist(), strict=True):
        if hi <= lo or linked_here:
            continue
        if not doc_list:
            doc_list, kind_list = features.doc.tolist(), row_kind.tolist()
        _average_link(label_i[lo:hi].tolist(), label_j[lo:hi].tolist(), ps[lo:hi].tolist(), labels, doc_list,
                      kind_list, threshold if average is None else average, stored_rows)
    sizes = np.bincount(components[multi]) if multi.any() else np.zeros(0, np.int64)
    return Linkage(labels=_canonical(labels), candidate_pairs=compared, linked_pairs=linked,
                   oversized=int((sizes > LARGEST_COMPONENT).sum()))


def _row_kinds(n: int, kinds: Mapping[int, int] | np.ndarray | None) -> np.ndarray:
    """The kind of each of ``n`` rows as a label (:data:`NEW` for rows no kind names): ``kinds`` by label, or an
    array of one value per row."""
    if isinstance(kinds, np.ndarray):
        return kinds.astype(np.int64, copy=False)
    row_kind = np.full(n, NEW, np.int64)
    if kinds:
        row_kind[np.fromiter(kinds.keys(), np.int64, len(kinds))] = np.fromiter(kinds.values(), np.int64, len(kinds))
    return row_kind


SCORED_AT_ONCE = 200_000
"""Pairs scored together: the score's temporaries (a few dozen arrays of one value per pair) stay near 50 MB however
many pairs a long ingest's events form."""


def _slices(i: np.ndarray, j: np.ndarray) -> Iterable[tuple[np.ndarray, np.ndarray]]:
    """The pairs (i, j) :data:`SCORED_AT_ONCE` at a time (scores are per pair: slicing changes none)."""
    for lo in range(0, len(i), SCORED_AT_ONCE):
        yield i[lo:lo + SCORED_AT_ONCE], j[lo:lo + SCORED_AT_ONCE]


def _batched(found: Iterable[tuple[np.ndarray, np.ndarray]], settled: np.ndarray | None
             ) -> Iterable[tuple[np.ndarray, np.ndarray]]:
    """The pairs of ``found`` in their order, :data:`SCORED_AT_ONCE` at a time, those of two ``settled`` rows left
    out: :func:`_component_pairs` yields the components of each size apart, and scoring each size's few pairs
    alone (a few dozen array operations per call) cost more than scoring them (measured: 25 calls for 3,400 pairs
    of an incremental run into the 100,000-event bench store). Scores are per pair: batching changes none."""
    held_i: list[np.ndarray] = []
    held_j: list[np.ndarray] = []
    held = 0
    for found_i, found_j in found:
        if settled is not None:
            useful = ~(settled[found_i] & settled[found_j])
            found_i, found_j = found_i[useful], found_j[useful]
        held_i.append(found_i)
        held_j.append(found_j)
        held += len(found_i)
        if held >= SCORED_AT_ONCE:
            yield from _slices(np.concatenate(held_i), np.concatenate(held_j))
            held_i, held_j, held = [], [], 0
    if held:
        yield from _slices(np.concatenate(held_i), np.concatenate(held_j))


def _component_pairs(components: np.ndarray, rows: np.ndarray,
                     chunk: int = 2_000_000) -> Iterable[tuple[np.ndarray, np.ndarray]]:
    """Every pair (i < j) of the selected ``rows`` that share a component, in chunks; components larger than
    :data:`LARGEST_COMPONENT` rows give none (their groups then stay apart)."""
    chosen = np.flatnonzero(rows)
    if not len(chosen):
        return
    order = np.argsort(components[chosen], kind="stable")
    chosen = chosen[order]
    labels, first, sizes = np.unique(components[chosen], return_index=True, return_counts=True)
    del labels
    for size in unique_ints(sizes).tolist():  # (not np.unique: its plain call imports numpy.ma, see _text_score)
        if size < 2 or size > LARGEST_COMPONENT:
            continue
        starts = first[sizes == size]
        members = chosen[starts[:, None] + np.arange(size)[None, :]]  # (components of this size, size)
        a, b = np.triu_indices(size, 1)
        per = max(1, chunk // len(a))
        for lo in range(0, len(members), per):
            block = members[lo:lo + per]
            i, j = block[:, a].ravel(), block[:, b].ravel()
            yield np.minimum(i, j), np.maximum(i, j)


def _components(n: int, i: np.ndarray, j: np.ndarray, start: np.ndarray) -> np.ndarray:
    """The component of each of ``n`` rows joined by the pairs (``i``, ``j``) and by their starting groups
    (``start``), as the label of its first row (its smallest).

    Labels are propagated in NumPy: each row takes the smallest label across each of its pairs, then the label of
    its label, until nothing changes. A label only ever falls and is always a row of the component, so it ends at
    the component's smallest row: the roots a union-find over the pairs gives (which, in a Python loop over the
    pairs, cost a few milliseconds per thousand strong pairs of an incremental run)."""
    label = np.arange(n)
    moved = np.flatnonzero(start != label)
    a = np.concatenate([np.asarray(i, np.int64), moved])
    b = np.concatenate([np.asarray(j, np.int64), np.asarray(start, np.int64)[moved]])
    if not len(a):
        return label
    while True:
        low = np.minimum(label[a], label[b])
        down = label.copy()
        np.minimum.at(down, a, low)
        np.minimum.at(down, b, low)
        down = down[down]
        if np.array_equal(down, label):
            return label
        label = down


def _link_stars(i: np.ndarray, j: np.ndarray, s: np.ndarray, component: np.ndarray, labels: np.ndarray,
                start: np.ndarray, doc: np.ndarray, row_kind: np.ndarray, threshold: float) -> np.ndarray:
    """:func:`_average_link` at once for every component of one new report and stored incidents only (the
    components of an incremental run, nearly all): the report joins the incident of highest mean score (the first
    met among equals) when that mean reaches ``threshold``, no pair of the two is in hard conflict and they share
    no document; stored incidents never merge with each other, so nothing else happens. Called per component,
    the general merging cost more in set-up than in merging (measured: 440 calls, 15 ms of an incremental run
    into the 100,000-event bench store). ``i``, ``j``, ``s``: the pairs, grouped by ``component`` (of each
    pair); ``labels`` (the starting groups, changed in place), ``start``, ``doc`` and ``row_kind`` (the kind of
    each label) per row. Returns, per component label, True where the component was linked here."""
    n = len(labels)
    star = np.zeros(n, bool)
    if not len(i):
        return star
    gi, gj = labels[i], labels[j]
    ki, kj = row_kind[gi], row_kind[gj]
    size = np.bincount(start, minlength=n)
    # Components with exactly one new group, of one row, and no pinned one.
    new = unique_ints(np.concatenate([component[ki == NEW] * n + gi[ki == NEW],
                                    component[kj == NEW] * n + gj[kj == NEW]]))
    news = np.bincount(new // n, minlength=n)
    single = np.zeros(n, bool)
    single[(new // n)[size[new % n] == 1]] = True
    pinned = np.zeros(n, bool)
    pinned[component[(ki == PINNED) | (kj == PINNED)]] = True
    star = (news == 1) & single & ~pinned
    # The pairs of each such component's new report with another group, by group in order of first appearance
    # (the order the general merging meets them in): sums, vetoes, sizes and shared documents per group.
    relevant = star[component] & (gi != gj) & ((ki == NEW) | (kj == NEW))
    if not relevant.any():
        return star
    other = np.where(ki == NEW, gj, gi)[relevant]
    report = np.where(ki == NEW, gi, gj)[relevant]
    score = s[relevant]
    groups, first, inverse = np.unique(other, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    # Summed in pair order, as the general merging adds them (a veto counts 0 and forbids the merge).
    sums = np.bincount(inverse, weights=np.where(score == VETO, 0.0, score), minlength=len(groups))
    vetoed = np.bincount(inverse, weights=(score == VETO).astype(float), minlength=len(groups)) > 0
    reports, where = report[first], component[relevant][first]
    rows = np.flatnonzero(np.isin(start, groups))
    held = set(zip(start[rows].tolist(), doc[rows].tolist(), strict=True))
    shared = np.fromiter(((g, d) in held for g, d in zip(groups.tolist(), doc[reports].tolist(), strict=True)),
                         bool, len(groups))
    mean = sums / size[groups]
    chosen = np.flatnonzero(~vetoed & ~shared)
    if not len(chosen):
        return star
    order = chosen[np.lexsort((first[chosen], -mean[chosen], where[chosen]))]
    best = order[np.concatenate([[True], where[order][1:] != where[order][:-1]])]
    best = best[mean[best] >= threshold]
    labels[reports[best]] = groups[best]
    return star


def _average_link(label_i: list[int], label_j: list[int], scores: list[float], labels: np.ndarray,
                  doc: Sequence[int] | np.ndarray, row_kind: Sequence[int] | np.ndarray, threshold: float,
                  stored_rows: Mapping[int, list[int]]) -> None:
    """Merge the starting groups met by these pairs (their groups' labels and scores) by average link, in place on
    ``labels``; ``doc`` gives the document of each row and ``row_kind`` the kind of each label (lists or arrays).

    ``stored_rows`` lists the rows of every starting group of more than one row (a stored incident): rows that
    meet no pair here still count in its size.

    Each step merges the two groups of highest mean score that may merge, the first met among equals (in the order
    their pairs first appear); it stops when that mean is below ``threshold``. The candidates are kept in a heap,
    and a merge moves the pairs of the group merged away onto the one kept (their summed scores added, one pair of
    sums at a time, so the same floating-point values as adding them up afresh): scanning and rebuilding every
    pair sum at each merge cost most of this function in the larger components of a run.
    """
    groups = sorted(set(label_i) | set(label_j))
    if len(groups) < 2:
        return
    members = {g: list(stored_rows.get(g, [g])) for g in groups}
    docs = {g: {int(doc[r]) for r in members[g]} for g in groups}
    kind = {g: int(row_kind[g]) for g in groups}
    sums: dict[tuple[int, int], float] = {}
    vetoed: set[tuple[int, int]] = set()
    for ga, gb, score in zip(label_i, label_j, scores, strict=True):
        if ga != gb:
            key = (ga, gb) if ga < gb else (gb, ga)
            if score == VETO:
                vetoed.add(key)
                score = 0.0
            sums[key] = sums.get(key, 0.0) + score
    size = {g: len(members[g]) for g in groups}
    # Each pair's place in the order its pairs first appeared: a merged pair takes the earlier of its two places.
    rank = {key: k for k, key in enumerate(sums)}
    near: dict[int, set[int]] = defaultdict(set)
    for ga, gb in sums:
        near[ga].add(gb)
        near[gb].add(ga)

    def entry(key: tuple[int, int]) -> tuple[float, int, int, int]:
        return -(sums[key] / (size[key[0]] * size[key[1]])), rank[key], key[0], key[1]

    heap = [entry(key) for key in sums]
    heapq.heapify(heap)
    while heap:
        negative, place, ga, gb = heapq.heappop(heap)
        key = (ga, gb)
        if key not in sums or (negative, place) != entry(key)[:2]:
            continue  # an earlier state of a pair a merge changed
        # Whether two groups may merge only ever changes from yes to no (documents and vetoes accumulate), so a
        # pair that may not is dropped for good.
        if kind[ga] == PINNED or kind[gb] == PINNED or (kind[ga] == EXISTING and kind[gb] == EXISTING):
            continue
        if docs[ga] & docs[gb] or key in vetoed:
            continue
        if -negative < threshold:
            return
        keep, gone = key if kind[ga] >= kind[gb] else (gb, ga)
        for row in members[gone]:
            labels[row] = keep
        members[keep] += members.pop(gone)
        docs[keep] |= docs.pop(gone)
        size[keep] += size.pop(gone)
        del sums[key], rank[key]
        for other in near.pop(gone):
            if other == keep:
                continue
            moved = (gone, other) if gone < other else (other, gone)
            onto = (keep, other) if keep < other else (other, keep)
            total, first = sums.pop(moved), rank.pop(moved)
            if onto in sums:
                sums[onto] += total  # two sums: their order does not change the result
                rank[onto] = min(rank[onto], first)
            else:
                sums[onto], rank[onto] = total, first
            if moved in vetoed:
                vetoed.add(onto)
            near[other].discard(gone)
            near[other].add(keep)
            near[keep].add(other)
        near[keep].discard(gone)
        for other in near[keep]:  # the kept group's size changed: each of its pairs has a new mean
            heapq.heappush(heap, entry((keep, other) if keep < other else (other, keep)))


def _canonical(labels: np.ndarray) -> np.ndarray:
    """Relabel so that each group's label is the row of its first member."""
    if not len(labels):
        return labels.copy()
    _, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
    return first[inverse.reshape(-1)].astype(labels.dtype)


# -- records -------------------------------------------------------------------------------------------------------

def link(events: Sequence[Event], *, documents: Mapping[str, Document] | None = None,
         threshold: float = THRESHOLD, keep_existing: bool = False, pinned: set[str] | frozenset[str] = frozenset(),
         gazetteer: Gazetteer | None = None, actors: ActorTable | None = None) -> dict[str, str]:
    """Which incident each event belongs to: event id -> incident id, for every event (a pure function).

    ``documents`` (by id) give datelines and texts where events lack them. With ``keep_existing`` the events'
    current ``incident_id`` values are kept as starting groups (new events may join them; they are never merged
    with each other); without it everything is linked afresh. Events in ``pinned`` (unlinked by hand) stay alone.
    """
    return _link(events, documents=documents, threshold=threshold, keep_existing=keep_existing, pinned=pinned,
                 gazetteer=gazetteer, actors=actors)[0]


def _link(events: Sequence[Event], *, documents: Mapping[str, Document] | None, threshold: float,
          keep_existing: bool, pinned: set[str] | frozenset[str], gazetteer: Gazetteer | None,
          actors: ActorTable | None) -> tuple[dict[str, str], Linkage]:
    """:func:`link`, and the linkage."""
    if not 0 < threshold <= 1:
        raise ConfigError(f"threshold {threshold} is not in (0, 1]")
    events = list(events)
    if not events:
        return {}, Linkage(labels=np.zeros(0, np.int64), candidate_pairs=0, linked_pairs=0)
    features = build_features(events, documents, gazetteer=gazetteer, actors=actors)
    return _link_rows([e.id for e in events], [e.incident_id for e in events], features, threshold=threshold,
                      keep_existing=keep_existing, pinned=pinned)


def _link_rows(ids: Sequence[str], incidents: Sequence[str | None], features: Features, *, threshold: float,
               keep_existing: bool, pinned: set[str] | frozenset[str],
               involving: np.ndarray | None = None,
               incident_codes: np.ndarray | None = None) -> tuple[dict[str, str], Linkage]:
    """:func:`link` on a feature table: ``ids`` and ``incidents`` (the current incident id or None) per row;
    ``involving`` (a bool per row: the new events) when only pairs with one of them are to be compared (see
    :func:`cluster`). Then only the groups holding a new event are named: the others are left as they are.
    ``incident_codes`` may number the incidents (-1 for None), as the store's read gives them."""
    by_row, linkage = _assign_rows(ids, incidents, features, threshold=threshold, keep_existing=keep_existing,
                                   pinned=pinned, involving=involving, incident_codes=incident_codes)
    return {ids[row]: incident for row, incident in by_row.items()}, linkage


def _assign_rows(ids: Sequence[str] | np.ndarray, incidents: Sequence[str | None] | np.ndarray, features: Features,
                 *, threshold: float, keep_existing: bool, pinned: set[str] | frozenset[str],
                 involving: np.ndarray | None = None,
                 incident_codes: np.ndarray | None = None) -> tuple[dict[int, str], Linkage]:
    """:func:`_link_rows` by row: the incident id of each row named (row -> incident id, in the order of their
    groups). ``ids`` and ``incidents`` may be arrays: only the rows named are read from them, so that an
    incremental run makes no Python list or dict over the tens of thousands of stored reports it reads."""
    if not len(ids):
        return {}, Linkage(labels=np.zeros(0, np.int64), candidate_pairs=0, linked_pairs=0)
    start, kinds, names = _starting_groups(ids, incidents, keep_existing=keep_existing, pinned=pinned,
                                           codes=incident_codes)
    linkage = cluster(features, threshold=threshold, start=start, kinds=kinds, involving=involving)
    labels = linkage.labels
    wanted = np.arange(len(ids)) if involving is None else np.flatnonzero(np.isin(labels, labels[involving]))
    groups: dict[int, list[int]] = defaultdict(list)
    for row in wanted.tolist():
        groups[int(labels[row])].append(row)
    # The earliest report seeds a new incident's id: undated reports last, then by id.
    day = np.where(features.day == NO_DAY, np.iinfo(np.int64).max, features.day)
    assignments: dict[int, str] = {}
    for rows in groups.values():
        incident = next((name for r in rows if (name := _name(int(start[r]), names, kinds, incidents))), None)
        if incident is None:
            seed = min(rows, key=lambda r: (int(day[r]), ids[r]))
            incident = stable_id("incident", ids[seed])
        for row in rows:
            assignments[row] = incident
    return assignments, linkage


def _name(label: int, names: Mapping[int, str], kinds: np.ndarray,
          incidents: Sequence[str | None] | np.ndarray) -> str | None:
    """The incident id a starting group keeps: a pinned event's from ``names``, a stored incident's its first
    row's (:func:`_starting_groups` leaves those out of ``names`` when it numbers incidents); None for a new one."""
    found = names.get(label)
    if found is None and kinds[label] == EXISTING:
        found = str(incidents[label])
    return found


def _starting_groups(ids: Sequence[str] | np.ndarray, incidents: Sequence[str | None] | np.ndarray, *,
                     keep_existing: bool, pinned: set[str] | frozenset[str], codes: np.ndarray | None = None
                     ) -> tuple[np.ndarray, np.ndarray, dict[int, str]]:
    """Each row's starting group label (the first row of its stored incident with ``keep_existing``, else its own
    row), the kind of each row as a label (:data:`NEW` but for the labels of stored incidents and pinned events),
    and the incident id of each such label (see :func:`_name`). ``codes``, when given, number the incidents (-1 for
    None): the first rows are then found in NumPy, and a stored incident's id is left for :func:`_name` to read (an
    incremental run names only the groups that a new report joins, of the tens of thousands it reads)."""
    n = len(ids)
    start = np.arange(n)
    kinds = np.full(n, NEW, np.int64)
    names: dict[int, str] = {}
    listed = ids.tolist() if isinstance(ids, np.ndarray) and pinned else ids
    held = [row for row, event_id in enumerate(listed) if event_id in pinned] if pinned else []
    if keep_existing and codes is not None:
        has = codes >= 0
        has[held] = False
        rows = np.flatnonzero(has)
        if len(rows):
            _, first, inverse = np.unique(codes[rows], return_index=True, return_inverse=True)
            heads = rows[first]
            start[rows] = heads[inverse.reshape(-1)]
            kinds[heads] = EXISTING
    elif keep_existing:
        has = np.fromiter((incident is not None for incident in incidents), bool, n)
        has[held] = False
        rows = np.flatnonzero(has).tolist()
        if rows:
            # Each incident's first row, found through a dict: np.unique sorted the ids as Python objects.
            keys = [str(incidents[row]) for row in rows]
            head: dict[str, int] = {}
            for row, key in zip(rows, keys, strict=True):
                head.setdefault(key, row)
            start[rows] = np.fromiter(map(head.__getitem__, keys), np.int64, len(keys))
            kinds[list(head.values())] = EXISTING
            names.update((row, key) for key, row in head.items())
    for row in held:
        kinds[row] = PINNED
        names[row] = incidents[row] or stable_id("unlinked", ids[row])
    return start, kinds, names


# -- the store -----------------------------------------------------------------------------------------------------

@dataclass
class LinkResult:
    """What an incremental linking run did."""

    events: int
    """Events linked in this run (those without an incident before, or all with ``rebuild``)."""
    joined: int
    """Of those, how many joined an incident that was stored before."""
    incidents: int
    """Incidents the linked events now belong to."""
    candidate_pairs: int = 0
    oversized: int = 0
    """Candidate components too large to link (see :data:`LARGEST_COMPONENT`); their events stay apart."""

    def line(self) -> str:
        """One line for the CLI."""
        line = (f"linked {self.events} events into {self.incidents} incidents "
                f"({self.joined} joined stored incidents, {self.candidate_pairs} candidate pairs)")
        if self.oversized:
            line += f"; {self.oversized} groups of more than {LARGEST_COMPONENT} similar reports left unlinked"
        return line


def link_events(store: Store, *, rebuild: bool = False, threshold: float = THRESHOLD,
                gazetteer: Gazetteer | None = None, actors: ActorTable | None = None) -> LinkResult:
    """Link the store's events that have no incident yet (all events with ``rebuild``) and store the ids.

    New events are linked together with the stored events that share a block with one of them — dated within the
    blocking window of theirs, in the same admin1 unit (or one it names), or anywhere in the country for a report
    known only to its country (:func:`_blocks`, selected in SQL) — and the other members of those events'
    incidents; only pairs with a new event are compared. So the cost follows what is new and where it happened,
    not the size of the store. Stored events are read as their stored linking features, strings numbered in
    DuckDB (:func:`sitrep.store.link_features.read_coded`: integer columns, no records, no Python strings but
    the ids and words); only the new events, and stored ones whose features are missing or stale, are read as
    light records (:func:`sitrep.store.incidents.load_link_events`), :data:`CHUNK` at a time, and their features
    computed and stored for later runs, so memory does not grow with a long ingest's records. Events without a
    date become incidents of their own. Writes through the store's one write path: the features, then the
    incident ids in one transaction.
    """
    if not 0 < threshold <= 1:
        raise ConfigError(f"threshold {threshold} is not in (0, 1]")
    # A run makes short-lived records, arrays and dicts and no garbage cycles worth collecting, while the process
    # holds the gazetteer's large tables: each full collection a run's allocations set off re-scanned those tables
    # (measured 0.03-0.05 CPU s of a 0.58 s run into the 100,000-event bench store, more the more stored reports it
    # reads). With the collector off meanwhile, as while the extractor loads (sitrep.api), a run costs what it
    # reads and scores; whatever it leaves is collected after it.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _link_events(store, rebuild=rebuild, threshold=threshold, gazetteer=gazetteer, actors=actors)
    finally:
        if collecting:
            gc.enable()


def _link_events(store: Store, *, rebuild: bool, threshold: float, gazetteer: Gazetteer | None,
                 actors: ActorTable | None) -> LinkResult:
    """:func:`link_events` (the collector off)."""
    pinned = stored.pinned_events(store)
    gazetteer = gazetteer or Gazetteer.default()
    if rebuild:
        table = _read_features(store, [stored.link_where()], gazetteer=gazetteer, actors=actors)
    else:
        new_ids = stored.link_event_ids(store, unlinked=True)
        if not new_ids:
            return LinkResult(0, 0, 0)
        # The new events' features computed and stored a chunk at a time: their records (with places, spans and
        # document heads) cost about 20 kB each, so a long ingest linked at its end held them all at once (+210 MB
        # for 10,000 events, measured); what outlives a chunk is its events' dates and units, for the blocks.
        days: dict[tuple[str | None, str | None], list[tuple[date, tuple[int, int, int]]]] = defaultdict(list)
        reach = _reach(threshold)
        units: Units = {}  # the gazetteer's unit look-ups, kept for every chunk (see locate)
        for lo in range(0, len(new_ids), CHUNK):
            documents: dict[str, Document] = {}
            new = stored.load_link_events(store, event_ids=new_ids[lo:lo + CHUNK], heads=documents)
            locations = [locate(e, documents.get(e.document_id), gazetteer, units=units) for e in new]
            computed = feature_columns(new, documents, gazetteer=gazetteer, actors=actors, locations=locations)
            link_features.save(store, [e.id for e in new], computed, version=FEATURES_VERSION)
            _block_days(new, locations, days, reach=[reach(precise, night) for precise, night in
                                                      zip(computed["precise"], computed["night"], strict=True)])
            del new, locations, documents, computed
        # The new events (part 0), the stored ones sharing a block with them (part 1) and the other members of the
        # incidents those belong to, all read back as numbered feature columns in one query.
        selections = [stored.link_where(event_ids=new_ids)]
        blocks = _blocks_of(days)
        around = stored.link_where(blocks=blocks, version=FEATURES_VERSION) if blocks else None
        if around is not None:
            selections.append(around)
        table = _read_features(store, selections, gazetteer=gazetteer, actors=actors, members=around is not None)
    # Ids and incident ids stay arrays: only the rows of the groups a new event is in are read from them (each
    # event is one row of the table).
    ids, incidents = table["id"], table["incident"]
    # The new events are the table's first rows (part 0).
    involving = None if rebuild else table["part"] == 0
    fresh = np.ones(len(ids), bool) if involving is None else involving
    linked, linkage = _assign_rows(ids, incidents, features_from_columns(table), threshold=threshold,
                                   keep_existing=not rebuild, pinned=pinned, involving=involving,
                                   incident_codes=table["incident_id"])
    rows = np.fromiter(linked, np.int64, len(linked))
    named = dict(zip(rows.tolist(), zip(ids[rows].tolist(), incidents[rows].tolist(), strict=True), strict=True))
    is_fresh = dict(zip(rows.tolist(), fresh[rows].tolist(), strict=True))
    changed = {named[row][0]: incident for row, incident in linked.items()
               if is_fresh[row] and named[row][0] not in pinned and named[row][1] != incident}
    stored.assign(store, changed, method="linked")
    old = {named[row][1] for row in linked if not is_fresh[row] and named[row][1] is not None}
    new_rows = [row for row in linked if is_fresh[row]]
    joined = sum(1 for row in new_rows if linked[row] in old)
    return LinkResult(events=len(new_rows), joined=joined, incidents=len({linked[row] for row in new_rows}),
                      candidate_pairs=linkage.candidate_pairs, oversized=linkage.oversized)


def store_features(store: Store, *, gazetteer: Gazetteer | None = None, actors: ActorTable | None = None,
                   batch: int = 20_000) -> int:
    """Compute and store the linking features of every current event that has none (or a stale row), ``batch``
    events at a time; returns how many were computed. Linking does this lazily for the events it reads; this does
    it at once, e.g. for a database upgraded from before ``link_features`` existed or filled by a bulk load. Rows
    of events no longer stored (re-extracted documents) are deleted."""
    gazetteer = gazetteer or Gazetteer.default()
    link_features.prune(store)
    where, params = stored.link_where() or ("", [])
    found = link_features.read(store, where, params, version=FEATURES_VERSION)
    missing = found["id"][~found["stored"]].tolist()
    del found
    for lo in range(0, len(missing), batch):
        _store_missing(store, missing[lo:lo + batch], gazetteer=gazetteer, actors=actors)
    return len(missing)


def _read_features(store: Store, selections: Sequence[tuple[str, list[object]] | None], *, gazetteer: Gazetteer,
                   actors: ActorTable | None, members: bool = False) -> dict[str, np.ndarray]:
    """The selected stored events' ids, incident ids and feature columns, strings numbered
    (:func:`sitrep.store.link_features.read_coded`); features missing or stale in the store are computed from
    light records and stored first."""
    chosen = [selection for selection in selections if selection is not None]
    if not chosen:
        chosen = [("WHERE false", [])]
    table = link_features.read_coded(store, chosen, version=FEATURES_VERSION, members=members)
    missing = table["id"][~table["stored"]].tolist()
    if missing:
        # Rare (a database from before migration 10, an edited event): compute and store them, then read again,
        # so that every row is numbered in the one query.
        _store_missing(store, missing, gazetteer=gazetteer, actors=actors)
        table = link_features.read_coded(store, chosen, version=FEATURES_VERSION, members=members)
    return table


def _store_missing(store: Store, event_ids: list[str], *, gazetteer: Gazetteer, actors: ActorTable | None) -> None:
    """Compute the linking features of these stored events from light records and store them, :data:`CHUNK`
    events at a time (bounded memory)."""
    for lo in range(0, len(event_ids), CHUNK):
        documents: dict[str, Document] = {}
        events = stored.load_link_events(store, event_ids=event_ids[lo:lo + CHUNK], heads=documents)
        link_features.save(store, [e.id for e in events], feature_columns(events, documents, gazetteer=gazetteer,
                                                                          actors=actors), version=FEATURES_VERSION)


WIDE = (WINDOW_DAYS, WINDOW_DAYS, WINDOW_DAYS)
"""A new report's reach (:func:`_reach`) that reads every stored report of the blocking window."""


def _reach(threshold: float) -> Callable[[bool, bool], tuple[int, int, int]]:
    """How many days around a new report (``precise``: dated to the day; ``night``: at night, see
    :data:`~sitrep.analyze.similarity.NIGHT`) the stored reports of each :class:`~sitrep.store.incidents.Block`
    tier are read: of tier 0 (dated to the day, not at night), 1 (dated to the day) and 2 (any date).

    Two reports dated to the day one day apart, neither at night, or two days apart, score below the threshold
    whatever else they share (the date conflicts of :func:`~sitrep.analyze.similarity.score_pairs`: at most 0.68
    and 0.375 with every other term at its best), so pass 1 never links them and reading them decides nothing;
    a stored report they would miss still comes with its incident when another of its reports is read. Below that
    bound (a threshold of 0.68 or less) every report of the window is read."""
    best = WEIGHTS["place"] + WEIGHTS["type"] + WEIGHTS["actor"] + WEIGHTS["casualties"] + WEIGHTS["text"]
    bound = max((WEIGHTS["date"] * DATE_PRECISE[1] + best) * CONFLICT["date_1"],
                (WEIGHTS["date"] * DATE_PRECISE[2] + best) * CONFLICT["date_2"])
    if threshold <= bound + 1e-6:
        return lambda precise, night: WIDE

    def reach(precise: bool, night: bool) -> tuple[int, int, int]:
        if not precise:
            return WIDE
        return (1 if night else 0, 1, WINDOW_DAYS)

    return reach


def _blocks(events: Sequence[Event], locations: Sequence[Location]) -> list[stored.Block]:
    """Where and when stored reports may meet these new ones (see :func:`link_events`): per admin1 unit the event is
    placed in or names, per country for one known only to its country, anywhere for one not located; the dates
    within the blocking window of the events', merged where they overlap. Reports of other units are not read:
    their place score is 0 and linking never joins them (:func:`~sitrep.analyze.similarity.hard_conflict`)."""
    days: dict[tuple[str | None, str | None], list[tuple[date, tuple[int, int, int]]]] = defaultdict(list)
    _block_days(events, locations, days)
    return _blocks_of(days)


def _block_days(events: Sequence[Event], locations: Sequence[Location],
                days: dict[tuple[str | None, str | None], list[tuple[date, tuple[int, int, int]]]],
                reach: Sequence[tuple[int, int, int]] | None = None) -> None:
    """Add the events' dates, with their ``reach`` (:func:`_reach`; default the whole window), to ``days`` under
    each (country, unit) they may meet stored reports in (see :func:`_blocks`)."""
    for row, (event, where) in enumerate(zip(events, locations, strict=True)):
        if event.date_start is None:
            continue  # an undated report is compared with nothing
        found = (event.date_start, WIDE if reach is None else reach[row])
        if where.country is None or where.admin1 is None:
            days[(where.country, None)].append(found)
            continue
        units = [where.admin1_code or where.admin1]
        units += [unit.split(":", 1)[1] for unit in where.admin1_candidates if unit.startswith(f"{where.country}:")]
        for unit in dict.fromkeys(units):
            days[(where.country, unit)].append(found)


def _blocks_of(days: Mapping[tuple[str | None, str | None], list[tuple[date, tuple[int, int, int]]]]
               ) -> list[stored.Block]:
    """The blocks of :func:`_block_days`'s dates: each date ± its reach in each tier, every day in the lowest tier
    that asks for it (so that a stored report meets one row of its day), consecutive days of a tier merged."""
    blocks: list[stored.Block] = []
    for (country, unit), found in sorted(days.items(), key=lambda item: (item[0][0] or "", item[0][1] or "")):
        tiers: dict[int, int] = {}
        for day, reach in set(found):
            ordinal = day.toordinal()
            for tier, pad in enumerate(reach):
                for near in range(ordinal - pad, ordinal + pad + 1):
                    if tiers.get(near, 3) > tier:
                        tiers[near] = tier
        run: list[int] = []
        for ordinal in sorted(tiers):
            if run and (ordinal != run[1] + 1 or tiers[ordinal] != run[2]):
                blocks.append(stored.Block(date.fromordinal(run[0]), date.fromordinal(run[1]), country, unit, run[2]))
                run = []
            run = [run[0] if run else ordinal, ordinal, tiers[ordinal]]
        if run:
            blocks.append(stored.Block(date.fromordinal(run[0]), date.fromordinal(run[1]), country, unit, run[2]))
    return blocks


def unlink(store: Store, event_id: str) -> str:
    """Take an event out of its incident: it becomes an incident of its own, kept apart by later linking runs.

    Returns the event's new incident id. Raises ConfigError when no event has this id.
    """
    found = stored.load_events(store, event_ids=[event_id])
    if not found:
        raise NotFoundError(f"no event with id {event_id!r} in {store.path}; list events with: sitrep incidents")
    incident = stable_id("unlinked", event_id)
    stored.assign(store, {event_id: incident}, method="unlinked")
    return incident
