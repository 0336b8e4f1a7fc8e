"""One coded row: the text a publisher coded and the values it coded, normalised for comparison."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["FIELDS", "GoldRow"]

FIELDS: tuple[str, ...] = (
    "event_type", "sub_event_type", "actor1", "actor2", "fatalities", "wounded", "country", "admin1", "admin2",
    "location", "no_place", "coordinates", "date",
)
"""The fields a schema can code; each schema declares the ones it does (``Schema.fields``) and only those are
scored."""


@dataclass(frozen=True, slots=True)
class GoldRow:
    """A coded text and its gold values. ``None`` means the publisher left the value blank in this row.

    Dates are parsed (every format in the data, see :mod:`sitrep.evaluate.dates`); names are kept as coded and
    compared through :mod:`sitrep.evaluate.match`, with the admin-1 unit also resolved to its ISO 3166-2 code
    (``admin1_code``) and the country to ISO alpha-2 (``country``) where the shipped gazetteer knows them.
    """

    schema: str
    path: str
    line: int
    """Line of the file where the row starts (1-based, the header is line 1 in a CSV)."""
    text: str
    published: date | None = None
    """Publication date of the text, only where the schema records one (UCDP ``source_date``); never the coded
    event date, which would hand extraction the answer it is scored on."""
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    actors_unordered: bool = False
    """True where the sides are not perpetrator and target (UCDP's side_a is the government or first party)."""
    country: str | None = None
    """ISO 3166-1 alpha-2, resolved from the coded country name."""
    country_name: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    admin2: str | None = None
    locations: tuple[str, ...] = ()
    """Names any one of which is the coded location (ACLED ``location``, UCDP ``where_coordinates``, RAND
    ``City``, the place parts of Airwars' ``location``, the LOCATION spans of ``event_location``)."""
    no_place: bool = False
    """``event_location`` only: the annotators marked no place for the event; the right answer is none."""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    killed: int | None = None
    """Best coded death count (UCDP ``best``; the low end of an Airwars range, as UCDP and the GTD take it)."""
    killed_low: int | None = None
    killed_high: int | None = None
    """Set where the publisher codes a range (UCDP low/high, Airwars "3 – 11")."""
    wounded: int | None = None
    date_start: date | None = None
    date_end: date | None = None
    time_precision: int | None = None

    @property
    def where(self) -> str:
        """``path:line``, for messages and examples."""
        return f"{self.path}:{self.line}"
