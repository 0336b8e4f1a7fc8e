"""The gazetteer: every name it knows, indexed by :func:`~sitrep.geo.normalize.normalize_name`, and the rules that
pick one place for a mention.

Levels of :class:`Entry`: countries (precision 4) and admin-1 units (3), loaded at once from small tables;
districts — admin-2 units, and Iraq's admin-3 sub-districts — (2) and localities (1), from the big place table,
read on first use (:mod:`sitrep.geo.places`). How ``Gazetteer.resolve(name, country=, admin1=)`` decides, in order:

1. A short all-capital name ("US", "U.S.", "DRC", "the UK") is looked up as written, case and all; "us" is not.
2. A name that says it is an administrative unit ("Niger State", "Governorate of Nineveh") prefers the unit.
3. A country name wins over anything else of that name ("Georgia" is the country, "Niger" is Niger, "Lebanon"
   is never the town in Pennsylvania). Country-level areas ("the Gaza Strip") count as the country.
4. A name that says it is a district ("Nad Ali district", "Qada Sinjar") is looked up among districts, then among
   localities (the district around a town); either way precision 2. One that says it is a settlement and is
   not found whole ("Shuhayl town", "the city of Raqqa"; "Kansas City" is found whole) is looked up without the
   word, as a town (``prefer_locality``); one written with alternatives ("Tadmur/Palmyra", "Al-Rai (Choban
   Bey)") resolves when its parts that resolve agree on one place.
5. Otherwise the candidates are searched scope by scope, narrowest first, and the first scope with any candidate
   decides (if it cannot choose, the answer is None: a wider scope would only add homonyms):

   a. inside the context admin-1 unit (``admin1=``): the unit itself, its localities, its districts;
   b. inside the context country: an admin-1 unit of that name, then its localities, then its districts;
      then near spellings: units by rapidfuzz ratio >= 92 in the country; places inside the context unit (else
      the country) by the same consonant skeleton (one place only) or ratio >= 90 (one clear winner);
   c. without context (or when the context has no candidate): an admin-1 unit of a focus country (Syria and
      Iraq by default), else an admin-1 unit whose name is unique worldwide and names no populated place elsewhere,
      else a locality, else a district — each only under the homonym rule below. When a context country was
      given and had nothing, only a focus country's city of ``CITY_POPULATION`` (100,000) qualifies.

   Among localities of one scope: one place → it; several → the most populous, when it has at least
   ``DOMINANCE`` (10) times the population of the next (a population under ``SMALL_POPULATION`` (1,000) or
   unknown counts as 1,000, so a village never wins over another village), e.g. "Paris" (France, 2.1 M, against
   Texas, 25 k) or "Mosul"; homonyms within ``SAME_PLACE_KM`` (5 km) of a bigger one are the same place (GeoNames
   lists some towns twice). Places whose own name has the key go before places that have it only as an alternate
   (often a former or foreign name: Saimbeyli in Turkey was once Hajin), unless those dwarf them. Districts have
   no population: only one may match (a district before an Iraqi sub-district of the same name). Where an admin-1
   unit somewhere has the name but could not be chosen, a town wins only as the seat of the one unit of that name
   ("Lagos" → Lagos State; "Borno" stays undecided: the town of that name is in Italy). Names made only of plain
   words ("North", "Centre", "Police") never resolve to a locality or district without context.

Cities that share their governorate's name (Aleppo, Raqqa, Deir ez-Zor, Kandahar) resolve to the governorate,
precision 3: the safe reading of a bare name in an aggregate claim. ``resolve(..., prefer_locality=True)`` gives
the city instead (the seat: a locality of that name inside the unit), which is what an incident report means by
"in Raqqa"; :func:`~sitrep.geo.geocode.geocode_event` asks for it when an event names no other place inside the
unit. "Aleppo Governorate" stays with the unit either way (rule 2).

The table's places are matched by exact key only (dict lookups, about a microsecond); the fuzzy search never runs
over the whole world, only inside a context unit or country and only when nothing matched exactly.
"""

from __future__ import annotations

import functools
import math
import os
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from rapidfuzz import fuzz, process

from sitrep.geo.normalize import (
    acronym,
    district_stem,
    has_admin_designator,
    normalize_name,
    settlement_stem,
    skeleton,
)
from sitrep.model import Place, Span, trusted_record

if TYPE_CHECKING:
    from sitrep.geo.places import PlaceTable

Level = Literal["country", "admin1", "admin2", "admin3", "locality"]

DEFAULT_FOCUS: tuple[str, ...] = ("SY", "IQ")
"""Countries whose admin-1 names resolve without a context country."""

FUZZY_CUTOFF = 92
"""Lowest rapidfuzz ratio (0-100) for an admin-1 spelling not listed; used only inside the context country."""
PLACE_FUZZY_CUTOFF = 90
"""The same for localities and districts, over the keys of the context unit (or country) only, for keys of at
least ``PLACE_FUZZY_MIN_LENGTH`` letters: "Shuhail" is not "Suhayl", but "Khan Shaykhun" is "Khan Sheikhoun"."""
PLACE_FUZZY_MIN_LENGTH = 6
SKELETON_MIN_LENGTH = 5
"""Skeletons shorter than this ("ktl": Kotulo, Kitale) say too little to match on."""
SKELETON_RATIO = 75
"""A skeleton match must also be this close (rapidfuzz ratio) to one of the place's keys."""
DOMINANCE = 10
"""How many times the next homonym's population the most populous must have to win without other evidence."""
SMALL_POPULATION = 1_000
"""A population under this (or unknown: GeoNames' 0, every UCDP village) counts as this in the homonym rule."""
CITY_POPULATION = 100_000
"""A locality outside the context country is taken only when it is a focus country's city this big ("Mosul" in a
report about Syria); any other name not found in the context country stays unresolved ("Haidarabad", a village in
Afghanistan that GeoNames lacks, is not Hyderabad in Pakistan)."""
SAME_PLACE_KM = 5.0
"""Homonyms closer than this to a more populous one are the same place listed twice."""

_PRECISION: dict[str, int] = {"country": 4, "admin1": 3, "admin2": 2, "admin3": 2, "locality": 1}

_DIRECTIONS = frozenset({  # English and French
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
    "southwestern", "upper", "lower", "middle", "est", "nord", "sud", "ouest", "norte", "sul", "leste",
})
_UNIT_WORDS = frozenset({"region", "province", "state", "governorate", "county", "district"})
_PLAIN_WORDS = frozenset({  # plain English words that some unit somewhere is called
    "capital", "coast", "coastal", "islands", "interior", "lakes", "bay", "delta", "rivers", "unity", "plateau",
    "littoral", "sahel", "first", "federal", "forest", "golden", "gulf", "trinity", "cascade", "store", "pool",
    "vale", "bar", "bride", "arctic", "colon", "pest", "para", "male", "meta", "isla", "lac", "van", "chin", "mon",
    "nan", "sal", "sid", "mel", "se", "ha", "mus", "ig", "nip", "lib", "sant", "tak", "paul", "patrick", "michael",
    "douglas", "nelson", "german", "mary",
})
GENERIC_WORDS = _DIRECTIONS | _UNIT_WORDS | _PLAIN_WORDS
"""Words that name admin-1 units somewhere ("Centre", "Unity", "Bay", "Van") but are far more often plain words
(or macro-regions, which the extractor marks itself), and the extractor matches names in any case. A name made
only of them is left out of :meth:`Gazetteer.names`, except a plain word with a unit word ("Van Province",
"Chin State", "Unity State"); it still resolves when asked, with a context country. A hand-kept list, from
reading the single-word names: extend it as needed."""

NOT_LOCALITY_WORDS = frozenset({
    "the", "a", "an", "of", "and", "in", "on", "at", "to", "city", "town", "village", "area", "camp", "border",
    "police", "army", "military", "security", "government", "forces", "force", "state", "islamic", "national",
    "hospital", "school", "university", "airport", "base", "prison", "market", "mosque", "church", "bridge",
    "highway", "road", "street", "square", "station", "office", "headquarters", "parliament", "palace", "embassy",
    "president", "minister", "ministry", "people", "union", "alliance", "front", "movement", "party", "brigade",
    "battalion", "division", "regiment", "unit", "group", "commander", "general", "colonel", "captain", "al",
    "media", "news", "agency", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "reuters", "christian", "muslim", "kurdish", "arab", "turkish", "russian", "american", "syrian",
    "iraqi", "afghan", "taliban", "shabaab", "hope", "victory", "liberty", "independence", "freedom", "peace",
})
"""Words that GeoNames knows as a town somewhere (Police in Poland, Mobile in Alabama is not here: it is a city
news names) but that conflict reporting uses as plain words. A name made only of these and
:data:`GENERIC_WORDS` resolves to a locality or district only inside a context country. Hand-kept: extend it."""


@dataclass(frozen=True, slots=True, eq=False)
class Entry:
    """One place the gazetteer can resolve a name to (compared by identity).

    ``code`` is the ISO 3166-2 code of an admin-1 unit (None where ISO has none, e.g. Halabja) and
    ``geonames_code`` its GeoNames code (``SY.07``); ``names`` are its surface forms, canonical first (countries
    and admin-1 units only: localities are indexed by key); ``homonyms`` forms that resolve to it only with the
    country as context or with a unit word, because they also name a populated place elsewhere (found when the
    table was built) or were withdrawn by hand. A district or locality points at the admin-1 ``unit`` it lies in
    and names its ``admin2`` district; ``population`` is GeoNames' (0: unknown); ``key`` is the key of its own
    name, as opposed to an alternate one.
    """

    level: Level
    country: str
    name: str
    code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    gazetteer_id: str | None = None
    names: tuple[str, ...] = ()
    homonyms: frozenset[str] = frozenset()
    geonames_code: str | None = None
    unit: Entry | None = None
    admin2: str | None = None
    population: int = 0
    key: str | None = None

    @property
    def precision(self) -> int:
        """``Place.geo_precision`` of a mention resolved to this entry."""
        return _PRECISION[self.level]

    def place(self, written: str, span: Span | None = None, *, precision: int | None = None) -> Place:
        """A Place for a mention of this entry, keeping the name as written (``precision`` overrides the level's,
        never to a finer one)."""
        if self.level == "admin1":
            admin1, admin1_code = self.name, self.code
        elif self.unit is not None:
            admin1, admin1_code = self.unit.name, self.unit.code
        else:
            admin1 = admin1_code = None
        admin2 = self.name if self.level == "admin2" else self.admin2
        values = {"name": written, "country": self.country, "admin1": admin1, "admin1_code": admin1_code,
                  "admin2": admin2, "locality": self.name if self.level == "locality" else None,
                  "latitude": self.latitude, "longitude": self.longitude,
                  "geo_precision": max(self.precision, precision or 0), "gazetteer_id": self.gazetteer_id, "span": span}
        if type(written) is str and (span is None or type(span) is Span):
            # The entry's fields are of their types already (strings, floats read by float(), a precision of 1 to 4),
            # and so are a plain string and a Span record: the record is made without validating them again (every
            # place candidate of every document comes through here). Anything else is validated as before.
            return trusted_record(Place, values)
        return Place(**values)


def _generic(form: str) -> bool:
    words = set(form.lower().replace("-", " ").split())
    if not words <= GENERIC_WORDS:
        return False
    return not (words & _UNIT_WORDS and words & _PLAIN_WORDS)


def _plain(form: str) -> bool:
    """True for a name made only of plain words ("North", "Police", "the Army"): no locality without context."""
    words = set(form.lower().replace("-", " ").replace(".", " ").split())
    return bool(words) and words <= (GENERIC_WORDS | NOT_LOCALITY_WORDS)


def _km(a: Entry, b: Entry) -> float:
    if a.latitude is None or b.latitude is None or a.longitude is None or b.longitude is None:
        return math.inf
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def _by_population(localities: Sequence[Entry]) -> Entry | _Ambiguous:
    """The homonym rule: the only one, or the most populous when it dwarfs the rest (see the module's rules)."""
    if len(localities) == 1:
        return localities[0]
    ranked = sorted(localities, key=lambda e: e.population, reverse=True)
    top = ranked[0]
    others = [e for e in ranked[1:] if _km(e, top) > SAME_PLACE_KM]
    if not others or top.population >= DOMINANCE * max(others[0].population, SMALL_POPULATION):
        return top
    return AMBIGUOUS


class Match(NamedTuple):
    """What :meth:`Gazetteer.match` found: the entry, and ``near`` when the mention said "X district" and only
    the town X matched (the place is then the district around the town: precision 2)."""

    entry: Entry
    near: bool


class _Ambiguous:
    """A scope had candidates but could not choose: the answer is None, and no wider scope is tried."""


AMBIGUOUS = _Ambiguous()
_ALTERNATIVES = re.compile(r"\s*/\s*|\s*\(\s*|\s*\)\s*")
_CACHE_SIZE = 1 << 17


def _known_forms(entries: Sequence[Entry]) -> dict[str, list]:
    """``form → [acronym(form), normalize_name(form, articles=False), normalize_name(form)]`` for every name and
    homonym of ``entries``: ~17,000 forms at 10 µs each are a fifth of a second at every start, so the answers are
    kept in the disk cache, named by the forms and by the normalising code. Empty when the cache is off."""
    from sitrep import diskcache

    forms = sorted({form for entry in entries for form in (*entry.names, *entry.homonyms)})
    name = f"gazetteer-forms-{diskcache.fingerprint(*forms, files=[Path(__file__), Path(normalize_name_file())])}.json"
    if diskcache.directory() is None:
        return {}
    cached = diskcache.read(name)
    if isinstance(cached, dict) and len(cached) == len(forms):
        return cached
    known = {form: [acronym(form), normalize_name(form, articles=False), normalize_name(form)] for form in forms}
    diskcache.write(name, known)
    return known


def normalize_name_file() -> str:
    """The file that defines :func:`normalize_name` and :func:`acronym` (its edits make new cache entries)."""
    import sitrep.geo.normalize

    return str(sitrep.geo.normalize.__file__)


class Gazetteer:
    """Countries, admin-1 units, districts and localities with their spellings; resolves a mention to a
    :class:`~sitrep.model.Place`.

    >>> g = Gazetteer.default()
    >>> g.resolve("Deir Ezzor").admin1_code, g.resolve("Borno", country="NG").admin1_code, g.country("DR Congo")
    ('SY-DY', 'NG-BO', 'CD')
    >>> g.resolve("Gharanij", admin1="Deir ez-Zor").geo_precision
    1
    """

    def __init__(self, entries: Iterable[Entry], *, focus: Iterable[str] = DEFAULT_FOCUS,
                 places: Path | Traversable | PlaceTable | None = None, extra: Iterable[Entry] = ()) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.focus: frozenset[str] = frozenset(code.upper() for code in focus)
        self._countries: dict[str, list[Entry]] = {}
        self._admin1: dict[str, list[Entry]] = {}
        self._acronyms: dict[str, list[Entry]] = {}
        self._homonyms: set[tuple[str, Entry]] = set()
        self._by_country: dict[str, list[tuple[str, Entry]]] | None = None
        self._units: dict[str, Entry] = {}  # GeoNames admin-1 code and ISO 3166-2 code → unit
        known = _known_forms(self.entries)
        for entry in self.entries:
            self._index(entry, known)
        self._places_source = places
        self._table: PlaceTable | None = None
        self._table_lock = threading.Lock()
        self._rows: dict[int, Entry] = {}
        self._extra: dict[str, list[Entry]] = {}
        self._scopes: dict[tuple[str, str | None], tuple[list[str], list[int], dict[str, set[int]]]] = {}
        for entry in extra:
            self.add(entry, [entry.name])
        self._cache: dict[tuple[str, str | None, str | Entry | None, bool], tuple[Entry | None, bool]] = {}

    @classmethod
    def load(cls, directory: str | Path | Traversable | None = None, *, focus: Iterable[str] = DEFAULT_FOCUS,
             extra: Iterable[str | Path] = ()) -> Gazetteer:
        """Read the tables in ``directory`` (default: the ones shipped in ``sitrep/data/geo``), plus the user's
        place files in ``extra`` (CSV: ``name,country,admin1,admin2,latitude,longitude[,alternate_names]``).

        The place table (``places.tsv.gz``) is read on first use; a directory without one gives a gazetteer of
        countries and admin-1 units only. Raises :class:`~sitrep.errors.ConfigError` when a table is missing or
        malformed, or a user's file is.
        """
        from sitrep.geo.tables import default_directory, read_entries  # tables builds Entry records

        folder: Path | Traversable = Path(directory) if isinstance(directory, str | Path) else (
            directory or default_directory())
        gazetteer = cls(read_entries(folder), focus=focus, places=folder / "places.tsv.gz")
        for path in extra:
            gazetteer.add_file(path)
        return gazetteer

    @classmethod
    @functools.cache
    def default(cls) -> Gazetteer:
        """The shipped gazetteer, loaded once per process, with the user's place files from the ``places``
        setting (``SITREP_PLACES``: paths separated by ``os.pathsep``) when there is one."""
        from sitrep import settings

        files: list[str] = []
        if "places" in settings.SETTINGS:
            chosen = settings.get("places")
            files = [p for p in str(chosen).split(os.pathsep) if p] if chosen else []
        return cls.load(extra=files)

    # ----------------------------------------------------------------------------------------------- public

    def resolve(self, name: str, *, country: str | None = None, admin1: str | Entry | None = None,
                prefer_locality: bool = False) -> Place | None:
        """The place ``name`` denotes; None when unsure or unknown.

        ``country`` (ISO alpha-2) and ``admin1`` (a unit's name, ISO 3166-2 or GeoNames code) are the context
        the document has already given; ``prefer_locality`` reads a name shared by a unit and its seat as the
        town (see the module's rules).
        """
        entry, near = self._lookup(name, country, admin1, prefer_locality)
        if entry is None:
            return None
        return entry.place(name, precision=2 if near else None)

    def country(self, name: str) -> str | None:
        """The ISO alpha-2 code when ``name`` is the name of a country (or of a country-level area)."""
        entry = self.lookup(name)
        return entry.country if entry is not None and entry.level == "country" else None

    def names(self) -> list[str]:
        """Every surface form of a country or admin-1 unit, sorted, for a phrase matcher (not the localities:
        hundreds of thousands of names belong in a lookup, not in a matcher).

        Short all-capital forms ("US", "DRC") are meant to be matched case-sensitively (see :func:`acronym`).
        Forms made only of :data:`GENERIC_WORDS` ("North East", "Centre") are left out.
        """
        return sorted({form for entry in self.entries for form in entry.names if not _generic(form)})

    def lookup(self, name: str, *, country: str | None = None, admin1: str | Entry | None = None,
               prefer_locality: bool = False) -> Entry | None:
        """The :class:`Entry` behind :meth:`resolve`, for callers that want the canonical record."""
        return self._lookup(name, country, admin1, prefer_locality)[0]

    def match(self, name: str, *, country: str | None = None, admin1: str | Entry | None = None,
              prefer_locality: bool = False) -> Match | None:
        """The entry and whether the mention was "X district" answered by the town X (precision 2 then)."""
        entry, near = self._lookup(name, country, admin1, prefer_locality)
        return Match(entry, near) if entry is not None else None

    def unit(self, code_or_name: str, *, country: str | None = None) -> Entry | None:
        """The admin-1 unit for an ISO 3166-2 code ("SY-DY"), a GeoNames code ("SY.07") or a name."""
        if not isinstance(code_or_name, str) or not code_or_name.strip():
            return None
        text = code_or_name.strip()
        found = self._units.get(text.upper())
        if found is not None:
            return found
        # The caller says it is a unit: a town elsewhere of that name ("Faryab") does not make it ambiguous.
        context = country.strip().upper() if isinstance(country, str) and country.strip() else None
        return self._admin1_match(normalize_name(text), context, designated=True)

    def add(self, entry: Entry, forms: Iterable[str]) -> None:
        """Add a locality (a user's place) under the keys of ``forms``. It wins over shipped places of the same
        key in its scope: a user's row is a correction or an addition."""
        for key in {normalize_name(f) for f in forms} - {""}:
            self._extra.setdefault(key, []).append(entry)
        self._cache.clear()

    def add_file(self, path: str | Path) -> int:
        """Add the places of a user's CSV (see :func:`~sitrep.geo.places.read_user_places`); returns how many.

        ``admin1`` must be empty or a unit the gazetteer knows in that country, else a ConfigError names the line.
        """
        from sitrep.errors import ConfigError
        from sitrep.geo.places import read_user_places

        count = 0
        for line, cells, forms in read_user_places(path):
            country = cells["country"].upper()
            unit = None
            if cells["admin1"]:
                unit = self.unit(cells["admin1"], country=country)
                if unit is None or unit.country != country:
                    raise ConfigError(f"{path}:{line}: admin1 {cells['admin1']!r} is not an admin-1 unit of "
                                      f"{country}; leave it empty or give its ISO 3166-2 code")
            entry = Entry(level="locality", country=country, name=cells["name"], latitude=float(cells["latitude"]),
                          longitude=float(cells["longitude"]), gazetteer_id=f"user:{Path(path).name}:{line}",
                          unit=unit, admin2=cells.get("admin2") or None, key=normalize_name(cells["name"]))
            self.add(entry, forms)
            count += 1
        return count

    @property
    def places(self) -> PlaceTable | None:
        """The locality and district table, read now if it has not been (None when the gazetteer has none)."""
        if self._table is None and self._places_source is not None:
            with self._table_lock:
                if self._table is None and self._places_source is not None:
                    from sitrep.geo.places import PlaceTable

                    source = self._places_source
                    if isinstance(source, PlaceTable):
                        self._table = source
                    elif source.is_file():
                        self._table = PlaceTable.read(source)
                    else:
                        self._places_source = None  # a directory of admin tables only (tests, custom data)
        return self._table

    # ---------------------------------------------------------------------------------------------- lookup

    def _lookup(self, name: str, country: str | None, admin1: str | Entry | None,
                prefer_locality: bool) -> tuple[Entry | None, bool]:
        """(entry, near): ``near`` when the name said "district" but only a town of that name was found."""
        text = name.strip() if isinstance(name, str) else ""
        if not text:
            return None, False
        context = country.strip().upper() if isinstance(country, str) and country.strip() else None
        unit_text = admin1 if isinstance(admin1, Entry) else (
            admin1.strip() if isinstance(admin1, str) and admin1.strip() else None)
        cache_key = (text, context, unit_text, prefer_locality)
        found = self._cache.get(cache_key)
        if found is None:
            found = self._decide(text, context, unit_text, prefer_locality)
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[cache_key] = found
        return found

    def _decide(self, text: str, context: str | None, unit_text: str | Entry | None,
                prefer_locality: bool) -> tuple[Entry | None, bool]:
        if isinstance(unit_text, Entry):
            unit = unit_text if unit_text.level == "admin1" else None
        else:
            unit = self.unit(unit_text, country=context) if unit_text else None
        if unit is not None and context is None:
            context = unit.country
        if unit is not None and unit.country != context:
            unit = None  # a governorate of another country is no context for this one
        abbreviation = acronym(text)
        if abbreviation is not None and abbreviation in self._acronyms:
            return self._pick_acronym(self._acronyms[abbreviation], context), False
        key = normalize_name(text)
        if has_admin_designator(text):
            return self._admin1_match(key, context, designated=True) or self._country(text, context), False
        countries = self._countries.get(normalize_name(text, articles=False), [])
        if countries:
            return self._country(text, context), False
        stem = district_stem(text)
        if stem is not None and key not in self._admin1:
            return self._district(normalize_name(stem), context, unit)
        # Exact keys first, for the name whole, then less a settlement word, then each of its alternatives; only
        # then near spellings (they cost a search over the context's keys).
        found = self._scoped(text, key, context, unit, prefer_locality, fuzzy=False)
        if found is not None:
            return found, False
        town = settlement_stem(text)
        if town is not None:  # "Shuhayl town", "the city of Raqqa": the town itself
            found = self._scoped(town, normalize_name(town), context, unit, True, fuzzy=False)
            if found is not None:
                return found, False
        parts = [p.strip() for p in _ALTERNATIVES.split(text) if p.strip()]
        if len(parts) > 1:  # "Tadmur/Palmyra", "Al-Rai (Choban Bey)": one place under two names
            found = {id(e): e for e in (self._decide(p, context, unit, prefer_locality)[0] for p in parts) if e}
            return (next(iter(found.values())) if len(found) == 1 else None), False
        if town is not None:
            return self._scoped(town, normalize_name(town), context, unit, True), False
        return self._scoped(text, key, context, unit, prefer_locality), False

    def _country(self, text: str, context: str | None) -> Entry | None:
        countries = self._countries.get(normalize_name(text, articles=False), [])
        if len(countries) == 1:
            return countries[0]
        local = [e for e in countries if e.country == context]  # the same name for two countries: context decides
        return local[0] if len(local) == 1 else None

    def _scoped(self, text: str, key: str, context: str | None, unit: Entry | None,
                prefer_locality: bool, *, fuzzy: bool = True) -> Entry | None:
        units = self._admin1.get(key, [])
        if unit is not None:  # a. inside the context unit
            if unit in units:
                return self._seat(unit, key) if prefer_locality else unit
            found = self._choose(*self._candidates(key, unit=unit), key)
            if found is not None:
                return None if found is AMBIGUOUS else found  # type: ignore[return-value]
        if context is not None:  # b. inside the context country
            local = [e for e in units if e.country == context]
            if local:
                if len(local) > 1:
                    return None
                return self._seat(local[0], key) if prefer_locality else local[0]
            found = self._choose(*self._candidates(key, country=context), key)
            if found is not None:
                return None if found is AMBIGUOUS else found  # type: ignore[return-value]
            near = self._fuzzy(key, context) if fuzzy else None
            if near is not None:
                return self._seat(near, key) if prefer_locality else near
            near = self._fuzzy_place(key, context, unit) if fuzzy else None
            if near is not None:
                return near
        # c. without context, or nothing of that name in it
        admin = self._without_context(key, units, designated=False)
        if admin is not None:
            return self._seat(admin, key) if prefer_locality else admin
        if _plain(text):
            return None
        localities, districts = self._candidates(key)
        if context is not None:  # out of context, as for units: only a focus country's city, never a district
            localities = [e for e in localities if e.population >= CITY_POPULATION and e.country in self.focus]
            districts = []
        found = self._choose(localities, districts, key)
        if not isinstance(found, Entry):
            return None
        if units:  # a unit of that name exists: a town wins only as the seat of the one unit ("Lagos" is Lagos
            # State's; "Jerusalem" names units of two countries and stays undecided)
            if len(units) == 1 and found.level == "locality" and found.unit is units[0]:
                return found if prefer_locality else found.unit
            return None
        return found

    def _district(self, key: str, context: str | None, unit: Entry | None) -> tuple[Entry | None, bool]:
        """ "X district": the district X, else the town X (precision 2: the district around it)."""
        for scope in ({"unit": unit} if unit is not None else None, {"country": context} if context else None, {}):
            if scope is None:
                continue
            localities, districts = self._candidates(key, **scope)  # type: ignore[arg-type]
            if districts:
                found = self._choose([], districts)
                return (found if isinstance(found, Entry) else None), False
            if localities:
                found = self._choose(localities, [], key)
                return (found if isinstance(found, Entry) else None), True
        return None, False

    def _seat(self, unit: Entry, key: str) -> Entry:
        """The town of ``unit``'s own name inside it (Aleppo in Aleppo Governorate), else the unit."""
        localities, _ = self._candidates(key, unit=unit)
        found = self._choose(localities, [], key)
        return found if isinstance(found, Entry) else unit

    # ------------------------------------------------------------------------------------------ candidates

    def _candidates(self, key: str, *, unit: Entry | None = None,
                    country: str | None = None) -> tuple[list[Entry], list[Entry]]:
        """(localities, districts) with ``key``, inside ``unit`` or ``country`` when given. A user's places of
        that key in the scope replace the shipped ones."""
        def inside(entry: Entry) -> bool:
            if unit is not None:
                return entry.unit is unit
            return country is None or entry.country == country

        extra = [e for e in self._extra.get(key, ()) if inside(e)]
        if extra:
            return extra, []
        table = self.places
        if table is None:
            return [], []
        localities, districts = [], []
        for number in table.rows(key):
            entry = self._row(number)
            if inside(entry):
                (localities if entry.level == "locality" else districts).append(entry)
        return localities, districts

    def _row(self, number: int) -> Entry:
        entry = self._rows.get(number)
        if entry is None:
            record = self.places.record(number)  # type: ignore[union-attr]
            entry = Entry(level=record.level if record.level in ("admin2", "admin3") else "locality",  # type: ignore[arg-type]
                          country=record.country,
                          name=record.name, latitude=record.latitude, longitude=record.longitude,
                          gazetteer_id=record.gazetteer_id, unit=self._units.get(record.admin1),
                          admin2=record.admin2 or None, population=record.population, key=record.key)
            self._rows[number] = entry
        return entry

    @staticmethod
    def _choose(localities: Sequence[Entry], districts: Sequence[Entry], key: str | None = None
                ) -> Entry | _Ambiguous | None:
        """The locality by the homonym rule, else the one district; AMBIGUOUS when there are candidates but no
        choice; None when there are none.

        Places whose own name has ``key`` go first: one that matches only by an alternate name (often a former or
        foreign name: Saimbeyli in Turkey was Hajin) gives way unless it is ``DOMINANCE`` times bigger.
        """
        if localities:
            own = [e for e in localities if e.key == key] if key else []
            if own and len(own) < len(localities):
                winner = _by_population(own)
                if isinstance(winner, Entry) and all(
                        e.population < DOMINANCE * max(winner.population, SMALL_POPULATION)
                        for e in localities if e.key != key):
                    return winner
            return _by_population(localities)
        if districts:  # a district before a sub-district of the same name (Abu Ghraib district, Abu Ghraib nahiya)
            pool = [e for e in districts if e.level == "admin2"] or list(districts)
            return pool[0] if len(pool) == 1 else AMBIGUOUS
        return None

    def _fuzzy_place(self, key: str, country: str, unit: Entry | None) -> Entry | None:
        """A near spelling inside ``unit`` (or ``country``): first the one place there with the same
        :func:`skeleton`, else the best rapidfuzz ratio >= ``PLACE_FUZZY_CUTOFF`` with one clear winner."""
        if len(key) < PLACE_FUZZY_MIN_LENGTH:
            return None
        scope = self._fuzzy_scope(country, unit)
        if scope is None:
            return None
        keys, rows, skeletons = scope
        bones = skeleton(key)
        same = skeletons.get(bones, ()) if len(bones) >= SKELETON_MIN_LENGTH else ()
        if len(same) == 1:
            number = next(iter(same))
            if any(fuzz.ratio(key, k) >= SKELETON_RATIO for k in self.places.keys_of(number)):  # type: ignore[union-attr]
                return self._row(number)
        found = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=PLACE_FUZZY_CUTOFF, limit=None)
        if not found:
            return None
        best = max(score for _, score, _ in found)
        chosen = self._choose(*self._split([self._row(n) for n in sorted({rows[i] for _, s, i in found
                                                                             if s == best})]))
        return chosen if isinstance(chosen, Entry) else None

    def _fuzzy_scope(self, country: str, unit: Entry | None
                     ) -> tuple[list[str], list[int], dict[str, set[int]]] | None:
        """(keys, their rows, skeleton → rows) of the places of a unit or country, built once and kept."""
        table = self.places
        if table is None:
            return None
        code = (unit.code or unit.geonames_code) if unit is not None else None
        cached = self._scopes.get((country, code))
        if cached is None:
            pairs = table.keys_in(country)
            if code is not None:
                pairs = [(k, n) for k, n in pairs if table.admin1_of(n) == code]
            skeletons: dict[str, set[int]] = {}
            for k, n in pairs:
                if len(k) >= PLACE_FUZZY_MIN_LENGTH:
                    skeletons.setdefault(skeleton(k), set()).add(n)
            cached = ([k for k, _ in pairs], [n for _, n in pairs], skeletons)
            self._scopes[(country, code)] = cached
        return cached if cached[0] else None

    @staticmethod
    def _split(entries: list[Entry]) -> tuple[list[Entry], list[Entry]]:
        return [e for e in entries if e.level == "locality"], [e for e in entries if e.level != "locality"]

    # ---------------------------------------------------------------------------------------------- private

    def _index(self, entry: Entry, known: dict[str, list] | None = None) -> None:
        """Index ``entry`` under its names' keys; ``known`` has them already made (see :func:`_known_forms`)."""
        table = self._countries if entry.level == "country" else self._admin1
        articles = entry.level != "country"
        keys: set[str] = set()
        for form in entry.names:
            done = known.get(form) if known else None
            abbreviation = acronym(form) if done is None else done[0]
            if abbreviation is not None:
                bucket = self._acronyms.setdefault(abbreviation, [])
                if entry not in bucket:
                    bucket.append(entry)
                continue
            key = normalize_name(form, articles=articles) if done is None else done[1 + articles]
            if key:
                keys.add(key)
        for key in keys:
            table.setdefault(key, []).append(entry)
        for form in entry.homonyms:
            done = known.get(form) if known else None
            self._homonyms.add((normalize_name(form, articles=articles) if done is None else done[1 + articles],
                                entry))
        if entry.geonames_code:  # admin-1 units and country-level areas (the Gaza Strip)
            self._units[entry.geonames_code] = entry
            if entry.code:
                self._units[entry.code] = entry

    def _admin1_match(self, key: str, context: str | None, *, designated: bool = False) -> Entry | None:
        candidates = self._admin1.get(key, [])
        if context is not None:
            local = [e for e in candidates if e.country == context]
            if local:
                return local[0] if len(local) == 1 else None
            near = self._fuzzy(key, context)
            if near is not None:
                return near
        return self._without_context(key, candidates, designated=designated)

    def _without_context(self, key: str, candidates: list[Entry], *, designated: bool) -> Entry | None:
        focus = [e for e in candidates if e.country in self.focus]
        if focus:
            return focus[0] if len(focus) == 1 else None
        # A town elsewhere called "Gaza" does not make "Gaza Governorate" ambiguous: the designator says it is a unit.
        if len(candidates) == 1 and (designated or (key, candidates[0]) not in self._homonyms):
            return candidates[0]
        return None

    def _pick_acronym(self, candidates: list[Entry], context: str | None) -> Entry | None:
        countries = [e for e in candidates if e.level == "country"]
        pool = countries or candidates
        if len(pool) > 1 and context is not None:
            pool = [e for e in pool if e.country == context]
        return pool[0] if len(pool) == 1 else None

    def _fuzzy(self, key: str, context: str) -> Entry | None:
        if len(key) < 5:
            return None
        if self._by_country is None:
            by_country: dict[str, list[tuple[str, Entry]]] = {}
            for k, entries in self._admin1.items():
                for e in entries:
                    by_country.setdefault(e.country, []).append((k, e))
            self._by_country = by_country
        choices = self._by_country.get(context, [])
        if not choices:
            return None
        found = process.extract(key, [k for k, _ in choices], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                                limit=None)
        if not found:
            return None
        best = max(score for _, score, _ in found)
        winners = {id(choices[i][1]): choices[i][1] for _, score, i in found if score == best}
        return next(iter(winners.values())) if len(winners) == 1 else None
