"""A long ingest whose link steps run in child processes can leave DuckDB's checkpoints to those children
(SITREP_INGEST_DEFER_CHECKPOINT=on; off by default): the ingesting process closes the file without writing its log
in, the child reads the log and checkpoints, nothing committed is lost, and the store is checkpointed when the run
ends. Only the behaviour is tested; what it costs and saves is measured by benchmarks/bench_long_run.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from sitrep import api
from sitrep.analyze import link_process
from sitrep.analyze.linking import LinkResult
from sitrep.errors import ConfigError
from sitrep.store import Store, database

REPORTS = [
    "Gunmen shot dead two traders at a market in Kano, Nigeria, on Tuesday, police said.",
    "A drone strike hit a fuel depot in Hodeidah, Yemen, on Tuesday, killing four workers, officials said.",
    "Rebels ambushed an army patrol near Beni, Congo, on Tuesday, killing three soldiers, the army said.",
    "Rioters burned a police station in Kisumu, Kenya, on Tuesday after a disputed arrest, witnesses said.",
    "A landmine killed a shepherd near Palmyra, Syria, on Tuesday, a monitoring group said.",
]


def _corpus(tmp_path: Path) -> Path:
    rows = [{"text": t, "published": "2022-05-10", "url": f"https://desk{i}.example/r"} for i, t in enumerate(REPORTS)]
    corpus = tmp_path / "reports.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return corpus


def _wal(db: Path) -> Path:
    return db.with_name(db.name + ".wal")


def test_a_deferred_checkpoint_leaves_the_log_to_the_next_opener(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE t (id VARCHAR PRIMARY KEY)")
    con.execute("CHECKPOINT")
    database.defer_checkpoints(con, True)
    con.execute("INSERT INTO t VALUES ('a'), ('b')")
    con.close()
    assert _wal(db).exists() and _wal(db).stat().st_size > 0  # not written into the file at close
    con = duckdb.connect(str(db))  # a new instance: DuckDB's own behaviour again, and the log is read
    assert con.execute("SELECT count(*) FROM t").fetchone() == (2,)
    con.close()
    assert not _wal(db).exists() or _wal(db).stat().st_size == 0  # checkpointed by the one that closed last


def test_given_back_the_close_checkpoints_again(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    con = duckdb.connect(str(db))
    database.defer_checkpoints(con, True)
    database.defer_checkpoints(con, False)
    con.execute("CREATE TABLE t (id VARCHAR PRIMARY KEY)")
    con.execute("INSERT INTO t VALUES ('a')")
    con.close()
    assert not _wal(db).exists() or _wal(db).stat().st_size == 0


@pytest.fixture
def deferred(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each call of defer_checkpoints during an ingest (its ``defer`` argument); the calls still take effect."""
    calls: list[bool] = []
    real = database.defer_checkpoints

    def counted(con: duckdb.DuckDBPyConnection, defer: bool) -> None:
        calls.append(defer)
        real(con, defer)

    monkeypatch.setattr(database, "defer_checkpoints", counted)
    return calls


def test_an_ingest_with_link_steps_defers_its_checkpoints_and_ends_checkpointed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, deferred: list[bool]
) -> None:
    steps: list[int] = []
    real = link_process.link_in_child

    def step(path: str, **kwargs: Any) -> LinkResult:
        # The parent closed the file without a checkpoint: what it wrote is in the log the child reads.
        steps.append(_wal(Path(path)).stat().st_size if _wal(Path(path)).exists() else 0)
        return real(path, **kwargs)

    monkeypatch.setattr(link_process, "link_in_child", step)
    monkeypatch.setattr(api, "LINK_EVERY", 2)
    monkeypatch.setenv("SITREP_INGEST_DEFER_CHECKPOINT", "on")
    db = tmp_path / "parts.duckdb"
    report = api.ingest([_corpus(tmp_path)], db=db)
    assert report.ingested == len(REPORTS) and steps and steps[0] > 0
    # Deferred from the start and again on each store opened after a step, but the last: the run's last step, in a
    # child too, checkpoints as it closes, and the store opened after it is DuckDB's own again.
    assert len(steps) >= 2 and deferred == [True] * len(steps)
    assert not _wal(db).exists() or _wal(db).stat().st_size == 0  # the run ends checkpointed
    with Store(db, read_only=True) as store:
        assert store.query("SELECT count(*) AS n FROM documents")[0]["n"] == len(REPORTS)
        assert store.query("SELECT count(*) AS n FROM events WHERE incident_id IS NULL")[0]["n"] == 0


def test_by_default_off_and_without_child_steps_nothing_is_deferred(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, deferred: list[bool]
) -> None:
    monkeypatch.setattr(api, "LINK_EVERY", 2)
    monkeypatch.delenv("SITREP_INGEST_DEFER_CHECKPOINT", raising=False)
    api.ingest([_corpus(tmp_path)], db=tmp_path / "default.duckdb")
    monkeypatch.setenv("SITREP_INGEST_DEFER_CHECKPOINT", "off")
    api.ingest([_corpus(tmp_path)], db=tmp_path / "off.duckdb")
    monkeypatch.setenv("SITREP_INGEST_DEFER_CHECKPOINT", "on")
    api.ingest([_corpus(tmp_path)], db=tmp_path / "in.duckdb", link_process="off")
    assert deferred == []


def test_a_bad_setting_stops_the_run_before_it_opens_anything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_INGEST_DEFER_CHECKPOINT", "later")
    with pytest.raises(ConfigError, match="SITREP_INGEST_DEFER_CHECKPOINT"):
        api.ingest([_corpus(tmp_path)], db=tmp_path / "bad.duckdb")
    assert not (tmp_path / "bad.duckdb").exists()
