"""Web archives (WARC and ARC, gzip-compressed or not) as Documents, streamed one record at a time by warcio.

Only what a crawler fetched as a page is read: ``response`` records with status 200 (and ``resource`` records) whose
content type is HTML, plain text or PDF. Requests, metadata, redirects, images, scripts and style sheets are passed
over without a word: a crawl is mostly those. Each page goes through the same reader a file of its type would.

The archive is never loaded whole (archives run to gigabytes; the ``max_bytes`` limit applies to each record's
body, not the archive). A truncated or corrupt archive keeps every document read before the damage and ends with
one Failure that says at which record and byte offset reading stopped.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sitrep.errors import InputError
from sitrep.model import Document, Failure

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_CHUNK = 1 << 16
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/pdf")


def is_archive(path: Path, head: bytes) -> bool:
    """True for a WARC or ARC file, by name or by its first bytes (``WARC/``, an ARC header, or gzip of either)."""
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return True
    if head.startswith(b"WARC/") or head.startswith(b"filedesc://"):
        return True
    if head[:2] == b"\x1f\x8b":
        try:
            inflated = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
        return inflated.startswith((b"WARC/", b"filedesc://"))
    return False


def read_warc(path: str | Path, *, max_bytes: int, published: date | None = None,
              source: str | None = None) -> Iterator[Document | Failure]:
    """Documents from the pages archived in a WARC/ARC file, record by record.

    ``Document.path`` is ``"file.warc.gz#N"`` (N the record's position, from 1) and ``url`` the record's target URI.
    A page that cannot be read is a Failure with line N; the archive goes on. Raises InputError only when the file
    cannot be opened.
    """
    where = str(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the generator below, which streams from it
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path=where) from error
    return _records(handle, where, max_bytes=max_bytes, published=published, source=source)


def _records(handle, where: str, *, max_bytes: int, published: date | None,  # type: ignore[no-untyped-def]
             source: str | None) -> Iterator[Document | Failure]:
    # Imported here: only archives need warcio.
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    offset = 0
    # A record's documents are held back until the next record starts cleanly (or the file ends where the last
    # record does): a record cut by the damage may have come out of warcio whole-looking but short.
    held: list[Document | Failure] = []
    with handle:
        size = os.fstat(handle.fileno()).st_size
        archive = ArchiveIterator(handle, arc2warc=True)
        records = iter(archive)  # next() on the ArchiveIterator itself skips the record bodies
        while True:
            try:
                record = next(records)
                yield from held
                held = []
                number += 1
                if record.rec_headers.get_header("Content-Length") is None:  # the header itself was cut
                    yield _damaged(where, number, offset, size, "the record's header is cut short")
                    return
                held = _page(record, number, where, max_bytes=max_bytes, published=published, source=source) or []
                while record.raw_stream.read(_CHUNK):  # to the record's end: a cut record is short of its length
                    pass
                if getattr(record.raw_stream, "limit", 0) > 0:
                    yield _damaged(where, number, offset, size, "the record is cut short")
                    return
                # Asked after the body is read: warcio reads to the record's end to answer.
                offset = archive.get_record_offset() + archive.get_record_length()
            except StopIteration:
                if offset >= size or _only_padding(handle, offset, size):
                    yield from held
                    return
                yield _damaged(where, number, offset, size, "the archive ends inside it")
                return
            except (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError, AttributeError, IndexError) as error:
                # warcio raises all of these on a cut-off gzip member or a mangled header (AttributeError on a
                # header line that ends too early); nothing after the damage can be trusted.
                yield _damaged(where, number + 1, offset, size, f"{type(error).__name__}: {str(error)[:100]}")
                return


def _only_padding(handle, offset: int, size: int) -> bool:  # type: ignore[no-untyped-def]
    """True when what follows the last record is the blank lines WARC puts after every record (not a cut record)."""
    if size - offset > 16:
        return False
    handle.seek(offset)
    return not handle.read().strip()


def _damaged(where: str, number: int, offset: int, size: int, why: str) -> Failure:
    kept = number - 1
    return Failure(path=where, line=number,
                   reason=f"archive damaged: reading stopped at record {number} (byte offset {offset:,} of "
                          f"{size:,}); the {kept} record{'' if kept == 1 else 's'} before it were kept ({why})")


def _page(record, number: int, where: str, *, max_bytes: int,  # type: ignore[no-untyped-def]
          published: date | None, source: str | None) -> list[Document | Failure] | None:
    """The documents of one archive record, or None for a record that is not an archived page."""
    if record.rec_type not in ("response", "resource"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    if record.rec_type == "response":
        if record.http_headers is None:
            return None
        status = record.http_headers.get_statuscode()
        if status != "200":
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    content_type = content_type.split(";")[0].strip().lower()
    if content_type not in _PAGE_TYPES:
        return None
    # The whole record is read here: warcio must reach its end before the next record, and an unread body that
    # breaks there (a truncated archive) is reported as damage by the caller.
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        record.content_stream().read()
        return [Failure(path=where, line=number, reason=f"archived page {url} is over the limit of {max_bytes:,} "
                                                        "bytes; raise it with --max-bytes")]
    from sitrep.ingest.fetch import Page, read_page

    page = Page(url=url or f"{where}#{number}", final_url=url or "", status=200, content_type=content_type,
                charset=None, body=body)
    try:
        documents = list(read_page(page, published=published, source=source))
    except InputError as error:
        return [Failure(path=where, line=number, reason=f"{url}: {error.reason}")]
    for document in documents:
        if isinstance(document, Document):
            document.path = f"{where}#{number}"
            document.format = "warc"
            document.url = url
    return documents
