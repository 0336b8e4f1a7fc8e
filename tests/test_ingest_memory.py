"""A long ingest's memory stays bounded: DuckDB under a limit while the run writes and links (the store's own limit
back afterwards), and the C heap a link step freed handed back to the system. Only the behaviour is tested here;
the memory it saves is measured by benchmarks/bench_long_run.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

from sitrep import api, heap
from sitrep.analyze import link_process
from sitrep.analyze.linking import LinkResult
from sitrep.errors import ConfigError
from sitrep.store import Store, database

REPORT = (
    "Gunmen attacked a police post near {place} on Monday, killing {n} officers, local officials said. "
    "Report number {i}."
)
PLACES = ["Mosul", "Kirkuk", "Raqqa", "Aleppo"]


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        text = REPORT.format(place=PLACES[i % len(PLACES)], n=i % 5 + 2, i=i)
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def _limit(con: duckdb.DuckDBPyConnection) -> str:
    return str(con.execute("SELECT current_setting('memory_limit')").fetchone()[0])


def test_the_memory_limit_holds_inside_the_block_and_the_default_comes_back_exactly(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "a.duckdb"))
    before = _limit(con)
    with database.memory_limit(con, "256MB", path=str(tmp_path / "a.duckdb")):
        assert _limit(con) == "244.1 MiB"  # DuckDB prints 256 MB (10^6 bytes) in MiB
        assert _limit(con.cursor()) == "244.1 MiB"  # the instance's cursors work under it too
    assert _limit(con) == before
    con.execute("RESET memory_limit")
    assert _limit(con) == before  # the exact default, not a rounded copy of it


def test_a_limit_the_store_had_before_is_set_again_even_when_the_block_fails(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "a.duckdb"))
    con.execute("SET memory_limit = '1GiB'")
    with pytest.raises(RuntimeError), database.memory_limit(con, "300MB", path=str(tmp_path / "a.duckdb")):
        raise RuntimeError("a write failed")
    assert _limit(con) == "1.0 GiB"


@pytest.mark.parametrize("limit", [None, "", "none", "None", "default"])
def test_no_limit_leaves_duckdbs_own(tmp_path: Path, limit: str | None) -> None:
    con = duckdb.connect(str(tmp_path / "a.duckdb"))
    before = _limit(con)
    with database.memory_limit(con, limit, path=str(tmp_path / "a.duckdb")):
        assert _limit(con) == before


def test_an_in_memory_database_is_not_limited_since_its_data_lives_only_in_memory() -> None:
    con = duckdb.connect(":memory:")
    before = _limit(con)
    with database.memory_limit(con, "64MB", path=":memory:"):
        assert _limit(con) == before


def test_a_limit_duckdb_cannot_read_is_a_config_error_that_shows_how_to_write_one(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "a.duckdb"))
    before = _limit(con)
    with (
        pytest.raises(ConfigError, match="512MB or 2GB"),
        database.memory_limit(con, "lots", path=str(tmp_path / "a.duckdb")),
    ):
        pass
    assert _limit(con) == before


def test_ingest_writes_under_the_setting_and_gives_the_store_its_own_limit_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITREP_INGEST_MEMORY", "300MB")
    folder = _corpus(tmp_path / "in", 3)
    seen: list[str] = []
    with Store(tmp_path / "s.duckdb") as store:
        store._connection().execute("SET memory_limit = '2GiB'")
        report = api.ingest([folder], store=store, on_progress=lambda n: seen.append(_limit(store._connection())))
        assert report.ingested == 3
        assert set(seen) == {"286.1 MiB"}  # 300 MB while it ran
        assert _limit(store._connection()) == "2.0 GiB"


def test_ingests_memory_argument_overrides_the_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_INGEST_MEMORY", "300MB")
    seen: list[str] = []
    with Store(tmp_path / "s.duckdb") as store:
        api.ingest(
            [_corpus(tmp_path / "in", 2)],
            store=store,
            memory="400MB",
            on_progress=lambda n: seen.append(_limit(store._connection())),
        )
    assert set(seen) == {"381.4 MiB"}


def test_a_bad_setting_stops_the_ingest_before_it_reads_and_leaves_the_database_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITREP_INGEST_MEMORY", "half")
    with pytest.raises(ConfigError, match=r"SITREP_INGEST_MEMORY=.half. is not a memory size"):
        api.ingest([_corpus(tmp_path / "in", 2)], db=tmp_path / "s.duckdb")
    with Store(tmp_path / "s.duckdb") as store:  # not left locked by a half-finished run
        assert store.query("SELECT count(*) AS n FROM documents")[0]["n"] == 0


def test_each_link_step_of_a_long_ingest_hands_the_freed_heap_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    steps: list[int] = []
    link = api.link_events

    def counted_link(store: Store, **kwargs: Any) -> LinkResult:
        steps.append(len(calls))
        return link(store, **kwargs)

    def counted_child(path: str, **kwargs: object) -> LinkResult:
        steps.append(len(calls))
        return LinkResult(0, 0, 0)  # (the final link in this process links what these left)

    monkeypatch.setattr(api, "LINK_EVERY", 2)
    monkeypatch.setattr(api, "link_events", counted_link)
    monkeypatch.setattr(link_process, "link_in_child", counted_child)  # the steps, in child processes
    monkeypatch.setattr(heap, "trim", lambda: calls.append(1) or True)
    report = api.ingest([_corpus(tmp_path / "in", 8)], db=tmp_path / "s.duckdb")
    assert report.ingested == 8 and len(steps) >= 3  # parted steps and the final one
    # every step but the final one is followed by a trim before the next step; the run ends with one
    assert steps == list(range(len(steps)))
    assert len(calls) == len(steps)


def _forget_the_c_library() -> None:
    heap._glibc.cache_clear()
    heap._malloc_trim.cache_clear()


def test_the_heap_calls_are_made_on_glibc_and_are_harmless_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    import platform
    import sys

    _forget_the_c_library()
    if sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc":
        assert heap.trim() is True
        assert heap.hand_back_large_blocks() is True
    monkeypatch.setattr(platform, "libc_ver", lambda *args, **kwargs: ("musl", "1.2"))
    _forget_the_c_library()
    try:
        assert heap.trim() is False
        assert heap.hand_back_large_blocks() is False
        monkeypatch.setattr(sys, "platform", "darwin")
        _forget_the_c_library()
        assert heap.trim() is False
        assert heap.hand_back_large_blocks() is False
    finally:
        monkeypatch.undo()
        _forget_the_c_library()


def test_ingest_hands_large_blocks_back_before_it_extracts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    order: list[str] = []
    monkeypatch.setattr(heap, "hand_back_large_blocks", lambda: order.append("heap") or True)
    api.ingest([_corpus(tmp_path / "in", 2)], db=tmp_path / "s.duckdb", on_progress=lambda n: order.append("doc"))
    assert order == ["heap", "doc", "doc"]


def test_sitrep_ingest_hands_large_blocks_back_before_it_loads_the_extractor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from sitrep.cli import main

    order: list[str] = []
    load = api.default_extractor
    monkeypatch.setattr(heap, "hand_back_large_blocks", lambda: order.append("heap") or True)
    monkeypatch.setattr(api, "default_extractor", lambda **kwargs: order.append("extractor") or load(**kwargs))
    result = CliRunner().invoke(main, ["ingest", str(_corpus(tmp_path / "in", 1)), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 0, result.output
    assert order[:2] == ["heap", "extractor"]
