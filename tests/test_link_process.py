"""A long ingest's link steps run in short-lived child processes (SITREP_INGEST_LINK_PROCESS): the same incidents
as linking in the ingesting process, one clear line when a step fails, nothing lost, a setting to turn it off, and
no child left behind by a killed run. Only the behaviour is tested here; the memory it saves is measured by
benchmarks/bench_long_run.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest

from sitrep import api
from sitrep.analyze import link_process
from sitrep.analyze.link_process import LinkProcessError
from sitrep.analyze.linking import LinkResult
from sitrep.errors import ConfigError, StoreError
from sitrep.store import Store

ATTACK = "A roadside bomb killed three soldiers near Hajin in Deir ez-Zor province on Monday, {who} said."
OTHERS = [
    "Gunmen killed two farmers in Zamfara state, Nigeria, on Monday, police said.",
    "Protesters blocked a road in Nairobi, Kenya, on Monday over fuel prices, witnesses said.",
    "An air strike hit a market in Marib, Yemen, on Monday, killing five civilians, medics said.",
    "Militants attacked a police post in Mandera, Kenya, on Monday, killing one officer, officials said.",
]


def _corpus(tmp_path: Path) -> Path:
    """Six reports, the first and the last of one attack (they link across steps when linked two events at a
    time)."""
    texts = [ATTACK.format(who="a monitor"), *OTHERS, ATTACK.format(who="local sources")]
    rows = [{"text": t, "published": "2021-03-09", "url": f"https://wire{i}.example/a"} for i, t in enumerate(texts)]
    corpus = tmp_path / "reports.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return corpus


def _partition(db: Path) -> tuple[int, list[list[str]]]:
    """Unlinked events, and the incidents as sorted lists of their reports' URLs."""
    with Store(db, read_only=True) as store:
        found = store.query(
            "SELECT e.incident_id AS i, d.url AS u FROM events e JOIN documents d ON d.id = e.document_id ORDER BY u"
        )
    groups: dict[str, list[str]] = {}
    for row in found:
        if row["i"] is not None:
            groups.setdefault(row["i"], []).append(row["u"])
    return sum(1 for row in found if row["i"] is None), sorted(groups.values())


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths each link step in a child process was given (the steps still run)."""
    calls: list[str] = []
    real = link_process.link_in_child

    def counted(path: str, **kwargs: Any) -> LinkResult:
        calls.append(path)
        return real(path, **kwargs)

    monkeypatch.setattr(link_process, "link_in_child", counted)
    return calls


def test_link_steps_in_child_processes_link_as_one_whole_ingest_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, children: list[str]
) -> None:
    corpus = _corpus(tmp_path)
    whole = api.ingest([corpus], db=tmp_path / "whole.duckdb")
    assert children == []  # no step before the run's end: its one link runs here
    monkeypatch.setattr(api, "LINK_EVERY", 2)
    parts = api.ingest([corpus], db=tmp_path / "parts.duckdb")
    # One step when the run reached two new events, and the run's last step (the rest of its events) in a child too.
    assert len(children) == 2 and set(children) == {str(tmp_path / "parts.duckdb")}
    assert _partition(tmp_path / "parts.duckdb") == _partition(tmp_path / "whole.duckdb")
    unlinked, groups = _partition(tmp_path / "parts.duckdb")
    assert unlinked == 0 and ["https://wire0.example/a", "https://wire5.example/a"] in groups
    assert parts.incidents == whole.incidents == len(groups)


def test_the_setting_off_links_every_step_in_the_ingesting_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, children: list[str]
) -> None:
    monkeypatch.setattr(api, "LINK_EVERY", 2)
    monkeypatch.setenv("SITREP_INGEST_LINK_PROCESS", "off")
    report = api.ingest([_corpus(tmp_path)], db=tmp_path / "s.duckdb")
    assert children == []
    assert report.ingested == 6 and _partition(tmp_path / "s.duckdb")[0] == 0
    monkeypatch.delenv("SITREP_INGEST_LINK_PROCESS")
    api.ingest([_corpus(tmp_path)], db=tmp_path / "t.duckdb", link_process="off")  # the argument, as for memory
    assert children == []


def test_an_ingest_into_a_store_it_was_given_links_in_its_own_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, children: list[str]
) -> None:
    # The caller's store may have readers on its connection: it is not closed and opened again under them.
    monkeypatch.setattr(api, "LINK_EVERY", 2)
    with Store(tmp_path / "s.duckdb") as store:
        reader = store.reader()
        report = api.ingest([_corpus(tmp_path)], store=store)
        assert reader.query("SELECT count(*) AS n FROM events WHERE incident_id IS NULL")[0]["n"] == 0
        reader.close()
    assert report.ingested == 6 and children == []


def test_a_setting_that_is_neither_on_nor_off_stops_the_ingest_before_it_opens_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITREP_INGEST_LINK_PROCESS", "sometimes")
    with pytest.raises(ConfigError, match=r"SITREP_INGEST_LINK_PROCESS='sometimes' is neither on nor off"):
        api.ingest([_corpus(tmp_path)], db=tmp_path / "s.duckdb")
    assert not (tmp_path / "s.duckdb").exists()
    assert link_process.enabled("ON") and not link_process.enabled("no")


def test_the_runs_memory_limit_holds_again_after_each_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Each step closes the database and opens a new DuckDB instance, which starts with DuckDB's own limit.
    monkeypatch.setattr(api, "LINK_EVERY", 2)
    monkeypatch.setenv("SITREP_INGEST_MEMORY", "300MB")
    opened: list[Store] = []
    monkeypatch.setattr(api, "Store", lambda db: opened.append(Store(db)) or opened[-1])
    seen: list[str] = []

    def limit(n: int) -> None:
        seen.append(str(opened[0]._connection().execute("SELECT current_setting('memory_limit')").fetchone()[0]))

    api.ingest([_corpus(tmp_path)], db=tmp_path / "s.duckdb", on_progress=limit)
    assert len(seen) == 6 and set(seen) == {"286.1 MiB"}


def test_a_step_that_fails_stops_the_run_with_one_line_and_the_next_run_links_what_was_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: str, **kwargs: Any) -> LinkResult:
        raise LinkProcessError(f"{path}: the link step in a child process failed (killed by SIGKILL)")

    monkeypatch.setattr(api, "LINK_EVERY", 2)
    monkeypatch.setattr(link_process, "link_in_child", broken)
    corpus = _corpus(tmp_path)
    with pytest.raises(LinkProcessError, match="killed by SIGKILL"):
        api.ingest([corpus], db=tmp_path / "s.duckdb")
    with Store(tmp_path / "s.duckdb") as store:  # opened again after the step, and closed by the failed run
        stored = store.query("SELECT count(*) AS n FROM documents")[0]["n"]
    assert 0 < stored < 6
    monkeypatch.undo()
    report = api.ingest([corpus], db=tmp_path / "s.duckdb")
    assert report.ingested + report.duplicate == 6 and report.duplicate == stored
    assert _partition(tmp_path / "s.duckdb")[0] == 0


def _second_step_killed(calls: list[str]) -> Callable[..., LinkResult]:
    """A stand-in for ``link_in_child`` whose first call links and whose second dies as a killed child would; each
    call's path is appended to ``calls``."""
    real = link_process.link_in_child

    def last_broken(path: str, **kwargs: Any) -> LinkResult:
        calls.append(path)
        if len(calls) == 1:
            return real(path, **kwargs)
        raise LinkProcessError(f"{path}: the link step in a child process failed (killed by SIGKILL)")

    return last_broken


def test_a_last_step_that_fails_stops_the_run_with_its_claims_compared_and_the_next_run_links_the_events(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    last_broken = _second_step_killed(calls)
    monkeypatch.setattr(api, "LINK_EVERY", 2)
    monkeypatch.setattr(link_process, "link_in_child", last_broken)
    corpus = _corpus(tmp_path)
    with pytest.raises(LinkProcessError, match="killed by SIGKILL"):
        api.ingest([corpus], db=tmp_path / "s.duckdb")
    assert len(calls) == 2
    with Store(tmp_path / "s.duckdb") as store:  # every document stored, the run's claims compared
        assert store.query("SELECT count(*) AS n FROM documents")[0]["n"] == 6
        last = store.query("SELECT max(seq) AS s FROM documents")[0]["s"]
        compared = store.query("SELECT step, through_seq FROM claim_steps")
    assert {row["step"] for row in compared} == {"repeats", "series"}
    assert {row["through_seq"] for row in compared} == {last}
    unlinked, _ = _partition(tmp_path / "s.duckdb")
    assert unlinked > 0  # the last part's events, left for the next run
    monkeypatch.undo()
    report = api.ingest([corpus], db=tmp_path / "s.duckdb")  # every document a duplicate now: still linked
    assert (report.ingested, report.duplicate) == (0, 6)
    assert _partition(tmp_path / "s.duckdb")[0] == 0


def test_a_failed_last_step_is_what_the_run_reports_even_when_the_claims_steps_fail_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    last_broken = _second_step_killed(calls)
    def refused(*args: Any, **kwargs: Any) -> int:
        raise StoreError("the claims could not be compared")

    monkeypatch.setattr(api, "LINK_EVERY", 2)
    monkeypatch.setattr(link_process, "link_in_child", last_broken)
    monkeypatch.setattr(api, "link_repeats", refused)
    with pytest.raises(LinkProcessError, match="killed by SIGKILL"):
        api.ingest([_corpus(tmp_path)], db=tmp_path / "s.duckdb")


def test_a_child_that_cannot_link_is_reported_in_one_line(tmp_path: Path) -> None:
    # The file still open here: the child cannot take it.
    with Store(tmp_path / "s.duckdb"), pytest.raises(LinkProcessError) as raised:
        link_process.link_in_child(str(tmp_path / "s.duckdb"))
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(f"{tmp_path / 's.duckdb'}: the link step in a child process failed (StoreError: ")
    assert message.endswith("set SITREP_INGEST_LINK_PROCESS=off to link in this process")


def test_a_child_links_the_unlinked_events_and_says_what_it_did(tmp_path: Path) -> None:
    api.ingest([_corpus(tmp_path)], db=tmp_path / "s.duckdb", link=False)
    assert _partition(tmp_path / "s.duckdb")[0] == 6
    result = link_process.link_in_child(str(tmp_path / "s.duckdb"), memory="300MB")
    assert (result.events, result.incidents) == (6, 5)
    assert _partition(tmp_path / "s.duckdb")[0] == 0


def test_a_store_released_for_another_process_is_open_again_after_the_block(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        with store.released():
            assert repr(store).endswith("closed>")
            con = duckdb.connect(str(tmp_path / "s.duckdb"))  # what another process would do meanwhile
            con.execute("CREATE TABLE written_meanwhile AS SELECT 1 AS x")
            con.close()
        assert store.query("SELECT x FROM written_meanwhile") == [{"x": 1}]
        with pytest.raises(RuntimeError), store.released():
            raise RuntimeError("the other process failed")
        assert store.query("SELECT count(*) AS n FROM documents")[0]["n"] == 0  # open again all the same
    with Store(":memory:") as memory, pytest.raises(StoreError, match="in-memory"), memory.released():
        pass


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_a_link_child_dies_with_the_ingest_that_started_it(tmp_path: Path) -> None:
    # A killed ingest must not leave a child holding the database: the next run could not open it.
    grandchild = (
        "import os, sys, time; from sitrep.children import die_with_parent; "
        "die_with_parent(int(sys.argv[1])); print(os.getpid(), flush=True); time.sleep(60)"
    )
    parent = f"import os, subprocess, sys; subprocess.run([sys.executable, '-c', {grandchild!r}, str(os.getpid())])"
    with subprocess.Popen([sys.executable, "-c", parent], stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        child = int(process.stdout.readline())
        process.kill()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.05)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    """Whether ``pid`` is a running process (a zombie waiting to be reaped is not)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status and os.path.exists(f"/proc/{pid}")


def test_a_parted_runs_incidents_count_only_the_documents_it_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path)
    earlier = tmp_path / "earlier.jsonl"
    earlier.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(keepends=True)[1:3]), encoding="utf-8")
    assert api.ingest([earlier], db=tmp_path / "s.duckdb").ingested == 2
    monkeypatch.setattr(api, "LINK_EVERY", 2)
    report = api.ingest([corpus], db=tmp_path / "s.duckdb")
    assert (report.ingested, report.duplicate) == (4, 2)
    _, groups = _partition(tmp_path / "s.duckdb")
    new = {f"https://wire{i}.example/a" for i in (0, 3, 4, 5)}
    assert report.incidents == sum(1 for group in groups if new & set(group)) == 3
