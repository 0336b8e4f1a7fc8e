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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitrep import settings
from sitrep.analyze.checks import with_checks
from sitrep.analyze.linking import link_events
from sitrep.errors import ConfigError, SitrepError
from sitrep.extract import Extractor, learned
from sitrep.geo import Gazetteer, geocode_claim, geocode_event
from sitrep.ingest import ColumnMapping, document_from_text, iter_documents
from sitrep.model import Document, Extraction, Failure
from sitrep.store import Store
from sitrep.taxonomy import ActorTable


@functools.cache
def _cached_extractor(actors_file: str | None, model_file: str | None) -> Extractor:
    gazetteer = Gazetteer.default()
    places = {name: ("country" if gazetteer.country(name) else "admin1") for name in gazetteer.names()}
    actors = ActorTable.load(actors_file) if actors_file else ActorTable.load()
    model = learned.LearnedModel.load(model_file) if model_file else None
    return Extractor(actors=actors, places=places, model=model)


def default_extractor(actors_file: str | Path | None = None, *, model: str | Path | bool | None = None) -> Extractor:
    """The extractor with the shipped gazetteer's place names and the alias table (plus ``actors_file``, or the
    file named by ``SITREP_ACTORS``). Built once per process: loading takes about a second.

    ``model``: None (default: ``SITREP_MODEL``, else the shipped model) stacks the shipped learned model on the rules
    when the optional 'model' extra is installed, and otherwise runs the rules alone, saying so once on stderr;
    False (or 'none') runs the rules alone; a path stacks that model file (from ``sitrep train``) and needs the
    extra.
    """
    chosen = settings.get("actors", str(actors_file) if actors_file else None)
    if model is None:
        model = settings.get("model")
    return _cached_extractor(str(chosen) if chosen else None, _model_file(model))


def _model_file(model: str | Path | bool | None) -> str | None:
    if model is False or (isinstance(model, str) and model.lower() == "none"):
        return None
    if model is None or model is True:
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
    extraction = (extractor or default_extractor())(document)
    gazetteer = gazetteer or Gazetteer.default()
    claims = [with_checks(geocode_claim(claim, gazetteer)) for claim in extraction.claims]
    events = [geocode_event(event, gazetteer) for event in extraction.events]
    return extraction.model_copy(update={"claims": claims, "events": events})


def extract_files(paths: Iterable[str | Path], *, published: str | date | None = None, format: str | None = None,
                  columns: ColumnMapping | None = None, max_bytes: int | None = None,
                  extractor: Extractor | None = None) -> Iterator[Extraction | Failure]:
    """Read files and folders and extract each document; bad inputs come back as Failures, in order."""
    when = parse_date(published, what="published")
    extractor = extractor or default_extractor()
    for item in iter_documents(paths, format=format, columns=columns, max_bytes=max_bytes, published=when):
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield extract(item, extractor=extractor)
        except SitrepError as error:
            yield Failure(path=item.path or item.id, reason=str(error))


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

    @property
    def ok(self) -> bool:
        """True when every input was read."""
        return self.failed == 0

    def line(self) -> str:
        """The one-line count the CLI prints at the end."""
        return f"ingested {self.ingested}, duplicate {self.duplicate}, failed {self.failed}"


def ingest(paths: Iterable[str | Path], *, db: str | Path | None = None, store: Store | None = None,
           published: str | date | None = None, format: str | None = None, columns: ColumnMapping | None = None,
           max_bytes: int | None = None, on_failure: Callable[[Failure], None] | None = None,
           link: bool = True, extractor: Extractor | None = None) -> IngestReport:
    """Read, extract, check and store every document under ``paths``; one transaction per document.

    A bad file is counted and reported through ``on_failure`` (and in the report); the batch goes on. A document
    already in the store (same cleaned text) is counted as a duplicate and not written again. With ``link``, the
    new events are then linked to the incidents already stored (one incident, many reports).
    """
    report = IngestReport()
    own_store = store is None
    target = store if store is not None else Store(db)
    try:
        for item in extract_files(paths, published=published, format=format, columns=columns, max_bytes=max_bytes,
                                  extractor=extractor):
            if isinstance(item, Failure):
                report.failed += 1
                report.failures.append(item)
                if on_failure is not None:
                    on_failure(item)
                continue
            if target.save(item):
                report.ingested += 1
                report.claims += len(item.claims)
                report.events += len(item.events)
            else:
                report.duplicate += 1
        if link and report.ingested:
            report.incidents = link_events(target).incidents
    finally:
        if own_store:
            target.close()
    return report
