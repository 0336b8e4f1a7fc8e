"""What the claim steps of an ingest have seen, and their writes (the steps themselves: ``analyze/claims.py``).

Two steps compare stored claims with each other after every ingest: ``repeats`` links the same claim relayed by
several outlets, ``series`` stores the ``series_total`` checks of totals that contradict an earlier claim of the
same claimant. Each keeps a row in ``claim_steps`` (migration 13): ``through_seq``, the highest ``documents.seq``
it had seen, and a hash of the actor table it compared claimants with. The next run compares only the claims of
documents stored after ``through_seq`` (and, for series, the claims those documents superseded), so its cost is
what is new, not what the store holds.

New documents only ever come after ``through_seq``, and a document they supersede keeps its rows (its claims only
leave the current ones). Every other change to the claims a step has seen — a document made current again (a
reverted version, ``forget --undo``), forgotten, re-extracted, a claim edited by a reviewer — goes through
:func:`stale`, in the same transaction: it moves ``through_seq`` back to just before the earliest document
changed, and each step's next run compares again the claims of that document and of every one stored after it.
Those before it are untouched by the change: a claim is only ever compared with the claims stored before it (a
repeat with an earlier representative, a series total with earlier totals), and theirs did not change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import duckdb

from sitrep.model import Check
from sitrep.store import database, rows

if TYPE_CHECKING:
    from sitrep.store.store import Store

REPEATS = "repeats"
SERIES = "series"


@dataclass(frozen=True)
class Seen:
    """How far one claim step has compared: documents up to ``through`` (a ``documents.seq``), with the actor table
    whose hash is ``actors``."""

    through: int
    actors: str


def seen(store: Store, step: str) -> Seen | None:
    """What ``step`` had seen when it last ran; None when it never ran, or a change it cannot follow came since."""
    found = store.query("SELECT through_seq, actors FROM claim_steps WHERE step = ?", [step])
    return Seen(int(found[0]["through_seq"]), found[0]["actors"]) if found else None


def last_seq(store: Store) -> int:
    """The ``seq`` of the last document stored (0 for an empty store): what a step that runs now has seen."""
    return int(store.query("SELECT coalesce(max(seq), 0) AS s FROM documents")[0]["s"])


def stale(con: duckdb.DuckDBPyConnection, document_ids: Sequence[str]) -> None:
    """Take back what the claim steps have seen from the earliest of ``document_ids`` on (inside the caller's
    write transaction): their claims changed in a way the steps cannot follow from new documents alone. The steps'
    next run compares the claims of that document and of every document stored after it again (the module
    docstring); a document that is not stored makes it compare every claim."""
    found = con.execute("SELECT min(seq) FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                        [list(document_ids)]).fetchone()
    first = found[0] if found else None
    if first is None:
        con.execute("DELETE FROM claim_steps")
        return
    con.execute("UPDATE claim_steps SET through_seq = ? WHERE through_seq >= ?", [int(first) - 1, int(first)])


def _mark(con: duckdb.DuckDBPyConnection, step: str, now: Seen) -> None:
    con.execute("DELETE FROM claim_steps WHERE step = ?", [step])
    con.execute("INSERT INTO claim_steps (step, through_seq, actors) VALUES (?, ?, ?)",
                [step, now.through, now.actors])


def write_repeats(store: Store, links: Sequence[tuple[str, str]], now: Seen) -> None:
    """Set each copy's ``repeats`` ((original id, copy id) pairs) and record that the repeats step has seen ``now``,
    in one transaction.

    A copy is no longer a claim of its own: a series step that has already compared it with others must compare
    again, from the earliest such copy on (as :func:`stale` does).
    """

    def write(con: duckdb.DuckDBPyConnection) -> None:
        if links:
            # One UPDATE for them all: claims has no index (migration 12), and each UPDATE … WHERE id = ? scanned it.
            con.execute("UPDATE claims SET repeats = n.original FROM (SELECT unnest(?::VARCHAR[]) AS original, "
                        "unnest(?::VARCHAR[]) AS copy) n WHERE claims.id = n.copy",
                        [[o for o, _ in links], [c for _, c in links]])
            first = con.execute("SELECT min(d.seq) FROM claims c JOIN documents d ON d.id = c.document_id "
                                "WHERE c.id IN (SELECT unnest(?::VARCHAR[]))", [[c for _, c in links]]).fetchone()
            if first and first[0] is not None:
                con.execute("UPDATE claim_steps SET through_seq = ? WHERE step = ? AND through_seq >= ?",
                            [int(first[0]) - 1, SERIES, int(first[0])])
        _mark(con, REPEATS, now)

    store._write(write, what=f"link {len(links)} repeated claims")


def series_checks(store: Store, kind: str, claim_ids: Sequence[str]) -> dict[str, list[Check]]:
    """The stored checks of ``kind`` of each of ``claim_ids`` that has any, in their order."""
    found = store.query(f"SELECT {', '.join(rows.CHECK_COLUMNS)} FROM checks WHERE kind = ? AND claim_id IN "
                        "(SELECT unnest(?::VARCHAR[])) ORDER BY claim_id, ordinal", [kind, list(claim_ids)])
    out: dict[str, list[Check]] = {}
    for row in found:
        out.setdefault(row["claim_id"], []).append(
            Check(kind=row["kind"], facet=row["facet"], expected=row["expected"], actual=row["actual"], ok=row["ok"],
                  detail=row["detail"]))
    return out


def write_series(store: Store, kind: str, found: Mapping[str, Sequence[Check]], now: Seen, *,
                 everything: bool = False) -> None:
    """Replace the checks of ``kind`` of the claims in ``found`` (claim id → its checks of that kind, appended after
    the claim's own; an empty list removes them) and record that the series step has seen ``now``, in one
    transaction. ``everything``: every stored check of ``kind`` is replaced, those of claims not in ``found`` removed.
    """

    def write(con: duckdb.DuckDBPyConnection) -> None:
        ids = list(found)
        if everything:
            con.execute("DELETE FROM checks WHERE kind = ?", [kind])
        elif ids:
            con.execute("DELETE FROM checks WHERE kind = ? AND claim_id IN (SELECT unnest(?::VARCHAR[]))", [kind, ids])
        written = [(claim_id, checks) for claim_id, checks in found.items() if checks]
        if written:
            # Each claim's checks of ``kind`` come after its own (those its extraction made): one query for the
            # next free ordinal of them all, one INSERT.
            after = {row[0]: int(row[1]) for row in con.execute(
                "SELECT claim_id, max(ordinal) + 1 FROM checks WHERE claim_id IN (SELECT unnest(?::VARCHAR[])) "
                "GROUP BY claim_id", [[claim_id for claim_id, _ in written]]).fetchall()}
            database.insert(con, "checks", rows.CHECK_COLUMNS, [
                (claim_id, after.get(claim_id, 0) + offset, check.kind, check.facet, check.expected, check.actual,
                 check.ok, check.detail)
                for claim_id, checks in written for offset, check in enumerate(checks)])
        _mark(con, SERIES, now)

    store._write(write, what=f"store {sum(len(c) for c in found.values())} {kind} checks")
