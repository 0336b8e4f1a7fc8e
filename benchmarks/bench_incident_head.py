"""Would a learned incident-detection head help? A veto head on the rules' events, leave-one-document-out on news.

    .venv/bin/python benchmarks/bench_incident_head.py            # ../shared/data/news (the development set)

For each event the rules extract from a page of ``../shared/data/news/``, the label is whether it matches a gold
incident (:func:`sitrep.evaluate.news_match.best_pairs`, as the news benchmark pairs them). A logistic regression
over what the rules decided (:func:`sitrep.extract.learned.rule_tokens`) and where the event sits (its position in
the page, the page's event count, whether it has a date, a place, its date precision) is trained on every other
page and drops an event of the held-out page when its probability of being an incident is below ``--tau`` (fixed
in advance, not tuned). No word of the text is a feature. Every number is out-of-sample (leave one document out);
the set is too small (about 20 rule events that are not incidents) to train a head worth shipping, so none ships.
"""

from __future__ import annotations

import argparse
import sys
import warnings

import numpy as np

from sitrep import api
from sitrep.evaluate.news import default_news_dir, document_for, read_news
from sitrep.evaluate.news_match import NewsMatcher, best_pairs
from sitrep.extract.learned import rule_tokens

Item = tuple[list[str], bool, bool]
"""(features, matches a gold incident, matches a counted one)."""


def items_of_pages() -> tuple[list[list[Item]], int]:
    """Per page, its rule events as items; and the number of counted gold incidents."""
    rules = api.default_extractor(model=False)
    matcher = NewsMatcher()
    pages: list[list[Item]] = []
    gold_total = 0
    for text in read_news(default_news_dir()):
        events = api.extract(document_for(text), extractor=rules).events
        golds = list(text.incidents)
        gold_total += sum(g.counted for g in golds)
        pairs = best_pairs(golds, events, matcher.incident_score, prefer=lambda g: 0 if g.counted else 1)
        matched = {j: golds[i].counted for i, j in pairs}
        pages.append(
            [
                (
                    [
                        *rule_tokens(e),
                        f"idx={min(j, 3)}",
                        f"n={min(len(events), 4)}",
                        f"date={'date' in e.spans}",
                        f"place={e.place is not None}",
                        f"prec={e.time_precision}",
                    ],
                    j in matched,
                    matched.get(j, False),
                )
                for j, e in enumerate(events)
            ]
        )
    return pages, gold_total


def main() -> int:
    """Print precision and recall of incidents with the rules alone and with the veto head (leave-one-out)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tau", type=float, nargs="+", default=[0.5])
    parser.add_argument("-C", type=float, default=1.0)
    args = parser.parse_args()
    if not (default_news_dir() / "gold.jsonl").exists():
        print("skipped: ../shared/data/news is not here")
        return 0
    from sklearn.linear_model import LogisticRegression

    pages, gold_total = items_of_pages()
    vocab = {name: i for i, name in enumerate(sorted({f for page in pages for feats, _, _ in page for f in feats}))}

    def matrix(items: list[Item]) -> np.ndarray:
        out = np.zeros((len(items), len(vocab)))
        for row, (feats, _, _) in enumerate(items):
            out[row, [vocab[f] for f in feats]] = 1.0
        return out

    every = [item for page in pages for item in page]
    print(
        f"rules alone: {len(every)} events, precision {sum(m for _, m, _ in every) / len(every):.3f}, "
        f"recall {sum(c for _, _, c in every) / gold_total:.3f} (matching as bench_news.py; out-of-sample for "
        "the head, in-sample for the rules, which were tuned on this set)"
    )
    probabilities: list[np.ndarray] = []
    for k, page in enumerate(pages):
        if not page:
            probabilities.append(np.zeros(0))
            continue
        train = [item for j, other in enumerate(pages) if j != k for item in other]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            head = LogisticRegression(C=args.C, max_iter=500).fit(matrix(train), [m for _, m, _ in train])
        probabilities.append(head.predict_proba(matrix(page))[:, 1])
    for tau in args.tau:
        kept = [
            item
            for page, p in zip(pages, probabilities, strict=True)
            for item, q in zip(page, p, strict=True)
            if q >= tau
        ]
        print(
            f"with the veto head at tau={tau}: {len(kept)} events, precision "
            f"{sum(m for _, m, _ in kept) / max(len(kept), 1):.3f}, "
            f"recall {sum(c for _, _, c in kept) / gold_total:.3f}"
            " (leave one document out)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
