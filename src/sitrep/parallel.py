"""Extraction in worker processes, with one writer: what ``sitrep ingest --workers N`` runs.

::

    documents (read here) ──► chunks ──► N worker processes: language check, extract, geocode, check
                                              │                (and ``prepare``: the rows to write)
    results, in input order ◄─────────────────┘ ──► the caller stores them (DuckDB has one writer: this process)

Reading stays in the calling process (it is a small share of the cost and keeps the failures in input order);
extraction, the expensive part, runs in worker processes. The extractor is loaded before the workers fork (on
Linux), so workers share it and start at once; elsewhere each worker loads it once. Each worker is a plain
process with a pipe of its own: the calling process pickles a chunk of documents into it and reads the chunk's
results back, in order. (``concurrent.futures.ProcessPoolExecutor`` did the same with two threads of its own in
this process and a queue in between, which cost CPU for every chunk; see :func:`_pool_run`.) At most two chunks
per worker are in flight: memory stays bounded however many documents come.

``prepare``, when given, runs on each extraction where it was made (a worker, or this process) and its result is
sent back instead of the extraction: an ingest sends back the rows it will write (:func:`sitrep.store.rows.prepare`),
which cost a tenth of the records' CPU to pickle and unpickle, and are checked on the way.

Documents the store already holds are not extracted again (``known``, asked once per group of documents, not once
per document: a lookup costs the database a few milliseconds): re-running an ingest that was killed resumes where
it stopped. Documents not in English are passed on with no records (the extraction rules are
English; extraction for other languages is a later issue).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from sitrep.errors import ConfigError, ExtractionError, SitrepError
from sitrep.extract import Extractor
from sitrep.model import Claim, Document, Event, Extraction, Failure
from sitrep.store.rows import Prepared, Row

CHUNK = 16
"""Documents per task: large enough that pickling and scheduling are a small share, small enough to balance."""
LOOKUP = 256
"""Input items read ahead to ask the store, in one query, which of their documents it already holds. A query costs
1-3 ms of CPU whatever the number of ids (DuckDB's fixed cost per statement): 64 items a query was 0.04 ms per
document of a 2,000-document ingest, 256 a quarter of that."""
LOOKUP_BYTES = 8_000_000
"""… or fewer items, once their texts reach this many characters: the items read ahead are held in memory."""
ENGLISH = "en"
AHEAD_BYTES = 64 * 1024
"""A worker is sent its next chunk before it has sent back the last one only while the two, pickled, fit in this
many bytes: a pipe holds at least four times as much (Linux: 208 kB a socket), so the send never waits for the
worker, which may itself be waiting for this process to read its results. Larger chunks (long documents) go one at
a time, each once the worker has sent everything back."""


@dataclass(frozen=True)
class Known:
    """A document the store already holds: counted as a duplicate, not extracted again."""

    document: Document


Result = Extraction | Prepared | Failure | Known
KnownIds = Callable[[Sequence[str]], set[str]]
"""Given document ids, the ones the store already holds (:meth:`sitrep.store.Store.stored_ids`)."""
Prepare = Callable[[Extraction], Prepared | Failure]
"""Run on each extraction where it was made; its result is what comes back (an ingest's rows to write, or a
Failure for a document the store would refuse)."""


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


def _extract(document: Document, prepare: Prepare | None,
             extractor: Extractor | None = None) -> Extraction | Prepared | Failure:
    """:func:`extract_one`, then ``prepare`` on an extraction: what one document gives, wherever it is extracted."""
    result = extract_one(document, extractor)
    if prepare is not None and isinstance(result, Extraction):
        return prepare(result)
    return result


Found = tuple[list[Event], list[Claim]]
"""What a worker sends back for an extraction of the very document it was given: its records without the document,
which the caller still holds (see :func:`_compact`)."""
Rows = tuple[list[Row], list[Row], list[Row], list[Row], list[Row], bool]
"""… and for rows prepared from it: the rows and ``derived`` without the document."""


def _extract_chunk(documents: list[Document],
                   prepare: Prepare | None = None) -> list[Extraction | Prepared | Failure | Found | Rows]:
    return [_compact(document, _extract(document, prepare)) for document in documents]


def _compact(document: Document,
             result: Extraction | Prepared | Failure) -> Extraction | Prepared | Failure | Found | Rows:
    """``result`` as sent back to the caller: the records (or rows) alone when they were made from ``document``
    itself.

    Every result crosses the process boundary pickled, twice the CPU of the copy (pickled here, unpickled there):
    the document went out to the worker already, and the caller keeps its own copy (equal to this one), so it is
    not sent back. An extraction whose document was changed (a publication date filled in) comes back whole.
    """
    if isinstance(result, Prepared):
        if result.document is document:
            return result.claims, result.figures, result.checks, result.events, result.spans, result.derived
        return result
    if isinstance(result, Extraction) and result.document is document and result.model_fields_set == _ALL:
        return result.events, result.claims
    return result


_ALL = frozenset(Extraction.model_fields)


def _whole(document: Document,
           found: Extraction | Prepared | Failure | Found | Rows) -> Extraction | Prepared | Failure:
    """The result :func:`_compact` sent back, whole again, around the caller's own ``document``: an extraction with
    every field set, as the worker built it (its records were validated there; unpickled ones are not validated
    again), or the rows prepared from it."""
    if not isinstance(found, tuple):
        return found
    if len(found) == 2:
        return Extraction.model_construct(document=document, events=found[0], claims=found[1])
    claims, figures, checks, events, spans, derived = found  # type: ignore[misc]
    return Prepared(document, claims, figures, checks, events, spans, derived)


def _warm() -> None:
    from sitrep.api import default_extractor
    from sitrep.geo import Gazetteer

    if _chosen is None:
        default_extractor()
    Gazetteer.default()


def _start_worker() -> None:
    from sitrep.children import die_with_parent

    # A worker of an ingest killed without warning otherwise waited on its pipe for ever, holding an extractor.
    die_with_parent(os.getppid())
    # Ctrl-C reaches every process of the terminal's group: the ingesting process stores what it has and stops
    # its workers; a worker interrupted mid-chunk would only send back a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _warm()


def check_workers(workers: int) -> int:
    """``workers`` as given, or a ConfigError for a count below 1."""
    if not isinstance(workers, int) or workers < 1:
        raise ConfigError(f"--workers must be a whole number of processes, 1 or more, not {workers!r}")
    return workers


def extractions(items: Iterable[Document | Failure], *, workers: int = 1,
                known: KnownIds | None = None, extractor: Extractor | None = None,
                recycle: int = 0, prepare: Prepare | None = None) -> Iterator[Result]:
    """Extract each document of ``items`` (in ``workers`` processes when more than one), in input order.

    Failures pass through as they are; a document whose id is among ``known(ids)`` comes back as :class:`Known`.
    ``extractor`` (default: the process's default one) is inherited by forked workers; spawned ones (platforms
    without fork) use their default extractor. ``recycle`` > 0 extracts in worker processes (one when ``workers``
    is 1) that are replaced by fresh ones every ``recycle`` documents: what extraction accumulates for the life of
    a process (spaCy's vocabulary of every new word read) leaves with each, and this process only writes. The
    documents given to one set of workers are all returned before the next set starts, so none is lost or
    extracted twice. ``prepare`` (a module-level function, so that spawned workers find it) runs on each
    extraction where it was made, and what it returns comes back instead.
    """
    global _chosen
    check_workers(workers)
    marked = _mark_known(items, known)
    if workers == 1 and (recycle <= 0 or not _can_fork()):
        # Without fork a fresh worker would load the default extractor, not the one this process was given, and
        # take seconds to: one worker extracts in this process, as before recycling.
        for item in marked:
            yield item if isinstance(item, Failure | Known) else _extract(item, prepare, extractor)
        return
    _chosen = extractor
    try:
        yield from _pooled(marked, workers=workers, recycle=max(recycle, 0), prepare=prepare)
    finally:
        _chosen = None


def _mark_known(items: Iterable[Document | Failure], known: KnownIds | None) -> Iterator[Document | Failure | Known]:
    """``items`` in order, the documents ``known`` names as stored wrapped in :class:`Known`; ``known`` is asked once
    per :data:`LOOKUP` items (or :data:`LOOKUP_BYTES` characters of text)."""
    if known is None:
        yield from items
        return
    group: list[Document | Failure] = []
    size = 0

    def flush() -> Iterator[Document | Failure | Known]:
        nonlocal size
        ids = [item.id for item in group if isinstance(item, Document)]
        stored = known(ids) if ids else set()
        for item in group:
            yield Known(item) if isinstance(item, Document) and item.id in stored else item
        group.clear()
        size = 0

    for item in items:
        group.append(item)
        if isinstance(item, Document):
            size += len(item.text)
        if len(group) >= LOOKUP or size >= LOOKUP_BYTES:
            yield from flush()
    yield from flush()


def _can_fork() -> bool:
    """Whether workers can be forked from this process (POSIX), sharing its loaded extractor."""
    return "fork" in multiprocessing.get_all_start_methods() and os.name == "posix"


def _pooled(items: Iterable[Document | Failure | Known], *, workers: int, recycle: int = 0,
            prepare: Prepare | None = None) -> Iterator[Result]:
    # fork shares the loaded extractor (hundreds of MB of tables) with every worker; spawn would load it N times.
    context = multiprocessing.get_context("fork" if _can_fork() else "spawn")
    if context.get_start_method() == "fork":
        _warm()
    remaining = iter(items)
    while True:
        # One set of workers per ``recycle`` documents (one for all without): a new set forks fresh workers from
        # this process, whose extractor never extracted, so what the last workers accumulated is gone with them.
        finished = yield from _pool_run(remaining, context, workers=workers, recycle=recycle, prepare=prepare)
        if finished:
            return


def _serve(connection: Connection, prepare: Prepare | None, inherited: Sequence[Connection]) -> None:
    """A worker's life: extract each chunk of documents read from ``connection`` and send back its results (or the
    exception it raised), until the calling process closes its end.

    ``inherited``: the calling process's ends of the pipes, its own included, which a forked worker holds copies
    of. Each is closed here first: a pipe ends (EOF) only when every copy of the other end is closed, so a worker
    holding one would never see the calling process close it.
    """
    for other in inherited:
        other.close()
    _start_worker()
    while True:
        try:
            documents = pickle.loads(connection.recv_bytes())
        except (EOFError, OSError):
            return
        try:
            sent: tuple[bool, Any] = (True, _extract_chunk(documents, prepare))
        except Exception as error:  # a bug: the caller raises it, as the pool's future did
            sent = (False, error)
        try:
            payload = pickle.dumps(sent, pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # an exception that cannot be pickled: its words travel instead
            payload = pickle.dumps((False, ExtractionError(f"extraction worker: {error!r} ({sent[1]!r})")))
        try:
            connection.send_bytes(payload)
        except OSError:  # the caller is gone or stopped reading: nothing to send back to
            return


@dataclass
class _Worker:
    """One worker process and this process's end of its pipe, with the chunks it was sent and has not answered,
    oldest first."""

    process: multiprocessing.process.BaseProcess
    connection: Connection
    waiting: deque[_Chunk] = field(default_factory=deque)


@dataclass
class _Chunk:
    """Documents sent to a worker, and their results once read back (None until then)."""

    worker: _Worker
    documents: list[Document]
    size: int
    results: list[Extraction | Prepared | Failure] | None = None


def _start(context: multiprocessing.context.BaseContext, prepare: Prepare | None, others: list[_Worker]) -> _Worker:
    mine, theirs = context.Pipe(duplex=True)
    # (a spawned worker inherits no open files: nothing to close there)
    inherited = [mine, *(w.connection for w in others)] if context.get_start_method() == "fork" else []
    process = context.Process(target=_serve, args=(theirs, prepare, inherited),  # type: ignore[attr-defined]
                              daemon=True)
    process.start()
    theirs.close()
    return _Worker(process, mine)


def _receive(worker: _Worker) -> None:
    """Read the results of ``worker``'s oldest unanswered chunk into it (raising what the worker raised)."""
    chunk = worker.waiting.popleft()
    try:
        ok, found = pickle.loads(worker.connection.recv_bytes())
    except (EOFError, OSError) as error:
        worker.process.join(timeout=5)
        raise ExtractionError(f"the extraction worker (process {worker.process.pid}) ended without sending back "
                              f"its documents (exit code {worker.process.exitcode}); run the ingest again to go "
                              "on where it stopped") from error
    if not ok:
        raise found
    chunk.results = list(map(_whole, chunk.documents, found))


def _send(worker: _Worker, documents: list[Document]) -> _Chunk:
    """Send ``documents`` to ``worker`` once it can take them without this process waiting on it (see
    :data:`AHEAD_BYTES`), reading back its answers to earlier chunks as needed."""
    payload = pickle.dumps(documents, pickle.HIGHEST_PROTOCOL)
    while worker.waiting and (len(worker.waiting) > 1 or worker.waiting[0].size + len(payload) > AHEAD_BYTES):
        _receive(worker)
    worker.connection.send_bytes(payload)
    chunk = _Chunk(worker, documents, len(payload))
    worker.waiting.append(chunk)
    return chunk


def _stop(workers: list[_Worker], *, clean: bool) -> None:
    """End the workers: on a clean finish closing their pipes is the word to exit; otherwise (an exception, Ctrl-C,
    the caller stopped reading) they may be mid-chunk and are terminated."""
    for worker in workers:
        worker.connection.close()
        if not clean and worker.process.is_alive():
            worker.process.terminate()
    for worker in workers:
        worker.process.join(timeout=None if clean else 10)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()


def _pool_run(items: Iterator[Document | Failure | Known], context: multiprocessing.context.BaseContext, *,
              workers: int, recycle: int, prepare: Prepare | None = None) -> Generator[Result, None, bool]:
    """Extract ``items`` in one set of ``workers`` processes until they end (returns True) or, with ``recycle``,
    until ``recycle`` documents were handed to it (returns False): every result of the set is yielded, in input
    order, before its processes end.

    Chunks go to the workers in turn, each worker answers its own in order, so reading the answers in input order
    needs no scheduler; a worker holds at most two chunks, and this process sends and reads in its own thread (the
    pool's feeder and result threads cost CPU for every chunk, and the records it moved were unpickled in them).
    """
    pending: deque[Result | _Chunk] = deque()  # input order: finished items (Failure/Known) and chunks
    chunk: list[Document] = []
    given = 0
    finished = True
    started: list[_Worker] = []
    turn = 0
    clean = False

    def dispatch() -> None:
        nonlocal chunk, turn
        pending.append(_send(started[turn % workers], chunk))
        chunk, turn = [], turn + 1

    def drain(limit: int) -> Iterator[Result]:
        while len(pending) > limit:
            head = pending.popleft()
            if isinstance(head, _Chunk):
                if head.results is None:
                    _receive(head.worker)  # the head is the oldest chunk its worker has not answered
                assert head.results is not None
                yield from head.results
            else:
                yield head

    try:
        for _ in range(workers):
            started.append(_start(context, prepare, started))
        for item in items:
            if isinstance(item, Document):
                chunk.append(item)
                given += 1
                if len(chunk) >= CHUNK or given == recycle:
                    dispatch()
            else:
                # A Failure or a known document waits behind the chunks before it, so the output keeps input order.
                if chunk:
                    dispatch()
                pending.append(item)
            # Results are handed on once every worker has its next chunk: it extracts while the caller writes.
            yield from drain(workers * 2)
            if given == recycle:
                finished = False
                break
        if chunk:
            dispatch()
        yield from drain(0)
        clean = True
    finally:
        _stop(started, clean=clean)
    return finished
