"""Admin-1 and admin-2 polygons shipped with the package, and the join from events to them.

The files in ``sitrep/data/boundaries/`` are built by ``scripts/build_boundaries.py`` (sources, licences and
simplification there and in ``NOTICE``):

- ``world_admin1.geojsonl.gz``: Natural Earth admin-1 for every country (public domain), one GeoJSON Feature per
  line, properties first: a map reads only the lines of its countries.
- ``irq_adm1.geojson.gz`` and ``irq_adm2.geojson.gz``: OCHA COD-AB for Iraq, governorates and districts
  (CC BY-IGO). Iraq's map uses them rather than Natural Earth's, which predates Halabja and names Kirkuk At-Ta'mim.

An event joins a unit by ISO 3166-2 code (``events.admin1_code``) first, then by name: every spelling a unit lists in
its ``names`` property (the source's own variants plus the gazetteer's aliases), compared by :func:`name_key`.
Each map carries the attribution of every source it drew from (:data:`ATTRIBUTION`).
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import IO, Any

import numpy as np
from matplotlib.path import Path as MplPath

ATTRIBUTION = {
    "ne": "Boundaries: Natural Earth (public domain)",
    "ocha": "Iraq boundaries: OCHA COD-AB, Iraq CSO 2019 (CC BY-IGO)",
}
"""The line each source's polygons put on a map."""

ADMIN1_WORDS = {
    "governorate": "SY IQ YE EG JO LB PS BH KW OM TN",
    "province": "AF PK IR TR MZ CD TD PH AO AR BI CN CU DO EC KH LA NL PG RW SA ZA ZM ZW",
    "state": "NG SD SS US MX IN MY BR VE AU",
    "region": "SO ML BF NE CM ET SN ER GH GN CI CF TZ FR IT KZ",
    "county": "KE LR IE SE HR HU",
    "district": "LY UG IL LK",
    "oblast": "UA KG",
    "department": "CO BJ BO GT HN SV PY UY NI HT",
    "division": "BD",
    "state or region": "MM",
}
"""What a country calls its admin-1 units, by ISO alpha-2 ("governorate" for Syria, "state" for Nigeria)."""
_ADMIN1_WORD = {code: word for word, codes in ADMIN1_WORDS.items() for code in codes.split()}


def admin1_word(country: str | None, *, plural: bool = False) -> str:
    """The word for ``country``'s admin-1 units ("governorate", "state", "province"…; "admin-1 area" when
    unknown), in the plural when asked ("counties", "states")."""
    word = _ADMIN1_WORD.get((country or "").upper(), "admin-1 area")
    if not plural:
        return word
    if word == "state or region":
        return "states and regions"
    return word[:-1] + "ies" if word.endswith("y") else word + "s"


_FILES = {"world": "world_admin1.geojsonl.gz", "irq_adm1": "irq_adm1.geojson.gz", "irq_adm2": "irq_adm2.geojson.gz"}
_PREFIX = re.compile(r"^(al|el|ar|as|ad|an|at|az|ash|ath)[\s\-‐'’`]+")
_SUFFIX = re.compile(r"(governorate|province|region|state|district|muhafazat)$")


def name_key(name: str) -> str:
    """A spelling-insensitive key: accents, case, punctuation, a leading article (al-, ar-, el-), a trailing
    "governorate"/"province", doubled letters and a final -ah/-eh's h do not count. ("Al-Anbar", "Anbar
    Governorate" and "anbar" share one key; so do "Muqdadiyah" and "Al-Muqdadiya".)"""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()
    text = _PREFIX.sub("", text)
    text = re.sub(r"[^\w]+", "", text).replace("_", "")
    text = _SUFFIX.sub("", text) or text
    # Transliterations differ in doubled letters and a final -h ("Muqdadiyah" / "Al-Muqdadiya", "Deir Ezzor").
    text = re.sub(r"(.)\1+", r"\1", text)
    return re.sub(r"(?<=[ae])h$", "", text)


@dataclass(frozen=True)
class Unit:
    """One polygon unit: a governorate, province or district."""

    country: str | None
    code: str | None
    """ISO 3166-2 (or GeoNames code where ISO has none) for admin-1; the COD P-code for districts."""
    name: str
    names: tuple[str, ...]
    source: str
    """``ne`` or ``ocha``: which attribution the map must carry."""
    path: MplPath
    bbox: tuple[float, float, float, float]
    """(west, south, east, north) in degrees."""
    parent: str | None = None
    """For a district: the ISO 3166-2 code of its governorate."""


@dataclass(frozen=True)
class Layer:
    """The units of one country at one level, indexed for the join."""

    units: tuple[Unit, ...]
    by_code: dict[str, Unit]
    by_name: dict[str, Unit]

    def match(self, code: str | None, name: str | None) -> Unit | None:
        """The unit an event's (code, name) falls in, or None."""
        if code and code.upper() in self.by_code:
            return self.by_code[code.upper()]
        if name:
            return self.by_name.get(name_key(name))
        return None

    @property
    def bbox(self) -> tuple[float, float, float, float] | None:
        """The layer's extent, or None when it has no units."""
        if not self.units:
            return None
        boxes = np.array([u.bbox for u in self.units])
        return (float(boxes[:, 0].min()), float(boxes[:, 1].min()), float(boxes[:, 2].max()),
                float(boxes[:, 3].max()))


def admin1(country: str) -> Layer:
    """The admin-1 units of ``country`` (ISO alpha-2); an empty layer when none are shipped."""
    return _admin1(country.upper())


def admin2(country: str, admin1_code: str | None = None) -> Layer:
    """The districts of ``country`` (Iraq only: no openly licensed admin-2 polygons exist for Syria), optionally of
    one governorate; an empty layer elsewhere."""
    if country.upper() != "IQ":
        return _layer([])
    units = _units("irq_adm2")
    if admin1_code:
        units = [u for u in units if u.parent == admin1_code.upper()]
    return _layer(units)


@lru_cache(maxsize=64)
def _admin1(country: str) -> Layer:
    if country == "IQ":
        return _layer(_units("irq_adm1"))
    units = (_unit(json.loads(line)) for line in _world().get(country, []))
    return _layer([u for u in units if u is not None])


def _layer(units: list[Unit]) -> Layer:
    by_code: dict[str, Unit] = {}
    by_name: dict[str, Unit] = {}
    for unit in units:
        if unit.code:
            by_code[unit.code.upper()] = unit
        for name in unit.names:
            by_name.setdefault(name_key(name), unit)
    return Layer(tuple(units), by_code, by_name)


_COUNTRY = re.compile(r'"country":"([A-Z]{2})"')


@lru_cache(maxsize=1)
def _world() -> dict[str, list[str]]:
    # One line per feature, properties first: the country is found near the start of each line, and only the
    # lines of the countries drawn are parsed as JSON (about 30 ms for Syria against 200 ms for the world).
    grouped: dict[str, list[str]] = defaultdict(list)
    with _open("world") as handle:
        for line in handle:
            found = _COUNTRY.search(line, 0, 120)
            if found:
                grouped[found.group(1)].append(line)
    return dict(grouped)


@lru_cache(maxsize=4)
def _units(name: str) -> list[Unit]:
    with _open(name) as handle:
        features = json.load(handle)["features"]
    return [u for u in (_unit(f) for f in features) if u is not None]


@contextmanager
def _open(name: str) -> Iterator[IO[str]]:
    resource = resources.files("sitrep") / "data" / "boundaries" / _FILES[name]
    # gzip leaves a file object it was given open: close both.
    with resource.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        yield handle


def _unit(feature: dict[str, Any]) -> Unit | None:
    p = feature["properties"]
    geometry = feature["geometry"]
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    vertices: list[np.ndarray] = []
    codes: list[np.ndarray] = []
    for polygon in polygons:
        for index, ring in enumerate(polygon):
            points = np.asarray(ring, dtype=float)
            if len(points) < 4:
                continue
            # Exterior counter-clockwise, holes clockwise: matplotlib fills by the non-zero rule, so a hole only
            # stays empty when it winds the other way, whatever order the source used.
            area = _signed_area(points)
            if (index == 0 and area < 0) or (index > 0 and area > 0):
                points = points[::-1]
            ring_codes = np.full(len(points), MplPath.LINETO, dtype=MplPath.code_type)
            ring_codes[0] = MplPath.MOVETO
            ring_codes[-1] = MplPath.CLOSEPOLY
            vertices.append(points)
            codes.append(ring_codes)
    if not vertices:
        return None
    allpoints = np.concatenate(vertices)
    bbox = (float(allpoints[:, 0].min()), float(allpoints[:, 1].min()), float(allpoints[:, 0].max()),
            float(allpoints[:, 1].max()))
    names = tuple(n for n in (p.get("names") or p.get("name") or "").split("|") if n)
    return Unit(country=p.get("country"), code=p.get("code"), name=p.get("name") or "", names=names,
                source=p.get("source") or "ne", path=MplPath(allpoints, np.concatenate(codes)), bbox=bbox,
                parent=p.get("adm1_code"))


def _signed_area(points: np.ndarray) -> float:
    x, y = points[:, 0], points[:, 1]
    return float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))) / 2
