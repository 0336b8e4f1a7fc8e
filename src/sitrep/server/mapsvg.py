"""Incidents on a map as inline SVG, drawn from the admin-1 boundaries shipped with sitrep (no tiles, no CDN).

Units are shaded by how many incidents they hold; incidents placed at a locality (or near one) are dots that link to
their page. The projection is equirectangular with longitudes scaled by the cosine of the middle latitude, which
keeps a country-sized map in proportion.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sitrep.analyze.incidents import Incident
from sitrep.report.boundaries import ATTRIBUTION, Layer, admin1

WIDTH = 640
SHADES = ("#f1eef6", "#d4b9da", "#c994c7", "#df65b0", "#dd1c77", "#980043")


@dataclass(frozen=True)
class Shape:
    """One unit: its SVG path, fill, name and incident count."""

    d: str
    fill: str
    name: str
    count: int
    code: str | None


@dataclass(frozen=True)
class Dot:
    """One located incident."""

    x: float
    y: float
    incident_id: str
    label: str


@dataclass(frozen=True)
class Map:
    """What the template draws: the view box, shapes, dots and attribution; ``note`` when nothing could be drawn."""

    width: int
    height: int
    shapes: list[Shape]
    dots: list[Dot]
    attribution: str
    country: str | None
    note: str = ""


def incident_map(found: Sequence[Incident], country: str | None = None) -> Map:
    """The map of ``found`` in ``country`` (default: the country most of them are in)."""
    countries = Counter(i.place.country for i in found if i.place is not None and i.place.country)
    country = country or (countries.most_common(1)[0][0] if countries else None)
    if country is None:
        return Map(WIDTH, 60, [], [], "", None, "No incident has a known country yet.")
    layer = admin1(country)
    here = [i for i in found if i.place is not None and i.place.country == country]
    box = layer.bbox or _points_box(here)
    if box is None:
        return Map(WIDTH, 60, [], [], "", country, f"No boundaries or coordinates for {country}.")
    # The outlines depend only on the country (and the box): projected once, not on every page view (profiled:
    # drawing the outlines was about 40% of the incidents page).
    height, paths = _outlines(country, box)
    project = _projection(box)
    counts = _counts(layer, here)
    top = max(counts.values(), default=0)
    shapes = []
    for unit, d in zip(layer.units, paths, strict=True):
        n = counts.get(unit.code or unit.name, 0)
        shade = SHADES[0] if not n else SHADES[min(len(SHADES) - 1, 1 + int((len(SHADES) - 2) * n / max(top, 1)))]
        shapes.append(Shape(d, shade, unit.name, n, unit.code))
    dots = [Dot(*project(i.place.longitude, i.place.latitude), i.id, _label(i)) for i in here
            if i.place is not None and i.place.latitude is not None and i.place.longitude is not None
            and (i.place.geo_precision or 4) <= 2]
    sources = sorted({u.source for u in layer.units})
    return Map(WIDTH, height, shapes, dots, "; ".join(ATTRIBUTION[s] for s in sources if s in ATTRIBUTION), country)


def _projection(box: tuple[float, float, float, float]) -> Callable[[float, float], tuple[float, float]]:
    west, south, east, north = box
    scale_x = math.cos(math.radians((south + north) / 2))
    span_x, span_y = max((east - west) * scale_x, 1e-6), max(north - south, 1e-6)
    height = _height(box)

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (round((lon - west) * scale_x / span_x * WIDTH, 1), round((north - lat) / span_y * height, 1))

    return project


def _height(box: tuple[float, float, float, float]) -> int:
    west, south, east, north = box
    scale_x = math.cos(math.radians((south + north) / 2))
    span_x, span_y = max((east - west) * scale_x, 1e-6), max(north - south, 1e-6)
    return max(120, int(WIDTH * span_y / span_x))


@functools.lru_cache(maxsize=64)
def _outlines(country: str, box: tuple[float, float, float, float]) -> tuple[int, tuple[str, ...]]:
    """The map's height and each admin-1 unit's SVG path, in the layer's order."""
    project = _projection(box)
    return _height(box), tuple(_path(unit.path, project) for unit in admin1(country).units)


def _counts(layer: Layer, found: Sequence[Incident]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for incident in found:
        assert incident.place is not None
        unit = layer.match(incident.place.admin1_code, incident.place.admin1)
        if unit is not None:
            counts[unit.code or unit.name] += 1
    return counts


def _points_box(found: Sequence[Incident]) -> tuple[float, float, float, float] | None:
    points = [(i.place.longitude, i.place.latitude) for i in found
              if i.place is not None and i.place.longitude is not None and i.place.latitude is not None]
    if not points:
        return None
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return min(lons) - 0.5, min(lats) - 0.5, max(lons) + 0.5, max(lats) + 0.5


def _path(path: object, project: object) -> str:
    """An SVG path ``d`` from a matplotlib Path (MOVETO 1, LINETO 2, CLOSEPOLY 79)."""
    parts: list[str] = []
    for (lon, lat), code in path.iter_segments(simplify=False):  # type: ignore[attr-defined]
        if code == 79:
            parts.append("Z")
            continue
        x, y = project(lon, lat)  # type: ignore[operator]
        parts.append(f"{'M' if code == 1 else 'L'}{x},{y}")
    return "".join(parts)


def _label(incident: Incident) -> str:
    what = incident.sub_event_type or incident.event_type or "incident"
    where = incident.place.name if incident.place else "?"
    return f"{incident.date_start or '?'} {what}, {where}"
