"""Issue 14 in one table: ingest against extraction, linking into a big store, start-up, reports on a big store.

    .venv/bin/python benchmarks/bench_throughput.py                       # everything, medians of 3 runs
    .venv/bin/python benchmarks/bench_throughput.py --only ingest,startup --documents 4000 --repeats 5

Every document is generated here from templates written for this benchmark (ACLED-style notes, short news items,
group claims), about 50 words each; nothing is copied from third-party text. Each measurement runs in a fresh
process (``python benchmarks/bench_throughput.py --task …``) so that imports, caches and memory are its own; the
table shows the median of ``--repeats`` runs and the machine it ran on. The machine may be shared: medians, not
best runs, are what the table reports.

Rows:

- **extract**: ``sitrep.api.extract_files`` over the corpus (read, extract, geocode, check; no database), documents
  per second on one core, after the extractor and the language detector are loaded (``--only extract``: these rows
  alone): once with the rules alone (``SITREP_MODEL=none``; target ≥ 1,000) and once with the shipped model, the
  default (issue 8's target ≥ 150), the two runs alternating.
- **ingest**: ``sitrep.api.ingest`` of the same corpus into a new database (read, extract, store, link), and its
  share of extraction-only throughput with the same extractor, the default (target ≥ 70%).
- **link 1,000 → empty / → 100k**: linking the events of 1,000 new documents into an empty store and into a store
  of 100,000 synthetic events (``scripts/make_synthetic_events.py``, their linking features stored) over the same
  dates (target: within 2×); and once into the same store upgraded from before the features were stored. The CPU
  time of the ``link_events`` call alone (user + system of the process, DuckDB's threads included), in a fresh
  process after an ingest that left the disk cache warm; the median of at least 5 runs, empty and full runs
  alternating. The call's first step, loading the gazetteer (the same for both), is shown apart too.
- **start-up**: wall time of ``sitrep --help``, ``sitrep summary`` on a small database and ``sitrep extract`` of one
  25-word file, each a new interpreter (targets 0.3 s, 0.6 s, 1.5 s).
- **report png / html**: ``sitrep.render`` on the 100,000-event store with 300 claims added by ingesting generated
  claim texts (targets 3 s and 5 s).
- **long run**: ``benchmarks/bench_long_run.py``: one ingest of ``--long`` documents (default 100,000); the CPU
  time of the last 1,000 documents against the first 1,000 (target within 10%) and resident memory along the run.
- **claim steps** (``--only claims``, not in the default run: it builds stores of 50,000 claims once):
  ``benchmarks/bench_claim_steps.py``: the CPU of an ingest's two claim steps (``link_repeats``, ``check_series``)
  after 100 new claim documents are stored into stores of 1,000, 10,000 and 50,000 generated group claims.

Start-up rows report the CPU time (user + system) of the new interpreter, the median of the runs after a first run
that compiles bytecode and fills sitrep's disk cache (``sitrep.diskcache``), as on an installed package; wall time
is shown beside it (on a shared machine it measures the neighbours too).

All runs use a disk cache of their own under ``--dir`` (``XDG_CACHE_HOME``): the shared one keeps a few entries of
each kind, and other checkouts' runs evicted this one's, so that a run now and then paid for rebuilding the
gazetteer's tables.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parents[1]
BIG_EVENTS = 100_000
NEW_DOCUMENTS = 1_000
CLAIM_DOCUMENTS = 300

GROUPS = ["Islamic State", "ISIS", "al-Shabaab", "the Taliban", "Boko Haram", "gunmen", "unidentified militants"]
PLACES = [("Deir ez-Zor", "Syria"), ("Raqqa", "Syria"), ("Idlib", "Syria"), ("Hasakah", "Syria"),
          ("Kirkuk", "Iraq"), ("Diyala", "Iraq"), ("Anbar", "Iraq"), ("Nineveh", "Iraq"),
          ("Kandahar", "Afghanistan"), ("Helmand", "Afghanistan"), ("Borno", "Nigeria"), ("Lower Shabelle", "Somalia")]
TARGETS = ["a police checkpoint", "an army patrol", "a military base", "a market", "a village", "a convoy of trucks"]
OUTLETS = ["local officials said", "a security source told reporters", "residents said", "the provincial governor said"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NOTE = ("On {day} {month} 2024, {group} attacked {target} near the town of {town} in {place}, {country}, killing "
        "{killed} people and wounding {wounded} others, {source}. The attackers withdrew before reinforcements "
        "arrived. Ref {n}.")
ARTICLE = ("{Group} fighters stormed {target} in {place} province on {weekday}, {source}. At least {killed} "
           "soldiers were killed and {wounded} were wounded in the fighting, which lasted several hours near "
           "{town}. No casualties among civilians were reported. Item {n}.")
CLAIM = ("The Islamic State said in its al-Naba newspaper that it carried out {ops} operations in {country} between "
         "{month} 1 and {month} 28, killing or wounding {kw} people, including {a} operations in {place} and {b} "
         "in {other}. Bulletin {n}.")
TOWNS = ["Hajin", "Shuhayl", "Tabqa", "Hawija", "Baiji", "Tal Afar", "Musa Qala", "Gwoza", "Afgooye", "Saraqib"]


def documents(count: int, *, seed: int = 1, claims: bool = False, month: int | None = None) -> list[dict[str, str]]:
    """``count`` generated documents as JSONL records (text, published, url), deterministic for a seed."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        place, country = rng.choice(PLACES)
        chosen = month or rng.randint(1, 12)
        values = dict(day=rng.randint(1, 28), month=MONTHS[chosen - 1], group=rng.choice(GROUPS),
                      target=rng.choice(TARGETS), town=rng.choice(TOWNS), place=place, country=country,
                      killed=rng.randint(1, 30), wounded=rng.randint(1, 40), source=rng.choice(OUTLETS),
                      n=f"{seed}-{n}", weekday=rng.choice(["Monday", "Tuesday", "Friday"]))
        if claims:
            other = rng.choice([p for p, c in PLACES if c == country and p != place] or [place])
            a, b = rng.randint(5, 40), rng.randint(1, 20)
            text = CLAIM.format(ops=a + b + rng.randint(0, 10), month=MONTHS[chosen - 1], kw=rng.randint(10, 200),
                                a=a, b=b, other=other, **{k: v for k, v in values.items() if k != "month"})
        elif n % 2:
            text = ARTICLE.format(Group=str(values["group"])[0].upper() + str(values["group"])[1:], **values)
        else:
            text = NOTE.format(**values)
        published = f"2024-{chosen:02d}-{min(28, int(values['day']) + 2):02d}"  # type: ignore[call-overload]
        if claims:
            # A bulletin comes out after the month it counts: published earlier, "March 1 to March 28" would be
            # read as last year's March, a period without events, and every audit would hold it against nothing.
            published = f"2024-{chosen + 1:02d}-02" if chosen < 12 else "2025-01-02"
        out.append({"text": text, "published": published, "url": f"https://example.org/{seed}/{n}"})
    return out


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# -- tasks: each runs in a fresh process and prints one JSON object ---------------------------------------------


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def task_extract(corpus: str, model: str = "default") -> dict[str, float]:
    from sitrep import api
    from sitrep.ingest.language import warm_up

    # extract_files builds its extractor from the settings: SITREP_MODEL decides, for the rules alone ("none") or the
    # shipped model ("default"), whatever the caller's environment says.
    os.environ["SITREP_MODEL"] = model
    api.default_extractor()
    warm_up()  # the language detector's model, loaded once per process like the extractor (0.2 s: not per document)
    started, cpu = time.perf_counter(), time.process_time()
    n = sum(1 for _ in api.extract_files([corpus]))
    return {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu, "documents": n,
            "peak_mb": _peak_mb()}


def _children_cpu() -> float:
    """User + system CPU seconds of this process's finished (waited-for) children."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def task_ingest(corpus: str, db: str) -> dict[str, float]:
    from sitrep import api
    from sitrep.ingest.language import warm_up

    api.default_extractor()
    warm_up()
    started, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    report = api.ingest([corpus], db=db)
    # Ingest extracts in a worker process (ingest_extract_recycle) and may link in a child: their CPU is the run's.
    spent = time.process_time() - cpu + _children_cpu() - children
    return {"seconds": time.perf_counter() - started, "cpu": spent,
            "documents": report.ingested, "failed": report.failed, "peak_mb": _peak_mb()}


def task_link(db: str) -> dict[str, float]:
    """The CPU and wall time of one ``link_events`` call, and of its first step apart: loading the shipped
    gazetteer (``Gazetteer.default``, which the call does first and every ``sitrep link`` process pays once, the
    same whatever the store holds; read from sitrep's disk cache, kept warm in the bench's own folder)."""
    from sitrep.analyze.linking import link_events
    from sitrep.geo import Gazetteer
    from sitrep.store import Store

    with Store(db) as store:
        started, cpu = time.perf_counter(), time.process_time()
        Gazetteer.default()  # what link_events does first: timed apart, counted in the call
        gazetteer = time.process_time() - cpu
        result = link_events(store)
        return {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu,
                "gazetteer_cpu": gazetteer, "incidents": result.incidents, "peak_mb": _peak_mb()}


def task_render(db: str, out: str) -> dict[str, float]:
    from sitrep.report import render
    from sitrep.store import Store

    with Store(db, read_only=True) as store:
        started, cpu = time.perf_counter(), time.process_time()
        render(store, out)
        return {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu, "peak_mb": _peak_mb()}


TASKS = {"extract": task_extract, "ingest": task_ingest, "link": task_link, "render": task_render}


def run_task(name: str, *args: str) -> dict[str, float]:
    found = subprocess.run([sys.executable, __file__, "--task", name, *args], capture_output=True, text=True,
                           cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, check=False)
    if found.returncode != 0:
        raise SystemExit(f"task {name} failed:\n{found.stderr[-3000:]}")
    return json.loads(found.stdout.strip().splitlines()[-1])


def startup_env() -> dict[str, str]:
    """The environment of the start-up runs: bytecode compiled once and kept (in a folder of its own), as an
    installed package has it; a checkout run with PYTHONDONTWRITEBYTECODE would compile sitrep's sources at every
    start (about 0.4 s)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"),
           "PYTHONPYCACHEPREFIX": str(Path(tempfile.gettempdir()) / "sitrep-bench-pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def wall(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system of the child) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    found = subprocess.run(command, capture_output=True, text=True, cwd=ROOT,
                           env=env or {**os.environ, "PYTHONPATH": str(ROOT / "src")}, check=False)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if found.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed:\n{found.stderr[-3000:]}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median(values: list[float]) -> float:
    return statistics.median(values)


# -- the table -----------------------------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{cpu}, {os.cpu_count()} cores, load {load:.1f} at start; Python {platform.python_version()}, "
            f"{platform.system()}")


def big_store(folder: Path) -> Path:
    """100,000 synthetic events of 2024, already linked (kept between runs in ``folder``).

    The generator leaves its events unlinked; here each becomes an incident of its own through the store's write
    path (``incidents.assign``), as after a linking run, and its linking features are stored
    (``linking.store_features``), as a linking run stores them, so that linking new documents into it links 1,000
    new documents' events, not the 100,000 stored ones again (linking 100,000 synthetic events afresh is
    ``bench_linking.py``'s job)."""
    db = folder / f"big-{BIG_EVENTS}-linked-features.duckdb"
    if not db.exists():
        _build_big_store(db, folder / f"big.{os.getpid()}.tmp.duckdb")
    return db


def _hold(folder: Path) -> TextIO:
    """An exclusive lock on ``folder`` for the rest of this process: two runs given the same folder would otherwise
    build its stores and databases over each other (one such run measured an empty store). The second waits."""
    lock = open(folder / ".lock", "w")  # noqa: SIM115 (held until the process exits)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        print(f"waiting for another run using {folder} (or give this one --dir)", flush=True)
        fcntl.flock(lock, fcntl.LOCK_EX)
    return lock


def _build_big_store(db: Path, raw: Path) -> None:
    """:func:`big_store`'s database, written under a name of this process's and renamed into place when whole."""
    raw.unlink(missing_ok=True)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_synthetic_events.py"), str(BIG_EVENTS),
                    str(raw), "--year", "2024"], check=True, cwd=ROOT,
                   env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    subprocess.run([sys.executable, "-c", "import sys; from sitrep.store import Store; "
                    "from sitrep.store import incidents as s; from sitrep.analyze.similarity import stable_id; "
                    "store = Store(sys.argv[1]); ids = [r['id'] for r in store.query('SELECT id FROM events')]; "
                    "s.assign(store, {i: stable_id('incident', i) for i in ids}); "
                    "from sitrep.analyze.linking import store_features; store_features(store); store.close()",
                    str(raw)],
                   check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    raw.rename(db)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=2000, help="documents in the ingest corpus (default 2000)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement; the median is shown")
    parser.add_argument("--only", default="ingest,link,startup,report,long", help="comma-separated sections")
    parser.add_argument("--long", type=int, default=100_000,
                        help="documents of the long-run section (default 100,000, the target's size)")
    parser.add_argument("--dir", default=str(Path(tempfile.gettempdir()) / "sitrep-bench-throughput"),
                        help="work folder (the 100,000-event store is built once and kept here)")
    parser.add_argument("--task", help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args(argv)
    if args.task:
        print(json.dumps(TASKS[args.task](*rest)))
        return 0
    sections = set(args.only.split(","))
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    lock = _hold(folder)  # noqa: F841 (kept open: the lock lasts as long as the file is open)
    # sitrep's disk cache (sitrep.diskcache) of this checkout's own, in the work folder, for every process below:
    # the shared one keeps the 3 newest entries of each kind, and other checkouts and worktrees on the machine (each
    # its own entries: paths are in the fingerprint) evicted this one's between runs, so a run now and then rebuilt
    # the gazetteer's tables (+0.25-0.45 CPU s: the two levels the link rows used to swing between).
    os.environ["XDG_CACHE_HOME"] = str(folder / "cache")
    rows: list[tuple[str, str, str, str]] = []  # (what, median, target, note)
    print(f"machine: {machine()}", flush=True)

    if "ingest" in sections or "extract" in sections:
        corpus = write_jsonl(folder / "corpus.jsonl", documents(args.documents, seed=7))
        extract, modelled, ingest = [], [], []
        for i in range(args.repeats):
            extract.append(run_task("extract", str(corpus), "none"))
            modelled.append(run_task("extract", str(corpus), "default"))
            if "ingest" not in sections:
                continue  # (--only extract: the extraction row alone)
            db = folder / f"ingest-{i}.duckdb"
            db.unlink(missing_ok=True)
            ingest.append(run_task("ingest", str(corpus), str(db)))
            db.unlink(missing_ok=True)
        # Per CPU second of the process (DuckDB's threads included): on a shared machine wall time measures the
        # neighbours as much as sitrep; wall-clock throughput is shown beside it.
        for label, runs, target in (("extract (rules alone, 1 core)", extract, "≥ 1,000 docs/s"),
                                    ("extract (rules + model, 1 core)", modelled, "≥ 150 docs/s")):
            rate = median([args.documents / r["cpu"] for r in runs])
            rate_wall = median([args.documents / r["seconds"] for r in runs])
            rows.append((label, f"{rate:,.0f} docs/s", target, f"per CPU s; wall {rate_wall:,.0f} docs/s; "
                         f"peak {median([r['peak_mb'] for r in runs]):,.0f} MB"))
        # Ingest extracts with the default extractor (the shipped model): its share is of that extraction's rate.
        e = median([args.documents / r["cpu"] for r in modelled])
        ew = median([args.documents / r["seconds"] for r in modelled])
    if "ingest" in sections:
        g = median([args.documents / r["cpu"] for r in ingest])
        gw = median([args.documents / r["seconds"] for r in ingest])
        rows.append(("ingest (extract+store+link)", f"{g:,.0f} docs/s", "≥ 70% of extract",
                     f"{g / e:.0%} of extract (rules + model) per CPU s; wall {gw:,.0f} docs/s ({gw / ew:.0%}); "
                     f"peak {median([r['peak_mb'] for r in ingest]):,.0f} MB"))

    if "link" in sections or "report" in sections:
        big = big_store(folder)
        new = write_jsonl(folder / "new.jsonl", documents(NEW_DOCUMENTS, seed=11))

    if "link" in sections:
        empty, full = [], []
        for _ in range(max(args.repeats, 5)):  # the two rows alternate, so that both meet the same neighbours
            for target, into in ((empty, None), (full, big)):
                db = folder / "link.duckdb"
                db.unlink(missing_ok=True)
                if into is not None:
                    shutil.copy(into, db)
                subprocess.run([sys.executable, "-c", "import sys; from sitrep import api; "
                                "api.ingest([sys.argv[1]], db=sys.argv[2], link=False)", str(new), str(db)],
                               check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
                target.append(run_task("link", str(db)))
                db.unlink(missing_ok=True)
        # Once: the same into a store upgraded from before migration 10 (no stored features yet), where the run
        # computes and stores the features of the stored events it reads.
        db = folder / "link.duckdb"
        db.unlink(missing_ok=True)
        shutil.copy(big, db)
        subprocess.run([sys.executable, "-c", "import sys; from sitrep.store import Store; "
                        "s = Store(sys.argv[1]); s._write(lambda con: con.execute('DELETE FROM link_features'), "
                        "what='forget features'); s.close(); from sitrep import api; "
                        "api.ingest([sys.argv[2]], db=sys.argv[1], link=False)", str(db), str(new)],
                       check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        cold = run_task("link", str(db))
        db.unlink(missing_ok=True)
        a, b = median([r["cpu"] for r in empty]), median([r["cpu"] for r in full])
        ga, gb = median([r["gazetteer_cpu"] for r in empty]), median([r["gazetteer_cpu"] for r in full])

        def spread(found: list[dict[str, float]]) -> str:
            cpu = sorted(r["cpu"] for r in found)
            return f"runs {cpu[0]:.2f}-{cpu[-1]:.2f}"

        rows.append((f"link {NEW_DOCUMENTS:,} new docs → empty store", f"{a:.2f} CPU s", "",
                     f"{spread(empty)}; of which gazetteer load {ga:.2f}; "
                     f"wall {median([r['seconds'] for r in empty]):.2f} s; "
                     f"peak {median([r['peak_mb'] for r in empty]):,.0f} MB"))
        rows.append((f"link {NEW_DOCUMENTS:,} new docs → {BIG_EVENTS:,} events", f"{b:.2f} CPU s", "≤ 2× empty",
                     f"{b / a:.2f}× empty ({(b - gb) / (a - ga):.2f}× without the gazetteer load); {spread(full)}; "
                     f"wall {median([r['seconds'] for r in full]):.2f} s; "
                     f"peak {median([r['peak_mb'] for r in full]):,.0f} MB"))
        rows.append(("  the same, first run after upgrade", f"{cold['cpu']:.2f} CPU s", "",
                     f"features of the stored events read computed and stored once; one run; "
                     f"peak {cold['peak_mb']:,.0f} MB"))

    if "startup" in sections:
        small = folder / "small.duckdb"
        small.unlink(missing_ok=True)
        write_jsonl(folder / "small.jsonl", documents(20, seed=3))
        subprocess.run([sys.executable, "-c", "import sys; from sitrep import api; api.ingest([sys.argv[1]], "
                        "db=sys.argv[2])", str(folder / "small.jsonl"), str(small)], check=True, cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        one = folder / "one.txt"
        one.write_text("Gunmen attacked a police checkpoint near Kirkuk on Monday, killing three policemen and "
                       "wounding two others, local officials said.\n", encoding="utf-8")
        sitrep = [sys.executable, "-m", "sitrep.cli"]
        env = startup_env()
        for label, command, target in (
                ("sitrep --help", [*sitrep, "--help"], "< 0.3 s"),
                ("sitrep summary --by event_type", [*sitrep, "summary", "--db", str(small), "--by", "event_type"],
                 "< 0.6 s"),
                ("sitrep extract (one 25-word file)", [*sitrep, "extract", str(one), "--published", "2024-03-04"],
                 "< 1.5 s")):
            wall(command, env)  # the first run compiles the bytecode and fills the disk cache (sitrep.diskcache)
            runs = [wall(command, env) for _ in range(max(args.repeats, 3))]
            rows.append((label, f"{median([c for _, c in runs]):.2f} CPU s", target,
                         f"new interpreter each run, caches warm; wall {median([w for w, _ in runs]):.2f} s"))

    if "long" in sections:
        out = folder / "long.json"
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_long_run.py"), "--documents",
                        str(args.long), "--json", str(out)], check=True, cwd=ROOT, capture_output=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        blocks = json.loads(out.read_text(encoding="utf-8"))
        head = median([b["cpu"] for b in blocks[:3]])
        tail = median([b["cpu"] for b in blocks[-3:]])
        rss = [b["rss_mb"] for b in blocks]
        rows.append((f"long run: last 1,000 of {args.long:,} vs first", f"{tail / head:.2f}×", "≤ 1.10×",
                     f"CPU s per 1,000 docs {head:.2f} → {tail:.2f} (medians of 3 blocks); RSS {rss[0]:,.0f} → "
                     f"{rss[-1]:,.0f} MB (max {max(rss):,.0f}); one run"))

    if "claims" in sections:
        out = folder / "claim-steps.json"
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_claim_steps.py"), "--repeats",
                        str(args.repeats), "--dir", str(folder / "claim-steps"), "--json", str(out)], check=True,
                       cwd=ROOT, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        for row in json.loads(out.read_text(encoding="utf-8")):
            rows.append((f"claim steps: {100} new docs → {row['claims']:,} claims", f"{row['cpu']:.3f} CPU s",
                         "", f"link_repeats + check_series; {row['linked']} linked, {row['failing']} claims "
                         "failing a series check"))

    if "report" in sections:
        db = folder / f"big-claims-{BIG_EVENTS}-dated.duckdb"  # claims dated in the events' year (not 2023)
        if not db.exists():
            raw = folder / f"claims.{os.getpid()}.tmp.duckdb"
            shutil.copy(big, raw)
            claims = write_jsonl(folder / "claims.jsonl", documents(CLAIM_DOCUMENTS, seed=5, claims=True))
            subprocess.run([sys.executable, "-c", "import sys; from sitrep import api; "
                            "api.ingest([sys.argv[1]], db=sys.argv[2])", str(claims), str(raw)], check=True,
                           cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
            raw.rename(db)
        # A database kept from an earlier version of the schema is migrated once here, not refused by the reports'
        # read-only open (nor migrated inside the timed runs).
        subprocess.run([sys.executable, "-c", "import sys; from sitrep.store import Store\n"
                        "with Store(sys.argv[1]): pass", str(db)], check=True, cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        for kind, target in (("png", "< 3 s"), ("html", "< 5 s")):
            found = [run_task("render", str(db), str(folder / f"report.{kind}")) for _ in range(args.repeats)]
            rows.append((f"report {kind} ({BIG_EVENTS:,} events, {CLAIM_DOCUMENTS} claim texts)",
                         f"{median([r['seconds'] for r in found]):.2f} s", target,
                         f"{median([r['cpu'] for r in found]):.2f} CPU s (DuckDB's threads included); "
                         f"peak {median([r['peak_mb'] for r in found]):,.0f} MB"))

    width = max(len(r[0]) for r in rows) if rows else 10
    print(f"\n{'measurement':<{width}}  {'median':>14}  {'target':<18}  note")
    for what, value, target, note in rows:
        print(f"{what:<{width}}  {value:>14}  {target:<18}  {note}")
    print(f"\n{args.repeats} runs each (start-up: {max(args.repeats, 3)}), medians; corpus: {args.documents:,} "
          "generated documents of ~50 words (templates in this script)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
