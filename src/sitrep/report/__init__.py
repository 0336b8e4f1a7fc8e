"""The report stage: infographics, maps, the HTML situation report and exports, all from a Store.

::

    from sitrep import Store
    from sitrep.report import EventFilter, render, export_events, export_claims

    with Store("sitrep.duckdb", read_only=True) as store:
        week = EventFilter(country="SY", since="2024-03-01", until="2024-03-07")
        render(store, "week.png", week)                            # period infographic (png, svg, pdf)
        render(store, "week.html", week)                           # self-contained situation report
        render(store, "claim.svg", EventFilter(claim_id="bf35…"))  # one claim's infographic
        export_events(store, "acled-csv", "week.csv", week)        # csv, acled-csv, json, jsonl, geojson, parquet
        export_claims(store, "json", sys.stdout)                   # csv, json, jsonl, parquet

Modules: :mod:`~sitrep.report.filters` (what is selected), :mod:`~sitrep.report.queries` (the numbers, in SQL),
:mod:`~sitrep.report.charts` (the panels), :mod:`~sitrep.report.period` and :mod:`~sitrep.report.claim` (the pages),
:mod:`~sitrep.report.html`, :mod:`~sitrep.report.export`, :mod:`~sitrep.report.boundaries` (shipped polygons),
:mod:`~sitrep.report.cli` (the ``report`` and ``events`` commands). The stage reads the store and never writes it.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from sitrep.errors import ReportError

if TYPE_CHECKING:
    from sitrep.report.export import CLAIM_FORMATS, EVENT_FORMATS, export_claims, export_events
    from sitrep.report.filters import EventFilter
    from sitrep.report.render import FORMATS, render

# The public names load on first use: a command that needs only the filters (``sitrep summary``) does not import
# matplotlib (a third of a second) through ``render``.
_LAZY = {"CLAIM_FORMATS": "export", "EVENT_FORMATS": "export", "export_claims": "export", "export_events": "export",
         "EventFilter": "filters", "FORMATS": "render", "render": "render"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'sitrep.report' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"sitrep.report.{module}"), name)
    globals()[name] = value  # found once, then an ordinary attribute
    return value


class _Package(types.ModuleType):
    """``sitrep.report.render`` names the function, never the submodule of the same name (importing a submodule
    sets it as an attribute of its package, which would replace the function; as in :mod:`sitrep`)."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__all__ = [
    "CLAIM_FORMATS",
    "EVENT_FORMATS",
    "FORMATS",
    "EventFilter",
    "ReportError",
    "export_claims",
    "export_events",
    "render",
]
