"""Extraction time against document length (issue 11): 100,000, 1,000,000 and 10,000,000 characters.

A long text is read section by section (``sitrep.extract.SECTION_CHARS``), so the time per character should stay
flat as the length grows. The text is paragraphs written for this benchmark, repeated with varied numbers and places.

    .venv/bin/python benchmarks/bench_long_documents.py            # 100k, 1M, 10M
    .venv/bin/python benchmarks/bench_long_documents.py 100000     # chosen lengths
"""

from __future__ import annotations

import resource
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
    # Wall-clock time on a shared machine grows with whatever else runs there (on the 2-core development machine
    # under a load of 6-10 it was 3-5 times the CPU time, and more so the longer the run); CPU time is what the
    # extraction itself costs, so "linear" is judged on CPU µs per character.
    print(f"{'characters':>12} {'wall s':>8} {'CPU s':>8} {'CPU µs/char':>12} {'peak RSS MB':>12} {'events':>7} "
          f"{'claims':>7}")
    for length in lengths:
        document = Document.from_text(text_of(length), published=date(2020, 10, 8))
        started, cpu = time.perf_counter(), time.process_time()
        extraction = extractor(document)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{length:>12,} {seconds:>8.1f} {cpu:>8.1f} {cpu / length * 1e6:>12.2f} {peak:>12,.0f} "
              f"{len(extraction.events):>7,} {len(extraction.claims):>7,}", flush=True)


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [100_000, 1_000_000, 10_000_000])
