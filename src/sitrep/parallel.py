"""Extraction in worker processes, with one writer: what ``sitrep ingest --workers N`` runs.

::

    documents (read here) ──► chunks ──► N worker processes: language check, extract, geocode, check
                                              │
    results, in input order ◄─────────────────┘ ──► the caller stores them (DuckDB has one writer: this process)

Reading stays in the calling process (it is a small share of the cost and keeps the failures in input order);
extraction, the expensive part, runs in a pool of processes. The extractor is loaded before the pool forks (on
Linux), so workers share it and start at once; elsewhere each worker loads it once. At most ``workers × 4``
chunks are in flight: memory stays bounded however many documents come.

Documents the store already holds are not extracted again (``known``, asked once per group of documents, not once
per document: a lookup costs the database a few milliseconds): re-running an ingest that was killed resumes where
it stopped. Documents not in English are passed on with no records (the extraction rules are
English; extraction for other languages is a later issue).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from sitrep.errors import ConfigError, SitrepError
from sitrep.extract import Extractor
from sitrep.model import Claim, Document, Event, Extraction, Failure

CHUNK = 16
"""Documents per task: large enough that pickling and scheduling are a small share, small enough to balance."""
LOOKUP = 64
"""Input items read ahead to ask the store, in one query, which of their documents it already holds."""
ENGLISH = "en"


@dataclass(frozen=True)
class Known:
    """A document the store already holds: counted as a duplicate, not extracted again."""

    document: Document


Result = Extraction | Failure | Known
KnownIds = Callable[[Sequence[str]], set[str]]
"""Given document ids, the ones the store already holds (:meth:`sitrep.store.Store.stored_ids`)."""


_chosen: Extractor | None = None
"""The extractor the caller chose (a model, another actors file); forked workers inherit it."""


def extract_one(document: Document, extractor: Extractor | None = None) -> Extraction | Failure:
    """Extract one document with ``extractor`` (else the one chosen for this run, else the process's default);
    a non-English one comes back without records."""
    from sitrep.api import default_extractor, extract

    if document.language != ENGLISH:
        return Extraction(document=document)
    try:
        return extract(document, extractor=extractor or _chosen or default_extractor())
    except SitrepError as error:
        return Failure(path=document.path or document.id, reason=str(error))


Found = tuple[list[Event], list[Claim]]
"""What a worker sends back for an extraction of the very document it was given: its records without the document,
which the caller still holds (see :func:`_compact`)."""


def _extract_chunk(documents: list[Document]) -> list[Extraction | Failure | Found]:
    return [_compact(document, extract_one(document)) for document in documents]


def _compact(document: Document, result: Extraction | Failure) -> Extraction | Failure | Found:
    """``result`` as sent back to the caller: the records alone when they were extracted from ``document`` itself.

    Every result crosses the process boundary pickled, twice the CPU of the copy (pickled here, unpickled there):
    the document went out to the worker already, and the caller keeps its own copy (equal to this one), so it is
    not sent back. An extraction whose document was changed (a publication date filled in) comes back whole.
    """
    if isinstance(result, Extraction) and result.document is document and result.model_fields_set == _ALL:
        return result.events, result.claims
    return result


_ALL = frozenset(Extraction.model_fields)


def _whole(document: Document, found: Extraction | Failure | Found) -> Extraction | Failure:
    """The result :func:`_compact` sent back, whole again: an extraction of the caller's own ``document``, with every
    field set, as the worker built it (its records were validated there; unpickled ones are not validated again)."""
    if not isinstance(found, tuple):
        return found
    return Extraction.model_construct(document=document, events=found[0], claims=found[1])


def _warm() -> None:
    from sitrep.api import default_extractor
    from sitrep.geo import Gazetteer

    if _chosen is None:
        default_extractor()
    Gazetteer.default()


def _start_worker() -> None:
    from sitrep.children import die_with_parent

    # A worker of an ingest killed without warning otherwise waited on its queue for ever, holding an extractor.
    die_with_parent(os.getppid())
    _warm()


def check_workers(workers: int) -> int:
    """``workers`` as given, or a ConfigError for a count below 1."""
    if not isinstance(workers, int) or workers < 1:
        raise ConfigError(f"--workers must be a whole number of processes, 1 or more, not {workers!r}")
    return workers


def extractions(items: Iterable[Document | Failure], *, workers: int = 1,
                known: KnownIds | None = None, extractor: Extractor | None = None,
                recycle: int = 0) -> Iterator[Result]:
    """Extract each document of ``items`` (in ``workers`` processes when more than one), in input order.

    Failures pass through as they are; a document whose id is among ``known(ids)`` comes back as :class:`Known`.
    ``extractor`` (default: the process's default one) is inherited by forked workers; spawned ones (platforms
    without fork) use their default extractor. ``recycle`` > 0 extracts in worker processes (one when ``workers``
    is 1) that are replaced by fresh ones every ``recycle`` documents: what extraction accumulates for the life of
    a process (spaCy's vocabulary of every new word read) leaves with each, and this process only writes. The
    documents given to one set of workers are all returned before the next set starts, so none is lost or
    extracted twice.
    """
    global _chosen
    check_workers(workers)
    marked = _mark_known(items, known)
    if workers == 1 and (recycle <= 0 or not _can_fork()):
        # Without fork a fresh worker would load the default extractor, not the one this process was given, and
        # take seconds to: one worker extracts in this process, as before recycling.
        for item in marked:
            yield item if isinstance(item, Failure | Known) else extract_one(item, extractor)
        return
    _chosen = extractor
    try:
        yield from _pooled(marked, workers=workers, recycle=max(recycle, 0))
    finally:
        _chosen = None


def _mark_known(items: Iterable[Document | Failure], known: KnownIds | None) -> Iterator[Document | Failure | Known]:
    """``items`` in order, the documents ``known`` names as stored wrapped in :class:`Known`; ``known`` is asked once
    per :data:`LOOKUP` items."""
    if known is None:
        yield from items
        return
    group: list[Document | Failure] = []

    def flush() -> Iterator[Document | Failure | Known]:
        ids = [item.id for item in group if isinstance(item, Document)]
        stored = known(ids) if ids else set()
        for item in group:
            yield Known(item) if isinstance(item, Document) and item.id in stored else item
        group.clear()

    for item in items:
        group.append(item)
        if len(group) >= LOOKUP:
            yield from flush()
    yield from flush()


def _can_fork() -> bool:
    """Whether workers can be forked from this process (POSIX), sharing its loaded extractor."""
    return "fork" in multiprocessing.get_all_start_methods() and os.name == "posix"


def _pooled(items: Iterable[Document | Failure | Known], *, workers: int, recycle: int = 0) -> Iterator[Result]:
    # fork shares the loaded extractor (hundreds of MB of tables) with every worker; spawn would load it N times.
    context = multiprocessing.get_context("fork" if _can_fork() else "spawn")
    if context.get_start_method() == "fork":
        _warm()
    remaining = iter(items)
    while True:
        # One pool per ``recycle`` documents (one pool for all without): a new pool forks fresh workers from this
        # process, whose extractor never extracted, so what the last workers accumulated is gone with them.
        finished = yield from _pool_run(remaining, context, workers=workers, recycle=recycle)
        if finished:
            return


def _pool_run(items: Iterator[Document | Failure | Known], context: multiprocessing.context.BaseContext, *,
              workers: int, recycle: int) -> Generator[Result, None, bool]:
    """Extract ``items`` in one pool of ``workers`` processes until they end (returns True) or, with ``recycle``,
    until ``recycle`` documents were handed to it (returns False): every result of the pool is yielded, in input
    order, before the pool shuts down."""
    # Each slot is either a finished item (Failure/Known) or a chunk with the future of its results; order is kept by
    # the queue.
    pending: deque[Result | tuple[list[Document], Future[list[Extraction | Failure | Found]]]] = deque()
    chunk: list[Document] = []
    given = 0
    finished = True
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker) as pool:

        def drain(limit: int) -> Iterator[Result]:
            while len(pending) > limit:
                head = pending.popleft()
                if isinstance(head, tuple):
                    documents, future = head
                    yield from map(_whole, documents, future.result())
                else:
                    yield head

        for item in items:
            if isinstance(item, Document):
                chunk.append(item)
                given += 1
                if len(chunk) >= CHUNK or given == recycle:
                    pending.append((chunk, pool.submit(_extract_chunk, chunk)))
                    chunk = []
            else:
                # A Failure or a known document waits behind the chunks before it, so the output keeps input order.
                if chunk:
                    pending.append((chunk, pool.submit(_extract_chunk, chunk)))
                    chunk = []
                pending.append(item)
            yield from drain(workers * 4)
            if given == recycle:
                finished = False
                break
        if chunk:
            pending.append((chunk, pool.submit(_extract_chunk, chunk)))
        yield from drain(0)
    return finished
