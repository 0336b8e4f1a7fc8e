"""The demo: ingest the bundled sample corpus into a fresh database, print the claims, their checks and a summary.

Run with ``make demo``. Writes ``demo-output/sitrep.duckdb``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sitrep import Store, api, render, summarize
from sitrep.cli import format_claim, format_rows
from sitrep.report import EventFilter

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
OUT = ROOT / "demo-output"


def main() -> int:
    OUT.mkdir(exist_ok=True)
    db = OUT / "sitrep.duckdb"
    for stale in (db, db.with_suffix(".duckdb.wal")):
        stale.unlink(missing_ok=True)
    print(f"Ingesting {CORPUS.relative_to(ROOT)} into {db.relative_to(ROOT)}")
    report = api.ingest([CORPUS], db=db, on_failure=lambda failure: print(f"  failed: {failure}"))
    print(f"  {report.line()}\n")
    with Store(db, read_only=True) as store:
        for claim in store.claims():
            document = store.document(claim.document_id)
            source = (document.title or document.path) if document else claim.document_id
            print(f"From: {source}")
            print(format_claim(claim))
            print()
        print("Operations claimed, by governorate (each claim counted once):")
        print(format_rows(summarize(store, ["country", "admin1"], measure="operations")))
        print("\nOperations claimed, by tactic:")
        print(format_rows(summarize(store, ["claimant", "tactic"], measure="operations")))
        print("\nIncidents reported, by type:")
        print(format_rows(store.query(
            "SELECT event_type, sub_event_type, count(*) AS events, sum(killed_best) AS killed "
            "FROM events GROUP BY ALL ORDER BY events DESC, sub_event_type")))
        png = render(store, OUT / "report.png")
        html = render(store, OUT / "report.html")
        first_claim = store.claims()[0].id if store.claims() else None
        claim_svg = render(store, OUT / "claim.svg", EventFilter(claim_id=first_claim)) if first_claim else None
    print(f"\nWrote {png.relative_to(ROOT)}, {html.relative_to(ROOT)}"
          + (f" and {claim_svg.relative_to(ROOT)}" if claim_svg else ""))
    print(f"\nExplore further: sitrep claims --db {db.relative_to(ROOT)}; "
          f"sitrep summary --db {db.relative_to(ROOT)} --by claimant,month")
    return 0


if __name__ == "__main__":
    sys.exit(main())
