"""Store.held: one SELECT's rows kept in a temporary table for a reader that queries them many times."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import StoreError
from sitrep.model import Document, Extraction
from sitrep.store import Store


def test_held_rows_are_read_by_query_and_dropped_after_even_on_a_read_only_store(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        for n in range(3):
            store.save(Extraction(document=Document.from_text(f"Text number {n}.", source=f"Outlet {n}")))
    with Store(path, read_only=True) as store:
        with store.held("SELECT source FROM documents WHERE source <> ?", ["Outlet 1"]) as table:
            assert sorted(r["source"] for r in store.query(f"SELECT source FROM {table}")) == ["Outlet 0", "Outlet 2"]
        with pytest.raises(StoreError):
            store.query(f"SELECT * FROM {table}")
        with pytest.raises(StoreError), store.held("DELETE FROM documents"):
            pass
        assert store.query("SELECT count(*) AS n FROM documents")[0]["n"] == 3
