"""The database as the server holds it: DuckDB allows one writer, so the server owns it.

One :class:`~sitrep.store.Store` opened for writing is the only connection that writes, and every write runs under
one lock (:meth:`Desk.write`), so two reviewers' edits are applied one after the other, each in its own
transaction, never interleaved. Request threads read through their own cursor on the same database
(:meth:`Desk.reader`), which sees every committed write and refuses to write. The review queue is computed once and
then kept up to date for the documents each write touched, rather than recomputed for every page.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from sitrep.analyze import review
from sitrep.analyze.incidents import Incident, incidents
from sitrep.geo import Gazetteer
from sitrep.store import Store

T = TypeVar("T")


class Desk:
    """An open database for the server: writes behind one lock, reads per thread, cached views."""

    def __init__(self, db: str | Path, *, audit: bool = True) -> None:
        self.store = Store(db)
        self.path = self.store.path
        self.audit = audit
        self._write_lock = threading.Lock()
        self._view_lock = threading.Lock()
        self._local = threading.local()
        self._readers: list[Store] = []
        self.version = 0
        self._items: dict[tuple[str, str], review.QueueItem] | None = None
        self._dirty: set[str] = set()
        self._incidents: tuple[int, list[Incident]] | None = None
        self._gazetteer: Gazetteer | None = None

    def close(self) -> None:
        """Close every reader and the writer."""
        for reader in self._readers:
            reader.close()
        self.store.close()

    # -- reading and writing ---------------------------------------------------------------------------------------

    def reader(self) -> Store:
        """This thread's read-only handle on the database (made on first use)."""
        handle = getattr(self._local, "store", None)
        if handle is None:
            with self._write_lock:  # a cursor is made from the writer connection: not while it writes
                handle = self.store.reader()
            self._local.store = handle
            self._readers.append(handle)
        return handle

    def write(self, fn: Callable[[Store], T], *, documents: Iterable[str] = ()) -> T:
        """Run ``fn`` with the writing store, one writer at a time; mark ``documents`` for the queue to redo."""
        with self._write_lock:
            result = fn(self.store)
            self.version += 1
        with self._view_lock:
            self._dirty.update(documents)
        return result

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer places are chosen from (loaded on first use: about a second)."""
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    # -- views -----------------------------------------------------------------------------------------------------

    def queue(self, *, pending_only: bool = True) -> list[review.QueueItem]:
        """The review queue, most urgent first; only records not yet accepted or rejected unless told otherwise."""
        with self._view_lock:
            store = self.reader()
            if self._items is None:
                items = review.queue(store, pending_only=False, audit=self.audit)
                self._items = {(i.kind, i.id): i for i in items}
                self._dirty.clear()
            elif self._dirty:
                self._refresh(store, self._dirty)
                self._dirty.clear()
            items = sorted(self._items.values(), key=lambda i: (-i.priority, i.kind, i.id))
        return [i for i in items if not pending_only or i.state not in ("accepted", "rejected")]

    def _refresh(self, store: Store, documents: set[str]) -> None:
        """Recompute the items of these documents' records, and of the other reports of their incidents."""
        assert self._items is not None
        events = [e for d in sorted(documents) for e in store.events(document_id=d)]
        incident_ids = sorted({e.incident_id for e in events if e.incident_id})
        if incident_ids:
            from sitrep.store import incidents as stored

            known = {e.id for e in events}
            events += [e for e in stored.load_events(store, incident_ids=incident_ids) if e.id not in known]
        mates = {e.document_id for e in events}
        claims = [c for d in sorted(documents) for c in store.claims(document_id=d)]
        flags: dict[str, int] = {}
        if self.audit:
            from sitrep.analyze.audit import audit_claim
            from sitrep.errors import SitrepError

            for claim in claims:
                try:
                    flags[claim.id] = len(audit_claim(store, claim.id).flagged)
                except SitrepError:
                    flags[claim.id] = 0
        gone = {key for key, item in self._items.items() if item.document_id in mates | documents}
        for key in gone:
            del self._items[key]
        # Other reports of a touched incident need all their mates to judge disagreement: load them whole.
        for item in review.queue_items(store, events, claims, audit_flags=flags):
            self._items[(item.kind, item.id)] = item

    def incidents(self) -> list[Incident]:
        """Every incident, merged from its reports with reviewed values applied; recomputed after a write."""
        with self._view_lock:
            cached = self._incidents
            if cached is not None and cached[0] == self.version:
                return cached[1]
            found = incidents(self.reader(), gazetteer=self.gazetteer)
            self._incidents = (self.version, found)
            return found

    def stats(self) -> dict[str, Any]:
        """Counts for the page header: records and how many were reviewed."""
        from sitrep.store import reviews

        store = self.reader()
        counts = store.counts()
        return {"events": counts["events"], "claims": counts["claims"], "documents": counts["documents"],
                "event_states": reviews.state_counts(store, "event"),
                "claim_states": reviews.state_counts(store, "claim")}
