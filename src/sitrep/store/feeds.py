"""Feed state in the store: each feed's HTTP validators, and the article URLs already fetched (migration 6).

Writes go through ``Store._write`` (the one write path). The state lives in the database, beside the documents it
led to, so a ``sitrep watch`` restarted (or run from cron with ``--once``) sends the same conditional requests
and never fetches an article twice, whichever feed lists it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import duckdb

from sitrep.store.store import Store


@dataclass(frozen=True)
class FeedState:
    """What the store remembers of a feed."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    status: str | None = None


def feed_state(store: Store, url: str) -> FeedState:
    """The stored state of ``url`` (an empty one for a feed never polled)."""
    found = store.query("SELECT url, etag, last_modified, status FROM feeds WHERE url = ?", [url])
    return FeedState(**found[0]) if found else FeedState(url=url)


def save_feed_state(store: Store, url: str, *, status: str, etag: str | None = None,
                    last_modified: str | None = None, entries: int | None = None,
                    keep_validators: bool = False) -> None:
    """Record a poll of ``url``; with ``keep_validators`` the stored ETag/Last-Modified stay (a 304 or an error)."""

    def run(con: duckdb.DuckDBPyConnection) -> None:
        if keep_validators:
            con.execute("INSERT INTO feeds (url, checked_at, status, entries) VALUES (?, now(), ?, ?) "
                        "ON CONFLICT (url) DO UPDATE SET checked_at = now(), status = excluded.status",
                        [url, status, entries])
        else:
            con.execute("INSERT OR REPLACE INTO feeds (url, etag, last_modified, checked_at, status, entries) "
                        "VALUES (?, ?, ?, now(), ?, ?)", [url, etag, last_modified, status, entries])

    store._write(run, what=f"record the state of feed {url}")


def fetched(store: Store, urls: Iterable[str]) -> set[str]:
    """Those of ``urls`` already fetched (from any feed)."""
    wanted = list(dict.fromkeys(urls))
    if not wanted:
        return set()
    found = store.query("SELECT url FROM fetched_urls WHERE url IN (SELECT unnest(?::VARCHAR[]))", [wanted])
    return {row["url"] for row in found}


def mark_fetched(store: Store, url: str, *, status: str, document_id: str | None = None) -> None:
    """Remember that the article at ``url`` was fetched (``status``: "stored", "duplicate" or the failure reason)."""
    store._write(lambda con: con.execute(
        "INSERT OR REPLACE INTO fetched_urls (url, document_id, status) VALUES (?, ?, ?)",
        [url, document_id, status]), what=f"record fetched article {url}")
