"""Geocoding a claim: its places resolved, its country decided, its figures' governorates made canonical."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sitrep.geo.gazetteer import Gazetteer
from sitrep.model import Claim, Figure, Place


def geocode_claim(claim: Claim, gazetteer: Gazetteer | None = None) -> Claim:
    """A copy of ``claim`` with its places resolved, ``country`` set and figures' ``admin1`` made canonical.

    - Each place keeps its ``name`` and ``span``; the gazetteer fills the rest. A place it cannot resolve is kept
      as it was.
    - ``country``: a country named outright wins (the most frequent, then the first named); else the most
      frequent country of the resolved places; else the figures' governorates; else the claim's own ``country``
      (the extractor may know it from the document), which is also the context for the first pass.
    - Places are resolved twice: once with the claim's own country as context, then again with the country that
      pass found, so "Borno" in a claim that names Nigeria resolves.
    - A figure's ``admin1`` as written ("Deir Ezzor") becomes the canonical name ("Deir ez-Zor") and
      ``admin1_code`` its ISO 3166-2 code ("SY-DY"), resolved in the claim's country. A figure whose ``admin1``
      does not resolve to an admin-1 unit keeps the name as written and ``admin1_code`` None.
    """
    gazetteer = gazetteer or Gazetteer.default()
    first = [_resolve_place(gazetteer, place, place.country or claim.country) for place in claim.places]
    context = _claim_country(first) or claim.country
    places = [_resolve_place(gazetteer, place, place.country or context) for place in claim.places]
    country = _claim_country(places)
    if country is None:
        country = _most_frequent(_figure_countries(gazetteer, claim.figures, claim.country)) or claim.country
    figures = [_geocode_figure(gazetteer, figure, country) for figure in claim.figures]
    return claim.model_copy(update={"places": places, "figures": figures, "country": country})


def _resolve_place(gazetteer: Gazetteer, place: Place, context: str | None) -> Place:
    found = gazetteer.resolve(place.name, country=context)
    if found is None:
        return place.model_copy()
    # Fields the gazetteer fills replace the mention's; what it leaves empty (a locality the extractor saw) stays.
    filled = {k: v for k, v in found if v is not None and k not in ("name", "span")}
    return place.model_copy(update=filled)


def _claim_country(places: Iterable[Place]) -> str | None:
    resolved = [p for p in places if p.geo_precision is not None and p.country]
    named = [p.country for p in resolved if p.geo_precision == 4]
    return _most_frequent(named) or _most_frequent(p.country for p in resolved)


def _most_frequent(codes: Iterable[str | None]) -> str | None:
    counts = Counter(code for code in codes if code)
    if not counts:
        return None
    return counts.most_common(1)[0][0]  # ties go to the first named: Counter keeps insertion order


def _figure_countries(gazetteer: Gazetteer, figures: Iterable[Figure], context: str | None) -> list[str]:
    found = (gazetteer.resolve(f.admin1, country=context) for f in figures if f.admin1)
    return [p.country for p in found if p is not None and p.geo_precision == 3 and p.country]


def _geocode_figure(gazetteer: Gazetteer, figure: Figure, country: str | None) -> Figure:
    if not figure.admin1:
        return figure.model_copy()
    found = gazetteer.resolve(figure.admin1, country=country)
    if found is None or found.geo_precision != 3:
        return figure.model_copy(update={"admin1_code": None})
    return figure.model_copy(update={"admin1": found.admin1, "admin1_code": found.admin1_code})
