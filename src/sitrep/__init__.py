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

import sys
import types

__version__ = "0.1.0"

# Every name below is imported on first use (PEP 562), not with the package: ``import sitrep.cli`` must not pay for
# spaCy, DuckDB and matplotlib before a command has even been chosen.
_EXPORTS = {
    "check_claim": "sitrep.analyze.checks",
    "summarize": "sitrep.analyze.summary",
    "IngestReport": "sitrep.api", "default_extractor": "sitrep.api", "extract": "sitrep.api",
    "extract_files": "sitrep.api", "ingest": "sitrep.api",
    "ConfigError": "sitrep.errors", "ExtractionError": "sitrep.errors", "InputError": "sitrep.errors",
    "SitrepError": "sitrep.errors", "StoreError": "sitrep.errors",
    "Extractor": "sitrep.extract",
    "Check": "sitrep.model", "Claim": "sitrep.model", "Count": "sitrep.model", "Document": "sitrep.model",
    "Event": "sitrep.model", "Extraction": "sitrep.model", "Failure": "sitrep.model", "Figure": "sitrep.model",
    "Place": "sitrep.model", "Span": "sitrep.model",
    "Store": "sitrep.store",
    "Records": "sitrep.records", "to_pandas": "sitrep.records",
    "render": "sitrep.report",
}


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'sitrep' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # found once, then an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})


class _Package(types.ModuleType):
    """The package module: ``sitrep.extract`` and ``sitrep.ingest`` name the functions, never the subpackages of the
    same names.

    Importing a subpackage sets it as an attribute of its parent; with the exports loaded lazily that would happen
    after ``sitrep.extract`` had been asked for, and replace the function. The subpackages stay importable
    (``from sitrep.extract import Extractor``), as before.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name in _EXPORTS and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


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
