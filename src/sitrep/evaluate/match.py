"""When a predicted value counts as the coded one: actors, places, distances and numbers stated in text.

Every rule here is deliberately loose in one documented way and strict otherwise, so that a score measures
sitrep and not the publishers' naming conventions.

**Actors.** Both sides go through the same resolution (:meth:`ActorMatcher.resolve`), then match when any of:

1. they share a canonical name in the alias table (:class:`~sitrep.taxonomy.ActorTable`), or are one group and its
   affiliate (``ActorTable.same_side``: Islamic State ~ Islamic State Khorasan Province);
2. both are the state forces of the same country. ACLED writes "Military Forces of Afghanistan (2014-)",
   "Police Forces of Kenya (2013-) Prison Guards"; UCDP writes "Government of Syria"; the alias table has
   "Afghan National Defense and Security Forces" (kind ``state``, country ``AF``). ACLED's dated names and the
   branch (army, police) are not distinguished: one side per country, as UCDP counts it. State forces named
   without a country ("Military Forces", "Police Forces", "security forces", as extraction writes them when the
   text says "soldiers" or "police") match any state forces: a coded row is about one country's events;
3. both fall in the same generic class, read from the words (:data:`ACTOR_CLASSES`): civilians, protesters,
   rioters, unidentified armed men ("Unidentified Armed Group (Kenya)" ~ "unknown gunmen"), insurgents;
4. their names, less ACLED's parentheses, have the same transliteration-insensitive key (``normalize_name``:
   "Al Shabaab" ~ "al-Shabab"), for actors the alias table does not know and extraction keeps as written;
5. the gold name is in :data:`ACTOR_MAP` (names the publishers use for groups the alias table knows under another
   name: UCDP's "Jabhat Fateh al-Sham" is HTS's predecessor) or in the caller's own mapping.

A gold name that lists several actors ("A, B, SNA"; "Islamic State (Nigeria) and/or Boko Haram - JAS"; "NAF: United
Armed Forces of Novorossiya") matches when any of them does.

**Places.** Names compare by :func:`place_key`: ``normalize_name`` (case, diacritics, al-/ad-/ash-, Deir/Dayr…)
after dropping a trailing word that only says what kind of place it is ("Kabul city", "Teir Maaleh village",
"Ar Rastan district"). Admin-1 also matches by ISO 3166-2 code. District and location names also match when they
spell the same consonants with other vowels (:func:`same_place_name`: "Dawlat Abad" ~ "Dowlatābād", "Ghoryan" ~
"Ghōriyān", "Pul i Alam" ~ "Pul-e ‘Alam"): the gazetteer must not guess vowels when it *searches* among thousands
of names, but here one coded name is held against one predicted name, where a vowel is a transliteration choice.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from sitrep.extract.numbers import parse_words
from sitrep.geo import Gazetteer
from sitrep.geo.normalize import district_stem, normalize_name
from sitrep.taxonomy import ActorTable

__all__ = ["ACTOR_CLASSES", "ACTOR_MAP", "ActorMatcher", "ActorRef", "haversine_km", "place_key", "same_place_name",
           "stated_numbers"]

EARTH_RADIUS_KM = 6371.0088
"""Mean Earth radius (IUGG): the haversine distance's error against the ellipsoid is under 0.5%, far below the
tens of kilometres between a village and its district centre that the scores look at."""

ACTOR_CLASSES: dict[str, re.Pattern[str]] = {
    "civilians": re.compile(r"^(civilians?|villagers|residents|passengers)\b", re.IGNORECASE),
    "protesters": re.compile(r"^(protesters?|protestors?|demonstrators?)\b", re.IGNORECASE),
    "rioters": re.compile(r"^(rioters?|(an? )?(angry )?mobs?)\b", re.IGNORECASE),
    "unidentified": re.compile(r"^(unidentified|unknown|gunmen\b|assailants\b|attackers\b)"
                               r"|^(armed|masked) (men|gunmen|assailants)\b", re.IGNORECASE),
    "insurgents": re.compile(r"^(\w+ )?(insurgents?|rebels?|opposition (fighters|factions|groups))\b", re.IGNORECASE),
}
"""Generic actors by the words that name them, for both sides: ACLED's "Civilians (Kenya)", "Protesters (Israel)",
"Rioters (Kenya)", "Unidentified Armed Group (Kenya)", UCDP's "Syrian insurgents", and text kept as written such
as "unknown gunmen" or "protesters"."""

ACTOR_MAP: dict[str, tuple[str, ...]] = {
    # UCDP Syria: the rebel side and groups the alias table lists under later or umbrella names.
    "Syrian insurgents": ("Hay'at Tahrir al-Sham", "Syrian National Army"),
    "Jabhat Fateh al-Sham": ("Hay'at Tahrir al-Sham",),  # renamed Jabhat al-Nusra, merged into HTS in 2017
    "Jabhat al-Nusra": ("Hay'at Tahrir al-Sham",),
    "Hawar Kilis Operations Room": ("Syrian National Army",),  # the Turkish-backed coalition the SNA grew from
    "National Front for Liberation": ("Syrian National Army",),  # merged into the SNA in 2019
    # RAND: the names it gives the Islamic State's forerunners in Iraq.
    "Islamic State of Iraq": ("Islamic State",),
    "Tanzim Qa'idat al-Jihad fi Bilad al-Rafidayn": ("Islamic State",),  # al-Qaeda in Iraq, IS's forerunner
    "Al Qaeda in Iraq": ("Islamic State",),
    # ACLED Yemen: the Houthi-run forces in Sanaa are coded as a faction of Yemen's military.
    "Military Forces of Yemen (2016-) Supreme Political Council": ("Houthis",),
    # Airwars: the belligerent column.
    "Israeli Military": ("Israel Defense Forces",),
    "Palestinian Militants": ("Hamas",),
}
"""Gold names (as the publishers write them) → canonical names in the alias table that count as the same actor.
Extend per call with ``ActorMatcher(extra=...)``; a row here is a claim about the world, so each says why."""

# ACLED and UCDP name state forces by country; the branch words before "of" vary.
_STATE = re.compile(r"^(?:(?:military|police|government|armed|security|state|naval|air) forces? of|government of"
                    r"|military of|police of)\s+(?P<country>.+)$", re.IGNORECASE)
_STATE_ANY = re.compile(r"^(?:the )?(?:(?:(?:military|police|government|security|state|armed|regime|army) )?forces"
                        r"|army|soldiers|troops|police(?:men)?|security personnel)$", re.IGNORECASE)
_PARENS = re.compile(r"\s*\([^)]*\)")
_LIST_SEPARATORS = re.compile(r"\s+and/or\s+|\s*[,;]\s+|\s+-\s+")
_PLACE_WORDS = frozenset({"city", "town", "village", "district", "subdistrict", "sub-district", "neighbourhood",
                          "neighborhood", "area", "camp", "countryside", "outskirts", "centre", "center",
                          "governorate", "province", "region"})


@dataclass(frozen=True)
class ActorRef:
    """What an actor name resolves to, for matching (see the module docstring for the rules)."""

    canonical: frozenset[str] = frozenset()
    """Canonical names in the alias table (several when the name lists several actors)."""
    state_of: frozenset[str] = frozenset()
    """ISO alpha-2 codes of the countries whose state forces the name denotes."""
    classes: frozenset[str] = frozenset()
    """Generic classes from :data:`ACTOR_CLASSES`."""
    keys: frozenset[str] = frozenset()
    """Transliteration-insensitive keys of the names as written, less parentheses."""
    state_any: bool = False
    """State forces named without a country ("Military Forces", "security forces")."""

    @property
    def is_state(self) -> bool:
        """True when the name denotes state forces, of a known country or not."""
        return bool(self.state_of) or self.state_any


class ActorMatcher:
    """Decides whether a predicted actor is the coded one; resolutions are cached per name."""

    def __init__(self, table: ActorTable | None = None, *, gazetteer: Gazetteer | None = None,
                 extra: Mapping[str, str | tuple[str, ...]] | None = None) -> None:
        self.table = table if table is not None else ActorTable.load()
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.default()
        mapping: dict[str, tuple[str, ...]] = dict(ACTOR_MAP)
        for name, targets in (extra or {}).items():
            mapping[name] = (targets,) if isinstance(targets, str) else tuple(targets)
        self._map = {_map_key(name): targets for name, targets in mapping.items()}
        self._resolved: dict[str, ActorRef] = {}

    def resolve(self, name: str) -> ActorRef:
        """What ``name`` denotes for matching (computed once per name: a file repeats a few hundred names)."""
        found = self._resolved.get(name)
        if found is None:
            found = self._resolved[name] = self._resolve(name)
        return found

    def matches(self, gold: str, predicted: str) -> bool:
        """True when ``predicted`` names the actor that ``gold`` codes."""
        return self.refs_match(self.resolve(gold), self.resolve(predicted))

    def refs_match(self, gold: ActorRef, predicted: ActorRef) -> bool:
        """The rules of the module docstring, on resolved actors."""
        if gold.canonical & predicted.canonical or gold.state_of & predicted.state_of:
            return True
        if (gold.state_any and predicted.is_state) or (predicted.state_any and gold.is_state):
            return True
        if gold.classes & predicted.classes or gold.keys & predicted.keys:
            return True
        return any(self.table.same_side(a, b) for a in gold.canonical for b in predicted.canonical)

    def _resolve(self, name: str) -> ActorRef:
        canonical: set[str] = set()
        state_of: set[str] = set()
        classes: set[str] = set()
        keys: set[str] = set()
        state_any = False
        for part, pieces in _alternatives(name):
            mapped = self._map.get(_map_key(part))
            if mapped is not None:
                canonical.update(self.table.canonical(target) or target for target in mapped)
            for piece in pieces:
                # A mapped name's actors are the mapping's: its words still give its class and key, but not a
                # state (ACLED's Houthi-run "Military Forces of Yemen (2016-) Supreme Political Council").
                found = self.table.canonical(piece) if mapped is None else None
                if found is not None:
                    canonical.add(found)
                state = _STATE.match(piece) if mapped is None else None
                country = self.gazetteer.country(state.group("country")) if state is not None else None
                if country is not None:
                    state_of.add(country)
                state_any = state_any or (mapped is None and _STATE_ANY.match(piece) is not None)
                classes.update(cls for cls, pattern in ACTOR_CLASSES.items() if pattern.search(piece))
                key = normalize_name(piece)
                if key:
                    keys.add(key)
        for found in canonical:
            actor = self.table.actors.get(found)
            if actor is not None and actor.kind == "state" and actor.country:
                state_of.add(actor.country)
        return ActorRef(frozenset(canonical), frozenset(state_of), frozenset(classes), frozenset(keys), state_any)


def _alternatives(name: str) -> list[tuple[str, list[str]]]:
    """The actors a coded actor string lists, each with the names it may go by less ACLED's decorations.

    "Military Forces of Afghanistan (2014-)" → itself and "Military Forces of Afghanistan"; "NAF: United Armed
    Forces of Novorossiya" → "NAF" and "United Armed Forces of Novorossiya"; "A, B and/or C" → A, B and C, each
    its own entry. The whole string comes first, so that a mapping of the full name wins over its parts.
    """
    text = " ".join(name.replace("’", "'").split())
    if not text:
        return []
    parts = [text, *(p for p in _LIST_SEPARATORS.split(text) if p and p != text)]
    out: list[tuple[str, list[str]]] = []
    for part in parts:
        pieces = [part]
        if "(" in part:
            head, _, rest = part.partition("(")
            pieces += [head.strip(), rest.partition(")")[2].strip(), _PARENS.sub("", part).strip()]
        if ": " in part:
            pieces += [p.strip() for p in part.split(": ", 1)]
        out.append((part, [p for p in dict.fromkeys(pieces) if p]))
    return out


def _map_key(name: str) -> str:
    return " ".join(name.replace("’", "'").replace("Õ", "'").casefold().split())


def place_key(name: str | None) -> str:
    """The key two place names are compared by ("" for none): "Kabul city" = "Kabul"; "Dayr az Zawr" = "Deir ez-Zor".

    District designators go through ``district_stem`` ("Qada Samarra" = "Samarra"); a trailing word such as
    "city", "village", "district" or "countryside" is dropped, never a leading one ("Camp Bastion" stays).
    """
    if not name:
        return ""
    stem = district_stem(name) or name
    words = stem.split()
    while len(words) > 1 and words[-1].casefold().strip(".,") in _PLACE_WORDS:
        words = words[:-1]
    return normalize_name(" ".join(words))


_SOFT_LETTERS = re.compile(r"[aeiouyhw]")


def same_place_name(coded: str | None, predicted: str | None) -> bool:
    """True when two names of one place agree by :func:`place_key` or by their consonant skeleton.

    The skeleton drops vowels and the letters transliterations use as vowels or for breath (y, w, h): "Chahār
    Bōlak" and "Charbolak" are both ``crblk``. The first letter must agree too, so that a one-consonant skeleton
    ("Obe", "Ōbêh") does not match any name with that consonant.
    """
    first, second = place_key(coded), place_key(predicted)
    if not first or not second:
        return False
    if first == second:
        return True
    skeleton = _SOFT_LETTERS.sub("", first)
    return bool(skeleton) and first[0] == second[0] and skeleton == _SOFT_LETTERS.sub("", second)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in decimal degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


# Numbers that are not counts: dates ("21 March 2020", "March 21", "27-12-19", years), ages, times, ordinals.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_NOT_COUNTS = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?[\s-]+{_MONTH}|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b|\b(?:1[89]|20)\d{2}\b|\b\d+[-\s]years?[-\s]old\b|\b\d{1,2}:\d{2}\b"
    r"|\b\d+(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)
_WORD_TOKENS = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+|[a-z]+|-")
_ONE = frozenset({"a", "an", "single", "lone"})


def stated_numbers(text: str) -> set[int]:
    """Every count the text states in digits or words ("12", "twenty-three", "a dozen", "a man" → 1).

    Dates, years, ages, clock times and ordinals are not counts and are left out, so that "On 21 March 2020" does
    not make 21 look stated. Vague quantities ("dozens") state no number. The indefinite article counts as 1:
    "a teacher was killed" states one death as plainly as "one teacher".
    """
    words = _WORD_TOKENS.findall(_NOT_COUNTS.sub(" ", text.lower()))
    found: set[int] = set()
    i = 0
    while i < len(words):
        if words[i] in _ONE:
            found.add(1)
        parsed = parse_words(words[i: i + 8])
        if parsed is None:
            i += 1
            continue
        if not parsed.vague:
            found.add(parsed.value)
        i += max(1, parsed.length)
    return found
