"""The learned model's targets (issue 8): leave-one-country-out accuracy, throughput with and without it, load time,
peak memory.

    .venv/bin/python benchmarks/bench_model.py                 # throughput, load time, memory (about a minute)
    .venv/bin/python benchmarks/bench_model.py --cv            # + leave-one-country-out over ../shared/data's ACLED
    .venv/bin/python benchmarks/bench_model.py --cv-dev        # the same over the development countries instead

Throughput: the bundled sample corpus (each text made unique by a suffix), each document extracted, geocoded and
checked as ``sitrep ingest`` does it, one process; rules alone and rules + model on the same texts, in turn.
Load time: reading the model file and its tokenizer table (the rules' pipeline is loaded before and not counted).
Peak memory: the process's maximum RSS at the end (rules, gazetteer and model loaded; with --cv, the training too).
LOCO: see :mod:`sitrep.learn.cv` (held-out rows sampled per country; one training pool, capped per country, that
each fold uses without its held-out country; printed). The rules' views of the texts are cached in ``--cache``.
The 8 countries of ``--cv`` (4,500+ rows each) are the test set: choose head options and settings with ``--cv-dev``
(:func:`sitrep.learn.cv.dev_countries`: the next 8 countries by row count, Haiti to Ghana, held out in turn from
the same pool, ``--cv-test-rows`` rows each) and run ``--cv`` once on the final choice.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

from sitrep import api
from sitrep.extract import Extractor
from sitrep.extract.learned import DEFAULT_MODEL, LearnedModel
from sitrep.ingest import iter_documents
from sitrep.model import Document

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"event_type": 0.90, "sub_event_type": 0.85, "model docs/s": 150, "rules docs/s": 300, "load s": 2.0,
           "peak MB": 1536}


def corpus() -> list[str]:
    return [d.text for d in iter_documents([ROOT / "examples" / "corpus"]) if isinstance(d, Document)]


def throughput(extractor: Extractor, texts: list[str], docs: int, offset: int) -> tuple[float, float]:
    """Documents per wall-clock second and per CPU second of this process (the second is what one core delivers
    when other work shares the machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    for n in range(docs):
        text = f"{texts[n % len(texts)]}\n\nReport {offset + n}."
        api.extract(Document.from_text(text, published=None), extractor=extractor)
    return docs / (time.perf_counter() - wall), docs / (time.process_time() - cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000, help="documents per timing run (default 1000)")
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL, help="model file (default: the shipped one)")
    parser.add_argument("--cv", action="store_true", help="also run leave-one-country-out (minutes)")
    parser.add_argument("--cv-dev", action="store_true",
                        help="leave-one-country-out over the development countries, not the test ones (choose here)")
    parser.add_argument("--golden", action="store_true", help="also score the golden set, rules and rules + model")
    parser.add_argument("--cv-test-rows", type=int, default=200)
    parser.add_argument("--cv-train-rows", type=int, default=30000, help="the training pool (default 30000)")
    parser.add_argument("--cv-per-country", type=int, default=1000,
                        help="at most this many pool rows from one country (default 1000; 0: no cap)")
    parser.add_argument("--cv-min-rows", type=int, default=4500)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/sitrep-cv-cache"),
                        help="the rules' view of the training texts, cached (default /tmp/sitrep-cv-cache)")
    args = parser.parse_args()

    rules = api.default_extractor(model=False)
    started = time.perf_counter()
    model = LearnedModel.load(args.model)
    load_s = time.perf_counter() - started
    stacked = Extractor(actors=rules.actors, places=None, model=model)
    stacked.nlp = rules.nlp  # the same rule pipeline (with the gazetteer's place names): only the model differs
    texts = corpus()
    words = sum(len(t.split()) for t in texts) / len(texts)
    throughput(rules, texts, 50, 0)  # warm both
    throughput(stacked, texts, 50, 0)
    runs = {"rules": [], "model": []}
    for turn in range(4):  # alternating, so that a change in the machine's load hits both alike
        name, extractor = ("rules", rules) if turn % 2 == 0 else ("model", stacked)
        runs[name].append(throughput(extractor, texts, args.docs, (turn + 1) * args.docs))
    rules_wall, rules_rate = (sum(r[i] for r in runs["rules"]) / 2 for i in (0, 1))
    model_wall, model_rate = (sum(r[i] for r in runs["model"]) / 2 for i in (0, 1))
    rows = [("model", f"{model.source} ({args.model.name}, {args.model.stat().st_size / 1e3:.0f} kB; embeddings "
                      f"{model.embedder.name}, {model.embedder.dims} dims)", "", ""),
            ("trained on", model.trained_on[:90], "", ""),
            ("documents per CPU-second, rules + model", f"{model_rate:,.0f}", f">= {TARGETS['model docs/s']}",
             "ok" if model_rate >= TARGETS["model docs/s"] else "SHORT"),
            ("documents per CPU-second, rules alone", f"{rules_rate:,.0f}", f">= {TARGETS['rules docs/s']}",
             "ok" if rules_rate >= TARGETS["rules docs/s"] else "SHORT"),
            ("documents per wall-clock second, rules + model / alone", f"{model_wall:,.0f} / {rules_wall:,.0f}",
             "", "(load-dependent)"),
            ("model load (s)", f"{load_s:.2f}", f"< {TARGETS['load s']}", "ok" if load_s < TARGETS["load s"] else
             "SHORT")]
    if args.golden:
        sys.path.insert(0, str(ROOT / "tests"))
        import golden_events

        alone, both = golden_events.score(rules), golden_events.score(stacked)
        for name in ("event_type", "sub_event_type", "target_category", "event_count"):
            rows.append((f"golden set {name}: rules / rules + model", f"{alone[name]:.3f} / {both[name]:.3f}", "",
                         ""))
    if args.cv or args.cv_dev:
        from sitrep.learn.cli import ACLED_FILES, shared_data
        from sitrep.learn.cv import UNSEEN, dev_countries, leave_one_country_out
        from sitrep.learn.data import development_texts, read_training
        from sitrep.learn.prose import prose_gate

        data = shared_data()
        if data is None:
            print("../shared/data not found: leave-one-country-out skipped")
        else:
            files = [data / name for name in ACLED_FILES if (data / name).exists()]
            coded = [row for path in files for row in read_training(path, "acled")]
            folds: dict[str, object] = {"min_rows": args.cv_min_rows}
            if args.cv_dev:  # the development countries: every one of them, whatever its size
                folds = {"min_rows": 1, "only": dev_countries(coded, test_min_rows=args.cv_min_rows)}
            report = leave_one_country_out(coded, embedder=model.embedder, prose=prose_gate(args.cache),
                                           test_rows=args.cv_test_rows, train_rows=args.cv_train_rows,
                                           per_country=args.cv_per_country or None, cache=args.cache,
                                           development=development_texts(data), **folds)
            print(report.table())
            print()
            for name in ("event_type", "sub_event_type"):
                for system in ("rules", "stacked", "gated", "gated_extraction"):
                    value = report.mean(system, name) or 0.0
                    label = f"LOCO{' dev' if args.cv_dev else ''} {name}, {system} (out-of-sample)"
                    rows.append((label, f"{value:.3f}", f">= {TARGETS[name]}",
                                 "ok" if value >= TARGETS[name] else "SHORT"))
                for system in ("rules", "gated_extraction"):  # the rows the rules were never tuned on
                    value = report.mean(system + UNSEEN, name) or 0.0
                    rows.append((f"LOCO{' dev' if args.cv_dev else ''} {name}, {system}, rows outside the dev files",
                                 f"{value:.3f}", f">= {TARGETS[name]}", "ok" if value >= TARGETS[name] else "SHORT"))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(("peak memory (MB, RSS)", f"{peak_mb:,.0f}", f"< {TARGETS['peak MB']}",
                 "ok" if peak_mb < TARGETS["peak MB"] else "SHORT"))
    print(f"{args.docs} documents per timing run ({words:.0f} words on average), one process, two runs each, "
          f"alternating; load average at the end {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)}  {'value':>12}  {'target':>9}")
    for key, value, target, verdict in rows:
        print(f"{key.ljust(width)}  {value:>12}  {target:>9}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
