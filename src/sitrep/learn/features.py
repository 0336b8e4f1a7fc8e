"""What the rules say about each training text, computed once (it is the slow part: the whole rule pipeline).

For each text: the text the model will see at extraction (the sentences of the rules' first event, or the whole
text when the rules find none) and the rules' decisions as feature names (:func:`sitrep.extract.learned.rule_tokens`).
Work is spread over processes; results can be cached in a folder keyed by the texts' hash.
"""

from __future__ import annotations

import hashlib
import inspect
import multiprocessing
import os
import pickle
from collections.abc import Sequence
from pathlib import Path

from sitrep.extract import Extractor
from sitrep.extract.learned import _event_text, rule_tokens
from sitrep.ingest import document_from_text

__all__ = ["RuleView", "rule_views"]

RuleView = tuple[str, list[str], str | None, str | None]
"""(text the model sees, rule feature names, rules' event_type, rules' sub_event_type)."""

_extractor: Extractor | None = None
_MODEL_MODULES = ("learned.py", "embed.py")
"""Modules of ``sitrep.extract`` the rules' decisions do not depend on (the learned heads and their tokenizer)."""


def _init() -> None:
    global _extractor
    from sitrep import api  # the extractor the CLI uses: the gazetteer's place names and the alias table

    _extractor = api.default_extractor(model=False)  # the rules alone: their view is what the heads learn from


def _view(text: str) -> RuleView:
    assert _extractor is not None
    try:
        events = _extractor(document_from_text(text)).events
    except Exception:  # a text the rules trip on is, for training, a text where they found nothing
        events = []
    first = events[0] if events else None
    model_text = _event_text(text, first) if first is not None else text
    return model_text, rule_tokens(first), first.event_type if first else None, first.sub_event_type if first else None


def text_key(text: str) -> str:
    """The cache key of one text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _rules_fingerprint() -> str:
    """A digest of what the rules' decisions depend on: their version and their code and data files."""
    import importlib

    from sitrep import diskcache, taxonomy

    extract = importlib.import_module("sitrep.extract")  # (the name ``sitrep.extract`` is also an API function)
    package = Path(extract.__file__).parent
    # The model's own modules are not the rules: editing the heads must not throw the (slow) views away. What of
    # them the view reads (the feature names, the event's text) enters by its source instead.
    files = [
        *sorted(p for p in package.rglob("*.py") if p.name not in _MODEL_MODULES),
        Path(taxonomy.__file__),
        *sorted((package.parent / "data").glob("*.csv")),
    ]
    view_code = "".join(inspect.getsource(f) for f in (rule_tokens, _event_text, _view))
    return diskcache.fingerprint(extract.RULES_VERSION, view_code, files=files)


def rule_views(texts: Sequence[str], *, workers: int | None = None, cache: Path | None = None) -> list[RuleView]:
    """The rules' view of every text (in order), computed with ``workers`` processes.

    With ``cache`` (a folder), views are kept per text in a file there named by the rules' code (every module of
    ``sitrep.extract`` and the taxonomy and actor table they read), so a changed or extended training set only runs
    the rules over the texts not seen before, and a change to the rules never reuses the views of older ones."""
    known: dict[str, RuleView] = {}
    cached = cache / f"rules-{_rules_fingerprint()}.pkl" if cache is not None else None
    if cached is not None and cached.exists():
        with open(cached, "rb") as handle:
            known = pickle.load(handle)
    missing = list(dict.fromkeys(t for t in texts if text_key(t) not in known))
    if missing:
        workers = workers or min(2, os.cpu_count() or 1)
        if workers <= 1 or len(missing) < 200:
            _init()
            views = [_view(text) for text in missing]
        else:
            with multiprocessing.get_context("fork").Pool(workers, initializer=_init) as pool:
                views = pool.map(_view, missing, chunksize=256)
        known.update(zip((text_key(t) for t in missing), views, strict=True))
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            with open(cached, "wb") as handle:
                pickle.dump(known, handle)
    return [known[text_key(t)] for t in texts]
