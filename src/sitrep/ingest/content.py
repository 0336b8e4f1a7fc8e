"""Formats told by content, not only by extension: archives and PDFs (binary), feeds, JSON and URL lists (text).

:func:`read_file <sitrep.ingest.read_file>` asks :func:`binary_reader` before it decodes a file (a PDF or a WARC
is not text, and a WARC may be far over the size limit: it is streamed), and :func:`text_format` when the
extension does not decide.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sitrep.ingest.feeds import looks_like_feed, looks_like_json
from sitrep.ingest.fetch import looks_like_url_list
from sitrep.ingest.pdf import PDF_MAGIC
from sitrep.ingest.warc import is_archive
from sitrep.model import Document, Failure

HEAD_BYTES = 512
BINARY_FORMATS = ("warc", "pdf")
TEXT_FORMATS = ("feed", "json", "urls")
EXTENSIONS = {".json": "json", ".xml": "feed", ".rss": "feed", ".atom": "feed", ".pdf": "pdf", ".warc": "warc",
              ".arc": "warc"}


def binary_format(path: Path, head: bytes, fmt: str | None) -> str | None:
    """``"warc"`` or ``"pdf"`` when the file is one (by its bytes, its name or ``fmt``), else None."""
    if fmt in BINARY_FORMATS:
        return fmt
    if fmt is not None:
        return None
    if is_archive(path, head):
        return "warc"
    if head.startswith(PDF_MAGIC) or (path.suffix.lower() == ".pdf" and PDF_MAGIC in head[:1024]):
        return "pdf"
    return None


def read_binary(path: Path, fmt: str, *, max_bytes: int, published: date | None,
                source: str | None) -> Iterator[Document | Failure]:
    """Read a WARC/ARC archive (streamed, whatever its size) or a PDF (within ``max_bytes``)."""
    from sitrep.errors import InputError

    if fmt == "warc":
        from sitrep.ingest.warc import read_warc

        return read_warc(path, max_bytes=max_bytes, published=published, source=source)
    from sitrep.ingest.pdf import read_pdf_bytes

    if path.stat().st_size > max_bytes:
        raise InputError(f"file is over the limit of {max_bytes:,} bytes; raise it with --max-bytes or "
                         "SITREP_MAX_BYTES", path=str(path))
    return read_pdf_bytes(path.read_bytes(), path=str(path), published=published, source=source)


def text_format(text: str, suffix: str) -> str | None:
    """The format a decoded file's content shows: a feed, a JSON document, a list of URLs; None when none of those.

    ``suffix`` is the file's extension: ``.json`` and ``.xml`` files are checked by content too, so that a JSON
    Feed saved as ``.json`` and an RSS file saved as ``.xml`` read as feeds.
    """
    if looks_like_feed(text):
        return "feed"
    if suffix == ".json" or looks_like_json(text):
        return "json"
    if suffix not in (".html", ".htm", ".jsonl", ".ndjson", ".csv") and looks_like_url_list(text):
        return "urls"
    return None


def read_text_format(fmt: str, text: str, *, path: str, encoding: str | None, published: date | None,
                     source: str | None, columns: object, max_bytes: int) -> Iterator[Document | Failure]:
    """Read decoded text as a feed, a JSON document or a URL list."""
    from sitrep.ingest.feeds import read_feed, read_json
    from sitrep.ingest.fetch import read_url_list

    if fmt == "feed":
        return read_feed(text, path=path, encoding=encoding, published=published, source=source)
    if fmt == "json":
        return read_json(text, path=path, columns=columns, encoding=encoding,  # type: ignore[arg-type]
                         published=published, source=source)
    return read_url_list(text, path=path, max_bytes=max_bytes, published=published, source=source)
