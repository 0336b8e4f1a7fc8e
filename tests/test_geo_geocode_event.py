"""geocode_event: the place where an event happened, chosen among the extractor's candidates and resolved."""

from __future__ import annotations

from sitrep.geo import Gazetteer, geocode_event
from sitrep.model import Event, Place, Span


def _event(*names: str, near: tuple[str, ...] = ()) -> Event:
    places, at = [], 0
    for name in names:
        places.append(Place(name=name, geo_precision=2 if name in near else None,
                            span=Span(start=at, end=at + len(name), text=name)))
        at += len(name) + 5
    return Event(id="e1", document_id="d1", event_type="Explosions/Remote violence", places=places)


def test_near_a_village_in_a_governorate_gives_the_village_at_precision_2() -> None:
    # "an IED exploded near Thiban in Deir ez-Zor"
    event = _event("Thiban", "Deir ez-Zor", near=("Thiban",))
    out = geocode_event(event)
    place = out.place
    assert (place.name, place.span) == ("Thiban", event.places[0].span)
    assert (place.country, place.admin1, place.admin1_code, place.geo_precision) == ("SY", "Deir ez-Zor", "SY-DY", 2)
    assert place.locality and abs(place.latitude - 35.0) < 0.2 and abs(place.longitude - 40.5) < 0.2


def test_in_a_village_is_precision_1_with_coordinates_from_the_ucdp_table() -> None:
    place = geocode_event(_event("Gharanij", "Deir ez-Zor")).place
    assert (place.locality, place.admin1_code, place.geo_precision) == ("Gharanij", "SY-DY", 1)
    assert place.gazetteer_id.startswith("ucdp:")


def test_a_locality_is_preferred_to_an_admin_unit_named_before_it() -> None:
    out = geocode_event(_event("Deir ez-Zor", "Hajin"))
    assert (out.place.name, out.place.geo_precision) == ("Hajin", 1)


def test_among_localities_the_extractors_order_decides() -> None:
    assert geocode_event(_event("Hajin", "Shuhayl")).place.name == "Hajin"
    assert geocode_event(_event("Shuhayl", "Hajin")).place.name == "Shuhayl"


def test_a_governorate_named_alone_is_its_city_and_as_context_stays_the_unit() -> None:
    alone = geocode_event(_event("Raqqa", "Syria")).place
    assert (alone.locality, alone.geo_precision, alone.admin1_code) == ("Ar Raqqah", 1, "SY-RA")
    near = geocode_event(_event("Raqqa", near=("Raqqa",))).place
    assert near.geo_precision == 2
    context = geocode_event(_event("Kobajjep", "Deir ez-Zor")).place  # a village the gazetteer does not know
    assert (context.name, context.locality, context.admin1_code, context.geo_precision) == (
        "Kobajjep", None, "SY-DY", 3)  # where it happened, known to the governorate; the name kept as written
    assert context.span == _event("Kobajjep").places[0].span and context.latitude is not None
    assert geocode_event(_event("Deir ez-Zor", "Narnia")).place.name == "Deir ez-Zor"


def test_a_country_alone_gives_the_country() -> None:
    place = geocode_event(_event("Syria")).place
    assert (place.country, place.geo_precision) == ("SY", 4)


def test_a_district_is_precision_2() -> None:
    place = geocode_event(_event("Nad Ali district", "Helmand")).place
    assert (place.admin1, place.geo_precision, place.locality) == ("Helmand", 2, None)


def test_the_country_named_or_hinted_is_context() -> None:
    # "Borno" alone is a town in Italy too (Gazetteer.resolve leaves it undecided); an event that names it reads
    # it as the one admin-1 unit of that name.
    assert geocode_event(_event("Borno")).place.admin1_code == "NG-BO"
    assert geocode_event(_event("Borno", "Nigeria")).place.admin1_code == "NG-BO"
    assert geocode_event(_event("Borno"), country="NG").place.admin1_code == "NG-BO"
    assert geocode_event(_event("Dhiban")).place is None
    assert geocode_event(_event("Dhiban"), country="jo").place.country == "JO"


def test_a_country_the_text_names_does_not_hide_a_place_elsewhere() -> None:
    # "Russian jets struck Tell Tamr": Russia is named, Tell Tamr is in Syria.
    place = geocode_event(_event("Tell Tamr", "Russia")).place
    assert (place.name, place.country, place.admin1_code) == ("Tell Tamr", "SY", "SY-HA")
    assert geocode_event(_event("Tell Tamr"), country="RU").place is None  # the caller's hint is kept to


def test_the_context_governorate_picks_a_homonym_inside_it() -> None:
    assert geocode_event(_event("Dawlat Abad", "Balkh", "Afghanistan")).place.admin1_code == "AF-BAL"
    assert geocode_event(_event("Dawlat Abad", "Faryab", "Afghanistan")).place.admin1_code == "AF-FYB"


def test_nothing_resolves_leaves_place_none_and_the_candidates_as_written() -> None:
    event = _event("Narnia", "Gondor")
    out = geocode_event(event)
    assert out.place is None
    assert out.places == event.places


def test_an_unresolved_candidate_never_empties_the_others() -> None:
    out = geocode_event(_event("Narnia", "Shuhayl", "Syria"))
    assert out.places[0] == _event("Narnia").places[0]
    assert out.places[1].admin1_code == "SY-DY" and out.places[2].geo_precision == 4
    assert out.place.name == "Shuhayl"


def test_a_copy_is_returned_and_the_input_is_unchanged() -> None:
    event = _event("Thiban", "Deir ez-Zor", near=("Thiban",))
    before = event.model_dump()
    out = geocode_event(event, Gazetteer.default())
    assert event.model_dump() == before
    assert out is not event and out.event_type == event.event_type
    assert geocode_event(Event(id="e", document_id="d")).place is None
