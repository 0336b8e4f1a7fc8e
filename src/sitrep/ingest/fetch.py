"""Fetching pages over HTTP(S), strictly bounded: the one place sitrep talks to the web.

Every request carries a user agent that names sitrep, has a connect/read timeout and a total deadline (a server that
trickles one byte a second is cut off), follows at most :data:`MAX_REDIRECTS` redirects, and reads at most
``max_bytes`` of body (streamed, so a huge response is never held in memory). Anything that goes wrong becomes an
:class:`~sitrep.errors.InputError` whose ``path`` is the URL, so the batch goes on with a one-line reason.

::

    with Fetcher() as fetcher:
        page = fetcher.get("https://example.org/article")       # Page(url, body, content_type, etag, ...)
        documents = list(read_page(page))                      # HTML → trafilatura → Document
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from types import TracebackType
from typing import TYPE_CHECKING

from sitrep.errors import InputError
from sitrep.model import Document, Failure

if TYPE_CHECKING:
    import httpx

def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sitrep")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0"


USER_AGENT = f"sitrep/{_version()} (conflict-report research; +https://pypi.org/project/sitrep/)"
MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0
DEADLINE = 30.0
"""Seconds a whole response may take, however steadily the bytes come."""

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/pdf")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/feed+json",
              "application/json", "text/html", "text/plain")
# Many servers label feeds text/html or text/plain; the feed parser decides what the body really is.


@dataclass(frozen=True)
class Page:
    """One fetched response: where it ended up, its body and the validators for the next conditional request."""

    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional request: nothing new since the validators were stored."""
        return self.status == 304


def is_url(value: str) -> bool:
    """True for an absolute http(s) URL (what a URL list or a feed list holds)."""
    value = value.strip()
    return value.startswith(("http://", "https://")) and " " not in value and len(value) > len("http://x")


class Fetcher:
    """A bounded HTTP client (one connection pool); use as a context manager or call :meth:`close`."""

    def __init__(self, *, max_bytes: int = 20 * 1024 * 1024, timeout: float = READ_TIMEOUT,
                 deadline: float = DEADLINE, max_redirects: int = MAX_REDIRECTS, user_agent: str = USER_AGENT) -> None:
        # Imported here: httpx is only needed when something is fetched.
        import httpx

        self.max_bytes = max_bytes
        self.deadline = deadline
        self._httpx = httpx
        self._client = httpx.Client(
            follow_redirects=True,
            max_redirects=max_redirects,
            timeout=httpx.Timeout(timeout, connect=min(CONNECT_TIMEOUT, timeout)),
            headers={"User-Agent": user_agent, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,"
                                                         "application/rss+xml,application/atom+xml,*/*;q=0.5"},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            accept: tuple[str, ...] | None = PAGE_TYPES) -> Page:
        """GET ``url``; with ``etag``/``last_modified`` a conditional request (a 304 comes back as a Page too).

        Raises InputError (path = the URL) for a bad URL, a network error or timeout, too many redirects, an HTTP
        error status, a body over ``max_bytes``, or a content type outside ``accept`` (None accepts any).
        """
        if not is_url(url):
            raise InputError("not an http(s) URL", path=url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        httpx = self._httpx
        started = time.monotonic()
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return _page(url, response, b"")
                if response.status_code >= 400:
                    raise InputError(f"HTTP {response.status_code} {response.reason_phrase}".strip(), path=url)
                content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                if accept is not None and content_type and content_type not in accept:
                    raise InputError(f"not a page sitrep reads (content type {content_type})", path=url)
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise InputError(_too_big(int(declared), self.max_bytes), path=url)
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise InputError(_too_big(len(body), self.max_bytes, more=True), path=url)
                    if time.monotonic() - started > self.deadline:
                        raise InputError(f"took longer than {self.deadline:g} s; the server is too slow", path=url)
                return _page(url, response, bytes(body))
        except httpx.TooManyRedirects:
            raise InputError("too many redirects (a redirect loop?)", path=url) from None
        except httpx.TimeoutException:
            raise InputError("timed out waiting for the server", path=url) from None
        except httpx.HTTPError as error:
            raise InputError(f"cannot fetch: {type(error).__name__}: {error}".rstrip(": "), path=url) from None


def _page(url: str, response: httpx.Response, body: bytes) -> Page:
    content_type = response.headers.get("content-type", "")
    charset = response.charset_encoding
    return Page(url=url, final_url=str(response.url), status=response.status_code,
                content_type=content_type.split(";")[0].strip().lower(), charset=charset, body=body,
                etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"))


def _too_big(size: int, limit: int, *, more: bool = False) -> str:
    return (f"response is {'over ' if more else ''}{size:,} bytes, over the limit of {limit:,} bytes; "
            f"raise it with --max-bytes or SITREP_MAX_BYTES")


def page_text(page: Page) -> str:
    """The body as text: the charset the server declared when it decodes, else sitrep's own rules."""
    from sitrep.ingest.decode import decode_bytes

    if page.charset:
        try:
            return page.body.decode(page.charset)
        except (LookupError, UnicodeDecodeError):
            pass  # A wrong or unknown charset header is common; the bytes themselves decide then.
    return decode_bytes(page.body, path=page.url)[0]


def read_page(page: Page, *, published: date | None = None, source: str | None = None) -> Iterator[Document | Failure]:
    """The Document of a fetched article: a PDF by pypdf, HTML by trafilatura (as a file would be), plain text as is.

    The document's ``url`` is the page's final URL (after redirects) and its ``path`` the URL asked for.
    Raises InputError (path = the URL) when the page has no article.
    """
    from sitrep.ingest.readers import read_html, read_text

    if page.content_type == "application/pdf" or page.body[:5] == b"%PDF-":
        from sitrep.ingest.pdf import read_pdf_bytes

        documents = read_pdf_bytes(page.body, path=page.url, published=published, source=source)
    else:
        text = page_text(page)
        reader = read_text if page.content_type == "text/plain" else read_html
        documents = reader(text, path=page.url, encoding=page.charset, published=published, source=source)
    for item in documents:
        if isinstance(item, Document) and not item.url:
            item.url = page.final_url
        yield item


def read_url_list(text: str, *, path: str, max_bytes: int, published: date | None = None,
                  source: str | None = None, encoding: str | None = None) -> Iterator[Document | Failure]:
    """A file of URLs, one a line (blank lines and ``#`` comments skipped): each page fetched and read.

    A URL that cannot be fetched or read gives a Failure naming the URL; the others go on. A URL listed twice is
    fetched once.
    """
    seen: set[str] = set()
    with Fetcher(max_bytes=max_bytes) as fetcher:
        for number, line in enumerate(text.splitlines(), start=1):
            url = line.strip()
            if not url or url.startswith("#") or url in seen:
                continue
            seen.add(url)
            if not is_url(url):
                yield Failure(path=path, line=number, reason=f"not an http(s) URL: {url[:80]!r}")
                continue
            try:
                yield from read_page(fetcher.get(url), published=published, source=source)
            except InputError as error:
                yield Failure(path=error.path or url, reason=error.reason)


def looks_like_url_list(text: str) -> bool:
    """True when every line that is not blank or a ``#`` comment is an http(s) URL (and there is one)."""
    lines = [line.strip() for line in text.splitlines()]
    urls = [line for line in lines if line and not line.startswith("#")]
    return bool(urls) and all(is_url(line) for line in urls)
