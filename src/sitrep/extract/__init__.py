"""Extraction: a Document in, events and aggregate claims out, every value tied to its span of text.

    >>> from sitrep.extract import Extractor
    >>> extraction = Extractor()(document)          # doctest: +SKIP

The pipeline (see :mod:`sitrep.extract.pipeline`) marks numbers, dates, actors, places, regions and tactics;
:mod:`sitrep.extract.claims` assembles aggregate claims from them. Place names come from the caller (the geo stage
supplies them through :func:`sitrep.api.default_extractor`), so this stage imports no later stage.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import math
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import sitrep.extract.spacy_import  # noqa: F401 (first: spaCy imported without its command-line package)

# isort: split
from spacy.language import Language

from sitrep.errors import ExtractionError
from sitrep.extract.claims import assemble_claims
from sitrep.extract.events import assemble_events
from sitrep.extract.pipeline import build_pipeline, run
from sitrep.extract.trace import rule_trace
from sitrep.model import Claim, Document, Event, Extraction
from sitrep.taxonomy import ActorTable

if TYPE_CHECKING:
    from sitrep.extract.learned import LearnedModel

__all__ = ["CACHE_EVERY", "RULES_VERSION", "SECTION_CHARS", "Extractor", "build_pipeline", "cache_bound_enabled",
           "sections"]

SECTION_CHARS = 20_000
"""Texts longer than this are extracted section by section. Some rules look across a whole document, so one
pass over 100,000 characters took 4 s and over 900,000 more than 3 minutes; sections of this size keep each pass
at a fraction of a second and the CPU time per character flat from 100,000 to 10,000,000 characters
(``benchmarks/bench_long_documents.py``). Sections end at paragraph breaks wherever a paragraph ends in the
section's last nine tenths (:func:`sections`). What remains: an incident whose report runs on over a paragraph
break that ends a section (its casualty figure in the next paragraph, say) is read as two events, or one without
the figure; a paragraph over 18,000 characters is cut at a line or sentence break."""

WARM_CHARS = 1_000_000
"""Characters an :class:`Extractor` made with ``zones=True`` reads before it extracts each document in a spaCy memory
zone (see :meth:`Extractor.memory_zone`). The words of these first documents (and how the tokenizer split them) are
kept for the process's life; every word met after them in no earlier document is forgotten when its document is
done. The warm-up is what keeps the zones cheap: spaCy does not remember a chunk's split inside a zone, so a
tokenizer that met its common words only in zones split every chunk the slow way (282 µs a 50-word document instead
of 10, a tenth of extraction's time).

Zones are off by default. Measured over a whole ingest (``benchmarks/bench_long_run.py --documents 100000``, default
extractor, link steps in child processes, quiet machine, one run each): with zones 468 s wall, 3.75 → 4.18 CPU s per
1,000 documents from the first blocks to the last (medians of 3; 1.11×, over the 10% target), resident memory
after each tenth 493 → 602 MB, +1.2 MB per 1,000 documents over the second half; without 380 s, 3.04 → 3.01
(0.99×), 485 → 600 MB, +1.5 MB per 1,000. The vocabulary they keep bounded is a small part of what grows, and the
words a zone forgets are split again the slow way in every later document that has them."""

CACHE_EVERY = 1_000
"""Documents between two trims of the tokenizer's cache (see :meth:`Extractor.trim_tokenizer_cache`)."""

_R = TypeVar("_R", Claim, Event)

RULES_VERSION = "sitrep-rules/34"
"""Name and version of the rule set, stored with every record it makes. Raise the number when a rule change
alters what the rules extract, so that ``sitrep reextract`` can tell which stored records an older rule set made."""


class Extractor:
    """A loaded pipeline that turns Documents into Extractions. Build once, call many times."""

    def __init__(self, *, actors: ActorTable | None = None, places: Mapping[str, str] | None = None,
                 model: LearnedModel | None = None, zones: bool = False,
                 bound_cache: bool | None = None) -> None:
        """``zones``: after :data:`WARM_CHARS` characters, read each document in a spaCy memory zone, so that
        spaCy's vocabulary stops growing with the number of documents (off by default: it costs CPU, see
        :data:`WARM_CHARS`). ``bound_cache``: keep the tokenizer's cache of splits to what the warm-up put there
        plus the last :data:`CACHE_EVERY` documents' (default: the ``tokenizer_cache_bound`` setting, on; see
        :meth:`trim_tokenizer_cache`)."""
        self.actors = actors or ActorTable.load()
        self.nlp: Language = build_pipeline(actors=self.actors, places=places)
        self.model = model
        # The name says which rules and, when one joined them, which learned model through which gate made a record.
        self.name = RULES_VERSION if model is None else f"{RULES_VERSION}+{model.decider}"
        self.warm_chars: float = WARM_CHARS if zones else math.inf
        """Characters to read outside memory zones first (:data:`WARM_CHARS`; ``math.inf``: never use zones)."""
        self._read_chars = 0
        self.bound_cache: bool = cache_bound_enabled() if bound_cache is None else bound_cache
        """Whether :meth:`trim_tokenizer_cache` runs every :data:`CACHE_EVERY` documents after the warm-up."""
        self._warm_counts: Counter[str] | None = Counter() if self.bound_cache else None
        self._warm_text: str | None = None
        """The warm-up's common chunks, split again after each trim (:meth:`trim_tokenizer_cache`)."""
        self._since_trim = 0

    def trim_tokenizer_cache(self) -> bool:
        """Empty the tokenizer's cache of splits and fill it again with the warm-up's common chunks; True when it
        was done (after the warm-up, outside a memory zone).

        spaCy's tokenizer remembers how it split every chunk of text it has met (a word with its punctuation), for
        the process's life: over a long ingest of documents that each bring new names and figures, that cache grew
        by ~0.8 MB per 1,000 documents (tracemalloc, generated documents; ``bench_long_run.py``), the largest
        growth in the extracting process. Its entries cannot be listed from Python, so the whole cache is emptied
        and the chunks met at least twice in the first :data:`WARM_CHARS` characters (the common words, which make
        most of the hits) are split again at once; the cache then holds those and what the documents since put
        there. A chunk dropped and met again is split again the same way (the cache only saves time; the tokens are
        the same), unlike a memory zone's forgotten words, which every later document split the slow way. The
        vocabulary (strings, lexemes) is left as it is.
        """
        tokenizer = self.nlp.tokenizer
        if self._warm_text is None or self.nlp.vocab.in_memory_zone or not hasattr(tokenizer, "_flush_cache"):
            return False
        tokenizer._flush_cache()
        tokenizer(self._warm_text)
        return True

    def _after_document(self, text: str) -> None:
        """Count a document done: its chunks counted during the warm-up, the cache trimmed every
        :data:`CACHE_EVERY` documents after it."""
        if not self.bound_cache:
            return
        if self._read_chars < WARM_CHARS:
            if self._warm_counts is not None:
                self._warm_counts.update(text.split())
            return
        if self._warm_counts is not None:
            self._warm_text = " ".join(chunk for chunk, n in self._warm_counts.items() if n > 1)
            self._warm_counts = None
            return
        self._since_trim += 1
        if self._since_trim >= CACHE_EVERY:
            self._since_trim = 0
            self.trim_tokenizer_cache()

    @contextlib.contextmanager
    def memory_zone(self) -> Iterator[None]:
        """A block whose new words spaCy forgets at its end: ``nlp.memory_zone()`` once the warm-up is done.

        spaCy keeps every string and vocabulary entry it meets for the process's life; over a long ingest (every
        document names a village, a person, a spelling not seen before) that grows without bound. Inside a zone
        the strings and lexemes first made there are freed when it ends (and the tokenizer remembers no split made
        there), so Docs and Spans made inside must not be used after it: :meth:`__call__` keeps each document's zone
        around its own spaCy objects and only records (plain strings, numbers, pydantic models) leave it.
        Everything the extractor keeps across documents (matcher labels, the actor and tactic phrases, the
        tokenizer's rules) is made when it loads, before any zone, and stays; its per-document caches live in the
        Doc's ``user_data``, and the module-level ones are keyed by plain strings. Before :attr:`warm_chars`
        characters have been read, and inside a zone already open (spaCy's zones do not nest), the block is an
        ordinary one.

        One zone per document rather than per batch: every caller (ingest and its workers, reextract, the watcher,
        the server) is bounded without doing anything. Per document a zone looked free in short runs (generated
        50-word documents: 2,450–2,470 µs each with a zone per document, 2,450–2,500 without), but over 100,000
        documents the words it forgot cost their slow split again and again (:data:`WARM_CHARS`): hence off by
        default.
        """
        vocab = self.nlp.vocab
        if self._read_chars < self.warm_chars or vocab.in_memory_zone:
            yield
            return
        with self.nlp.memory_zone():
            yield

    def __call__(self, document: Document) -> Extraction:
        """Extract the incidents and aggregate claims of one document.

        A text longer than :data:`SECTION_CHARS` is read section by section (cut at paragraph breaks), so that the
        time grows in step with the length and no text meets spaCy's one-million-character limit; every span still
        points into the whole text.
        """
        try:
            claims: list[Claim] = []
            events: list[Event] = []
            # Only records leave the zone: the Docs and Spans of this document die with it (see memory_zone).
            with self.memory_zone():
                for number, (start, section) in enumerate(sections(document.text)):
                    with _collector_held():
                        doc = run(self.nlp, section, document.published)
                        covered: set[int] = set()
                        found = (assemble_claims(doc, document.id, self.actors, covered, outlet=document.source),
                                 assemble_events(doc, document.id, self.actors, covered, outlet=document.source))
                        # The section's Doc and the Spans its ``user_data`` keeps refer to one another: emptied
                        # here, they are freed by their reference counts as the Doc goes, and the collector, back on
                        # after the block, finds no cycle of them to walk (42 collections per 300 sample documents
                        # walked ~37,000 such objects, ~4% of the time; now 2 collections find none).
                        doc.user_data.clear()
                        del doc
                    claims += [_shifted(c, start, number) for c in found[0]]
                    events += [_shifted(e, start, number) for e in found[1]]
                del found
            if not self.nlp.vocab.in_memory_zone:
                self._read_chars += len(document.text)
            self._after_document(document.text)
            if self.model is not None:
                events = self.model.apply(document.text, events)  # learned heads re-decide the rules' types
        except Exception as error:
            # One document that trips the extractor must not stop a batch of thousands: it is reported (with the
            # original error chained for debugging) and the caller goes on with the next.
            raise ExtractionError(f"extraction failed ({type(error).__name__}: {error}); please report this "
                                  "document", document_id=document.id) from error
        events = [e.model_copy(update={"extractor": self.name, "trace": {**rule_trace(e), **e.trace}})
                  for e in events]
        return Extraction(document=document, events=events,
                          claims=[c.model_copy(update={"extractor": self.name}) for c in claims])


@contextlib.contextmanager
def _collector_held() -> Iterator[None]:
    """A block that runs with Python's cyclic garbage collector off, switched on again after it (never where the
    caller had it off), so that it runs at most once for the block, after it.

    A section's Doc, its Spans and the views kept in its ``user_data`` refer to one another: every collection while
    they lived walked all of them again, several a document, ~1.5% of its instructions (callgrind, the sample
    corpus). Held off for one section at a time, memory stays bounded by a section (:data:`SECTION_CHARS`); the caller
    empties the Doc's ``user_data`` at the end of the block, so that the Doc and its Spans are freed without the
    collector (where a section fails first, at the next collection). The switch is the process's: another thread's
    cycles wait for the same collection.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def cache_bound_enabled(value: str | None = None) -> bool:
    """Whether extractors trim their tokenizer's cache (:meth:`Extractor.trim_tokenizer_cache`): ``value``, else
    the ``tokenizer_cache_bound`` setting. Raises ConfigError, naming where the value came from, for anything but
    on/off (true/false, yes/no, 1/0)."""
    from sitrep import settings

    return settings.switch("tokenizer_cache_bound", value, argument="bound_cache")


def sections(text: str, size: int | None = None) -> Iterator[tuple[int, str]]:
    """``(offset, section)`` pairs that cover ``text`` in order, each at most ``size`` (default
    :data:`SECTION_CHARS`) characters.

    A section ends at the last paragraph break it holds past its first tenth, so that a section is shorter rather
    than cut inside a paragraph; only a paragraph longer than that (no paragraph break in the window) is cut, at a
    line break, else a sentence end, else a space in the section's second half, else at ``size`` characters.
    """
    size = size or SECTION_CHARS
    start = 0
    while len(text) - start > size:
        cut = _cut(text, start, size)
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def _cut(text: str, start: int, size: int) -> int:
    """Where the section that begins at ``start`` ends (see :func:`sections`)."""
    paragraph = text.rfind("\n\n", start + size // 10, start + size)
    if paragraph >= 0:
        return paragraph + 2
    lo = start + size // 2
    for mark in ("\n", ". ", " "):
        found = text.rfind(mark, lo, start + size)
        if found >= 0:
            return found + len(mark)
    return start + size


def _shifted(record: _R, offset: int, section: int) -> _R:
    """``record`` as found in a section, its spans moved to offsets in the whole text and its id made unique
    to the section (ids number records within one pipeline run, which restarts for each section)."""
    if offset == 0 and section == 0:
        return record
    data = _shift_spans(record.model_dump(), offset)
    data["id"] = hashlib.sha256(f"{record.id}:section:{section}".encode()).hexdigest()[:16]
    return type(record).model_validate(data)


def _shift_spans(value: Any, offset: int) -> Any:
    if isinstance(value, dict):
        if set(value) == {"start", "end", "text"}:
            return {**value, "start": value["start"] + offset, "end": value["end"] + offset}
        return {key: _shift_spans(item, offset) for key, item in value.items()}
    if isinstance(value, list):
        return [_shift_spans(item, offset) for item in value]
    return value
