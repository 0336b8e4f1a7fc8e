"""Extraction holds Python's cyclic garbage collector off while it reads a section and hands it back as it found it
(#14): the collector is on again after every document, failed ones included, and a caller that switched it off
finds it off; a document's spaCy objects are freed without it. The instructions saved are measured by
benchmarks/bench_instructions.py."""

from __future__ import annotations

import gc
import importlib
import weakref
from collections.abc import Iterator

import pytest

from sitrep.errors import ExtractionError
from sitrep.extract import Extractor
from sitrep.extract.pipeline import run
from sitrep.model import Document

TEXT = "Gunmen attacked a police post near Mosul on Monday, killing two officers, local officials said."


@pytest.fixture
def collector_on() -> Iterator[None]:
    """The collector on for the test, and on or off after it as it was before."""
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_collector_is_on_after_each_document(extractor: Extractor, collector_on: None) -> None:
    seen = []
    for n in range(3):
        extraction = extractor(Document.from_text(f"{TEXT} Report {n}.", published=None))
        seen.append(gc.isenabled())
        assert extraction.events
    assert seen == [True, True, True]


def test_collector_left_off_where_the_caller_had_it_off(extractor: Extractor, collector_on: None) -> None:
    gc.disable()
    extractor(Document.from_text(TEXT, published=None))
    assert not gc.isenabled()


def test_collector_is_on_after_a_document_that_fails(extractor: Extractor, collector_on: None,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    extract_package = importlib.import_module("sitrep.extract")  # (the package: sitrep.extract is also a function)

    def broken(*_args: object, **_kwargs: object) -> list[object]:
        assert not gc.isenabled()  # (held off while the section is read)
        raise RuntimeError("a rule tripped")

    monkeypatch.setattr(extract_package, "assemble_events", broken)
    with pytest.raises(ExtractionError):
        extractor(Document.from_text(TEXT, published=None))
    assert gc.isenabled()


def test_a_documents_doc_is_freed_without_the_collector(extractor: Extractor, collector_on: None,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The section's Doc, with its Spans and views, is freed as soon as its records are made, by reference counts
    alone: a long run leaves the collector no cycles of spaCy objects to walk."""
    extract_package = importlib.import_module("sitrep.extract")
    made: list[weakref.ref[object]] = []

    def watched(*args: object, **kwargs: object) -> object:
        doc = run(*args, **kwargs)
        made.append(weakref.ref(doc))
        return doc

    monkeypatch.setattr(extract_package, "run", watched)
    gc.disable()
    extraction = extractor(Document.from_text(TEXT, published=None))
    assert extraction.events  # (the marks and views were made and read)
    assert len(made) == 1
    assert made[0]() is None
