"""Fit the heads of a :class:`~sitrep.extract.learned.LearnedModel` on coded rows (scikit-learn, the 'model' extra).

>>> rows = list(read_training("coded.csv", "acled"))                      # doctest: +SKIP
>>> model = train_model(rows, "acled", name="my-heads")                   # doctest: +SKIP
>>> model.save("my-heads.npz")                                            # doctest: +SKIP
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.errors import ConfigError
from sitrep.extract.embed import DEFAULT_EMBEDDER, StaticEmbedder
from sitrep.extract.learned import Head, LearnedModel, plain_text
from sitrep.learn.data import HEADS, TrainRow
from sitrep.learn.features import rule_views

__all__ = ["BAG_WEIGHTING", "fit_heads", "train_model"]

MIN_LABEL_ROWS = 3
"""A label seen fewer times is not learned (its rows still train the other labels of the head)."""
EMBEDDING_WEIGHT = 0.0
"""The shipped heads leave the static embedding out. Measured (trained on 8,000 rows from other countries, scored
on 800 from Kenya, Ukraine, Somalia and Haiti; event type / sub-type): rule features alone 0.818 / 0.724, + bag of
tokens 0.841 / 0.789, + embedding at weight 0.1 0.828 / 0.755, at 1.0 (without the bag) 0.728 / 0.641. The averaged
static vectors carry what is particular to the training countries and transfer worse than the words themselves."""
PRIOR_TAU = 0.25
"""Logit adjustment of every head (:func:`fit_heads`' ``prior_tau``): each label's bias lowered by 0.25 × the log of
its share of the training rows. Leave-one-country-out shifts the label mix (Bangladesh is half riots and protests,
Somalia mostly battles and bombs), and heads that lean a little less on the pool's mix transfer better. Measured on
the 8 folds of ``benchmarks/bench_model.py --cv`` (25,557-row pool, sitrep-rules/5; as extracted, gain over
tau 0, mean ± standard error over folds): tau 0.25 event type +0.6 ± 0.25 points, sub-type +0.8 ± 0.6; tau 0.5
+0.0 / +0.3; tau 1 (fully balanced) −0.3 / −0.9. Chosen for each fold on the other seven, 0.25 won every time.

Measured on the same folds and left off (as extracted, type / sub-type, change ± standard error): scikit-learn's
``class_weight="balanced"`` −0.2 ± 0.3 / −0.7 ± 0.4; ``sub_given_type`` −0.3 ± 0.1 / −0.6 ± 0.3; ``plain`` texts
+0.4 ± 0.1 / −0.5 ± 0.6; a pool of 2,000 rather than 1,000 rows per country (40,818 rows, on older rules) −0.4 ±
0.5 / +0.2 ± 0.7: more rows from the other countries no longer pay. The rules' roles as one-hot features (actor1 and
actor2 classes: generic labels or the alias table's kind and category, and their pair; every tactic; the trigger's
words; the detect step's cues; killed and wounded size bins; the attribution's level), 8 folds of 1,000 held-out
rows: +0.3 ± 0.2 / −0.2 ± 0.2 (on 200 held-out rows +0.8 ± 0.6 / +0.8 ± 0.8, mostly sampling noise): within noise.
A gate on the lead of the model's label over the rules' (top minus the rules' label's probability): −0.6 ± 0.1 /
−1.4 ± 1.2; separate type thresholds where the detect step found three or more cues and where fewer: 0.0 ± 0.2 /
−0.2 ± 0.7. Bag weighting: see :data:`BAG_WEIGHTING`.

On the development folds (``benchmarks/compare_heads.py --dev``: Haiti to Ghana, 8 × 1,000 held-out rows, never the
test countries; sitrep-rules/18, as extracted): ``C`` 0.5 −0.10 ± 0.08 / −0.05 ± 0.12, ``C`` 2.0 +0.15 ± 0.15 /
+0.08 ± 0.11: within noise, ``C`` stays 1.0; hashed word pairs (``bigram_buckets=8192``) −0.14 ± 0.13 / −0.06 ±
0.10: left off."""
BAG_WEIGHTING: str | None = "nb"
"""The shipped heads weigh each bag token by its NBSVM log-count ratio (Wang & Manning 2012; :func:`bag_weights`),
per head, before the bag is L2-normalised: a token that tells one label from the rest counts more than "the".
Measured with ``benchmarks/compare_heads.py`` (8 folds × 1,000 held-out rows, as extracted, type / sub-type, change
± standard error over folds) against the plain 0/1 bag: on sitrep-rules/11 +0.30 ± 0.11 / +0.28 ± 0.13, on
sitrep-rules/12 +0.24 ± 0.10 / +0.24 ± 0.20 (thresholds chosen unchanged, 0.6 / 1.01); on the prose development
set (``benchmarks/prose_dev.py``: 7,384 GTD and RAND rows, agreement with its crosswalk, paired over rows) +0.11 ±
0.09 / +0.07 ± 0.11 — no loss on prose — and on the news development set unchanged (matched 90 / 102, 82 / 102).
The frozen golden test set, measured only, lost one decision of 143 (0.902 / 0.874 → 0.895 / 0.867).

Measured and left off (the same folds and sets): idf weights (``"idf"``) +0.04 ± 0.06 / +0.22 ± 0.10 (/11); NB
ratios with hashed word pairs (``bigram_buckets=32768``) +0.30 ± 0.16 / +0.35 ± 0.10 (/11; type threshold chosen
0.7; a 2.9 MB file), prose +0.12 ± 0.08 / +0.16 ± 0.10 against the plain bag; NB ratios smoothed harder
(``bag_weights``' ``alpha`` 10 rather than 1: rare tokens weigh less) lost on prose, −0.16 ± 0.09 / −0.30 ± 0.11
against the plain bag."""
MAX_ITER = 300
"""L-BFGS iterations at most per head, for the shipped model and for every cross-validation fold alike, so the
folds measure the heads that ship. The shipped heads converge well before it (56 and 54 iterations on the
25,557-row pool at ``tol`` 1e-3); the folds used 100 until this constant."""
MIN_TOKEN_ROWS = 5
"""A rule feature seen in fewer training rows gets no column: too rare to weigh."""


def fit_heads(
    embeddings: np.ndarray,
    tokens: Sequence[Sequence[str]],
    labels: Sequence[dict[str, str]],
    schema: str,
    embedder: StaticEmbedder,
    *,
    name: str,
    version: int = 1,
    trained_on: str = "",
    use_rules: bool = True,
    C: float = 1.0,
    max_iter: int = MAX_ITER,
    bags: Sequence[np.ndarray] | None = None,
    embedding_weight: float = 1.0,
    texts: Sequence[str] | None = None,
    bigram_buckets: int = 0,
    crosses: bool = False,
    class_weight: str | None = None,
    sub_given_type: bool = False,
    plain: bool = False,
    prior_tau: float = PRIOR_TAU,
    bag_weighting: str | None = BAG_WEIGHTING,
) -> LearnedModel:
    """Heads for ``schema`` on precomputed embeddings and rule features (``use_rules=False``: embeddings only), and
    on bags of tokens when ``bags`` (each text's distinct token ids) is given. ``embedding_weight`` scales the
    standardised embedding (below 1: its weights are regularised harder; 0: no embedding). ``bigram_buckets``
    (with ``texts``, the texts the bags came from) adds hashed word pairs to the bag; ``crosses`` adds pairs of
    rule features; ``class_weight="balanced"`` weighs rare labels up (scikit-learn's meaning); ``sub_given_type``
    fits a sub-type head as p(sub-type | type), one softmax per type (a conditional :class:`Head`). ``plain``
    marks a model whose texts were read through :func:`~sitrep.extract.learned.plain_text` (the caller encodes
    them so; the model then does the same at extraction). ``prior_tau`` lowers each label's bias by ``prior_tau``
    × the log of its share of the training rows (logit adjustment): a held-out country's label mix is not the
    pool's, and a head that leans less on the pool's priors transfers better (see :data:`PRIOR_TAU`).
    ``bag_weighting`` (default :data:`BAG_WEIGHTING`; None: every present token counts 1) scales each bag token's
    column before the bag is L2-normalised: ``"nb"`` by its
    Naive-Bayes log-count ratio on the head's training rows (Wang & Manning 2012, NBSVM: the largest one-vs-rest
    ratio over the head's labels, so each head has its own weights), ``"idf"`` by its smoothed inverse document
    frequency over the training rows (the bag holds distinct tokens, so sublinear tf is 1 for every present
    token: presence × idf). The per-token weights are stored on each :class:`Head` (see :func:`bag_weights`)."""
    from scipy import sparse

    bigram_buckets = bigram_buckets if texts is not None and bags is not None else 0
    expand = LearnedModel.expand
    probe = LearnedModel(name, version, embedder, [], [], np.zeros(0), np.zeros(0), crosses=crosses)
    counts = Counter(t for names in tokens for t in set(expand(probe, names))) if use_rules else Counter()
    vocab = sorted(t for t, n in counts.items() if n >= MIN_TOKEN_ROWS)
    mean = embeddings.mean(axis=0)
    # A zero weight leaves the embedding columns constant (all zero): the heads then ignore it.
    scale = (
        (embeddings.std(axis=0) + 1e-6) / embedding_weight
        if embedding_weight > 0
        else np.full(embeddings.shape[1], np.inf, dtype=np.float32)
    )
    model = LearnedModel(
        name=name,
        version=version,
        embedder=embedder,
        heads=[],
        rule_vocab=vocab,
        mean=mean,
        scale=scale,
        trained_on=trained_on,
        meta={
            "schema": schema,
            "rows": len(labels),
            "use_rules": use_rules,
            "embedder_file": Path(str(embedder.meta.get("file", DEFAULT_EMBEDDER.name))).name,
        },
        bow=bags is not None,
        bigram_buckets=bigram_buckets,
        crosses=crosses,
        plain=plain,
    )
    if bag_weighting not in (None, "nb", "idf"):
        raise ConfigError(f"bag_weighting {bag_weighting!r}: expected 'nb', 'idf' or None")
    dense, bags = model.features_from(embeddings, tokens, bags, texts)
    width = embedder.vocab_size + bigram_buckets
    presence = _bag_matrix(bags, width, None) if bags is not None else None
    features: Any = dense
    if bags is not None:
        features = sparse.hstack([sparse.csr_matrix(dense), _bag_matrix(bags, width)], format="csr")
    idf = bag_weights(presence, None) if presence is not None and bag_weighting == "idf" else None
    for spec in HEADS[schema]:
        rows = [i for i, row in enumerate(labels) if spec.name in row]
        frequency = Counter(labels[i][spec.name] for i in rows)
        rows = [i for i in rows if frequency[labels[i][spec.name]] >= MIN_LABEL_ROWS]
        classes = sorted({labels[i][spec.name] for i in rows})
        if len(classes) < 2:
            continue  # nothing to choose between: no head
        parents: dict[str, str] = {}
        if spec.parent is not None:
            pairs = Counter((labels[i][spec.name], labels[i].get(spec.parent)) for i in rows)
            for (child, parent), _ in pairs.most_common():
                if parent and child not in parents:
                    parents[child] = parent
        y = np.array([classes.index(labels[i][spec.name]) for i in rows])
        bag_weight = idf
        head_features = features
        if presence is not None and bag_weighting == "nb":
            bag_weight = bag_weights(presence[rows], y)
        if bag_weight is not None:
            weighted = _bag_matrix(bags, width, bag_weight)
            head_features = sparse.hstack([sparse.csr_matrix(dense), weighted], format="csr")
        conditional = sub_given_type and spec.parent is not None
        if conditional:
            # One small softmax per parent, on that parent's rows only: each sub-type's column is trained against
            # its siblings alone, and Head.proba normalises within them (p(sub-type | type)).
            weights = np.zeros((features.shape[1], len(classes)), dtype=np.float32)
            bias = np.zeros(len(classes), dtype=np.float32)
            by_parent: dict[str, list[int]] = {}
            for k, i in enumerate(rows):
                by_parent.setdefault(parents.get(labels[i][spec.name], ""), []).append(k)
            for members in by_parent.values():
                group = np.array(members)
                local = sorted(set(y[group].tolist()))
                if len(local) < 2:
                    continue  # a parent with one child: that child has probability 1 within it
                w, b = _fit_linear(head_features[[rows[k] for k in members]], np.searchsorted(local, y[group]),
                                   len(local), C, max_iter, class_weight)
                weights[:, local], bias[local] = w, b
        else:
            weights, bias = _fit_linear(head_features[rows], y, len(classes), C, max_iter, class_weight)
        if prior_tau:
            counts = np.bincount(y, minlength=len(classes)) + 1.0
            bias = (bias - prior_tau * np.log(counts / counts.sum())).astype(np.float32)
        model.heads.append(
            Head(
                name=spec.name,
                field=spec.field,
                labels=classes,
                weights=weights,
                bias=bias,
                parents=parents,
                parent_head=spec.parent,
                conditional=conditional,
                bag_weight=bag_weight,
            )
        )
    if not model.heads:
        raise ConfigError(
            f"no head could be trained: every label column has fewer than two labels with {MIN_LABEL_ROWS}+ rows"
        )
    return model


def _bag_matrix(bags: Sequence[np.ndarray], width: int, weight: np.ndarray | bool | None = False) -> Any:
    """Rows × ``width`` sparse bag features: each text's tokens as an L2-normalised vector of their weights (1
    each when ``weight`` is False, as the shipped heads; ``None``: plain 0/1 presence, not normalised)."""
    from scipy import sparse

    indptr = np.cumsum([0, *(len(b) for b in bags)])
    ids = np.concatenate([np.asarray(b, dtype=np.int64) for b in bags]) if bags else np.zeros(0, np.int64)
    if weight is None:
        values = np.ones(ids.size)
    else:
        raw = np.ones(ids.size) if weight is False else np.asarray(weight, dtype=np.float64)[ids]
        row_of = np.repeat(np.arange(len(bags)), np.diff(indptr))
        norms = np.sqrt(np.bincount(row_of, weights=raw**2, minlength=len(bags)))
        values = raw / np.where(norms > 0, norms, 1.0)[row_of]
    return sparse.csr_matrix((values, ids, indptr), shape=(len(bags), width))


def bag_weights(presence: Any, y: np.ndarray | None, alpha: float = 1.0) -> np.ndarray:
    """Per-token weights of the bag from a rows × tokens 0/1 matrix: with labels ``y``, the NBSVM log-count ratio
    (Wang & Manning 2012) — for each label, log of the token's smoothed share among that label's rows over its
    share among the other rows — taken at its largest magnitude over the labels; without, the smoothed inverse
    document frequency log((1 + n) / (1 + df)) + 1. A token no training row has weighs 0: it has no column
    weight either, and counting it in a text's norm would shrink the tokens that do."""
    df = np.asarray(presence.sum(axis=0)).ravel()
    seen = df > 0
    if y is None:
        n = presence.shape[0]
        return np.where(seen, np.log((1 + n) / (1 + df)) + 1, 0.0).astype(np.float32)
    best = np.zeros(presence.shape[1])
    for label in np.unique(y):
        inside = np.asarray(presence[y == label].sum(axis=0)).ravel() + alpha
        outside = df - (inside - alpha) + alpha
        ratio = np.abs(np.log(inside / inside[seen].sum()) - np.log(outside / outside[seen].sum()))
        best = np.maximum(best, ratio)
    return np.where(seen, best, 0.0).astype(np.float32)


def _fit_linear(
    X: Any, y: np.ndarray, n_classes: int, C: float, max_iter: int, class_weight: str | None
) -> tuple[np.ndarray, np.ndarray]:
    """A multinomial logistic regression's (features × classes) weights and bias; a class no row has keeps 0."""
    from sklearn.linear_model import LogisticRegression

    classifier = LogisticRegression(C=C, max_iter=max_iter, tol=1e-3, class_weight=class_weight)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lbfgs stopping at max_iter is fine for a linear head
        # Only the columns some training row has: a column that is zero in every row keeps weight 0 under L2
        # anyway, and L-BFGS's cost grows with columns × labels (the bag has 30k token columns, a few
        # thousand of them used), so dropping them changes no weight and saves most of the time.
        active = np.flatnonzero(np.asarray((X != 0).sum(axis=0)).ravel())
        classifier.fit(X[:, active], y)
    weights = np.zeros((X.shape[1], n_classes), dtype=np.float32)
    bias = np.zeros(n_classes, dtype=np.float32)
    coef, intercept = classifier.coef_, classifier.intercept_
    if coef.shape[0] == 1:  # two labels: scikit-learn keeps one vector (for the second); softmax wants both
        coef, intercept = np.vstack([-coef / 2, coef / 2]), np.concatenate([-intercept / 2, intercept / 2])
    weights[np.ix_(active, classifier.classes_)] = coef.T
    bias[classifier.classes_] = intercept
    return weights, bias


def train_model(
    rows: Sequence[TrainRow],
    schema: str,
    *,
    name: str,
    version: int = 1,
    trained_on: str = "",
    embedder: StaticEmbedder | None = None,
    workers: int | None = None,
    cache: Path | None = None,
    C: float = 1.0,
    bow: bool = True,
    embedding_weight: float = EMBEDDING_WEIGHT,
    **options: Any,
) -> LearnedModel:
    """Run the rules over the rows, embed what the model will see, and fit the schema's heads (``options``: more
    keyword arguments of :func:`fit_heads`, e.g. ``bigram_buckets``, ``crosses``)."""
    if not rows:
        raise ConfigError("no training rows with text and a label")
    embedder = embedder or StaticEmbedder.load()
    views = rule_views([row.text for row in rows], workers=workers, cache=cache)
    if options.get("plain"):
        views = [(plain_text(view[0]), *view[1:]) for view in views]
    embeddings, bags = embedder.encode([view[0] for view in views])
    return fit_heads(
        embeddings,
        [view[1] for view in views],
        [row.labels for row in rows],
        schema,
        embedder,
        name=name,
        version=version,
        trained_on=trained_on,
        C=C,
        bags=bags if bow else None,
        embedding_weight=embedding_weight,
        texts=[view[0] for view in views],
        **options,
    )
