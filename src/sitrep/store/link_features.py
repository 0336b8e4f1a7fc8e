"""Stored linking features: what the pair score compares of each event, kept so that linking reads it, not the events.

An incremental linking run (``sitrep link``) compares a few new reports with the stored
reports of the same days and places. Rebuilding those stored reports' features each time (records with their
spans, the geocoder on their places, their content words) made its cost follow the store, not what is new; so
each run stores the features it computes (:func:`save`) and the next reads them as columns (:func:`read`).

The ``link_features`` table (migration 10) is a cache. A row counts only while its ``version`` is the feature
code's (the caller passes it: the analyze stage's ``FEATURES_VERSION``) and its ``written`` stamp is the event's now
(:data:`CURRENT`): an event edited by the review desk or re-extracted under the same id gets a new stamp, so its
features are recomputed by the next run, and a database upgraded from before migration 10 fills the table as it
links.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import Any

import duckdb
import numpy as np

from sitrep.store import database
from sitrep.store.store import CURRENT_DOCUMENTS, Store

CURRENT = "f.written = e.written"
"""SQL true where the feature row ``f`` is current for the event ``e``: it was computed from the event as written now.

``events.written`` (migration 14) is a stamp the store gives a row whenever it is inserted or its values are updated
(:mod:`sitrep.store.migrations`); a feature row keeps the stamp of the event it was computed from. Until migration
14 this was a hash of the event's 24 scored columns, computed for every stored event a run read (38,000 rows of the
100,000-event bench store; 0.03 CPU s and more on a first query), and blind to the spans the words and the night
flag come from."""

LOCALITIES = 3
"""Entries of each list column read (the analyze stage's ``LOCALITIES``)."""

NO_DAY = np.iinfo(np.int64).min // 4
"""The day number read for an undated event (as the analyze stage numbers days)."""

_TYPES = {
    "day": "INTEGER",
    "precise": "BOOLEAN",
    "country": "VARCHAR",
    "admin1": "VARCHAR",
    "admin1_alt": "VARCHAR[]",
    "localities": "VARCHAR[]",
    "loose": "VARCHAR[]",
    "own": "BOOLEAN",
    "latitude": "DOUBLE",
    "longitude": "DOUBLE",
    "event_type": "VARCHAR",
    "sub_event_type": "VARCHAR",
    "family": "INTEGER",
    "tactics": "BIGINT",
    "actor1": "VARCHAR",
    "actor2": "VARCHAR",
    "killed": "BIGINT",
    "wounded": "BIGINT",
    "claimed": "BOOLEAN",
    "night": "BOOLEAN",
    "words": "VARCHAR",
}
"""The stored feature columns (those of the analyze stage's ``FEATURE_COLUMNS`` but ``document_id``,
which is the event's) and their SQL types."""

_READ = {
    "day": f"coalesce(f.day, {NO_DAY})",
    "latitude": "coalesce(f.latitude, 'NaN'::DOUBLE)",
    "longitude": "coalesce(f.longitude, 'NaN'::DOUBLE)",
    "family": "coalesce(f.family, -1)",
    "killed": "coalesce(f.killed, -1)",
    "wounded": "coalesce(f.wounded, -1)",
}
"""Numeric columns read with their unknown value in place of NULL, so they come back as plain arrays."""

_FILLED = {
    "precise": "coalesce(f.precise, false)",
    "own": "coalesce(f.own, false)",
    "claimed": "coalesce(f.claimed, false)",
    "night": "coalesce(f.night, false)",
    "tactics": "coalesce(f.tactics, -1)",
    "words": "coalesce(f.words, '')",
}
"""The other columns :func:`read_coded` reads with a value in place of NULL (only a row without a current feature
row has NULLs): the values :func:`_numpy` gives them, "" for the words (None again once read)."""


def save(store: Store, event_ids: Sequence[str], columns: Mapping[str, Sequence[Any]], *, version: int) -> int:
    """Store (or replace) the features of these events, one value per event in each column, with the events'
    current ``written`` stamp; ids no longer stored are skipped. One transaction; returns the rows written."""
    if not event_ids:
        return 0
    names = list(_TYPES)
    count = len(event_ids)
    # Handed to DuckDB as NumPy object columns it scans (found by this name, as sitrep.store.database.insert does),
    # each cast to its column's type: as unnested list parameters every value became a DuckDB Value on the way in
    # (56 against 35 ms of CPU for the 2,000 new events of a 2,000-document ingest, the same rows stored).
    ids = {"event_id": np.fromiter(event_ids, dtype=object, count=count)}
    given = {**ids, **{name: np.fromiter(columns[name], dtype=object, count=count) for name in names}}
    sql = (
        f"INSERT INTO link_features (event_id, version, written, {', '.join(names)}) "
        f"SELECT g.event_id, ?, e.written, {', '.join(f'g.{name}::{_TYPES[name]}' for name in names)} "
        "FROM sitrep_link_features g JOIN events e ON e.id = g.event_id"
    )

    def write(con: duckdb.DuckDBPyConnection) -> int:
        sitrep_link_ids, sitrep_link_features = ids, given  # noqa: F841 (read by DuckDB from this frame)
        # Replaced by delete and insert: the table has no key to conflict on (migration 12 dropped it, an index that
        # grew with every event), so the rows of these events are deleted first, in the same transaction.
        con.execute("DELETE FROM link_features WHERE event_id IN (SELECT event_id FROM sitrep_link_ids)")
        with database.typed_from_all(con, count):
            found = con.execute(sql, [version]).fetchone()  # (an INSERT answers with the rows it wrote)
        return int(found[0]) if found else 0

    return store._write(write, what=f"store the linking features of {len(event_ids)} events")


def prune(store: Store) -> None:
    """Delete the feature rows of events no longer stored (a re-extraction replaces a document's events)."""
    store._write(
        lambda con: con.execute("DELETE FROM link_features WHERE event_id NOT IN (SELECT id FROM events)"),
        what="delete the linking features of events no longer stored",
    )


def read(store: Store, where: str, params: Sequence[Any], *, version: int) -> dict[str, np.ndarray]:
    """The events selected by ``where`` (a WHERE clause over ``events e``, as the linking loaders build it), by
    document then position, as columns: ``id``, ``document_id``, ``incident_id``, ``members`` (how many events of
    current documents its incident holds, 0 for none), ``stored`` (True where a current feature row was found)
    and the feature columns (unknown values where ``stored`` is False), each list column as :data:`LOCALITIES`
    columns ``<name>_1`` … (None past its end)."""
    features = ", ".join(
        ", ".join(f'f.{name}[{k}] AS "{name}_{k}"' for k in range(1, LOCALITIES + 1))
        if _TYPES[name] == "VARCHAR[]"
        else f'{_READ.get(name, f"f.{name}")} AS "{name}"'
        for name in _TYPES
    )
    sql = (
        "SELECT e.id, e.document_id, e.incident_id, coalesce(m.members, 0) AS members, "
        f"f.event_id IS NOT NULL AS stored, {features} FROM events e "
        "JOIN documents d ON d.id = e.document_id LEFT JOIN link_features f ON f.event_id = e.id "
        f"AND f.version = ? AND {CURRENT} "
        "LEFT JOIN (SELECT incident_id, count(*) AS members FROM events WHERE incident_id IS NOT NULL "
        f"AND document_id IN {CURRENT_DOCUMENTS} GROUP BY incident_id) m ON m.incident_id = e.incident_id "
        f"{where} ORDER BY d.seq, e.ordinal"
    )
    return store._read(lambda con: _numpy(con.execute(sql, [version, *params]).fetchnumpy()))


def _numpy(found: Mapping[str, Any]) -> dict[str, np.ndarray]:
    # Columns with NULLs come back as masked arrays (only those of events without a feature row): plain arrays
    # with None (object columns) or the column's unknown value in their place. Asking np.ma imports numpy.ma (a
    # few hundredths of a second); until something has imported it, no column can be a masked array.
    masked = sys.modules.get("numpy.ma")
    out: dict[str, np.ndarray] = {}
    for name, values in found.items():
        if masked is not None and isinstance(values, masked.MaskedArray):
            mask = masked.getmaskarray(values)
            data = masked.getdata(values)
            if data.dtype == object:
                data = data.copy()
                data[mask] = None
            elif data.dtype.kind == "b":
                data = np.where(mask, False, data)
            elif data.dtype.kind == "f":
                data = np.where(mask, np.nan, data)
            else:
                data = np.where(mask, NO_DAY if name == "day" else -1, data)
            values = data
        out[name] = np.asarray(values)
    return out


SPACES: dict[str, tuple[str, ...]] = {
    "document_id": ("document_id",),
    "incident_id": ("incident_id",),
    "country": ("country",),
    "admin1": ("admin1", *(f"admin1_alt_{k}" for k in range(1, LOCALITIES + 1))),
    "localities": tuple(f"localities_{k}" for k in range(1, LOCALITIES + 1)),
    "loose": tuple(f"loose_{k}" for k in range(1, LOCALITIES + 1)),
    "event_type": ("event_type",),
    "sub_event_type": ("sub_event_type",),
    "actors": ("actor1", "actor2"),
}
"""The string columns :func:`read_coded` numbers, by id space: the columns of one space are compared with each other
(an admin1 unit one report is placed in with one another names), as the analyze stage's ``features_from_columns``
numbers them."""


def read_coded(
    store: Store, selections: Sequence[tuple[str, Sequence[Any]]], *, version: int, members: bool = False
) -> dict[str, np.ndarray]:
    """The events of ``selections`` (WHERE clauses over ``events e`` with their parameters, as the linking loaders
    build them; an event in two of them is read once, with the first), as :func:`read` gives them but with the
    string columns of :data:`SPACES` numbered: integers below 2**55, -1 for NULL and "" (they say only which values
    are equal). Linking then moves integers out of the database, not tens of thousands of Python strings it would
    number itself (measured on the 100,000-event bench store: reading and numbering 47,000 stored reports' strings
    took a third of a run).

    Rows come by selection, then by document and position, with ``part`` the index of their selection; with
    ``members``, the other events of current documents in the incidents of the selected ones follow as one more
    part. Columns: ``id`` (text), ``incident_id`` (number; ``incident`` the text), ``part``, ``stored`` and the
    feature columns (list columns as ``<name>_1`` …; the unknown values of :func:`read` where ``stored`` is
    False); ``words`` stays text.

    The numbers are DuckDB's 64-bit ``hash`` of the strings, less 9 bits: two different strings of one space
    share a number only if those 55 bits collide, about one chance in 10^7 for 100,000 distinct values (the
    documents of a large run), and such a pair would then only be taken for two reports of one document."""
    params: list[Any] = []
    picked = []
    for part, (where, given) in enumerate(selections):
        # An event an earlier selection holds is left out here by its row id (an integer anti join), so that a
        # caller need not pass those ids to exclude (the new events, bound again and compared as text).
        earlier = " UNION ALL ".join(f"SELECT r FROM p{k}" for k in range(part))
        skip = f"ANTI JOIN ({earlier}) q ON q.r = e.rowid " if part else ""
        picked.append(f"p{part} AS MATERIALIZED (SELECT e.incident_id AS incident, {part} AS part, e.rowid AS r "
                      f"FROM events e {skip}{where})")
        params += list(given)
    if not picked:
        return {}
    chosen = f"WITH {', '.join(picked)} " + " UNION ALL ".join(f"SELECT * FROM p{k}" for k in range(len(picked)))
    if members:
        # The incidents' other members: events of current documents sharing an incident id with a picked one and
        # not picked themselves (a semi and an anti join on the picked rows, the incident ids carried along). The
        # picked rows are carried by row id, not by their text ids, through this and the join below: integer joins
        # (measured on the 100,000-event bench store, the read 0.169 -> 0.160 CPU s, interleaved runs).
        chosen = (
            f"WITH p AS MATERIALIZED ({chosen}) SELECT part, r FROM p UNION ALL "
            f"SELECT {len(selections)}, e.rowid FROM events e SEMI JOIN p i ON i.incident = e.incident_id "
            f"ANTI JOIN p a ON a.r = e.rowid WHERE e.document_id IN {CURRENT_DOCUMENTS}"
        )
    numbered = [column for columns in SPACES.values() for column in columns]
    plain = [name for name in _TYPES if _TYPES[name] != "VARCHAR[]" and name not in numbered]
    # The selected events first, narrow (with their stamp), then their feature rows joined: joining and
    # sorting the wide rows made DuckDB build and sort tens of megabytes (measured 0.23 CPU s against 0.16 for
    # 47,000 rows of the bench store). The rows come unordered and are put in order here (NumPy sorts the three
    # keys faster than DuckDB's window or ORDER BY over the rows).
    #
    # The feature rows are found by the events' stamps alone (an integer join): a stamp is unique to one event row
    # and a feature row carries the stamp of the event row it was computed from (see CURRENT), so this finds the
    # rows the event's id and stamp would.
    #
    # No column comes back with a NULL: DuckDB hands a column with NULLs over as a masked array, and the first
    # one imports numpy.ma (0.025-0.035 CPU s of every linking process, measured). The flags and numbers take the
    # values _numpy gives a missing one; the incident id and the words take "" in SQL and None here, where their
    # NULLs were (an event without an incident; a row without a feature row).
    hashes = ", ".join(f'hash({_text(column)}) AS "{column}"' for column in numbered)
    values = ", ".join(f'{_FILLED.get(name, _READ.get(name, f"f.{name}"))} AS "{name}"' for name in plain)
    sql = (
        "WITH s AS MATERIALIZED (SELECT e.id, c.part, d.seq, e.ordinal, "
        f"e.incident_id, e.document_id, e.written FROM ({chosen}) c JOIN events e ON e.rowid = c.r "
        "JOIN documents d ON d.id = e.document_id) "
        "SELECT s.seq, s.ordinal, s.id, coalesce(s.incident_id, '') AS incident, s.part, "
        f"f.written IS NOT NULL AS stored, {hashes}, {values} "
        "FROM s LEFT JOIN link_features f ON f.written = s.written AND f.version = ?"
    )
    params.append(version)

    def run(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, Any], tuple[Any, ...] | None]:
        unknown = con.execute("SELECT hash(NULL::VARCHAR), hash('')").fetchone()
        return con.execute(sql, params).fetchnumpy(), unknown

    found, unknown = store._read(run)
    order = np.lexsort((np.asarray(found.pop("ordinal")), np.asarray(found.pop("seq")), np.asarray(found["part"])))
    rest = _numpy({name: values for name, values in found.items() if name not in numbered})
    out = {name: values[order] for name, values in rest.items()}
    none, empty = (np.uint64(value) for value in (unknown or (0, 0)))
    for column, missing in (("incident", found["incident_id"][order] == none), ("words", ~out["stored"])):
        if missing.any():
            out[column] = out[column].copy()
            out[column][missing] = None
    for column in numbered:
        # The hash, less 9 bits, is the number: below 2**55, as the analyze stage's blocking keys need (numbering
        # the hashes densely in NumPy cost more than the rest of this function). NULL and "" by two comparisons
        # (np.isin sorted each column).
        values = np.asarray(found[column])[order]
        out[column] = np.where((values == none) | (values == empty), -1, (values >> np.uint64(9)).astype(np.int64))
    return out


def _text(column: str) -> str:
    """The SQL of a numbered column's text (``s`` the selected event, ``f`` its feature row): ``<name>_<k>`` is the
    k-th entry of a list column."""
    if column in ("document_id", "incident_id"):
        return f"s.{column}"
    name, _, k = column.rpartition("_")
    if _TYPES.get(name) == "VARCHAR[]":
        return f"f.{name}[{k}]"
    return f"f.{column}"
