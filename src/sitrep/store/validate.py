"""The edge of the store: values a database column cannot hold, or no report could mean, are refused here.

Extraction reads whatever a text says ("killed 99999999999999999999", "the past 99999999999 days", a page dated
year 1), and a JSONL file can carry strings that are not valid Unicode (a lone surrogate such as ``"\\ud800"``).
DuckDB refuses some of these half-way through a write, and others it stores, only for a report to fail on them
later. :func:`check_extraction` looks at a whole extraction before anything is written and raises
:class:`~sitrep.errors.InvalidRecordError` naming the record, the field, the value and the limit, so the document
is reported as one failed input (the batch goes on) and the database never holds a value it cannot give back.

Limits (each a constant below, each with its reason):

* counts and figures: 0 to :data:`MAX_COUNT` (the BIGINT column holds 2**63 - 1, but no count of people or
  operations is larger than the world's population, so a larger number is a misread);
* a stated period: 0 to :data:`MAX_PERIOD_DAYS` days (the INTEGER column holds 2**31 - 1 days);
* dates: :data:`MIN_DATE` to :data:`MAX_DATE` (date arithmetic in linking and reports must never leave the
  calendar, which ends at years 1 and 9999);
* strings: no lone surrogates (UTF-8, and so DuckDB, cannot encode them).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import duckdb

from sitrep.errors import InvalidRecordError
from sitrep.model import Extraction, Record

MAX_COUNT = 10_000_000_000
"""More than the world's population: a count above it is a misread number, not a figure."""
MAX_PERIOD_DAYS = 36_525
"""A hundred years: a claim covers weeks, months or years, never centuries."""
MIN_DATE = date(1800, 1, 1)
MAX_DATE = date(2199, 12, 31)
"""Dates a report can be about; far enough from the calendar's ends (years 1 and 9999) that a window of a few
centuries around any of them is still a date."""

SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone surrogate: no encoding can write it (also read by :func:`sitrep.store.rows.prepare`'s look at rows)."""
_COUNT_FIELDS = {"low", "best", "high"}
_DATE_FIELDS = {"published", "date_start", "date_end", "period_start", "period_end"}
_OFFSET_FIELDS = {"start", "end", "span_start", "span_end"}


def check_extraction(extraction: Extraction) -> None:
    """Raise InvalidRecordError for the first value the store must not hold; return None when all are fine."""
    document = extraction.document
    _check_record(document, f"document {document.id}")
    for claim in extraction.claims:
        _check_record(claim, f"claim {claim.id}")
    for event in extraction.events:
        _check_record(event, f"event {event.id}")


def _check_record(record: Record, what: str) -> None:
    if _plainly_fine(record):
        return
    found = _first_problem(record.model_dump(), ())
    if found is not None:
        path, reason = found
        field = ".".join(str(part) for part in path)
        raise InvalidRecordError(f"{what}: {field} {reason}", record=what, field=field)


NEGATIVE_OR_LONG_INT = re.compile(r"[:\[,](?:-\d+|\d{10,})[,\]}]")
"""An integer in a record's JSON that is negative or has ten digits or more (2**31 and MAX_COUNT have ten and
eleven): any such number, whatever its field, sends the record to the exact walk. Floats (a negative longitude) have
a point or an exponent, and do not match."""
_PERIOD_VALUE = re.compile(r'"period_days_stated":([^,\]}]*)')
_DATE_VALUE = re.compile(rf'"(?:{"|".join(sorted(_DATE_FIELDS))})":([^,\]}}]*)')
"""A date field's value in the JSON, for every name :func:`_problem` reads as a date (built from the same set, so a
date field added there is looked at here too)."""
_ISO_DATE = re.compile(r'"(\d{4}-\d{2}-\d{2})"')


def _plainly_fine(record: Record) -> bool:
    """True when the record's JSON shows at a glance that no value of it is refused; False when in doubt.

    The exact walk (:func:`_first_problem`) costs ~0.1 ms a record in Python, a tenth of a millisecond of each
    document ingested; this look at pydantic's JSON of the record costs a fifth of that. It only ever answers for
    the walk when the walk would find nothing: pydantic refuses to serialise a lone surrogate (in a value or a key),
    a count or offset out of bounds is a negative integer or one of ten digits or more, and a period or date field
    holds null, a small whole number or an ISO date in bounds, or is a dict (whose own keys name its leaves).
    Anything else, including what merely looks odd, is left to the walk, which names the problem.
    """
    try:
        text = record.model_dump_json()
    except Exception:  # a surrogate, or anything else pydantic cannot write: the walk will say what
        return False
    if NEGATIVE_OR_LONG_INT.search(text):
        return False
    for value in _PERIOD_VALUE.findall(text):
        if value != "null" and not value.startswith("{") and not (value.isdigit() and int(value) <= MAX_PERIOD_DAYS):
            return False
    for value in _DATE_VALUE.findall(text):
        if value == "null" or value.startswith("{"):
            continue
        iso = _ISO_DATE.fullmatch(value)
        if iso is None:
            return False
        try:
            day = date.fromisoformat(iso.group(1))
        except ValueError:
            return False
        if not MIN_DATE <= day <= MAX_DATE:
            return False
    return True


_CHECKED_NAMES = _DATE_FIELDS | _COUNT_FIELDS | _OFFSET_FIELDS | {"value", "period_days_stated"}
"""The field names whose values :func:`_problem` bounds; any other leaf can only be wrong by a surrogate."""


def _first_problem(value: Any, path: tuple[str | int, ...], name: str = "") -> tuple[tuple[str | int, ...], str] | None:
    """The first leaf of a dumped record that the store must not hold, with its path; None when all are fine.

    A plain recursive walk that stops at the first problem: run on every record of every document ingested, it is
    several times cheaper than generating every leaf with its path. ``name`` is the nearest field name above
    ``value`` (a list's items are bounded by their list's name). Most leaves are None, floats and short strings
    under names nothing bounds, which cannot be wrong but for a surrogate: those are passed over without a call."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and SURROGATE.search(key):
                reason = _problem((*path, "key"), key)  # a dict key (materiel item, trace field) is stored too
                if reason is not None:
                    return (*path, "key"), reason
            if item is None or isinstance(item, float | bool):
                continue
            field = key if isinstance(key, str) else name
            if isinstance(item, dict | list | tuple):
                found = _first_problem(item, (*path, key), field)
                if found is not None:
                    return found
            elif field in _CHECKED_NAMES or (isinstance(item, str) and SURROGATE.search(item)):
                reason = _problem((*path, key), item)
                if reason is not None:
                    return (*path, key), reason
        return None
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = _first_problem(item, (*path, index), name)
            if found is not None:
                return found
        return None
    if name in _CHECKED_NAMES or (isinstance(value, str) and SURROGATE.search(value)):
        reason = _problem(path, value)
        return None if reason is None else (path, reason)
    return None


def _problem(path: tuple[str | int, ...], value: Any) -> str | None:
    name = next((part for part in reversed(path) if isinstance(part, str)), "")
    if isinstance(value, str):
        found = SURROGATE.search(value)
        if found:
            return (f"holds a lone surrogate ({found.group()!r} at character {found.start()}), which is not valid "
                    "Unicode; fix the input's encoding")
        if name in _DATE_FIELDS and not value.startswith("--"):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                return f"is {value!r}, not an ISO date"
    if isinstance(value, bool):
        return None
    if isinstance(value, date) and name in _DATE_FIELDS and not MIN_DATE <= value <= MAX_DATE:
        return f"is {value.isoformat()}, outside {MIN_DATE.isoformat()} to {MAX_DATE.isoformat()}; check the date"
    if isinstance(value, int):
        if name == "period_days_stated" and not 0 <= value <= MAX_PERIOD_DAYS:
            return f"is {value:,} days, over the limit of {MAX_PERIOD_DAYS:,} (a hundred years)"
        if (name in _COUNT_FIELDS or name == "value") and not 0 <= value <= MAX_COUNT:
            return f"is {value:,}, over the limit of {MAX_COUNT:,} (more than the world's population)"
        if name in _OFFSET_FIELDS and not 0 <= value < 2**31:
            return f"is {value:,}, not a character offset a document can have"
    return None


UNIQUE_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("id",),
    "claims": ("id",),
    "figures": ("claim_id", "ordinal"),
    "checks": ("claim_id", "ordinal"),
    "spans": ("owner_kind", "owner_id", "from_value", "field"),
    "events": ("id",),
    "incident_links": ("event_id",),
    "link_features": ("event_id",),
}
"""The key of each table that has no PRIMARY KEY since migration 12: the one write path keeps each unique (a stored
document is skipped, re-extraction replaces a document's rows), and :func:`duplicates` checks that it did."""


def duplicates(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """The number of surplus rows per table whose key (:data:`UNIQUE_KEYS`) is repeated: empty when every key is
    unique, as it must be. One aggregate query per table, a scan of its key columns (0.3 s of CPU for 100,000
    events and 1.1 million spans), for integrity checks and tests rather than the write path."""
    found: dict[str, int] = {}
    for table, key in UNIQUE_KEYS.items():
        columns = ", ".join(f'"{name}"' for name in key)
        row = con.execute(f'SELECT count(*) - count(DISTINCT ({columns})) FROM "{table}"').fetchone()
        if row and row[0]:
            found[table] = int(row[0])
    return found
