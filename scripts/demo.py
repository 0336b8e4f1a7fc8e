"""The demo: ingest the bundled sample corpus into a fresh database, print the claims, their checks and a summary.

Run with ``make demo``. Writes ``sitrep.duckdb`` in the repository root (the database every ``sitrep`` command
opens by default, so the README's next commands find it) and the pictures in ``demo-output/``. A ``sitrep.duckdb``
that holds documents from outside the sample corpus is left alone: the demo stops and says so.
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


DB = ROOT / "sitrep.duckdb"


def _foreign_documents(db: Path) -> int:
    """How many documents in ``db`` did not come from the sample corpus (0 for a demo database or none)."""
    if not db.exists():
        return 0
    try:
        with Store(db, read_only=True) as store:
            rows = store.query("SELECT path FROM documents")
    except Exception:  # not a sitrep database, or an unreadable one: never ours to delete
        return -1
    return sum(1 for row in rows if not (row["path"] or "").startswith(str(CORPUS)))


def main() -> int:
    OUT.mkdir(exist_ok=True)
    db = DB
    foreign = _foreign_documents(db)
    if foreign:
        print(f"{db.relative_to(ROOT)} holds {'documents' if foreign < 0 else f'{foreign} documents'} from outside "
              f"the sample corpus; the demo will not replace it. Move it away, or run: sitrep ingest "
              f"{CORPUS.relative_to(ROOT)} --db demo.duckdb", file=sys.stderr)
        return 1
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
    print("\nExplore further (the commands open sitrep.duckdb here by default):\n"
          "  .venv/bin/sitrep claims\n  .venv/bin/sitrep summary --by claimant,tactic\n  .venv/bin/sitrep incidents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
