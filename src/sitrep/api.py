"""The Python API: the whole job as plain functions. The CLI is a thin layer over these.

    >>> import sitrep
    >>> extraction = sitrep.extract("ISIS cells carried out 59 operations between July 30 and October 5 ...",
    ...                             published="2020-10-08")                     # doctest: +SKIP
    >>> report = sitrep.ingest(["reports/"], db="sitrep.duckdb")               # doctest: +SKIP
    >>> sitrep.summarize(sitrep.Store("sitrep.duckdb"), by=["admin1"])          # doctest: +SKIP

Stages run in one direction: ingest → extract → geo → analyze (checks) → store. This module is the only place
that composes them.
"""

from __future__ import annotations

import functools
import gc
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitrep import heap, settings
from sitrep.analyze.checks import with_checks
from sitrep.analyze.claims import check_series, link_repeats
from sitrep.analyze.linking import link_events
from sitrep.analyze.review import reapply
from sitrep.errors import ConfigError, ExtractionError, SitrepError
from sitrep.extract import Extractor, learned
from sitrep.extract.events import with_national_forces
from sitrep.geo import Gazetteer, geocode_claim, geocode_events
from sitrep.ingest import ColumnMapping, document_from_text, iter_documents
from sitrep.ingest.language import ENGLISH
from sitrep.model import Document, Extraction, Failure
from sitrep.store import Store
from sitrep.store.rows import Prepared, prepare
from sitrep.taxonomy import ActorTable


def _place_kinds(gazetteer: Gazetteer) -> dict[str, str]:
    """Each country or admin-1 name of the gazetteer → "country" | "admin1", for the extractor's place matcher.

    Deciding it takes ~13,000 gazetteer lookups (about 2 s, the largest part of ``sitrep extract``'s start-up), and
    the answer depends only on the gazetteer's tables and code: it is kept in the disk cache (:mod:`sitrep.diskcache`,
    ``$XDG_CACHE_HOME/sitrep``) under a name made from those tables (and the user's place files). A cache that cannot
    be read or written is simply not used.
    """
    import os

    from sitrep import diskcache
    from sitrep.geo import gazetteer as gazetteer_module
    from sitrep.geo.tables import default_directory

    sources = [Path(str(default_directory() / name)) for name in sorted(
        ("admin1.tsv", "countries.tsv", "curated_admin1.tsv", "curated_countries.tsv", "curated_places.tsv"))]
    chosen = settings.get("places") if "places" in settings.SETTINGS else None
    sources += [Path(p) for p in str(chosen or "").split(os.pathsep) if p]
    try:
        name = f"place-kinds-{diskcache.fingerprint(files=[*sources, Path(gazetteer_module.__file__)])}.json"
    except OSError:
        name = None  # a place file that cannot be read: the gazetteer will say so
    cached = diskcache.read(name) if name else None
    if isinstance(cached, dict):
        return cached
    kinds = {place: ("country" if gazetteer.country(place) else "admin1") for place in gazetteer.names()}
    if name:
        diskcache.write(name, kinds)
    return kinds


@functools.cache
def _cached_extractor(actors_file: str | None, model_file: str | None) -> Extractor:
    # Loading makes ~0.5 million long-lived objects and no garbage cycles worth collecting: with the collector off
    # meanwhile, it does not re-scan the growing heap again and again (a quarter of a second of each start).
    collecting = gc.isenabled()
    gc.disable()
    try:
        gazetteer = Gazetteer.default()
        places = _place_kinds(gazetteer)
        actors = ActorTable.load(actors_file) if actors_file else ActorTable.load()
        model = learned.LearnedModel.load(model_file) if model_file else None
        extractor = Extractor(actors=actors, places=places, model=model)
    finally:
        # The pipeline, gazetteer and alias tables, moved out of the collector's reach, are no longer re-scanned at
        # every collection of a long run (about +25% extraction throughput).
        gc.freeze()
        if collecting:
            gc.enable()
    return extractor


def default_extractor(actors_file: str | Path | None = None, *, model: str | Path | bool | None = None) -> Extractor:
    """The extractor with the shipped gazetteer's place names and the alias table (plus ``actors_file``, or the
    file named by ``SITREP_ACTORS``). Built once per process: loading takes about a second.

    ``model``: None (default: ``SITREP_MODEL``, else ``'default'``); ``'default'`` (or True) stacks the shipped
    learned model on the rules when the optional 'model' extra is installed, and otherwise runs the rules alone,
    saying so once on stderr; False (or 'none') runs the rules alone; a path stacks that model file (from
    ``sitrep train``) and needs the extra.

    The shipped model is on by default because its heads override the rules only above thresholds chosen on
    leave-one-country-out ACLED folds (:mod:`sitrep.extract.learned`): gated, it no longer costs event type on the
    real-news development set or sub-event type on the golden test set (README, "Learned components").
    """
    chosen = settings.get("actors", str(actors_file) if actors_file else None)
    if model is None:
        model = settings.get("model")
    return _cached_extractor(str(chosen) if chosen else None, _model_file(model))


def _model_file(model: str | Path | bool | None) -> str | None:
    if model is None or model is False or (isinstance(model, str) and model.lower() == "none"):
        return None
    if model is True or (isinstance(model, str) and model.lower() == "default"):
        if not learned.extra_installed():
            learned.notice_once(learned.EXTRA_MISSING)
            return None
        if not learned.DEFAULT_MODEL.exists():
            learned.notice_once(f"note: no model file at {learned.DEFAULT_MODEL}; the rules run alone")
            return None
        return str(learned.DEFAULT_MODEL)
    if not learned.extra_installed():
        raise ConfigError(f"--model {model}: the learned model needs the optional extra (pip install 'sitrep[model]')")
    if not Path(model).is_file():
        raise ConfigError(f"--model {model}: no such model file")
    return str(Path(model).resolve())


def parse_date(value: str | date | None, *, what: str = "date") -> date | None:
    """An ISO date from text; a clear ConfigError otherwise."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise ConfigError(f"{what} {value!r} is not an ISO date (YYYY-MM-DD)") from error


def extract(document: Document | str, *, published: str | date | None = None,
            extractor: Extractor | None = None, gazetteer: Gazetteer | None = None) -> Extraction:
    """Extract, geocode and check one document (or a text, cleaned of page furniture first).

    ``published`` fills the document's publication date when it has none; relative dates and periods are
    resolved against it. Claims come back with their figures' places resolved and their checks computed.
    """
    when = parse_date(published, what="published")
    if isinstance(document, str):
        document = document_from_text(document, published=when)
    elif document.published is None and when is not None:
        document = document.model_copy(update={"published": when})
    extractor = extractor or default_extractor()
    extraction = extractor(document)
    gazetteer = gazetteer or Gazetteer.default()
    claims = [with_checks(geocode_claim(claim, gazetteer)) for claim in extraction.claims]
    # The document's country and region (the one it names, if any) are the context of every event's places: each
    # event is geocoded on its own, then again inside the region when the document names one (see geocode_events).
    events, country, _region = geocode_events(extraction.events, gazetteer)
    events = [with_national_forces(event, extractor.actors, country=country) for event in events]
    return extraction.model_copy(update={"claims": claims, "events": events})


def extract_files(paths: Iterable[str | Path], *, published: str | date | None = None, format: str | None = None,
                  columns: ColumnMapping | None = None, max_bytes: int | None = None,
                  extractor: Extractor | None = None) -> Iterator[Extraction | Failure]:
    """Read files and folders and extract each document; bad inputs come back as Failures, in order.

    A document detected as not English comes back with no records, as ``sitrep ingest`` stores it: the rules are
    English, and reading another language with them would invent or miss everything silently.
    """
    when = parse_date(published, what="published")
    extractor = extractor or default_extractor()
    for item in iter_documents(paths, format=format, columns=columns, max_bytes=max_bytes, published=when):
        if isinstance(item, Failure):
            yield item
            continue
        if item.language != ENGLISH:
            yield Extraction(document=item)
            continue
        try:
            yield extract(item, extractor=extractor)
        except SitrepError as error:
            reason = error.reason if isinstance(error, ExtractionError) else str(error)
            yield Failure(path=item.path or f"document {item.id}", reason=reason)


@dataclass
class IngestReport:
    """What a batch did: how many documents were stored, already known, or failed, and why."""

    ingested: int = 0
    duplicate: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)
    claims: int = 0
    events: int = 0
    incidents: int = 0
    superseded: int = 0
    """Older versions from the same sources (file path or URL) that documents of this batch superseded."""
    reverted: int = 0
    """Texts of older versions read again (a file reverted): those versions are current again."""
    languages: Counter[str] = field(default_factory=Counter)
    """Documents stored but not extracted because they are not in English, by language code."""

    @property
    def ok(self) -> bool:
        """True when every input was read."""
        return self.failed == 0

    @property
    def not_english(self) -> int:
        """How many of the documents stored are not in English (stored, flagged, not extracted)."""
        return sum(self.languages.values())

    def line(self) -> str:
        """The one-line count the CLI prints at the end."""
        line = f"ingested {self.ingested}, duplicate {self.duplicate}, failed {self.failed}"
        if self.reverted:
            line += f", reverted {self.reverted}"
        if self.superseded:
            line += f", superseded {self.superseded}"
        if self.not_english:
            languages = ", ".join(f"{code} {n}" for code, n in sorted(self.languages.items()))
            line += f"; not English {self.not_english} ({languages}): stored, not extracted"
        return line


BATCH_DOCUMENTS = 200
"""At most this many documents are written in one transaction by :func:`ingest` (one ``fdatasync`` per batch
instead of per document: writing costs ~0.2 ms a document instead of ~7 ms)."""
BATCH_BYTES = 8_000_000
"""… and at most about this many characters of text, so a batch of long documents stays small in memory."""
LINK_EVERY = 10_000
"""A long :func:`ingest` links the events it has stored every this many new events, not only at its end: one link
step over a whole run's events held them all at once (1.8 GB at 100,000 documents, growing with the run); linked a
part at a time, each step costs what its part and the stored reports it meets cost, and memory stays bounded."""


def ingest(paths: Iterable[str | Path], *, db: str | Path | None = None, store: Store | None = None,
           published: str | date | None = None, format: str | None = None, columns: ColumnMapping | None = None,
           max_bytes: int | None = None, on_failure: Callable[[Failure], None] | None = None,
           link: bool = True, workers: int = 1, on_progress: Callable[[int], None] | None = None,
           extractor: Extractor | None = None, memory: str | None = None,
           link_process: str | None = None, recycle: int | None = None) -> IngestReport:
    """Read, extract, check and store every document under ``paths``, in batches of up to 200 documents.

    ``workers`` > 1 extracts in that many processes while this one writes (see :mod:`sitrep.parallel`).
    Documents already stored are not extracted again, so re-running an interrupted ingest resumes it; documents
    not in English are stored, flagged with their language and counted, but not extracted. ``on_progress(n)`` is
    called as each input item (document or failure) is read and extracted.

    Each batch is one transaction. The first batches are small (1, 2, 4 … documents), so a run killed early has
    stored what it did; a kill loses at most the batch being gathered, which the next run extracts again. Ctrl-C
    stores the documents already extracted before it stops.

    A bad file is counted and reported through ``on_failure`` (and in the report); the batch goes on. A document
    the store refuses (a value it cannot hold, a row the database rejects) is one failure named by its file (and
    line): when a batch write fails it is written again document by document, so only the bad one is left out. A
    document already in the store (same cleaned text) is counted as a duplicate and not written again, unless it is
    an older version of its source (a reverted file): that version becomes current again (``reverted``); the
    versions new ones retire are counted in ``superseded``. With ``link``, the new events are then linked to the
    incidents already stored (one incident, many reports).

    Memory stays bounded however many documents a run reads: DuckDB works under ``memory`` (the ``ingest_memory``
    setting, ``SITREP_INGEST_MEMORY``, default 512MB; ``"none"`` for DuckDB's own limit) while the run writes and
    links, the store's previous limit restored after; with glibc, large blocks go back to the system when freed, for
    the rest of the process, and so does the C heap a link step freed (:mod:`sitrep.heap`). The link steps made
    every :data:`LINK_EVERY` events, and the last step of a run that made one, run in a short-lived child process
    each (``link_process``: the ``ingest_link_process`` setting, ``SITREP_INGEST_LINK_PROCESS``, on by default; see
    :mod:`sitrep.analyze.link_process`) when the run opened the database file itself (``db``, not ``store``): the
    memory a step used leaves with the child. A step that fails there stops the run with one line
    (:class:`~sitrep.analyze.link_process.LinkProcessError`; when it was the last, after the run's claims are
    compared); what was stored stays, and its events are linked by the next run or ``sitrep link``. Extraction runs
    in a worker process replaced every ``recycle`` documents (the ``ingest_extract_recycle`` setting,
    ``SITREP_INGEST_EXTRACT_RECYCLE``, default 10,000; 0: in this process, or in the ``workers`` processes for the
    whole run), so that what it accumulates (spaCy's vocabulary) leaves with each worker (see
    :func:`sitrep.parallel.extractions`).
    """
    from sitrep.analyze import link_process as linker
    from sitrep.parallel import Known, check_workers, extractions
    from sitrep.store import database
    from sitrep.store.bulk import write_new

    check_workers(workers)
    every = _recycle(recycle)
    when = parse_date(published, what="published")
    heap.hand_back_large_blocks()  # before the extractor loads: its temporary tables would fragment the heap
    report = IngestReport()
    own_store = store is None
    apart = link and linker.enabled(link_process)  # a bad setting stops the run before it opens anything
    defer = apart and linker.checkpoints_in_child()
    target = store if store is not None else Store(db)
    # A step in a child process closes and opens the database again: only a file this run opened itself (a
    # caller's store may have readers on its connection; a database in memory would be lost).
    apart = apart and own_store and not database.is_memory(target.path)
    # The checkpoints go to the link steps' children with them (see database.defer_checkpoints).
    defer = defer and apart

    def fail(failure: Failure) -> None:
        report.failed += 1
        report.failures.append(failure)
        if on_failure is not None:
            on_failure(failure)

    def stored(prepared: Prepared, new: bool) -> None:
        if not new:
            report.duplicate += 1
            return
        report.ingested += 1
        report.claims += len(prepared.claims)
        report.events += len(prepared.events)
        if prepared.document.language != "en":
            report.languages[prepared.document.language] += 1

    def known(item: Known) -> None:
        # A known text is not extracted again, but may be an older version of its source read again (a reverted
        # file), which then becomes current.
        try:
            saved = target.save_version(item.document)
        except SitrepError as error:
            fail(Failure(path=item.document.path or f"document {item.document.id}", reason=f"not stored: {error}"))
            return
        report.superseded += len(saved.superseded)
        if saved.reverted:
            report.reverted += 1
        else:
            report.duplicate += 1

    def write(batch: list[Prepared], *, alone: bool = False) -> None:
        # The second half of the one write path, in this process whichever process prepared the rows (a worker,
        # or this one with recycling off): sitrep.store.rows.prepare checked and built them there.
        try:
            written = write_new(target, batch)
        except SitrepError as error:
            if alone:
                # The store refused this document: it is one failed input, named by its file (and line); nothing
                # of it was written.
                fail(_refusal(batch[0].document, error))
                return
            # One document the database refuses rolls the whole batch back: write them one by one, so the bad one
            # is reported with its file and the rest are stored.
            for prepared in batch:
                write([prepared], alone=True)
            return
        report.superseded += written.superseded
        fresh = written.stored
        for prepared in batch:
            new = prepared.document.id in fresh
            fresh.discard(prepared.document.id)  # a text repeated within the batch is stored once
            stored(prepared, new)

    @functools.cache
    def actors() -> ActorTable:
        # The shipped alias table, which linking and the claims' analyses read: loaded once for all of them (5 ms a
        # load, three loads a run).
        return ActorTable.load()

    def in_child() -> None:
        # A link step in a child process, on the file this process closes meanwhile; opened again after however
        # the step ends (a new DuckDB instance: the run's memory limit set on it again). LinkProcessError when the
        # child fails.
        try:
            with target.released():
                linker.link_in_child(target.path, memory=cap)
        finally:
            database.set_memory_limit(target._connection(), cap, path=target.path, what=named)

    batch: list[Prepared] = []
    size, limit = 0, 1
    linked_at, steps = 0, 0  # report.events when the run last linked its events, and how many times it did
    try:
        # The run's new documents are those stored after the last one stored before it (for the incidents count of
        # a parted run); a list of their ids grew with the run, 7 MB at 100,000 documents.
        before = int(target.query("SELECT coalesce(max(seq), 0) AS s FROM documents")[0]["s"])
        cap = settings.get("ingest_memory", memory)
        named = "memory" if memory is not None else settings.SETTINGS["ingest_memory"].env
        # (the store's own memory limit again when the block ends, for what its owner does next)
        with database.memory_limit(target._connection, cap, path=target.path, what=named):
            if defer:
                database.defer_checkpoints(target._connection(), True)
            items = iter_documents(paths, format=format, columns=columns, max_bytes=max_bytes, published=when)
            try:
                for item in extractions(items, workers=workers, known=target.stored_ids, extractor=extractor,
                                        recycle=every, prepare=_prepare):
                    if on_progress is not None:
                        on_progress(1)
                    if isinstance(item, Known):
                        known(item)
                        continue
                    if isinstance(item, Failure):  # unreadable, failed to extract, or refused by the store's checks
                        fail(item)
                        continue
                    assert isinstance(item, Prepared)
                    batch.append(item)
                    size += len(item.document.text)
                    if len(batch) >= limit or size >= BATCH_BYTES:
                        full, batch, size, limit = batch, [], 0, min(limit * 2, BATCH_DOCUMENTS)
                        write(full)
                        if link and report.events - linked_at >= LINK_EVERY:
                            linked_at, steps = report.events, steps + 1
                            if apart:
                                in_child()
                                if defer:
                                    database.defer_checkpoints(target._connection(), True)
                            else:
                                link_events(target, actors=actors())
                            # What the step freed, glibc keeps for later (resident memory stayed near each step's
                            # peak and crept up with the store): hand it back before the next thousands of documents.
                            heap.trim()
            except KeyboardInterrupt:
                # What was extracted before Ctrl-C is kept, as when every document was its own write (a Ctrl-C during a
                # write has emptied the batch first, so it is not written twice).
                if batch:
                    write(batch)
                raise
            if batch:
                write(batch)
            # A run that linked in parts links its last part in a child too: in this process, that step set the
            # run's peak (891 MB at 100,000 documents against 267-517 MB for each child step, bench_long_run.py),
            # since it adds what a step holds to what the ingesting process already holds. A shorter run links
            # here: its one step is no larger than a child's, and a child's start (an interpreter, the imports and
            # the gazetteer: ~1 CPU s) would be a short run's largest cost.
            last_apart = apart and steps > 0
            if defer and not last_apart:
                database.defer_checkpoints(target._connection(), False)  # the store's last checkpoint: its own
            failed: linker.LinkProcessError | None = None
            # Also after a run that stored nothing new: a killed run may have left its events unlinked.
            if link and (report.ingested or report.duplicate or report.reverted):
                if last_apart:
                    # (the child checkpoints as it closes; the store opened again after is DuckDB's own again)
                    try:
                        in_child()
                    except linker.LinkProcessError as error:
                        failed = error  # raised once the claims below are compared: they do not need the links
                else:
                    report.incidents = link_events(target, actors=actors()).incidents
                if steps and failed is None:
                    # Linked in parts: the incidents this run's events belong to, counted once across the parts.
                    report.incidents = int(target.query(
                        "SELECT count(DISTINCT incident_id) AS n FROM events WHERE document_id IN "
                        "(SELECT id FROM documents WHERE seq > ?) AND incident_id IS NOT NULL", [before])[0]["n"])
            # A reverted version's claims are current again as much as a new document's: both are compared.
            if report.ingested or report.reverted:
                try:
                    link_repeats(target, actors())  # the same claim relayed by several outlets: counted once
                    check_series(target, actors())  # a total that contradicts an earlier claim of the same series
                except SitrepError:
                    if failed is None:
                        raise
                    raise failed from None  # the link step failed first: its line is the one the run reports
            heap.trim()  # what the last link step freed, for a process that goes on (a watcher, a notebook)
            if failed is not None:
                # Everything stored stays, its claims compared: the events are linked by the next run, which
                # finds them unlinked even when every document is then a duplicate, or by `sitrep link`.
                raise failed
    finally:
        if own_store:
            target.close()
    return report


def _prepare(extraction: Extraction) -> Prepared | Failure:
    """The first half of an ingest's write, run where the document was extracted (see :mod:`sitrep.parallel`): the
    rows to store, checked (:func:`sitrep.store.rows.prepare`), or the Failure naming the document's file when the
    store would refuse a value of it. The records are the extractor's own, just made from this document: their ids
    hash its id, which spares the write a look-up of them in the store (``derived``)."""
    try:
        return prepare(extraction, derived=True)
    except SitrepError as error:
        return _refusal(extraction.document, error)


def _refusal(document: Document, error: SitrepError) -> Failure:
    """The one failed input a document the store refused is: named by its file (and line), the batch goes on."""
    return Failure(path=document.path or f"document {document.id}", reason=f"not stored: {error}")


def _recycle(value: int | None) -> int:
    """The documents an ingest's extraction worker handles before it is replaced: ``value`` if given, else the
    ``ingest_extract_recycle`` setting; ConfigError, naming where it came from, for a negative number."""
    every = settings.get("ingest_extract_recycle", value)
    if not isinstance(every, int) or every < 0:
        named = "recycle" if value is not None else settings.SETTINGS["ingest_extract_recycle"].env
        raise ConfigError(f"{named}={every!r}: give a number of documents, or 0 to extract in the ingesting process")
    return every


@dataclass
class ReextractReport:
    """What a re-extraction did: documents extracted again, skipped as already current, or failed."""

    extractor: str
    reextracted: int = 0
    current: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)
    events: int = 0
    claims: int = 0
    incidents: int = 0

    @property
    def ok(self) -> bool:
        """True when every chosen document was extracted again."""
        return self.failed == 0

    def line(self) -> str:
        """The one-line count the CLI prints at the end."""
        return (f"re-extracted {self.reextracted} with {self.extractor} ({self.events} events, {self.claims} claims), "
                f"already current {self.current}, failed {self.failed}")


def outdated_documents(store: Store, extractor_name: str) -> list[str]:
    """Ids of stored documents that ``extractor_name`` did not make the records of, in stored order.

    A document with no records at all is always among them: nothing says which extractor found nothing in it.
    """
    found = store.query(
        "SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id) "
        "AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.document_id = d.id) "
        "OR EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id AND e.extractor IS DISTINCT FROM ?) "
        "OR EXISTS (SELECT 1 FROM claims c WHERE c.document_id = d.id AND c.extractor IS DISTINCT FROM ?) "
        "ORDER BY d.seq", [extractor_name, extractor_name])
    return [row["id"] for row in found]


def reextract(*, db: str | Path | None = None, store: Store | None = None, extractor: Extractor | None = None,
              everything: bool = False, on_failure: Callable[[Failure], None] | None = None,
              link: bool = True) -> ReextractReport:
    """Run ``extractor`` (the default one when None) again over stored documents and replace their records.

    Only documents whose records another extractor (an older rule set, another model) made are read again, unless
    ``everything``. Each document is replaced in its own transaction: an interruption keeps every document finished
    before it, and a document that fails keeps its old records. New events are then linked (see
    :func:`sitrep.analyze.linking.link_events`); a person's ``sitrep unlink`` decisions are kept.
    """
    extractor = extractor or default_extractor()
    own_store = store is None
    target = store if store is not None else Store(db)
    report = ReextractReport(extractor=extractor.name)
    try:
        total = target.counts()["documents"]
        chosen = ([d.id for d in target.documents()] if everything
                  else outdated_documents(target, extractor.name))
        report.current = total - len(chosen)
        reextracted_ids: list[str] = []
        for document_id in chosen:
            document = target.document(document_id)
            if document is None:  # forgotten by another process meanwhile
                continue
            try:
                extraction = extract(document, extractor=extractor)
                target.replace_extraction(extraction)
            except SitrepError as error:
                failure = Failure(path=document.path or document.id, reason=str(error))
                report.failed += 1
                report.failures.append(failure)
                if on_failure is not None:
                    on_failure(failure)
                continue
            report.reextracted += 1
            reextracted_ids.append(document_id)
            report.events += len(extraction.events)
            report.claims += len(extraction.claims)
        if reextracted_ids:
            # A person's reviewed values, states and incident changes, read back onto the new records by span.
            reapply(target, reextracted_ids)
        if link and report.reextracted:
            report.incidents = link_events(target).incidents
        if report.reextracted:
            # The new claim rows carry no link to the claims they repeat and no series check until compared again.
            link_repeats(target)
            check_series(target)
    finally:
        if own_store:
            target.close()
    return report
