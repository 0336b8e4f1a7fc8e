"""Readers for the coded datasets: one schema per publisher's layout, each row a :class:`GoldRow`.

==================  ======================================================================================
schema              text ↔ coded fields
==================  ======================================================================================
``acled``           ``notes`` ↔ event_type, sub_event_type, actor1, actor2, country, admin1, admin2, location,
                    latitude/longitude, fatalities, event_date, time_precision
``ucdp``            ``source_headline`` (published: the first of ``source_date``'s ';'-separated dates) ↔
                    side_a/side_b, country, adm_1, adm_2, where_coordinates, latitude/longitude, low/best/high,
                    date_start/date_end (GED 19.1)
``rand``            ``Description`` ↔ Date, City, Country, Perpetrator, Injuries, Fatalities
``airwars``         ``assessment_text`` ↔ incident_date, location, geolocation ("lat, lon"),
                    civilians_reported_killed/injured ("3 – 11" ranges), suspected_belligerent (JSONL)
``event_location``  ``text`` ↔ the LOCATION spans; only the 496 hand-relabelled rows (``source == "RELABEL"``).
                    A LOCATION span that is empty or cuts through a word ("g" of "grenade": 209 of the 496
                    rows have only such) is an annotation artefact: those rows score neither location nor
                    no_place; a row with a VERB span but no LOCATION span means the event has no place
==================  ======================================================================================

ACLED's ``notes`` lose their coders' notes ("Fatalities coded as 10 (VoJ reported 12)", "[size=dozens]") and the tag
that opens many of them ("Looting: …") before extraction sees them: they state the coded answer (see
:func:`strip_coder_notes`).

UCDP's ``source_headline`` joins the headlines of several sources with ';' (as ``source_date`` joins their dates):
the text is kept as written, because the scores should describe what a user feeding the column in would get.

A value that cannot be read (a date in no known format, a count that is not a number) stops the reader with an
:class:`~sitrep.errors.InputError` naming the file, line and column: a scorer that dropped such rows would score a
different sample from the one asked for.
"""

from __future__ import annotations

import csv
import functools
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sitrep.errors import ConfigError, InputError
from sitrep.evaluate.answer_key import strip_coder_label
from sitrep.evaluate.dates import parse_gold_date, parse_gold_period
from sitrep.evaluate.gold import GoldRow
from sitrep.geo import Gazetteer

__all__ = ["SCHEMAS", "Schema", "read_rows"]

Row = Mapping[str, Any]


class _Bad(ValueError):
    """A value in a named column that cannot be read; the reader adds file and line."""

    def __init__(self, column: str, value: object, why: str) -> None:
        super().__init__(f"column {column!r}: {why}: {value!r}")


@dataclass(frozen=True)
class Schema:
    """A publisher's layout: where the text is, which fields it codes, how a row becomes a GoldRow."""

    name: str
    format: Literal["csv", "jsonl"]
    text: str
    """The column (or key) holding the text that was coded."""
    required: tuple[str, ...]
    fields: frozenset[str]
    """The :data:`~sitrep.evaluate.gold.FIELDS` this schema codes, and so the ones scored."""
    build: Callable[[Row, _Context], GoldRow | None]
    """Turns one row into a GoldRow; None for a row the schema leaves out (event_location's unrelabelled rows)."""


@dataclass
class _Context:
    """What a builder needs beyond the row: where it is, and the gazetteer for countries and admin-1 codes."""

    schema: str
    path: str
    line: int
    gazetteer: Gazetteer

    def country(self, name: str | None) -> str | None:
        return _country(self.gazetteer, name.strip()) if name and name.strip() else None

    def admin1_code(self, name: str | None, country: str | None) -> str | None:
        return _admin1_code(self.gazetteer, name.strip(), country) if name and name.strip() else None


@functools.lru_cache(maxsize=4096)
def _country(gazetteer: Gazetteer, name: str) -> str | None:
    return gazetteer.country(name)


@functools.lru_cache(maxsize=1 << 14)
def _admin1_code(gazetteer: Gazetteer, name: str, country: str | None) -> str | None:
    place = gazetteer.resolve(name, country=country)
    if place is None or place.admin1_code is None:
        return None
    # A homonym abroad is not this row's unit: the code only counts inside the coded country.
    return place.admin1_code if country is None or place.country == country else None


# --- field readers: blank → None, anything else must read -------------------------------------------------------

def _text(row: Row, column: str) -> str | None:
    value = row.get(column)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _int(row: Row, column: str) -> int | None:
    value = _text(row, column)
    if value is None:
        return None
    try:
        number = int(float(value))
    except ValueError:
        raise _Bad(column, value, "not a whole number") from None
    if number < 0:
        raise _Bad(column, value, "a negative count")
    return number


def _float(row: Row, column: str) -> float | None:
    value = _text(row, column)
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        raise _Bad(column, value, "not a number") from None


def _date(row: Row, column: str, *, period: bool = False) -> tuple[Any, Any]:
    value = _text(row, column)
    if value is None:
        return None, None
    try:
        return parse_gold_period(value) if period else (parse_gold_date(value), None)
    except ValueError as error:
        raise _Bad(column, value, str(error)) from None


_RANGE = re.compile(r"^\s*(\d[\d,]*)\s*(?:[–—-]\s*(\d[\d,]*))?\s*$")
_UNKNOWN = frozenset({"unknown", "n/a", "na", "none", "-", "?"})


def _range(row: Row, column: str) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) from "3", "3 – 11" or "Unknown"; best is the low end, as UCDP and the GTD take it."""
    value = _text(row, column)
    if value is None or value.lower() in _UNKNOWN:
        return None, None, None
    match = _RANGE.match(value)
    if match is None:
        raise _Bad(column, value, "not a count or a range of counts")
    low = int(match.group(1).replace(",", ""))
    high = int(match.group(2).replace(",", "")) if match.group(2) else low
    if high < low:
        raise _Bad(column, value, "a range whose high end is below its low end")
    return low, low, high


# --- the answer key is not input ----------------------------------------------------------------------------

CODER_NOTES = re.compile(
    r"\[size=[^\]]*\]"                                             # ACLED's crowd-size tag on protests
    r"|[^.;]*\bfatalit(?:y|ies)\b[^.;]*\bcoded\b[^.]*(?:\.|$)"     # "Fatalities coded as 10 (VoJ reported 12)."
    r"|[^.;]*\bcoded\s+(?:as|to)\s+this\s+event[^.]*(?:\.|$)",     # "Total 3 fatalities coded to this event."
    re.IGNORECASE)
"""Notes that ACLED's coders add about their own coding. They state the coded value itself, so a scorer that left
them in would let extraction read the answer key; they are removed from the text before extraction, never parsed."""


def strip_coder_notes(text: str) -> str:
    """``text`` without the coders' notes about what they coded (see :data:`CODER_NOTES`) and without the tag a
    coder put at its start (:func:`sitrep.evaluate.answer_key.strip_coder_label`)."""
    return re.sub(r"\s{2,}", " ", CODER_NOTES.sub(" ", strip_coder_label(text))).strip()


# --- one builder per schema ---------------------------------------------------------------------------------

def _acled(row: Row, ctx: _Context) -> GoldRow:
    country = ctx.country(_text(row, "country"))
    admin1 = _text(row, "admin1")
    location = _text(row, "location")
    return GoldRow(
        schema=ctx.schema, path=ctx.path, line=ctx.line, text=strip_coder_notes(_text(row, "notes") or ""),
        event_type=_text(row, "event_type"), sub_event_type=_text(row, "sub_event_type"),
        actor1=_text(row, "actor1"), actor2=_text(row, "actor2"),
        country=country, country_name=_text(row, "country"),
        admin1=admin1, admin1_code=ctx.admin1_code(admin1, country), admin2=_text(row, "admin2"),
        locations=(location,) if location else (),
        latitude=_float(row, "latitude"), longitude=_float(row, "longitude"), geo_precision=_int(row, "geo_precision"),
        killed=_int(row, "fatalities"), date_start=_date(row, "event_date")[0],
        time_precision=_int(row, "time_precision"),
    )


def _ucdp(row: Row, ctx: _Context) -> GoldRow:
    country = ctx.country(_text(row, "country"))
    admin1 = _text(row, "adm_1")
    location = _text(row, "where_coordinates")
    published = None
    first_source_date = (_text(row, "source_date") or "").split(";")[0].strip()
    if first_source_date:
        published = _date({"source_date": first_source_date}, "source_date")[0]
    start = _date(row, "date_start")[0]
    end = _date(row, "date_end")[0]
    return GoldRow(
        schema=ctx.schema, path=ctx.path, line=ctx.line, text=_text(row, "source_headline") or "",
        published=published, actor1=_text(row, "side_a"), actor2=_text(row, "side_b"), actors_unordered=True,
        country=country, country_name=_text(row, "country"),
        admin1=admin1, admin1_code=ctx.admin1_code(admin1, country), admin2=_text(row, "adm_2"),
        locations=(location,) if location else (),
        latitude=_float(row, "latitude"), longitude=_float(row, "longitude"), geo_precision=_int(row, "where_prec"),
        killed=_int(row, "best"), killed_low=_int(row, "low"), killed_high=_int(row, "high"),
        date_start=start, date_end=end,
    )


def _rand(row: Row, ctx: _Context) -> GoldRow:
    city = _text(row, "City")
    return GoldRow(
        schema=ctx.schema, path=ctx.path, line=ctx.line, text=_text(row, "Description") or "",
        actor1=_text(row, "Perpetrator"), country=ctx.country(_text(row, "Country")),
        country_name=_text(row, "Country"), locations=(city,) if city else (),
        killed=_int(row, "Fatalities"), wounded=_int(row, "Injuries"), date_start=_date(row, "Date")[0],
    )


def _airwars(row: Row, ctx: _Context) -> GoldRow:
    # "رفح, Rafah, the Gaza Strip": the last part is the territory, the others name the place (in Arabic and
    # English, finest first); any of them counts as the location.
    parts = [p.strip() for p in (_text(row, "location") or "").split(",") if p.strip()]
    territory = parts[-1] if parts else None
    places = tuple(parts[:-1]) if len(parts) > 1 else tuple(parts)
    latitude = longitude = None
    geolocation = _text(row, "geolocation")
    if geolocation is not None:
        pieces = geolocation.split(",")
        if len(pieces) != 2:
            raise _Bad("geolocation", geolocation, "not 'latitude, longitude'")
        latitude = _float({"geolocation": pieces[0]}, "geolocation")
        longitude = _float({"geolocation": pieces[1]}, "geolocation")
    low, best, high = _range(row, "civilians_reported_killed")
    wounded = _range(row, "civilians_reported_injured")[1]
    start, end = _date(row, "incident_date", period=True)
    return GoldRow(
        schema=ctx.schema, path=ctx.path, line=ctx.line, text=_text(row, "assessment_text") or "",
        actor1=_text(row, "suspected_belligerent"), country=ctx.country(territory), country_name=territory,
        locations=places, latitude=latitude, longitude=longitude,
        killed=best, killed_low=low, killed_high=high, wounded=wounded, date_start=start, date_end=end,
    )


def _event_location(row: Row, ctx: _Context) -> GoldRow | None:
    if row.get("source") != "RELABEL":
        return None
    text = _text(row, "text") or ""
    spans = row.get("spans") or []
    if not isinstance(spans, list):
        raise _Bad("spans", spans, "not a list of spans")
    marked = [s for s in spans if isinstance(s, dict) and s.get("label") == "LOCATION"]
    places = tuple(dict.fromkeys(p for p in (_whole_words(str(row.get("text") or ""), s) for s in marked) if p))
    if not places and marked:
        # Only artefacts were marked (an empty span, "g" inside "grenade"): the row does not say where the event
        # happened, nor that it names no place, so neither location nor no_place is scored on it.
        return GoldRow(schema=ctx.schema, path=ctx.path, line=ctx.line, text=text)
    labelled = bool(spans)  # a row with no span at all was skipped by the annotators, not marked placeless
    return GoldRow(schema=ctx.schema, path=ctx.path, line=ctx.line, text=text, locations=places,
                   no_place=labelled and not places)


def _whole_words(text: str, span: dict[str, Any]) -> str | None:
    """The span's text when it covers whole words (two characters or more), else None (an annotation artefact)."""
    try:
        start, end = int(span["start"]), int(span["end"])
    except (KeyError, TypeError, ValueError):
        raise _Bad("spans", span, "a span without start and end offsets") from None
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    inside_word = (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())
    return None if end - start < 2 or inside_word else text[start:end]


_PLACES = frozenset({"country", "admin1", "admin2", "location", "coordinates"})
SCHEMAS: dict[str, Schema] = {
    s.name: s
    for s in (
        Schema("acled", "csv", "notes",
               ("notes", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
                "admin2", "location", "latitude", "longitude", "fatalities"),
               frozenset({"event_type", "sub_event_type", "actor1", "actor2", "fatalities", "date"} | _PLACES),
               _acled),
        Schema("ucdp", "csv", "source_headline",
               ("source_headline", "source_date", "side_a", "side_b", "country", "adm_1", "adm_2",
                "where_coordinates", "latitude", "longitude", "low", "best", "high", "date_start", "date_end"),
               frozenset({"actor1", "actor2", "fatalities", "date"} | _PLACES), _ucdp),
        Schema("rand", "csv", "Description",
               ("Description", "Date", "City", "Country", "Perpetrator", "Injuries", "Fatalities"),
               frozenset({"actor1", "fatalities", "wounded", "country", "location", "date"}), _rand),
        Schema("airwars", "jsonl", "assessment_text",
               ("assessment_text", "incident_date", "location", "geolocation", "civilians_reported_killed",
                "civilians_reported_injured"),
               frozenset({"actor1", "fatalities", "wounded", "country", "location", "coordinates", "date"}),
               _airwars),
        Schema("event_location", "jsonl", "text", ("text", "source", "spans"),
               frozenset({"location", "no_place"}), _event_location),
    )
}
"""The layouts ``sitrep eval --schema`` knows, by name."""


def get_schema(name: str) -> Schema:
    """The schema called ``name``; a ConfigError listing the known ones otherwise."""
    try:
        return SCHEMAS[name]
    except KeyError:
        raise ConfigError(f"unknown schema {name!r}; use one of: {', '.join(SCHEMAS)}") from None


def read_rows(path: str | Path, schema: str, limit: int | None = None, *,
              gazetteer: Gazetteer | None = None) -> Iterator[GoldRow]:
    """The coded rows of ``path`` in ``schema``'s layout, at most ``limit`` of them, in file order.

    Raises :class:`~sitrep.errors.ConfigError` for an unknown schema or a negative limit, and
    :class:`~sitrep.errors.InputError` (with file and line) for a missing file, missing columns or a value that
    cannot be read.
    """
    spec = get_schema(schema)
    if limit is not None and limit < 0:
        raise ConfigError(f"--limit must be 0 or more, not {limit}")
    return _rows(Path(path), spec, limit, gazetteer)


def _rows(path: Path, spec: Schema, limit: int | None, gazetteer: Gazetteer | None) -> Iterator[GoldRow]:
    if limit == 0:
        return
    records = _csv_records(path, spec) if spec.format == "csv" else _jsonl_records(path, spec)
    ctx = _Context(spec.name, str(path), 0, gazetteer or Gazetteer.default())
    count = 0
    for line, record in records:
        ctx.line = line
        try:
            row = spec.build(record, ctx)
        except _Bad as error:
            raise InputError(f"{error} (schema {spec.name})", path=path, line=line) from None
        if row is None:
            continue
        yield row
        count += 1
        if limit is not None and count >= limit:
            return


def _open(path: Path) -> Any:
    try:
        return path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise InputError(f"cannot open: {error.strerror or error}", path=path) from None


def _csv_records(path: Path, spec: Schema) -> Iterator[tuple[int, Row]]:
    with _open(path) as handle:
        reader = csv.DictReader(handle)
        try:
            header = list(reader.fieldnames or [])
            _check_columns(path, spec, header)
            line = reader.line_num + 1
            for record in reader:
                yield line, record
                line = reader.line_num + 1
        except (csv.Error, UnicodeDecodeError) as error:
            raise InputError(f"not a readable CSV file ({error})", path=path, line=reader.line_num) from None


def _jsonl_records(path: Path, spec: Schema) -> Iterator[tuple[int, Row]]:
    checked = False
    with _open(path) as handle:
        try:
            for line, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw)
                except json.JSONDecodeError as error:
                    raise InputError(f"not a JSON object: {error.msg}", path=path, line=line) from None
                if not isinstance(record, dict):
                    raise InputError("not a JSON object", path=path, line=line)
                if not checked:
                    _check_columns(path, spec, list(record))
                    checked = True
                yield line, record
        except UnicodeDecodeError as error:
            raise InputError(f"not UTF-8 text ({error.reason})", path=path) from None


def _check_columns(path: Path, spec: Schema, header: list[str]) -> None:
    missing = [column for column in spec.required if column not in header]
    if missing:
        raise InputError(f"not in the {spec.name} layout: missing column(s) {', '.join(missing)}; "
                         f"is --schema right? (known: {', '.join(SCHEMAS)})", path=path)
