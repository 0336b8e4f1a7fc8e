"""Retired document versions everywhere (issue 11, the remainders): a superseded or forgotten document takes no part
in linking, incidents, trends or audits; retiring it takes its events out of their incidents and bringing it back
links them again; a reverted file makes its older version current again; a refused document does not keep the
batch's other events from being linked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from click.testing import CliRunner

from sitrep.analyze.audit import audit_claim
from sitrep.analyze.incidents import incidents, unlinked_count
from sitrep.analyze.linking import link_events
from sitrep.analyze.trends import trend
from sitrep.cli import main
from sitrep.store import Store
from sitrep.store import incidents as stored
from test_audit import HAJIN as AUDIT_HAJIN
from test_audit import claim_document, report
from test_linking_store import FIVE, extraction
from test_trends import attack


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def _sources(store: Store) -> list[int]:
    return [len(i.sources) for i in incidents(store)]


def test_forgetting_a_document_takes_its_events_out_of_their_incident_and_undo_links_them_again() -> None:
    with Store(":memory:") as store:
        for x in FIVE:
            store.save(x)
        link_events(store)
        assert _sources(store) == [5]
        forgotten = FIVE[1].document.id
        store.forget(forgotten)
        assert _sources(store) == [4]
        assert [e.incident_id for e in store.events(document_id=forgotten)] == [None]
        assert unlinked_count(store) == 0  # a retired event is not "waiting to be linked"
        assert link_events(store).events == 0  # and linking leaves it out
        assert _sources(store) == [4]
        store.forget(forgotten, undo=True)
        assert link_events(store).events == 1
        assert _sources(store) == [5]


def test_forget_undo_on_the_command_line_puts_the_report_back_into_its_incident(tmp_path: Path) -> None:
    db = tmp_path / "f.duckdb"
    with Store(db) as store:
        for x in FIVE:
            store.save(x)
        link_events(store)
    forgotten = FIVE[2].document.id
    assert _run("forget", forgotten, "--db", str(db))[0] == 0
    with Store(db, read_only=True) as store:
        assert _sources(store) == [4]
    assert _run("forget", forgotten, "--db", str(db), "--undo")[0] == 0
    with Store(db, read_only=True) as store:
        assert _sources(store) == [5]
        assert store.events(document_id=forgotten)[0].incident_id == incidents(store)[0].id


def test_a_superseded_version_leaves_its_incident_and_the_new_version_is_linked_in_its_place() -> None:
    with Store(":memory:") as store:
        for x in FIVE:
            store.save(x)
        link_events(store)
        old = FIVE[0]
        new = extraction(91, old.document.text + " Updated: a fifth fighter died of his wounds.",
                         source="Euphrates Post", url=old.document.url, killed=5)
        saved = store.save_version(new)
        assert saved.new and saved.superseded == (old.document.id,)
        assert [e.incident_id for e in store.events(document_id=old.document.id)] == [None]
        assert link_events(store).events == 1
        [incident] = incidents(store)
        assert {e for e in incident.event_ids} == {"e91-0", "e2-0", "e3-0", "e4-0", "e5-0"}
        assert old.document.id not in {s.document_id for s in incident.sources}


def test_linking_afresh_never_brings_a_retired_report_back() -> None:
    with Store(":memory:") as store:
        for x in FIVE:
            store.save(x)
        store.forget(FIVE[4].document.id)
        result = link_events(store, rebuild=True)
        assert result.events == 4
        assert "e5-0" not in {e.id for e in stored.load_events(store)}
        assert _sources(store) == [4]


def test_trends_count_no_incident_told_only_by_a_retired_document() -> None:
    with Store(":memory:") as store:
        saved = [attack(n, date(2020, 7, 1 + n), village=f"Village{n}") for n in range(4)]
        for x in saved:
            store.save(x)
        link_events(store)
        assert [r.incidents for r in trend(store, "month").rows] == [4]
        store.forget(saved[0].document.id)
        assert [r.incidents for r in trend(store, "month").rows] == [3]


def test_an_audit_holds_a_claim_against_current_reports_only() -> None:
    with Store(":memory:") as store:
        ambush = report(3, day=date(2020, 9, 2), where=AUDIT_HAJIN, source="Orontes Review", tactics=("ambush",),
                        sub="Armed clash", event_type="Battles", actor2="Syrian Arab Army", killed=3)
        for x in (report(1, day=date(2020, 8, 10), where=AUDIT_HAJIN, source="Euphrates Post", killed=2),
                  ambush, claim_document()):
            store.save(x)
        link_events(store)
        total = next(r for r in audit_claim(store, "naba").rows if r.measure == "operations" and r.facet == "total")
        assert total.reported == 2
        store.forget(ambush.document.id)
        total = next(r for r in audit_claim(store, "naba").rows if r.measure == "operations" and r.facet == "total")
        assert total.reported == 1


CLAIM = ("The Islamic State said in its al-Naba newspaper that it carried out {n} operations in Iraq in the past "
         "7 days.")


def _operations(db: Path) -> list[str]:
    code, out, err = _run("summary", "--db", str(db), "--by", "claimant", "--measure", "operations", "--format",
                          "csv")
    if code == 1 and not out.strip():
        return []  # nothing to sum: said on stderr, exit 1 (the CLI's rule for empty results)
    assert code == 0, err
    return out.strip().splitlines()[1:]


def test_a_reverted_file_makes_its_older_version_current_again_and_the_count_line_says_so(tmp_path: Path) -> None:
    page, db = tmp_path / "page.txt", tmp_path / "v.duckdb"
    ingest = ("ingest", str(page), "--db", str(db), "--published", "2020-10-08")
    page.write_text(CLAIM.format(n=38))
    assert _run(*ingest)[1].strip() == "ingested 1, duplicate 0, failed 0"
    page.write_text(CLAIM.format(n=40))
    assert _run(*ingest)[1].strip() == "ingested 1, duplicate 0, failed 0, superseded 1"
    page.write_text(CLAIM.format(n=38))  # the edit is undone
    code, out, _ = _run(*ingest)
    assert code == 0 and out.strip() == "ingested 0, duplicate 0, failed 0, reverted 1, superseded 1"
    assert _operations(db) == ["Islamic State,operations,38,1"]
    with Store(db, read_only=True) as store:
        first, second = store.history()
        assert (first["status"], second["status"], second["superseded_by"]) == ("current", "superseded",
                                                                                first["id"])
    code, out, _ = _run("history", "--db", str(db))
    assert code == 0 and f"superseded by {first['id']}" in out
    # The same text once more is a plain duplicate.
    assert _run(*ingest)[1].strip() == "ingested 0, duplicate 1, failed 0"


def test_a_reverted_text_brings_its_events_back_into_their_incident() -> None:
    with Store(":memory:") as store:
        for x in FIVE:
            store.save(x)
        link_events(store)
        old = FIVE[0]
        store.save(extraction(91, old.document.text + " (corrected)", source="Euphrates Post", url=old.document.url,
                              place=None, day=date(2021, 1, 1)))
        link_events(store)
        assert _sources(store)[0] == 4
        saved = store.save_version(old.document)
        assert saved.reverted and not saved.new and len(saved.superseded) == 1
        link_events(store)
        assert sorted(_sources(store)) == [5]


def test_a_forgotten_document_ingested_again_stays_forgotten(tmp_path: Path) -> None:
    page, db = tmp_path / "page.txt", tmp_path / "v.duckdb"
    page.write_text(CLAIM.format(n=38))
    _run("ingest", str(page), "--db", str(db), "--published", "2020-10-08")
    with Store(db, read_only=True) as store:
        [document] = store.documents()
    _run("forget", document.id, "--db", str(db))
    assert _run("ingest", str(page), "--db", str(db))[1].strip() == "ingested 0, duplicate 1, failed 0"
    assert _operations(db) == []


def test_new_events_are_still_linked_after_a_refused_document_in_the_same_ingest(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "t.duckdb"
    folder.mkdir()
    (folder / "a.txt").write_text("Gunmen killed 5 soldiers at a checkpoint near Kirkuk on Monday, police said.\n")
    (folder / "b.txt").write_text("Gunmen killed 99999999999999999999 soldiers near Kirkuk on Monday.\n")
    (folder / "c.txt").write_text("Three soldiers were killed in an IED blast near Kabul on Monday.\n")
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "--published", "2020-10-08"])
    assert result.exit_code == 1 and result.stdout.strip() == "ingested 2, duplicate 0, failed 1"
    assert "b.txt" in result.stderr
    with Store(db, read_only=True) as store:
        events = store.events()
        assert len(events) >= 2 and all(e.incident_id is not None for e in events)
