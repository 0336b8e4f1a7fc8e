"""The ingest stage: files and folders in, clean :class:`~sitrep.model.Document` records out.

::

    iter_documents(paths)          walk files and folders; a bad file becomes a Failure, the batch goes on
      └── read_file(path)          one file: size check, decode, pick the format, read
            ├── decode_bytes       bytes → text and encoding name              (decode.py)
            └── read_text / read_html / read_jsonl / read_csv                 (readers.py)
                  └── document_from_text → clean_scraped_text              (furniture.py)

Formats by extension: ``.txt .text .md`` text, ``.html .htm`` html, ``.jsonl .ndjson`` jsonl, ``.csv`` csv; any
other extension is sniffed (it looks like HTML, or it is text). Read by content whatever the name (content.py):
WARC/ARC archives and PDFs (before decoding), RSS/Atom/JSON feeds, JSON documents and files of URLs (fetched).
Every document read by :func:`iter_documents` has its language detected (language.py).

Duplicates are not dropped here: the same text gives the same ``Document.id`` and the store keeps one.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from sitrep import settings
from sitrep.errors import ConfigError, InputError
from sitrep.ingest import content
from sitrep.ingest.decode import decode_bytes
from sitrep.ingest.furniture import CleanText, clean_scraped_text
from sitrep.ingest.language import language_of
from sitrep.ingest.readers import ColumnMapping, document_from_text, read_csv, read_html, read_jsonl, read_text
from sitrep.model import Document, Failure

__all__ = [
    "CleanText",
    "ColumnMapping",
    "clean_scraped_text",
    "decode_bytes",
    "document_from_text",
    "iter_documents",
    "read_file",
]

FORMATS_BY_EXTENSION: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}
# Names accepted for ``format=`` / ``--format``: the formats, and their extensions as aliases.
_FORMAT_NAMES = {"text": "text", "html": "html", "jsonl": "jsonl", "csv": "csv"} | {
    ext.lstrip("."): fmt for ext, fmt in FORMATS_BY_EXTENSION.items()
} | {name: name for name in (*content.BINARY_FORMATS, *content.TEXT_FORMATS)}
# HTML when the file opens with a tag, or has an <html> or <body> tag near the top. Text that merely mentions a tag
# in a sentence is left as text.
_LOOKS_LIKE_HTML = re.compile(
    r"^\s*<(?:!doctype\s+html|!--|(?:html|head|body|meta|title|div|p|article|section)\b)|<(?:html|body)\b[^>]*>",
    re.IGNORECASE,
)
_SNIFF_CHARS = 4096

Reader = Callable[..., Iterator[Document | Failure]]
_READERS: dict[str, Reader] = {"text": read_text, "html": read_html, "jsonl": read_jsonl, "csv": read_csv}


def iter_documents(
    paths: Iterable[str | Path] | str | Path,
    *,
    format: str | None = None,
    columns: ColumnMapping | None = None,
    max_bytes: int | None = None,
    published: date | None = None,
    source: str | None = None,
) -> Iterator[Document | Failure]:
    """Read every file under ``paths`` and yield its Documents, or a Failure for each file or record that fails.

    Folders are walked recursively in sorted order; hidden files and folders (names starting with ".") are
    skipped, and symbolic links to folders are not followed (they could loop). The format comes from the file
    extension unless ``format`` is given. ``published`` and ``source`` fill documents whose input has none.
    A bad file never stops the batch. Raises :class:`~sitrep.errors.ConfigError` only for bad arguments.
    """
    fmt = _check_format(format)
    limit = _limit(max_bytes)
    if isinstance(paths, str | Path):
        paths = [paths]
    for given in paths:
        for file, failure in _walk(Path(given)):
            if failure is not None:
                yield failure
                continue
            try:
                for item in read_file(file, format=fmt, columns=columns, max_bytes=limit, published=published,
                                      source=source):
                    yield with_language(item)
            except InputError as error:
                yield Failure(path=error.path or str(file), line=error.line, reason=error.reason)


def read_file(
    path: str | Path,
    *,
    format: str | None = None,
    columns: ColumnMapping | None = None,
    max_bytes: int | None = None,
    published: date | None = None,
    source: str | None = None,
) -> Iterator[Document | Failure]:
    """Read one file: its Documents, and a Failure for each bad line or row of a JSONL or CSV file.

    Raises :class:`~sitrep.errors.InputError` at once for a file that cannot be used at all: missing, unreadable,
    empty, binary, undecodable, over ``max_bytes`` (default: the ``max_bytes`` setting, 20 MB), HTML without an
    article, CSV without the text column.
    """
    fmt = _check_format(format)
    limit = _limit(max_bytes)
    path = Path(path)
    where = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError("no such file or directory", path=where) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path=where) from error
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a folder; pass it to iter_documents (or `sitrep ingest`) to read the files in it",
                         path=where)
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or device would block or never end; only regular files are read.
        raise InputError("not a regular file", path=where)
    # Archives are streamed whatever their size (one over the limit is known by its name); PDFs are not text.
    binary = content.binary_format(path, _head(path, where) if info.st_size <= limit else b"", fmt)
    if binary is not None:
        return content.read_binary(path, binary, max_bytes=limit, published=published, source=source)
    # Checked before reading so that a huge file is never loaded into memory.
    if info.st_size > limit:
        raise InputError(_too_big(info.st_size, limit), path=where)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path=where) from error
    if len(data) > limit:  # The file grew after stat().
        raise InputError(_too_big(len(data), limit), path=where)
    suffix = path.suffix.lower()
    known = fmt or FORMATS_BY_EXTENSION.get(suffix)
    text, encoding = decode_bytes(data, path=where, records=known in ("jsonl", "csv"))
    fmt = fmt or (None if suffix in _DECIDED_BY_EXTENSION else content.text_format(text, suffix))
    fmt = fmt or FORMATS_BY_EXTENSION.get(suffix) or _sniff(text)
    options: dict[str, object] = {"path": where, "encoding": encoding, "published": published, "source": source}
    if fmt in content.TEXT_FORMATS:
        return content.read_text_format(fmt, text, columns=columns, max_bytes=limit, **options)  # type: ignore[arg-type]
    if fmt in ("jsonl", "csv"):
        options["columns"] = columns
    return _READERS[fmt](text, **options)


def _walk(path: Path) -> Iterator[tuple[Path, Failure | None]]:
    """Files under ``path`` in sorted order, or a Failure for what cannot be listed."""
    if not path.is_dir():
        # A missing path, a broken link or a file: read_file reports what is wrong with it.
        yield path, None
        return
    try:
        with os.scandir(path) as entries:
            children = sorted(entries, key=lambda entry: entry.name)
    except OSError as error:
        yield path, Failure(path=str(path), reason=f"cannot read folder: {error.strerror or error}")
        return
    for entry in children:
        if entry.name.startswith("."):
            continue
        child = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError as error:
            yield child, Failure(path=str(child), reason=f"cannot read: {error.strerror or error}")
            continue
        if is_dir:
            yield from _walk(child)
        elif entry.is_symlink() and child.is_dir():
            continue
        else:
            yield child, None


_DECIDED_BY_EXTENSION = (".html", ".htm", ".jsonl", ".ndjson", ".csv")


def with_language(item: Document | Failure) -> Document | Failure:
    """The document with its language detected and stored (a Failure as it is)."""
    if isinstance(item, Document):
        item.language = language_of(item.text)
    return item


def _head(path: Path, where: str) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(content.HEAD_BYTES)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path=where) from error


def _sniff(text: str) -> str:
    return "html" if _LOOKS_LIKE_HTML.search(text[:_SNIFF_CHARS]) else "text"


def _check_format(format: str | None) -> str | None:
    if format is None:
        return None
    name = _FORMAT_NAMES.get(format.lower().lstrip("."))
    if name is None:
        raise ConfigError(f"unknown format {format!r}; use one of text, html, jsonl, csv, json, feed, urls, warc, "
                          f"pdf (or leave it out to go by the file extension)")
    return name


def _limit(max_bytes: int | None) -> int:
    limit = settings.get("max_bytes", max_bytes)
    if not isinstance(limit, int) or limit <= 0:
        raise ConfigError(f"max_bytes must be a positive number of bytes, not {limit!r}")
    return limit


def _too_big(size: int, limit: int) -> str:
    return (f"file is {size:,} bytes, over the limit of {limit:,} bytes; "
            f"raise it with --max-bytes or SITREP_MAX_BYTES")
