"""The review desk's tables: the append-only review log, the derived review state, and users.

One write, :func:`write_review`, puts a person's action into the database in one transaction through the store's
write path: its log rows, the reviewed values written into the ``events`` / ``claims`` rows (so every SQL report and
export sees them), the derived ``review_state`` rows and any incident change. The log is never updated or deleted
from: an undo is a new row that names the ``seq`` it reverses. The decisions in it are keyed by document and span
(``document_id``, ``anchor_start``, ``anchor_end``, ``field``), not by record ids, which change when a document is
extracted again; the analyze stage (``review.apply_reviews``) reads them back onto the records at those spans.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import duckdb

from sitrep.model import Claim, Event
from sitrep.store import claim_steps, rows
from sitrep.store import incidents as stored
from sitrep.store.store import Store

ROLES = ("viewer", "coder", "reviewer", "admin")
"""Roles, each allowed what the ones before it are, and more (see :mod:`sitrep.server.auth`)."""

STATES = ("accepted", "edited", "rejected")
"""A record's review state: accepted (a reviewer vouched for it, edits included), edited (changed, not yet
accepted), rejected (not a record at all: a false positive)."""

LOG_COLUMNS = ("seq", "action_id", "logged_at", "reviewer", "action", "record_kind", "document_id", "anchor_start",
               "anchor_end", "field", "before", "after", "why", "record_id", "undoes")

_EVENT_UPDATE = tuple(c for c in rows.EVENT_COLUMNS if c not in ("id", "document_id", "ordinal", "incident_id"))
_CLAIM_UPDATE = tuple(c for c in rows.CLAIM_COLUMNS if c not in ("id", "document_id", "ordinal"))


@dataclass(frozen=True)
class LogEntry:
    """One row of the review log before it is written (``seq`` and ``logged_at`` are given by the database)."""

    action_id: str
    reviewer: str
    action: str
    record_kind: str
    document_id: str
    anchor_start: int
    anchor_end: int
    field: str
    before: Any = None
    after: Any = None
    why: str = ""
    record_id: str | None = None
    undoes: int | None = None


@dataclass
class ReviewWrite:
    """Everything one action changes, written together by :func:`write_review`."""

    entries: list[LogEntry] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    """Events whose rows take these (reviewed) values."""
    claims: list[Claim] = field(default_factory=list)
    states: dict[tuple[str, str], str | tuple[str, str | None, datetime | None] | None] = field(default_factory=dict)
    """(record_kind, record_id) -> state; None removes the state (an undo back to pending). A tuple (state,
    reviewer, at) names who decided the state and when (an undo restores the earlier decision and its author)."""
    assignments: dict[str, str] = field(default_factory=dict)
    """Event id -> incident id, placed by hand (kept by later linking runs)."""
    relinked: dict[str, str] = field(default_factory=dict)
    """Event id -> incident id, handed back to machine linking (an undone merge or split)."""
    previous: dict[str, Event | Claim] = field(default_factory=dict)
    """Record id -> the record as stored before, when the action read it: only the columns that differ from it are
    written (an UPDATE of every column of an event costs about three times one of a single column)."""


def write_review(store: Store, change: ReviewWrite, *, reviewer: str | None = None) -> list[int]:
    """Write one action in one transaction; return the ``seq`` of each log row, in order."""

    def run(con: duckdb.DuckDBPyConnection) -> list[int]:
        seqs = [_append(con, entry) for entry in change.entries]
        for event in change.events:
            before = change.previous.get(event.id)
            _update(con, "events", _EVENT_UPDATE, rows.event_row(event, 0), rows.EVENT_COLUMNS, event.id,
                    rows.event_row(before, 0) if isinstance(before, Event) else None)
        for claim in change.claims:
            before = change.previous.get(claim.id)
            _update(con, "claims", _CLAIM_UPDATE, rows.claim_row(claim, 0), rows.CLAIM_COLUMNS, claim.id,
                    rows.claim_row(before, 0) if isinstance(before, Claim) else None)
        if change.claims:
            # A reviewed claimant, period or stance: compared again by the next ingest, from its document on.
            claim_steps.stale(con, [claim.document_id for claim in change.claims])
        _set_states(con, change.states, reviewer)
        if change.assignments:
            stored.assign_in(con, change.assignments, method="unlinked")
        if change.relinked:
            stored.assign_in(con, change.relinked, method="linked")
        return seqs

    return store._write(run, what=f"record a review ({len(change.entries)} log rows)")


def _append(con: duckdb.DuckDBPyConnection, entry: LogEntry) -> int:
    found = con.execute(
        "INSERT INTO review_log (action_id, reviewer, action, record_kind, document_id, anchor_start, anchor_end, "
        "field, before, after, why, record_id, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq",
        [entry.action_id, entry.reviewer, entry.action, entry.record_kind, entry.document_id, entry.anchor_start,
         entry.anchor_end, entry.field, _dump(entry.before), _dump(entry.after), entry.why, entry.record_id,
         entry.undoes]).fetchone()
    return int(found[0]) if found else 0


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)


def _update(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], row: Sequence[Any],
            all_columns: Sequence[str], record_id: str, before: Sequence[Any] | None = None) -> None:
    """Write ``row``'s ``columns`` into the record's row; with ``before`` (the row as stored), only those that
    differ from it. An event's row takes a new ``written`` stamp with its values (migration 14), so that linking
    recomputes its stored features instead of trusting them."""
    values = dict(zip(all_columns, row, strict=True))
    if before is not None:
        old = dict(zip(all_columns, before, strict=True))
        columns = [name for name in columns if values[name] != old[name]]
        if not columns:
            return
    assignments = ", ".join(f'"{name}" = ?' for name in columns)
    if table == "events":
        assignments += ", written = nextval('events_written_seq')"
    con.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*(values[c] for c in columns), record_id])


def _set_states(con: duckdb.DuckDBPyConnection,
                states: Mapping[tuple[str, str], str | tuple[str, str | None, datetime | None] | None],
                reviewer: str | None) -> None:
    for (kind, record_id), state in states.items():
        con.execute("DELETE FROM review_state WHERE record_kind = ? AND record_id = ?", [kind, record_id])
        if isinstance(state, tuple):
            decided, by, at = state
            con.execute("INSERT INTO review_state VALUES (?, ?, ?, ?, coalesce(?, current_timestamp))",
                        [kind, record_id, decided, by, at])
        elif state is not None:
            con.execute("INSERT INTO review_state VALUES (?, ?, ?, ?, current_timestamp)",
                        [kind, record_id, state, reviewer])


def replace_states(store: Store, kind: str, record_ids: Iterable[str],
                   states: Mapping[str, tuple[str, str | None, datetime | None]]) -> None:
    """Rewrite the review state of ``record_ids`` (of ``kind``) from ``states`` (id -> state, reviewer, at): the
    rows of the ids given are removed first, so a record whose decisions were undone goes back to pending."""
    ids = list(record_ids)

    def run(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("DELETE FROM review_state WHERE record_kind = ? AND record_id IN (SELECT unnest(?::VARCHAR[]))",
                    [kind, ids])
        for record_id, (state, reviewer, at) in states.items():
            con.execute("INSERT INTO review_state VALUES (?, ?, ?, ?, ?)", [kind, record_id, state, reviewer, at])

    store._write(run, what=f"rewrite the review state of {len(ids)} {kind}s")


def update_records(store: Store, events: Sequence[Event] = (), claims: Sequence[Claim] = ()) -> None:
    """Write reviewed values into the rows of ``events`` and ``claims`` (re-applying the log after re-extraction)."""

    def run(con: duckdb.DuckDBPyConnection) -> None:
        for event in events:
            _update(con, "events", _EVENT_UPDATE, rows.event_row(event, 0), rows.EVENT_COLUMNS, event.id)
        for claim in claims:
            _update(con, "claims", _CLAIM_UPDATE, rows.claim_row(claim, 0), rows.CLAIM_COLUMNS, claim.id)
        if claims:
            claim_steps.stale(con, [claim.document_id for claim in claims])

    if events or claims:
        store._write(run, what=f"apply reviews to {len(events)} events and {len(claims)} claims")


# -- reading -------------------------------------------------------------------------------------------------------

def log(store: Store, *, document_ids: Iterable[str] | None = None, since_seq: int | None = None,
        reviewer: str | None = None) -> list[dict[str, Any]]:
    """Review log rows in the order they were written; ``before``/``after`` decoded from JSON. Filters combine."""
    clauses: list[str] = []
    params: list[Any] = []
    if document_ids is not None:
        ids = sorted(set(document_ids))
        if not ids:
            return []
        clauses.append("document_id IN (SELECT unnest(?::VARCHAR[]))")
        params.append(ids)
    if since_seq is not None:
        clauses.append("seq > ?")
        params.append(since_seq)
    if reviewer is not None:
        clauses.append("reviewer = ?")
        params.append(reviewer)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    columns = ", ".join(f'"{c}"' for c in LOG_COLUMNS)
    found = store._select(f"SELECT {columns} FROM review_log {where} ORDER BY seq", params)
    for row in found:
        for key in ("before", "after"):
            row[key] = json.loads(row[key]) if row[key] is not None else None
    return found


def states(store: Store, kind: str | None = None) -> dict[tuple[str, str], dict[str, Any]]:
    """The review state of every reviewed record: (record_kind, record_id) -> state, reviewer, at."""
    where, params = ("WHERE record_kind = ?", [kind]) if kind else ("", [])
    return {(r["record_kind"], r["record_id"]): r
            for r in store._select(f"SELECT * FROM review_state {where}", params)}


def state_counts(store: Store, kind: str = "event") -> dict[str, int]:
    """How many records of ``kind`` are in each review state (states with none are 0)."""
    found = store._select("SELECT state, count(*) AS n FROM review_state s WHERE record_kind = ? AND "
                          f"record_id IN (SELECT id FROM {kind}s) GROUP BY state", [kind])
    counts = dict.fromkeys(STATES, 0)
    counts.update({r["state"]: int(r["n"]) for r in found})
    return counts


# -- users ---------------------------------------------------------------------------------------------------------

def add_user(store: Store, name: str, role: str, key_hash: str) -> None:
    """Add a user, or give an existing one a new role and key (the old key stops working)."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}, not {role!r}")

    def run(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("DELETE FROM users WHERE name = ?", [name])
        con.execute("INSERT INTO users (name, role, key_hash) VALUES (?, ?, ?)", [name, role, key_hash])

    store._write(run, what=f"add user {name}")


def user_by_key_hash(store: Store, key_hash: str) -> dict[str, Any] | None:
    """The enabled user whose key hashes to ``key_hash``, or None."""
    found = store._select("SELECT name, role FROM users WHERE key_hash = ? AND NOT disabled", [key_hash])
    return found[0] if found else None


def user(store: Store, name: str) -> dict[str, Any] | None:
    """The enabled user called ``name`` (name, role), or None."""
    found = store._select("SELECT name, role FROM users WHERE name = ? AND NOT disabled", [name])
    return found[0] if found else None


def users(store: Store) -> list[dict[str, Any]]:
    """Every user: name, role, created_at, disabled (never the key hash)."""
    return store._select("SELECT name, role, created_at, disabled FROM users ORDER BY name", [])
