"""The bulk row path (database.insert, NumPy columns scanned by DuckDB) and the store edge check's quick look."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from sitrep import api
from sitrep.errors import InvalidRecordError
from sitrep.ingest import document_from_text
from sitrep.model import Document, Event, Extraction
from sitrep.store import database, validate


def _table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, x DOUBLE, tags VARCHAR[], day DATE, stamp TIMESTAMPTZ, flag BOOLEAN, "
        "big BIGINT, s VARCHAR, nothing INTEGER)"
    )


def _rows(n: int) -> list[tuple[object, ...]]:
    # Values whose Python types vary along a column: ints then floats past the first 1,000 rows, lists of equal
    # length (a 2-d array if NumPy were asked to guess), NULs inside strings, a column of None only.
    return [
        (
            k,
            k if k < 1200 else k + 0.5,
            ["a", "b"] if k % 3 else [],
            dt.date(2024, 1, 1) + dt.timedelta(days=k % 40),
            dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.UTC),
            None if k % 7 == 0 else bool(k % 2),
            10**10 if k == 1500 else k,
            "nul\x00inside" if k == 3 else ("ä" if k % 2 else "plain"),
            None,
        )
        for k in range(n)
    ]


@pytest.mark.parametrize("n", [1, 5, 1500])
def test_insert_stores_what_it_is_given(n: int) -> None:
    con = duckdb.connect()
    _table(con)
    rows = _rows(n)
    database.insert(con, "t", ("id", "x", "tags", "day", "stamp", "flag", "big", "s", "nothing"), rows)
    got = con.execute("SELECT * FROM t ORDER BY id").fetchall()
    assert [(*r[:4], r[4].astimezone(dt.UTC), *r[5:]) for r in got] == rows
    assert con.execute("SELECT typeof(x) FROM t LIMIT 1").fetchone() == ("DOUBLE",)


def test_insert_refused_in_a_transaction_raises_the_database_error() -> None:
    con = duckdb.connect()
    _table(con)
    columns = ("id", "x", "tags", "day", "stamp", "flag", "big", "s", "nothing")
    database.insert(con, "t", columns, _rows(3))
    con.execute("BEGIN TRANSACTION")
    with pytest.raises(duckdb.ConstraintException):
        database.insert(con, "t", columns, _rows(1200))  # id 0 is stored already
    con.execute("ROLLBACK")
    assert con.execute("SELECT count(*) FROM t").fetchone() == (3,)
    database.insert(con, "t", columns, _rows(1200)[3:])  # the connection is usable after the rollback
    assert con.execute("SELECT count(*) FROM t").fetchone() == (1200,)


def _document(**changes: object) -> Document:
    return Document(id="d1", text="Gunmen attacked a checkpoint on 3 March.", published=dt.date(2024, 3, 5)).model_copy(
        update=changes
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"title": "lone \ud800 surrogate"},
        {"published": dt.date(1700, 1, 1)},
        {"published": dt.date(2300, 1, 1)},
    ],
)
def test_quick_look_never_clears_a_refused_value(changes: dict[str, object]) -> None:
    document = _document(**changes)
    assert not validate._plainly_fine(document)
    with pytest.raises(InvalidRecordError, match="document d1"):
        validate.check_extraction(Extraction(document=document))


def test_quick_look_clears_a_plain_document() -> None:
    assert validate._plainly_fine(_document())


@pytest.fixture(scope="module")
def extracted_event() -> Event:
    text = "Gunmen killed 4 soldiers and wounded 6 near Kirkuk on Monday, police said."
    extraction = api.extract(document_from_text(text, published=dt.date(2024, 3, 5)), extractor=api.default_extractor())
    assert extraction.events
    return extraction.events[0]


@pytest.mark.parametrize(
    "changes",
    [
        {"date_start": dt.date(1750, 5, 1)},
        {"date_end": dt.date(2250, 5, 1)},
        {"killed": {"low": -3, "best": -3, "high": None}},
        {"wounded": {"low": 6, "best": 20_000_000_000, "high": None}},
        {"actor1": "lone \udfff surrogate"},
    ],
)
def test_quick_look_sends_every_refused_event_value_to_the_walk(extracted_event: Event, changes: dict) -> None:
    updates = {
        name: (getattr(extracted_event, name).model_copy(update=value) if isinstance(value, dict) else value)
        for name, value in changes.items()
    }
    event = extracted_event.model_copy(update=updates)
    assert not validate._plainly_fine(event)
    with pytest.raises(InvalidRecordError):
        validate._check_record(event, "event e1")


def test_quick_look_clears_an_extracted_event(extracted_event: Event) -> None:
    assert validate._plainly_fine(extracted_event)
