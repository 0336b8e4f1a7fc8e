"""geocode_claim: a claim's places resolved, its country decided, its figures' governorates made canonical."""

from __future__ import annotations

from sitrep.geo import Gazetteer, geocode_claim
from sitrep.model import Claim, Figure, Place, Span


def _claim(places: list[str], admin1: list[str], country: str | None = None) -> Claim:
    return Claim(
        id="c1", document_id="d1", country=country,
        places=[Place(name=name, span=Span(start=i * 10, end=i * 10 + len(name), text=name))
                for i, name in enumerate(places)],
        figures=[Figure(measure="operations", value=58)]
        + [Figure(measure="operations", value=10 + i, admin1=name, region="northeast")
           for i, name in enumerate(admin1)],
    )


def test_figures_get_the_canonical_governorate_and_its_iso_code() -> None:
    claim = _claim(["Syria", "Deir Ezzor", "Raqqa", "al-Hasakah", "Daraa"],
                   ["Deir Ezzor", "Raqqa", "al-Hasakah", "Daraa"])
    out = geocode_claim(claim, Gazetteer.default())
    assert [(f.admin1, f.admin1_code) for f in out.figures] == [
        (None, None), ("Deir ez-Zor", "SY-DY"), ("Raqqa", "SY-RA"), ("al-Hasakah", "SY-HA"), ("Daraa", "SY-DR")]
    assert out.figures[1].region == "northeast" and out.figures[1].value == 10
    assert out.country == "SY"


def test_places_are_filled_and_keep_their_name_and_span() -> None:
    claim = _claim(["Syria", "Deir Ezzor"], [])
    out = geocode_claim(claim)
    syria, deir = out.places
    assert (syria.name, syria.country, syria.geo_precision, syria.span) == ("Syria", "SY", 4, claim.places[0].span)
    assert (deir.name, deir.admin1, deir.admin1_code, deir.geo_precision) == ("Deir Ezzor", "Deir ez-Zor", "SY-DY", 3)
    assert deir.span == claim.places[1].span and deir.latitude is not None


def test_a_figure_whose_governorate_does_not_resolve_keeps_it_as_written() -> None:
    out = geocode_claim(_claim(["Syria"], ["Narnia", "Raqqa"]))
    assert (out.figures[1].admin1, out.figures[1].admin1_code) == ("Narnia", None)
    assert out.figures[2].admin1_code == "SY-RA"


def test_a_figure_naming_a_country_is_not_given_an_admin1_code() -> None:
    out = geocode_claim(_claim([], ["Iraq"]))
    assert (out.figures[1].admin1, out.figures[1].admin1_code) == ("Iraq", None)


def test_an_unresolvable_place_is_kept_unchanged() -> None:
    claim = _claim(["Syria", "Narnia"], [])
    out = geocode_claim(claim)
    assert out.places[1] == claim.places[1]


def test_the_country_is_the_most_frequent_among_resolved_places() -> None:
    out = geocode_claim(_claim(["Deir Ezzor", "Raqqa", "Anbar"], []))
    assert out.country == "SY"


def test_a_country_named_outright_wins_over_the_majority() -> None:
    out = geocode_claim(_claim(["Deir Ezzor", "Raqqa", "Iraq"], []))
    assert out.country == "IQ"


def test_a_claim_that_names_nigeria_resolves_borno_in_nigeria() -> None:
    out = geocode_claim(_claim(["Borno", "Nigeria"], ["Borno", "Adamawa"]))
    assert out.country == "NG"
    assert out.places[0].admin1_code == "NG-BO"
    assert [f.admin1_code for f in out.figures[1:]] == ["NG-BO", "NG-AD"]


def test_without_places_the_figures_governorates_decide_the_country() -> None:
    out = geocode_claim(_claim([], ["Deir Ezzor", "Raqqa"]))
    assert out.country == "SY"


def test_the_claims_own_country_is_context_and_fallback() -> None:
    out = geocode_claim(_claim([], ["Borno"], country="NG"))
    assert (out.country, out.figures[1].admin1_code) == ("NG", "NG-BO")
    assert geocode_claim(_claim(["Narnia"], [])).country is None


def test_the_input_claim_is_not_changed() -> None:
    claim = _claim(["Syria", "Deir Ezzor"], ["Deir Ezzor"])
    before = claim.model_dump()
    geocode_claim(claim)
    assert claim.model_dump() == before


def test_geocoding_leaves_the_claim_it_is_given_unchanged() -> None:
    """The geocoded claim is a new record; the claim passed in keeps its places and figures as written, also where
    an unresolved place or a figure without a governorate is carried over unchanged."""
    claim = _claim(["Narnia", "Deir Ezzor"], ["Raqqa"], country="SY")
    before = claim.model_dump()
    out = geocode_claim(claim)
    assert claim.model_dump() == before
    assert out.places[0] == claim.places[0] and out.figures[0] == claim.figures[0]
    assert out.places[1].admin1_code == "SY-DY" and claim.places[1].admin1_code is None
    assert out.figures[1].admin1_code == "SY-RA" and claim.figures[1].admin1_code is None
