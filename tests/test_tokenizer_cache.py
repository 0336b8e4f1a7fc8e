"""spaCy's tokenizer cache stays bounded over a long run (#14): after its warm-up an extractor empties the cache every
:data:`~sitrep.extract.CACHE_EVERY` documents and splits the warm-up's common chunks again, and the records it gives
are the same as with the cache kept whole. Only the behaviour is tested; the memory it saves is measured by
benchmarks/bench_long_run.py."""

from __future__ import annotations

import importlib
import random
import string
from collections import Counter

import pytest

from sitrep import api
from sitrep.errors import ConfigError
from sitrep.extract import Extractor, cache_bound_enabled
from sitrep.ingest.readers import document_from_text
from sitrep.model import Document

extract_module = importlib.import_module("sitrep.extract")  # (the package also exports a function of that name)

REPORTS = [
    "Militiamen stormed a checkpoint outside {word} on Tuesday and shot dead {n} guards, a district official said.",
    "Shelling struck the outskirts of {word} overnight, killing {n} residents and injuring {m}, medics reported.",
    "A car bomb went off beside the {word} bus station on Friday; police said {n} people died and {m} were hurt.",
]


def _documents(count: int, *, seed: int) -> list[Document]:
    rng = random.Random(seed)
    return [
        document_from_text(
            REPORTS[i % len(REPORTS)].format(
                word="".join(rng.choice(string.ascii_lowercase) for _ in range(8)).title(),
                n=rng.randint(2, 30),
                m=rng.randint(2, 9),
            ),
            published=api.parse_date("2024-06-1" + str(i % 9 + 1)),
        )
        for i in range(count)
    ]


def _records(extractor: Extractor, documents: list[Document]) -> list[dict]:
    return [api.extract(d, extractor=extractor).model_dump(mode="json", exclude={"document"}) for d in documents]


@pytest.fixture
def fresh(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> Extractor:
    """The shared extractor with its warm-up started again and short: 600 characters, a trim every 5 documents."""
    monkeypatch.setattr(extract_module, "WARM_CHARS", 600)
    monkeypatch.setattr(extract_module, "CACHE_EVERY", 5)
    monkeypatch.setattr(extractor, "bound_cache", True)
    monkeypatch.setattr(extractor, "_read_chars", 0)
    monkeypatch.setattr(extractor, "_warm_counts", Counter())
    monkeypatch.setattr(extractor, "_warm_text", None)
    monkeypatch.setattr(extractor, "_since_trim", 0)
    return extractor


def test_the_cache_is_trimmed_every_few_documents_after_the_warm_up(
    fresh: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    trims: list[bool] = []
    real = Extractor.trim_tokenizer_cache
    monkeypatch.setattr(Extractor, "trim_tokenizer_cache", lambda self: trims.append(real(self)) or trims[-1])
    assert not fresh.trim_tokenizer_cache()  # during the warm-up there is nothing to keep yet: nothing is done
    _records(fresh, _documents(6, seed=1))  # ~100 characters each: the warm-up ends in the sixth
    assert trims == [False] and fresh._warm_text
    assert "checkpoint" in fresh._warm_text.split()  # a template's word, met twice: kept
    _records(fresh, _documents(11, seed=2))
    assert trims == [False, True, True]


def test_records_are_the_same_with_the_cache_trimmed(fresh: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = _documents(30, seed=3)
    trimmed = _records(fresh, documents)
    assert fresh._warm_text is not None
    monkeypatch.setattr(fresh, "bound_cache", False)
    assert _records(fresh, documents) == trimmed  # read again from a cache that kept every split
    fresh.trim_tokenizer_cache()
    assert _records(fresh, documents) == trimmed  # and again right after a trim


def test_off_keeps_every_split(fresh: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fresh, "bound_cache", False)
    monkeypatch.setattr(fresh, "_warm_counts", None)
    _records(fresh, _documents(20, seed=4))
    assert fresh._warm_text is None and not fresh.trim_tokenizer_cache()


@pytest.mark.parametrize(("raw", "expected"), [("on", True), ("OFF", False), ("no", False), ("1", True)])
def test_the_setting(raw: str, expected: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_TOKENIZER_CACHE_BOUND", raw)
    assert cache_bound_enabled() is expected
    assert cache_bound_enabled("on") is True  # an explicit value wins over the environment


def test_a_bad_setting_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_TOKENIZER_CACHE_BOUND", "sometimes")
    with pytest.raises(ConfigError, match="SITREP_TOKENIZER_CACHE_BOUND"):
        cache_bound_enabled()
