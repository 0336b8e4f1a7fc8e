"""sitrep: conflict reporting in, sourced and checked event data and claims out.

The public API::

    import sitrep
    extraction = sitrep.extract(text_or_document, published="2020-10-08")
    report = sitrep.ingest(["reports/"], db="sitrep.duckdb")
    with sitrep.Store("sitrep.duckdb", read_only=True) as store:
        rows = sitrep.summarize(store, by=["admin1"])
        frame = sitrep.to_pandas(store.events())      # needs pandas; sitrep.Records(...) displays in Jupyter
        sitrep.render(store, "week.png")
"""

from sitrep.analyze.checks import check_claim
from sitrep.analyze.summary import summarize
from sitrep.api import IngestReport, default_extractor, extract, extract_files, ingest
from sitrep.errors import ConfigError, ExtractionError, InputError, SitrepError, StoreError
from sitrep.extract import Extractor
from sitrep.model import Check, Claim, Count, Document, Event, Extraction, Failure, Figure, Place, Span
from sitrep.records import Records, to_pandas
from sitrep.store import Store

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # ``render`` draws with matplotlib, whose import costs half a second: load it only when it is asked for.
    if name == "render":
        from sitrep.report import render

        return render
    raise AttributeError(f"module 'sitrep' has no attribute {name!r}")


__all__ = [
    "Check",
    "Claim",
    "ConfigError",
    "Count",
    "Document",
    "Event",
    "Extraction",
    "ExtractionError",
    "Extractor",
    "Failure",
    "Figure",
    "IngestReport",
    "InputError",
    "Place",
    "Records",
    "SitrepError",
    "Span",
    "Store",
    "StoreError",
    "__version__",
    "check_claim",
    "default_extractor",
    "extract",
    "extract_files",
    "ingest",
    "render",
    "summarize",
    "to_pandas",
]
