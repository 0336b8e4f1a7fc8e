"""A region the text names says where its villages are: in the event's own words, and across the document."""

from __future__ import annotations

import pytest

from sitrep import api
from sitrep.extract.events import with_national_forces
from sitrep.geo import Gazetteer, document_context, geocode_event
from sitrep.model import Event, Place, Span


def _event(*names: str, dateline: str | None = None, actor1: str | None = None, written: str | None = None) -> Event:
    places, at = [], 0
    for name in names:
        places.append(Place(name=name, span=Span(start=at, end=at + len(name), text=name)))
        at += len(name) + 5
    spans = {"actor1": Span(start=0, end=len(written), text=written)} if written else {}
    return Event(
        id="e1",
        document_id="d1",
        event_type="Battles",
        places=places,
        actor1=actor1,
        spans=spans,
        dateline=Place(name=dateline) if dateline else None,
    )


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


# --- the unit an event names binds its village -------------------------------------------------------------------


def test_a_village_known_only_in_another_region_is_placed_in_the_region_named(gazetteer: Gazetteer) -> None:
    # "shelling hit Kyauk Taw village in Sagaing region": the gazetteer's Kyauktaw is a town of Rakhine.
    place = geocode_event(_event("Kyauk Taw", "Sagaing region"), gazetteer).place
    assert (place.name, place.admin1_code, place.geo_precision) == ("Kyauk Taw", "MM-01", 3)


def _at(*named: tuple[str, int]) -> Event:
    """An event whose candidates start at the given offsets of an imagined text."""
    places = [Place(name=n, span=Span(start=at, end=at + len(n), text=n)) for n, at in named]
    return Event(id="e1", document_id="d1", event_type="Battles", places=places)


def test_places_listed_in_two_clauses_are_not_bound(gazetteer: Gazetteer) -> None:
    # "shelling near Kyauk Taw and, later that week, an air raid on a village of Sagaing region": 50 characters.
    place = geocode_event(_at(("Kyauk Taw", 0), ("Sagaing region", 60)), gazetteer).place
    assert (place.admin1_code, place.geo_precision) == ("MM-16", 1)


def test_a_chain_of_short_steps_binds_the_village_to_the_region(gazetteer: Gazetteer) -> None:
    # "Kyauk Taw and Thazi villages in Monywa township in Sagaing region": each step is short.
    event = _at(("Kyauk Taw", 0), ("Monywa", 40), ("Sagaing region", 60))
    place = geocode_event(event, gazetteer).place
    assert place.admin1_code == "MM-01"


def test_a_region_named_just_before_binds_its_village(gazetteer: Gazetteer) -> None:
    # "Sagaing region's Kyauk Taw village"
    place = geocode_event(_at(("Kyauk Taw", 17), ("Sagaing region", 0)), gazetteer).place  # (best candidate first)
    assert (place.name, place.admin1_code, place.geo_precision) == ("Kyauk Taw", "MM-01", 3)


def test_without_a_region_named_the_village_elsewhere_stands(gazetteer: Gazetteer) -> None:
    place = geocode_event(_event("Kyauk Taw"), gazetteer).place
    assert (place.admin1_code, place.geo_precision) == ("MM-16", 1)


def test_a_village_inside_another_unit_the_event_names_is_chosen(gazetteer: Gazetteer) -> None:
    # "officials in Baghdad said gunmen attacked Daquq in Kirkuk": the first unit named is not the only context.
    place = geocode_event(_event("Baghdad", "Daquq", "Kirkuk"), gazetteer).place
    assert (place.name, place.admin1_code, place.geo_precision) == ("Daquq", "IQ-KI", 1)


def test_a_big_city_is_known_on_its_own_whatever_unit_is_named(gazetteer: Gazetteer) -> None:
    place = geocode_event(_event("Monywa", "Mandalay region"), gazetteer).place
    assert (place.name, place.admin1_code, place.geo_precision) == ("Monywa", "MM-01", 1)


# --- the region the document names --------------------------------------------------------------------------------


def test_a_document_naming_one_region_gives_it_as_context(gazetteer: Gazetteer) -> None:
    events = [geocode_event(e, gazetteer) for e in (_event("Habban", "Shabwa"), _event("Yemen"))]
    country, region = document_context(events, gazetteer)
    assert (country, region.code if region else None) == ("YE", "YE-SH")


def test_a_document_naming_two_regions_gives_none(gazetteer: Gazetteer) -> None:
    events = [geocode_event(e, gazetteer) for e in (_event("Kirkuk province"), _event("Diyala province"))]
    country, region = document_context(events, gazetteer)
    assert (country, region) == ("IQ", None)


def test_a_dateline_town_is_the_region_when_the_text_names_none(gazetteer: Gazetteer) -> None:
    events = [geocode_event(_event("Daquq", dateline="KIRKUK, Iraq"), gazetteer)]
    country, region = document_context(events, gazetteer)
    assert (country, region.code if region else None) == ("IQ", "IQ-KI")


def test_a_region_named_in_the_text_outranks_a_foreign_dateline(gazetteer: Gazetteer) -> None:
    events = [geocode_event(_event("Kyauk Taw", "Sagaing region", dateline="BANGKOK"), gazetteer)]
    _, region = document_context(events, gazetteer)
    assert region is not None and region.code == "MM-01"


def test_an_unknown_village_is_somewhere_in_the_documents_region(gazetteer: Gazetteer) -> None:
    # A later paragraph: "protesters gathered in Zarbat, Yemen" in a story about Shabwah.
    region = gazetteer.unit("YE-SH")
    place = geocode_event(_event("Zarbat", "Yemen"), gazetteer, region=region).place
    assert (place.name, place.country, place.admin1_code, place.geo_precision) == ("Zarbat", "YE", "YE-SH", 3)


def test_the_documents_region_beats_a_foreign_datelines_country(gazetteer: Gazetteer) -> None:
    region = gazetteer.unit("YE-SH")
    place = geocode_event(_event("Zarbat", dateline="CAIRO"), gazetteer, region=region).place
    assert (place.country, place.admin1_code) == ("YE", "YE-SH")


def test_a_village_found_by_its_own_name_elsewhere_is_kept(gazetteer: Gazetteer) -> None:
    # The document's region is weaker than the event's own words: Hajin is a town of Deir ez-Zor.
    place = geocode_event(_event("Hajin"), gazetteer, region=gazetteer.unit("SY-HL")).place
    assert (place.admin1_code, place.geo_precision) == ("SY-DY", 1)


def test_an_event_naming_another_country_ignores_the_region(gazetteer: Gazetteer) -> None:
    place = geocode_event(_event("Zarbat", "Iraq"), gazetteer, region=gazetteer.unit("YE-SH")).place
    assert place.country == "IQ" and place.admin1_code is None


# --- generic state forces take the document's country -------------------------------------------------------------


def test_regime_forces_with_no_place_take_the_documents_country() -> None:
    actors = api.default_extractor().actors
    event = _event(actor1="Syrian Arab Army", written="regime forces")
    assert with_national_forces(event, actors).actor1 == "Syrian Arab Army"  # nothing says where: as written
    named = with_national_forces(event, actors, country="MM").actor1
    assert named is not None and named != "Syrian Arab Army" and named == actors.state_forces("MM", "military")


def test_a_generic_force_takes_the_documents_country_when_its_event_has_no_place() -> None:
    actors = api.default_extractor().actors
    event = _event(actor1="Military Forces")
    assert with_national_forces(event, actors, country="MM").actor1 == actors.state_forces("MM", "military")
