"""Language flags, workers, resuming after SIGKILL, and the Dask runner: same results, nothing lost or doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from sitrep import api
from sitrep.ingest.language import detect
from sitrep.store import Store, validate

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = ("Gunmen attacked a police checkpoint near the town of {place} on Monday, killing {n} policemen and "
           "wounding two others, local officials said. No group has claimed responsibility for the attack.")
ARABIC = "هاجم مسلحون نقطة تفتيش للشرطة قرب البلدة يوم الاثنين ما أسفر عن مقتل ثلاثة من رجال الشرطة وإصابة اثنين آخرين."
FRENCH = ("Des hommes armés ont attaqué un poste de police près de la ville lundi, tuant trois policiers et en "
          "blessant deux autres, selon les autorités locales.")


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    places = ["Raqqa", "Deir ez-Zor", "Hasakah", "Mosul", "Kirkuk", "Idlib", "Aleppo", "Homs"]
    for i in range(count):
        text = ENGLISH.format(place=places[i % len(places)], n=i % 9 + 2) + f" Report {i}."
        (folder / f"{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def _contents(db: Path) -> tuple[list[str], list[tuple]]:
    with Store(db, read_only=True) as store:
        documents = [row["id"] for row in store.query("SELECT id FROM documents ORDER BY id")]
        events = [tuple(row.values()) for row in store.query(
            "SELECT id, document_id, event_type, admin1, killed_best FROM events ORDER BY id")]
    return documents, events


def test_languages_are_detected_and_short_latin_text_stays_english() -> None:
    assert detect(ENGLISH.format(place="Raqqa", n=3))[0] == "en"
    assert detect(ARABIC)[0] == "ar"
    assert detect(FRENCH)[0] == "fr"
    assert detect("Three killed.")[0] == "en"
    assert detect("١٢٣ ...")[0] == "und"


def test_non_english_documents_are_stored_flagged_counted_and_not_extracted(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in", 2)
    (folder / "ar.txt").write_text(ARABIC, encoding="utf-8")
    (folder / "fr.txt").write_text(FRENCH, encoding="utf-8")
    report = api.ingest([folder], db=tmp_path / "l.duckdb", link=False)
    assert report.line() == "ingested 4, duplicate 0, failed 0; not English 2 (ar 1, fr 1): stored, not extracted"
    with Store(tmp_path / "l.duckdb", read_only=True) as store:
        rows = store.query("SELECT d.language, count(e.id) AS events FROM documents d "
                           "LEFT JOIN events e ON e.document_id = d.id GROUP BY 1 ORDER BY 1")
    assert {row["language"]: row["events"] for row in rows}["ar"] == 0
    assert [row["language"] for row in rows] == ["ar", "en", "fr"]


def test_extracting_files_reads_no_records_from_a_language_the_rules_do_not_know(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in", 1)
    (folder / "fr.txt").write_text(FRENCH, encoding="utf-8")
    found = {Path(item.document.path or "").name: item for item in api.extract_files([folder])}
    assert found["fr.txt"].document.language == "fr"
    assert found["fr.txt"].events == [] and found["fr.txt"].claims == []
    assert any(item.events for name, item in found.items() if name != "fr.txt")


def test_two_workers_store_exactly_what_one_process_stores(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in", 40)
    (folder / "bad.txt").write_bytes(b"")
    one = api.ingest([folder], db=tmp_path / "one.duckdb")
    two = api.ingest([folder], db=tmp_path / "two.duckdb", workers=2)
    assert (one.ingested, one.failed, one.events) == (two.ingested, two.failed, two.events) == (40, 1, one.events)
    assert [f.path for f in one.failures] == [f.path for f in two.failures]
    assert _contents(tmp_path / "one.duckdb") == _contents(tmp_path / "two.duckdb")


_KILLABLE = textwrap.dedent("""
    import sys
    from sitrep import api

    def stored(n):
        print("stored", flush=True)

    api.ingest([sys.argv[1]], db=sys.argv[2], workers=int(sys.argv[3]), on_progress=stored)
""")


def _wait_until_gone(marker: str, seconds: float = 20.0) -> bool:
    """Whether, within ``seconds``, no live process has ``marker`` in its command line (Linux's /proc; forked
    workers keep their parent's command line). A zombie, dead but not yet reaped, counts as gone."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = []
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                line = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if marker in line and state != "Z":
                alive.append(proc.name)
        if not alive:
            return True
        time.sleep(0.2)
    return False


@pytest.mark.parametrize(("workers", "recycle"), [(2, "0"), (1, "7")])  # (1, "7"): a worker replaced every 7
def test_an_ingest_killed_midway_resumes_with_nothing_lost_or_duplicated(tmp_path: Path, workers: int,
                                                                          recycle: str) -> None:
    folder = _corpus(tmp_path / "in", 120)
    db = tmp_path / "k.duckdb"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "SITREP_INGEST_EXTRACT_RECYCLE": recycle}
    process = subprocess.Popen([sys.executable, "-c", _KILLABLE, str(folder), str(db), str(workers)],
                               stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    for seen, _ in enumerate(process.stdout, start=1):  # wait until some are stored, then kill without warning
        if seen == 30:
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    if sys.platform.startswith("linux"):
        # Its extraction workers die with it: none is left waiting on a queue, holding an extractor.
        assert _wait_until_gone(str(db)), "an extraction worker outlived the killed ingest"
    with Store(db, read_only=True) as store:
        before = store.counts()["documents"]
    assert 0 < before < 120

    report = api.ingest([folder], db=db)
    assert report.ingested + report.duplicate == 120 and report.failed == 0
    assert report.ingested == 120 - before
    fresh = api.ingest([folder], db=tmp_path / "fresh.duckdb")
    assert _contents(db) == _contents(tmp_path / "fresh.duckdb")
    with Store(db, read_only=True) as store:
        assert store.query("SELECT count(*) AS n FROM events WHERE incident_id IS NULL") == [{"n": 0}]
        assert validate.duplicates(store._connection()) == {}  # no key repeated, without the primary keys
    assert fresh.ingested == 120


def test_the_dask_runner_stores_the_same_as_a_local_ingest(tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    from sitrep.distributed import ingest_on_cluster

    folder = _corpus(tmp_path / "in", 12)
    (folder / "bad.txt").write_bytes(b"")
    local = api.ingest([folder], db=tmp_path / "local.duckdb")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as cluster:
        report = ingest_on_cluster([folder], db=tmp_path / "dask.duckdb", cluster=cluster, partitions=3)
    assert (report.ingested, report.failed, report.events) == (local.ingested, local.failed, local.events)
    assert _contents(tmp_path / "local.duckdb") == _contents(tmp_path / "dask.duckdb")
    assert not (tmp_path / "dask.duckdb.parts").exists()


def test_a_long_ingest_links_in_parts_and_reports_of_one_attack_still_meet(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from sitrep.store import Store

    attack = ("A roadside bomb killed three soldiers near Hajin in Deir ez-Zor province on Monday, {who} said.")
    others = ["Gunmen killed two farmers in Zamfara state, Nigeria, on Monday, police said.",
              "Protesters blocked a road in Nairobi, Kenya, on Monday over fuel prices, witnesses said.",
              "An air strike hit a market in Marib, Yemen, on Monday, killing five civilians, medics said.",
              "Militants attacked a police post in Mandera, Kenya, on Monday, killing one officer, officials said.",
              "A car bomb exploded in Mogadishu, Somalia, on Monday, wounding four people, police said."]
    texts = [attack.format(who="a monitor"), *others, attack.format(who="local sources")]
    rows = [{"text": t, "published": "2021-03-09", "url": f"https://wire{i}.example/a"} for i, t in enumerate(texts)]
    corpus = tmp_path / "reports.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    def partition(db: Path) -> tuple[int, list[list[str]]]:
        store = Store(db)
        found = store.query("SELECT e.incident_id AS i, d.url AS u FROM events e JOIN documents d "
                            "ON d.id = e.document_id ORDER BY u")
        store.close()
        groups: dict[str, list[str]] = {}
        for row in found:
            groups.setdefault(row["i"], []).append(row["u"])
        return sum(1 for row in found if row["i"] is None), sorted(groups.values())

    whole = api.ingest([corpus], db=tmp_path / "whole.duckdb")
    monkeypatch.setattr(api, "LINK_EVERY", 2)  # linked every two new events: four steps for these seven
    parts = api.ingest([corpus], db=tmp_path / "parts.duckdb")

    unlinked, groups = partition(tmp_path / "parts.duckdb")
    assert unlinked == 0
    assert ["https://wire0.example/a", "https://wire6.example/a"] in groups  # one attack, two reports, two parts
    assert (unlinked, groups) == partition(tmp_path / "whole.duckdb")
    assert parts.incidents == whole.incidents == len(groups)
