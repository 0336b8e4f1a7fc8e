"""The claim steps of an ingest (issue 14): CPU of ``link_repeats`` + ``check_series`` after 100 new documents are
stored into stores of 1,000 / 10,000 / 50,000 claims.

    .venv/bin/python benchmarks/bench_claim_steps.py                          # this checkout, 3 runs a size
    .venv/bin/python benchmarks/bench_claim_steps.py --base /tmp/base/src     # and another checkout's, alternated

Every document is one group claim generated here from a template written for this benchmark: fifteen armed groups
(an affiliate and its parent among them) each tell a weekly total of operations and deaths, week after week from
2000, and a monthly total after each month; most claims are relayed by one to three other outlets (the same claim,
another document: linked as repeats), 3% of relays misstate the week's total and 5% of monthly totals fall below a
week's (``series_total`` contradictions). The stores are built once (kept in ``--dir``) by ingesting the documents
in order, 2,000 per ingest, with this checkout's code; each size is the first N documents.

Each measurement runs in a fresh process: a copy of the store, the next 100 documents extracted and saved
(``Store.save``), then the two steps timed (``time.process_time``: this process's CPU, DuckDB's threads included).
``--base SRC`` runs the same on a copy of the store taken back to schema 12 (the table of migration 13 dropped) with
``PYTHONPATH=SRC``, alternating with this checkout's runs, and checks that both leave the same links and series
checks. ``--cold`` adds one run per size with what the steps had seen forgotten (as after an upgrade from schema
12: every claim compared again). ``--edited N`` adds two runs per size after a reviewer's edit of the claim
stored N documents before the last: as the store follows it (compared again from that document on) and with every
claim compared; both must leave the same state. The table shows medians; the machine may be shared (the load is
printed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEW = 100
GROUPS = ["The Islamic State", "Islamic State West Africa Province", "Islamic State Khorasan Province", "Al-Shabaab",
          "The Taliban", "The Houthis", "Hayat Tahrir al-Sham", "The SDF", "Boko Haram", "The PKK", "Hezbollah",
          "Hamas", "JNIM", "Tehrik-i-Taliban Pakistan", "The Arakan Army"]
OUTLETS = ["The claim was carried by the group's news agency.", "A regional broadcaster relayed the statement.",
           "The statement was posted on a messaging channel.", "A monitoring service translated the statement.",
           "Local media repeated the figures."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEK = ("{group} said in a statement that it carried out {ops} operations between {first} and {last}, killing "
        "{killed} people. {outlet} Ref {n}.")
MONTH = ("{group} said in a statement that it carried out {ops} operations in {month} {year}, killing {killed} "
         "people. {outlet} Ref {n}.")


def _day(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def documents(count: int, *, seed: int = 3) -> list[dict[str, str]]:
    """``count`` claim documents in the order they are stored (JSONL records: text, published, url)."""
    rng = random.Random(seed)
    out: list[dict[str, str]] = []
    week = date(2000, 1, 3)

    def add(template: str, published: date, relays: int, misstate: float, **values: object) -> None:
        for relay in range(relays + 1):
            told = dict(values)
            if relay and rng.random() < misstate:
                told["ops"] = int(str(values["ops"])) + rng.randint(1, 9)  # a relay that misstates the total
            out.append({"text": template.format(outlet=rng.choice(OUTLETS) if relay else "", n=len(out), **told),
                        "published": (published + timedelta(days=relay)).isoformat(),
                        "url": f"https://outlet{relay}.example/{len(out)}"})

    totals: dict[str, list[int]] = {}
    while len(out) < count:
        last = week + timedelta(days=6)
        for group in GROUPS:
            if rng.random() < 0.2:
                continue  # a quiet week
            ops = rng.randint(3, 60)
            totals.setdefault(group, []).append(ops)
            add(WEEK, last + timedelta(days=2), rng.choice([0, 1, 1, 2, 3]), 0.03, group=group, ops=ops,
                first=_day(week), last=_day(last), killed=rng.randint(0, 150))
        if (week + timedelta(days=7)).month != week.month:  # the month is over: its totals
            for group, weeks in totals.items():
                ops = sum(weeks) if rng.random() > 0.05 else max(weeks) - 1  # 5%: below one of its weeks
                add(MONTH, week + timedelta(days=12), rng.choice([0, 1, 2]), 0.0, group=group, ops=ops,
                    month=MONTHS[week.month - 1], year=week.year, killed=rng.randint(0, 400))
            totals = {}
        week += timedelta(days=7)
    return out[:count]


def _jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def build(folder: Path, sizes: list[int], chunk: int = 2000) -> dict[int, Path]:
    """The stores of the first N documents, for each N of ``sizes`` (kept in ``folder``)."""
    wanted = {n: folder / f"claims-{n}.duckdb" for n in sizes}
    if all(p.exists() for p in wanted.values()):
        return wanted
    records = documents(max(sizes) + NEW)
    work = folder / f"building.{os.getpid()}.duckdb"
    work.unlink(missing_ok=True)
    done = 0
    for n in sorted(sizes):
        while done < n:
            part = _jsonl(folder / "chunk.jsonl", records[done:min(n, done + chunk)])
            subprocess.run([sys.executable, "-c", "import sys; from sitrep import api; api.ingest([sys.argv[1]], "
                            "db=sys.argv[2], link=False, recycle=0)", str(part), str(work)], check=True, cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
            done = min(n, done + chunk)
            print(f"  built {done:,} documents", flush=True)
        shutil.copy(work, wanted[n])
    work.unlink(missing_ok=True)
    return wanted


def task(db: str, new: str, edit_back: int = 0) -> dict[str, object]:
    """In a fresh process: store the new documents, then time the two claim steps. ``edit_back``: first, a
    reviewer edits the claimant of the claim of the document stored that many documents before the last."""
    from sitrep import api
    from sitrep.analyze import review
    from sitrep.analyze.claims import check_series, link_repeats
    from sitrep.ingest import document_from_text
    from sitrep.store import Store
    from sitrep.taxonomy import ActorTable

    records = [json.loads(line) for line in Path(new).read_text(encoding="utf-8").splitlines()]
    actors = ActorTable.load()
    with Store(db) as store:
        if edit_back:
            found = store.query("SELECT c.id, c.claimant FROM claims c JOIN documents d ON d.id = c.document_id "
                                "WHERE c.claimant IS NOT NULL ORDER BY d.seq DESC LIMIT 1 OFFSET ?",
                                [edit_back])[0]
            review.edit(store, "claim", found["id"], "claimant", f"{found['claimant']} (media office)",
                        reviewer="bench")
        for r in records:
            store.save(api.extract(document_from_text(r["text"], published=r["published"], url=r["url"])))
        claims = int(store.query("SELECT count(*) AS n FROM claims")[0]["n"])
        started, cpu = time.perf_counter(), time.process_time()
        linked = link_repeats(store, actors)
        failing = check_series(store, actors)
        spent, wall = time.process_time() - cpu, time.perf_counter() - started
        state = json.dumps([store.query("SELECT id, repeats FROM claims ORDER BY id"),
                            store.query("SELECT claim_id, ordinal, facet, expected, actual, detail FROM checks "
                                        "WHERE kind = 'series_total' ORDER BY claim_id, ordinal")], default=str)
    return {"cpu": spent, "wall": wall, "claims": claims, "linked": linked, "failing": failing,
            "state": hashlib.sha256(state.encode()).hexdigest()[:16]}


def run(db: Path, new: Path, src: Path, *, downgrade: bool = False, reset: bool = False,
        edit_back: int = 0) -> dict[str, object]:
    copy = Path(tempfile.gettempdir()) / f"claim-steps.{os.getpid()}.duckdb"
    shutil.copy(db, copy)
    try:
        if downgrade or reset:
            import duckdb

            con = duckdb.connect(str(copy))
            if downgrade:  # what a checkout without migration 13 can open
                con.execute("DROP TABLE IF EXISTS claim_steps")
                con.execute("DELETE FROM schema_migrations WHERE version >= 13")
            else:  # as after an upgrade, a reverted version, a re-extraction: every claim compared again
                con.execute("DELETE FROM claim_steps")
            con.close()
        found = subprocess.run([sys.executable, __file__, "--task", str(copy), str(new), str(edit_back)],
                               capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(src)},
                               check=False)
        if found.returncode != 0:
            raise SystemExit(f"run failed ({src}):\n{found.stderr[-3000:]}")
        return dict(json.loads(found.stdout.strip().splitlines()[-1]))
    finally:
        copy.unlink(missing_ok=True)
        Path(f"{copy}.wal").unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,50000", help="claims in the stores (documents: one each)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per size and checkout; medians shown")
    parser.add_argument("--base", help="another checkout's src folder, measured alternately on the same stores")
    parser.add_argument("--base-sizes", help="the sizes to run --base on (default: all; it grows with the store)")
    parser.add_argument("--cold", action="store_true",
                        help="also one run per size with what the steps had seen forgotten (every claim compared)")
    parser.add_argument("--edited", type=int, default=0, metavar="N",
                        help="also one run per size after a reviewer's edit of the claim stored N documents before "
                             "the last (compared again from it on), and one with every claim compared after it")
    parser.add_argument("--dir", default=str(Path(tempfile.gettempdir()) / "sitrep-bench-claim-steps"))
    parser.add_argument("--json", help="write the rows here too")
    parser.add_argument("--task", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.task:
        print(json.dumps(task(args.task[0], args.task[1], int(args.task[2]))))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    base_sizes = [int(s) for s in args.base_sizes.split(",")] if args.base_sizes else sizes
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    print(f"load {os.getloadavg()[0]:.1f} at start", flush=True)
    stores = build(folder, sizes)
    records = documents(max(sizes) + NEW)
    rows = []
    for n in sizes:
        new = _jsonl(folder / f"new-{n}.jsonl", records[n:n + NEW])
        ours, theirs = [], []
        for _ in range(args.repeats):
            ours.append(run(stores[n], new, ROOT / "src", downgrade=False))
            if args.base and n in base_sizes:
                theirs.append(run(stores[n], new, Path(args.base), downgrade=True))
        row = {"size": n, "claims": ours[0]["claims"], "cpu": statistics.median(float(str(r["cpu"])) for r in ours),
               "linked": ours[0]["linked"], "failing": ours[0]["failing"]}
        if args.cold:
            cold = run(stores[n], new, ROOT / "src", reset=True)
            row["cold_cpu"] = cold["cpu"]
            row["cold_same"] = cold["state"] == ours[0]["state"]
        if args.edited:
            edited = run(stores[n], new, ROOT / "src", edit_back=args.edited)
            everything = run(stores[n], new, ROOT / "src", reset=True, edit_back=args.edited)
            row["edited_cpu"], row["edited_cold_cpu"] = edited["cpu"], everything["cpu"]
            row["edited_same"] = edited["state"] == everything["state"]
        if theirs:
            row["base_cpu"] = statistics.median(float(str(r["cpu"])) for r in theirs)
            row["same"] = {r["state"] for r in ours} == {r["state"] for r in theirs}
        rows.append(row)
        print(json.dumps(row), f"(load {os.getloadavg()[0]:.1f})", flush=True)
    print(f"\n{'store':>8}  {'claims':>8}  {'CPU s (this)':>12}  {'CPU s (base)':>12}  {'cold':>8}  linked  failing"
          "  same")
    for r in rows:
        base = f"{r['base_cpu']:.3f}" if "base_cpu" in r else "-"
        cold = f"{r['cold_cpu']:.3f}" if "cold_cpu" in r else "-"
        print(f"{r['size']:>8,}  {r['claims']:>8,}  {r['cpu']:>12.3f}  {base:>12}  {cold:>8}  {r['linked']:>6}  "
              f"{r['failing']:>7}  {r.get('same', '-')}")
    if args.edited:
        print(f"\nafter a reviewer's edit of the claim {args.edited:,} documents before the last:")
        for r in rows:
            print(f"{r['size']:>8,}  compared from it on {r['edited_cpu']:.3f} CPU s, every claim compared "
                  f"{r['edited_cold_cpu']:.3f}, same {r['edited_same']}")
    print(f"\n{args.repeats} runs each, medians; claim steps after {NEW} new documents; load {os.getloadavg()[0]:.1f}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
