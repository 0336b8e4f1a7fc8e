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

from sitrep.errors import ReportError
from sitrep.report.export import CLAIM_FORMATS, EVENT_FORMATS, export_claims, export_events
from sitrep.report.filters import EventFilter
from sitrep.report.render import FORMATS, render

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
