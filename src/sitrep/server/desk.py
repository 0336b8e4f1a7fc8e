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
from datetime import date
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
        self._flags: dict[str, int] = {}
        self._incidents: dict[str, Incident] | None = None
        self._incident_dirty: set[str] = set()
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
            self._incident_dirty.update(documents)
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
                claims = store.claims()
                self._flags = self._audit(store, claims)
                items = review.queue_items(store, store.events(), claims, audit_flags=self._flags)
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
        # A claim is audited again only when it is new to the desk: an audit reads the whole record (about 10-50
        # ms a claim), and one edited event changes it little. The claim's own page always runs a fresh audit.
        self._flags.update(self._audit(store, [c for c in claims if c.id not in self._flags]))
        flags = self._flags
        gone = {key for key, item in self._items.items() if item.document_id in mates | documents}
        for key in gone:
            del self._items[key]
        # Other reports of a touched incident need all their mates to judge disagreement: load them whole.
        for item in review.queue_items(store, events, claims, audit_flags=flags):
            self._items[(item.kind, item.id)] = item

    def _audit(self, store: Store, claims: list[Any]) -> dict[str, int]:
        """Claim id -> figures the record does not bear out (empty when the desk does not audit)."""
        if not self.audit:
            return {}
        from sitrep.analyze.audit import audit_claim
        from sitrep.errors import SitrepError

        flags = {}
        for claim in claims:
            try:
                flags[claim.id] = len(audit_claim(store, claim.id).flagged)
            except SitrepError:
                flags[claim.id] = 0
        return flags

    def incidents(self) -> list[Incident]:
        """Every incident, merged from its reports with reviewed values applied, by date. Merged once, then again
        only for the incidents that hold (or held) a report of a document a write touched."""
        with self._view_lock:
            store = self.reader()
            if self._incidents is None:
                self._incidents = {i.id: i for i in incidents(store, gazetteer=self.gazetteer)}
                self._incident_dirty.clear()
            elif self._incident_dirty:
                self._refresh_incidents(store, self._incident_dirty)
                self._incident_dirty.clear()
            found = list(self._incidents.values())
        return sorted(found, key=lambda i: (i.date_start or date.max, i.id))

    def _refresh_incidents(self, store: Store, documents: set[str]) -> None:
        assert self._incidents is not None
        from sitrep.analyze.incidents import incident_key, merge_all
        from sitrep.store import incidents as stored

        events = [e for d in sorted(documents) for e in store.events(document_id=d)]
        touched = {incident_key(e) for e in events}
        touched |= {i.id for i in self._incidents.values() if any(s.document_id in documents for s in i.sources)}
        linked = [e for e in stored.load_events(store, incident_ids=sorted(touched)) if e.id not in
                  {x.id for x in events}]
        group = events + linked
        for incident_id in touched:
            self._incidents.pop(incident_id, None)
        documents_of = stored.load_documents(store, {e.document_id for e in group})
        for incident in merge_all(group, documents_of, gazetteer=self.gazetteer):
            self._incidents[incident.id] = incident

    def stats(self) -> dict[str, Any]:
        """Counts for the page header: records and how many were reviewed."""
        from sitrep.store import reviews

        store = self.reader()
        counts = store.counts()
        return {"events": counts["events"], "claims": counts["claims"], "documents": counts["documents"],
                "event_states": reviews.state_counts(store, "event"),
                "claim_states": reviews.state_counts(store, "claim")}
