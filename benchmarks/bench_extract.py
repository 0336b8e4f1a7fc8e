"""Extraction throughput and peak memory on the sample corpus replicated to N documents (default 5,000).

    make bench                       # or: .venv/bin/python benchmarks/bench_extract.py --docs 5000

One process, one core. Each document is extracted, geocoded and checked exactly as ``sitrep ingest`` does it
(without the database write). Texts are the bundled sample corpus, each made unique by a suffix so that nothing
can be served from a cache; pairs of texts are joined to reach about 500 words per document, the size the target
is stated for (100 documents/s per core).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from sitrep import api
from sitrep.ingest import iter_documents
from sitrep.model import Document

ROOT = Path(__file__).resolve().parents[1]


def corpus_texts() -> list[str]:
    texts = [d.text for d in iter_documents([ROOT / "examples" / "corpus"]) if isinstance(d, Document)]
    joined = [texts[i] + "\n\n" + texts[(i + 1) % len(texts)] for i in range(len(texts))]
    return joined


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=5000, help="documents to extract (default 5000)")
    args = parser.parse_args()

    started = time.perf_counter()
    extractor = api.default_extractor()
    load_s = time.perf_counter() - started
    texts = corpus_texts()
    words = claims = 0
    started = time.perf_counter()
    for n in range(args.docs):
        text = f"{texts[n % len(texts)]}\n\nReport {n}."
        words += len(text.split())
        extraction = api.extract(Document.from_text(text, published=None), extractor=extractor)
        claims += len(extraction.claims)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [
        ("documents", f"{args.docs:,}"),
        ("mean words per document", f"{words / args.docs:,.0f}"),
        ("claims found", f"{claims:,}"),
        ("pipeline load (s)", f"{load_s:.2f}"),
        ("extraction time (s)", f"{elapsed:.2f}"),
        ("documents/s (one process)", f"{args.docs / elapsed:,.1f}"),
        ("500-word documents/s", f"{words / 500 / elapsed:,.1f}"),
        ("peak memory (MB, RSS)", f"{peak_mb:,.0f}"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"{'measure'.ljust(width)}  value")
    print(f"{'-' * width}  {'-' * 12}")
    for key, value in rows:
        print(f"{key.ljust(width)}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
