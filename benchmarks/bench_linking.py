"""Linking at scale: synthetic events, generated in memory as a feature table, linked by the real clustering code.

    .venv/bin/python benchmarks/bench_linking.py                    # 10k, 100k and 1M events
    .venv/bin/python benchmarks/bench_linking.py --sizes 1000000 --seed 3

Target (issue 5): 1,000,000 events in under 10 minutes with peak memory under 4 GB. The events do not go through
the text pipeline (extraction runs at hundreds of documents per second; that is measured elsewhere): they are drawn
as incidents, each told by 1-5 reports that disagree the way outlets do — a day off now and then, a village left
out or misnamed, a follow-up toll, an actor named by one outlet and not by another, texts that share about half
their words — and written straight into a :class:`sitrep.analyze.similarity.Features` table (text as MinHash
signatures). Blocking, scoring, components and average linking are the code ``sitrep link`` runs
(:func:`sitrep.analyze.linking.cluster`).

The table printed: events, candidate pairs compared, pairs above the threshold, seconds (generation apart), peak
resident memory of the process, and pairwise precision / recall / F1 against the synthetic truth.

Each size runs in a fresh process, so that the peak memory of one size is not inherited by the next.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time

import numpy as np

from sitrep.analyze.linking import THRESHOLD, cluster
from sitrep.analyze.similarity import FAMILY, Features

DAYS = 3 * 365
COUNTRIES = 10
ADMIN1 = 150
LOCALITIES_PER_ADMIN1 = 80
SUB_TYPES = 12
ACTORS = 30
SIGNATURE = 64


def synthetic(n: int, seed: int = 1) -> tuple[Features, np.ndarray]:
    """``n`` events (rows) of about n / 2.4 incidents, and the true incident of each row."""
    rng = np.random.default_rng(seed)
    reports = rng.choice([1, 2, 3, 4, 5], size=n, p=[0.30, 0.30, 0.20, 0.12, 0.08])
    reports = reports[: int(np.searchsorted(np.cumsum(reports), n)) + 1]
    incidents = len(reports)
    truth = np.repeat(np.arange(incidents), reports)[:n]
    # Incidents: a day, a place (admin1 weighted: a few governorates carry most events), a type, actors, a toll.
    weights = rng.lognormal(0.0, 1.0, ADMIN1)
    admin1 = rng.choice(ADMIN1, size=incidents, p=weights / weights.sum())
    country = admin1 % COUNTRIES
    locality = admin1 * LOCALITIES_PER_ADMIN1 + rng.integers(0, LOCALITIES_PER_ADMIN1, incidents)
    centre_lat = 10 + (np.arange(ADMIN1) % 15) * 1.5
    centre_lon = 20 + (np.arange(ADMIN1) // 15) * 1.5
    spots = rng.normal(0, 0.4, (ADMIN1 * LOCALITIES_PER_ADMIN1, 2))
    loc_lat = np.repeat(centre_lat, LOCALITIES_PER_ADMIN1) + spots[:, 0]
    loc_lon = np.repeat(centre_lon, LOCALITIES_PER_ADMIN1) + spots[:, 1]
    day = rng.integers(0, DAYS, incidents) + 737_000
    sub = rng.integers(0, SUB_TYPES, incidents)
    perpetrator = np.where(rng.random(incidents) < 0.6, rng.integers(0, ACTORS, incidents), -1)
    target = rng.integers(0, ACTORS, incidents)
    killed = rng.geometric(0.35, incidents) - 1
    base = rng.integers(0, 2**32, (incidents, SIGNATURE), dtype=np.uint32)

    # Reports: each row copies its incident, then disagrees.
    t = truth
    r = rng.random((n, 10))
    f_day = day[t] + np.where(r[:, 0] < 0.08, rng.choice([-1, 1], n), 0)
    f_admin1 = np.where(r[:, 1] < 0.92, admin1[t], -1)
    f_loc = np.full((n, 3), -1, np.int64)
    named = r[:, 2] < 0.7
    wrong = r[:, 3] < 0.05
    f_loc[:, 0] = np.where(named, np.where(wrong, admin1[t] * LOCALITIES_PER_ADMIN1
                                            + rng.integers(0, LOCALITIES_PER_ADMIN1, n), locality[t]), -1)
    country_only = (f_admin1 < 0) & (f_loc[:, 0] < 0) & (r[:, 4] < 0.8)
    f_country = np.where(country_only | (f_admin1 >= 0) | (f_loc[:, 0] >= 0), country[t], -1)
    located = (f_loc[:, 0] >= 0) & (r[:, 5] < 0.6)
    f_lat = np.where(located, loc_lat[f_loc[:, 0].clip(0)] + rng.normal(0, 0.002, n), np.nan)
    f_lon = np.where(located, loc_lon[f_loc[:, 0].clip(0)] + rng.normal(0, 0.002, n), np.nan)
    # One outlet in seven codes another sub-event type of the same event type (an IED as a suicide bombing).
    f_sub = np.where(r[:, 6] < 0.85, sub[t], sub[t] // 3 * 3 + rng.integers(0, 3, n))
    families = np.array(sorted(set(FAMILY.values())))
    event_type = f_sub // 3
    family = families[event_type % len(families)]
    tactics = np.where(r[:, 7] < 0.7, np.int64(1) << f_sub, 0)
    actors = np.stack([np.where(r[:, 8] < 0.7, perpetrator[t], -1), np.where(r[:, 9] < 0.5, target[t], -1)], 1)
    follow_up = rng.random(n) < 0.15
    f_killed = np.where(rng.random(n) < 0.75, killed[t] + np.where(follow_up, rng.integers(1, 4, n), 0), -1)
    f_wounded = np.full(n, -1, np.int64)
    signature = base[t].copy()
    replace = rng.random((n, SIGNATURE)) < 0.5
    signature[replace] = rng.integers(0, 2**32, int(replace.sum()), dtype=np.uint32)
    # Documents: most tell one event; one in ten tells two (consecutive rows of different incidents).
    doc = np.arange(n)
    pairs = np.flatnonzero((rng.random(n) < 0.1) & (np.arange(n) % 2 == 1))
    doc[pairs] = doc[pairs - 1]
    features = Features(
        doc=doc, day=f_day.astype(np.int64), precise=r[:, 0] >= 0.15, country=f_country.astype(np.int64),
        admin1=np.where(f_admin1 >= 0, f_admin1, -1).astype(np.int64), locality=f_loc,
        latitude=f_lat, longitude=f_lon, event_type=event_type.astype(np.int64), sub_event_type=f_sub.astype(np.int64),
        family=family.astype(np.int64), tactics=tactics.astype(np.int64), actors=actors.astype(np.int64),
        killed=f_killed.astype(np.int64), wounded=f_wounded, words=None, signature=signature)
    return features, truth


def pairwise(truth: np.ndarray, labels: np.ndarray) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of ``labels`` against ``truth``."""
    def pairs(*keys: np.ndarray) -> int:
        combined = keys[0].astype(np.int64)
        for key in keys[1:]:
            combined = combined * (int(key.max()) + 1) + key
        _, counts = np.unique(combined, return_counts=True)
        return int((counts * (counts - 1) // 2).sum())

    both, predicted, true = pairs(truth, labels), pairs(labels), pairs(truth)
    precision = both / predicted if predicted else 1.0
    recall = both / true if true else 1.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def run(n: int, seed: int) -> dict[str, float]:
    """Generate and link ``n`` events in this process; return the measurements."""
    started = time.perf_counter()
    features, truth = synthetic(n, seed)
    generated = time.perf_counter()
    linkage = cluster(features, threshold=THRESHOLD)
    done = time.perf_counter()
    precision, recall, f1 = pairwise(truth, linkage.labels)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"events": n, "incidents": int(truth.max()) + 1, "found": len(np.unique(linkage.labels)),
            "candidate_pairs": linkage.candidate_pairs, "linked_pairs": linkage.linked_pairs,
            "generate_s": generated - started, "link_s": done - generated, "peak_mb": peak_mb,
            "precision": precision, "recall": recall, "f1": f1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        result = run(args.one, args.seed)
        print(" ".join(f"{k}={v}" for k, v in result.items()))
        return
    header = (f"{'events':>9}  {'incidents':>9}  {'found':>9}  {'candidate pairs':>15}  {'linked pairs':>12}  "
              f"{'generate s':>10}  {'link s':>8}  {'peak RSS MB':>11}  {'P':>5}  {'R':>5}  {'F1':>5}")
    print(header)
    print("-" * len(header))
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size), "--seed", str(args.seed)],
                             capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
        m = {k: float(v) for k, v in (item.split("=") for item in out.split())}
        print(f"{int(m['events']):>9,}  {int(m['incidents']):>9,}  {int(m['found']):>9,}  "
              f"{int(m['candidate_pairs']):>15,}  {int(m['linked_pairs']):>12,}  {m['generate_s']:>10.1f}  "
              f"{m['link_s']:>8.1f}  {m['peak_mb']:>11,.0f}  {m['precision']:>5.3f}  {m['recall']:>5.3f}  "
              f"{m['f1']:>5.3f}", flush=True)


if __name__ == "__main__":
    main()
