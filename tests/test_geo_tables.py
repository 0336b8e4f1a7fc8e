"""The shipped gazetteer tables: small, consistent with ISO 3166, and read with clear errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pycountry
import pytest

from sitrep.errors import ConfigError
from sitrep.geo import Gazetteer
from sitrep.geo.tables import default_directory, read_entries

DATA = Path(str(default_directory()))


def test_the_shipped_geo_data_stays_small() -> None:
    # Countries and admin-1 units under 1 MB; the locality and district table (world cities500, GeoNames
    # districts, UCDP villages, gzip) under 10 MB.
    assert sum(p.stat().st_size for p in DATA.iterdir() if p.name != "places.tsv.gz") < 1_000_000
    assert (DATA / "places.tsv.gz").stat().st_size < 10_000_000


def test_every_admin1_code_is_an_iso_3166_2_code_in_pycountry() -> None:
    codes = {e.code for e in read_entries() if e.level == "admin1" and e.code}
    unknown = {c for c in codes if pycountry.subdivisions.get(code=c) is None}
    assert not unknown
    assert len(codes) > 3500


def test_every_country_is_an_iso_3166_1_code() -> None:
    codes = {e.country for e in read_entries() if e.level == "country"}
    assert codes - {c.alpha_2 for c in pycountry.countries} == {"XK"}  # Kosovo: user-assigned, used by GeoNames


def test_syria_and_iraq_have_all_their_governorates() -> None:
    entries = [e for e in read_entries() if e.level == "admin1"]
    syria = {e.code for e in entries if e.country == "SY"}
    iraq = {e.code for e in entries if e.country == "IQ"}
    assert syria == {s.code for s in pycountry.subdivisions.get(country_code="SY")}
    assert iraq == {s.code for s in pycountry.subdivisions.get(country_code="IQ")} | {None}  # None: Halabja


def test_a_missing_table_is_a_config_error_that_says_how_to_fix_it(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="build_admin_gazetteer"):
        Gazetteer.load(tmp_path)


def test_a_table_without_its_columns_is_a_config_error(tmp_path: Path) -> None:
    for name in ("countries.tsv", "admin1.tsv", "curated_countries.tsv", "curated_admin1.tsv"):
        shutil.copy(DATA / name, tmp_path / name)
    (tmp_path / "curated_admin1.tsv").write_text("code\tname\nSY-DY\tDeir\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="lacks column"):
        Gazetteer.load(tmp_path)


def test_curated_rows_add_spellings_without_a_rebuild(tmp_path: Path) -> None:
    for name in ("countries.tsv", "admin1.tsv", "curated_countries.tsv", "curated_admin1.tsv"):
        shutil.copy(DATA / name, tmp_path / name)
    with (tmp_path / "curated_admin1.tsv").open("a", encoding="utf-8") as handle:
        handle.write("NG-BO\tNG\t\tBornu\n")
    gazetteer = Gazetteer.load(tmp_path)
    assert gazetteer.resolve("Bornu", country="NG").admin1_code == "NG-BO"
    assert gazetteer.resolve("Bornu", country="NG").admin1 == "Borno"


def test_a_row_with_missing_cells_is_a_config_error_naming_it(tmp_path: Path) -> None:
    for name in ("countries.tsv", "admin1.tsv", "curated_countries.tsv", "curated_admin1.tsv"):
        shutil.copy(DATA / name, tmp_path / name)
    with (tmp_path / "curated_admin1.tsv").open("a", encoding="utf-8") as handle:
        handle.write("NG-BO\tNG\n")
    with pytest.raises(ConfigError, match="'NG-BO'"):
        Gazetteer.load(tmp_path)


def test_a_curated_area_must_name_an_admin1_code(tmp_path: Path) -> None:
    for name in ("countries.tsv", "admin1.tsv", "curated_countries.tsv", "curated_admin1.tsv"):
        shutil.copy(DATA / name, tmp_path / name)
    with (tmp_path / "curated_countries.tsv").open("a", encoding="utf-8") as handle:
        handle.write("PS\tPS.XX\tNowhere\n")
    with pytest.raises(ConfigError, match=r"PS\.XX"):
        Gazetteer.load(tmp_path)
