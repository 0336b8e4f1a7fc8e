"""Extraction scored against every coded file in ``../shared/data/``: one summary table, throughput and memory.

    .venv/bin/python benchmarks/bench_eval.py              # every row of every file (a few minutes)
    .venv/bin/python benchmarks/bench_eval.py --limit 500  # the first 500 rows of each file

Each file is scored by :func:`sitrep.evaluate.evaluate` exactly as ``sitrep eval FILE --schema S`` scores it (the
first extracted event against the coded row; no event is a miss on every field). ``event_location`` scores place
choice on its 496 hand-relabelled rows: whether the event's place name is the gold LOCATION span ("place"), and
that no place is given where the annotators marked none ("no place").

The data is third-party and is not in the repository (see ``../shared/data/README.md``); where it is absent the
benchmark says so and exits 0. Cells below the targets of issue 3 are marked ``*``.
"""

from __future__ import annotations

import argparse
import functools
import json
import resource
import sys
import time
from pathlib import Path

from sitrep import api
from sitrep.evaluate import EvalReport, evaluate, read_rows

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

# (folder, file pattern, schema), in table order; every matching file is scored.
SOURCES: tuple[tuple[str, str, str], ...] = (
    ("acled", "*.csv", "acled"),
    ("ucdp", "*.csv", "ucdp"),
    ("rand", "*.csv", "rand"),
    ("airwars", "*.jsonl", "airwars"),
    ("event_location", "*.jsonl", "event_location"),
)

# (column header, metric name or special key)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("event", "event_found"),
    ("type", "event_type"),
    ("sub", "sub_event_type"),
    ("actor1", "actor1"),
    ("actor2", "actor2"),
    ("fat=", "fatalities_exact"),
    ("fat±1", "fatalities_within_1"),
    ("notintext", "fatalities_not_in_text"),
    ("admin1", "admin1"),
    ("admin2", "admin2"),
    ("≤10km", "within_10km"),
    ("≤50km", "within_50km"),
    ("med km", "median_km"),
    ("date", "date_exact"),
    ("place", "location"),
    ("no place", "no_place"),
    ("docs/s", "docs_per_second"),
)

TARGETS: dict[str, dict[str, float]] = {
    "acled": {"event_type": 0.90, "sub_event_type": 0.80, "fatalities_exact": 0.85, "admin1": 0.90,
              "within_50km": 0.85, "date_exact": 0.95},
    "ucdp": {"admin1": 0.90},
}
"""Issue 3's targets: ACLED files, and admin-1 on UCDP Syria headlines. Throughput target: 200 documents/s."""
THROUGHPUT_TARGET = 200.0
MEMORY_TARGET_MB = 1536.0


def data_files(root: Path) -> list[tuple[Path, str]]:
    """Every coded file under ``root`` with the schema it is read in, in table order."""
    found: list[tuple[Path, str]] = []
    for folder, pattern, schema in SOURCES:
        found += [(path, schema) for path in sorted((root / folder).glob(pattern))]
    return found


def cell(report: EvalReport, key: str) -> str:
    """One table cell: a percentage, a number, or "—" when the file does not code the field."""
    if key == "median_km":
        value = report.median_km
        return "—" if value is None else f"{value:.0f}"
    if key == "docs_per_second":
        speed = report.docs_per_second
        return "—" if speed is None else f"{speed:.0f}" + ("*" if speed < THROUGHPUT_TARGET else "")
    rate = report.rate(key)
    if rate is None:
        return "—"
    target = TARGETS.get(report.schema, {}).get(key)
    return f"{rate:.0%}" + ("*" if target is not None and rate < target else "")


def short_name(path: Path, width: int = 28) -> str:
    """``folder/stem``, cut to ``width`` characters so the table fits a terminal."""
    name = f"{path.parent.name}/{path.stem}"
    return name if len(name) <= width else name[: width - 1] + "…"


def table(results: list[tuple[Path, EvalReport]]) -> str:
    """The summary: one row per file, one column per headline metric."""
    headers = ["file", "docs", *(header for header, _ in COLUMNS)]
    rows = [[short_name(path), str(report.documents), *(cell(report, key) for _, key in COLUMNS)]
            for path, report in results]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths,
                                                                                             strict=True))),
             "  ".join("-" * w for w in widths)]
    for row in rows:
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(row, widths, strict=True))))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="score only the first N rows per file")
    parser.add_argument("--data", type=Path, default=DATA, help=f"the coded data folder (default {DATA})")
    parser.add_argument("--json", type=Path, default=None, metavar="OUT", help="also write every report as JSON")
    args = parser.parse_args()
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be 1 or more")
    if not args.data.is_dir():
        print(f"SKIPPED: coded data not found at {args.data}. It is third-party data kept beside the repository "
              "(../shared/data/, see its README); pass --data DIR where you have it.", file=sys.stderr)
        return 0
    files = data_files(args.data)
    if not files:
        print(f"SKIPPED: no coded files under {args.data} (expected acled/, ucdp/, rand/, airwars/, "
              "event_location/).", file=sys.stderr)
        return 0

    started = time.perf_counter()
    extractor = api.default_extractor()
    load_s = time.perf_counter() - started
    extract_fn = functools.partial(api.extract, extractor=extractor)
    results: list[tuple[Path, EvalReport]] = []
    for path, schema in files:
        began = time.perf_counter()
        report = evaluate(read_rows(path, schema, args.limit), extract_fn, schema)
        results.append((path, report))
        print(f"  {path.parent.name}/{path.name}: {report.documents} rows in {time.perf_counter() - began:.1f} s",
              file=sys.stderr)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    documents = sum(r.documents for _, r in results)
    seconds = sum(r.extract_seconds for _, r in results)

    print(table(results))
    print()
    print(f"documents: {documents:,}   extraction: {seconds:.1f} s   "
          f"throughput: {documents / seconds if seconds else 0:,.0f} documents/s "
          f"(target {THROUGHPUT_TARGET:.0f})   pipeline load: {load_s:.1f} s   "
          f"peak memory: {peak_mb:,.0f} MB RSS (target < {MEMORY_TARGET_MB:,.0f})")
    print("* below issue 3's target. event = an event extracted; fat= / fat±1 = fatalities exact / within 1; "
          "notintext = share of rows whose coded fatalities (>0) the text never states (a property of the data); "
          "place = event's place name is the coded location; — = not coded in that file.")
    if args.json is not None:
        payload = {f"{p.parent.name}/{p.name}": r.to_dict() for p, r in results}
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
        print(f"full reports written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
