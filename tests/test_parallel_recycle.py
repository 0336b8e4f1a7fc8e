"""Extraction in a worker process replaced every N documents (``ingest_extract_recycle``): each document comes back
once, in input order, whichever worker extracted it, and an ingest stores the same records either way."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path
from typing import Any

import pytest

from sitrep import api, parallel
from sitrep.errors import ConfigError, ExtractionError
from sitrep.model import Document, Extraction, Failure
from sitrep.parallel import Known
from sitrep.store import Store
from sitrep.store.rows import Prepared

REPORTS = [
    "Gunmen shot dead two traders at a market in Kano, Nigeria, on Tuesday, police said.",
    "A drone strike hit a fuel depot in Hodeidah, Yemen, on Tuesday, killing four workers, officials said.",
    "Rebels ambushed an army patrol near Beni, Congo, on Tuesday, killing three soldiers, the army said.",
    "A landmine killed a shepherd near Palmyra, Syria, on Tuesday, a monitoring group said.",
    "Militants said they had killed 25 soldiers in 9 attacks across Borno state during the past month.",
]


def _which_process(document: Document, extractor: Any = None) -> Extraction | Failure:
    """Stands in for extraction: says which process handled the document."""
    return Failure(path=document.id, reason=str(os.getpid()))


def _documents(n: int) -> list[Document]:
    return [Document.from_text(f"Report number {i} of a clash near a town.") for i in range(n)]


@pytest.mark.parametrize(("recycle", "workers"), [(3, 1), (4, 2), (1, 1)])
def test_every_document_comes_back_once_in_order_from_workers_replaced_every_n(
    monkeypatch: pytest.MonkeyPatch, recycle: int, workers: int
) -> None:
    monkeypatch.setattr(parallel, "extract_one", _which_process)  # forked workers inherit it
    documents = _documents(10)
    items: list[Document | Failure] = [*documents[:5], Failure(path="bad.txt", reason="unreadable"), *documents[5:]]
    stored = {documents[2].id}
    out = list(parallel.extractions(items, workers=workers, recycle=recycle, known=lambda ids: stored & set(ids)))
    named = [item.document.id if isinstance(item, Known) else item.path for item in out]
    assert named == [d.id for d in documents[:5]] + ["bad.txt"] + [d.id for d in documents[5:]]
    assert isinstance(out[2], Known) and out[5] == items[5]
    extracted = [item for item in out if isinstance(item, Failure) and item.path != "bad.txt"]
    pids = [int(item.reason) for item in extracted]
    assert os.getpid() not in pids
    if workers == 1:
        # Consecutive runs of ``recycle`` documents share a process, and each run has a new one.
        runs = [pids[i : i + recycle] for i in range(0, len(pids), recycle)]
        assert all(len(set(run)) == 1 for run in runs)
        assert len({run[0] for run in runs}) == len(runs)
    else:
        assert len(set(pids)) >= -(-len(pids) // recycle)


def test_without_recycling_one_worker_extracts_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "extract_one", _which_process)
    out = list(parallel.extractions(_documents(3), recycle=0))
    assert {int(item.reason) for item in out if isinstance(item, Failure)} == {os.getpid()}


def _tables(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    with Store(db, read_only=True) as store:
        con = store._connection()
        return {
            "events": sorted(con.execute("SELECT * EXCLUDE (incident_id) FROM events").fetchall(), key=repr),
            "claims": sorted(con.execute("SELECT * FROM claims").fetchall(), key=repr),
            "spans": sorted(con.execute("SELECT * FROM spans").fetchall(), key=repr),
        }


def test_an_ingest_stores_the_same_records_with_and_without_recycled_workers(tmp_path: Path) -> None:
    rows = [{"text": t, "published": "2022-05-10", "url": f"https://desk{i}.example/r"} for i, t in enumerate(REPORTS)]
    corpus = tmp_path / "reports.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    recycled, inline = tmp_path / "recycled.duckdb", tmp_path / "inline.duckdb"
    assert api.ingest([corpus], db=recycled, recycle=2).ingested == len(REPORTS)
    assert api.ingest([corpus], db=inline, recycle=0).ingested == len(REPORTS)
    assert _tables(recycled) == _tables(inline)


def test_a_negative_recycle_is_refused_naming_where_it_came_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ConfigError, match="recycle=-1"):
        api.ingest([tmp_path], db=tmp_path / "t.duckdb", recycle=-1)
    monkeypatch.setenv("SITREP_INGEST_EXTRACT_RECYCLE", "-5")
    with pytest.raises(ConfigError, match="SITREP_INGEST_EXTRACT_RECYCLE=-5"):
        api.ingest([tmp_path], db=tmp_path / "t.duckdb")


def test_where_workers_cannot_be_forked_one_worker_extracts_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "extract_one", _which_process)
    monkeypatch.setattr(parallel, "_can_fork", lambda: False)
    out = list(parallel.extractions(_documents(3), recycle=2))
    assert {int(item.reason) for item in out if isinstance(item, Failure)} == {os.getpid()}


def test_a_worker_sends_back_the_records_and_the_caller_puts_its_own_document_back() -> None:
    documents = [Document.from_text(text, published="2022-05-10") for text in REPORTS]
    inline = [parallel.extract_one(document) for document in documents]
    out = list(parallel.extractions(documents, recycle=2))
    assert out == inline
    for document, extraction in zip(documents, out, strict=True):
        assert isinstance(extraction, Extraction)
        assert extraction.document is document  # not a copy of it sent back by the worker
        assert extraction.model_fields_set == {"document", "events", "claims"}
    assert any(extraction.events for extraction in out)  # (the records did come back)


def test_an_extraction_of_another_document_than_the_one_given_comes_back_whole() -> None:
    given = Document.from_text(REPORTS[0])
    changed = given.model_copy(update={"language": "fr"})
    whole = Extraction(document=changed)
    sent = parallel._compact(given, whole)
    assert sent is whole and parallel._whole(given, sent) is whole
    failure = Failure(path="x.txt", reason="unreadable")
    assert parallel._whole(given, parallel._compact(given, failure)) is failure
    found = parallel._compact(given, Extraction(document=given, events=[], claims=[]))
    assert found == ([], [])
    rebuilt = parallel._whole(given, found)
    assert rebuilt == Extraction(document=given) and rebuilt.document is given


def test_a_worker_sends_back_the_rows_to_write_as_this_process_would_prepare_them() -> None:
    documents = [Document.from_text(text, published="2022-05-10") for text in REPORTS]
    inline = list(parallel.extractions(documents, recycle=0, prepare=api._prepare))
    out = list(parallel.extractions(documents, recycle=2, prepare=api._prepare))
    assert out == inline
    for document, prepared in zip(documents, out, strict=True):
        assert isinstance(prepared, Prepared) and prepared.derived
        assert prepared.document is document  # the caller's own, not a copy sent back
    assert any(prepared.events for prepared in out)


def _dies_on_the_third(document: Document, extractor: Any = None) -> Extraction | Failure:
    if document.text.startswith("Report number 2 "):
        os._exit(3)
    return Failure(path=document.id, reason=str(os.getpid()))


def test_a_worker_that_dies_stops_the_run_with_one_line_saying_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "extract_one", _dies_on_the_third)
    with pytest.raises(ExtractionError, match=r"ended without sending back .*exit code 3.*run the ingest again"):
        list(parallel.extractions(_documents(5), recycle=5))


def _raises(document: Document, extractor: Any = None) -> Extraction | Failure:
    raise ValueError(f"a bug met in {document.id}")


def test_an_error_raised_in_a_worker_is_raised_in_the_calling_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "extract_one", _raises)
    with pytest.raises(ValueError, match="a bug met in"):
        list(parallel.extractions(_documents(3), workers=2))


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_workers_end_when_the_caller_stops_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "extract_one", _which_process)
    out = parallel.extractions(_documents(200), workers=2)
    first = next(out)
    assert isinstance(first, Failure)
    out.close()  # (a consumer that raised, or Ctrl-C, ends the generator so)
    assert _gone(int(first.reason))


def _echo_large(document: Document, extractor: Any = None) -> Extraction | Failure:
    return Failure(path=document.id, reason=document.text * 3)


def test_long_documents_and_large_results_move_without_either_side_waiting_for_ever(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Chunks and results each larger than a pipe holds: a worker sent its next chunk while it still has results to
    # send back would wait for this process to read them, while this process waited for it to read its chunk.
    monkeypatch.setattr(parallel, "extract_one", _echo_large)
    documents = [Document.from_text(f"Report {i}. " + "A long report of a clash near a town. " * 3_000)
                 for i in range(40)]

    def stuck(signum: int, frame: Any) -> None:
        raise TimeoutError("the worker and this process wait on each other")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(120)
    try:
        out = list(parallel.extractions(documents, recycle=40))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [item.path for item in out if isinstance(item, Failure)] == [d.id for d in documents]
    assert all(len(item.reason) == 3 * len(d.text) for item, d in zip(out, documents, strict=True))


def test_the_store_is_asked_which_documents_it_holds_once_per_group_of_inputs_bounded_by_their_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One query per document (or per few) cost the ingesting process more than the query's answer is worth; the
    # inputs read ahead for one query are held in memory, so a group of long documents is asked about sooner.
    monkeypatch.setattr(parallel, "extract_one", _which_process)
    asked: list[int] = []

    def known(ids: list[str]) -> set[str]:
        asked.append(len(ids))
        return set()

    documents = _documents(parallel.LOOKUP * 2 + 5)
    out = list(parallel.extractions(documents, known=known))
    assert len(out) == len(documents)
    assert asked == [parallel.LOOKUP, parallel.LOOKUP, 5]

    monkeypatch.setattr(parallel, "LOOKUP_BYTES", len(documents[0].text) * 3)
    asked.clear()
    list(parallel.extractions(documents[:10], known=known))
    assert asked == [3, 3, 3, 1]
