"""Load test of the review desk on loopback: simulated reviewers reading the queue and list pages and editing.

Starts ``sitrep serve`` in its own process on 127.0.0.1 over a database of the sample corpus replicated
(``--copies``), then runs ``--reviewers`` threads for ``--seconds``. Each reviewer, with its own API key, loops:
queue page, incidents page, one record page, one edit of a record (a unique value and reason), then waits
``--think`` seconds (uniform 0..2x). At the end it reads the review log back and checks that every edit the
server acknowledged is in it exactly once and none it refused is (no lost, no duplicated edits), and prints the
latency percentiles per page, the server's CPU time per request (all its threads, from /proc; not under
``--profile``) and the machine's load average. Nothing leaves the machine.

    .venv/bin/python benchmarks/bench_server.py                        # 50 reviewers, 2 minutes
    .venv/bin/python benchmarks/bench_server.py --reviewers 5 --seconds 5   # a smoke run (tests/test_server_load.py)
    .venv/bin/python benchmarks/bench_server.py --seconds 30 --profile server.svg   # where the server's time goes
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx

import sitrep
from sitrep.server.auth import add_user
from sitrep.store import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"


def build(folder: Path, copies: int, reviewers: int) -> tuple[Path, list[str]]:
    """A database of the corpus's text files replicated ``copies`` times (each copy a distinct document)."""
    inputs = folder / "in"
    inputs.mkdir()
    texts = sorted(CORPUS.glob("*.txt"))
    for i in range(copies):
        for path in texts:
            text = path.read_text(encoding="utf-8") + f"\n\nThe agency's correspondent number {i} filed this report.\n"
            (inputs / f"{i:03d}_{path.name}").write_text(text, encoding="utf-8")
    db = folder / "bench.duckdb"
    sitrep.ingest([str(inputs)], db=str(db))
    with Store(db) as store:
        keys = [add_user(store, f"r{n:02d}", "reviewer") for n in range(reviewers)]
    return db, keys


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _print_rows(timings: dict[str, list[float]]) -> None:
    """One line per page: requests, p50, p95, p99 and max in milliseconds."""
    for name, values in timings.items():
        ordered = sorted(values)
        p = functools.partial(_percentile, ordered)
        print(f"{name:<16} {len(values):>8} {statistics.median(values) * 1000:>8.1f} {p(0.95):>8.1f} "
              f"{p(0.99):>8.1f} {max(values) * 1000:>8.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviewers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--think", type=float, default=1.0, help="mean pause between a reviewer's requests (s)")
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--profile", metavar="FILE", help="run the server under py-spy and write its flame graph "
                        "(SVG) or, for a .txt name, collapsed stacks to FILE")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sitrep-bench-"))
    try:
        db, keys = build(folder, args.copies, args.reviewers)
        with Store(db) as store:
            counts = store.counts()
        port = free_port()
        command = [sys.executable, "-m", "sitrep.cli", "serve", "--db", str(db), "--host", "127.0.0.1", "--port",
                   str(port)]
        if args.profile:  # py-spy samples every thread of the server (request threads included) from outside
            fmt = "raw" if args.profile.endswith(".txt") else "flamegraph"
            spy = shutil.which("py-spy", path=str(Path(sys.executable).parent)) or "py-spy"
            command = [spy, "record", "-f", fmt, "-o", args.profile, "--", *command]
        server = subprocess.Popen(command, stderr=subprocess.DEVNULL)
        try:
            return run(f"http://127.0.0.1:{port}", keys, args, counts, None if args.profile else server.pid)
        finally:
            server.send_signal(signal.SIGINT)  # py-spy writes its profile when the server stops
            server.wait(30)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU seconds of process ``pid`` so far (Linux /proc), or None where that cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, TypeError):
        return None


def run(url: str, keys: list[str], args: argparse.Namespace, counts: dict[str, int], pid: int | None) -> int:
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if httpx.get(url + "/api/me", headers={"Authorization": f"Bearer {keys[0]}"}).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
    admin = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {keys[0]}"}, timeout=60)
    events = [i["id"] for i in admin.get("/api/queue?kind=event&show=all&limit=1000").json()["items"]]
    admin.get("/incidents")  # warm the incident view once, as the first visitor of the day would
    timings: dict[str, list[float]] = defaultdict(list)
    steady: dict[str, list[float]] = defaultdict(list)
    """As ``timings``, less each reviewer's first round (all 50 reviewers start at once: their first queue pages
    arrive together, 3% of a 2-minute run's queue pages, enough to move its p95)."""
    inside: dict[str, list[float]] = defaultdict(list)
    """Seconds each request spent in the application, from its Server-Timing header (no network, no client)."""
    acknowledged: list[str] = []
    refused: list[str] = []
    errors: Counter[str] = Counter()
    lock = threading.Lock()
    stop = time.time() + args.seconds
    cpu_before = cpu_seconds(pid)

    def reviewer(n: int) -> None:
        rng = random.Random(n)
        client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {keys[n]}"}, timeout=60)
        i = 0
        while time.time() < stop:
            event = rng.choice(events)
            token = f"bench-{n}-{i}"
            steps = [("queue page", "GET", "/", None), ("incidents page", "GET", "/incidents", None),
                     ("record page", "GET", f"/records/event/{event}", None),
                     ("edit", "POST", f"/api/records/event/{event}/edit",
                      {"field": "claimant", "value": f"Reviewer {n} pass {i}", "why": token})]
            for name, method, path, body in steps:
                if time.time() >= stop:
                    break
                started = time.perf_counter()
                spent = None
                try:
                    response = client.request(method, path, json=body)
                    status = response.status_code
                    spent = _server_timing(response.headers.get("server-timing", ""))
                except httpx.TransportError as error:
                    status = 0
                    errors[type(error).__name__] += 1
                elapsed = time.perf_counter() - started
                with lock:
                    timings[name].append(elapsed)
                    if i > 0:
                        steady[name].append(elapsed)
                    if spent is not None:
                        inside[name].append(spent)
                    if status != 200:
                        errors[f"{name} {status}"] += 1
                    if body is not None:
                        (acknowledged if status == 200 else refused).append(token)
                time.sleep(rng.uniform(0, 2 * args.think))
            i += 1

    threads = [threading.Thread(target=reviewer, args=(n,)) for n in range(len(keys))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cpu_after = cpu_seconds(pid)
    log = admin.get("/api/log").json()
    logged = Counter(row["why"] for row in log if row["action"] == "edit")
    lost = [t for t in acknowledged if logged[t] == 0]
    duplicated = [t for t, n in logged.items() if n > 1]
    phantom = [t for t in refused if logged[t]]
    print(f"{len(keys)} reviewers, {args.seconds:.0f} s, think time mean {args.think} s; database: "
          f"{counts['documents']} documents, {counts['events']} events, {counts['claims']} claims")
    print(f"{'page':<16} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    _print_rows(timings)
    if inside:
        print("in the server (Server-Timing: from the request reaching the application to its response):")
        _print_rows(inside)
    if steady:
        print("less each reviewer's first round (they all start at once):")
        _print_rows(steady)
    total = sum(len(v) for v in timings.values())
    print(f"throughput {total / args.seconds:.1f} requests/s; edits acknowledged {len(acknowledged)}, "
          f"refused {len(refused)}; lost {len(lost)}, duplicated {len(duplicated)}, refused but logged "
          f"{len(phantom)}; errors {dict(errors) or 'none'}")
    if cpu_before is not None and cpu_after is not None and total:
        print(f"server CPU {cpu_after - cpu_before:.1f} s, {(cpu_after - cpu_before) / total * 1000:.1f} ms per "
              f"request; load average at the end {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    return 0 if not (lost or duplicated or phantom) else 1


def _server_timing(header: str) -> float | None:
    """Seconds from a ``Server-Timing: app;dur=MS`` header, or None."""
    for part in header.split(";"):
        if part.strip().startswith("dur="):
            try:
                return float(part.strip()[4:]) / 1000
            except ValueError:
                return None
    return None


def _percentile(ordered: list[float], q: float) -> float:
    """The q-quantile of sorted seconds, in milliseconds (nearest rank)."""
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


if __name__ == "__main__":
    sys.exit(main())
