"""Databases written before values were checked at the store's edge (issue 11, the remainders): migration 9 sets
aside dates outside 1800–2199, stated periods over a hundred years and counts over ten billion, keeping each old
value and its reason in ``repairs``; reports, exports, summaries and linking then work on such a database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.model import Claim, Count, Document, Event, Extraction, Figure, Place, Span
from sitrep.store import Store, migrations
from sitrep.store.rows import unchecked
from sitrep.store.store import _save

DEIR = Place(name="Deir ez-Zor", country="SY", admin1="Deir ez-Zor", admin1_code="SY-DY", geo_precision=3)


def _unchecked(n: int, day: date, killed: int) -> Extraction:
    """A document, event and claim as an old sitrep stored them: dated ``day``, ``killed`` killed, with no check."""
    text = f"Report {n}: IS attacked Deir ez-Zor, killing {killed}."
    document = Document.from_text(text, source="Old Wire", url=f"https://old.example/{n}", published=day)
    event = Event(id=f"old{n}", document_id=document.id, date_start=day, date_end=day, time_precision=1,
                  event_type="Battles", sub_event_type="Armed clash", tactics=["raid"], actor1="Islamic State",
                  place=DEIR, places=[DEIR], killed=Count(low=killed, best=killed),
                  spans={"event": Span(start=0, end=len(text), text=text)})
    claim = Claim(id=f"claim{n}", document_id=document.id, claimant="Islamic State", actor="Islamic State",
                  medium="al-Naba", status="claimed", period_start=day.isoformat(), period_end=day.isoformat(),
                  period_days_stated=2**31 - 1, figures=[Figure(measure="operations", value=killed)])
    return Extraction(document=document, events=[event], claims=[claim])


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    """A database at schema version 8 (before the repairs) holding a page dated year 1, one dated 9999 with a count
    of 2**62, and a sound one: what an ingest before validation could leave behind."""
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    migrations.migrate(con, path=str(path), migrations=migrations.MIGRATIONS[:8])
    # The store's insert below writes today's columns: those that later migrations add (figures.country, 11) too.
    con.execute("ALTER TABLE figures ADD COLUMN country VARCHAR")
    for extraction in (_unchecked(1, date(1, 1, 1), 5), _unchecked(2, date(9999, 12, 31), 2**62),
                       _unchecked(3, date(2020, 10, 7), 3)):
        con.begin()
        _save(con, unchecked(extraction))  # the store's own insert, without the checks of Store.save
        con.commit()
    con.close()
    return path


def test_opening_an_old_database_sets_its_bad_values_aside_with_their_reasons(old_db: Path) -> None:
    with Store(old_db) as store:
        assert store.schema_version >= 9
        repairs = store.query("SELECT table_name, row_id, column_name, old_value, reason FROM repairs")
        published = store.query("SELECT published FROM documents ORDER BY seq")
        sound = store.events(event_id="old3")[0]
    found = {(r["table_name"], r["row_id"], r["column_name"]): r for r in repairs}
    year_one = _unchecked(1, date(1, 1, 1), 5).document.id
    assert found[("documents", year_one, "published")]["old_value"] == "0001-01-01"
    assert found[("events", "old2", "killed_best")]["old_value"] == str(2**62)
    assert "over the limit of 10,000,000,000" in found[("figures", "claim2:0", "value")]["reason"]
    assert "outside 1800-01-01 to 2199-12-31" in found[("events", "old2", "date_start")]["reason"]
    assert [r["published"] for r in published] == [None, None, date(2020, 10, 7)]
    assert sound.killed is not None and sound.killed.best == 3 and sound.date_start == date(2020, 10, 7)


@pytest.mark.parametrize("args", [["link"], ["report", "-o", "{tmp}/r.png"], ["report", "-o", "{tmp}/r.html"],
                                  ["summary", "--by", "month"], ["summary", "--by", "claimant"], ["trend"],
                                  ["events", "--format", "csv"], ["events", "--format", "acled-csv"], ["claims"],
                                  ["incidents"]])
def test_reports_exports_and_summaries_work_on_an_old_database_with_bad_values(old_db: Path, tmp_path: Path,
                                                                              args: list[str]) -> None:
    Store(old_db).close()  # the first writing open migrates (read-only commands ask for it, as for any migration)
    result = CliRunner().invoke(main, [a.format(tmp=tmp_path) for a in args] + ["--db", str(old_db)])
    assert result.exit_code == 0, (result.output, result.exception)
