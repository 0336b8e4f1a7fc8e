"""Localities and districts: villages GeoNames lacks, spellings, context, districts, and users' own places."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from sitrep.errors import ConfigError
from sitrep.geo import Gazetteer
from sitrep.geo.places import PlaceTable
from sitrep.geo.tables import default_directory
from sitrep.model import Place


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def _in_deir_ez_zor(place: Place) -> bool:
    return (place.country, place.admin1, place.admin1_code) == ("SY", "Deir ez-Zor", "SY-DY") and (
        34.0 < place.latitude < 36.0 and 39.5 < place.longitude < 41.5)


@pytest.mark.parametrize("name", ["Shuhayl", "Gharanij", "Abu Hamam", "Abu Hammam"])
def test_villages_cities500_lacks_resolve_from_the_ucdp_derived_table(gazetteer: Gazetteer, name: str) -> None:
    place = gazetteer.resolve(name)
    assert place is not None and _in_deir_ez_zor(place)
    assert place.geo_precision == 1 and place.locality and place.name == name
    assert place.gazetteer_id.startswith("ucdp:")


def test_a_settlement_word_after_the_name_is_read_as_the_town(gazetteer: Gazetteer) -> None:
    for name in ("Shuhayl town", "Gharanij village", "the town of Hajin"):
        place = gazetteer.resolve(name)
        assert place is not None and _in_deir_ez_zor(place) and place.geo_precision == 1, name
    assert gazetteer.resolve("Kansas City").country == "US"  # a name known whole keeps its word


@pytest.mark.parametrize("spellings", [
    ("Al Bukamal", "Abu Kamal", "Albu Kamal", "Al-Bukamal", "Abu Kemal"),
    ("Mosul", "Al-Mawsil", "Al Mosul", "Mossul"),
    ("Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr", "Deir el-Zor", "Der Ezzor", "Deir al-Zour"),
    ("Maarat al-Numan", "Ma'arrat al-Nu'man", "Maarrat an Numan"),
    ("Tell Abyad", "Tal Abyad", "Tall Abyad"),
    ("Thiban", "Dhiban"),
])
def test_spellings_of_one_town_resolve_to_it(gazetteer: Gazetteer, spellings: tuple[str, ...]) -> None:
    found = {n: gazetteer.resolve(n, country="SY" if "Mosul" not in spellings else "IQ", prefer_locality=True)
             for n in spellings}
    assert None not in found.values(), found
    assert len({p.gazetteer_id for p in found.values()}) == 1, {n: p.gazetteer_id for n, p in found.items()}
    assert {p.geo_precision for p in found.values()} == {1}


def test_mosul_resolves_without_context_to_the_city_in_nineveh(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Mosul")
    assert (place.country, place.admin1_code, place.locality, place.geo_precision) == ("IQ", "IQ-NI", "Mosul", 1)
    assert abs(place.latitude - 36.34) < 0.1 and abs(place.longitude - 43.12) < 0.1


def test_a_governorate_sharing_its_name_with_its_seat_is_the_unit_unless_a_town_is_asked_for(
        gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Raqqa").geo_precision == 3
    city = gazetteer.resolve("Raqqa", prefer_locality=True)
    assert (city.admin1_code, city.geo_precision, city.gazetteer_id) == ("SY-RA", 1, "geonames:172955")
    assert gazetteer.resolve("Raqqa Governorate", prefer_locality=True).geo_precision == 3
    assert gazetteer.resolve("Kandahar", country="AF", prefer_locality=True).geo_precision == 1


def test_context_disambiguates_a_homonym(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Dhiban") is None  # a village in Syria and one in Jordan, neither with a population
    assert gazetteer.resolve("Dhiban", country="SY").admin1_code == "SY-DY"
    assert gazetteer.resolve("Dhiban", country="JO").country == "JO"
    # Two Dowlatabads in Afghanistan: the province decides.
    assert gazetteer.resolve("Dawlat Abad", country="AF") is None
    assert gazetteer.resolve("Dawlat Abad", admin1="Balkh").admin1_code == "AF-BAL"
    assert gazetteer.resolve("Dawlat Abad", country="AF", admin1="AF-FYB").admin1_code == "AF-FYB"
    assert gazetteer.resolve("Tripoli") is None
    assert gazetteer.resolve("Tripoli", country="LB").country == "LB"


def test_the_most_populous_homonym_wins_only_when_it_dwarfs_the_others(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Paris").country == "FR"  # 2.1 million against Paris, Texas
    assert gazetteer.resolve("Hamra") is None  # villages all over Syria and Lebanon
    assert gazetteer.resolve("Hamra", country="SY") is None
    # Hajin is Syria's; Saimbeyli in Turkey was once called Hajin (an alternate name only): it gives way.
    assert gazetteer.resolve("Hajin").country == "SY"


@pytest.mark.parametrize("name", ["Lebanon", "Jordan", "Georgia", "Chad", "Mexico", "Israel", "Syria", "Yemen"])
def test_a_country_name_never_resolves_to_a_town(gazetteer: Gazetteer, name: str) -> None:
    for context in (None, "US", "SY"):
        place = gazetteer.resolve(name, country=context, prefer_locality=True)
        assert place.geo_precision == 4 and place.locality is None, (name, context, place)


@pytest.mark.parametrize("name, country, admin1, admin2", [
    ("Nad Ali district", "AF", "Helmand", "Nād ‘Alī"),
    ("Manbij district", "SY", "Aleppo", "Manbij"),
    ("Jabal Saman district", "SY", "Aleppo", "Mount Simeon"),  # UCDP's name for GeoNames' Mount Simeon District
    ("Qada Sinjar", "IQ", "Nineveh", "Sinjar"),
])
def test_a_district_resolves_to_the_district_at_precision_2(
        gazetteer: Gazetteer, name: str, country: str, admin1: str, admin2: str) -> None:
    place = gazetteer.resolve(name)
    assert (place.country, place.admin1, place.admin2, place.locality, place.geo_precision) == (
        country, admin1, admin2, None, 2)
    assert place.latitude is not None and place.name == name


def test_dawlat_abad_district_needs_its_province(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Dawlat Abad district", admin1="Balkh")
    assert (place.admin1_code, place.geo_precision) == ("AF-BAL", 2)


def test_a_town_named_as_a_district_is_the_district_around_it(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Hajin district")  # no district of that name: the town, precision 2
    assert _in_deir_ez_zor(place) and place.geo_precision == 2


def test_iraqi_sub_districts_resolve_where_geonames_has_no_town(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Jurf al-Sakhar", country="IQ")
    assert (place.admin1_code, place.geo_precision, place.locality) == ("IQ-BB", 2, None)
    assert gazetteer.resolve("Yusufiyah", country="IQ").admin1_code == "IQ-BG"


def test_alternatives_written_together_resolve_when_they_agree(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Tadmur/Palmyra", country="SY").admin1_code == "SY-HI"
    assert gazetteer.resolve("Kobane (Ayn al Arab)").admin1_code == "SY-HL"


def test_a_near_spelling_resolves_only_inside_the_context(gazetteer: Gazetteer) -> None:
    for name in ("Jisr al-Shugour", "Jisr al-Shugur"):  # spellings GeoNames does not list
        assert gazetteer.resolve(name, country="SY").admin1_code == "SY-ID"
        assert gazetteer.resolve(name, admin1="Idlib").admin1_code == "SY-ID"
        assert gazetteer.resolve(name) is None


@pytest.mark.parametrize("name", ["Narnia", "Police", "the Army", "North", "Hospital"])
def test_unknown_names_and_plain_words_stay_unresolved(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.resolve(name) is None


def test_a_foreign_village_is_not_taken_when_the_context_country_lacks_the_name(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Haidarabad", country="AF") is None  # not Hyderabad, Pakistan
    assert gazetteer.resolve("Mosul", country="SY").country == "IQ"  # a focus country's city still is


def test_localities_stay_out_of_the_phrase_matchers_names(gazetteer: Gazetteer) -> None:
    names = set(gazetteer.names())
    assert "Mosul" not in names and "Shuhayl" not in names
    assert len(names) < 50_000


def test_the_place_table_is_read_on_first_use_only() -> None:
    fresh = Gazetteer.load()
    assert fresh.resolve("Deir Ezzor").admin1_code == "SY-DY"
    assert fresh.country("Syria") == "SY"
    assert fresh._table is None  # countries and governorates need no place table
    assert fresh.resolve("Shuhayl") is not None
    assert isinstance(fresh.places, PlaceTable) and len(fresh.places) > 250_000


def test_a_directory_without_a_place_table_resolves_countries_and_units_only(tmp_path: Path) -> None:
    for name in ("countries.tsv", "admin1.tsv", "curated_countries.tsv", "curated_admin1.tsv"):
        (tmp_path / name).write_bytes((Path(str(default_directory())) / name).read_bytes())
    small = Gazetteer.load(tmp_path)
    assert small.resolve("Raqqa").admin1_code == "SY-RA"
    assert small.resolve("Shuhayl") is None and small.places is None


# ------------------------------------------------------------------------------------------------ user places

USER_CSV = """name,country,admin1,admin2,latitude,longitude,alternate_names
Tall Narnia,SY,Deir ez-Zor,Al Mayadin,35.01,40.45,Tal Narnia|Tell Narnia
Shuhayl,SY,SY-DY,,35.1234,40.4321,
Camp Zed,IQ,,,33.3,44.4,
"""


def test_a_users_csv_adds_places_and_corrects_shipped_ones(tmp_path: Path) -> None:
    path = tmp_path / "places.csv"
    path.write_text(USER_CSV, encoding="utf-8")
    gazetteer = Gazetteer.load(extra=[path])
    added = gazetteer.resolve("Tell Narnia")
    assert _in_deir_ez_zor(added)
    assert (added.locality, added.admin2, added.geo_precision) == ("Tall Narnia", "Al Mayadin", 1)
    assert added.gazetteer_id == "user:places.csv:2"
    corrected = gazetteer.resolve("Shuhayl", country="SY")
    assert (corrected.latitude, corrected.longitude) == (35.1234, 40.4321)  # the user's row wins in its scope
    camp = gazetteer.resolve("Camp Zed", country="IQ")
    assert (camp.country, camp.admin1) == ("IQ", None)


@pytest.mark.parametrize("text, message", [
    ("name,country\nX,SY\n", "lacks column"),
    ("name,country,admin1,admin2,latitude,longitude\nX,SY,Narnia,,35,40\n", r":2: admin1 'Narnia'"),
    ("name,country,admin1,admin2,latitude,longitude\nX,SY,,,north,40\n", ":2: latitude"),
    ("name,country,admin1,admin2,latitude,longitude\nX,SY,,,95,40\n", "not a point"),
    ("name,country,admin1,admin2,latitude,longitude\n,SY,,,35,40\n", "needs a name"),
])
def test_a_bad_user_csv_is_a_config_error_naming_the_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    gazetteer = _scratch()  # a gazetteer of its own: a failed file adds nothing, but default() stays untouched
    with pytest.raises(ConfigError, match=message):
        gazetteer.add_file(path)
    with pytest.raises(ConfigError, match="cannot be read"):
        gazetteer.add_file(tmp_path / "missing.csv")


@functools.cache
def _scratch() -> Gazetteer:
    return Gazetteer.load()


def test_the_places_setting_adds_the_users_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep import settings

    path = tmp_path / "places.csv"
    path.write_text(USER_CSV, encoding="utf-8")
    setting = settings.Setting("places", None, "SITREP_PLACES", "CSV files of extra places.")
    monkeypatch.setitem(settings.SETTINGS, "places", setting)
    monkeypatch.setenv("SITREP_PLACES", str(path))
    gazetteer = Gazetteer.default.__wrapped__(Gazetteer)  # the uncached loader behind default()
    assert gazetteer.resolve("Tell Narnia") is not None
