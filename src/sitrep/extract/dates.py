"""Dates and periods as reports state them, resolved against the document's publication date.

Why not dateparser here: it cannot read a range ("between July 30 and October 5") as one period, it finds
false dates in durations ("68 days") and it costs ~20 ms a call (FINDINGS.md), five times our whole per-document
budget. Absolute dates and period phrases follow a small grammar instead; every mention keeps its character span.

Conventions (documented in the README):
- a date without a year takes the latest year that puts it on or before ``published``; with no ``published`` the
  year stays unknown and the date is written ``--MM-DD``. The year is never taken from today's date;
- "the past N days" / "the past week" end on ``published`` and span N (7) days inclusive ("the past 24 hours": the
  days those hours touch);
  "the past month" spans 30 days; "last month" / "the previous month" is the previous calendar month;
- "this month", "this year", "so far this year" run from the first day of the month/year to ``published``;
- "during Ramadan" is Ramadan (Umm al-Qura calendar) of the Hijri year current at ``published``, or of the
  previous Hijri year when Ramadan has not begun yet; it ends the day before 1 Shawwal (or on ``published``).
  Other Hijri months ("in Shawwal", "Muharram 1445") likewise: the stated year, or the latest one begun by
  ``published``;
- "the week ending 14 January" / "the week to November 4" is the seven days ending on that date;
- "between October and December" runs from the first of the one month to the last of the other; "from January
  until July 25" from the first of the month to that day;
- "the first three months of 2024", "the first half of 2021", "the last quarter of 2023" are those calendar spans;
- "since Wednesday", "since October 1", "since the start of 2023" run from that day (the first of the month or
  year) to ``published``.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sitrep.extract.numbers import UNITS, parse_words
from sitrep.extract.prefilter import led

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
"""Monday → 0 … Sunday → 6 (made once: ``calendar.day_name`` formats each name again at every access)."""
MONTHS["sept"] = 9

_MONTH = r"(?P<{n}>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{n}>(?:19|20)\d\d)"


def _g(pattern: str, **names: str) -> str:
    return pattern.format(**names)


# One date: "October 5", "October 5, 2020", "5 October", "5th of October 2020", "2020-10-05".
_MD = _g(_MONTH, n="{m}") + r"\s+" + _g(_DAY, n="{d}") + r"\b(?:,?\s+" + _g(_YEAR, n="{y}") + r")?"
_DM = _g(_DAY, n="{d}") + r"\s+(?:of\s+)?" + _g(_MONTH, n="{m}") + r"(?:,?\s+" + _g(_YEAR, n="{y}") + r")?"
_ISO = r"(?P<{y}>(?:19|20)\d\d)-(?P<{m}>[01]\d)-(?P<{d}>[0-3]\d)"


def _date(tag: str) -> str:
    names = {"m": f"m{tag}", "d": f"d{tag}", "y": f"y{tag}"}
    md = _MD.format(**names)
    dm = _DM.format(m=f"m{tag}b", d=f"d{tag}b", y=f"y{tag}b")
    iso = _ISO.format(m=f"m{tag}c", d=f"d{tag}c", y=f"y{tag}c")
    return f"(?:{iso}|{md}|{dm})"


_RANGE_WORDS = r"(?:and|to|until|till|through|thru|-|–|—)"
RANGE = re.compile(
    r"\b(?:(?P<lead>between|from)\s+)?" + _date("1") + r"\s*" + _RANGE_WORDS + r"\s*" + _date("2"),
    re.IGNORECASE,
)
# "from 1 to 7 June 2021", "between 1 and 7 June"
DAY_RANGE_SHARED_MONTH = re.compile(
    r"\b(?:(?:between|from)\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*" + _RANGE_WORDS + r"\s*(?P<d2>[0-3]?\d)"
    r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _g(_MONTH, n="m") + r"(?:,?\s+" + _g(_YEAR, n="y") + r")?",
    re.IGNORECASE,
)
# "June 1-7, 2021", "June 1 to 7"
MONTH_DAY_RANGE = re.compile(
    r"\b" + _g(_MONTH, n="m") + r"\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*" + _RANGE_WORDS
    + r"\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December))(?:,?\s+" + _g(_YEAR, n="y") + r")?",
    re.IGNORECASE,
)
SINGLE = re.compile(r"\b" + _date("1"), re.IGNORECASE)
# "from January 2023 until July 25", "between March and 14 May": a whole month opens, a day closes.
MONTH_TO_DAY = re.compile(
    r"\b(?:between|from)\s+" + _g(_MONTH, n="m0") + r"(?:,?\s+" + _g(_YEAR, n="y0") + r")?\s+"
    r"(?:and|to|until|till|through)\s+" + _date("2"),
    re.IGNORECASE,
)

_NUM = r"(?P<num>\d+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|" \
       r"five|six|seven|eight|nine))?)|" + "|".join(sorted(UNITS, key=len, reverse=True)) + r"|a hundred)"
PAST_N = re.compile(
    r"\b(?:(?:over|during|in|within|for|throughout|across)\s+)?(?:the\s+)?(?:past|last|previous|preceding)\s+"
    + _NUM + r"\s+(?P<unit>days?|weeks?|months?|hours)\b",
    re.IGNORECASE,
)
N_DAY_PERIOD = re.compile(r"\b" + _NUM + r"[- ](?P<unit>day|week|month)(?:[- ]long)?\s+(?:period|campaign|span)\b",
                          re.IGNORECASE)
OVER_N_DAYS = re.compile(r"\b(?:over|in|during|within|across|throughout)\s+(?:a\s+span\s+of\s+)?" + _NUM
                         + r"\s+(?P<unit>days)\b", re.IGNORECASE)
PERIOD_OF_N = re.compile(r"\b(?:a\s+)?period\s+of\s+" + _NUM + r"\s+(?P<unit>days?|weeks?|months?)\b", re.IGNORECASE)
PAST_UNIT = re.compile(
    r"\b(?:(?:over|during|in|within|throughout|across)\s+)?(?:the\s+)?(?P<which>past|last|previous|preceding|this)"
    r"\s+(?P<unit>week|month|year)\b",
    re.IGNORECASE,
)
SO_FAR = re.compile(r"\b(?:so\s+far\s+this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)\b",
                    re.IGNORECASE)
SINCE = led(re.compile(r"\b[Ss]ince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:"
                       r"(?:" + _g(_DAY, n="d0") + r"\s+)?" + _g(_MONTH, n="m") + r"(?:\s+" + _g(_DAY, n="d")
                       + r"\b)?(?:,?\s+" + _g(_YEAR, n="y") + r")?|" + _g(_YEAR, n="y2")
                       + r"|(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?!\s*[-–/]\d)"))
# (A lookahead on the first letter a match can start with, as in _MONTH_ANCHOR, lets the engine pass over the other
# characters without trying the alternations; only in case-sensitive patterns, where the letters are exactly these.
# ``led`` puts one more in front of the word boundary, read from the pattern: a class test before the boundary's.)
RAMADAN = led(re.compile(r"\b(?=[ditR])(?:(?:during|in|throughout)\s+)?(?:the\s+(?:holy\s+)?month\s+of\s+)?"
                         r"Ramadan\b"))
WHOLE_MONTH = led(re.compile(r"\b(?=[DdIiTt])(?:[Dd]uring|[Ii]n|[Tt]hroughout)\s+(?:the\s+month\s+of\s+)?"
                             + _g(_MONTH, n="m") + r"(?:,?\s+" + _g(_YEAR, n="y") + r")?\b(?!\s+[0-3]?\d\b)"))
WHOLE_YEAR = led(re.compile(r"\b(?=[dit])(?:during|in|throughout)\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[-–/]\d)"))
WEEKDAY = led(re.compile(r"\b(?=[oltMTWFS])(?:(?:on|last|this\s+past)\s+)?"
                         r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                         r"(?:\s+(?:night|morning|evening|afternoon))?\b"))
RELATIVE_DAY = re.compile(r"\b(?P<word>yesterday|today|last\s+night|overnight|earlier\s+today|this\s+morning|"
                          r"on\s+the\s+same\s+day)\b", re.IGNORECASE)
DURATION = re.compile(r"\b" + _NUM + r"(?:[- ]|\s+)(?P<unit>days?|weeks?|months?|years?|hours?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date or period found in text, with its character span and resolved ISO (or --MM-DD) bounds."""

    start: int
    end: int
    kind: str
    """date | range | past_n | past_unit | last_week | last_month | this_unit | ramadan | month | year | since"""
    first: str | None
    last: str | None
    days_stated: int | None = None
    explicit: bool = True
    """True when the bounds are written as dates, False when computed from ``published``."""


def iso(day: date) -> str:
    """A date as ISO text."""
    return day.isoformat()


def resolve_month_day(month: int, day: int, year: int | None, published: date | None,
                      not_after: date | None = None) -> str | None:
    """ISO text for a month/day (and maybe year); ``--MM-DD`` when the year is unknown and cannot be inferred."""
    if year is not None:
        return _safe_iso(year, month, day)
    ceiling = not_after or published
    if ceiling is None:
        return f"--{month:02d}-{day:02d}" if _valid_month_day(month, day) else None
    for candidate in (ceiling.year, ceiling.year - 1):
        text = _safe_iso(candidate, month, day)
        if text is not None and date.fromisoformat(text) <= ceiling:
            return text
    return None


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date, range and period phrase in ``text``, longest first where they overlap, in text order."""
    found: list[DateMention] = []
    folded = _folded(text)
    # Every month name opens with one of :data:`_MONTH_STARTS` and every ISO date holds "-" and "19" or "20": most
    # texts hold neither, and are not searched for a month (its anchor, a week ending on a date, a span of months).
    months = any(map(folded.__contains__, _MONTH_STARTS))
    dated = months or ("-" in folded and ("19" in folded or "20" in folded))
    # Each grammar runs only on short windows around its anchor (a month name, a unit such as "days"): the
    # patterns are long alternations that would otherwise be tried at every character of the document.
    for anchor, finders in ((_MONTH_ANCHOR, (_ranges, _day_ranges, _month_day_ranges, _singles, _whole_months,
                                             _month_to_day)),
                            (_UNIT_ANCHOR, (_past_n, _n_day_periods, _past_units, _so_far))):
        if anchor is _MONTH_ANCHOR and not dated:
            continue
        for start, end in (_windows_around_units(text, folded) if anchor is _UNIT_ANCHOR
                           else _windows(text, anchor, folded)):
            segment = text[start:end]
            lowered = _folded(segment)
            for finder in finders:
                needs = _NEEDS.get(finder)
                # (the tests made by map in C: a generator's frame per word cost more than the tests)
                if needs is not None and not any(map(lowered.__contains__, needs)):
                    continue
                found.extend(replace(m, start=m.start + start, end=m.end + start)
                             for m in finder(segment, published, lowered))
    for finder in (_ramadan, _whole_years, _weekdays, _relative_days, _weeks_ending, _month_spans, _year_parts,
                   _hijri_months, _since):
        # Each of these patterns is tried at every character; most texts hold none of the words it needs. They take
        # one signature, the folded text made here included, which those that search it read instead of folding again.
        wants = _NEEDS_DATE.get(finder)
        if (wants is None or (months if wants == "month" else dated)) and any(map(folded.__contains__, _NEEDS[finder])):
            found.extend(finder(text, published, folded))
    chosen: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for mention in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if any(mention.start < e and s < mention.end for s, e in taken):
            continue
        chosen.append(mention)
        taken.append((mention.start, mention.end))
    return sorted(chosen, key=lambda m: m.start)


def durations(text: str) -> list[tuple[int, int]]:
    """Spans of durations such as '68 days' or 'two weeks', whose numbers are not counts of anything."""
    spans = set()
    folded = _folded(text)
    for start, end in _windows_around_units(text, folded):
        spans.update((m.start() + start, m.end() + start) for m in _DURATION_LED.finditer(folded[start:end]))
    return sorted(spans)


# (The lookahead on the first letter lets the regex engine pass over most characters without trying the
# alternation: the same matches in half the time.)
_MONTH_ANCHOR = re.compile(r"\b(?=[adfjmnos])(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
                           r"|\b(?:19|20)\d\d-\d\d-\d\d\b", re.IGNORECASE)
_UNIT_ANCHOR = re.compile(r"\b(?=[dwmyh])(?:days?|weeks?|months?|years?|hours?|day-long|week-long|month-long)\b",
                          re.IGNORECASE)


def _folded_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (case-blind) lower-cased and case-sensitive, to search over :func:`_folded` text: the same matches
    (the folded text has the same length, every character keeps whether it is a word character or a digit, and a
    character folds to an ASCII letter exactly where the case-blind pattern matches it to that letter; checked over
    every code point), found about a third faster than case-blind. Lower-casing the source would turn an escape
    such as ``\\S`` into another (``\\s``): a pattern holding one is refused."""
    if re.search(r"\\[A-Z]", pattern.pattern):
        raise ValueError(f"{pattern.pattern!r}: an upper-case escape cannot be lower-cased")
    return re.compile(pattern.pattern.lower().replace("(?p<", "(?P<"))


_FOLDED_ANCHORS = {anchor: _folded_twin(anchor) for anchor in (_MONTH_ANCHOR, _UNIT_ANCHOR)}
"""Each anchor's :func:`_folded_twin`."""
_LED_ANCHORS = {anchor: led(twin) for anchor, twin in _FOLDED_ANCHORS.items()}
"""Each anchor's folded twin behind a lookahead on its first characters (:func:`sitrep.extract.prefilter.led`): the
same matches, found faster (the class test comes before the word boundary's)."""
_DURATION_FOLDED = _folded_twin(DURATION)
""":data:`DURATION`'s :func:`_folded_twin`."""
_DURATION_LED = led(_DURATION_FOLDED)
"""The twin behind a lookahead on its first characters, as :data:`_LED_ANCHORS`: what :func:`durations` runs."""
_RELATIVE_DAY_LED = led(_folded_twin(RELATIVE_DAY))
""":data:`RELATIVE_DAY`'s :func:`_folded_twin` behind a lookahead on its first characters: what
:func:`_relative_days` runs over the folded text (case-sensitive, a third faster than the case-blind scan)."""


class _FoldedScan:
    """A case-blind pattern of the finders found through its :func:`_folded_twin` behind :func:`led`, over the folded
    text: the twin, case-sensitive, lets the engine pass over most positions after one class test (or scan for the
    letters a match opens with) where the case-blind pattern was tried in full at every position, lower-casing each
    character it read. At each place the twin matches, the pattern itself is matched on the text as written: the
    same match (the twin's matches are the pattern's), so its groups are the written words, as before. The twins are
    made at the first search (:func:`_make_twins`), not at import."""

    __slots__ = ("pattern", "twin")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.twin: re.Pattern[str] | None = None
        _SCANS.append(self)

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)`` (``folded``: ``_folded(text)``, made by the caller already)."""
        twin = self.twin
        if twin is None:
            _make_twins(self)
            twin = self.twin
        match = self.pattern.match
        for found in twin.finditer(_folded(text) if folded is None else folded):  # type: ignore[union-attr]
            # (match at a position reads the characters before it for its word boundaries and lookbehinds, as the
            # search did)
            written = match(text, found.start())
            if written is not None:
                yield written


_SCANS: list[_FoldedScan] = []
"""Every :class:`_FoldedScan`, in the order made."""


def _make_twins(wanted: _FoldedScan | None = None) -> None:
    """Give ``wanted`` its twin (every :class:`_FoldedScan` its own: None). Reading a pattern's first letters for
    :func:`led` costs two parses and a compile more than compiling the twin (~20 ms for all of them at start-up), so
    the twins' sources are kept in the disk cache (:mod:`sitrep.diskcache`, named by the patterns and the code that
    makes them), read once, and each twin compiled from its source when its finder first searches (most texts need
    a few of them: no weeks ending, no Hijri months)."""
    global _sources
    scans = list(_SCANS)
    sources = _sources
    if len(sources) != len(scans):
        from pathlib import Path

        from sitrep import diskcache
        from sitrep.extract import prefilter

        name = "date-twins-{}.marshal".format(diskcache.fingerprint(
            *(f"{scan.pattern.flags}:{scan.pattern.pattern}" for scan in scans),
            files=[Path(__file__), Path(prefilter.__file__)]))
        stored = diskcache.read(name)
        if isinstance(stored, tuple) and len(stored) == len(scans) and all(isinstance(item, str) for item in stored):
            sources = stored
        else:
            sources = tuple(led(_folded_twin(scan.pattern)).pattern for scan in scans)
            diskcache.write(name, sources)
        _sources = sources
    for scan, source in zip(scans, sources, strict=True):
        if wanted is not None and scan is not wanted:
            continue
        twin = re.compile(source)
        if twin.groupindex != scan.pattern.groupindex:  # (a group's name lower-cased: the finders would miss it)
            raise ValueError(f"{scan.pattern.pattern!r}: a group name is not lower-case")
        scan.twin = twin


_sources: tuple[str, ...] = ()
"""The twins' sources, in the order of :data:`_SCANS`, once read (or made) by :func:`_make_twins`."""


_unit_windows: tuple[str, list[tuple[int, int]]] = ("", [])
"""The last text's windows around units: :func:`find_dates` and then :func:`durations` read the same text."""


def _windows_around_units(text: str, folded: str | None = None) -> list[tuple[int, int]]:
    global _unit_windows
    last = _unit_windows  # (read once: another thread may replace it meanwhile)
    if last[0] is text:
        return last[1]
    windows = _windows(text, _UNIT_ANCHOR, folded)
    _unit_windows = (text, windows)
    return windows


def _windows(text: str, anchor: re.Pattern[str], folded: str | None = None, before: int = 70,
             after: int = 70) -> list[tuple[int, int]]:
    """Merged character windows around every match of ``anchor`` (``folded``: ``_folded(text)``, made by the caller
    already; the anchor's folded twin is searched in it)."""
    windows: list[tuple[int, int]] = []
    for m in _LED_ANCHORS[anchor].finditer(_folded(text) if folded is None else folded):
        start, end = max(0, m.start() - before), min(len(text), m.end() + after)
        # Widen to word boundaries so that no pattern starts or ends inside a word.
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def period_length(first: str, last: str) -> tuple[int | None, str]:
    """Inclusive number of days from ``first`` to ``last``; with unknown years, the count when the year
    cannot change it (the span does not cross a 29 February), else None. Returns (days, note)."""
    if not first.startswith("--") and not last.startswith("--"):
        return (date.fromisoformat(last) - date.fromisoformat(first)).days + 1, ""
    counts = set()
    leap_day = False
    for year in (2001, 2004):  # a common year and a leap year
        try:
            start = date(year, int(first[-5:-3]), int(first[-2:]))
            end = date(year, int(last[-5:-3]), int(last[-2:]))
            if end < start:
                end = date(year + 1, end.month, end.day)
        except ValueError:
            # ('between 29 February and 1 March'): a 29 February exists only in a leap year, which the period is in
            leap_day = True
            continue
        counts.add((end - start).days + 1)
    if len(counts) == 1 and leap_day:
        return counts.pop(), "year unknown; its 29 February makes it a leap year"
    if len(counts) == 1:
        return counts.pop(), "year unknown; the count is the same in any year"
    return None, "year unknown and the period spans a 29 February"


# --- finders ------------------------------------------------------------------------------------------------

def _ranges(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    out = []
    for m in _RANGE_SCAN.finditer(text, folded):
        first = _parts(m, "1")
        last = _parts(m, "2")
        if first is None or last is None:
            continue
        bounds = _resolve_range(first, last, published)
        if bounds is not None:
            out.append(DateMention(m.start(), m.end(), "range", *bounds))
    return out


def _month_to_day(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    out = []
    for m in _MONTH_TO_DAY_SCAN.finditer(text, folded):
        last = _parts(m, "2")
        if last is None:
            continue
        first = (_month_number(m.group("m0")), 1, int(m.group("y0")) if m.group("y0") else None)
        bounds = _resolve_range(first, last, published)
        if bounds is not None:
            out.append(DateMention(m.start(), m.end(), "range", *bounds))
    return out


def _day_ranges(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    out = []
    for m in _DAY_RANGE_SHARED_MONTH_SCAN.finditer(text, folded):
        month = _month_number(m.group("m"))
        year = int(m.group("y")) if m.group("y") else None
        bounds = _resolve_range((month, int(m.group("d1")), year), (month, int(m.group("d2")), year), published)
        if bounds is not None:
            out.append(DateMention(m.start(), m.end(), "range", *bounds))
    return out


def _month_day_ranges(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    out = []
    for m in _MONTH_DAY_RANGE_SCAN.finditer(text, folded):
        month = _month_number(m.group("m"))
        year = int(m.group("y")) if m.group("y") else None
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        if d2 <= d1:
            continue
        bounds = _resolve_range((month, d1, year), (month, d2, year), published)
        if bounds is not None:
            out.append(DateMention(m.start(), m.end(), "range", *bounds))
    return out


def _singles(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    out = []
    for m in _SINGLE_SCAN.finditer(text, folded):
        parts = _parts(m, "1")
        if parts is None:
            continue
        value = resolve_month_day(*parts, published)
        if value is not None:
            out.append(DateMention(m.start(), m.end(), "date", value, value))
    return out


def _unit_days(number: int, unit: str) -> int:
    unit = unit.lower().rstrip("s")
    if unit == "hour":  # "the past 24 hours": the days those hours touch, at least one
        return max(1, -(-number // 24))
    return number * {"day": 1, "week": 7, "month": 30}[unit]


def _number(text: str) -> int | None:
    parsed = parse_words(text.lower().replace("-", " - ").split())
    return parsed.value if parsed is not None else None


def _past_n(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    out = []
    for m in _PAST_N_SCAN.finditer(text, folded):
        number = _number(m.group("num"))
        if number is None:
            continue
        unit = m.group("unit").lower()
        days = _unit_days(number, unit)
        stated = number if unit.startswith("day") else None
        first, last = _ending_on(published, days)
        out.append(DateMention(m.start(), m.end(), "past_n", first, last, stated, explicit=False))
    return out


def _n_day_periods(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    out = []
    for scan in (_N_DAY_PERIOD_SCAN, _PERIOD_OF_N_SCAN, _OVER_N_DAYS_SCAN):
        for m in scan.finditer(text, folded):
            number = _number(m.group("num"))
            if number is None:
                continue
            unit = m.group("unit").lower()
            stated = number if unit.startswith("day") else None
            out.append(DateMention(m.start(), m.end(), "past_n", None, None, stated, explicit=False))
    return out


def _past_units(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    out = []
    for m in _PAST_UNIT_SCAN.finditer(text, folded):
        which, unit = m.group("which").lower(), m.group("unit").lower()
        try:
            first, last, kind = _past_unit_bounds(which, unit, published)
        except (OverflowError, ValueError):  # a period before year 1: left undated
            first, last, kind = None, None, "past_unit"
        out.append(DateMention(m.start(), m.end(), kind, first, last, None, explicit=False))
    return out


def _past_unit_bounds(which: str, unit: str, published: date | None) -> tuple[str | None, str | None, str]:
    """First day, last day and kind of "this/last/past week|month|year" read on ``published``."""
    if published is None:
        return None, None, "past_unit"
    if which == "this":
        starts = {"month": published.replace(day=1), "year": published.replace(month=1, day=1),
                  "week": published - timedelta(days=published.weekday())}
        return iso(starts[unit]), iso(published), "this_unit"
    if unit == "month" and which in ("last", "previous", "preceding"):
        end = published.replace(day=1) - timedelta(days=1)
        return iso(end.replace(day=1)), iso(end), "last_month"
    if unit == "week" and which == "last":
        monday = published - timedelta(days=published.weekday() + 7)  # the previous calendar week, Monday to Sunday
        return iso(monday), iso(monday + timedelta(days=6)), "last_week"
    if unit == "year" and which in ("last", "previous", "preceding"):
        year = date(published.year - 1, 1, 1).year  # ValueError before year 1
        return f"{year:04d}-01-01", f"{year:04d}-12-31", "past_unit"
    first, last = _ending_on(published, {"week": 7, "month": 30, "year": 365}[unit])
    return first, last, "past_unit"


def _so_far(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    out = []
    for m in _SO_FAR_SCAN.finditer(text, folded):
        first = last = None
        if published is not None:
            first, last = iso(published.replace(month=1, day=1)), iso(published)
        out.append(DateMention(m.start(), m.end(), "this_unit", first, last, None, explicit=False))
    return out


def _since(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    """'since Wednesday', 'since October 1', 'since the start of 2023': from that day (the first of a month or year)
    to ``published``; a weekday or a month without a year is the latest one on or before ``published``."""
    out = []
    for m in SINCE.finditer(text):
        first: str | None = None
        year = m.group("y") or m.group("y2")
        if m.group("wd"):
            if published is not None:
                day = _days_before(published, (published.weekday() - WEEKDAYS[m.group("wd")]) % 7)
                first = iso(day) if day else None
        elif m.group("m"):
            day_text = m.group("d") or m.group("d0")
            month = _month_number(m.group("m"))
            first = resolve_month_day(month, int(day_text) if day_text else 1, int(year) if year else None,
                                      published)
        else:
            first = f"{year}-01-01"
        if first is None or first.startswith("--") or published is None or date.fromisoformat(first) > published:
            first = last = None
        else:
            last = iso(published)
        out.append(DateMention(m.start(), m.end(), "since", first, last, None, explicit=False))
    return out


def _ramadan(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    out = []
    for m in RAMADAN.finditer(text):
        first = last = None
        if published is not None:
            # The Umm al-Qura tables cover 1924-2077 only; outside them Ramadan stays undated.
            with contextlib.suppress(OverflowError, ValueError):
                first, last = _ramadan_bounds(published)
        out.append(DateMention(m.start(), m.end(), "ramadan", first, last, None, explicit=False))
    return out


def _whole_months(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    out = []
    for m in WHOLE_MONTH.finditer(text):
        month = _month_number(m.group("m"))
        year = int(m.group("y")) if m.group("y") else None
        if year is None and published is not None:
            year = published.year if month <= published.month else published.year - 1
        if year is None or year < 1:
            first, last = f"--{month:02d}-01", f"--{month:02d}-{_month_end(2001, month):02d}"
        else:
            first, last = f"{year}-{month:02d}-01", f"{year}-{month:02d}-{_month_end(year, month):02d}"
        out.append(DateMention(m.start(), m.end(), "month", first, last))
    return out


def _whole_years(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    return [DateMention(m.start(), m.end(), "year", f"{m.group('y')}-01-01", f"{m.group('y')}-12-31")
            for m in WHOLE_YEAR.finditer(text)]


def _weekdays(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    """'on Tuesday' is the latest Tuesday on or before publication (news reports the recent past)."""
    out = []
    for m in _near_words(WEEKDAY, text, _WEEKDAY_NAMES):
        value = None
        if published is not None:
            back = (published.weekday() - WEEKDAYS[m.group("day")]) % 7
            day = _days_before(published, back)
            value = iso(day) if day else None
        out.append(DateMention(m.start(), m.end(), "date", value, value, explicit=False))
    return out


def _relative_days(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    """'yesterday', 'last night', 'on the same day' in ``text`` (``folded``: its :func:`_folded` form, made by the
    caller already), dated from ``published``."""
    out = []
    for m in _near_words(_RELATIVE_DAY_LED, _folded(text) if folded is None else folded, _RELATIVE_DAY_WORDS):
        # (the word as written, lower-cased as before: a long s or dotless i folds to an ASCII letter in ``folded``)
        word = " ".join(text[m.start("word") : m.end("word")].lower().split())
        value = None
        if published is not None and word != "on the same day":
            back = 1 if word in ("yesterday", "last night", "overnight") else 0
            day = _days_before(published, back)
            value = iso(day) if day else None
        out.append(DateMention(m.start(), m.end(), "date", value, value, explicit=False))
    return out


# --- helpers ------------------------------------------------------------------------------------------------

_WEEKDAY_NAMES = tuple(WEEKDAYS)
"""The words one of which every match of :data:`WEEKDAY` holds, at most two words after its start ('this past')."""
_RELATIVE_DAY_WORDS = ("yesterday", "today", "night", "morning", "same")
"""The words one of which every match of :data:`RELATIVE_DAY` holds (lower-case), at most two words after its start
('on the same day'): :func:`_near_words` finds its matches from them."""
_TWO_WORDS_BACK = re.compile(r"\s*\S*\s*\S*")
"""Read over the reversed text: the spaces, word, spaces and word before a place (each run as long as it goes)."""


def _near_words(pattern: re.Pattern[str], text: str, words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern each of whose matches holds one of ``words`` (as written: the pattern
    is case-sensitive) at most two words after its start, that word, as in :data:`WEEKDAY` and :data:`RELATIVE_DAY`.
    Most texts hold none or one of them: the pattern is searched from two words before the first one left (found by
    ``str.find``, a scan in C), not tried at every character of the text. A match starting earlier would hold a word
    earlier, and no run of spaces and non-spaces before a later word reaches back further; the search from a position
    reads the characters before it for its word boundaries, as the whole-text scan does."""
    find = text.find
    reverse: str | None = None
    pos, size = 0, len(text)
    while True:
        first = min((at for at in map(find, words, (pos,) * len(words)) if at >= 0), default=-1)
        if first < 0:
            return
        if reverse is None:
            reverse = text[::-1]
        back = _TWO_WORDS_BACK.match(reverse, size - first)
        match = pattern.search(text, max(pos, size - back.end()))  # type: ignore[union-attr]
        if match is None:
            return
        yield match
        pos = match.end()

def _parts(m: re.Match[str], tag: str) -> tuple[int, int, int | None] | None:
    for suffix in ("", "b", "c"):
        month_text = m.group(f"m{tag}{suffix}")
        if month_text is None:
            continue
        day = int(m.group(f"d{tag}{suffix}"))
        year_text = m.group(f"y{tag}{suffix}")
        month = int(month_text) if month_text.isdigit() else _month_number(month_text)
        if not _valid_month_day(month, day):
            return None
        return month, day, int(year_text) if year_text else None
    return None


def _resolve_range(first: tuple[int, int, int | None], last: tuple[int, int, int | None],
                   published: date | None) -> tuple[str, str] | None:
    (m1, d1, y1), (m2, d2, y2) = first, last
    end = resolve_month_day(m2, d2, y2, published)
    if end is None:
        return None
    if y1 is None and not end.startswith("--"):
        end_date = date.fromisoformat(end)
        start = resolve_month_day(m1, d1, None, None, not_after=end_date)
    else:
        start = resolve_month_day(m1, d1, y1, published)
    if start is None:
        return None
    if not start.startswith("--") and not end.startswith("--") and start > end:
        return None
    return start, end


def _ending_on(published: date | None, days: int) -> tuple[str | None, str | None]:
    first = _days_before(published, days - 1) if published is not None else None
    if first is None:
        return None, None
    return iso(first), iso(published)  # type: ignore[arg-type]


def _days_before(day: date, days: int) -> date | None:
    """``day`` minus ``days``, or None when that falls outside the calendar (year 1, "the past 99999999999 days"):
    a period no calendar can hold is left undated rather than failing the document."""
    try:
        return day - timedelta(days=days)
    except (OverflowError, ValueError):
        return None


def _ramadan_bounds(published: date) -> tuple[str, str]:
    from hijridate import Gregorian, Hijri  # imported late: only Ramadan periods need it

    hijri = Gregorian(published.year, published.month, published.day).to_hijri()
    year = hijri.year if hijri.month >= 9 else hijri.year - 1
    start = Hijri(year, 9, 1).to_gregorian()
    end = Hijri(year, 10, 1).to_gregorian() - timedelta(days=1)
    last = min(date(end.year, end.month, end.day), published)
    return iso(date(start.year, start.month, start.day)), iso(last)


def _valid_month_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _month_end(2004, month)


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _safe_iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# --- periods of claims: weeks ending on a date, spans of months, parts of a year, Hijri months ---------------

WEEK_ENDING = re.compile(r"\b(?:(?:in|during|for|over|throughout)\s+)?the\s+week\s+(?:ending|ended|to|up\s+to|"
                         r"through)\s+(?:on\s+)?" + _date("1"), re.IGNORECASE)
MONTH_SPAN = re.compile(r"\b(?P<lead>between|from)\s+" + _g(_MONTH, n="m1") + r"(?:\s+" + _g(_YEAR, n="y1")
                        + r")?\s+(?:and|to|until|through)\s+" + _g(_MONTH, n="m2") + r"(?:,?\s+" + _g(_YEAR, n="y2")
                        + r")?\b(?!\s+[0-3]?\d\b)", re.IGNORECASE)
_PART_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "eleven": 11}
YEAR_PART = re.compile(
    r"\b(?:(?:in|during|over|throughout|for)\s+)?the\s+(?P<edge>first|last|second|third|fourth)\s+"
    r"(?:(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months|(?P<part>half|quarter))"
    r"\s+of\s+(?:(?P<y>(?:19|20)\d\d)|(?P<this>the|this)\s+year)\b", re.IGNORECASE)
HIJRI_MONTHS = {"muharram": 1, "safar": 2, "rabi al-awwal": 3, "rabi' al-awwal": 3, "rabi al-thani": 4,
                "rabi al-akhir": 4, "rabi' al-thani": 4, "jumada al-ula": 5, "jumada al-awwal": 5,
                "jumada al-akhira": 6, "jumada al-thani": 6, "rajab": 7, "shaban": 8, "sha'ban": 8, "shawwal": 10,
                "dhu al-qadah": 11, "dhul-qadah": 11, "dhu al-qi'dah": 11, "dhu al-hijjah": 12, "dhul-hijjah": 12}
HIJRI_MONTH = re.compile(r"\b(?:(?:in|during|throughout)\s+)?(?:the\s+(?:Islamic\s+|Hijri\s+)?month\s+of\s+)?(?P<m>"
                         + "|".join(re.escape(m) for m in sorted(HIJRI_MONTHS, key=len, reverse=True))
                         + r")(?:\s+(?P<y>1[34]\d\d)(?:\s*(?:AH|A\.H\.|H))?)?\b", re.IGNORECASE)


_RANGE_SCAN = _FoldedScan(RANGE)
_MONTH_TO_DAY_SCAN = _FoldedScan(MONTH_TO_DAY)
_DAY_RANGE_SHARED_MONTH_SCAN = _FoldedScan(DAY_RANGE_SHARED_MONTH)
_MONTH_DAY_RANGE_SCAN = _FoldedScan(MONTH_DAY_RANGE)
_SINGLE_SCAN = _FoldedScan(SINGLE)
_PAST_N_SCAN = _FoldedScan(PAST_N)
_PAST_UNIT_SCAN = _FoldedScan(PAST_UNIT)
_SO_FAR_SCAN = _FoldedScan(SO_FAR)
_WEEK_ENDING_SCAN = _FoldedScan(WEEK_ENDING)
_MONTH_SPAN_SCAN = _FoldedScan(MONTH_SPAN)
_YEAR_PART_SCAN = _FoldedScan(YEAR_PART)
_HIJRI_MONTH_SCAN = _FoldedScan(HIJRI_MONTH)
_N_DAY_PERIOD_SCAN = _FoldedScan(N_DAY_PERIOD)
_PERIOD_OF_N_SCAN = _FoldedScan(PERIOD_OF_N)
_OVER_N_DAYS_SCAN = _FoldedScan(OVER_N_DAYS)
"""The case-blind patterns of the finders, each found through its folded twin (:class:`_FoldedScan`)."""

def _weeks_ending(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    out = []
    for m in _WEEK_ENDING_SCAN.finditer(text, folded):
        parts = _parts(m, "1")
        if parts is None:
            continue
        month, day, year = parts
        last = resolve_month_day(month, day, year, published)
        if last is None or last.startswith("--"):
            out.append(DateMention(m.start(), m.end(), "range", None, last, 7))
            continue
        first = iso(date.fromisoformat(last) - timedelta(days=6))
        out.append(DateMention(m.start(), m.end(), "range", first, last))
    return out


def _month_spans(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    out = []
    for m in _MONTH_SPAN_SCAN.finditer(text, folded):
        m1, m2 = _month_number(m.group("m1")), _month_number(m.group("m2"))
        y2 = int(m.group("y2")) if m.group("y2") else None
        if y2 is None and published is not None:
            y2 = published.year if m2 <= published.month else published.year - 1
        y1 = int(m.group("y1")) if m.group("y1") else (None if y2 is None else (y2 if m1 <= m2 else y2 - 1))
        if y1 is None or y2 is None:
            first, last = f"--{m1:02d}-01", f"--{m2:02d}-{_month_end(2001, m2):02d}"
        else:
            first, last = f"{y1}-{m1:02d}-01", f"{y2}-{m2:02d}-{_month_end(y2, m2):02d}"
        out.append(DateMention(m.start(), m.end(), "range", first, last))
    return out


def _year_parts(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    out = []
    for m in _YEAR_PART_SCAN.finditer(text, folded):
        year = int(m.group("y")) if m.group("y") else (published.year if published is not None else None)
        if year is None:
            continue
        edge, part = m.group("edge").lower(), (m.group("part") or "").lower()
        n = m.group("n")
        months = (int(n) if n.isdigit() else _PART_NUM[n.lower()]) if n else (6 if part == "half" else 3)
        if not 1 <= months <= 12:
            continue
        index = {"first": 0, "second": 1, "third": 2, "fourth": 3}.get(edge)
        if edge == "last":
            first_month = 13 - months
        elif part and index is not None:
            first_month = 1 + index * months
        elif edge == "first":
            first_month = 1
        else:
            continue
        last_month = first_month + months - 1
        if last_month > 12:
            continue
        first, last = f"{year}-{first_month:02d}-01", f"{year}-{last_month:02d}-{_month_end(year, last_month):02d}"
        if published is not None and last > iso(published) and first <= iso(published):
            last = iso(published)  # "the first six months of this year", said in May: up to publication
        out.append(DateMention(m.start(), m.end(), "range", first, last))
    return out


def _hijri_months(text: str, published: date | None, folded: str | None = None) -> list[DateMention]:
    out = []
    for m in _HIJRI_MONTH_SCAN.finditer(text, folded):
        month = HIJRI_MONTHS[_folded(m.group("m"))]  # (the pattern is case-blind: "ſhawwal" too)
        bounds = _hijri_bounds(month, int(m.group("y")) if m.group("y") else None, published)
        if bounds is None:
            continue
        out.append(DateMention(m.start(), m.end(), "month", bounds[0], bounds[1], explicit=False))
    return out


def _hijri_bounds(month: int, year: int | None, published: date | None) -> tuple[str, str] | None:
    from hijridate import Gregorian, Hijri  # imported late: only Hijri periods need it

    stated = year is not None
    if year is None:
        if published is None:
            return None
        today = Gregorian(published.year, published.month, published.day).to_hijri()
        year = today.year if today.month >= month else today.year - 1
    try:
        start = Hijri(year, month, 1).to_gregorian()
        after = Hijri(year + (month == 12), month % 12 + 1, 1).to_gregorian()
    except (ValueError, OverflowError):
        return None
    end = date(after.year, after.month, after.day) - timedelta(days=1)
    if published is not None and not stated:
        end = min(end, published)
    return iso(date(start.year, start.month, start.day)), iso(end)


# --- which words each whole-text finder needs ---------------------------------------------------------------

_NEEDS = {
    _ramadan: ("ramadan",),
    _whole_years: ("19", "20"),
    _weekdays: tuple(name.lower() for name in WEEKDAYS),
    _relative_days: ("yesterday", "today", "night", "morning", "same"),
    _weeks_ending: ("week",),
    _month_spans: ("between", "from"),
    _year_parts: ("months", "half", "quarter"),
    _since: ("since",),
    _hijri_months: ("muharram", "safar", "rabi", "jumada", "rajab", "shaban", "sha'ban", "shawwal", "dhu"),
    # (these run on the windows around a unit word)
    _past_n: ("past", "last", "previous", "preceding"),
    _n_day_periods: ("period", "campaign", "span", "days"),
    _past_units: ("past", "last", "previous", "preceding", "this"),
    _so_far: ("far", "since"),
}
"""For each finder :func:`find_dates` runs over the whole text (or over the windows around a unit), words of which
its patterns cannot match without one (in the lower-cased text); a text with none of them is not searched. Keep in
step with the patterns."""

_NEEDS_DATE = {_weeks_ending: "date", _month_spans: "month"}
"""The whole-text finders whose patterns also need a month name ("month") or a date, a month name or an ISO date
("date"): :func:`find_dates` skips them in a text without one (:data:`_MONTH_STARTS`)."""

_MONTH_STARTS = tuple(sorted({name[:3] for name in MONTHS}))
"""The first three letters of every month name and abbreviation the patterns know (lower-case): a text whose folded
form holds none of them names no month."""

_CASE_ODD = {"\u0131": "i", "\u0130": "i", "\u017f": "s", "\u212a": "k"}
"""Characters that a case-blind pattern matches to an ASCII letter but that ``str.lower`` does not turn into it
(dotless i, dotted capital I, long s, the Kelvin sign)."""


def _month_number(name: str) -> int:
    """The month a month word a case-blind pattern matched names ("Sept.", "DEC", "ſeptember": a long s matches "s"
    case-blind, so the word is folded as the pattern saw it before the look-up)."""
    return MONTHS[_folded(name).rstrip(".")]


def _folded(text: str) -> str:
    """``text`` lower-cased, with :data:`_CASE_ODD` folded to the letters a case-blind pattern matches them as."""
    if not text.isascii() and any(c in text for c in _CASE_ODD):
        text = text.translate(str.maketrans(_CASE_ODD))
    return text.lower()
