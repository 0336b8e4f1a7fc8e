"""RSS, Atom and JSON feeds, and JSON files, read by content.

- :func:`parse_feed` turns a feed's bytes (RSS 0.9x–2.0, RSS 1.0, Atom, JSON Feed) into :class:`FeedEntry` items:
  what ``sitrep watch`` needs to decide which articles to fetch.
- :func:`read_feed` reads a feed *file* as Documents: one per entry with text (its content, else its summary),
  HTML tags removed. An entry with only a link is reported: its article must be fetched (``sitrep watch``).
- :func:`read_json` reads a ``.json`` file: a JSON Feed as above, an array of objects (or one object) as JSONL
  records with the same column mapping.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sitrep.errors import InputError
from sitrep.ingest.readers import ColumnMapping, document_from_text, read_jsonl
from sitrep.model import Document, Failure

# A feed announces itself in its first bytes: <rss, <feed (Atom), <rdf:RDF (RSS 1.0).
_FEED_ROOT = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b",
                        re.IGNORECASE | re.DOTALL)
_JSON_FEED_VERSION = "https://jsonfeed.org/version/"


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: the article's link, and what the feed itself says about it."""

    link: str | None
    title: str | None = None
    published: date | None = None
    html: str | None = None
    """The entry's content (or summary) as the feed gives it, usually HTML."""


def looks_like_feed(text: str) -> bool:
    """True when the text opens as an RSS, RSS 1.0 or Atom document."""
    return bool(_FEED_ROOT.match(text[:2048]))


def looks_like_json(text: str) -> bool:
    """True when the text opens as a JSON array or object that spans more than one line (not JSONL)."""
    head = text.lstrip()[:1]
    if head not in ("[", "{"):
        return False
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def parse_feed(data: bytes | str, *, url: str) -> list[FeedEntry]:
    """The entries of a feed, in feed order; raises InputError (path = ``url``) when it is not a feed at all."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    if text.lstrip()[:1] == "{":
        return _json_feed_entries(text, url)
    # Imported here: feedparser is only needed for feeds.
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = f": {problem}" if problem else ""
        raise InputError(f"not an RSS or Atom feed{reason}"[:200], path=url)
    return [_entry(item) for item in parsed.entries]


def _entry(item: Any) -> FeedEntry:
    content = item.get("content") or []
    html = content[0].get("value") if content else item.get("summary")
    when = item.get("published_parsed") or item.get("updated_parsed")
    published = datetime(*when[:6], tzinfo=UTC).date() if when else None
    return FeedEntry(link=item.get("link") or None, title=item.get("title") or None, published=published,
                     html=html or None)


def _json_feed_entries(text: str, url: str) -> list[FeedEntry]:
    try:
        feed = json.loads(text)
    except ValueError as error:
        raise InputError(f"not a feed: invalid JSON ({error})", path=url) from error
    if not isinstance(feed, dict) or not str(feed.get("version", "")).startswith(_JSON_FEED_VERSION):
        raise InputError("not a feed: JSON without a JSON Feed version", path=url)
    entries = []
    for item in feed.get("items") or []:
        if not isinstance(item, dict):
            continue
        html = item.get("content_html") or item.get("content_text") or item.get("summary")
        published = _iso_date(item.get("date_published"))
        entries.append(FeedEntry(link=item.get("url") or None, title=item.get("title") or None,
                                 published=published, html=html or None))
    return entries


def _iso_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def html_to_text(fragment: str) -> str:
    """A feed entry's HTML content as plain text, one paragraph per block."""
    if "<" not in fragment:
        return fragment
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:  # lxml raises several types on broken fragments; plain tag stripping is good enough then.
        return re.sub(r"<[^>]+>", " ", fragment)
    for block in root.iter("p", "div", "br", "li", "h1", "h2", "h3", "h4"):
        block.tail = "\n\n" + (block.tail or "")
    return root.text_content()


def read_feed(text: str, *, path: str, encoding: str | None = None, published: date | None = None,
              source: str | None = None) -> Iterator[Document | Failure]:
    """A feed file: one Document per entry that carries text, a Failure for each entry with none.

    ``Document.path`` is ``"file.xml:N"`` (N the entry's position, from 1) and ``url`` the entry's link.
    """
    entries = parse_feed(text, url=path)
    if not entries:
        raise InputError("feed has no entries", path=path)
    return _feed_documents(entries, path=path, encoding=encoding, published=published, source=source)


def _feed_documents(entries: list[FeedEntry], *, path: str, encoding: str | None, published: date | None,
                    source: str | None) -> Iterator[Document | Failure]:
    for number, entry in enumerate(entries, start=1):
        if not entry.html or not entry.html.strip():
            yield Failure(path=path, line=number, reason="entry has no text, only a link; fetch its article with "
                                                         "`sitrep watch` or list the link in a URL file")
            continue
        try:
            yield document_from_text(html_to_text(entry.html), format="feed", title=entry.title, url=entry.link,
                                     source=source, published=entry.published or published,
                                     path=f"{path}:{number}", encoding=encoding)
        except InputError as error:
            yield Failure(path=path, line=number, reason=error.reason)


def read_json(text: str, *, path: str, columns: ColumnMapping | None = None, encoding: str | None = None,
              published: date | None = None, source: str | None = None) -> Iterator[Document | Failure]:
    """A ``.json`` file: a JSON Feed, an array of objects or one object (records mapped as JSONL's are).

    Raises InputError for JSON that is none of those. An array item's line number in Failures is its position
    in the array, from 1.
    """
    try:
        value = json.loads(text)
    except ValueError as error:
        raise InputError(f"not valid JSON: {error}", path=path) from error
    if isinstance(value, dict) and str(value.get("version", "")).startswith(_JSON_FEED_VERSION):
        return read_feed(text, path=path, encoding=encoding, published=published, source=source)
    records = value if isinstance(value, list) else [value]
    if not records or not all(isinstance(record, dict) for record in records):
        raise InputError("JSON is neither a feed, an object nor an array of objects", path=path)
    # One record a line: the JSONL reader maps columns, reads dates and reports bad records the same way.
    lines = "\n".join(json.dumps(record, ensure_ascii=False) for record in records)
    return read_jsonl(lines, path=path, columns=columns, encoding=encoding, published=published, source=source)
