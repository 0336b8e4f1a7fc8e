"""The report stage's error: a report or export that cannot be written.

``ReportError`` is a :class:`~sitrep.errors.SitrepError`, so the CLI prints it as one line and exits 1. Bad options
(an unknown format, a claim id that is not stored, a filter that names no country) are
:class:`~sitrep.errors.ConfigError`: the CLI turns those into usage errors (exit 2).
"""

from __future__ import annotations

from pathlib import Path

from sitrep.errors import SitrepError


class ReportError(SitrepError):
    """A report or export cannot be written; the message names the file and what to do."""

    def __init__(self, reason: str, *, path: str | Path | None = None) -> None:
        self.reason = reason
        self.path = str(path) if path is not None else None
        super().__init__(f"{self.path}: {reason}" if self.path else reason)
