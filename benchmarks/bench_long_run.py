"""Flat cost over a long run (#14): does the 100th thousand documents of one ingest cost what the first did?

    .venv/bin/python benchmarks/bench_long_run.py --documents 100000      # the target's size
    .venv/bin/python benchmarks/bench_long_run.py --documents 20000 --json out.json

One process ingests ``--documents`` generated documents (the templates of ``bench_throughput.py``: ACLED-style
notes and short news items, ~50 words, every one unique) into a new database with ``sitrep.api.ingest`` (read,
extract, store, link). After every 1,000 documents it records the process's CPU time (user + system, which on a
shared machine measures sitrep rather than its neighbours) and its resident memory. It prints the CPU seconds of
the first and the last 1,000 documents (medians of the first three and last three blocks beside them, as single
blocks are noisy), their ratio (target ≤ 1.10), the resident memory after each tenth of the run, the peak, and the
slope of resident memory over the second half of the run, in MB per 1,000 documents (a least-squares fit over its
blocks; target: about 0, no growth with the number of documents). The CPU time counts the child processes that run
the link steps (``SITREP_INGEST_LINK_PROCESS``); each step's peak resident memory is printed beside the ingesting
process's (read from the child while it runs: :class:`ChildPeaks`).

``--memory none`` (DuckDB's own memory limit instead of the ``ingest_memory`` setting) and ``--no-trim`` (glibc's
heap left as it is: large blocks not handed back, no trim after link steps; see :mod:`sitrep.heap`) run the ingest
without the remedies of #14, to compare before and after.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

BLOCK = 1000
FILE_DOCUMENTS = 10_000


def rss_mb() -> float:
    """Resident memory now (Linux: /proc/self/statm), else the peak so far."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        import os

        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu() -> float:
    """CPU seconds of this process and of its children, ended or running (the link steps run in child processes,
    and extraction in a worker replaced every ``ingest_extract_recycle`` documents: their cost is the run's too,
    counted in the block it was spent in rather than when the child ends)."""
    usage, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    live = sum(child_cpu(pid) for pid in live_children())
    return usage.ru_utime + usage.ru_stime + children.ru_utime + children.ru_stime + live


def live_children() -> list[int]:
    """The process ids of this process's children still running (multiprocessing's: the extraction workers)."""
    import multiprocessing

    return [child.pid for child in multiprocessing.active_children() if child.pid is not None]


def child_cpu(pid: int) -> float:
    """CPU seconds (user + system) a running child has used so far (Linux: /proc/PID/stat), else 0."""
    import os

    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def child_rss_mb() -> float:
    """Resident memory of the running children together (the extraction worker), 0 when there are none."""
    import os

    total = 0.0
    for pid in live_children():
        with contextlib.suppress(OSError, ValueError, IndexError):
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    return total


class ChildPeaks:
    """The true peak resident memory of this process's children, link steps and extraction workers apart, read from
    each one's ``VmHWM`` (/proc/PID/status) every ``every`` seconds while it runs, by a thread.

    ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` cannot say it: a child started by ``subprocess`` (vfork, then exec)
    inherits as its own peak the high-water mark of the process it was started from (Linux records the peak of the
    memory image exec replaces, here the ingesting process's), so it read the ingesting process's peak before each
    step (863 MB at 100,000 documents), not the link step's; a forked extraction worker starts at the parent's
    resident size. A peak reached in the last ``every`` seconds of a child's life is missed."""

    def __init__(self, every: float = 0.5) -> None:
        import threading

        self.peaks: dict[str, float] = {"link": 0.0, "worker": 0.0}
        self.steps: list[float] = []  # each link child's peak, in the order they ran
        self._seen: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every,), daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop sampling (the figures stay)."""
        self._stop.set()
        self._thread.join()

    def _run(self, every: float) -> None:
        import os

        me = os.getpid()
        while not self._stop.wait(every):
            for pid in _children_of(me):
                with contextlib.suppress(OSError, ValueError, IndexError):
                    kind = "link" if b"link_process" in Path(f"/proc/{pid}/cmdline").read_bytes() else "worker"
                    status = Path(f"/proc/{pid}/status").read_text()
                    peak = int(status.split("VmHWM:", 1)[1].split()[0]) / 1024
                    self.peaks[kind] = max(self.peaks[kind], peak)
                    if kind == "link":
                        if pid not in self._seen:
                            self.steps.append(0.0)
                        self._seen[pid] = peak
                        self.steps[-1] = max(self.steps[-1], peak)


def _children_of(pid: int) -> list[int]:
    """The process ids of ``pid``'s running children (Linux: /proc/PID/task/*/children), else none."""
    found: list[int] = []
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(OSError, ValueError):
                found += [int(child) for child in (task / "children").read_text().split()]
    return found


def anon_mb() -> float:
    """Anonymous resident memory now (Linux: ``RssAnon`` of /proc/self/status: the heaps, without the mapped files
    that the kernel drops and reads again as the machine's other processes need memory), else nan."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("RssAnon:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return float("nan")


def slope(blocks: list[dict[str, float]], key: str = "rss_mb") -> float:
    """The least-squares slope of ``key`` (resident memory) over ``blocks``, in MB per :data:`BLOCK` documents (0 for
    fewer than two blocks)."""
    if len(blocks) < 2:
        return 0.0
    xs = [b["documents"] / BLOCK for b in blocks]
    ys = [b[key] for b in blocks]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--json", help="also write the per-block figures to this file")
    parser.add_argument("--memory", help="DuckDB's memory limit while ingesting (default: the ingest_memory setting; "
                        "'none': DuckDB's own)")
    parser.add_argument("--no-trim", action="store_true",
                        help="leave glibc's heap as it is (large blocks not handed back, no trim after link steps)")
    args = parser.parse_args(argv)
    from bench_throughput import documents, write_jsonl
    from sitrep import api, heap

    if args.no_trim:
        heap.trim = heap.hand_back_large_blocks = lambda: False
    else:
        heap.hand_back_large_blocks()  # as `sitrep ingest` does before it loads the extractor

    with tempfile.TemporaryDirectory() as tmp:
        # Files of FILE_DOCUMENTS documents, as a feed or a crawl delivers them: one file of 100,000 would be over
        # the input size limit (the max_bytes setting, 20 MB) and refused whole.
        every = documents(args.documents, seed=23)
        corpus = [
            write_jsonl(Path(tmp) / f"corpus-{i // FILE_DOCUMENTS:03d}.jsonl", every[i : i + FILE_DOCUMENTS])
            for i in range(0, len(every), FILE_DOCUMENTS)
        ]
        api.default_extractor()
        blocks: list[dict[str, float]] = []
        state = {"n": 0, "cpu": cpu(), "wall": time.perf_counter()}

        def progress(step: int) -> None:
            state["n"] += step
            if state["n"] % BLOCK == 0:
                now, wall = cpu(), time.perf_counter()
                blocks.append(
                    {
                        "documents": state["n"],
                        "cpu": now - state["cpu"],
                        "wall": wall - state["wall"],
                        "rss_mb": rss_mb(),
                        "anon_mb": anon_mb(),
                        "child_rss_mb": child_rss_mb(),
                    }
                )
                state["cpu"], state["wall"] = now, wall

        peaks = ChildPeaks()
        started = time.perf_counter()
        try:
            report = api.ingest(corpus, db=Path(tmp) / "long.duckdb", on_progress=progress, memory=args.memory)
        finally:
            peaks.stop()
        elapsed = time.perf_counter() - started
    if not blocks:
        print(f"{report.line()}: fewer than {BLOCK:,} documents ingested, nothing to compare", file=sys.stderr)
        return 1
    first, last = blocks[0]["cpu"], blocks[-1]["cpu"]
    head = statistics.median(b["cpu"] for b in blocks[:3])
    tail = statistics.median(b["cpu"] for b in blocks[-3:])
    print(f"{report.line()}  ({elapsed:,.0f} s wall)")
    print(
        f"first {BLOCK:,} documents: {first:.2f} CPU s; last {BLOCK:,}: {last:.2f} CPU s; ratio {last / first:.2f} "
        f"(medians of 3 blocks: {head:.2f} → {tail:.2f}, ratio {tail / head:.2f}; target ≤ 1.10)"
    )
    tenth = max(1, len(blocks) // 10)
    print(
        "resident memory (MB) after each tenth: "
        + ", ".join(f"{b['documents'] // 1000}k {b['rss_mb']:.0f}" for b in blocks[tenth - 1 :: tenth])
    )
    half = blocks[len(blocks) // 2 :]
    print(
        f"peak resident memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB; "
        f"slope over the second half ({half[0]['documents'] // 1000}k–{half[-1]['documents'] // 1000}k): "
        f"{slope(half):+.1f} MB per {BLOCK:,} documents (target ≈ 0); anonymous memory (heaps, no mapped files) "
        f"{half[0]['anon_mb']:.0f} → {half[-1]['anon_mb']:.0f} MB, {slope(half, 'anon_mb'):+.1f} MB per {BLOCK:,}"
    )
    workers = [b["child_rss_mb"] for b in blocks if b["child_rss_mb"]]
    if workers:
        print(
            f"extraction worker (recycled, SITREP_INGEST_EXTRACT_RECYCLE): resident {workers[0]:.0f} MB at the first "
            f"block, {max(workers):.0f} MB at most, {workers[-1]:.0f} MB at the last (not in the figures above)"
        )
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    if child.ru_utime + child.ru_stime >= 0.5:  # (not a helper run for a moment, ldconfig by ctypes, say)
        steps = ", ".join(f"{peak:.0f}" for peak in peaks.steps)
        print(
            f"child processes (link steps{', extraction workers' if workers else ''}): their CPU "
            f"{child.ru_utime + child.ru_stime:.1f} s (counted in the blocks above; the ingesting process waits, at "
            f"its own resident size, while a link step runs); peak resident memory (VmHWM, sampled) of each link "
            f"step's child {steps or 'none seen'} MB, of the extraction workers {peaks.peaks['worker']:.0f} MB at "
            f"most (forked: their peak counts the pages shared with this process)"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(blocks), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
