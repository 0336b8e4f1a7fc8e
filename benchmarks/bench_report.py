"""Report and export speed: render a PNG and an HTML report over 100,000 stored events, export 1,000,000.

    .venv/bin/python benchmarks/bench_report.py [--events 100000] [--export-events 1000000] [--dir DIR]

The databases are synthetic (``scripts/make_synthetic_events.py``), written once into ``--dir`` (default: a folder
in the system's temporary directory, kept between runs so that the 1,000,000-event database is built once) and
opened read-only. Each measurement runs in a fresh process, so that its peak memory (RSS, which includes the
interpreter and the imported libraries, about 150 MB) is its own; the time is the call alone, after imports,
cold (first render in the process: fonts, boundary polygons and DuckDB caches are loaded inside it).

Targets (issue 4): PNG < 2 s, HTML < 5 s, memory < 1 GB; exports stream (memory flat in the number of rows).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"render png": "< 2 s, < 1 GB", "render html": "< 5 s, < 1 GB"}


def task(kind: str, db: str, out: str) -> dict[str, float]:
    """One measurement, run in this process: returns seconds, peak RSS (MB), rows and output size."""
    from sitrep.report import export_events, render
    from sitrep.store import Store

    with Store(db, read_only=True) as store:
        started = time.perf_counter()
        rows = -1
        if kind.startswith("render-"):
            render(store, out)
        else:
            rows = export_events(store, kind.removeprefix("export-"), out)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "rows": rows, "bytes": Path(out).stat().st_size}


def ensure_db(folder: Path, n: int) -> Path:
    """The synthetic database of ``n`` events in ``folder``, made when missing (and timed)."""
    db = folder / f"synthetic_{n}.duckdb"
    if db.exists():
        from sitrep.store import Store

        Store(db).close()  # bring a database built by an older sitrep up to the current schema
        return db
    print(f"building {db} ({n:,} events) …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    partial = db.with_suffix(".part.duckdb")
    partial.unlink(missing_ok=True)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_synthetic_events.py"), str(n), str(partial)],
                   check=True)
    partial.rename(db)
    print(f"  built in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return db


def measure(kind: str, db: Path, out: Path) -> dict[str, float]:
    result = subprocess.run([sys.executable, __file__, "--task", kind, "--db", str(db), "--out", str(out)],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000, help="events behind the reports (default 100,000)")
    parser.add_argument("--export-events", type=int, default=1_000_000,
                        help="events exported (default 1,000,000; 0 skips the exports)")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "sitrep-bench",
                        help="where the synthetic databases and outputs go (kept between runs)")
    parser.add_argument("--task", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.task:
        print(json.dumps(task(args.task, args.db, args.out)))
        return 0

    args.dir.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str, str, str, str, str]] = []
    small = ensure_db(args.dir, args.events)
    for kind, suffix in (("render-png", "png"), ("render-html", "html")):
        r = measure(kind, small, args.dir / f"report.{suffix}")
        name = kind.replace("-", " ")
        rows.append((name, f"{args.events:,}", f"{r['seconds']:.2f}", f"{r['rss_mb']:,.0f}",
                     f"{r['bytes'] / 1e6:,.1f}", TARGETS.get(name, "")))
    if args.export_events:
        big = ensure_db(args.dir, args.export_events)
        for fmt in ("csv", "acled-csv", "parquet", "geojson", "jsonl"):
            out = args.dir / f"events.{fmt}"
            r = measure(f"export-{fmt}", big, out)
            rows.append((f"export {fmt}", f"{int(r['rows']):,}", f"{r['seconds']:.2f}", f"{r['rss_mb']:,.0f}",
                         f"{r['bytes'] / 1e6:,.1f}", "streams"))
            out.unlink(missing_ok=True)
    header = ("task", "events", "time (s)", "peak RSS (MB)", "output (MB)", "target")
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
