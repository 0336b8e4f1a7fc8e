"""Stored linking features: what the pair score compares of each event, kept so that linking reads it, not the events.

An incremental linking run (``sitrep link``) compares a few new reports with the stored
reports of the same days and places. Rebuilding those stored reports' features each time (records with their
spans, the geocoder on their places, their content words) made its cost follow the store, not what is new; so
each run stores the features it computes (:func:`save`) and the next reads them as columns (:func:`read`).

The ``link_features`` table (migration 10) is a cache. A row counts only while its ``version`` is the feature
code's (the caller passes it: the analyze stage's ``FEATURES_VERSION``) and its ``fingerprint`` equals a hash of
the event's scored columns now (:data:`FINGERPRINT`): an event edited by the review desk or re-extracted under the
same id gets its features recomputed by the next run, and a database upgraded from before migration 10 fills the
table as it links.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import duckdb
import numpy as np

from sitrep.store import rows
from sitrep.store.store import CURRENT_DOCUMENTS, Store

FINGERPRINT = (
    "hash("
    + ", ".join(
        f'e."{name}"'
        for name in (
            "document_id",
            "date_start",
            "time_precision",
            "event_type",
            "sub_event_type",
            "tactics",
            "actor1",
            "actor2",
            *rows.PLACE_COLUMNS.values(),
            "killed_best",
            "killed_vague",
            "wounded_best",
            "wounded_vague",
            "places",
            "status",
        )
    )
    + ")"
)
"""SQL hash of the event columns its features are computed from (``e`` is the events table)."""

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


def save(store: Store, event_ids: Sequence[str], columns: Mapping[str, Sequence[Any]], *, version: int) -> int:
    """Store (or replace) the features of these events, one value per event in each column, with the events'
    current fingerprint; ids no longer stored are skipped. One transaction; returns the rows written."""
    if not event_ids:
        return 0
    names = list(_TYPES)
    given = ", ".join(f'unnest(?::{_TYPES[name]}[]) AS "{name}"' for name in names)
    sql = (
        f"INSERT OR REPLACE INTO link_features (event_id, version, fingerprint, {', '.join(names)}) "
        f"SELECT g.event_id, ?, {FINGERPRINT}, {', '.join(f'g.{name}' for name in names)} "
        f"FROM (SELECT unnest(?::VARCHAR[]) AS event_id, {given}) g JOIN events e ON e.id = g.event_id"
    )
    params = [version, list(event_ids), *[list(columns[name]) for name in names]]

    def write(con: duckdb.DuckDBPyConnection) -> int:
        con.execute(sql, params)
        found = con.execute(
            "SELECT count(*) FROM link_features WHERE event_id IN (SELECT unnest(?::VARCHAR[]))", [list(event_ids)]
        ).fetchone()
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
        f"AND f.version = ? AND f.fingerprint = {FINGERPRINT} "
        "LEFT JOIN (SELECT incident_id, count(*) AS members FROM events WHERE incident_id IS NOT NULL "
        f"AND document_id IN {CURRENT_DOCUMENTS} GROUP BY incident_id) m ON m.incident_id = e.incident_id "
        f"{where} ORDER BY d.seq, e.ordinal"
    )
    return store._read(lambda con: _numpy(con.execute(sql, [version, *params]).fetchnumpy()))


def _numpy(found: Mapping[str, Any]) -> dict[str, np.ndarray]:
    # Columns with NULLs come back as masked arrays (only those of events without a feature row): plain arrays
    # with None (object columns) or the column's unknown value in their place.
    out: dict[str, np.ndarray] = {}
    for name, values in found.items():
        if isinstance(values, np.ma.MaskedArray):
            mask = np.ma.getmaskarray(values)
            data = np.ma.getdata(values)
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
