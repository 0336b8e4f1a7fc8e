"""The targets of issues #8, #9 and #10 on the real-news development set, each beside its measured value.

    .venv/bin/python benchmarks/bench_news.py                        # ../shared/data/news, the default extractor
    .venv/bin/python benchmarks/bench_news.py --misses               # and what each file expected vs got
    .venv/bin/python benchmarks/bench_news.py --dir PATH --json out.json

The set (``../shared/data/news/``, 90 real pages with a hand-made reading) is a *development* set: rules are tuned
on it, so every number here is in-sample. The scoring rules are in :mod:`sitrep.evaluate.news` and
:mod:`sitrep.evaluate.news_match`. Where the set is absent the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from sitrep.evaluate.news import default_news_dir, evaluate_news, read_news
from sitrep.evaluate.news_report import NewsReport

LABEL = "development set (in-sample for tuning)"


def _floor(value: float | None, floor: float) -> tuple[str, bool | None]:
    return ("n/a", None) if value is None else (f"{value:.2f}", value >= floor)


def _zero(value: int) -> tuple[str, bool | None]:
    return str(value), value == 0


Target = tuple[str, str, str, Callable[[NewsReport], tuple[str, bool | None]]]

TARGETS: list[Target] = [
    ("#8", "incident precision", ">= 0.85", lambda r: _floor(r.precision, 0.85)),
    ("#8", "incident recall", ">= 0.90", lambda r: _floor(r.recall, 0.90)),
    ("#9", "status (matched incidents)", ">= 0.95", lambda r: _floor(r.fields["status"].rate, 0.95)),
    ("#9", "attribution: claimed_by vs claimant", ">= 0.95", lambda r: _floor(r.fields["attribution"].rate, 0.95)),
    ("#9", "actor1", ">= 0.90", lambda r: _floor(r.fields["actor1"].rate, 0.90)),
    ("#9", "killed where the text states a number", ">= 0.90", lambda r: _floor(r.fields["killed"].rate, 0.90)),
    ("#9", "'claimed' where nobody claimed", "0", lambda r: _zero(r.claimed_where_nobody_claimed)),
    ("#9", "same-incident pairs linked", "all", lambda r: (r.pairs.cell(), r.pairs.hits == r.pairs.total)),
    ("#9", "wrong merges", "0", lambda r: _zero(len(r.wrong_merges))),
    ("#10", "claims found", ">= 0.90", lambda r: _floor(r.claims_found_rate, 0.90)),
    ("#10", "figures with the right facet", ">= 0.85", lambda r: _floor(r.figures_facet_rate, 0.85)),
    ("#10", "claimant and status (found claims)", ">= 0.95", lambda r: _floor(r.claimant_and_status.rate, 0.95)),
    ("#10", "claims invented (texts with no gold claim)", "0", lambda r: _zero(r.claims_invented)),
]
"""(issue, what, target, how to read the measured value and whether it meets the target)."""


def targets_table(report: NewsReport) -> str:
    """One row per target: issue, what, target, measured, met."""
    rows = [("issue", "target", "goal", "measured", "met")]
    for issue, what, goal, measure in TARGETS:
        value, met = measure(report)
        rows.append((issue, what, goal, value, "-" if met is None else ("yes" if met else "NO")))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; 0 unless the set is malformed (missing is a skip, not a failure)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=None, help="the set's folder (default ../shared/data/news)")
    parser.add_argument("--misses", action="store_true", help="list per file what was expected and what came out")
    parser.add_argument("--full", action="store_true", help="also print every measurement, not only the targets")
    parser.add_argument("--json", type=Path, default=None, help="write the full report as JSON here")
    args = parser.parse_args(argv)
    folder = args.dir or default_news_dir()
    if not (folder / "gold.jsonl").exists():
        print(f"skipped: the real-news development set is not at {folder} (it lives in ../shared/data/news)")
        return 0
    report = evaluate_news(read_news(folder))
    print(f"Real-news targets, {LABEL}: {report.texts} texts from {folder}")
    print(targets_table(report))
    print(f"\n(events {report.extracted_events} for {report.gold_incidents} main+secondary gold incidents; "
          f"extraction {report.extract_seconds:.1f} s)")
    if args.full:
        print("\n" + report.table())
    if args.misses:
        print("\n" + report.misses())
    if args.json is not None:
        args.json.write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False, default=str) + "\n",
                             encoding="utf-8")
        print(f"\nfull report written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
