"""Ingest on a Dask cluster: partitions of files are read and extracted on workers, written as Parquet, merged here.

::

    files ──► partitions ──► Dask workers: iter_documents → extract_one → part-NNNNN.parquet (one row a document)
                                     │
    store (one writer, this process) ◄── parts merged in partition order ── then linking, as a local ingest

The parts are written to ``parts_dir`` (default: a folder beside the database), which must be a filesystem that the
workers and this process share (NFS, Lustre, a mounted bucket) on a real cluster. Each row holds the document's
id and its whole Extraction as JSON, so the merge stores exactly what a local ingest would: the same ids, records
and counts. The parts are removed after a successful merge.

Requires the ``distributed`` extra: ``pip install 'sitrep[distributed]'``. See the README for Slurm and Kubernetes.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.api import IngestReport, parse_date
from sitrep.errors import ConfigError
from sitrep.ingest import ColumnMapping
from sitrep.model import Extraction, Failure
from sitrep.store import Store


def list_files(paths: Iterable[str | Path]) -> list[str]:
    """Every file under ``paths`` (folders walked in sorted order, hidden names skipped); other paths as given."""
    files: list[str] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files += [str(p) for p in sorted(path.rglob("*"))
                      if p.is_file() and not any(part.startswith(".") for part in p.parts[len(path.parts):])]
        else:
            files.append(str(path))
    return files


def partition(files: Sequence[str], parts: int) -> list[list[str]]:
    """``files`` cut into at most ``parts`` contiguous, nearly equal partitions (input order kept)."""
    parts = max(1, min(parts, len(files)))
    size, extra = divmod(len(files), parts)
    out, start = [], 0
    for index in range(parts):
        end = start + size + (1 if index < extra else 0)
        out.append(list(files[start:end]))
        start = end
    return [part for part in out if part]


def extract_partition(files: list[str], out: str, *, format: str | None, columns: ColumnMapping | None,
                      max_bytes: int | None, published: date | None) -> tuple[str, list[dict[str, Any]]]:
    """On a worker: read and extract ``files``, write the extractions to the Parquet file ``out``.

    Returns ``(out, failures)``, the failures as dicts in input order.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sitrep.ingest import iter_documents
    from sitrep.parallel import extractions

    ids: list[str] = []
    payloads: list[str] = []
    failures: list[dict[str, Any]] = []
    items = iter_documents(files, format=format, columns=columns, max_bytes=max_bytes, published=published)
    for item in extractions(items):
        if isinstance(item, Failure):
            failures.append(item.model_dump())
        elif isinstance(item, Extraction):
            ids.append(item.document.id)
            payloads.append(item.model_dump_json())
    table = pa.table({"document_id": pa.array(ids, pa.string()), "extraction": pa.array(payloads, pa.string())})
    pq.write_table(table, out, compression="zstd")
    return out, failures


def _client(cluster: Any) -> tuple[Any, Callable[[], None]]:
    """A Dask client for an address, "local", a cluster object or a client; and how to close what was opened."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as error:
        raise ConfigError("--cluster needs Dask: pip install 'sitrep[distributed]'") from error
    if isinstance(cluster, Client):
        return cluster, lambda: None
    if cluster == "local":
        local = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
        client = Client(local)
        return client, lambda: (client.close(), local.close())
    if isinstance(cluster, str):
        try:
            client = Client(cluster, timeout="10s")
        except OSError as error:
            raise ConfigError(f"--cluster {cluster}: cannot reach the Dask scheduler ({error})") from error
        return client, client.close
    client = Client(cluster)  # a cluster object (LocalCluster, SLURMCluster, KubeCluster, …)
    return client, client.close


def ingest_on_cluster(paths: Iterable[str | Path], *, db: str | Path | None = None, cluster: Any = "local",
                      published: str | date | None = None, format: str | None = None,
                      columns: ColumnMapping | None = None, max_bytes: int | None = None,
                      on_failure: Callable[[Failure], None] | None = None, link: bool = True,
                      partitions: int | None = None, parts_dir: str | Path | None = None) -> IngestReport:
    """Ingest ``paths`` with extraction on a Dask cluster; the same results as :func:`sitrep.api.ingest`.

    ``cluster`` is a scheduler address (``tcp://host:8786``), ``"local"`` (a LocalCluster of 2 processes), or a
    Dask cluster or client object. ``partitions`` defaults to 4 per worker.
    """
    from sitrep.analyze.linking import link_events

    when = parse_date(published, what="published")
    files = list_files(paths)
    report = IngestReport()
    client, close = _client(cluster)
    with Store(db) as store:
        folder = Path(parts_dir) if parts_dir else Path(f"{store.path}.parts")
        folder.mkdir(parents=True, exist_ok=True)
        try:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            chunks = partition(files, partitions or workers * 4)
            outs = [str((folder / f"part-{index:05d}.parquet").resolve()) for index in range(len(chunks))]
            futures = client.map(extract_partition, chunks, outs, format=format, columns=columns,
                                 max_bytes=max_bytes, published=when, pure=False)
            for future in futures:  # in partition order: the store sees the documents in input order
                out, failures = future.result()
                for failure in failures:
                    item = Failure(**failure)
                    report.failed += 1
                    report.failures.append(item)
                    if on_failure is not None:
                        on_failure(item)
                _merge(out, store, report)
            if link and (report.ingested or report.duplicate):
                report.incidents = link_events(store).incidents
        finally:
            close()
        shutil.rmtree(folder, ignore_errors=True)
    return report


def _merge(out: str, store: Store, report: IngestReport) -> None:
    import pyarrow.parquet as pq

    for payload in pq.read_table(out, columns=["extraction"]).column("extraction").to_pylist():
        extraction = Extraction.model_validate_json(payload)
        if store.save(extraction):
            report.ingested += 1
            report.claims += len(extraction.claims)
            report.events += len(extraction.events)
            if extraction.document.language != "en":
                report.languages[extraction.document.language] += 1
        else:
            report.duplicate += 1
