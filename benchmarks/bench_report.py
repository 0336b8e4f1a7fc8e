"""Report and export speed: render a PNG and an HTML report over 100,000 stored events, export 1,000,000.

    .venv/bin/python benchmarks/bench_report.py [--events 100000] [--export-events 1000000] [--dir DIR]

The databases are synthetic (``scripts/make_synthetic_events.py``), written once into ``--dir`` (default: a folder
in the system's temporary directory, kept between runs so that the 1,000,000-event database is built once) and
opened read-only. Each measurement runs in a fresh process, so that its peak memory (RSS, which includes the
interpreter and the imported libraries, about 150 MB) is its own; the time is the call alone, after imports,
cold (first render in the process: fonts, boundary polygons and DuckDB caches are loaded inside it).

The reports are rendered on a copy of the ``--events`` database made like real data (:func:`with_claims`): a
share of its events linked into incidents of two or three reports, and :data:`CLAIMS` aggregate claims of the groups
it holds (monthly bulletins over the events' year, with totals, governorates, tactics and targets), so that the
HTML report audits 25 claims against the record.

Targets: PNG < 2 s (issue 4), < 3 s with claims (issue 14); HTML < 5 s with each claim's audit in SQL; memory
< 1 GB; exports stream (memory flat in the number of rows). Times are wall clock; the CPU column (DuckDB's threads
included) is what to compare on a shared machine.
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
TARGETS = {"render png": "< 2 s (#4), < 3 s (#14), < 1 GB", "render html": "< 5 s, < 1 GB"}
CLAIMS = 300
"""Claims added to the report database (:func:`with_claims`)."""
LINKED_SHARE = 0.2
"""About this share of the events is linked into incidents of two or three reports."""


def task(kind: str, db: str, out: str) -> dict[str, float]:
    """One measurement, run in this process: returns seconds, peak RSS (MB), rows and output size."""
    from sitrep.report import export_events, render
    from sitrep.store import Store

    with Store(db, read_only=True) as store:
        started, cpu = time.perf_counter(), time.process_time()
        rows = -1
        if kind.startswith("render-"):
            render(store, out)
        else:
            rows = export_events(store, kind.removeprefix("export-"), out)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
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


def with_claims(db: Path) -> Path:
    """A copy of the synthetic database ``db`` with linked incidents and :data:`CLAIMS` claims (made when missing).

    Linking: events of one day, governorate and perpetrator from different documents are put in one incident, two
    or three at a time, until about :data:`LINKED_SHARE` of the events are linked (the synthetic generator leaves
    them unlinked; real stores are linked). Claims: for each month of the events' year, bulletins of the groups
    with the most events in each country, with a total, killed and wounded, the three busiest governorates, the
    commonest tactics and a target, at plausible multiples of the record.
    """
    out = db.with_name(db.stem + "_claims.duckdb")
    if out.exists():
        return out
    import random
    import shutil
    from datetime import date, timedelta

    from sitrep.analyze.similarity import stable_id
    from sitrep.model import Claim, Document, Extraction, Figure
    from sitrep.store import Store
    from sitrep.store import incidents as stored

    print(f"adding linked incidents and {CLAIMS} claims to a copy of {db} …", file=sys.stderr, flush=True)
    partial = out.with_suffix(".part.duckdb")
    shutil.copy(db, partial)
    rng = random.Random(14)
    with Store(partial) as store:
        total = store.query("SELECT count(*) AS n FROM events")[0]["n"]
        by_key = store.query(
            "SELECT list(id ORDER BY id) AS ids FROM events WHERE actor1 IS NOT NULL "
            "GROUP BY date_start, admin1, actor1 HAVING count(DISTINCT document_id) >= 2 ORDER BY ids")
        assignments: dict[str, str] = {}
        for row in by_key:
            if len(assignments) >= LINKED_SHARE * total:
                break
            members = row["ids"][: rng.choice((2, 3))]
            assignments.update({event: stable_id("incident", members[0]) for event in members})
        stored.assign(store, assignments)
        # The year most events fall in (a few are dated in the last days of the year before).
        year = store.query("SELECT year(date_start) AS y FROM events GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")[0]["y"]
        leaders = store.query(
            "SELECT country, actor1, count(*) AS n FROM events WHERE actor1 IS NOT NULL AND actor1 NOT LIKE "
            "'Unidentified%' GROUP BY country, actor1 "
            "QUALIFY row_number() OVER (PARTITION BY country ORDER BY n DESC) <= 3")
        made = 0
        while made < CLAIMS:
            for leader in leaders:
                month = made % 12 + 1
                first = date(year, month, 1)
                last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
                busiest = store.query(
                    "SELECT admin1, admin1_code, count(*) AS n FROM events WHERE country = ? AND actor1 = ? AND "
                    "date_start BETWEEN ? AND ? AND admin1 IS NOT NULL GROUP BY ALL ORDER BY n DESC, admin1 LIMIT 3",
                    [leader["country"], leader["actor1"], first, last])
                scale = rng.uniform(0.8, 2.5)
                ops = sum(int(r["n"]) for r in busiest) or 10
                figures = [Figure(measure="operations", value=int(ops * scale) + 1),
                           Figure(measure="killed", value=int(ops * scale * 1.3)),
                           Figure(measure="wounded", value=int(ops * scale * 0.9)),
                           Figure(measure="killed_or_wounded", value=int(ops * scale * 2.2)),
                           Figure(measure="operations", value=int(ops * scale * 0.3), tactic="ied+landmine"),
                           Figure(measure="operations", value=int(ops * scale * 0.2), tactic="ambush"),
                           Figure(measure="killed", value=int(ops * scale * 0.5), target="civilians")]
                figures += [Figure(measure="operations", value=int(int(r["n"]) * scale), admin1=r["admin1"],
                                   admin1_code=r["admin1_code"]) for r in busiest]
                text = f"Bulletin {made}: {leader['actor1']} operations in {first:%B %Y}."
                document = Document.from_text(text, source="Bulletin desk", url=f"https://bulletins.example/{made}",
                                              published=last + timedelta(days=3))
                claim = Claim(id=stable_id("bench-claim", str(made)), document_id=document.id,
                              claimant=leader["actor1"], actor=leader["actor1"], medium="bulletin", status="claimed",
                              period_start=first.isoformat(), period_end=last.isoformat(), country=leader["country"],
                              figures=figures)
                store.save(Extraction(document=document, claims=[claim]))
                made += 1
                if made >= CLAIMS:
                    break
    partial.rename(out)
    return out


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
    rows: list[tuple[str, str, str, str, str, str, str]] = []
    small = with_claims(ensure_db(args.dir, args.events))
    for kind, suffix in (("render-png", "png"), ("render-html", "html")):
        r = measure(kind, small, args.dir / f"report.{suffix}")
        name = kind.replace("-", " ")
        rows.append((f"{name} ({CLAIMS} claims)", f"{args.events:,}", f"{r['seconds']:.2f}", f"{r['cpu']:.2f}",
                     f"{r['rss_mb']:,.0f}", f"{r['bytes'] / 1e6:,.1f}", TARGETS.get(name, "")))
    if args.export_events:
        big = ensure_db(args.dir, args.export_events)
        for fmt in ("csv", "acled-csv", "parquet", "geojson", "jsonl"):
            out = args.dir / f"events.{fmt}"
            r = measure(f"export-{fmt}", big, out)
            rows.append((f"export {fmt}", f"{int(r['rows']):,}", f"{r['seconds']:.2f}", f"{r['cpu']:.2f}",
                         f"{r['rss_mb']:,.0f}", f"{r['bytes'] / 1e6:,.1f}", "streams"))
            out.unlink(missing_ok=True)
    header = ("task", "events", "time (s)", "CPU (s)", "peak RSS (MB)", "output (MB)", "target")
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
