"""Events, claims and figures out of the database as files other tools open: CSV, ACLED-style CSV, JSON, JSON Lines,
GeoJSON and Parquet.

Every format streams. CSV, Parquet and JSON(L) are written by DuckDB itself (``COPY (SELECT …) TO``): the rows
never become Python objects. GeoJSON, which DuckDB cannot write without its spatial extension, is built row by row
as JSON text by DuckDB and written feature by feature from a cursor, 10,000 at a time. A file is written to a
temporary name beside it and renamed when complete, so a failed export never leaves half a file under the real
name. Text formats may also go to a text stream (standard output): DuckDB writes a temporary file that is then
copied to the stream in chunks. Event rows come in no guaranteed order: sorting a million wide rows would make
DuckDB hold them all at once (about 1 GB more at 1,000,000 events); sort on the date columns downstream.

Formats
    ``csv``        events, flat: the events table's columns (tactics joined by ";", materiel as JSON text) plus
                   the document's outlet, URL, title and date and the event's source sentence.
    ``acled-csv``  ACLED's 31 columns and conventions (:mod:`sitrep.report.acled`: actor names, inter codes,
                   a dated row and a one-paragraph note per event), then ``event_id``, ``status`` and
                   ``claimant``: merges with an ACLED export and reads back with ``sitrep eval --schema acled``.
    ``json``       one JSON array of events in the record shape of :class:`sitrep.model.Event` (DESIGN.md's
                   field names, nested place, counts and spans); ``jsonl`` the same, one event per line.
    ``geojson``    an RFC 7946 FeatureCollection, one Point feature (longitude, latitude) per located event, the
                   flat columns as properties.
    ``parquet``    the flat columns with their database types (DATE, BIGINT, DOUBLE, VARCHAR[], JSON); pandas
                   keeps nullable integers as integers with ``read_parquet(path, dtype_backend="pyarrow")``.
    ``sqlite``     a SQLite database (datasette, sqlite-utils): one table per record kind with the store's
                   column names, the selected events and the documents, spans and claims that go with them
                   (:mod:`sitrep.report.sqlite`).
Claims: ``csv`` and ``parquet`` one row per figure joined with its claim (a claim without figures gets one row),
with counts of its checks; ``json``/``jsonl`` whole claims in the shape of :class:`sitrep.model.Claim`.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, TypeVar

from sitrep.errors import ConfigError, ReportError, SitrepError
from sitrep.report import acled
from sitrep.report.filters import EventFilter
from sitrep.report.queries import SENTENCE_EXPR, source_sentence_sql
from sitrep.report.sqlite import export_sqlite
from sitrep.store import CURRENT_DOCUMENTS, Store
from sitrep.store.bulk import copy_to, iter_batches
from sitrep.store.rows import ATTRIBUTION_COLUMNS, SOURCE_COLUMNS

_T = TypeVar("_T")

EVENT_FORMATS = ("csv", "acled-csv", "json", "jsonl", "geojson", "parquet", "sqlite")
CLAIM_FORMATS = ("csv", "json", "jsonl", "parquet")
BINARY_FORMATS = ("parquet", "sqlite")
CSV_FORMATS = ("csv", "acled-csv")

FORMULA_STARTS = "=+-@\t\r＝＋－＠"
"""A spreadsheet reads a cell that begins with one of these as a formula (and may run it: ``=HYPERLINK(...)``,
``=cmd|...``); the full-width forms are read so in some locales. OWASP's advice, followed here: such a text cell
is written with a leading apostrophe, which spreadsheets show as text. Numbers (a negative latitude) are left as
they are: a spreadsheet reads them as numbers."""

ACLED_COLUMNS = acled.ACLED_COLUMNS
"""ACLED's 31 columns, in ACLED's order (see :mod:`sitrep.report.acled` for how each is filled)."""
ACLED_EXTRA = ("event_id", "status", "claimant", "source_kind", "attribution", "attribution_by", "claimed",
               "claimmode", "guncertain1")
"""Appended after ACLED's columns: sitrep's event id (joins back to the database), verification status, claimant,
the kind of source behind the account, the attribution level and who made it, and GTD's ``claimed`` (1 claimed,
0 not), ``claimmode`` and ``guncertain1`` (1 when the perpetrator is only blamed/suspected)."""

COPY_OPTIONS = {"csv": "FORMAT csv, HEADER", "acled-csv": "FORMAT csv, HEADER", "json": "FORMAT json, ARRAY true",
                "jsonl": "FORMAT json", "parquet": "FORMAT parquet, COMPRESSION zstd"}

_COUNTS = ("killed", "wounded", "killed_or_wounded", "captured")
_FLAT_EVENT = (
    "id", "document_id", "date_start", "date_end", "time_precision", "event_type", "sub_event_type", "tactics",
    "gtd_attack_type", "actor1", "actor2", "target_category", "place_name", "country", "admin1", "admin1_code",
    "admin2", "locality", "latitude", "longitude", "geo_precision", "gazetteer_id",
    *(f"{c}_{p}" for c in _COUNTS for p in ("low", "best", "high", "vague")),
    "materiel", "status", "claimant", "confidence", "incident_id",
    *SOURCE_COLUMNS.values(), "source_kind", *ATTRIBUTION_COLUMNS.values(),
)
_PLACE = ("country", "admin1", "admin1_code", "admin2", "locality", "latitude", "longitude", "geo_precision",
          "gazetteer_id")

Out = str | os.PathLike[str] | IO[str]


# ------------------------------------------------------------------------------------------------------ SQL


def _flat_select(fmt: str) -> str:
    columns = []
    for name in _FLAT_EVENT:
        if name == "tactics" and fmt == "csv":
            columns.append("array_to_string(e.tactics, ';') AS tactics")
        elif name == "materiel" and fmt == "csv":
            columns.append("e.materiel::VARCHAR AS materiel")
        else:
            columns.append(f"e.{name}")
    columns += ["d.source", "d.url", "d.title AS document_title", "d.published AS document_published",
                f"{SENTENCE_EXPR} AS source_sentence"]
    return ", ".join(columns)


def events_sql(fmt: str, filters: EventFilter, store: Store) -> tuple[str, list[Any]]:
    """The SELECT that one events export runs, with its parameters (public so that tests and users can see it)."""
    where, params = filters.where("e")
    # No ORDER BY: sorting a million wide rows makes DuckDB hold them all (about 1 GB more at 1,000,000 events),
    # which is what streaming avoids. Rows come in no guaranteed order; sort on event_date / date_start downstream.
    if fmt in ("csv", "parquet"):
        return f"SELECT {_flat_select(fmt)} FROM events e {source_sentence_sql()} WHERE {where}", params
    if fmt == "acled-csv":
        return acled.acled_sql(store, where, params, SENTENCE_EXPR, source_sentence_sql())
    if fmt in ("json", "jsonl"):
        return _record_sql(where), params
    if fmt == "geojson":
        located = "e.latitude IS NOT NULL AND e.longitude IS NOT NULL AND abs(e.latitude) <= 90 " \
                  "AND abs(e.longitude) <= 180"
        properties = ", ".join(f"'{c}': {c}" for c in [*_FLAT_EVENT, "source", "url", "document_title",
                                                       "document_published", "source_sentence"])
        inner = f"SELECT {_flat_select('geojson')} FROM events e {source_sentence_sql()} WHERE {where} AND {located}"
        feature = ("to_json({'type': 'Feature', 'id': id, 'geometry': {'type': 'Point', "
                   f"'coordinates': [longitude, latitude]}}, 'properties': {{{properties}}}}})::VARCHAR AS feature")
        return f"SELECT {feature} FROM ({inner})", params
    raise ConfigError(f"--format {fmt!r}: choose one of {', '.join(EVENT_FORMATS)}")


def _span_struct(prefix: str = "") -> str:
    return f"{{'start': {prefix}start, 'end': {prefix}\"end\", 'text': {prefix}text}}"


def _record_sql(where: str) -> str:
    # The spans a value carries (place, counts) are joined one by one on the spans key, which makes each join
    # unique; only the record's own spans dict needs an aggregate. That keeps a million-event export's hash
    # tables small.
    joins = " ".join(
        f"LEFT JOIN spans s_{name} ON s_{name}.owner_kind = 'event' AND s_{name}.owner_id = e.id "
        f"AND s_{name}.from_value AND s_{name}.field = '{name}'" for name in ("place", *_COUNTS, "source",
                                                                               "attribution"))

    def carried(name: str) -> str:
        return (f"CASE WHEN s_{name}.owner_id IS NULL THEN NULL ELSE "
                f"{{'start': s_{name}.start, 'end': s_{name}.\"end\", 'text': s_{name}.text}} END")

    place = ", ".join(f"'{c}': e.{c}" for c in _PLACE)
    attribution = ", ".join(f"'{name}': e.{column}" for name, column in ATTRIBUTION_COLUMNS.items())
    counts = ", ".join(
        f"CASE WHEN e.{c}_vague IS NULL THEN NULL ELSE {{'low': e.{c}_low, 'best': e.{c}_best, "
        f"'high': e.{c}_high, 'vague': e.{c}_vague, 'span': {carried(c)}}} END AS {c}" for c in _COUNTS)
    return (
        "SELECT e.id, e.document_id, e.date_start, e.date_end, e.time_precision, e.event_type, e.sub_event_type, "
        "e.tactics, e.gtd_attack_type, e.actor1, e.actor2, e.target_category, "
        f"CASE WHEN e.place_name IS NULL THEN NULL ELSE {{'name': e.place_name, {place}, 'span': {carried('place')}}} "
        f"END AS place, e.places, {counts}, e.materiel, e.status, e.claimant, "
        f"{_source_struct('e', carried('source'))} AS source, "
        f"CASE WHEN e.attribution IS NULL THEN NULL ELSE {{{attribution}, 'span': {carried('attribution')}}} END "
        "AS attribution, e.dateline, "
        "coalesce(rs.spans, '{}'::JSON) AS spans, e.confidence, e.incident_id "
        "FROM events e LEFT JOIN (SELECT owner_id, "
        f"to_json(map_from_entries(list({{'k': field, 'v': {_span_struct()}}}))) AS spans FROM spans "
        "WHERE owner_kind = 'event' AND NOT from_value GROUP BY owner_id) rs ON rs.owner_id = e.id "
        f"{joins} WHERE {where}"
    )


def _source_struct(alias: str, span: str) -> str:
    fields = ", ".join(f"'{name}': {alias}.{column}" for name, column in SOURCE_COLUMNS.items())
    present = " AND ".join(f"{alias}.{column} IS NULL" for column in SOURCE_COLUMNS.values())
    return f"CASE WHEN {present} AND {span} IS NULL THEN NULL ELSE {{{fields}, 'span': {span}}} END"


def claims_sql(fmt: str, claim_id: str | None = None, claim_ids: Sequence[str] | None = None, *,
               reviewed: bool = False) -> tuple[str, list[Any]]:
    """The SELECT that one claims export runs, with its parameters (``claim_ids``: only these claims).

    Claims a reviewer rejected are left out (asked for by id, a claim comes back whatever its state); ``reviewed``
    keeps only the claims a reviewer accepted.
    """
    where, params = ("c.id = ?", [claim_id]) if claim_id else (f"c.document_id IN {CURRENT_DOCUMENTS}", [])
    if reviewed:
        where += " AND c.id IN (SELECT record_id FROM review_state WHERE record_kind = 'claim' AND state = 'accepted')"
    elif not claim_id:
        where += (" AND c.id NOT IN (SELECT record_id FROM review_state WHERE record_kind = 'claim' "
                  "AND state = 'rejected')")
    if claim_ids is not None:
        where, params = f"({where}) AND list_contains(?, c.id)", [*params, list(claim_ids)]
    if fmt in ("csv", "parquet"):
        return (
            "SELECT c.id AS claim_id, c.document_id, c.claimant, c.actor, c.medium, c.status, c.period_start, "
            "c.period_end, c.period_days_stated, c.country, c.source_kind, c.source_speaker, d.source, d.url, "
            "d.title AS document_title, "
            "d.published AS document_published, f.ordinal AS figure_ordinal, f.measure, f.value, f.event_type, "
            "f.sub_event_type, f.tactic, f.target, f.region, f.admin1, f.admin1_code, f.country AS figure_country, "
            "f.month AS figure_month, f.item, f.label, f.partial, "
            "f.span_text AS figure_text, coalesce(k.passed, 0) AS checks_passed, "
            "coalesce(k.failed, 0) AS checks_failed, coalesce(k.undecided, 0) AS checks_undecided "
            "FROM claims c JOIN documents d ON d.id = c.document_id "
            "LEFT JOIN figures f ON f.claim_id = c.id "
            "LEFT JOIN (SELECT claim_id, count(*) FILTER (WHERE ok) AS passed, count(*) FILTER (WHERE NOT ok) "
            "AS failed, count(*) FILTER (WHERE ok IS NULL) AS undecided FROM checks GROUP BY 1) k "
            f"ON k.claim_id = c.id WHERE {where} ORDER BY d.seq, c.ordinal, f.ordinal", params)
    if fmt in ("json", "jsonl"):
        figure = ("{'measure': measure, 'value': value, 'event_type': event_type, 'sub_event_type': sub_event_type, "
                  "'tactic': tactic, 'target': target, 'region': region, 'admin1': admin1, "
                  "'admin1_code': admin1_code, 'country': country, 'month': month, 'item': item, 'label': label, "
                  "'partial': partial, "
                  "'span': CASE WHEN span_start IS NULL THEN NULL ELSE "
                  "{'start': span_start, 'end': span_end, 'text': span_text} END}")
        # Check.expected/actual are stored as DOUBLE; whole numbers go out as integers (68, not 68.0).
        number = "CASE WHEN {0} = trunc({0}) THEN to_json({0}::BIGINT) ELSE to_json({0}) END"
        source_span = ("CASE WHEN s_source.owner_id IS NULL THEN NULL ELSE {'start': s_source.start, "
                       "'end': s_source.\"end\", 'text': s_source.text} END")
        check = (f"{{'kind': kind, 'facet': facet, 'expected': {number.format('expected')}, "
                 f"'actual': {number.format('actual')}, 'ok': ok, 'detail': detail}}")
        return (
            "SELECT c.id, c.document_id, c.claimant, c.actor, c.medium, c.status, c.period_start, c.period_end, "
            "c.period_days_stated, c.country, coalesce(fg.figures, []) AS figures, "
            "coalesce(ck.checks, []) AS checks, c.places, coalesce(sp.spans, '{}'::JSON) AS spans, "
            f"{_source_struct('c', source_span)} AS source "
            "FROM claims c JOIN documents d ON d.id = c.document_id "
            "LEFT JOIN spans s_source ON s_source.owner_kind = 'claim' AND s_source.owner_id = c.id "
            "AND s_source.from_value AND s_source.field = 'source' "
            f"LEFT JOIN (SELECT claim_id, list({figure} ORDER BY ordinal) AS figures FROM figures GROUP BY 1) fg "
            "ON fg.claim_id = c.id "
            f"LEFT JOIN (SELECT claim_id, list({check} ORDER BY ordinal) AS checks FROM checks GROUP BY 1) ck "
            "ON ck.claim_id = c.id "
            "LEFT JOIN (SELECT owner_id, to_json(map_from_entries(list({'k': field, 'v': "
            f"{_span_struct()}}}))) AS spans FROM spans WHERE owner_kind = 'claim' AND NOT from_value "
            f"GROUP BY 1) sp ON sp.owner_id = c.id WHERE {where} ORDER BY d.seq, c.ordinal", params)
    raise ConfigError(f"--format {fmt!r}: claims export as one of {', '.join(CLAIM_FORMATS)}")


def csv_safe_sql(store: Store, sql: str, params: list[Any]) -> str:
    """``sql`` wrapped so that every text cell a spreadsheet would run as a formula comes out as text.

    The text columns are found from the query's own result types, so a column added to an export later is covered
    without anyone remembering to list it.
    """
    cursor = store._connection().cursor()
    try:
        columns = cursor.execute(f"SELECT * FROM ({sql}) LIMIT 0", params).description or []
    finally:
        cursor.close()
    pattern = "^[" + FORMULA_STARTS.replace("-", "\\-") + "]"
    parts = []
    for name, type_code, *_ in columns:
        quoted = '"' + str(name).replace('"', '""') + '"'
        if str(type_code) == "VARCHAR":
            parts.append(f"CASE WHEN regexp_matches({quoted}, '{pattern}') THEN chr(39) || {quoted} "
                         f"ELSE {quoted} END AS {quoted}")
        else:
            parts.append(quoted)
    return f"SELECT {', '.join(parts)} FROM ({sql})"


def csv_safe_cell(value: Any) -> Any:
    """``value`` as a CSV cell a spreadsheet will not run: text that begins like a formula gets a leading
    apostrophe (see :data:`FORMULA_STARTS`); anything else is returned unchanged."""
    if isinstance(value, str) and value[:1] and value[0] in FORMULA_STARTS:
        return "'" + value
    return value


# --------------------------------------------------------------------------------------------------- writing


def export_events(store: Store, fmt: str, out: Out, filters: EventFilter | None = None) -> int:
    """Write the filtered events to ``out`` (a path, or a text stream for text formats); return the rows written
    (features for GeoJSON)."""
    filters = filters or EventFilter()
    if fmt not in EVENT_FORMATS:
        raise ConfigError(f"--format {fmt!r}: choose one of {', '.join(EVENT_FORMATS)}")
    if filters.claim_id:
        raise ConfigError("--claim selects a claim's infographic in 'sitrep report'; events have no claim filter "
                          "(export claims with: sitrep claims --format csv)")
    if fmt == "sqlite":
        return _write(out, fmt, lambda path: export_sqlite(store, path, filters))
    sql, params = events_sql(fmt, filters, store)
    if fmt in CSV_FORMATS:
        sql = csv_safe_sql(store, sql, params)
    if fmt == "geojson":
        return _write(out, fmt, lambda path: _geojson(store, sql, params, path))
    return _write(out, fmt, lambda path: copy_to(store, sql, params, path, COPY_OPTIONS[fmt]))


def export_claims(store: Store, fmt: str, out: Out, *, claim_id: str | None = None,
                  claim_ids: Sequence[str] | None = None, reviewed: bool = False) -> int:
    """Write claims and their figures to ``out`` (see the module docstring for the shapes); return the rows
    written (figures for csv/parquet, claims for json/jsonl). ``claim_ids`` keeps only those claims (a filter's);
    rejected claims are left out; ``reviewed``: only the accepted ones."""
    if fmt not in CLAIM_FORMATS:
        raise ConfigError(f"--format {fmt!r}: claims export as one of {', '.join(CLAIM_FORMATS)}")
    sql, params = claims_sql(fmt, claim_id, claim_ids, reviewed=reviewed)
    if fmt in CSV_FORMATS:
        sql = csv_safe_sql(store, sql, params)
    return _write(out, fmt, lambda path: copy_to(store, sql, params, path, COPY_OPTIONS[fmt]))


def _geojson(store: Store, sql: str, params: list[Any], path: Path) -> int:
    written = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write('{"type":"FeatureCollection","features":[')
        for _names, rows in iter_batches(store, sql, params, size=10_000):
            # One write per batch: the features are JSON text already (DuckDB's to_json), Python only joins them.
            handle.write(("\n" if written == 0 else ",\n") + ",\n".join(feature for (feature,) in rows))
            written += len(rows)
        handle.write("\n]}\n")
    return written


def _write(out: Out, fmt: str, write: Callable[[Path], int]) -> int:
    """Run ``write`` on a temporary file, then move it to ``out`` (a path) or copy it into ``out`` (a stream)."""
    if not isinstance(out, str | os.PathLike):
        if fmt in BINARY_FORMATS:
            raise ConfigError(f"--format {fmt} is binary: write it to a file with -o FILE.{fmt}")
        with tempfile.TemporaryDirectory(prefix="sitrep-export-") as folder:
            temporary = Path(folder) / f"export.{fmt}"
            count = write(temporary)
            with temporary.open("r", encoding="utf-8", newline="") as handle:
                shutil.copyfileobj(handle, out, length=1 << 20)
            return count
    target = Path(out)
    if not target.parent.is_dir():
        raise ReportError(f"folder {target.parent} does not exist; create it or choose another -o", path=target)
    if target.is_dir():
        raise ReportError("is a folder; give a file name, e.g. -o events." + fmt.replace("acled-", ""), path=target)
    return write_atomically(target, write)


def write_atomically(target: Path, write: Callable[[Path], _T]) -> _T:
    """Run ``write`` on a temporary file beside ``target``, then rename it: a file appears complete or not at all.

    An existing file's permission bits are given to the new one (a 0600 file stays 0600); a symbolic link at
    ``target`` is replaced by the file, not followed (:func:`replacement_notice` says so before the write). Any
    failure becomes a one-line ReportError naming ``target``, never the temporary file.
    """
    temporary = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        existing: os.stat_result | None = target.lstat()
    except OSError:
        existing = None
    try:
        result = write(temporary)
        if existing is not None and stat.S_ISREG(existing.st_mode):
            os.chmod(temporary, stat.S_IMODE(existing.st_mode))
        os.replace(temporary, target)
    except OSError as error:
        raise ReportError(f"cannot write ({error.strerror or error}); choose another -o", path=target) from error
    except SitrepError as error:
        reason = _clean_reason(str(error), temporary, target)
        raise ReportError(f"cannot write ({reason}); choose another -o", path=target) from error
    finally:
        temporary.unlink(missing_ok=True)
    return result


def replacement_notice(target: str | os.PathLike[str]) -> str | None:
    """What writing ``target`` will replace, as a line for the user; None when nothing is there yet."""
    path = Path(target)
    try:
        existing = path.lstat()
    except OSError:
        return None
    if stat.S_ISLNK(existing.st_mode):
        return f"replaced the symbolic link {path} (it pointed to {os.readlink(path)}, which is unchanged)"
    if stat.S_ISREG(existing.st_mode):
        return f"replaced the existing file {path} (its permissions are kept)"
    return None


def _clean_reason(text: str, temporary: Path, target: Path) -> str:
    # The user named target, not the temporary file; DuckDB may append a JSON blob of details after its message.
    text = text.replace(str(temporary), str(target)).split("\n", 1)[0]
    text = re.sub(r"\s*\{.*\}\s*$", "", text)
    return re.sub(r"^\S+: could not write \S+: ", "", text).strip() or "unknown error"
