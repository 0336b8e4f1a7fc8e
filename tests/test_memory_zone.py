"""spaCy's vocabulary stays bounded over a long run (#14): an extractor made with ``zones=True`` (off by default)
reads each document after its warm-up in a spaCy memory zone, so the words a document brings that no earlier one did
are forgotten when it is done, and the records it gives are the same as without zones. Only the behaviour is tested;
the memory it saves is measured by benchmarks/bench_long_run.py."""

from __future__ import annotations

import math
import random
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep import api
from sitrep.extract import WARM_CHARS, Extractor
from sitrep.ingest.readers import document_from_text
from sitrep.model import Document
from sitrep.store import Store

REPORTS = [
    "Gunmen from the {word} militia attacked a police post near Mosul on Monday, killing {n} officers and wounding "
    "{m} civilians, local officials said.",
    "An air strike hit a market in Aleppo on 3 March, killing {n} people, the Syrian Observatory for Human Rights "
    "said. Residents named the village as {word}.",
    "Al-Shabaab fighters ambushed an army convoy on the road to {word}, killing {n} soldiers. A roadside bomb "
    "wounded {m} more the next day.",
    "More than {n}00 civilians have been killed in the province this year, according to the United Nations. "
    "Among them were {m} children from {word}.",
]


def _word(rng: random.Random) -> str:
    """A made-up name no dictionary and no earlier document holds."""
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(9)).title()


def _documents(count: int, *, seed: int) -> list[Document]:
    rng = random.Random(seed)
    return [
        document_from_text(
            REPORTS[i % len(REPORTS)].format(word=_word(rng), n=rng.randint(2, 40), m=rng.randint(2, 9)),
            published=api.parse_date("2024-05-0" + str(i % 9 + 1)),
        )
        for i in range(count)
    ]


@pytest.fixture
def extractor() -> Iterator[Extractor]:
    """The process's extractor, its warm-up setting restored after the test."""
    shared = api.default_extractor()
    before = shared.warm_chars
    try:
        yield shared
    finally:
        shared.warm_chars = before


def _records(extractor: Extractor, documents: list[Document]) -> list[dict]:
    return [api.extract(d, extractor=extractor).model_dump(mode="json", exclude={"document"}) for d in documents]


def _lexemes(extractor: Extractor) -> int:
    # (``len(vocab)`` counts every lexeme ever made, forgotten ones too: count the ones it still holds)
    return sum(1 for _ in extractor.nlp.vocab)


def test_the_vocabulary_does_not_grow_across_batches_of_unseen_words(extractor: Extractor) -> None:
    extractor.warm_chars = 0
    _records(extractor, _documents(4, seed=1))  # the templates' own words, met once
    strings, lexemes = len(extractor.nlp.vocab.strings), _lexemes(extractor)
    for batch in range(3):
        _records(extractor, _documents(40, seed=100 + batch))
        assert len(extractor.nlp.vocab.strings) == strings
        assert _lexemes(extractor) == lexemes


def test_without_zones_every_unseen_word_is_kept(extractor: Extractor) -> None:
    # The baseline the test above is measured against: the same batches grow spaCy's vocabulary.
    extractor.warm_chars = math.inf
    _records(extractor, _documents(4, seed=2))
    strings = len(extractor.nlp.vocab.strings)
    _records(extractor, _documents(40, seed=200))
    assert len(extractor.nlp.vocab.strings) >= strings + 40


def test_the_warm_up_documents_are_read_outside_zones_and_their_words_kept(extractor: Extractor) -> None:
    extractor.warm_chars = extractor._read_chars + 1_000  # a few documents of warm-up left
    strings = len(extractor.nlp.vocab.strings)
    warm = _documents(12, seed=3)
    _records(extractor, warm)
    grown = len(extractor.nlp.vocab.strings)
    assert grown > strings  # the warm-up's new words stay …
    assert extractor._read_chars >= extractor.warm_chars
    _records(extractor, _documents(20, seed=300))
    assert len(extractor.nlp.vocab.strings) == grown  # … and after it, the new ones do not


def test_records_are_the_same_with_and_without_zones(extractor: Extractor) -> None:
    documents = _documents(24, seed=4)
    extractor.warm_chars = math.inf
    plain = _records(extractor, documents)
    extractor.warm_chars = 0
    zoned = _records(extractor, documents)
    # Read again after many zones: what the extractor made at load time (the actor and tactic phrases, the matchers'
    # labels, the tokenizer's rules) outlived them.
    _records(extractor, _documents(60, seed=400))
    again = _records(extractor, documents)
    assert any(r["events"] for r in plain) and any(r["claims"] for r in plain)
    assert zoned == plain
    assert again == plain


def test_a_zone_inside_a_zone_is_an_ordinary_block(extractor: Extractor) -> None:
    extractor.warm_chars = 0
    documents = _documents(4, seed=5)
    expected = _records(extractor, documents)
    with extractor.nlp.memory_zone():  # a caller's own zone: the extractor's does not open inside it
        inside = _records(extractor, documents)
    assert inside == expected


def test_ingest_stores_the_same_with_and_without_zones(extractor: Extractor, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, document in enumerate(_documents(30, seed=6)):
        (folder / f"{i:02d}.txt").write_text(document.text, encoding="utf-8")
    stored = []
    for warm, name in ((math.inf, "plain"), (0, "zoned")):
        extractor.warm_chars = warm
        db = tmp_path / f"{name}.duckdb"
        report = api.ingest([folder], db=db, published="2024-05-01", extractor=extractor)
        assert report.ok and report.ingested == 30
        with Store(db) as store:
            stored.append(
                (
                    store.query("SELECT * FROM events ORDER BY id"),
                    store.query("SELECT * FROM claims ORDER BY id"),
                )
            )
    assert stored[0][0] and stored[0][1]
    assert stored[0] == stored[1]


def test_an_extractor_reads_outside_memory_zones_unless_asked() -> None:
    # Zones cost CPU over a long run for little memory (measured in sitrep.extract.WARM_CHARS): off by default.
    assert Extractor().warm_chars == math.inf
    assert Extractor(zones=True).warm_chars == WARM_CHARS
