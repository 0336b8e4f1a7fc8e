"""Prove that a speed change left incremental linking's decisions unchanged on the 100,000-event bench store.

    .venv/bin/python benchmarks/check_linking_identical.py --dir /tmp/x --write /tmp/before.json    # old code
    .venv/bin/python benchmarks/check_linking_identical.py --dir /tmp/x --compare /tmp/before.json  # new code

The store is ``bench_throughput.py``'s: 100,000 synthetic events, each its own incident, their linking features
stored (built once in ``--dir`` and kept; give the same ``--dir`` to both runs). On a copy, two linking runs, as
two ingests would do them: the 1,000 new documents of ``bench_throughput.py``'s link section (ingested unlinked
once and kept in ``--dir``, so that both runs link the same events), then 1,500 more (seed 12) into the result,
where stored incidents now hold several reports. Written: every event's incident id after each run and each run's
summary line. ``--compare`` exits 1 and names the first differing events when anything differs (but the number of
candidate pairs compared, which is shown). The second batch
is extracted by the code being run: compare codes with the same extractor. A check, not a test.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def run(folder: Path) -> dict[str, Any]:
    """Both linking runs on a copy of the prepared store: incident ids and summary lines."""
    from bench_throughput import NEW_DOCUMENTS, big_store, documents, write_jsonl
    from sitrep import api
    from sitrep.analyze.linking import link_events
    from sitrep.store import Store

    prepared = folder / "check-linking-unlinked.duckdb"
    if not prepared.exists():
        partial = folder / "check-linking-unlinked.tmp.duckdb"
        partial.unlink(missing_ok=True)
        shutil.copy(big_store(folder), partial)
        api.ingest([write_jsonl(folder / "new.jsonl", documents(NEW_DOCUMENTS, seed=11))], db=partial, link=False)
        partial.rename(prepared)
    out: dict[str, Any] = {"lines": [], "incidents": []}
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        db = Path(tmp) / "check.duckdb"
        shutil.copy(prepared, db)
        second = write_jsonl(Path(tmp) / "second.jsonl", documents(1500, seed=12))
        for batch in (None, second):
            if batch is not None:
                api.ingest([batch], db=db, link=False)
            with Store(db) as store:
                out["lines"].append(link_events(store).line())
                out["incidents"].append(
                    {
                        row["id"]: row["incident_id"]
                        for row in store.query("SELECT id, incident_id FROM events ORDER BY id")
                    }
                )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, required=True, help="work folder (the bench store is built once here)")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write the decisions to this file")
    mode.add_argument("--compare", type=Path, help="compare the decisions with this file")
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    found = run(args.dir)
    for line in found["lines"]:
        print(line)
    if args.write:
        args.write.write_text(json.dumps(found), encoding="utf-8")
        return 0
    expected = json.loads(args.compare.read_text(encoding="utf-8"))
    same = True
    for step, (old, new) in enumerate(zip(expected["incidents"], found["incidents"], strict=True), start=1):
        differ = sorted(event for event in old.keys() | new.keys() if old.get(event) != new.get(event))
        if differ:
            same = False
            print(f"run {step}: {len(differ)} events differ, e.g. {differ[:5]}")
    # The count of candidate pairs is what a run compared, not what it decided: a change that skips pairs which
    # cannot link lowers it and is reported, not counted as a difference.
    pairs = re.compile(r", \d+ candidate pairs")
    if [pairs.sub("", line) for line in expected["lines"]] != [pairs.sub("", line) for line in found["lines"]]:
        same = False
        print(f"summary lines differ: {expected['lines']}")
    elif expected["lines"] != found["lines"]:
        before = [pairs.findall(line) for line in expected["lines"]]
        print(f"the same decisions; candidate pairs compared before: {before}")
    print("identical" if same else "DIFFERENT")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
