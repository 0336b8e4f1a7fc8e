"""Ingest throughput at scale: 1 process, 2 worker processes, and the Dask runner (LocalCluster, 2 workers).

    python benchmarks/bench_ingest_scale.py [--documents 400]

Each run ingests the same generated corpus (short incident reports written here, ~45 words each) into a fresh
database, extractor loading included once per process. Prints documents/s, the speed-up over 1 process, peak RSS
of the writer and of the busiest worker, and the projected wall time of a 1,000,000-document backfill at the
measured rate (a linear projection: per-document cost is flat only as far as #14's batched writes make it so).
Must run under ``if __name__ == "__main__"`` (worker processes re-import this module under spawn).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import tempfile
import time
from pathlib import Path

TEXT = ("Gunmen attacked a police checkpoint near the town of {place} on {day}, killing {n} policemen and wounding "
        "two others, local officials said. No group has claimed responsibility. Report {i}.")
PLACES = ["Raqqa", "Deir ez-Zor", "Hasakah", "Mosul", "Kirkuk", "Idlib", "Aleppo", "Homs", "Daraa", "Anbar"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        text = TEXT.format(place=PLACES[i % 10], day=DAYS[i % 5], n=i % 9 + 2, i=i)
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    return folder


def run(label: str, fn, count: int) -> dict:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    report, worker_mb = fn()
    elapsed = time.perf_counter() - started
    assert report.ingested == count, (label, report.line())
    return {"runner": label, "seconds": elapsed, "docs_per_s": count / elapsed, "worker_mb": worker_mb,
            "writer_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=400)
    args = parser.parse_args()
    from sitrep import api

    count = args.documents
    with tempfile.TemporaryDirectory() as tmp:
        folder = corpus(Path(tmp) / "in", count)
        api.default_extractor()  # loaded once up front: the runs measure throughput, not start-up
        rows = []
        rows.append(run("1 process", lambda: (api.ingest([folder], db=Path(tmp) / "w1.duckdb"), None), count))

        def two() -> tuple:
            report = api.ingest([folder], db=Path(tmp) / "w2.duckdb", workers=2)
            # Children's peak RSS: the largest of the pool's processes (RUSAGE_CHILDREN reports the max).
            return report, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

        rows.append(run("2 workers", two, count))
        try:
            from dask.distributed import Client, LocalCluster

            from sitrep.distributed import ingest_on_cluster

            def dask() -> tuple:
                with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c, \
                        Client(c) as client:
                    client.run(api.default_extractor)  # warm the workers: throughput, not start-up
                    started = time.perf_counter()
                    report = ingest_on_cluster([folder], db=Path(tmp) / "wd.duckdb", cluster=client)
                    dask.seconds = time.perf_counter() - started  # type: ignore[attr-defined]
                    peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
                return report, max(peaks.values())

            row = run("Dask LocalCluster, 2 workers", dask, count)
            row["docs_per_s"] = count / dask.seconds  # type: ignore[attr-defined]
            row["seconds"] = dask.seconds  # type: ignore[attr-defined]
            rows.append(row)
        except ImportError:
            print("(Dask not installed: pip install 'sitrep[distributed]')")

    base = rows[0]["docs_per_s"]
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
          f"corpus: {count} generated reports (~45 words)")
    print(f"{'runner':<30} {'docs/s':>8} {'speed-up':>9} {'worker peak MB':>15} {'1M docs (h)':>12}")
    for row in rows:
        worker = f"{row['worker_mb']:.0f}" if row["worker_mb"] else "-"
        print(f"{row['runner']:<30} {row['docs_per_s']:>8.1f} {row['docs_per_s'] / base:>8.2f}x {worker:>15} "
              f"{1_000_000 / row['docs_per_s'] / 3600:>12.1f}")
    print(f"writer peak RSS: {rows[-1]['writer_mb']:.0f} MB")


if __name__ == "__main__":
    main()
