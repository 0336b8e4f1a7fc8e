"""The one exception tree of sitrep.

::

    SitrepError                 anything sitrep raises on purpose
    ├── InputError              a file or record that cannot be read (path, line, reason)
    ├── ConfigError             a bad setting, option or user data file (alias table, column mapping)
    │   └── NotFoundError       an id that names no stored record (the CLI exits 1, not 2: the usage was right)
    ├── ExtractionError         the extraction pipeline could not process a document
    ├── StoreError              the database cannot be opened, migrated or written
    │   └── InvalidRecordError  a record holds a value the store refuses (a count past any population, a date
    │                           outside 1800-2199, a lone surrogate); the record, field and reason travel with it
    ├── AuditError              a claim cannot be audited (no dated period, no actor)
    └── ReportError             a report or export cannot be written

Context (file, line, document id) travels on the exception so that the CLI can print one line that says where
and why, and what to do about it.
"""

from __future__ import annotations

from pathlib import Path


class SitrepError(Exception):
    """Base class of every error sitrep raises on purpose."""


class InputError(SitrepError):
    """An input file, or one record inside it, cannot be turned into a document.

    ``str(error)`` is the one-line message the CLI prints: ``path:line: reason``.
    """

    def __init__(self, reason: str, *, path: str | Path | None = None, line: int | None = None) -> None:
        self.reason = reason
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.reason}"


class ConfigError(SitrepError):
    """A setting, option value or user-supplied data file is invalid."""


class NotFoundError(ConfigError):
    """An id (claim, event, incident, document) names no stored record.

    A ConfigError for callers that catch those; the CLI exits 1 for it, as for any failed look-up, keeping exit 2
    for usage errors.
    """


class ExtractionError(SitrepError):
    """The extraction pipeline failed on a document (carries its id when known)."""

    def __init__(self, reason: str, *, document_id: str | None = None) -> None:
        self.reason = reason
        self.document_id = document_id
        prefix = f"document {document_id}: " if document_id else ""
        super().__init__(prefix + reason)


class StoreError(SitrepError):
    """The database cannot be opened, migrated, read or written."""


class InvalidRecordError(StoreError):
    """A record holds a value the store refuses; ``record`` and ``field`` say which, the message says why."""

    def __init__(self, reason: str, *, record: str | None = None, field: str | None = None) -> None:
        self.reason = reason
        self.record = record
        self.field = field
        super().__init__(reason)


class ReportError(SitrepError):
    """A report or export cannot be written; the message names the file and what to do."""

    def __init__(self, reason: str, *, path: str | Path | None = None) -> None:
        self.reason = reason
        self.path = str(path) if path is not None else None
        super().__init__(f"{self.path}: {reason}" if self.path else reason)


class AuditError(SitrepError):
    """A claim cannot be audited (no period with a year, no actor)."""
