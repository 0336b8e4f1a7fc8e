"""The database as the server holds it: DuckDB allows one writer, so the server owns it.

One :class:`~sitrep.store.Store` opened for writing is the only connection that writes, and every write runs under
one lock (:meth:`Desk.write`), so two reviewers' edits are applied one after the other, each in its own
transaction, never interleaved. Request threads read through their own cursor on the same database
(:meth:`Desk.reader`), which sees every committed write and refuses to write.

**Views are snapshots.** The review queue, the merged incidents and the header's counts are computed once, then
kept up to date by one background thread, the refresher: a write (:meth:`Desk.write`) commits its transaction, hands
the documents it touched to the refresher and returns at once. The refresher recomputes the items of those documents
(and of the other reports of their incidents, old and new) and swaps in new snapshots; writes that arrive while it
works are refreshed together by its next pass, so under load one pass serves many edits. A page reads the current
snapshot and never computes one (profiled under load: refreshing on the edit's request path made an edit take
seconds and queued the writers behind each other's recomputations).

**Read your writes.** Each write gets a ticket (the desk's version after it). A person's pages wait, if need be,
until the refresher has passed their own last write's ticket, so the editor's next page shows their edit; other
people's pages do not wait for it (they see it a pass later, usually milliseconds). Calls without a user (the JSON
API, tests, programs) wait for every write acknowledged before they began. The record page reads the record's row
itself, which the write updated in its transaction, so it is current for everyone.

**The editor's own queue items are patched at once** (:meth:`Desk.write` with ``records``): an edit, accept or
reject changes the queue items of one record and, for an event, of the other reports of its incident only. Right
after its transaction commits, under the write lock, the desk makes those items again in memory, from the record as
the action stored it (:attr:`review.ActionResult.record`) and the incident's other events as the queue holds them,
and swaps them into the queue snapshot; so the editor's next queue page waits for nothing (profiled under load:
waiting for the refresher's pass, which also merges incidents, was the queue page's tail; reading the records back
instead cost the edit some 30 ms). A patched item is kept as an overlay, tagged with its write's ticket, until a
refresher pass that covers that ticket replaces it: a pass that began before the write would otherwise put the old
item back. Patches are made in the order of the writes, each from the records as that write left them, as long as
every write since the last pass was patched; a merge, split or undo (they change incidents) is not patched, its
author's next queue page waits for the refresher as before, and no write is patched until a pass has covered it
(the events held in memory may then not be those stored). Everyone else's queue is therefore never older than the
last pass, usually newer. The incidents page and the header's counts still come from the refresher's pass.

**Records are cached** (:meth:`Desk.record`, :meth:`Desk.document`): a record page reads the record, its
document and the document's review log from memory (a DuckDB query costs 0.5-2 ms of CPU, and a
page needed about ten). An entry is tagged with the desk's version read before it was loaded and is used only while no
write has touched its document since (every write names the documents it changes), so a page never shows a record
older than the last acknowledged write to it. The refresher fills the cache with the records it reloads anyway.

**Claim audits** (a claim held against the record: 10-50 ms a claim) run in a background thread: a write that
changes events marks the claims of those events' countries as stale, and the thread audits them again a moment
later, coalescing a burst of edits into one pass. The queue's audit flags are therefore a few seconds
behind the record; :meth:`Desk.settle` waits until they are current (tests use it).
"""

from __future__ import annotations

import bisect
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from sitrep.analyze import review
from sitrep.analyze.incidents import Incident, incident_key, incidents, merge_all
from sitrep.geo import Gazetteer
from sitrep.model import Claim, Document, Event
from sitrep.store import Store
from sitrep.store import incidents as stored
from sitrep.taxonomy import ActorTable

T = TypeVar("T")
log = logging.getLogger(__name__)

CACHED = 4096
"""Records (and, apart, documents) the desk keeps in memory, least recently used dropped first."""

USER_SECONDS = 5.0
"""How long a key's user (name and role) is remembered before it is read again from the database: a backstop only
(every write through the desk that is not a review action forgets them at once; see :mod:`sitrep.server.auth`)."""

REFRESH_WAIT = 10.0
"""The longest a page waits for its reader's own write to reach the views before it shows them as they are."""

AUDIT_DELAY = 5.0
"""Seconds the auditor waits after a write before it audits, so a burst of edits costs one pass: an audit pass
runs in the server's process and competes with requests for the interpreter (at 0.5 s, under the load test, it
took a large share of the server's time; measured in benchmarks/bench_server.py)."""


@dataclass(frozen=True)
class QueueView:
    """One snapshot of the queue: every item most urgent first, the pending ones, and positions for "next"."""

    items: list[review.QueueItem]
    pending: list[review.QueueItem]
    position: dict[tuple[str, str], int] = field(default_factory=dict)

    @classmethod
    def of(cls, items: Iterable[review.QueueItem]) -> QueueView:
        """The snapshot of these items."""
        ordered = sorted(items, key=_order)
        pending = [i for i in ordered if i.state not in ("accepted", "rejected")]
        return cls(ordered, pending, {(i.kind, i.id): n for n, i in enumerate(pending)})

    def patched(self, changed: dict[tuple[str, str], review.QueueItem]) -> QueueView:
        """This snapshot with these items in place of those of the same records (a few: no sort of the rest)."""
        kept = [i for i in self.items if (i.kind, i.id) not in changed]
        for item in changed.values():
            bisect.insort(kept, item, key=_order)
        pending = [i for i in kept if i.state not in ("accepted", "rejected")]
        return QueueView(kept, pending, {(i.kind, i.id): n for n, i in enumerate(pending)})


class Desk:
    """An open database for the server: writes behind one lock, reads per thread, views kept as snapshots."""

    def __init__(self, db: str | Path, *, audit: bool = True) -> None:
        self.store = Store(db)
        self.path = self.store.path
        self.audit = audit
        self._write_lock = threading.Lock()
        self._view_lock = threading.RLock()
        """Serialises building and refreshing the views (never taken by a page once they are built)."""
        self._local = threading.local()
        self._readers: dict[int, tuple[threading.Thread, Store]] = {}
        self._readers_lock = threading.Lock()
        self._cursors = self.store.reader()
        """Readers are cursors made from this one, not from the writer, so making one never waits for a write."""
        self.version = 0
        self._items: dict[tuple[str, str], review.QueueItem] | None = None
        self._queue: QueueView | None = None
        self._event_country: dict[str, str | None] = {}
        self._flags: dict[str, int] = {}
        self._claim_country: dict[str, str | None] = {}
        self._incidents: dict[str, Incident] | None = None
        self._incident_list: list[Incident] = []
        self._stats: dict[str, Any] | None = None
        self._gazetteer: Gazetteer | None = None
        self._actors: ActorTable | None = None
        self._stale: set[str] = set()
        self._auditing = False
        self._audit_wanted = threading.Condition()
        self._auditor: threading.Thread | None = None
        self._closing = False
        self._refresh_wanted = threading.Condition()
        self._pending: dict[bool, set[str]] = {True: set(), False: set()}
        self._requested = 0
        """The ticket of the latest write handed to the refresher."""
        self._refreshed = 0
        """Every write up to this ticket is in the views."""
        self._swap_lock = threading.Lock()
        """Guards swapping the queue snapshot (``_items``, ``_queue``) and its overlay: the refresher and the
        requests that patch it both swap it."""
        self._overlay: dict[tuple[str, str], tuple[int, review.QueueItem, Event | Claim]] = {}
        """Queue items patched in by a write (ticket, item, record), put back over each pass until one covers the
        ticket."""
        self._events: dict[str, Event] = {}
        """The events the queue's items were made from, by id (a patch finds an event's incident mates here)."""
        self._unpatched = 0
        """The ticket of the latest write that changed records and was not patched into the queue: until a pass
        covers it, the records in memory may not be those stored, and no write is patched in."""
        self._swapped = 0
        """Every write up to this ticket is in the queue snapshot (set when a pass swaps it in)."""
        self._queue_due: dict[str, int] = {}
        """User name -> the ticket of their latest write not patched into the queue (what their queue page waits
        for)."""
        self._queued = 0
        """Every write up to this ticket is in the queue (published first in a pass: the editor's next page)."""
        self._written: dict[str, int] = {}
        """User name -> the ticket of their latest write (what their next page waits for)."""
        self._refresher: threading.Thread | None = None
        self._touched: dict[str, int] = {}
        """Document id -> the version of the last write that changed it (cache entries older than that are stale)."""
        self._records: OrderedDict[tuple[str, str], tuple[int, Event | Claim]] = OrderedDict()
        self._logs: OrderedDict[str, tuple[int, list[dict[str, Any]]]] = OrderedDict()
        self._texts: OrderedDict[str, Document] = OrderedDict()
        """Documents by id: a review action never changes a document, only its records (nor does anything else
        while the server holds the database)."""
        self._totals: dict[str, int] | None = None
        self._cache_lock = threading.Lock()
        self._users: dict[str, tuple[float, Any]] = {}
        self._user_generation = 0
        """Bumped by :meth:`forget_users`: a lookup that began before it is not remembered."""

    def close(self) -> None:
        """Stop the auditor, close every reader and the writer."""
        with self._audit_wanted:
            self._closing = True
            self._audit_wanted.notify_all()
        with self._refresh_wanted:
            self._refresh_wanted.notify_all()
        if self._auditor is not None:
            self._auditor.join(30)
        if self._refresher is not None:
            self._refresher.join(30)
        with self._readers_lock:
            for _, reader in self._readers.values():
                reader.close()
            self._readers.clear()
        self._cursors.close()
        self.store.close()

    # -- reading and writing ---------------------------------------------------------------------------------------

    def reader(self) -> Store:
        """This thread's read-only handle on the database (made on first use). Request threads come and go (the
        thread pool retires idle ones), so making a handle also closes those of threads that have ended."""
        handle = getattr(self._local, "store", None)
        if handle is None:
            with self._readers_lock:
                for ident, (thread, old) in list(self._readers.items()):
                    if not thread.is_alive():
                        old.close()
                        del self._readers[ident]
                handle = self._cursors.reader()
                self._readers[threading.get_ident()] = (threading.current_thread(), handle)
            self._local.store = handle
        return handle

    def write(self, fn: Callable[[Store], T], *, documents: Iterable[str] = (), user: str | None = None,
              records: Collection[tuple[str, str]] = ()) -> T:
        """Run ``fn`` with the writing store, one writer at a time, and return once its transaction is committed;
        the refresher then brings the views of ``documents`` (those whose records the write changed) up to date.
        ``user``'s next view reads wait for that (read your writes). ``records`` ((kind, id)): the write changed
        only these records' values and states (an edit, accept or reject), so their queue items are patched in at
        once and ``user``'s next queue page does not wait (see the module's notes).

        A write that names no ``documents`` is not a review action: it may have changed users, so the remembered
        users are forgotten (:meth:`user_for_key`)."""
        wanted = set(documents)
        with self._write_lock:
            result = fn(self.store)
            self.version += 1
            ticket = self.version
            for document in wanted:  # before the lock is let go: the writer's next read must not hit a stale entry
                self._touched[document] = ticket
            # Handed over under the write lock, so tickets reach the refresher in the order they were committed.
            if wanted:
                self._enqueue(wanted, records_changed=True, ticket=ticket)
            else:  # before the lock is let go, so no request after it commits sees a user as they were
                self.forget_users()
            # In memory and under the lock, so patches are made in the order of their writes, each from the
            # records as that write left them (a few microseconds: no query).
            patched = bool(wanted) and self._patch(result, records, ticket)
            if wanted and not patched:
                self._unpatched = ticket
        if not wanted:  # nothing for the refresher: the header's counts are made again when next wanted
            self._stats = None
            return result
        if user is not None:
            self._written[user] = ticket
            if not patched:
                self._queue_due[user] = ticket
        return result

    def _patch(self, result: Any, records: Collection[tuple[str, str]], ticket: int) -> bool:
        """Swap the new queue items of the one record a write changed (and of its incident's other reports) into
        the queue, computed in memory from the record ``result`` carries (``result.record``, ``result.state``: see
        :class:`review.ActionResult`); called under the write lock, right after write ``ticket`` committed. False
        when it cannot be (the queue is not built, the record is not in it, or a write since the last pass was not
        patched, so the records held in memory may not be those stored): the writer's queue then waits for the
        refresher."""
        record, state = getattr(result, "record", None), getattr(result, "state", None)
        if record is None or len(records) != 1:
            return False
        kind = "event" if isinstance(record, Event) else "claim"
        key = (kind, record.id)
        if key not in records:
            return False
        with self._swap_lock:
            items = self._items
            if items is None or self._queue is None or key not in items or self._unpatched > self._swapped:
                return False
            if isinstance(record, Event):
                # Its incident's other reports: their items hold its values (disagreements), and its theirs.
                mates = [e for e in self._events.values()
                         if record.incident_id and e.incident_id == record.incident_id and e.id != record.id]
                fresh = {key: (review.event_item(record, mates, state), record)}
                for mate in mates:
                    held = items.get(("event", mate.id))
                    others = [record, *(e for e in mates if e.id != mate.id)]
                    fresh[("event", mate.id)] = (review.event_item(mate, others, held.state if held else None), mate)
            else:
                fresh = {key: (review.claim_item(record, self._flags.get(record.id, 0), state), record)}
            for found, (item, held_record) in fresh.items():
                self._overlay[found] = (ticket, item, held_record)
            self._apply({found: (item, held_record) for found, (item, held_record) in fresh.items()})
        self._remember(ticket, [record])
        return True

    def _apply(self, fresh: dict[tuple[str, str], tuple[review.QueueItem, Event | Claim]]) -> None:
        """Swap these items (and the records they were made from) into the queue; under the swap lock."""
        assert self._items is not None and self._queue is not None
        self._items = {**self._items, **{key: item for key, (item, _) in fresh.items()}}
        self._queue = self._queue.patched({key: item for key, (item, _) in fresh.items()})
        self._events = {**self._events, **{r.id: r for _, r in fresh.values() if isinstance(r, Event)}}

    def refresh(self, documents: Iterable[str], *, records_changed: bool = True, wait: bool = True) -> None:
        """Bring the views of these documents up to date (after a write, or when told that something changed
        them); ``wait``: return once they are. ``records_changed``: the documents' records changed, so claims held
        against them are audited again."""
        wanted = set(documents)
        if not wanted:
            return
        if records_changed:  # told from outside: records may have come or gone, so the header counts them again
            self._totals = None
        with self._write_lock:
            if records_changed:  # changed around the desk: taken as a write that was not patched (see _patch)
                self.version += 1
                for document in wanted:
                    self._touched[document] = self.version
                self._unpatched = self.version
            ticket = self.version
            self._enqueue(wanted, records_changed=records_changed, ticket=ticket)
        if wait:
            self._caught_up(ticket)

    def _enqueue(self, documents: set[str], *, records_changed: bool, ticket: int) -> None:
        with self._refresh_wanted:
            self._pending[records_changed] |= documents
            self._requested = max(self._requested, ticket)
            if self._refresher is None and not self._closing:
                self._refresher = threading.Thread(target=self._refresh_loop, name="sitrep-refresher", daemon=True)
                self._refresher.start()
            self._refresh_wanted.notify_all()

    def _refresh_loop(self) -> None:
        while True:
            with self._refresh_wanted:
                while not (self._pending[True] or self._pending[False]) and not self._closing:
                    self._refresh_wanted.wait()
                if self._closing:
                    return
                batch, changed = self._pending[True] | self._pending[False], set(self._pending[True])
                self._pending = {True: set(), False: set()}
                upto = self._requested
            with self._view_lock:
                try:
                    if self._items is not None or self._incidents is not None:
                        self._refresh(self.reader(), batch, changed, upto)
                    if self._stats is not None:
                        self._stats = self._count()
                except Exception:  # the writes are committed whatever happens here: rebuild the views on next read
                    log.exception("refreshing the review desk's views failed; they will be rebuilt")
                    with self._swap_lock:
                        self._items = self._queue = None
                        self._overlay.clear()
                        self._events = {}
                    self._incidents = None
                    self._stats = None
            self._published(upto, queue_only=False)

    def _published(self, upto: int, *, queue_only: bool) -> None:
        """Writes up to ticket ``upto`` are in the queue (``queue_only``) or in every view."""
        with self._refresh_wanted:
            self._queued = max(self._queued, upto)
            if not queue_only:
                self._refreshed = max(self._refreshed, upto)
            self._refresh_wanted.notify_all()

    def _caught_up(self, ticket: int, *, queue_only: bool = False) -> None:
        """Wait until every write up to ``ticket`` is in the views, or in the queue (``queue_only``); at most
        :data:`REFRESH_WAIT` seconds."""
        def done() -> bool:
            return (self._queued if queue_only else self._refreshed) >= ticket or self._closing

        if done():
            return
        with self._refresh_wanted:
            self._refresh_wanted.wait_for(done, timeout=REFRESH_WAIT)

    def _wait_for(self, user: str | None, *, queue_only: bool = False) -> None:
        """A view read for ``user`` (None: anyone) sees their writes: see the module's notes."""
        waits_for = self._queue_due if queue_only else self._written
        ticket = self._requested if user is None else waits_for.get(user, 0)
        self._caught_up(ticket, queue_only=queue_only)

    def settle(self, timeout: float = 60) -> bool:
        """Wait until the refresher and the background auditor have caught up with every write; False when they
        have not in time."""
        with self._refresh_wanted:
            ticket = self._requested
            if not self._refresh_wanted.wait_for(lambda: self._refreshed >= ticket, timeout=timeout):
                return False
        with self._audit_wanted:
            if not self._audit_wanted.wait_for(lambda: not self._stale and not self._auditing, timeout=timeout):
                return False
        with self._refresh_wanted:  # the auditor's last pass handed its documents to the refresher
            ticket = self._requested
            return self._refresh_wanted.wait_for(lambda: self._refreshed >= ticket, timeout=timeout)

    # -- cached records ----------------------------------------------------------------------------------------------

    def record(self, kind: str, record_id: str) -> Event | Claim | None:
        """The stored event or claim (``kind``) with this id, as last written, or None."""
        key = (kind, record_id)
        with self._cache_lock:
            found = self._records.get(key)
            if found is not None and found[0] >= self._touched.get(found[1].document_id, 0):
                self._records.move_to_end(key)
                return found[1]
        version = self.version
        store = self.reader()
        loaded = (store.events(event_id=record_id) if kind == "event"
                  else store.claims(claim_id=record_id) if kind == "claim" else [])
        if not loaded:
            return None
        self._remember(version, loaded)
        return loaded[0]

    def _remember(self, version: int, records: Iterable[Event | Claim]) -> None:
        """Cache ``records``, read at ``version`` (that is, after every write up to it was committed)."""
        with self._cache_lock:
            for record in records:
                key = ("event" if isinstance(record, Event) else "claim", record.id)
                self._records[key] = (version, record)
                self._records.move_to_end(key)
            while len(self._records) > CACHED:
                self._records.popitem(last=False)

    def document(self, document_id: str) -> tuple[Any, list[dict[str, Any]]]:
        """The stored document (None when there is none) and its review log rows, oldest first."""
        with self._cache_lock:
            found = self._logs.get(document_id)
            if found is not None and found[0] >= self._touched.get(document_id, 0):
                self._logs.move_to_end(document_id)
                rows = found[1]
            else:
                rows = None
        store = self.reader()
        if rows is None:
            rows = self._load_logs(store, [document_id])[document_id]
        return self._document_objects(store, [document_id]).get(document_id), rows

    def _document_objects(self, store: Store, document_ids: Collection[str]) -> dict[str, Document]:
        """These stored documents by id (those not stored are left out): from memory, the others in one query."""
        with self._cache_lock:
            found = {d: self._texts[d] for d in document_ids if d in self._texts}
        missing = [d for d in document_ids if d not in found]
        if missing:
            loaded = stored.load_documents(store, missing)
            found.update(loaded)
            with self._cache_lock:
                self._texts.update(loaded)
                while len(self._texts) > CACHED // 4:
                    self._texts.popitem(last=False)
        return found

    def _load_logs(self, store: Store, document_ids: Collection[str]) -> dict[str, list[dict[str, Any]]]:
        """Read the review logs of these documents (one query) and cache them."""
        from sitrep.store import reviews

        version = self.version
        ids = sorted(set(document_ids))
        logs: dict[str, list[dict[str, Any]]] = {d: [] for d in ids}
        for row in reviews.log(store, document_ids=ids):
            logs[row["document_id"]].append(row)
        with self._cache_lock:
            for d, rows in logs.items():
                self._logs[d] = (version, rows)
                self._logs.move_to_end(d)
            while len(self._logs) > CACHED // 4:
                self._logs.popitem(last=False)
        return logs

    def user_for_key(self, key_hash: str) -> Any:
        """The enabled user (name, role) whose key hashes to ``key_hash``, or None; remembered for
        :data:`USER_SECONDS` or until :meth:`forget_users` (a page asks on every request)."""
        now = time.monotonic()
        found = self._users.get(key_hash)
        if found is not None and now - found[0] < USER_SECONDS:
            return found[1]
        from sitrep.store import reviews

        generation = self._user_generation  # read before the query: a change made while it runs is not kept
        user = reviews.user_by_key_hash(self.reader(), key_hash)
        with self._cache_lock:
            if generation == self._user_generation:
                if len(self._users) > CACHED:
                    self._users.clear()
                self._users[key_hash] = (now, user)
        return user

    def forget_users(self) -> None:
        """Forget every remembered key's user, so the next request reads its user again (call after changing users:
        :meth:`write` does for every write that is not a review action)."""
        with self._cache_lock:
            self._user_generation += 1
            self._users = {}

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer places are chosen from (loaded on first use: about a second)."""
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    @property
    def actors(self) -> ActorTable:
        """The actor alias table incidents are merged with (loaded once: reading it took 5-10 ms a merge)."""
        if self._actors is None:
            self._actors = ActorTable.load()
        return self._actors

    # -- the queue -------------------------------------------------------------------------------------------------

    def queue(self, *, pending_only: bool = True, user: str | None = None) -> list[review.QueueItem]:
        """The review queue, most urgent first; only records not yet accepted or rejected unless told otherwise.
        ``user``: whose writes it must show (None: everyone's)."""
        self._wait_for(user, queue_only=True)
        view = self._queue_view()
        return view.pending if pending_only else view.items

    def next_after(self, kind: str, record_id: str) -> tuple[str, str] | None:
        """The pending record after this one in the queue (the first pending one when this one is not pending)."""
        view = self._queue_view()
        at = view.position.get((kind, record_id))
        if at is not None and at + 1 < len(view.pending):
            chosen = view.pending[at + 1]
        else:  # not pending, or the last one: back to the top
            chosen = next((i for i in view.pending[:2] if (i.kind, i.id) != (kind, record_id)), None)
        return (chosen.kind, chosen.id) if chosen is not None else None

    def _queue_view(self) -> QueueView:
        view = self._queue
        if view is not None:
            return view
        with self._view_lock:
            if self._queue is None:  # no write patches it while it is None (see _patch)
                covered = self.version  # every write up to it is committed, so in what is read next
                store = self.reader()
                claims = store.claims()
                events = store.events()
                self._flags = self._audit(store, claims)
                self._claim_country = {c.id: c.country for c in claims}
                self._event_country = {e.id: e.place.country if e.place else None for e in events}
                items = review.queue_items(store, events, claims, audit_flags=self._flags,
                                           states=_states(store, [*events, *claims]))
                with self._swap_lock:
                    self._items = {(i.kind, i.id): i for i in items}
                    self._queue = QueueView.of(items)
                    self._events = {e.id: e for e in events}
                    self._swapped = max(self._swapped, covered)
            return self._queue

    def _refresh(self, store: Store, documents: set[str], records_changed: set[str] | None = None,
                 upto: int = 0) -> None:
        """Recompute the queue items and incidents of these documents' records and of the other reports of their
        incidents (the ones they are in now and the ones they were in), then swap in new snapshots. The queue is
        published as soon as it holds the writes up to ticket ``upto``, before the incidents are merged again."""
        old_incidents = set()
        if self._items is not None:
            old_incidents |= {i.incident_id for i in self._items.values()
                              if i.document_id in documents and i.incident_id}
        if self._incidents is not None:
            old_incidents |= {i.id for i in self._incidents.values()
                              if any(s.document_id in documents for s in i.sources)}
        version = self.version
        events = _touched_events(store, documents, old_incidents)
        self._remember(version, events)
        if self._items is not None:
            claims = [c for d in _with_claims(store, documents) for c in store.claims(document_id=d)]
            changed = [e for e in events if e.document_id in (documents if records_changed is None
                                                              else records_changed)]
            countries = {self._event_country.get(e.id) for e in changed}
            countries |= {e.place.country if e.place else None for e in changed}
            self._event_country.update({e.id: e.place.country if e.place else None for e in events})
            # Claims of these documents are audited now when new to the desk; the others of the changed events'
            # countries go to the background auditor (their figures are held against the events just changed).
            new = [c for c in claims if c.id not in self._flags]
            self._flags.update(self._audit(store, new))
            self._claim_country.update({c.id: c.country for c in claims})
            if changed:
                self._mark_stale({cid for cid, country in self._claim_country.items()
                                  if country is None or country in countries})
            with self._swap_lock:
                items = dict(self._items)
                held = dict(self._events)
            # The events of the touched incidents are judged again against their mates; the other records only in
            # these documents (one that the write removed goes with them).
            loaded = {e.id for e in events}
            for key in [k for k, item in items.items()
                        if item.document_id in documents or (item.kind == "event" and item.id in loaded)]:
                del items[key]
            for event_id in [i for i, e in held.items() if e.document_id in documents or i in loaded]:
                del held[event_id]
            held.update((e.id, e) for e in events)
            for item in review.queue_items(store, events, claims, audit_flags=self._flags,
                                           states=_states(store, [*events, *claims])):
                items[(item.kind, item.id)] = item
            view = QueueView.of(items.values())
            with self._swap_lock:  # put back what writes after ``upto`` patched in meanwhile
                self._items, self._queue, self._events = items, view, held
                self._overlay = {key: entry for key, entry in self._overlay.items() if entry[0] > upto}
                if self._overlay:
                    self._apply({key: (item, record) for key, (_, item, record) in self._overlay.items()})
                self._swapped = max(self._swapped, upto)
        self._published(upto, queue_only=True)
        if self._incidents is not None:
            self._refresh_incidents(store, documents, events, old_incidents)
        self._load_logs(store, documents)  # their record pages are likely next: the pass reads them at once

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

    # -- the auditor -----------------------------------------------------------------------------------------------

    def _mark_stale(self, claim_ids: set[str]) -> None:
        if not self.audit or not claim_ids:
            return
        with self._audit_wanted:
            self._stale |= claim_ids
            if self._auditor is None and not self._closing:
                self._auditor = threading.Thread(target=self._audit_loop, name="sitrep-auditor", daemon=True)
                self._auditor.start()
            self._audit_wanted.notify_all()

    def _audit_loop(self) -> None:
        while True:
            with self._audit_wanted:
                while not self._stale and not self._closing:
                    self._audit_wanted.wait()
                if self._closing:
                    return
                self._auditing = True
            try:
                self._audit_stale()
            except Exception:  # a failed pass leaves the old flags; the next write tries again
                log.exception("auditing claims for the review queue failed")
            finally:
                with self._audit_wanted:
                    self._auditing = False
                    self._audit_wanted.notify_all()

    def _audit_stale(self) -> None:
        with self._audit_wanted:  # let a burst of writes finish, then audit once
            self._audit_wanted.wait_for(lambda: self._closing, timeout=AUDIT_DELAY)
            stale, self._stale = self._stale, set()
        if self._closing or not stale:
            return
        store = self.reader()
        claims = [c for cid in sorted(stale) for c in store.claims(claim_id=cid)]
        flags = self._audit(store, claims)
        with self._view_lock:
            changed = {c.document_id for c in claims if flags.get(c.id) != self._flags.get(c.id)}
            self._flags.update(flags)
            self.refresh(changed, records_changed=False, wait=False)

    # -- incidents -------------------------------------------------------------------------------------------------

    def incidents(self, *, user: str | None = None) -> list[Incident]:
        """Every incident, merged from its reports with reviewed values applied, by date. Merged once, then again
        only for the incidents that hold (or held) a report of a document a write touched. ``user``: whose writes
        it must show (None: everyone's)."""
        self._wait_for(user)
        if self._incidents is None:
            with self._view_lock:
                if self._incidents is None:
                    found = {i.id: i for i in incidents(self.reader(), gazetteer=self.gazetteer,
                                                        actors=self.actors)}
                    self._incident_list = _by_date(found.values())
                    self._incidents = found
        return self._incident_list

    def incident(self, incident_id: str, *, user: str | None = None, wait: bool = True) -> Incident | None:
        """One incident by id, from the snapshot; ``wait``: False takes the snapshot as it is (a record page's
        list of the other reports, which may trail a write by a pass), else as for :meth:`incidents`."""
        if not wait:
            found = self._incidents
            if found is not None:
                return found.get(incident_id)
        self.incidents(user=user)
        return (self._incidents or {}).get(incident_id)

    def _refresh_incidents(self, store: Store, documents: set[str], events: list[Event],
                           old_incidents: set[str]) -> None:
        assert self._incidents is not None
        changed = [e for e in events if e.document_id in documents]
        touched = {incident_key(e) for e in changed} | old_incidents
        group = [e for e in events if incident_key(e) in touched]
        found = dict(self._incidents)
        for incident_id in touched:
            found.pop(incident_id, None)
        documents_of = self._document_objects(store, {e.document_id for e in group})
        for incident in merge_all(group, documents_of, gazetteer=self.gazetteer, actors=self.actors):
            found[incident.id] = incident
        self._incident_list = _by_date(found.values())
        self._incidents = found

    def stats(self) -> dict[str, Any]:
        """Counts for the page header: records and how many were reviewed (counted again by the refresher after
        the writes of each pass, never by a page once counted; so they may trail the latest write by a pass)."""
        stats = self._stats
        if stats is None:
            with self._view_lock:
                stats = self._stats = self._stats or self._count()
        return stats

    def _count(self) -> dict[str, Any]:
        from sitrep.store import reviews

        store = self.reader()
        if self._totals is None:  # review actions change no row counts: counted once
            self._totals = store.counts()
        counts = self._totals
        states = {kind: dict.fromkeys(reviews.STATES, 0) for kind in review.KINDS}
        for row in store._select(  # both kinds in one query (reviews.state_counts reads one kind)
                "SELECT record_kind, state, count(*) AS n FROM review_state s WHERE (record_kind = 'event' AND "
                "record_id IN (SELECT id FROM events)) OR (record_kind = 'claim' AND record_id IN "
                "(SELECT id FROM claims)) GROUP BY ALL", []):
            states[row["record_kind"]][row["state"]] = int(row["n"])
        return {"events": counts["events"], "claims": counts["claims"], "documents": counts["documents"],
                "event_states": states["event"], "claim_states": states["claim"]}

def _order(item: review.QueueItem) -> tuple[float, str, str]:
    """The queue's order: most urgent first, then by kind and id."""
    return (-item.priority, item.kind, item.id)


def _by_date(found: Iterable[Incident]) -> list[Incident]:
    return sorted(found, key=lambda i: (i.date_start or date.max, i.id))


def _touched_events(store: Store, documents: set[str], incident_ids: set[str]) -> list[Event]:
    """The events of these documents, of the incidents they are in now, and of ``incident_ids``: one query."""
    docs = sorted(documents)
    found = store._select(
        "SELECT id FROM events WHERE document_id IN (SELECT unnest(?::VARCHAR[])) "
        "OR incident_id IN (SELECT unnest(?::VARCHAR[])) "
        "OR incident_id IN (SELECT incident_id FROM events WHERE document_id IN (SELECT unnest(?::VARCHAR[])) "
        "AND incident_id IS NOT NULL)", [docs, sorted(incident_ids), docs])
    ids = [row["id"] for row in found]
    return stored.load_events(store, event_ids=ids) if ids else []


def _with_claims(store: Store, documents: set[str]) -> list[str]:
    """Those of ``documents`` that hold claims (most hold none: this saves four queries a document)."""
    return [row["document_id"] for row in store._select(
        "SELECT DISTINCT document_id FROM claims WHERE document_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY 1",
        [sorted(documents)])]


def _states(store: Store, records: list[Event | Claim]) -> dict[str, str | None]:
    """Record id -> review state, from the ``review_state`` table (written with every action)."""
    ids = [r.id for r in records]
    if not ids:
        return {}
    found = store._select("SELECT record_id, state FROM review_state WHERE record_id IN (SELECT unnest(?::VARCHAR[]))",
                          [ids])
    return {row["record_id"]: row["state"] for row in found}
