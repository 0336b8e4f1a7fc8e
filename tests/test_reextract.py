"""Re-extraction: a newer extractor reads stored documents again and its records replace the old ones."""

from __future__ import annotations

import copy
from pathlib import Path

from click.testing import CliRunner

import sitrep
from sitrep import api
from sitrep.analyze.linking import unlink
from sitrep.cli import main
from sitrep.errors import ExtractionError
from sitrep.extract import RULES_VERSION, Extractor
from sitrep.model import Document, Extraction

AMBUSH = ("Gunmen ambushed an army patrol near the village of Shuhayl in Deir ez-Zor province on Tuesday, killing "
          "three soldiers and wounding two, a local monitor said.")
BOMB = ("A roadside bomb struck a police vehicle in the Maiwand district of Kandahar province on 3 May 2021, "
        "killing two policemen, officials said.")


def _renamed(name: str) -> Extractor:
    """The default extractor under another name, as a newer release of the rules would be."""
    newer = copy.copy(api.default_extractor())
    newer.name = name
    return newer


def _ingest(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ambush.txt").write_text(AMBUSH, encoding="utf-8")
    (folder / "bomb.txt").write_text(BOMB, encoding="utf-8")
    db = tmp_path / "t.duckdb"
    report = api.ingest([folder], db=db, published="2021-05-05")
    assert report.ingested == 2
    return db


def test_every_stored_record_names_the_extractor_that_made_it(tmp_path: Path) -> None:
    db = _ingest(tmp_path)
    with sitrep.Store(db, read_only=True) as store:
        assert {e.extractor for e in store.events()} == {RULES_VERSION}


def test_each_field_of_an_event_carries_the_evidence_it_was_decided_on() -> None:
    event = sitrep.extract(BOMB).events[0]
    assert event.trace["sub_event_type"].source == "rule:classify"
    assert event.trace["killed"].spans[0].text == "two"
    assert event.trace["actor2"].spans[0].text.lower().startswith("police")


def test_documents_made_by_the_current_extractor_are_left_alone(tmp_path: Path) -> None:
    db = _ingest(tmp_path)
    report = api.reextract(db=db)
    assert (report.reextracted, report.current, report.failed) == (0, 2, 0)


def test_a_newer_extractor_replaces_the_records_of_an_older_one(tmp_path: Path) -> None:
    db = _ingest(tmp_path)
    report = api.reextract(db=db, extractor=_renamed("sitrep-rules/99"))
    assert (report.reextracted, report.current, report.failed) == (2, 0, 0)
    with sitrep.Store(db, read_only=True) as store:
        events = store.events()
        assert {e.extractor for e in events} == {"sitrep-rules/99"}
        assert store.counts()["events"] == len(events) == 2
        assert all(e.incident_id for e in events)  # linked again


def test_a_hand_unlinked_report_stays_unlinked_after_reextraction(tmp_path: Path) -> None:
    db = _ingest(tmp_path)
    with sitrep.Store(db) as store:
        event = store.events()[0]
        unlink(store, event.id)
        pinned = store.events(event_id=event.id)[0].incident_id
    api.reextract(db=db, extractor=_renamed("sitrep-rules/99"))
    with sitrep.Store(db, read_only=True) as store:
        assert store.events(event_id=event.id)[0].incident_id == pinned
        assert store.query("SELECT method FROM incident_links WHERE event_id = ?", [event.id]) == [
            {"method": "unlinked"}]


class _FailsOnBombs(Extractor):
    def __init__(self, inner: Extractor) -> None:  # no pipeline of its own: it delegates
        self.inner, self.name, self.actors = inner, "sitrep-rules/99", inner.actors

    def __call__(self, document: Document) -> Extraction:
        if "roadside bomb" in document.text:
            raise ExtractionError("extraction failed (test)", document_id=document.id)
        return self.inner(document).model_copy()


def test_a_document_that_fails_keeps_its_old_records_and_the_rest_go_on(tmp_path: Path) -> None:
    db = _ingest(tmp_path)
    report = api.reextract(db=db, extractor=_FailsOnBombs(_renamed("sitrep-rules/99")))
    assert (report.reextracted, report.failed) == (1, 1)
    assert report.failures[0].path.endswith("bomb.txt")
    with sitrep.Store(db, read_only=True) as store:
        assert store.counts()["events"] == 2


def test_cli_reextract_prints_its_counts(tmp_path: Path) -> None:
    db = _ingest(tmp_path)
    result = CliRunner().invoke(main, ["reextract", "--db", str(db), "--all"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"re-extracted 2 with {RULES_VERSION}")
