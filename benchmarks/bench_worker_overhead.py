"""What extracting in a worker process costs an ingest, apart from extraction itself (issue 14).

    SITREP_MODEL=none .venv/bin/python benchmarks/bench_worker_overhead.py --documents 2000 --rounds 2

``bench_throughput.py --only ingest`` compares a whole ingest with extraction alone, run in other processes: on a
shared machine, extraction's own CPU time moves by 10% from one run to the next, more than the cost of the worker.
This script takes extraction out of the comparison. Each run ingests the same generated corpus (the templates of
``bench_throughput.py``) with the worker (``recycle`` 10,000) and without (``recycle`` 0), alternately, each in a
fresh process, and measures the CPU time spent in ``extract_one`` wherever it runs (the worker writes its total
to a file after each chunk). What is left, the run's CPU (this process, its threads, the worker and any link
child) less extraction, is what checking and storing the records, linking and, with the worker, moving documents
out and the rows to write back (and forking the worker: its copied pages) cost: per document, in milliseconds,
with the load average beside each run. (The worker writes its total once per chunk of documents: a file write in
the worker's share, a few ms a run.) To compare two versions, run each one's copy of this script with PYTHONPATH
at its own ``src``, alternately, at the same load.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def task(corpus: str, db: str, recycle: int, spent_file: str) -> dict[str, float]:
    """One ingest of ``corpus`` into a new database ``db``: its CPU time, and the share of it spent extracting."""
    from sitrep import api, parallel
    from sitrep.ingest.language import warm_up

    api.default_extractor()
    warm_up()
    spent = [0.0]
    extract_one = parallel.extract_one

    def timed(document, extractor=None):  # type: ignore[no-untyped-def]
        started = time.process_time()
        try:
            return extract_one(document, extractor)
        finally:
            spent[0] += time.process_time() - started

    extract_chunk = parallel._extract_chunk

    def chunk(documents, prepare=None):  # type: ignore[no-untyped-def]
        try:
            return extract_chunk(documents, prepare)
        finally:  # a worker's running total, once per chunk, read by the parent after the run
            Path(f"{spent_file}.{os.getpid()}").write_text(str(spent[0]))

    parallel.extract_one = timed  # type: ignore[assignment]  # forked workers inherit both
    parallel._extract_chunk = chunk  # type: ignore[assignment]
    started, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    report = api.ingest([corpus], db=db, recycle=recycle)
    total = time.process_time() - cpu + _children_cpu() - children
    wall = time.perf_counter() - started
    workers = sum(float(p.read_text()) for p in Path(spent_file).parent.glob(Path(spent_file).name + ".*"))
    extracting = spent[0] + workers
    return {"documents": report.ingested, "cpu": total, "extract_cpu": extracting, "wall": wall}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2, help="pairs of runs, worker and in-process alternately")
    parser.add_argument("--dir", default=None, help="working folder (default: a new temporary one)")
    parser.add_argument("--task", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.task:
        corpus, db, recycle, spent_file = args.task
        print(json.dumps(task(corpus, db, int(recycle), spent_file)))
        return
    sys.path.insert(0, str(HERE))
    from bench_throughput import documents, write_jsonl

    work = Path(args.dir or tempfile.mkdtemp(prefix="sitrep-worker-overhead-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = write_jsonl(work / "corpus.jsonl", documents(args.documents))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "XDG_CACHE_HOME": str(work / "cache")}
    rows: dict[int, list[dict[str, float]]] = {10_000: [], 0: []}
    for n in range(args.rounds):
        for recycle in rows:
            db, spent = work / f"ingest-{recycle}-{n}.duckdb", work / f"spent-{recycle}-{n}"
            for old in [db, *work.glob(spent.name + ".*")]:
                old.unlink(missing_ok=True)
            load = os.getloadavg()[0]
            found = subprocess.run(
                [sys.executable, __file__, "--task", str(corpus), str(db), str(recycle), str(spent)],
                capture_output=True,
                text=True,
                env=env,
                cwd=ROOT,
                check=False,
            )
            if found.returncode != 0:
                raise SystemExit(found.stderr[-3000:])
            row = json.loads(found.stdout.strip().splitlines()[-1])
            rows[recycle].append(row)
            per = 1000 / row["documents"]
            print(
                f"recycle={recycle:>5}  load {load:4.1f}  extract {row['extract_cpu'] * per:.2f} ms/doc  "
                f"the rest {(row['cpu'] - row['extract_cpu']) * per:.2f} ms/doc  ingest/extract per CPU s "
                f"{row['extract_cpu'] / row['cpu']:.0%}  wall {row['wall']:.1f} s",
                flush=True,
            )
    for recycle, runs in rows.items():
        rest = statistics.median((r["cpu"] - r["extract_cpu"]) * 1000 / r["documents"] for r in runs)
        share = statistics.median(r["extract_cpu"] / r["cpu"] for r in runs)
        print(f"median recycle={recycle}: the rest {rest:.2f} ms/doc; ingest/extract per CPU s {share:.0%}")


if __name__ == "__main__":
    main()
