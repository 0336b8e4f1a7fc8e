"""Gazetteer coverage on coded place names, plus load time, memory and lookup speed.

    .venv/bin/python benchmarks/bench_gazetteer.py [--shared ../shared/data]

For each coded file, every *distinct* place name (with its coded admin-1 and point) is resolved three ways: with
no context, with the country as context, and with the country and the coded admin-1 as context (as when a report
names the province). A name counts as right when it resolves to the coded admin-1 unit (compared as ISO 3166-2
codes: the coded name is resolved in its country); distances are great-circle km between our point and the coded
one. Unresolved names count as misses, never as skips.

- ACLED Afghanistan and Kenya: ``location`` (``admin1``, ``latitude``/``longitude``). ACLED codes districts as
  ``location`` at geo_precision 2 ("Shinwar", "Nad Ali"), often at the district centre.
- UCDP GED Syria: ``where_coordinates`` of events located at where_prec 1-2 ("Shuhayl town"), as written.
  The gazetteer's UCDP villages were derived from this file, so this row measures the pipeline (descriptor
  stripping, merging, transliteration), not independent coverage.
- RAND Iraq: ``City`` where ``Country`` is Iraq. No admin-1 or point is coded: the share that resolves inside
  Iraq is reported.

The coded files are third-party data (licences in ``../shared/data/README.md``): read here, never copied.
"""

from __future__ import annotations

import argparse
import csv
import math
import resource
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a checkout without installing

from sitrep.geo import Gazetteer  # noqa: E402
from sitrep.model import Place  # noqa: E402


def rss_mb() -> float:
    """Resident memory now, from /proc (Linux); the peak from getrusage elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True)
class Coded:
    """One distinct coded place: the name as written, its country, admin-1 code and point (when coded)."""

    name: str
    country: str
    admin1_code: str | None
    admin1_name: str | None
    latitude: float | None
    longitude: float | None


@dataclass
class Score:
    n: int = 0
    resolved: int = 0
    in_country: int = 0
    admin1: int = 0
    within10: int = 0
    within50: int = 0
    located: int = 0  # names with a coded point

    def add(self, coded: Coded, place: Place | None) -> None:
        self.n += 1
        if coded.latitude is not None:
            self.located += 1
        if place is None:
            return
        self.resolved += 1
        self.in_country += place.country == coded.country
        self.admin1 += coded.admin1_code is not None and place.admin1_code == coded.admin1_code
        if None not in (coded.latitude, place.latitude, place.longitude, coded.longitude):
            distance = km(place.latitude, place.longitude, coded.latitude, coded.longitude)  # type: ignore[arg-type]
            self.within10 += distance <= 10
            self.within50 += distance <= 50


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        return list(csv.DictReader(handle))


def distinct(rows: Iterable[Coded]) -> list[Coded]:
    """One row per (name, admin-1): the first coded point stands for the name."""
    seen: dict[tuple[str, str | None], Coded] = {}
    for row in rows:
        if row.name.strip():
            seen.setdefault((row.name.strip(), row.admin1_code), row)
    return list(seen.values())


def acled(path: Path, country: str, gazetteer: Gazetteer) -> list[Coded]:
    out = []
    for row in read_csv(path):
        unit = gazetteer.unit(row["admin1"], country=country)
        out.append(Coded(row["location"], country, unit.code if unit else None, row["admin1"],
                         float(row["latitude"]), float(row["longitude"])))
    return distinct(out)


def ucdp(path: Path, gazetteer: Gazetteer) -> list[Coded]:
    out = []
    for row in read_csv(path):
        if row["where_prec"] not in ("1", "2"):
            continue
        unit = gazetteer.unit(row["adm_1"], country="SY")
        out.append(Coded(row["where_coordinates"], "SY", unit.code if unit else None, row["adm_1"],
                         float(row["latitude"]), float(row["longitude"])))
    return distinct(out)


def rand_iraq(path: Path) -> list[Coded]:
    rows = [row for row in read_csv(path) if row["Country"] == "Iraq" and row["City"].strip()]
    return distinct(Coded(row["City"], "IQ", None, None, None, None) for row in rows)


def score(coded: list[Coded], resolve: Callable[[Coded], Place | None]) -> Score:
    result = Score()
    for row in coded:
        result.add(row, resolve(row))
    return result


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    –"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data",
                        help="the shared data folder (default: ../shared/data)")
    args = parser.parse_args()

    base = rss_mb()
    started = time.perf_counter()
    gazetteer = Gazetteer.load()
    admin_s = time.perf_counter() - started
    admin_mb = rss_mb()
    started = time.perf_counter()
    table = gazetteer.places
    places_s = time.perf_counter() - started
    places_mb = rss_mb()
    print(f"gazetteer: countries + admin-1 {admin_s:.2f} s; place table ({len(table or ()):,} rows) read on first "
          f"use {places_s:.2f} s; RSS {base:.0f} MB before, {admin_mb:.0f} MB after admin tables, "
          f"{places_mb:.0f} MB with places (+{places_mb - base:.0f} MB)")

    files = {
        "ACLED Afghanistan": args.shared / "acled" / "afghanistan_2020-03.csv",
        "ACLED Kenya": args.shared / "acled" / "kenya_2004-2019.csv",
        "UCDP GED Syria (where_prec 1-2)": args.shared / "ucdp" / "ged191_syria_2016_2019.csv",
        "RAND Iraq (City)": args.shared / "rand" / "rdwti_middle_east_south_asia.csv",
    }
    missing = [str(p) for p in files.values() if not p.exists()]
    if missing:
        print(f"skipped: coded data not found ({', '.join(missing)}); it lives in ../shared/data beside the "
              "repository (a fresh clone does not have it)")
        return 0

    datasets = {
        "ACLED Afghanistan": acled(files["ACLED Afghanistan"], "AF", gazetteer),
        "ACLED Kenya": acled(files["ACLED Kenya"], "KE", gazetteer),
        "UCDP GED Syria (where_prec 1-2)": ucdp(files["UCDP GED Syria (where_prec 1-2)"], gazetteer),
        "RAND Iraq (City)": rand_iraq(files["RAND Iraq (City)"]),
    }
    contexts: dict[str, Callable[[Coded], Place | None]] = {
        "none": lambda c: gazetteer.resolve(c.name, prefer_locality=True),
        "country": lambda c: gazetteer.resolve(c.name, country=c.country, prefer_locality=True),
        "country+admin1": lambda c: gazetteer.resolve(c.name, country=c.country, admin1=c.admin1_code,
                                                      prefer_locality=True),
    }
    header = (f"{'file':34} {'context':15} {'names':>6} {'resolved':>9} {'country':>8} {'admin1':>8} "
              f"{'<=10 km':>8} {'<=50 km':>8}")
    print()
    print(header)
    print("-" * len(header))
    for label, coded in datasets.items():
        for context, resolve in contexts.items():
            if context == "country+admin1" and not any(c.admin1_code for c in coded):
                continue
            result = score(coded, resolve)
            located = result.located
            print(f"{label:34} {context:15} {result.n:6,} {pct(result.resolved, result.n):>9} "
                  f"{pct(result.in_country, result.n):>8} "
                  f"{pct(result.admin1, result.n) if located else '    –':>8} "
                  f"{pct(result.within10, located):>8} {pct(result.within50, located):>8}")

    # Speed: a fresh gazetteer over the same table (empty caches), every distinct name with its country.
    names = [c for coded in datasets.values() for c in coded]
    fresh = Gazetteer(gazetteer.entries, places=table)
    hits = [c for c in names if gazetteer.match(c.name, country=c.country) is not None]
    timings = {}
    countries = sorted({c.country for c in names})
    for label, batch in (("first sight, found", hits), ("first sight, all (misses search near spellings)", names)):
        fresh = Gazetteer(gazetteer.entries, places=table)
        started = time.perf_counter()
        for country in countries:  # the near-spelling index of a country is built once per process
            fresh._fuzzy_scope(country, None)
        timings[f"near-spelling index, once per country ({len(countries)})"] = (
            time.perf_counter() - started) / len(countries)
        started = time.perf_counter()
        for c in batch:
            fresh.match(c.name, country=c.country)
        timings[label] = (time.perf_counter() - started) / len(batch)
    started = time.perf_counter()
    for _ in range(5):
        for c in names:
            fresh.match(c.name, country=c.country)
    timings["seen before (cached): match()"] = (time.perf_counter() - started) / (5 * len(names))
    started = time.perf_counter()
    for _ in range(5):
        for c in names:
            fresh.resolve(c.name, country=c.country)
    timings["seen before (cached): resolve(), with the Place"] = (time.perf_counter() - started) / (5 * len(names))
    print()
    for label, seconds in timings.items():
        print(f"lookup, {label:52} {1e6 * seconds:8.1f} µs")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print("shares are of distinct names; 'admin1' and the distances count unresolved names as misses "
          "(denominator: all names with a coded admin-1 / point)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
