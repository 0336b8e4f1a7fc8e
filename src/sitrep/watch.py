"""Watching feeds: poll RSS/Atom/JSON feeds, fetch each new article once, extract it and store it.

::

    poll(feeds, store)             one round: every feed once (conditional GET with its stored ETag/Last-Modified),
      ├── parse_feed               entries → article links                                      (ingest/feeds.py)
      ├── fetched(store, links)    links any feed already led to are skipped                    (store/feeds.py)
      └── Fetcher.get + read_page  the article page → Document (trafilatura, as an HTML file)   (ingest/fetch.py)
    watch(feeds_file, every=900)   poll, sleep, poll … (``once=True``: one round, for cron and tests)

A feed or article that fails is reported as a Failure naming its URL and the round goes on. An article whose
fetch failed (timeout, HTTP error) is tried again next round; one that was fetched but had no article is not.
An entry without a link, whose text the feed carries whole, is stored from the feed's own text.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import ConfigError, InputError
from sitrep.ingest import with_language
from sitrep.ingest.feeds import FeedEntry, html_to_text, parse_feed
from sitrep.ingest.fetch import FEED_TYPES, Fetcher, is_url, read_page
from sitrep.ingest.readers import document_from_text
from sitrep.model import Document, Failure
from sitrep.store import Store
from sitrep.store import feeds as state

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass
class PollReport:
    """What one round of polling did."""

    feeds: int = 0
    not_modified: int = 0
    entries: int = 0
    seen: int = 0
    """Entries whose article an earlier round (or another feed) already fetched."""
    ingested: int = 0
    duplicate: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)
    not_english: int = 0

    def line(self) -> str:
        """The one-line count printed after each round."""
        line = (f"feeds {self.feeds} ({self.not_modified} not modified), entries {self.entries} "
                f"({self.seen} seen before), ingested {self.ingested}, duplicate {self.duplicate}, "
                f"failed {self.failed}")
        if self.not_english:
            line += f"; not English {self.not_english}: stored, not extracted"
        return line


def parse_every(value: str | float) -> float:
    """Seconds from ``--every`` (``15m``, ``1h``, ``90s``, ``30`` for seconds); ConfigError when not one."""
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = _EVERY.match(value)
        if not match:
            raise ConfigError(f"--every {value!r} is not a duration such as 15m, 1h or 90s")
        seconds = float(match.group(1)) * _UNIT[match.group(2)]
    if seconds <= 0:
        raise ConfigError(f"--every must be longer than 0 seconds, not {value!r}")
    return seconds


def read_feed_list(path: str | Path) -> list[str]:
    """The feed URLs in a file, one a line; blank lines and ``#`` comments skipped, repeats dropped.

    Raises InputError naming the file and line for a line that is not an http(s) URL.
    """
    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot read the feed list: {error.strerror or error}", path=where) from error
    except UnicodeDecodeError as error:
        raise InputError("the feed list is not UTF-8 text", path=where) from error
    urls: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        if not is_url(url):
            raise InputError(f"not an http(s) URL: {url[:80]!r}", path=where, line=number)
        urls.append(url)
    if not urls:
        raise InputError("the feed list has no URLs", path=where)
    return list(dict.fromkeys(urls))


def poll(feeds: Iterable[str], store: Store, *, fetcher: Fetcher | None = None,
         on_failure: Callable[[Failure], None] | None = None) -> PollReport:
    """Poll every feed once, fetch and store the articles not fetched before; link the new events."""
    from sitrep.analyze.linking import link_events
    from sitrep.parallel import extract_one

    report = PollReport()
    own = fetcher is None
    client = fetcher or Fetcher()

    def fail(failure: Failure) -> None:
        report.failed += 1
        report.failures.append(failure)
        if on_failure is not None:
            on_failure(failure)

    def keep(document: Document) -> str:
        document = with_language(document)  # type: ignore[assignment]
        extraction = extract_one(document)
        if isinstance(extraction, Failure):
            fail(extraction)
            return f"failed: {extraction.reason}"
        if not store.save(extraction):
            report.duplicate += 1
            return "duplicate"
        report.ingested += 1
        report.not_english += document.language != "en"
        return "stored"

    try:
        for url in feeds:
            report.feeds += 1
            entries = _poll_feed(url, store, client, report, fail)
            links = [entry.link for entry in entries if entry.link]
            done = state.fetched(store, links)
            for entry in entries:
                if entry.link is None:
                    _from_feed_text(entry, url, keep, fail)
                    continue
                if entry.link in done:
                    report.seen += 1
                    continue
                done.add(entry.link)
                try:
                    page = client.get(entry.link)
                except InputError as error:  # not marked: a fetch that failed is tried again next round
                    fail(Failure(path=error.path or entry.link, reason=error.reason))
                    continue
                status = "no document"
                document_id = None
                try:
                    for item in read_page(page, published=entry.published):
                        if isinstance(item, Failure):
                            fail(item)
                            continue
                        status, document_id = keep(item), item.id
                except InputError as error:
                    fail(Failure(path=error.path or entry.link, reason=error.reason))
                    status = f"failed: {error.reason}"
                state.mark_fetched(store, entry.link, status=status, document_id=document_id)
        if report.ingested:
            link_events(store)
    finally:
        if own:
            client.close()
    return report


def _poll_feed(url: str, store: Store, client: Fetcher, report: PollReport,
               fail: Callable[[Failure], None]) -> list[FeedEntry]:
    known = state.feed_state(store, url)
    try:
        page = client.get(url, etag=known.etag, last_modified=known.last_modified, accept=FEED_TYPES)
    except InputError as error:
        fail(Failure(path=url, reason=error.reason))
        state.save_feed_state(store, url, status=f"failed: {error.reason}", keep_validators=True)
        return []
    if page.not_modified:
        report.not_modified += 1
        state.save_feed_state(store, url, status="not modified", keep_validators=True)
        return []
    try:
        entries = parse_feed(page.body, url=url)
    except InputError as error:
        fail(Failure(path=url, reason=error.reason))
        state.save_feed_state(store, url, status=f"failed: {error.reason}", keep_validators=True)
        return []
    report.entries += len(entries)
    state.save_feed_state(store, url, status="ok", etag=page.etag, last_modified=page.last_modified,
                          entries=len(entries))
    return entries


def _from_feed_text(entry: FeedEntry, url: str, keep: Callable[[Document], str],
                    fail: Callable[[Failure], None]) -> None:
    if not entry.html:
        fail(Failure(path=url, reason=f"entry {entry.title or '(untitled)'!r} has neither a link nor text"))
        return
    try:
        document = document_from_text(html_to_text(entry.html), format="feed", title=entry.title,
                                      published=entry.published, path=url)
    except InputError as error:
        fail(Failure(path=url, reason=error.reason))
        return
    keep(document)


def watch(feeds_file: str | Path, *, db: str | Path | None = None, every: str | float = "15m", once: bool = False,
          on_poll: Callable[[PollReport], None] | None = None, on_failure: Callable[[Failure], None] | None = None,
          sleep: Callable[[float], None] = time.sleep, rounds: int | None = None) -> list[PollReport]:
    """Poll the feeds listed in ``feeds_file`` every ``every`` (``"15m"``, seconds) until interrupted.

    ``once`` polls a single round and returns (for cron and tests); ``rounds`` stops after that many. The feed
    list is read again before each round, so feeds can be added while it runs. Returns the rounds' reports.
    """
    interval = parse_every(every)
    reports: list[PollReport] = []
    limit = 1 if once else rounds
    with Fetcher() as fetcher:
        while True:
            started = time.monotonic()
            feeds = read_feed_list(feeds_file)
            # The database is open only during a round: between rounds other commands can read and write it.
            with Store(db) as store:
                report = poll(feeds, store, fetcher=fetcher, on_failure=on_failure)
            reports.append(report)
            if on_poll is not None:
                on_poll(report)
            if limit is not None and len(reports) >= limit:
                return reports
            sleep(max(0.0, interval - (time.monotonic() - started)))
