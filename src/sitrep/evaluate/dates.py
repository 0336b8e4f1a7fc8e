"""Dates as the coded datasets write them, read into :class:`datetime.date`.

One reader for every format seen in ``../shared/data/`` (and their obvious neighbours), because a scorer that
silently drops a row whose date it cannot read would score a different sample from the one the user asked for:

=================================  ==========================  ==============================
written                            where                       read as
=================================  ==========================  ==============================
``2016-01-01``                     UCDP, RAND                  ISO
``21 March 2020``                  ACLED Afghanistan           day month year
``9-May-20``, ``09-May-2020``      ACLED global                day-month-year
``27-12-19``, ``27/12/2019``       ACLED Kenya                 day first (never month first)
``October 7, 2023``                Airwars                     month day, year
``7th October, 2023``              Airwars prose               ordinals allowed
``October 7–8, 2023``              Airwars                     a range: start and end
``October 31, 2023–November 1, …`` Airwars                     a range across months
=================================  ==========================  ==============================

Two-digit years follow Python's ``%y`` pivot (00–68 → 2000s, 69–99 → 1900s): ACLED's files start in 1997 and
its two-digit years all fall in 2000–2020. Numeric dates are read day first, as ACLED's Kenya file writes them;
a date that day-first reading cannot make (month 13 or more) is an error, not silently swapped.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["parse_gold_date", "parse_gold_period"]

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
# A range separator: an en or em dash (with or without spaces), " - " with spaces, or " to ". A bare hyphen is
# part of "9-May-20" and never separates a range.
_RANGE = re.compile(r"\s*[–—]\s*|\s+-\s+|\s+to\s+", re.IGNORECASE)
_TOKEN = re.compile(r"(\d+)(?:st|nd|rd|th)?|([A-Za-z]+)")
_IGNORED_WORDS = frozenset({"of", "the", "on"})


def parse_gold_date(text: str) -> date:
    """The (first) day a coded date names: ``"9-May-20"`` → 2020-05-09; a range gives its start.

    Raises ValueError, naming the text, when it is not a date in one of the formats above.
    """
    return parse_gold_period(text)[0]


def parse_gold_period(text: str) -> tuple[date, date]:
    """Start and end of a coded date or date range (the same day twice for a single date).

    ``"October 7–8, 2023"`` → (2023-10-07, 2023-10-08): the start inherits month and year from the end, as the
    writer left them out.
    """
    parts = [p for p in _RANGE.split(text.strip()) if p]
    if not parts or len(parts) > 2:
        raise ValueError(f"not a date or a date range: {text!r}")
    if len(parts) == 1:
        single = _make(_partial(parts[0], text), text)
        return single, single
    first, last = _partial(parts[0], text), _partial(parts[1], text)
    # Each side lends the other what the writer left out: "October 7–8, 2023", "7–8 October 2023".
    start = _make((first[0], first[1] or last[1], first[2] or last[2]), text)
    end = _make((last[0], last[1] or first[1], last[2] or first[2]), text)
    if start > end:
        raise ValueError(f"a date range that ends before it starts: {text!r}")
    return start, end


def _partial(text: str, whole: str) -> tuple[int | None, int | None, int | None]:
    """(day, month, year) found in one side of a range; None for what it leaves out."""
    numbers: list[str] = []
    month: int | None = None
    for match in _TOKEN.finditer(text):
        digits, word = match.groups()
        if digits is not None:
            numbers.append(digits)
            continue
        found = _month(word)
        if found is not None and month is None:
            month = found
        elif found is None and word.lower() not in _IGNORED_WORDS:
            raise ValueError(f"unexpected word {word!r} in date {whole!r}")
    if month is None:
        return _numeric(numbers, whole)
    return _named_month(numbers, month, whole)


def _numeric(numbers: list[str], whole: str) -> tuple[int | None, int | None, int | None]:
    # One side of a range may hold only the day ("7" in "7–8 October 2023") or day and year ("8, 2023").
    if len(numbers) == 1 and len(numbers[0]) <= 2:
        return int(numbers[0]), None, None
    if len(numbers) == 2 and len(numbers[0]) <= 2 and len(numbers[1]) == 4:
        return int(numbers[0]), None, int(numbers[1])
    if len(numbers) != 3:
        raise ValueError(f"not a date: {whole!r}")
    if len(numbers[0]) == 4:  # ISO: 2016-01-01
        return int(numbers[2]), int(numbers[1]), int(numbers[0])
    return int(numbers[0]), int(numbers[1]), _year(numbers[2], whole)


def _named_month(numbers: list[str], month: int, whole: str) -> tuple[int | None, int | None, int | None]:
    years = [n for n in numbers if len(n) == 4]
    if len(years) > 1:
        raise ValueError(f"two years in date {whole!r}")
    if years:
        rest = [n for n in numbers if len(n) != 4]
        year: int | None = int(years[0])
    elif len(numbers) == 2:  # "9-May-20", "May 9, 20": a two-digit year comes last
        rest, year = [numbers[0]], _year(numbers[1], whole)
    else:
        rest, year = numbers, None
    if len(rest) > 1:
        raise ValueError(f"not a date: {whole!r}")
    day = int(rest[0]) if rest else None
    return day, month, year


def _month(word: str) -> int | None:
    """1–12 for a month name or its abbreviation of three letters or more ("Sept", "Mar"), else None."""
    lower = word.lower()
    if len(lower) < 3:
        return None
    for number, name in enumerate(_MONTHS, start=1):
        if name.startswith(lower):
            return number
    return None


def _year(digits: str, whole: str) -> int:
    if len(digits) == 4:
        return int(digits)
    if len(digits) == 2:
        value = int(digits)
        return 2000 + value if value <= 68 else 1900 + value
    raise ValueError(f"not a year: {digits!r} in {whole!r}")


def _make(parts: tuple[int | None, int | None, int | None], whole: str) -> date:
    day, month, year = parts
    if day is None or month is None or year is None:
        raise ValueError(f"not a complete date (day, month and year): {whole!r}")
    try:
        return date(year, month, day)
    except ValueError as error:
        raise ValueError(f"not a valid date: {whole!r} ({error})") from error
