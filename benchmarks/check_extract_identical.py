"""Prove that a speed change left extraction's output unchanged: fingerprint a fixed corpus, then compare.

    .venv/bin/python benchmarks/check_extract_identical.py --write /tmp/before.jsonl     # on the old code
    .venv/bin/python benchmarks/check_extract_identical.py --compare /tmp/before.jsonl   # on the new code

The corpus is fixed and read in a fixed order: the event test and development sets, the attribution and claim sets, the
claim fixtures, the sample corpus in ``examples/``, ``--acled`` coders' notes from each file under
``../shared/data/acled`` (an error when it is missing; ``--acled 0`` leaves them out) and the generated documents of
``bench_throughput.py``. Every document is run through :func:`sitrep.api.extract` (extract, geocode, check), and its
events and claims are written as one JSON line, minus the one field that depends on the clock (``ingested_at``).
``--compare`` exits 1 and prints the first differing documents when any line differs. A check, not a test: it needs no
answer key and tunes nothing.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def corpus(acled: int) -> Iterator[tuple[str, str, date | None]]:
    """``(name, text, published)`` of every document of the fixed corpus, in a fixed order."""
    from bench_throughput import documents
    from sitrep.ingest import iter_documents
    from sitrep.model import Document

    fixtures = ROOT / "tests" / "fixtures"
    for path in sorted(
        [
            *fixtures.glob("events/**/*.jsonl"),
            *fixtures.glob("attribution/*.jsonl"),
            *fixtures.glob("claims_set/*.jsonl"),
        ]
    ):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                row = json.loads(line)
                when = row.get("published")
                yield f"{path.relative_to(ROOT)}:{n}", row["text"], date.fromisoformat(when) if when else None
    for path in sorted((fixtures / "claims").glob("*.txt")):
        yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"), date(2020, 1, 1)
    for item in iter_documents([ROOT / "examples" / "corpus"]):
        if isinstance(item, Document):
            # (named by file, not by absolute path: baselines written in one worktree compare in another)
            yield f"examples:{Path(str(item.path)).name}", item.text, item.published
    folder = ROOT.parent / "shared" / "data" / "acled"
    if acled and not folder.is_dir():
        # A silent skip compared 921 documents instead of 3,417 once; a baseline must not shrink unnoticed.
        sys.exit(f"{folder}: ACLED notes not found (pass --acled 0 to compare without them)")
    for path in sorted(folder.glob("*.csv")) if acled else []:
        with path.open(encoding="utf-8", newline="") as handle:
            for n, row in enumerate(csv.DictReader(handle)):
                if n >= acled:
                    break
                yield f"acled:{path.name}:{n}", row["notes"], None
    for n, row in enumerate(documents(400, seed=7)):
        yield f"generated:{n}", row["text"], date.fromisoformat(row["published"])


def fingerprint(text: str, published: date | None) -> str:
    """One JSON line: the events and claims :func:`sitrep.api.extract` makes of ``text``."""
    from sitrep import api
    from sitrep.model import Document

    extraction = api.extract(Document.from_text(text, published=published))
    data = extraction.model_dump(mode="json", exclude={"document": {"ingested_at"}})
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", help="write the fingerprints to this file")
    mode.add_argument("--compare", help="compare with fingerprints written earlier")
    parser.add_argument("--acled", type=int, default=1000, help="coders' notes read from each ACLED file")
    args = parser.parse_args(argv)
    lines = [f"{name}\t{fingerprint(text, published)}" for name, text, published in corpus(args.acled)]
    if args.write:
        Path(args.write).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} documents fingerprinted")
        return 0
    before = Path(args.compare).read_text(encoding="utf-8").splitlines()
    differ = [(a, b) for a, b in zip(before, lines, strict=False) if a != b]
    if len(before) != len(lines):
        print(f"document count differs: {len(before)} before, {len(lines)} now")
    for a, b in differ[:5]:
        print(f"- {a[:2000]}\n+ {b[:2000]}\n")
    print(f"{len(lines)} documents, {len(differ)} differ")
    return 1 if differ or len(before) != len(lines) else 0


if __name__ == "__main__":
    sys.exit(main())
