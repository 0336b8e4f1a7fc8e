"""Readers, one per input format: decoded text in, Documents (and Failures for bad records) out.

Each reader does its file-level work when called, raising :class:`~sitrep.errors.InputError` for a file that cannot
be used (a CSV without the text column, HTML without an article), and returns an iterator. Records inside JSONL and
CSV files are read lazily; a bad record becomes a :class:`~sitrep.model.Failure` with its line number and the
reader goes on with the next one.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from sitrep.errors import ConfigError, InputError
from sitrep.ingest.furniture import clean_comments, clean_scraped_text
from sitrep.model import Document, DocumentFormat, Failure

__all__ = [
    "ColumnMapping",
    "document_from_text",
    "parse_published",
    "read_csv",
    "read_html",
    "read_jsonl",
    "read_text",
]

# csv's default limit (128 KiB a field) is smaller than a long article; the file-size limit is the real guard.
_CSV_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)
_CSV_DELIMITERS = (",", ";", "\t", "|")
_SHORT = 80
# A sentence ends with a full stop, question or exclamation mark, perhaps inside closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?:\s|$)")
_MIN_SENTENCE_WORDS = 4


@dataclass(frozen=True)
class ColumnMapping:
    """Which JSONL field or CSV column holds each part of a document.

    ``ColumnMapping(text="body")`` reads the article from a column named ``body``; the others keep their names.
    """

    text: str = "text"
    title: str = "title"
    url: str = "url"
    published: str = "published"
    source: str = "source"

    @classmethod
    def parse(cls, spec: str) -> ColumnMapping:
        """Read a ``--columns`` value such as ``"text=body,title=headline"``.

        Raises :class:`~sitrep.errors.ConfigError` for an unknown key, a pair without ``=`` or an empty name.
        """
        keys = [f.name for f in fields(cls)]
        values: dict[str, str] = {}
        for item in spec.split(","):
            item = item.strip()
            if not item:
                continue
            key, sep, name = (part.strip() for part in item.partition("="))
            if not sep:
                raise ConfigError(f"--columns: {item!r} is not KEY=NAME (for example text=body,title=headline)")
            if key not in keys:
                raise ConfigError(f"--columns: unknown key {key!r}; the keys are {', '.join(keys)}")
            if not name:
                raise ConfigError(f"--columns: {key}= needs a column name (for example {key}=body)")
            if key in values:
                raise ConfigError(f"--columns: {key} is given twice")
            values[key] = name
        return cls(**values)

    def explicit(self) -> dict[str, str]:
        """The mappings that differ from the defaults (those the user asked for)."""
        default = ColumnMapping()
        names = (f.name for f in fields(self))
        return {name: getattr(self, name) for name in names if getattr(self, name) != getattr(default, name)}


def document_from_text(
    text: str,
    *,
    format: DocumentFormat = "text",
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    published: date | None = None,
    path: str | None = None,
    encoding: str | None = None,
    comments: Iterable[str] = (),
) -> Document:
    """Build a Document from article text: page furniture removed, reader comments split off, title found.

    ``text`` is plain text (HTML is read by :func:`read_html`); ``format`` records where it came from. ``title``,
    when given, is used and its repeats are removed from the text; otherwise the title is taken from the text.
    ``source`` defaults to the outlet named by a "Support <Outlet>" banner, ``published`` to the page's printed
    date ("Published: 18 June 2021"). ``comments`` are reader comments found
    elsewhere (by an HTML extractor); they come before those found in the text. The id is
    ``Document.make_id`` of the clean text.

    Raises :class:`~sitrep.errors.InputError` when no article text is left.
    """
    for what, value in (("text", text), ("title", title), ("url", url), ("source", source)):
        _check_unicode(value, what, path)
    clean = clean_scraped_text(text, title=title)
    if not clean.text:
        raise InputError("no article text left after removing page furniture and comments", path=path)
    if isinstance(published, datetime):
        published = published.date()
    return Document.from_text(
        clean.text,
        url=url or None,
        source=source or clean.outlet,
        title=clean.title,
        published=published or clean.dateline,
        comments=[*comments, *clean.comments],
        format=format,
        encoding=encoding,
        path=path,
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_unicode(value: str | None, what: str, path: str | None) -> None:
    """Raise InputError for NUL bytes or a lone surrogate (JSON's "\\ud800" decodes to one): no store can hold
    the text as it is, and no reader would want it."""
    if value and "\x00" in value:
        raise InputError(f"the {what} holds NUL bytes: binary data, not text", path=path)
    found = _SURROGATE.search(value) if value else None
    if found:
        raise InputError(f"the {what} holds a lone surrogate ({found.group()!r} at character {found.start()}), "
                         "which is not valid Unicode; fix the input's escapes or encoding", path=path)


def parse_published(value: Any) -> date:
    """A publication date from an ISO date or date-time (``2021-10-07``, ``2021-10-07T08:30:00Z``).

    Raises ``ValueError`` naming the value otherwise.
    """
    if isinstance(value, str):
        value = value.strip()
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(value).date()
        except ValueError:
            pass
    raise ValueError(f"published value {_short(value)!r} is not an ISO date (YYYY-MM-DD) or date-time")


def read_text(
    text: str,
    *,
    path: str,
    encoding: str | None = None,
    published: date | None = None,
    source: str | None = None,
) -> Iterator[Document | Failure]:
    """One scraped page of plain text (or Markdown) as one Document."""
    document = document_from_text(text, format="text", path=path, encoding=encoding)
    return iter([_with_defaults(document, published, source)])


def read_html(
    html: str,
    *,
    path: str,
    encoding: str | None = None,
    published: date | None = None,
    source: str | None = None,
) -> Iterator[Document | Failure]:
    """One HTML page as one Document: trafilatura finds the article, its metadata and the reader comments.

    The page's own date and site name win over ``published`` and ``source``. The furniture rules are applied to
    the extracted text as well: trafilatura keeps captions and banners that sit inside the article.
    """
    # Imported here: trafilatura (lxml, htmldate, ...) is slow to import and only HTML needs it.
    import trafilatura

    no_article = "no article text found in the HTML"
    try:
        extracted = trafilatura.bare_extraction(html, include_comments=True, with_metadata=True)
    except Exception as error:  # lxml and trafilatura raise many types on broken markup; all mean the same here.
        reason = _short(str(error)) or type(error).__name__
        raise InputError(f"HTML could not be parsed: {reason}", path=path) from error
    if extracted is None or not (extracted.text or "").strip():
        extracted = _deep_html(html)
    if extracted is None or not (extracted.text or "").strip():
        raise InputError(no_article, path=path)
    # trafilatura puts one paragraph on each line; blank lines keep the paragraph builder from joining them.
    text = "\n\n".join(extracted.text.splitlines())
    comments, _ = clean_comments((extracted.comments or "").splitlines())
    try:
        document = document_from_text(
            text,
            format="html",
            title=extracted.title or None,
            url=extracted.url or None,
            source=extracted.sitename or None,
            published=_html_date(extracted.date),
            path=path,
            encoding=encoding,
            comments=comments,
        )
    except InputError as error:
        raise InputError(no_article, path=path) from error
    if not _has_sentence(document.text):
        # On a page without an article trafilatura falls back to whatever text there is: menu and link labels.
        raise InputError(no_article, path=path)
    return iter([_with_defaults(document, published, source)])


def read_jsonl(
    text: str,
    *,
    path: str,
    columns: ColumnMapping | None = None,
    encoding: str | None = None,
    published: date | None = None,
    source: str | None = None,
) -> Iterator[Document | Failure]:
    """One JSON object per line, fields named by ``columns``; blank lines are skipped.

    A line that is not a JSON object, lacks the text field or has an unreadable date gives a Failure for that line
    and reading goes on. ``Document.path`` is ``"file.jsonl:N"``.
    """
    columns = columns or ColumnMapping()
    # split("\n"), not splitlines(): JSON strings may hold U+2028 and other characters splitlines() breaks at.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Failure(path=path, line=number, reason=f"line is not valid JSON: {error.msg} (column {error.colno})")
            continue
        if not isinstance(record, dict):
            yield Failure(path=path, line=number, reason=f"line is JSON but not an object: {_short(line.strip())}")
            continue
        yield _record(record, columns, kind="field", fmt="jsonl", path=path, line=number, encoding=encoding,
                      published=published, source=source)


def read_csv(
    text: str,
    *,
    path: str,
    columns: ColumnMapping | None = None,
    encoding: str | None = None,
    published: date | None = None,
    source: str | None = None,
) -> Iterator[Document | Failure]:
    """A CSV file with a header row; columns named by ``columns``.

    The delimiter is whichever of ``, ; TAB |`` the header uses most. Raises InputError when the header lacks the
    text column (or a column the user mapped). A row with no text gives a Failure with its line number (the header
    is line 1) and reading goes on. ``Document.path`` is ``"file.csv:N"``.
    """
    columns = columns or ColumnMapping()
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    first_line = text.lstrip("\n").split("\n", 1)[0]
    delimiter = max(_CSV_DELIMITERS, key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise InputError("empty file", path=path) from None
    except csv.Error as error:
        raise InputError(f"CSV header cannot be read: {error}", path=path) from error
    present = ", ".join(repr(name) for name in header if name) or "none"
    if columns.text not in header:
        raise InputError(
            f"no column {columns.text!r} for the article text (columns: {present}); "
            f"name the text column with --columns text=NAME",
            path=path,
        )
    for key, name in columns.explicit().items():
        if name not in header:
            raise InputError(f"no column {name!r} for {key} (columns: {present}); fix --columns {key}=NAME",
                             path=path)
    return _csv_rows(text, reader.line_num, header, columns, delimiter=delimiter, path=path, encoding=encoding,
                     published=published, source=source)


class _Lines:
    """An iterator over ``lines`` from ``index`` on that remembers how far it got: csv.reader pulls as many lines
    as one record needs, and the reader must know how many that was."""

    def __init__(self, lines: list[str], index: int) -> None:
        self.lines = lines
        self.index = index

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.index >= len(self.lines):
            raise StopIteration
        self.index += 1
        return self.lines[self.index - 1]


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def _csv_rows(
    text: str,
    first: int,
    header: list[str],
    columns: ColumnMapping,
    *,
    delimiter: str,
    path: str,
    encoding: str | None,
    published: date | None,
    source: str | None,
) -> Iterator[Document | Failure]:
    # Rows are read one at a time from a list of lines, so that a row whose quote is never closed can be reported
    # on its own line and reading can start again on the next line: csv alone would let it swallow the rows after
    # it and report the damage, if at all, as a bad date somewhere else.
    lines = _LINE.findall(text)
    index = first
    while index < len(lines):
        number = index + 1
        cursor = _Lines(lines, index)
        try:
            # strict: a quote that closes with text after it ('"Five civilians..."' read as the end of a quote
            # opened rows earlier) is an error, which is how a swallowed row shows itself.
            row: list[str] | None = next(csv.reader(cursor, delimiter=delimiter, strict=True))
        except StopIteration:
            return
        except csv.Error as error:
            row, unclosed = None, "unexpected end of data" in str(error)
        else:
            unclosed = False
        spanned = cursor.index - index
        if row is None and spanned <= 1 and not unclosed:
            # One line with a stray quote ('"abc"def'): read it leniently, as csv always did.
            cursor = _Lines(lines, index)
            try:
                row = next(csv.reader(cursor, delimiter=delimiter))
            except csv.Error as error:
                yield Failure(path=path, line=number, reason=f"row cannot be read as CSV: {error}")
                index += 1
                continue
        if row is None or (spanned > 1 and len(row) != len(header)):
            yield Failure(path=path, line=number, reason=(
                f"unbalanced quote: a quoted cell opened on this line runs on to "
                f"{'the end of the file' if unclosed else f'line {number + spanned - 1}'}; "
                "close the quote (the lines after it are read as rows of their own)"))
            index += 1
            continue
        index = cursor.index
        if not any(cell.strip() for cell in row):
            continue
        record = dict(zip(header, row, strict=False))
        yield _record(record, columns, kind="column", fmt="csv", path=path, line=number, encoding=encoding,
                      published=published, source=source)


def _record(
    record: dict[str, Any],
    columns: ColumnMapping,
    *,
    kind: str,
    fmt: DocumentFormat,
    path: str,
    line: int,
    encoding: str | None,
    published: date | None,
    source: str | None,
) -> Document | Failure:
    """One JSONL object or CSV row as a Document, or a Failure that says what is wrong with it."""
    try:
        if columns.text not in record:
            return Failure(path=path, line=line, reason=f"no {columns.text!r} {kind} for the article text; "
                           f"name the text {kind} with --columns text=NAME")
        text = _string(record, columns.text, kind)
        if not text or not text.strip():
            return Failure(path=path, line=line, reason=f"the {columns.text!r} {kind} is empty")
        from sitrep.ingest.dates import column_date  # lenient: the column's own format, learnt once (dates.py)

        raw_date = record.get(columns.published)
        own_date = column_date(raw_date, column=f"{path}:{columns.published}") if raw_date not in (None, "") else None
        document = document_from_text(
            text,
            format=fmt,
            title=_string(record, columns.title, kind),
            url=_string(record, columns.url, kind),
            source=_string(record, columns.source, kind),
            published=own_date,
            path=f"{path}:{line}",
            encoding=encoding,
        )
    except (ValueError, InputError) as error:
        return Failure(path=path, line=line, reason=getattr(error, "reason", str(error)))
    return _with_defaults(document, published, source)


def _string(record: dict[str, Any], key: str, kind: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ValueError(f"the {key!r} {kind} must be a string, not {type(value).__name__}")


def _with_defaults(document: Document, published: date | None, source: str | None) -> Document:
    """Fill ``published`` and ``source`` from the caller's defaults where the input had none."""
    if document.published is None and published is not None:
        document.published = published.date() if isinstance(published, datetime) else published
    if document.source is None and source:
        document.source = source
    return document


def _deep_html(html: str) -> Any:
    """trafilatura's result on ``html`` parsed without libxml2's depth limit, or None.

    libxml2 stops at 255 nested elements and trafilatura then finds no article at all, so a page of deeply nested
    layout tables or ``<div>`` soup is read again with lxml's ``huge_tree`` parser (a limit of several thousand)."""
    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
        return trafilatura.bare_extraction(tree, include_comments=True, with_metadata=True)
    except Exception:  # broken markup: the caller reports "no article text", as for the first attempt
        return None


def _has_sentence(text: str) -> bool:
    """True when some paragraph has a few words and ends a sentence: what an article has and a menu has not."""
    return any(
        len(paragraph.split()) >= _MIN_SENTENCE_WORDS and _SENTENCE_END.search(paragraph)
        for paragraph in text.split("\n\n")
    )


def _html_date(value: str | None) -> date | None:
    # A page's date is best effort (htmldate guesses it); an odd one is dropped, not an error.
    if not value:
        return None
    try:
        return parse_published(value)
    except ValueError:
        return None


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= _SHORT else text[: _SHORT - 1] + "…"
