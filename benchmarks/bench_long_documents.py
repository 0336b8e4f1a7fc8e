"""Extraction time against document length (issue 11): 100,000, 1,000,000 and 10,000,000 characters.

A long text is read section by section (``sitrep.extract.SECTION_CHARS``), so the time per character should stay
flat as the length grows. The text is paragraphs written for this benchmark, repeated with varied numbers and places.

    .venv/bin/python benchmarks/bench_long_documents.py            # 100k, 1M, 10M
    .venv/bin/python benchmarks/bench_long_documents.py 100000     # chosen lengths
"""

from __future__ import annotations

import sys
import time
from datetime import date

from sitrep.api import default_extractor
from sitrep.model import Document

PARAGRAPHS = (
    "Gunmen killed {n} soldiers at a checkpoint near {place} on Monday, a security official said.",
    "The Islamic State said in its al-Naba newspaper that it carried out {m} operations in Iraq in the past 7 "
    "days, killing or wounding {k} members of the security forces.",
    "Residents of {place} said the market reopened after two days. Schools remain closed and aid convoys wait at "
    "the edge of the town for permission to enter.",
    "A roadside bomb wounded {n} civilians on the road between {place} and the provincial capital on Tuesday.",
)
PLACES = ("Baqubah", "Kirkuk", "Tikrit", "Ramadi", "Mosul", "Samarra")


def text_of(length: int) -> str:
    """About ``length`` characters of paragraphs."""
    parts: list[str] = []
    size = 0
    i = 0
    while size < length:
        paragraph = PARAGRAPHS[i % len(PARAGRAPHS)].format(n=2 + i % 9, m=20 + i % 50, k=30 + i % 70,
                                                           place=PLACES[i % len(PLACES)])
        parts.append(paragraph)
        size += len(paragraph) + 2
        i += 1
    return "\n\n".join(parts)[:length]


def main(lengths: list[int]) -> None:
    extractor = default_extractor()
    extractor(Document.from_text("Warm-up: 3 soldiers were killed in Kirkuk.", published=date(2020, 10, 8)))
    print(f"{'characters':>12} {'seconds':>9} {'µs/char':>8} {'events':>7} {'claims':>7}")
    for length in lengths:
        document = Document.from_text(text_of(length), published=date(2020, 10, 8))
        started = time.perf_counter()
        extraction = extractor(document)
        seconds = time.perf_counter() - started
        print(f"{length:>12,} {seconds:>9.1f} {seconds / length * 1e6:>8.2f} {len(extraction.events):>7,} "
              f"{len(extraction.claims):>7,}", flush=True)


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [100_000, 1_000_000, 10_000_000])
