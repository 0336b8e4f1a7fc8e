"""Extraction's cost per document by instruction count: the rules alone over the bundled sample corpus.

    .venv/bin/python benchmarks/bench_instructions.py --callgrind            # instructions per document (~10 min)
    .venv/bin/python benchmarks/bench_instructions.py --rounds 20 --profile  # cProfile's top functions by self time
    .venv/bin/python benchmarks/bench_instructions.py --rounds 20            # one timed run (CPU seconds)

Timed runs on a shared machine move by a quarter from one run to the next; an instruction count does not move with
the machine's load. ``--callgrind`` runs this script twice under ``valgrind --tool=callgrind``, over the sample
corpus (``examples/corpus``, 15 documents) repeated 2 and 22 times, and reports

    (instructions(22 rounds) - instructions(2 rounds)) / (20 * documents per round)

the instructions one more document costs, without start-up (imports, gazetteer, pipeline build) and without the
first documents' warm-up (caches, first calls). Each document is made unique by a suffix (``Report <n>.``), as in
``bench_model.py``, so that no cache keyed on the text answers for it; each is extracted, geocoded and checked as
``sitrep ingest`` does it (:func:`sitrep.api.extract`), with ``SITREP_MODEL=none`` (the rules alone).
Start-up reads the on-disk cache (:mod:`sitrep.diskcache`) from a folder of the run's own, filled by one run
before the measured ones. ``--keep DIR`` keeps the callgrind files (``callgrind_annotate DIR/callgrind.22.out``
lists functions by cost).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMALL, LARGE = 2, 22
"""The two run lengths, in rounds of the corpus, whose difference is measured."""


def corpus() -> list[str]:
    """The texts of the bundled sample corpus, in a fixed order."""
    from sitrep.ingest import iter_documents
    from sitrep.model import Document

    return [d.text for d in iter_documents([ROOT / "examples" / "corpus"]) if isinstance(d, Document)]


def run_rules(rounds: int) -> int:
    """Extract the corpus ``rounds`` times with the rules alone; the number of documents extracted."""
    from sitrep import api
    from sitrep.model import Document

    extractor = api.default_extractor(model=False)
    texts = corpus()
    n = 0
    for _round in range(rounds):
        for text in texts:
            api.extract(Document.from_text(f"{text}\n\nReport {n}.", published=None), extractor=extractor)
            n += 1
    return n


def _callgrind_total(path: Path) -> int:
    """The instruction count a callgrind output file's ``totals:`` (or ``summary:``) line gives."""
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.match(r"(?:totals|summary):\s+(\d+)", line)
        if match:
            return int(match.group(1))
    raise ValueError(f"no totals line in {path}")


def callgrind(keep: Path | None) -> int:
    """Run :func:`run_rules` under callgrind at :data:`SMALL` and :data:`LARGE` rounds; print instructions per
    document."""
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 2
    folder = keep or Path(tempfile.mkdtemp(prefix="sitrep-callgrind-"))
    folder.mkdir(parents=True, exist_ok=True)
    # A fixed hash seed (set order is steady) and a cache folder of its own, filled by a run before the measured ones:
    # the shared one (~/.cache/sitrep) may be rebuilt or pruned by other processes between the two runs, and a
    # start-up that rebuilds the gazetteer's tables costs billions of instructions more than one that reads them.
    env = {**os.environ, "SITREP_MODEL": "none", "PYTHONHASHSEED": "0", "XDG_CACHE_HOME": str(folder / "cache")}
    env.pop("SITREP_NO_CACHE", None)
    subprocess.run([sys.executable, __file__, "--rounds", "1"], env=env, check=True, stdout=subprocess.DEVNULL)
    totals: dict[int, int] = {}
    for rounds in (SMALL, LARGE):
        out = folder / f"callgrind.{rounds}.out"
        started = time.perf_counter()
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
                        "--rounds", str(rounds)], env=env, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        totals[rounds] = _callgrind_total(out)
        print(f"{rounds:>3} rounds: {totals[rounds]:,} instructions ({time.perf_counter() - started:.0f} s)")
    per_round = len(corpus())
    per_doc = (totals[LARGE] - totals[SMALL]) / ((LARGE - SMALL) * per_round)
    print(f"instructions per document (rules alone, sample corpus of {per_round}, start-up excluded): "
          f"{per_doc / 1e6:.2f} million")
    print(f"start-up and first round: {(totals[SMALL] - SMALL * per_round * per_doc) / 1e9:.2f} billion")
    if keep is None:
        shutil.rmtree(folder)
    return 0


def profile(rounds: int, top: int) -> None:
    """cProfile over ``rounds`` rounds after one round of warm-up; the ``top`` functions by self time."""
    import cProfile
    import pstats

    run_rules(1)
    profiler = cProfile.Profile()
    profiler.enable()
    run_rules(rounds)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=SMALL, help="times the corpus is extracted (default 2)")
    parser.add_argument("--callgrind", action="store_true", help="instructions per document by callgrind")
    parser.add_argument("--keep", type=Path, help="with --callgrind: keep the output files in this folder")
    parser.add_argument("--profile", action="store_true", help="cProfile's top functions by self time")
    parser.add_argument("--top", type=int, default=40, help="with --profile: functions listed (default 40)")
    args = parser.parse_args()
    os.environ["SITREP_MODEL"] = "none"
    if args.callgrind:
        return callgrind(args.keep)
    if args.profile:
        profile(args.rounds, args.top)
        return 0
    cpu = time.process_time()
    docs = run_rules(args.rounds)
    print(f"{docs} documents, {time.process_time() - cpu:.2f} CPU s (start-up included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
