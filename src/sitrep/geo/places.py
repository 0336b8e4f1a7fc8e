"""Localities and districts: the big table (``places.tsv.gz``) and users' own place files.

The table holds every GeoNames cities500 place in the world, GeoNames' admin-2 units (districts) and the Syrian
villages UCDP GED names that cities500 lacks — about 290,000 rows, built by ``scripts/build_place_gazetteer.py``.
It is read on first use, not when the gazetteer loads, because most callers (the extractor's phrase matcher, claim
geocoding) never need it. Reading it is kept cheap by doing the expensive work at build time:

- names are shipped as their :func:`~sitrep.geo.normalize.normalize_name` keys, so loading builds a dict without
  normalising a million alternate names (about 5 µs each: seconds);
- a row stays one string until a lookup needs it; only then is it split and turned into an
  :class:`~sitrep.geo.gazetteer.Entry` (cached).

A user's CSV (``name,country,admin1,admin2,latitude,longitude[,alternate_names]``) adds places at load time; see
:func:`read_user_places`.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import warnings
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from sitrep.errors import ConfigError
from sitrep.geo.normalize import normalize_name

__all__ = ["COLUMNS", "USER_COLUMNS", "PlaceRecord", "PlaceTable", "key_fingerprint", "read_user_places"]

FILENAME = "places.tsv.gz"
COLUMNS = ("gazetteer_id", "level", "country", "admin1", "admin2", "name", "latitude", "longitude", "population",
           "keys")
USER_COLUMNS = ("name", "country", "admin1", "admin2", "latitude", "longitude")

# Names that exercise every rule of normalize_name: if one of their keys changes, the shipped keys are stale.
_PROBES = ("Deir ez-Zor", "Dayr az Zawr", "Der Ezzor", "Ar-Raqqah", "as-Suwayda", "Assuwayda", "Dar'a", "Darʿā",
           "Hasakeh", "Tartous", "Al Bukamal", "Ālbū Kamāl", "Abu Hammam", "الرقة", "محافظة حلب", "Mosul",
           "Nad 'Ali", "Qal‘at al Madiq", "Ḩalab", "the Gaza Strip", "Niger State", "Łódź", "Ærøskøbing",
           "Nahr-e Sarāj", "Governorate of Nineveh", "El Salvador")


def key_fingerprint() -> str:
    """A short hash of :func:`normalize_name` applied to probe names: the table records the one it was built with."""
    keys = "\n".join(normalize_name(p) for p in _PROBES)
    return hashlib.sha256(keys.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """One row of the table, split into fields."""

    gazetteer_id: str
    level: str
    country: str
    admin1: str
    admin2: str
    name: str
    latitude: float | None
    longitude: float | None
    population: int
    key: str
    """The key of the place's own name (the first of its keys)."""


class PlaceTable:
    """The shipped localities and districts, indexed by key. Rows are parsed when a lookup asks for them.

    ``rows(key)`` gives row numbers (the index keeps an int for a key of one row, a tuple for several, to keep
    memory near 150 MB for 290,000 rows and 700,000 keys).
    """

    def __init__(self, lines: list[bytes], index: dict[str, int | tuple[int, ...]] | _ShardedIndex,
                 countries: dict[str, tuple[int, int]]) -> None:
        self._lines = lines
        self._index = index
        self._countries = countries
        self._by_country: dict[str, list[tuple[str, int]]] = {}

    def __len__(self) -> int:
        return len(self._lines)

    @classmethod
    def read(cls, path: Path | Traversable) -> PlaceTable:
        """Read ``places.tsv.gz``. A missing file is a :class:`ConfigError` naming the build script.

        Building the index of 700,000 keys takes most of a second; the index and rows are kept in the disk cache
        (:mod:`sitrep.diskcache`, named by the file's size and time and by :func:`key_fingerprint`), which later
        processes load in about a third of that.
        """
        from sitrep import diskcache

        name = None
        if isinstance(path, Path):
            try:
                name = f"places-{diskcache.fingerprint(key_fingerprint(), files=[path, Path(__file__)])}.parts"
            except OSError:
                name = None  # (a missing file: reported below)
        cached = diskcache.read_parts(name) if name else None
        if cached is not None and len(cached) == INDEX_SHARDS + 1:
            fingerprint, countries = cached.head
            _check_fingerprint(path, fingerprint)
            return cls(cached[0], _ShardedIndex(cached), countries)
        table, fingerprint = cls._parse(path)
        if name:
            shards: list[dict[str, int | tuple[int, ...]]] = [{} for _ in range(INDEX_SHARDS)]
            for key, rows in table._index.items():
                shards[_shard(key)][key] = rows
            diskcache.write_parts(name, (fingerprint, table._countries), [table._lines, *shards])
        return table

    @classmethod
    def _parse(cls, path: Path | Traversable) -> tuple[PlaceTable, str | None]:
        """The table of ``path`` and the key fingerprint it was built with."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError as error:
            raise ConfigError(f"place table {path} is missing; run scripts/build_place_gazetteer.py") from error
        # Work on bytes: one decoded string of the whole table would be stored two bytes a character (it has
        # Arabic), 60 MB at peak; rows are decoded one at a time, when asked for.
        lines = gzip.decompress(raw).split(b"\n")
        del raw
        start = 0
        fingerprint = None
        while start < len(lines) and lines[start].startswith(b"#"):
            if b"fingerprint:" in lines[start]:
                fingerprint = lines[start].rsplit(b":", 1)[1].strip().decode("ascii")
            start += 1
        header = tuple(lines[start].decode("utf-8").split("\t")) if start < len(lines) else ()
        if header != COLUMNS:
            raise ConfigError(f"place table {path} has columns {', '.join(header)}; expected {', '.join(COLUMNS)}")
        _check_fingerprint(path, fingerprint)
        del lines[: start + 1]
        if lines and not lines[-1]:
            lines.pop()
        index: dict[str, int | tuple[int, ...]] = {}
        countries: dict[str, tuple[int, int]] = {}
        setdefault = index.setdefault
        country, first = b"", 0
        for number, line in enumerate(lines):
            at = line.index(b"\t", line.index(b"\t") + 1) + 1
            here = line[at:at + 2]  # the third cell: the country
            if here != country:  # rows are sorted by country: record each country's range
                if country:
                    countries[country.decode()] = (first, number)
                if here.decode() in countries:
                    raise ConfigError(f"place table {path} is not sorted by country; rebuild it")
                country, first = here, number
            for key in line[line.rindex(b"\t") + 1:].decode("utf-8").split("|"):
                found = setdefault(key, number)
                if found is not number:
                    index[key] = (*found, number) if isinstance(found, tuple) else (found, number)
        if country:
            countries[country.decode()] = (first, len(lines))
        return cls(lines, index, countries), fingerprint

    def rows(self, key: str) -> tuple[int, ...]:
        """Row numbers of the places that have ``key``."""
        found = self._index.get(key)
        if found is None:
            return ()
        return found if isinstance(found, tuple) else (found,)

    def record(self, number: int) -> PlaceRecord:
        cells = self._lines[number].decode("utf-8").split("\t")
        return PlaceRecord(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5],
                           float(cells[6]) if cells[6] else None, float(cells[7]) if cells[7] else None,
                           int(cells[8]) if cells[8] else 0, cells[9].split("|", 1)[0])

    def keys_in(self, country: str) -> list[tuple[str, int]]:
        """(key, row) for every place of ``country``, for a near-spelling search inside it (built once per country)."""
        cached = self._by_country.get(country)
        if cached is None:
            first, end = self._countries.get(country, (0, 0))
            lines = self._lines
            cached = [(key, n) for n in range(first, end)
                      for key in lines[n][lines[n].rindex(b"\t") + 1:].decode("utf-8").split("|")]
            self._by_country[country] = cached
        return cached

    def keys_of(self, number: int) -> list[str]:
        """The keys of one row."""
        line = self._lines[number]
        return line[line.rindex(b"\t") + 1:].decode("utf-8").split("|")

    def admin1_of(self, number: int) -> str:
        """The GeoNames admin-1 code of a row, without splitting the whole row."""
        return self._lines[number].split(b"\t", 4)[3].decode("ascii")


INDEX_SHARDS = 256
"""Parts of the cached key index: a process reads only the parts of the keys it looks up (about 5 ms each)."""


def _shard(key: str) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % INDEX_SHARDS


class _ShardedIndex:
    """The key index of a cached table, read one shard at a time as lookups need them."""

    def __init__(self, parts: Any) -> None:
        self._parts = parts
        self._shards: list[dict[str, int | tuple[int, ...]] | None] = [None] * INDEX_SHARDS

    def get(self, key: str) -> int | tuple[int, ...] | None:
        number = _shard(key)
        shard = self._shards[number]
        if shard is None:
            shard = self._shards[number] = self._parts[number + 1]  # (part 0 holds the rows)
        return shard.get(key)


def _check_fingerprint(path: Path | Traversable, fingerprint: str | None) -> None:
    if fingerprint != key_fingerprint():
        warnings.warn(f"{path} was built with another normalize_name (fingerprint {fingerprint}, now "
                      f"{key_fingerprint()}): some spellings will not resolve until you run "
                      "scripts/build_place_gazetteer.py", RuntimeWarning, stacklevel=4)


def read_user_places(path: str | Path) -> Iterator[tuple[int, dict[str, str], list[str]]]:
    """Rows of a user's place CSV: (line number, cells, surface forms of the name).

    Columns ``name,country,admin1,admin2,latitude,longitude`` and optionally ``alternate_names`` (separated by
    ``|`` or ``;``). ``country`` is an ISO alpha-2 code; ``admin1`` a name or code the gazetteer knows, or empty.
    Raises :class:`ConfigError` with the path and line for a missing file, missing columns or bad coordinates.
    """
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise ConfigError(f"place file {file}: cannot be read ({error.strerror or error})") from error
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in USER_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ConfigError(f"place file {file} lacks column(s) {', '.join(missing)}; expected "
                          f"{','.join(USER_COLUMNS)}[,alternate_names]")
    for row in reader:
        cells = {k: (v or "").strip() for k, v in row.items() if k is not None}
        line = reader.line_num
        if not cells.get("name") or len(cells.get("country", "")) != 2:
            raise ConfigError(f"{file}:{line}: a place needs a name and a two-letter country code")
        try:
            latitude, longitude = float(cells["latitude"]), float(cells["longitude"])
        except ValueError as error:
            raise ConfigError(f"{file}:{line}: latitude and longitude must be numbers") from error
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise ConfigError(f"{file}:{line}: latitude {latitude}, longitude {longitude} is not a point on Earth")
        alternates = cells.get("alternate_names", "").replace(";", "|").split("|")
        yield line, cells, [cells["name"], *(a.strip() for a in alternates if a.strip())]
