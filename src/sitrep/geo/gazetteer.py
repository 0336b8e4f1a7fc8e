"""The gazetteer: every name it knows, indexed by :func:`~sitrep.geo.normalize.normalize_name`, and the rules that
pick one place for a mention.

Four levels of :class:`Entry`: countries (precision 4) and admin-1 units (3), loaded at once from small tables;
districts — admin-2 units — (2) and localities (1), from the big place table, read on first use
(:mod:`sitrep.geo.places`). How ``Gazetteer.resolve(name, country=, admin1=)`` decides, in order:

1. A short all-capital name ("US", "U.S.", "DRC", "the UK") is looked up as written, case and all; "us" is not.
2. A name that says it is an administrative unit ("Niger State", "Governorate of Nineveh") prefers the unit.
3. A country name wins over anything else of that name ("Georgia" is the country, "Niger" is Niger, "Lebanon"
   is never the town in Pennsylvania). Country-level areas ("the Gaza Strip") count as the country.
4. A name that says it is a district ("Nad Ali district", "Qada Sinjar") is looked up among districts, then among
   localities (the district around a town); either way precision 2.
5. Otherwise the candidates are searched scope by scope, narrowest first, and the first scope with any candidate
   decides (if it cannot choose, the answer is None: a wider scope would only add homonyms):

   a. inside the context admin-1 unit (``admin1=``): the unit itself, its localities, its districts;
   b. inside the context country: an admin-1 unit of that name, then its localities, then its districts;
      then near spellings (rapidfuzz ratio >= 92 for units, >= 90 for places, over the keys of that unit or
      country only, one clear winner);
   c. without context (or when the context has no candidate): an admin-1 unit of a focus country (Syria and
      Iraq by default), else an admin-1 unit whose name is unique worldwide and names no populated place elsewhere,
      else a locality, else a district — each only under the homonym rule below.

   Among localities of one scope: one place → it; several → the most populous, when it has at least
   ``DOMINANCE`` (10) times the population of the next (a population under ``SMALL_POPULATION`` (1,000) or
   unknown counts as 1,000, so a village never wins over another village), e.g. "Paris" (France, 2.1 M, against
   Texas, 25 k) or "Mosul"; homonyms within ``SAME_PLACE_KM`` (5 km) of a bigger one are the same place (GeoNames
   lists some towns twice). Districts have no population: only one may match. Names made only of plain words
   ("North", "Centre", "Police") never resolve to a locality or district without context.

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
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz, process

from sitrep.geo.normalize import acronym, has_admin_designator, normalize_name
from sitrep.model import Place, Span

Level = Literal["country", "admin1"]

DEFAULT_FOCUS: tuple[str, ...] = ("SY", "IQ")
"""Countries whose admin-1 names resolve without a context country."""

FUZZY_CUTOFF = 92
"""Lowest rapidfuzz ratio (0-100) for a spelling not listed; used only inside the context country."""

_PRECISION: dict[str, int] = {"country": 4, "admin1": 3}

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


@dataclass(frozen=True, slots=True, eq=False)
class Entry:
    """One place the gazetteer can resolve a name to (compared by identity).

    ``code`` is the ISO 3166-2 code of an admin-1 unit (None where ISO has none, e.g. Halabja); ``names`` are its
    surface forms, canonical first; ``homonyms`` forms that resolve to it only with the country as context or
    with a unit word, because they also name a populated place elsewhere (found when the table was built) or
    were withdrawn by hand.
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

    @property
    def precision(self) -> int:
        """``Place.geo_precision`` of a mention resolved to this entry."""
        return _PRECISION[self.level]

    def place(self, written: str, span: Span | None = None) -> Place:
        """A Place for a mention of this entry, keeping the name as written."""
        admin1 = self.name if self.level == "admin1" else None
        return Place(name=written, country=self.country, admin1=admin1,
                     admin1_code=self.code if admin1 is not None else None, latitude=self.latitude,
                     longitude=self.longitude, geo_precision=self.precision, gazetteer_id=self.gazetteer_id,
                     span=span)


def _generic(form: str) -> bool:
    words = set(form.lower().replace("-", " ").split())
    if not words <= GENERIC_WORDS:
        return False
    return not (words & _UNIT_WORDS and words & _PLAIN_WORDS)


class Gazetteer:
    """Countries and admin-1 units with their spellings; resolves a mention to a :class:`~sitrep.model.Place`.

    >>> g = Gazetteer.default()
    >>> g.resolve("Deir Ezzor").admin1_code, g.resolve("Borno", country="NG").admin1_code, g.country("DR Congo")
    ('SY-DY', 'NG-BO', 'CD')
    """

    def __init__(self, entries: Iterable[Entry], *, focus: Iterable[str] = DEFAULT_FOCUS) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.focus: frozenset[str] = frozenset(code.upper() for code in focus)
        self._countries: dict[str, list[Entry]] = {}
        self._admin1: dict[str, list[Entry]] = {}
        self._acronyms: dict[str, list[Entry]] = {}
        self._homonyms: set[tuple[str, Entry]] = set()
        self._by_country: dict[str, list[tuple[str, Entry]]] | None = None
        for entry in self.entries:
            self._index(entry)

    @classmethod
    def load(cls, directory: str | Path | Traversable | None = None, *,
             focus: Iterable[str] = DEFAULT_FOCUS) -> Gazetteer:
        """Read the tables in ``directory`` (default: the ones shipped in ``sitrep/data/geo``).

        Raises :class:`~sitrep.errors.ConfigError` when a table is missing or malformed.
        """
        from sitrep.geo.tables import read_entries  # tables builds Entry records: imported here, not at the top

        return cls(read_entries(directory), focus=focus)

    @classmethod
    @functools.cache
    def default(cls) -> Gazetteer:
        """The shipped gazetteer, loaded once per process."""
        return cls.load()

    # ----------------------------------------------------------------------------------------------- public

    def resolve(self, name: str, *, country: str | None = None) -> Place | None:
        """The place ``name`` denotes, preferring ``country`` (ISO alpha-2) when given; None when unsure."""
        entry = self.lookup(name, country=country)
        return entry.place(name) if entry is not None else None

    def country(self, name: str) -> str | None:
        """The ISO alpha-2 code when ``name`` is the name of a country (or of a country-level area)."""
        entry = self.lookup(name)
        return entry.country if entry is not None and entry.level == "country" else None

    def names(self) -> list[str]:
        """Every surface form known (countries and admin-1 variants), sorted, for a phrase matcher.

        Short all-capital forms ("US", "DRC") are meant to be matched case-sensitively (see :func:`acronym`).
        Forms made only of :data:`GENERIC_WORDS` ("North East", "Centre") are left out.
        """
        return sorted({form for entry in self.entries for form in entry.names if not _generic(form)})

    def lookup(self, name: str, *, country: str | None = None) -> Entry | None:
        """The :class:`Entry` behind :meth:`resolve`, for callers that want the canonical record."""
        text = name.strip() if isinstance(name, str) else ""
        if not text:
            return None
        context = country.strip().upper() if isinstance(country, str) and country.strip() else None
        abbreviation = acronym(text)
        if abbreviation is not None and abbreviation in self._acronyms:
            return self._pick_acronym(self._acronyms[abbreviation], context)
        designated = has_admin_designator(text)
        admin1 = self._admin1_match(normalize_name(text), context, designated=designated)
        if admin1 is not None and designated:
            return admin1
        countries = self._countries.get(normalize_name(text, articles=False), [])
        if len(countries) == 1:
            return countries[0]
        if countries:  # the same name for two countries: only context decides
            local = [e for e in countries if e.country == context]
            return local[0] if len(local) == 1 else None
        return admin1

    # ---------------------------------------------------------------------------------------------- private

    def _index(self, entry: Entry) -> None:
        table = self._countries if entry.level == "country" else self._admin1
        articles = entry.level != "country"
        keys: set[str] = set()
        for form in entry.names:
            abbreviation = acronym(form)
            if abbreviation is not None:
                bucket = self._acronyms.setdefault(abbreviation, [])
                if entry not in bucket:
                    bucket.append(entry)
                continue
            key = normalize_name(form, articles=articles)
            if key:
                keys.add(key)
        for key in keys:
            table.setdefault(key, []).append(entry)
        for form in entry.homonyms:
            self._homonyms.add((normalize_name(form, articles=articles), entry))

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
