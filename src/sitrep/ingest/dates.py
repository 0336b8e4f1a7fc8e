"""Lenient dates in CSV/JSONL columns: the column's own format found from its values, then used for every row.

ISO dates and date-times are read as before. Otherwise the first value that is not ISO picks the formats it fits
("26/09/2021" → day/month/year; "Sep 24, 2021" → month-name day, year); later values narrow the choice
("03/04/2021" fits day-first and month-first until "05/13/2021" rules one out). A value that reads as two
different dates before the column decides is reported as ambiguous, never guessed. A value that fits none of the
column's formats but has a year is given to dateparser before it is reported as unreadable. Formats are tried with
``strptime``, which is exact: "2021-13-01" is an error, never a guess.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from datetime import date, datetime
from typing import Any

# Day-first before month-first: most reporting outside the United States writes 26/09/2021.
FORMATS = (
    "%d/%m/%Y", "%m/%d/%Y", "%d-%m-%Y", "%m-%d-%Y", "%d.%m.%Y", "%Y/%m/%d", "%Y.%m.%d",
    "%b %d, %Y", "%B %d, %Y", "%b %d %Y", "%B %d %Y", "%d %B %Y", "%d %b %Y", "%d %B, %Y", "%d-%b-%Y", "%d-%b-%y",
    "%A, %B %d, %Y", "%a, %d %b %Y", "%d/%m/%y", "%m/%d/%y", "%Y%m%d",
)
_CACHE_SIZE = 64
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


class ColumnDates:
    """The date format of one column, learnt from its values."""

    def __init__(self) -> None:
        self.candidates: tuple[str, ...] | None = None

    @property
    def format(self) -> str | None:
        """The format in use (the first that fits every value seen), None before a non-ISO value."""
        return self.candidates[0] if self.candidates else None

    def parse(self, value: Any) -> date:
        """A date from an ISO value or one in the column's format; ValueError naming the value otherwise."""
        from sitrep.ingest.readers import parse_published

        try:
            return parse_published(value)
        except ValueError as iso_error:
            if not isinstance(value, str) or not value.strip():
                raise
            error = iso_error
        text = " ".join(value.split())
        fits = tuple(f for f in (self.candidates or FORMATS) if _fits(text, f))
        if fits:
            readings = {datetime.strptime(text, f).date() for f in fits}
            if len(readings) > 1:
                # "07/05/2021" with nothing yet to tell day-first from month-first: a guess could be a month off.
                raise ValueError(f"published value {text[:60]!r} is ambiguous (day/month or month/day?) and no "
                                 "earlier value of the column decides; write it as YYYY-MM-DD") from error
            self.candidates = fits
            return readings.pop()
        # dateparser only for a value with a year: alone, "next Tuesday" would be read against today's date.
        found = _dateparser(text, day_first=self.format is None or self.format.startswith("%d")) \
            if _YEAR.search(text) else None
        if found is None:
            raise ValueError(f"{error} and fits no date format of the column") from error
        return found


def _fits(text: str, fmt: str) -> bool:
    try:
        datetime.strptime(text, fmt)
    except ValueError:
        return False
    return True


def _dateparser(text: str, *, day_first: bool) -> date | None:
    import dateparser

    found = dateparser.parse(text, languages=["en"], settings={
        "DATE_ORDER": "DMY" if day_first else "MDY", "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True})
    return found.date() if found else None


_COLUMNS: OrderedDict[str, ColumnDates] = OrderedDict()


def column_date(value: Any, *, column: str) -> date:
    """Parse ``value`` with the format learnt for ``column`` (a key such as ``"file.csv:published"``).

    The formats of the last few columns read are remembered; a file read again starts from what it taught.
    """
    learnt = _COLUMNS.get(column)
    if learnt is None:
        learnt = _COLUMNS[column] = ColumnDates()
        while len(_COLUMNS) > _CACHE_SIZE:
            _COLUMNS.popitem(last=False)
    return learnt.parse(value)
