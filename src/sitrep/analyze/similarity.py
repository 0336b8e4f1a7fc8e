"""How alike two event reports are: features, blocking and the pair score used by :mod:`sitrep.analyze.linking`.

Everything here works on a :class:`Features` table of NumPy arrays, one row per event, so the same code scores the
few events of an ingest batch and the million synthetic events of ``benchmarks/bench_linking.py``.

**Location of an event** (:func:`locate`): the geocoded ``Event.place`` (the geo stage's work); for an event not
yet geocoded, or placed in another country than its document's dateline ("DEIR EZ-ZOR — A bomb …") names,
:func:`sitrep.geo.geocode_event` with the dateline's country as hint; for one placed at a city the report names only
in its dateline ("Basra (Reuters) - … in Nasiriyah": the bureau's city), the other places it names. Localities are
kept as names (the gazetteer's for a town, as written for a village it lacks), keyed by
:func:`sitrep.geo.normalize_name` so that spellings meet; coordinates only for a populated place (precision 1).

**Blocking** (:func:`candidate_pairs`): two events are compared only when their dates are at most
:data:`WINDOW_DAYS` apart and they share an area key: the same admin1 unit (or one report names the other's unit
among its places), the same locality name, or coordinates within :data:`BLOCK_KM`; an event known only to its
country is compared with every event of that country and the same family of types (armed, remote violence,
demonstrations, developments). Events of the same document, and events without a date or any location,
are never compared.

**Pair score** (:func:`score_pairs`): a weighted sum (:data:`WEIGHTS`, summing to 1) of six components in [0, 1].
Where one side does not know a value the component is :data:`NEUTRAL` ("unknown is compatible"):

- ``date``: both dates at day precision: 1 the same day, 0.2 one day apart, 0 two days; otherwise (a date taken
  from the publication day, a week, a range) 1, 0.7, 0.4; 0 beyond the window (pairs inside a candidate
  incident are scored even when blocking did not compare them, see :mod:`sitrep.analyze.linking`). Exact dates
  one day apart score :data:`NIGHT_APART` (0.85, no conflict) when either report puts the act at night
  (:data:`NIGHT`: "overnight", "late on Saturday", "at dawn"): outlets date such an act by the evening, the
  morning or the statement;
- ``place``: 0 for a different country or admin1 unit — unless one report's unit is among the units the other
  names (the extractor chose another of them: 0.45, no conflict, whatever villages the two name: the village
  chosen in the wrong unit says nothing); with locality names on both sides 1 for the same name, 0.85 when a
  secondary candidate or another spelling (:func:`loose_key`: "Al Jubah"/"Al-Jawba") matches,
  0.7 for different names within 2 km, 0.15 for different villages when both are the reports' own places (a name a
  report only mentions — a person, a nationality: :func:`not_a_place` — leaves its village unknown: 0.65 in one
  admin1); with coordinates but no names, 1 within 2 km falling to 0 at 10 km; the same admin1 with a locality on
  one side only :data:`IN_UNIT` (a village inside the governorate); the same country only 0.45;
- ``type``: 1 for the same ACLED sub-event type or a shared tactic, 0.8 the same event type, 0.7 a compatible one
  (a battle and an attack on civilians: outlets code a shooting either way), 0.35 armed violence against
  explosions, 0.05 a demonstration against violence;
- ``actor``: the named actors of each report (actor1 and actor2, alias-normalised, a group and its affiliates
  being one family; generic labels such as "Unidentified Armed Group" or "Military Forces" do not count): 1 when
  the two reports share one, 0.25 when both name actors and none is shared. Both sides are compared as sets
  because reports disagree about who attacked whom far more often than about who was involved;
- ``casualties``: per measure (killed, wounded) that both report: 1 equal, 0.8 within 2 or a factor of 2 (a
  follow-up report with a higher toll is the same incident), 0.5 within a factor of 4, 0.15 beyond; the mean;
- ``text``: Jaccard similarity of the content words of the event sentences, 0 at 0.05 rising to 1 at 0.35.

Between a report only the perpetrator gives (status ``claimed``: its statement) and an independent one, casualties
and text are :data:`NEUTRAL`: a claim's toll and wording differ from the news by nature, so only date, place, type
and actor decide whether the claim is of that attack (its tolls are then kept as the incident's low/best/high).

The weighted sum is then multiplied by a factor for each hard conflict (:data:`CONFLICT`): disagreement weighs
more than agreement, because reports of different incidents agree on much (same day, same governorate, same
tactic) while reports of one incident rarely give exact dates a day apart or name two different villages.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

import numpy as np

from sitrep.geo import Gazetteer, geocode_event, normalize_name
from sitrep.model import Document, Event, Place
from sitrep.taxonomy import DEMONYMS, TACTICS, ActorTable

WINDOW_DAYS = 2
"""Largest difference in days between two reports of one incident that are compared at all."""

BLOCK_KM = 25.0
"""Events with coordinates are compared when they lie within about this distance (grid cells of this size)."""

WEIGHTS: dict[str, float] = {"date": 0.25, "place": 0.25, "type": 0.15, "actor": 0.10, "casualties": 0.10,
                             "text": 0.15}
"""Weight of each component in the pair score; they sum to 1."""

NEUTRAL = 0.6

IN_UNIT = 0.65
"""Place score of two reports in one admin1 unit where only one names the village: a village inside the governorate
the other names is compatible, a little more than an unknown value (the unit agrees)."""

CONFLICT: dict[str, float] = {"date_1": 0.85, "date_2": 0.5, "area": 0.5, "locality": 0.8, "type": 0.5}
"""Factors applied to the weighted sum for hard conflicts: exact dates one or two days apart; a different country
or admin1 unit; different villages (or points more than 2 km apart); a demonstration against an attack."""
"""Component value when one side does not know it: compatible, but weaker evidence than agreement."""

LOCALITIES = 3
"""Locality names kept per event (the event's place first, then other candidates)."""

GENERIC_ACTORS = frozenset({
    "Unidentified Armed Group", "Military Forces", "Police Forces", "Civilians", "Protesters", "Rioters",
    "Unidentified", "Unknown",
})
"""Labels that say what kind of actor, not which: they neither confirm nor contradict a match."""

FAMILY = {"Battles": 0, "Violence against civilians": 0, "Explosions/Remote violence": 1, "Protests": 2,
          "Riots": 2, "Strategic developments": 3}
"""ACLED event types grouped into families: armed violence, remote violence, demonstrations, developments."""

_FAMILY_SCORE = np.array([
    # armed  remote  demo   strategic
    [0.70, 0.35, 0.05, 0.30],
    [0.35, 0.70, 0.05, 0.30],
    [0.05, 0.05, 0.70, 0.05],
    [0.30, 0.30, 0.05, 0.70],
])
_TACTIC_BIT = {key: 1 << n for n, key in enumerate(sorted(TACTICS))}
_DATE_PRECISE = np.array([1.0, 0.2, 0.0])
DATE_PRECISE = _DATE_PRECISE
"""Date score of two reports dated to the day, by days apart (0, 1, 2; none at night)."""
_DATE_VAGUE = np.array([1.0, 0.7, 0.4])
_MISSING = -1
_NO_DAY = np.iinfo(np.int64).min // 4
NO_DAY = _NO_DAY
"""The day number of an undated event in :attr:`Features.day`."""
_DATELINE = re.compile(r"\s*([A-Z][A-Z'’ .-]{2,40}?)\s*(?:,[^—–\n]{0,40})?\s+[—–-]{1,2}\s")
_AGENCY_DATELINE = re.compile(
    r"\s*([A-Z][A-Za-z'’ .-]{2,40}?)\s*(?:,[^—–(\n]{0,40})?\s*(?:[—–-]{1,2}\s*)?"
    r"\([A-Z][A-Za-z. ]{1,25}\)\s*[—–:-]{1,2}\s")
"""A dateline in title case with the agency after it: "Baghdad (Reuters) -", "Kabul - (AFP) -"."""
DATELINE_REACH = 300
"""Characters from the text's start within which a line may open with the dateline."""
_WORD = re.compile(r"[a-z]+")
_LONG_WORD = re.compile(r"[a-z]{3,}")
"""The runs of :data:`_WORD` of three letters or more."""
_NOT_LOCALITIES = frozenset(d.lower() for d in DEMONYMS) | frozenset({
    "mexican", "colombian", "burmese", "myanmar", "congolese", "kurdish", "arab", "european", "western", "african",
    "asian", "middle east", "twitter", "facebook", "telegram", "reuters", "afp", "xinhua", "efe", "amaq",
})
_STOPWORD_TEXT = """
a about after against ago all also an and another any are around as at be been before being between both but by
can could day did do during each early for from had has have he her his how in into is it its late later local
more most near new no not of off on one or other others our out over said say says she since so some such than
that the their them then there these they this those through to today two under up was were what when where which
while who will with would yesterday monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december source sources according told reported report
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
"""Words too common in reporting to tell two reports apart."""


@dataclass
class Location:
    """Where an event happened, as far as linking can tell (see :func:`locate`)."""

    country: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    localities: list[str] = field(default_factory=list)
    """Locality names as written, the event's own place first."""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    """1 when the coordinates are a populated place's; None without coordinates."""
    own: bool = False
    """True when the first locality is the event's own place (the extractor's choice), not only another name the
    report mentions: only two reports' own places, named differently, say "different villages"."""
    admin1_candidates: list[str] = field(default_factory=list)
    """Admin1 units (``country:code``) of the event's place and of its other candidates that resolved in the same
    country: the extractor picks one of several units a report names, and may pick the wrong one."""

    def place(self, written: Place | None = None) -> Place | None:
        """This location as a Place (for events the geo stage has not placed): the first locality, else the admin1
        unit, else the country; precision 1 for a town with coordinates, else that of the unit it is placed in
        (3 admin1, 4 country). The span of the place ``written`` is kept."""
        name = self.localities[0] if self.localities else self.admin1 or self.country
        if name is None:
            return written
        precision = 1 if self.geo_precision == 1 else 3 if self.admin1 else 4
        return Place(name=name, country=self.country, admin1=self.admin1, admin1_code=self.admin1_code,
                     locality=self.localities[0] if self.localities else None, latitude=self.latitude,
                     longitude=self.longitude, geo_precision=precision,
                     span=written.span if written is not None else None)


Units = dict[tuple[str, str | None], tuple[str | None, str | None] | None]
"""What :meth:`Gazetteer.unit <sitrep.geo.Gazetteer.unit>` found for a place name in a country: its unit's country
and code (None: no unit), kept by :func:`locate` across the events of one run."""


def locate(event: Event, document: Document | None = None, gazetteer: Gazetteer | None = None, *,
           units: Units | None = None) -> Location:
    """The event's country, admin1, locality names and coordinates (see the module docstring).

    - An event the geo stage has not placed (no country on ``Event.place``) is geocoded here with
      :func:`sitrep.geo.geocode_event`, with its document's dateline ("IDLIB — …") as the country hint and, when
      the event names no place, as its only candidate. An event placed in another country than the dateline's
      governorate or country is geocoded again with that hint, and moved when its place resolves there ("Ariha"
      under an IDLIB dateline is the Syrian town, not Jericho).
    - Localities: the event's place (the gazetteer's name for a town, else the name as written, e.g. a district or
      a village the gazetteer lacks), then other candidates that resolved to a town in the same country, then
      candidates that did not resolve, as written. A town that shares its name with its governorate ("Raqqa",
      "Deir ez-Zor") is ambiguous in reporting — the city or the province — and counts only as the governorate.
    - A dateline that names a governorate supplies admin1 when the event's places do not.

    ``units``, a dict shared by the calls of one run over one gazetteer, keeps the gazetteer's unit look-ups by
    name (a place kept as written is looked up as a unit: over a third of this function's time for an ingest's
    reports, which name the same places again and again); the result is the same.
    """
    gazetteer = gazetteer or Gazetteer.default()
    dateline = _dateline(document.text) if document is not None else None
    hint = gazetteer.resolve(dateline) if dateline else None
    if hint is not None and (hint.geo_precision or 0) < 3:
        hint = None  # a town dateline is where the outlet wrote from, not a governorate to place the event in
    candidates = list(event.places) or ([event.place] if event.place else []) or (
        [Place(name=dateline)] if dateline else [])
    if candidates and (event.place is None or event.place.country is None):
        placed = geocode_event(event.model_copy(update={"places": candidates}), gazetteer,
                               country=hint.country if hint is not None else None)
        if placed.place is None or placed.place.country is None:
            # The dateline is where the outlet wrote from ("BANGKOK —" over a strike in Myanmar): names the report
            # gives that resolve elsewhere say more than the bureau's city does.
            unhinted = geocode_event(event.model_copy(update={"places": candidates, "dateline": None}), gazetteer)
            if unhinted.place is not None and unhinted.place.country is not None:
                placed, hint = unhinted, None
        event = placed
    elif candidates and hint is not None and event.place is not None and event.place.country != hint.country:
        moved = geocode_event(event.model_copy(update={"places": candidates}), gazetteer, country=hint.country)
        if moved.place is not None and moved.place.country == hint.country:
            event = moved
    elif dateline and event.place is not None and _only_in_dateline(event.place.name, event, document):
        # Placed at the bureau's city: the other places the report names, if one resolves in that country.
        key = normalize_name(event.place.name)
        others = [p for p in event.places if normalize_name(p.name) != key]
        if others:
            moved = geocode_event(event.model_copy(update={"places": others, "place": None}), gazetteer,
                                  country=event.place.country)
            if moved.place is not None and moved.place.country == event.place.country:
                event = moved
    found = Location()
    place = event.place
    if place is not None and place.country is not None:
        found.country, found.admin1, found.admin1_code = place.country, place.admin1, place.admin1_code
        if seat_of_same_name(place):
            pass
        elif (place.locality is not None or (place.geo_precision or 9) <= 2 or (
                _below_admin1(place) and not _names_its_unit(place, gazetteer, units))) and (
                place.locality is not None or not not_a_place(place.name)):
            found.localities.append(place.locality or place.name)
            found.own = True
            if place.geo_precision == 1 and place.latitude is not None and place.longitude is not None:
                found.latitude, found.longitude, found.geo_precision = place.latitude, place.longitude, 1
    for other in event.places:
        if other.country is not None:
            if other.country == found.country and other.locality and not seat_of_same_name(other):
                found.localities.append(other.locality)
        elif _capitalised(other.name) and (place is None or other.name != place.name) and not not_a_place(
                other.name):
            found.localities.append(other.name)
    if found.country is not None:
        units = [place] if place is not None else []
        units += [p for p in event.places if p.country == found.country]
        found.admin1_candidates = list(dict.fromkeys(
            f"{found.country}:{p.admin1_code or p.admin1}" for p in units if p.admin1 and p.country == found.country))
    if found.country is None and hint is not None:
        found.country = hint.country
    if found.admin1 is None and hint is not None and hint.country == found.country and hint.admin1:
        found.admin1, found.admin1_code = hint.admin1, hint.admin1_code
    found.localities = list(dict.fromkeys(found.localities))
    return found


def seat_of_same_name(place: Place) -> bool:
    """A town named like its governorate (Raqqa in Raqqa): in reporting, either of them."""
    return bool(place.admin1) and normalize_name(place.locality or place.name) == normalize_name(place.admin1 or "")


def _below_admin1(place: Place) -> bool:
    """True for a place kept as written below the unit it was located in ("Kobajjep", placed in Deir ez-Zor)."""
    key = normalize_name(place.name)
    return bool(key) and key not in {normalize_name(place.admin1 or ""), normalize_name(place.admin2 or "")} \
        and (place.geo_precision or 9) >= 3 and _capitalised(place.name) and place.locality is None \
        and key != normalize_name(place.country or "")


def _names_its_unit(place: Place, gazetteer: Gazetteer, units: Units | None = None) -> bool:
    """'Salahuddin' placed in Saladin is the governorate under another spelling, not a village kept as written: a
    claim naming only the governorate is then compatible with a report naming a village inside it. ``units``: see
    :func:`locate`."""
    key = (place.name, place.country)
    if units is not None and key in units:
        found = units[key]
    else:
        unit = gazetteer.unit(place.name, country=place.country)
        found = None if unit is None else (unit.country, unit.code)
        if units is not None:
            units[key] = found
    return found is not None and found[0] == place.country and place.admin1_code is not None and \
        found[1] == place.admin1_code


PERSON_TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "mullah", "mawlawi", "maulvi", "general", "gen", "colonel", "col", "major", "captain",
    "capt", "lt", "lieutenant", "brigadier", "president", "minister", "governor", "commander", "spokesman",
    "spokeswoman", "sheikh", "shaikh", "sheik", "imam", "emir", "prince", "king", "judge",
})
"""First words that make a name a person's ("Mr Hadi", "Sheikh Abdul Latif al-Qibli"), when the name as written
resolved to no place: a report mentioning a person is no evidence of a different village."""


_SPACES = re.compile(r"[\s]+")
_SPACES_OR_HYPHENS = re.compile(r"[\s-]+")


def not_a_place(name: str) -> bool:
    """True for a name kept as written that is a person's ("Mullah Haibatullah") or a nationality ("Yemeni",
    "Afghans"): the extractor passes such capitalised words on as candidates, and as localities they would make two
    reports of one incident look like reports of different villages."""
    words = [w.strip(".,'’").lower() for w in _SPACES.split(name) if w.strip(".,'’")]
    if not words:
        return True
    if words[0] in PERSON_TITLES and len(words) > 1:
        return True
    single = " ".join(words)
    return single in _NOT_LOCALITIES or single.removesuffix("s") in _NOT_LOCALITIES


def _capitalised(name: str) -> bool:
    # "the northern" (a macro-region the extractor passed on) is no locality; "al-Bab" and "Tal Tamr" are.
    words = [w for w in _SPACES_OR_HYPHENS.split(name) if w]
    return any(w[:1].isupper() for w in words) and words[0].lower() not in ("the", "a", "an")


_LINE_BREAK = re.compile(r"\n\s*")


def _dateline_match(text: str) -> re.Match[str] | None:
    """The dateline at the start of the story: of the text, or of one of its first lines (a page's text may open
    with a time stamp or the date on lines of their own)."""
    for start in [0, *(m.end() for m in _LINE_BREAK.finditer(text[:DATELINE_REACH]))]:
        match = _DATELINE.match(text, start) or _AGENCY_DATELINE.match(text, start)
        if match:
            return match
    return None


def _dateline(text: str) -> str | None:
    match = _dateline_match(text)
    return match.group(1).strip().title() if match else None


def _dateline_length(text: str) -> int:
    match = _dateline_match(text)
    return match.end() if match else 0


def _only_in_dateline(name: str, event: Event, document: Document | None) -> bool:
    """True when the report names ``name`` in its dateline and nowhere else in the event's sentences: the bureau's
    city ("BAGHDAD (Reuters) - Protesters in Najaf …"), which the extractor may have taken for the event's place."""
    span = event.spans.get("event")
    if document is None or span is None:
        return False
    head = _dateline_length(document.text)
    if not head:
        return False
    text = span.text[max(0, head - span.start):] if span.start < head else span.text
    # The name as the report writes it (the candidate's name is the text's), case aside.
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is None


NIGHT_APART = 0.85
"""Date score of two exact dates one day apart when either report puts the act at night (:data:`NIGHT`)."""

NIGHT = re.compile(r"\b(?:overnight|night|nighttime|midnight|evening|dusk|dawn|pre-dawn|early hours|small hours"
                   r"|late on|late (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
"""Words that put an act at night or at its edges: two outlets then date it a day apart (the evening's day, the
next morning's, the day the statement came) without contradicting each other."""

_VOWELS = re.compile(r"[aeiou]+")
_DOUBLED = re.compile(r"(.)\1+")
_LOOSE_MAP = str.maketrans({"g": "k", "q": "k", "c": "k", "w": None, "y": None, "j": "j", "z": "z"})


def loose_key(name: str) -> str:
    """A spelling-blind key for comparing two reports' locality names: :func:`~sitrep.geo.normalize_name`'s key
    without its vowels (and the w/y that write long vowels), g/q/c as k, a final h dropped, doubled letters merged:
    "Al Jubah" and "Al-Jawba", "Bala Baluk" and "Bala Buluk", "Nyaung Kone" and "Nyaung Gon" meet. Far looser than
    the gazetteer may be, so it only counts between reports already compared (same dates and area), as weaker
    evidence than the same name; "" for a name too short to tell."""
    key = normalize_name(name) or ""
    if len(key) < 4:
        return ""
    loose = key[0] + _VOWELS.sub("", key[1:]).translate(_LOOSE_MAP)
    loose = _DOUBLED.sub(r"\1", loose)
    if len(loose) > 2 and loose.endswith("h"):
        loose = loose[:-1]
    return loose if len(loose) >= 2 else ""


def content_words(text: str) -> frozenset[str]:
    """The words that carry a report's content: lower case, accents and digits dropped, stop words out, a plural
    's' cut, so "bombs" meets "bomb"."""
    # An ASCII text is its own NFKD form and ASCII encoding: lower case is all that is left to do.
    folded = text.lower() if text.isascii() else (
        unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower())
    # Set operations on the distinct words of three letters or more (the runs of letters _WORD finds, shorter
    # ones left out), not a Python step per word: a third of computing a new report's features before.
    words = set(_LONG_WORD.findall(folded))
    words -= STOPWORDS  # before the plural cut, as each word is tested as written
    plurals = [word for word in words if word[-1] == "s" and len(word) > 4 and word[-2] != "s"]
    if plurals:
        words.difference_update(plurals)
        words.update(word[:-1] for word in plurals)
    return frozenset(words)


_NIGHT_STEMS = ("night", "evening", "dusk", "dawn", "early hours", "small hours", "late ")
"""A part of every phrase :data:`NIGHT` matches ("overnight", "pre-dawn", "late on", "late Sunday"), in lower case."""


def at_night(text: str) -> bool:
    """True when :data:`NIGHT` finds a match in ``text``. An ASCII text holding none of :data:`_NIGHT_STEMS` in any
    case has none, which is far cheaper to tell than the search is (the case-blind alternation tried at every
    position: a fifth of computing a new report's features); any other text is searched. (Not for other
    texts: a case-blind match may meet non-ASCII letters, such as the Kelvin sign for "k".)"""
    if text.isascii():
        lowered = text.lower()
        if not any(stem in lowered for stem in _NIGHT_STEMS):
            return False
    return NIGHT.search(text) is not None


def event_text(event: Event, document: Document | None = None) -> str:
    """The sentences an event was read from (its ``event`` span), else the document's first 600 characters."""
    span = event.spans.get("event")
    if span is not None:
        return span.text
    return document.text[:600] if document is not None else ""


@dataclass
class Features:
    """One row per event, as NumPy arrays: what blocking and scoring look at.

    Ids (country, admin1, localities, actor families, types) are dense integers, -1 when unknown; ``day`` is the
    date as a day number (``_NO_DAY`` when unknown); ``tactics`` a bit mask over the taxonomy's tactic keys.
    Text is given either as word sets (``words``: exact Jaccard) or as MinHash signatures (``signature``: an
    estimate, for synthetic data at scale), or not at all.
    """

    doc: np.ndarray
    day: np.ndarray
    precise: np.ndarray
    country: np.ndarray
    admin1: np.ndarray
    locality: np.ndarray
    latitude: np.ndarray
    longitude: np.ndarray
    event_type: np.ndarray
    sub_event_type: np.ndarray
    family: np.ndarray
    tactics: np.ndarray
    actors: np.ndarray
    killed: np.ndarray
    wounded: np.ndarray
    words: Sequence[frozenset[str]] | None = None
    signature: np.ndarray | None = None
    claimed: np.ndarray | None = None
    """True for a report only the perpetrator's side gives (status ``claimed``)."""
    own: np.ndarray | None = None
    """True where the first locality is the event's own place (see :class:`Location`); None: all are."""
    loose: np.ndarray | None = None
    """Per locality (as ``locality``), the id of its loose spelling key (:func:`loose_key`), -1 when none."""
    admin1_alt: np.ndarray | None = None
    """(rows, :data:`LOCALITIES`) admin1 ids of the units the report names (:attr:`Location.admin1_candidates`)."""
    night: np.ndarray | None = None
    """True for a report that puts the act at night, at dusk or dawn (:data:`NIGHT`): its date may be either day."""

    def __len__(self) -> int:
        return len(self.day)


class WordSets(Sequence[frozenset[str]]):
    """Content word sets from space-joined words, each split when first asked for: of the stored reports linking
    reads, only those in a candidate pair with a new one are compared on text. Each string holds distinct words (as
    :func:`feature_columns` writes them: a set, sorted and joined), which :meth:`jaccard` relies on."""

    def __init__(self, joined: Sequence[str | None]) -> None:
        self._joined = joined
        self._sets: dict[int, frozenset[str]] = {}

    def __len__(self) -> int:
        return len(self._joined)

    @overload
    def __getitem__(self, index: int) -> frozenset[str]: ...

    @overload
    def __getitem__(self, index: slice) -> list[frozenset[str]]: ...

    def __getitem__(self, index: int | slice) -> frozenset[str] | list[frozenset[str]]:
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        found = self._sets.get(index)
        if found is None:
            value = self._joined[index]
            found = self._sets[index] = frozenset(value.split()) if value else frozenset()
        return found

    def jaccard(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """The Jaccard index of the word sets of each pair (i[k], j[k]), -1.0 where either is empty (as
        :func:`_overlap`). The first side's sets are built (and kept); each second side's words are split and looked
        up in it, not made a set: in an incremental run the first side is mostly a new report met by many pairs
        and the second a stored one met by one or two (candidate pairs come as the lower row first, and the new
        reports are the first rows), and building those sets was most of the text term's cost (measured on the
        100,000-event bench store: 5,400 word strings for 5,700 pairs, 21 against 14 ms). The words of a string
        are distinct, so their count is the set's size: the same integers, so the same quotients."""
        joined, sets = self._joined, self._sets

        def one(a: int, b: int) -> float:
            first = sets.get(a)
            if first is None:
                value = joined[a]
                first = sets[a] = frozenset(value.split()) if value else frozenset()
            second = sets.get(b)
            if second is not None:
                return _overlap(first, second)
            value = joined[b]
            words = value.split() if value else ()
            if not first or not words:
                return -1.0
            shared = sum(map(first.__contains__, words))
            return shared / (len(first) + len(words) - shared)

        return np.fromiter(map(one, i.tolist(), j.tolist()), float, len(i))


class _Ids:
    """Dense integer ids for strings, -1 for None."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def __call__(self, value: str | None) -> int:
        if value is None:
            return _MISSING
        return self.ids.setdefault(value, len(self.ids))


def build_features(events: Sequence[Event], documents: Mapping[str, Document] | None = None, *,
                   gazetteer: Gazetteer | None = None, actors: ActorTable | None = None,
                   locations: Sequence[Location] | None = None) -> Features:
    """The feature table of ``events``; ``documents`` (by id) supply datelines and, for events without an
    ``event`` span, the text. ``locations`` may be passed when already computed (one per event)."""
    return features_from_columns(feature_columns(events, documents, gazetteer=gazetteer, actors=actors,
                                                 locations=locations))


FEATURES_VERSION = 1
"""The version of :func:`feature_columns`: stored features of another version are recomputed (raise it whenever
what the function computes changes, or the gazetteer or actor table behind it change meaning)."""

FEATURE_COLUMNS = ("document_id", "day", "precise", "country", "admin1", "admin1_alt", "localities", "loose", "own",
                   "latitude", "longitude", "event_type", "sub_event_type", "family", "tactics", "actor1", "actor2",
                   "killed", "wounded", "claimed", "night", "words")
"""The columns of an event's linking features as stored (:func:`feature_columns`, the ``link_features`` table): plain
values, strings not yet numbered, so that rows computed in different runs can be read together."""


def feature_columns(events: Sequence[Event], documents: Mapping[str, Document] | None = None, *,
                    gazetteer: Gazetteer | None = None, actors: ActorTable | None = None,
                    locations: Sequence[Location] | None = None) -> dict[str, list[Any]]:
    """What linking compares of each event, as plain columns (:data:`FEATURE_COLUMNS`, one value per event): the
    part of :func:`build_features` that needs the records, the gazetteer and the actor table, stored by an
    incremental linking run so that later runs read stored reports' features instead of rebuilding them.

    ``day`` is the ordinal of ``date_start`` (None undated); ``admin1`` and ``admin1_alt`` are ``country:unit``
    keys; ``localities`` the normalised locality keys and ``loose`` their spelling-blind keys ("" for none);
    ``actor1``/``actor2`` the actors' family keys (:func:`actor_family`); ``words`` the content words, space-joined.
    """
    documents = documents or {}
    gazetteer = gazetteer or Gazetteer.default()
    actors = actors if actors is not None else ActorTable.load()
    if locations is None:
        units: Units = {}
        locations = [locate(e, documents.get(e.document_id), gazetteer, units=units) for e in events]
    columns: dict[str, list[Any]] = {name: [] for name in FEATURE_COLUMNS}
    # One list append per column and event, no dict per event (a sixth of this function's time before).
    add = {name: columns[name].append for name in FEATURE_COLUMNS}
    for event, where in zip(events, locations, strict=True):
        text = event_text(event, documents.get(event.document_id))
        names = where.localities[:LOCALITIES]
        point = where.latitude is not None and where.longitude is not None
        killed, wounded = event.killed, event.wounded
        add["document_id"](event.document_id)
        add["day"](event.date_start.toordinal() if event.date_start is not None else None)
        add["precise"](event.date_start is not None and event.time_precision == 1)
        add["country"](where.country)
        add["admin1"](f"{where.country}:{where.admin1_code or where.admin1}" if where.admin1 is not None else None)
        add["admin1_alt"](list(where.admin1_candidates[:LOCALITIES]))
        add["localities"]([normalize_name(name) or name.lower() for name in names])
        add["loose"]([loose_key(name) for name in names])
        add["own"](where.own)
        add["latitude"](where.latitude if point else None)
        add["longitude"](where.longitude if point else None)
        add["event_type"](event.event_type)
        add["sub_event_type"](event.sub_event_type)
        add["family"](FAMILY.get(event.event_type) if event.event_type is not None else None)
        add["tactics"](tactic_mask(event.tactics))
        add["actor1"](actor_family(event.actor1, actors))
        add["actor2"](actor_family(event.actor2, actors))
        add["killed"](killed.best if killed is not None else None)
        add["wounded"](wounded.best if wounded is not None else None)
        add["claimed"](event.status == "claimed")
        add["night"](at_night(text))
        add["words"](" ".join(sorted(content_words(text))))
    return columns


def features_from_columns(columns: Mapping[str, Sequence[Any]]) -> Features:
    """The :class:`Features` table of feature columns (:func:`feature_columns`, or the same columns read back from
    the store): strings become dense integer ids (shared by ``admin1`` and ``admin1_alt``, and by the two actors).

    Numeric columns may hold None or NaN for unknown, or be arrays with the unknown values in place; string
    columns None or "" for unknown. A list column (``localities``, ``loose``, ``admin1_alt``) may instead come as
    :data:`LOCALITIES` columns ``<name>_1`` … (as :func:`sitrep.store.link_features.read` gives them).
    """
    n = len(columns["document_id"])

    def numbers(name: str, missing: int) -> np.ndarray:
        values = columns[name]
        if isinstance(values, np.ndarray) and values.dtype.kind in "iu":
            return values.astype(np.int64)  # read back from the store, unknown values already in place
        return np.fromiter((missing if v is None or v != v else int(v) for v in values), np.int64, n)

    def flags(name: str) -> np.ndarray:
        values = columns[name]
        if isinstance(values, np.ndarray) and values.dtype.kind == "b":
            return values
        return np.fromiter((bool(v) for v in values), bool, n)

    def coordinate(name: str) -> np.ndarray:
        values = columns[name]
        if isinstance(values, np.ndarray) and values.dtype.kind == "f":
            return values.astype(float)
        return np.fromiter((np.nan if v is None else float(v) for v in values), float, n)

    def wide(name: str) -> list[Sequence[Any]]:
        if f"{name}_1" in columns:
            return [columns[f"{name}_{k + 1}"] for k in range(LOCALITIES)]
        lists = [list(v or ())[:LOCALITIES] for v in columns[name]]
        return [[v[k] if k < len(v) else None for v in lists] for k in range(LOCALITIES)]

    (doc,) = _codes(columns["document_id"])
    (country,) = _codes(columns["country"])
    admin1, *alt = _codes(columns["admin1"], *wide("admin1_alt"))
    (event_type,) = _codes(columns["event_type"])
    (sub_event_type,) = _codes(columns["sub_event_type"])
    actors = _codes(columns["actor1"], columns["actor2"])
    return Features(
        doc=doc, day=numbers("day", _NO_DAY), precise=flags("precise"), country=country, admin1=admin1,
        locality=np.stack(_codes(*wide("localities")), axis=1), latitude=coordinate("latitude"),
        longitude=coordinate("longitude"), event_type=event_type, sub_event_type=sub_event_type,
        family=numbers("family", _MISSING), tactics=numbers("tactics", 0), actors=np.stack(actors, axis=1),
        killed=numbers("killed", _MISSING), wounded=numbers("wounded", _MISSING),
        words=WordSets(columns["words"]), claimed=flags("claimed"),
        own=flags("own"), loose=np.stack(_codes(*wide("loose")), axis=1), admin1_alt=np.stack(alt, axis=1),
        night=flags("night"))


def _codes(*columns: Sequence[Any]) -> list[np.ndarray]:
    """Dense integer ids of the strings of these columns, one id space for all of them; -1 for None or "". Columns
    given as integer arrays are taken as already numbered so."""
    if all(isinstance(column, np.ndarray) and column.dtype.kind in "iu" for column in columns):
        # Already numbered in one id space (sitrep.store.link_features.read_coded), -1 for unknown.
        return [column.astype(np.int64) for column in columns]
    ids: dict[Any, int] = {None: _MISSING, "": _MISSING}
    # Dict lookups, cheaper than sorting the strings (np.unique) for the tens of thousands of stored reports an
    # incremental run may read: the column's distinct values numbered in order of first appearance (as one
    # setdefault per value would), then one lookup per value through map, not a Python-level generator (a third
    # less time on the 100,000-event bench store).
    out: list[np.ndarray] = []
    for column in columns:
        values = column.tolist() if isinstance(column, np.ndarray) else list(column)
        for value in dict.fromkeys(values):
            if value not in ids:
                ids[value] = len(ids) - 2
        out.append(np.fromiter(map(ids.__getitem__, values), np.int64, len(values)))
    return out


def tactic_mask(tactics: Iterable[str]) -> int:
    """The tactic keys as a bit mask (unknown keys ignored)."""
    mask = 0
    for key in tactics:
        mask |= _TACTIC_BIT.get(key, 0)
    return mask


def actor_family(name: str | None, actors: ActorTable) -> str | None:
    """The name an actor is compared under: the group it belongs to (an affiliate's parent) or itself; None for
    no actor and for generic labels ("Unidentified Armed Group", "Civilians")."""
    if name is None or name in GENERIC_ACTORS:
        return None
    actor = actors.get(name)
    if actor is None:
        return name.strip().lower()
    return actor.parent or actor.canonical


# -- blocking ------------------------------------------------------------------------------------------------------

_KEY_ADMIN1, _KEY_LOCALITY, _KEY_COUNTRY, _KEY_CELL = 1, 2, 3, 4


def unique_ints(values: np.ndarray) -> np.ndarray:
    """The distinct values of an integer array, sorted: ``np.unique(values)`` by sorting. NumPy 2's ``np.unique``
    finds them through a hash table first, which for the tens of thousands of scattered pair codes and keys of a
    linking run cost four times a sort (measured: 9.4 ms against 2.1 ms for 56,000 codes)."""
    ordered = np.sort(values, axis=None)
    if len(ordered) < 2:
        return ordered
    keep = np.empty(len(ordered), bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def candidate_pairs(features: Features, *, window: int = WINDOW_DAYS, km: float = BLOCK_KM,
                    chunk: int = 2_000_000,
                    involving: np.ndarray | None = None) -> Iterable[tuple[np.ndarray, np.ndarray]]:
    """Yield (i, j) arrays of candidate pairs (i < j by row), chunk by chunk; see the module docstring.

    A pair that shares several keys comes once; one found both through a symmetric key and through a country-only
    event's key may come twice (in different chunks): callers that need unique pairs dedupe what they keep.
    ``involving`` (a bool per row) keeps only the pairs with at least one such row: an incremental linking run
    compares new reports with stored ones, not the stored ones with each other again (their cost would grow with
    the store, not with what is new).
    """
    query, index = _keys(features, km, involving=involving)
    # (With ``involving``, _keys leaves out the symmetric queries of the rows not involved: a symmetric key finds a
    # pair from either side, so only the involved rows need to ask through it.)
    if not len(query[0]) or not len(index[0]):
        return
    q_event, q_key, q_sym = query
    i_event, i_key = index
    if involving is not None:
        # Index entries under keys no query holds can meet nothing: of the stored reports an incremental run reads,
        # most hold keys (their localities, their cells) that no new report asks for. Dropping them keeps the
        # order of the rest, so the pairs are the same; the sorts below then follow the new reports, not the store.
        asked = unique_ints(q_key)
        at = np.minimum(np.searchsorted(asked, i_key), len(asked) - 1)
        held = asked[at] == i_key
        i_event = i_event[held]
        if not len(i_event):
            return
        # Dense key ids so that (key, day) packs into one int64: the kept keys are all asked ones, so their
        # positions among the asked keys are the ids np.unique over both sides would give (without sorting the
        # hundreds of thousands of index entries again).
        q_kid, i_kid = np.searchsorted(asked, q_key), at[held]
    else:
        # Dense key ids so that (key, day) packs into one int64.
        all_keys, inverse = np.unique(np.concatenate([q_key, i_key]), return_inverse=True)
        del all_keys
        q_kid, i_kid = inverse[: len(q_key)], inverse[len(q_key):]
    day0 = features.day[features.day != _NO_DAY].min() - window - 1
    span = int(features.day[features.day != _NO_DAY].max() - day0 + window + 2)
    i_comp = i_kid * span + (features.day[i_event] - day0)
    order = np.argsort(i_comp, kind="stable")
    i_comp, i_event = i_comp[order], i_event[order]
    q_comp = q_kid * span + (features.day[q_event] - day0)
    lo = np.searchsorted(i_comp, q_comp - window, "left")
    hi = np.searchsorted(i_comp, q_comp + window, "right")
    counts = hi - lo
    # Chunks of whole events (query rows are sorted by event), each about `chunk` raw pairs.
    ends = np.cumsum(counts)
    start = 0
    n = len(features)
    while start < len(q_event):
        target = (ends[start - 1] if start else 0) + chunk
        stop = int(np.searchsorted(ends, target, "right"))
        stop = max(stop, start + 1)
        while stop < len(q_event) and q_event[stop] == q_event[stop - 1]:
            stop += 1
        c = counts[start:stop]
        total = int(c.sum())
        if total:
            a = np.repeat(q_event[start:stop], c)
            sym = np.repeat(q_sym[start:stop], c)
            offsets = np.arange(total) - np.repeat(np.cumsum(c) - c, c)
            b = i_event[np.repeat(lo[start:stop], c) + offsets]
            if involving is None:
                keep = (a != b) & (features.doc[a] != features.doc[b]) & (~sym | (a < b))
            else:
                # A symmetric pair of two involved rows comes from both; of an involved and another, from one.
                keep = (a != b) & (features.doc[a] != features.doc[b]) & (involving[a] | involving[b]) & (
                    ~sym | (a < b) | ~involving[b])
            a, b = a[keep], b[keep]
            first, second = np.minimum(a, b), np.maximum(a, b)
            codes = unique_ints(first * n + second)
            yield codes // n, codes % n
        start = stop


def _keys(features: Features, km: float, *, involving: np.ndarray | None = None
          ) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """Query keys (event, key, symmetric?) sorted by event, and index keys (event, key). With ``involving`` (see
    :func:`candidate_pairs`) a grid cell's eight neighbours are query keys of the involved rows rather than index
    keys of every row: the same pairs (a cell is a neighbour of another both ways), from an index a ninth the size
    when the involved rows are few among many stored ones; and a row not involved asks through no symmetric key."""
    dated = features.day != _NO_DAY
    rows = np.arange(len(features))
    q_parts: list[tuple[np.ndarray, np.ndarray, bool]] = []
    i_parts: list[tuple[np.ndarray, np.ndarray]] = []

    def code(kind: int, value: np.ndarray) -> np.ndarray:
        return (np.int64(kind) << np.int64(56)) | value.astype(np.int64)

    # A symmetric key finds a pair from either side, so with ``involving`` only the involved rows ask through it
    # (a one-sided key, a report naming several units or one known only to its country, asks from whichever row
    # holds it). Building and sorting the other rows' queries, to drop them afterwards, was most of this function's
    # work in an incremental run (nearly all its rows are stored ones).
    asking = np.ones(len(features), bool) if involving is None else np.asarray(involving, bool)
    has_a1 = dated & (features.admin1 >= 0)
    ask_a1 = has_a1 & asking
    q_parts.append((rows[ask_a1], code(_KEY_ADMIN1, features.admin1[ask_a1]), True))
    i_parts.append((rows[has_a1], code(_KEY_ADMIN1, features.admin1[has_a1])))
    if features.admin1_alt is not None:
        # A report naming several units meets the reports placed in any of them (its own unit is already a key).
        for k in range(features.admin1_alt.shape[1]):
            alt = features.admin1_alt[:, k]
            has = dated & (alt >= 0) & (alt != features.admin1)
            q_parts.append((rows[has], code(_KEY_ADMIN1, alt[has]), False))
    for k in range(features.locality.shape[1]):
        has = dated & (features.locality[:, k] >= 0)
        ask = has & asking
        q_parts.append((rows[ask], code(_KEY_LOCALITY, features.locality[ask, k]), True))
        i_parts.append((rows[has], code(_KEY_LOCALITY, features.locality[has, k])))
    # An event known only to its country meets every event of that country of the same family of types.
    has_c = dated & (features.country >= 0)
    point = ~np.isnan(features.latitude) & ~np.isnan(features.longitude)
    country_only = has_c & (features.admin1 < 0) & (features.locality[:, 0] < 0) & ~point
    by_family = features.country * 8 + features.family + 1
    q_parts.append((rows[country_only], code(_KEY_COUNTRY, by_family[country_only]), False))
    i_parts.append((rows[has_c], code(_KEY_COUNTRY, by_family[has_c])))
    has_point = dated & point
    if has_point.any():
        size = km / 111.0
        lat = np.floor(features.latitude[has_point] / size).astype(np.int64)
        lon = np.floor(features.longitude[has_point] / size).astype(np.int64)

        def cell(a: np.ndarray, b: np.ndarray) -> np.ndarray:
            return code(_KEY_CELL, ((a + (1 << 20)) << 22) | (b + (1 << 21)))

        if involving is None:
            q_parts.append((rows[has_point], cell(lat, lon), True))
            for da in (-1, 0, 1):
                for db in (-1, 0, 1):
                    i_parts.append((rows[has_point], cell(lat + da, lon + db)))
        else:
            asks = asking[has_point]
            for da in (-1, 0, 1):
                for db in (-1, 0, 1):
                    q_parts.append((rows[has_point][asks], cell(lat[asks] + da, lon[asks] + db), True))
            i_parts.append((rows[has_point], cell(lat, lon)))
    q_event = np.concatenate([p[0] for p in q_parts])
    q_key = np.concatenate([p[1] for p in q_parts])
    q_sym = np.concatenate([np.full(len(p[0]), p[2]) for p in q_parts])
    order = np.argsort(q_event, kind="stable")
    i_event = np.concatenate([p[0] for p in i_parts])
    i_key = np.concatenate([p[1] for p in i_parts])
    # A pair found through the same event's own query and index of one key would come twice; a symmetric key's
    # pairs are kept from the lower row only (see candidate_pairs).
    return (q_event[order], q_key[order], q_sym[order]), (i_event, i_key)


# -- scoring -------------------------------------------------------------------------------------------------------

def score_pairs(features: Features, i: np.ndarray, j: np.ndarray, *, components: bool = False,
                at_least: float | None = None) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """The score of each pair (i[k], j[k]) in [0, 1], and (with ``components``) each component's value and the
    conflict factor (``conflict``).

    With ``at_least``, a caller that only asks which pairs reach that score saves the text term (the costly one:
    word sets compared in Python) of the pairs that cannot reach it even with full text agreement, and the place
    term of those that cannot reach it even with full place and text agreement: their score is then below
    ``at_least``, not exact."""
    f = features
    cheap: dict[str, np.ndarray] = {}
    may = None
    if at_least is not None and not components and len(i):
        # Date, type, actor and casualties first (cheap): a pair that misses the bar with full place and text
        # agreement and no place conflict misses it whatever its place (most candidate pairs of a busy province).
        # The rest is scored for the others only, these terms and the date and type conflicts kept for them.
        date, kind, actor = _date_score(f, i, j), _type_score(f, i, j), _actor_score(f, i, j)
        casualties = _casualty_score(f, i, j)
        if f.claimed is not None:
            casualties = np.where(f.claimed[i] != f.claimed[j], NEUTRAL, casualties)
        bound = (WEIGHTS["date"] * date + WEIGHTS["type"] * kind + WEIGHTS["actor"] * actor
                 + WEIGHTS["casualties"] * casualties + WEIGHTS["place"] + WEIGHTS["text"] + 1e-9)
        factor = _date_type_factor(f, i, j, kind)
        may = bound * factor >= at_least
        cheap = {"date": date, "type": kind, "actor": actor, "casualties": casualties, "factor": factor}
        if may.all():
            may = None
        elif not may.any():
            return np.zeros(len(i)), {}
        else:
            i, j = i[may], j[may]
            cheap = {name: values[may] for name, values in cheap.items()}
    parts = {
        "date": cheap["date"] if cheap else _date_score(f, i, j),
        "place": _place_score(f, i, j),
        "type": cheap["type"] if cheap else _type_score(f, i, j),
        "actor": cheap["actor"] if cheap else _actor_score(f, i, j),
        "casualties": cheap["casualties"] if cheap else _casualty_score(f, i, j),
    }
    mixed = f.claimed[i] != f.claimed[j] if f.claimed is not None else np.zeros(len(i), bool)
    # A group's claim of an attack and an independent report of it differ in toll (claims inflate) and in
    # wording (a statement is not a news story): neither says they are different incidents.
    parts["casualties"] = np.where(mixed, NEUTRAL, parts["casualties"])
    conflict = _conflict_factor(f, i, j, parts, factor=cheap.get("factor"))
    text = np.zeros(len(i))
    ask = ~mixed
    if at_least is not None:
        rest = sum(weight * parts[name] for name, weight in WEIGHTS.items() if name != "text")
        ask &= (rest + WEIGHTS["text"] + 1e-9) * conflict >= at_least
    if ask.all():
        text = _text_score(f, i, j)
    elif ask.any():
        text[ask] = _text_score(f, i[ask], j[ask])
    parts["text"] = np.where(mixed, NEUTRAL, text)
    total = np.zeros(len(i))
    for name, weight in WEIGHTS.items():
        total += weight * parts[name]
    if components:
        parts["conflict"] = conflict
    if may is not None:
        scored = np.zeros(len(may))
        scored[may] = total * conflict
        return scored, {}
    return total * conflict, (parts if components else {})


def hard_conflict(features: Features, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """True for pairs that cannot be one incident whatever else they share: exact dates two or more days apart,
    any dates beyond the window, or a different country or admin1 unit. Linking never puts such a pair in one
    incident (the complete-link part of its guard against chaining)."""
    f = features
    known = (f.day[i] != _NO_DAY) & (f.day[j] != _NO_DAY)
    apart = np.where(known, np.abs(f.day[i] - f.day[j]), 0)
    both_precise = f.precise[i] & f.precise[j]
    dates = known & ((apart > WINDOW_DAYS) | (both_precise & (apart >= 2)))
    countries = (f.country[i] >= 0) & (f.country[j] >= 0) & (f.country[i] != f.country[j])
    units = (f.admin1[i] >= 0) & (f.admin1[j] >= 0) & (f.admin1[i] != f.admin1[j]) & ~_unit_named(f, i, j)
    return dates | countries | units


def _unit_named(f: Features, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """True where one report's admin1 unit is among the units the other names (its place's and its candidates'):
    the extractor chose another of the units that report names, which is no evidence of another governorate."""
    if f.admin1_alt is None:
        return np.zeros(len(i), bool)
    # Each side's unit and named units gathered once (not once per named unit: a gather per pair and column is
    # most of what this costs).
    unit_i, unit_j = f.admin1[i], f.admin1[j]
    alt_i, alt_j = f.admin1_alt[i], f.admin1_alt[j]
    named = np.zeros(len(i), bool)
    for k in range(f.admin1_alt.shape[1]):
        named |= (unit_i >= 0) & (alt_j[:, k] == unit_i)
        named |= (unit_j >= 0) & (alt_i[:, k] == unit_j)
    return named


def _night_off_by_one(f: Features, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """True for exact dates one day apart where either report puts the act at night (:data:`NIGHT`)."""
    if f.night is None:
        return np.zeros(len(i), bool)
    return (np.abs(f.day[i] - f.day[j]) == 1) & (f.night[i] | f.night[j])


def _conflict_factor(f: Features, i: np.ndarray, j: np.ndarray, parts: Mapping[str, np.ndarray],
                     factor: np.ndarray | None = None) -> np.ndarray:
    """Disagreement weighs more than agreement: two reports on the same day in the same governorate agree on much
    without being one incident, while two exact dates a day apart, or two different villages, rarely belong to one.
    So each hard conflict also multiplies the weighted sum by a factor (see :data:`CONFLICT`). ``factor``: the
    pairs' :func:`_date_type_factor` when already computed."""
    factor = _date_type_factor(f, i, j, parts["type"]) if factor is None else factor.copy()
    factor *= np.where(parts["place"] == 0.0, CONFLICT["area"], 1.0)
    factor *= np.where((parts["place"] > 0.0) & (parts["place"] <= 0.15), CONFLICT["locality"], 1.0)
    return factor


def _date_type_factor(f: Features, i: np.ndarray, j: np.ndarray, kind: np.ndarray) -> np.ndarray:
    """The date and type conflicts of :func:`_conflict_factor` (``kind``: the pairs' type score): the place ones
    only lower it further."""
    factor = np.ones(len(i))
    both_precise = f.precise[i] & f.precise[j] & (f.day[i] != _NO_DAY) & (f.day[j] != _NO_DAY)
    apart = np.abs(f.day[i] - f.day[j])
    factor *= np.where(both_precise & (apart == 1) & ~_night_off_by_one(f, i, j), CONFLICT["date_1"], 1.0)
    factor *= np.where((both_precise & (apart >= 2)) | (apart > WINDOW_DAYS), CONFLICT["date_2"], 1.0)
    factor *= np.where(kind <= 0.05, CONFLICT["type"], 1.0)
    return factor


def _date_score(f: Features, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    known = (f.day[i] != _NO_DAY) & (f.day[j] != _NO_DAY)
    apart = np.where(known, np.abs(f.day[i] - f.day[j]), 0)
    d = apart.clip(0, 2)
    night = _night_off_by_one(f, i, j)
    both = f.precise[i] & f.precise[j] & ~night
    score = np.where(both, _DATE_PRECISE[d], _DATE_VAGUE[d])
    # Two exact dates a day apart around an act at night are what outlets write ("late Wednesday" in one report,
    # Thursday in the next morning's): nearly as good as one day, better than a vague date's "about then".
    score = np.where(night & f.precise[i] & f.precise[j], NIGHT_APART, score)
    return np.where(known, np.where(apart > WINDOW_DAYS, 0.0, score), NEUTRAL)


def haversine_km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distance in km."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))


def _place_score(f: Features, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    c_known = (f.country[i] >= 0) & (f.country[j] >= 0)
    c_conflict = c_known & (f.country[i] != f.country[j])
    a_known = (f.admin1[i] >= 0) & (f.admin1[j] >= 0)
    a_equal = a_known & (f.admin1[i] == f.admin1[j])
    named = _unit_named(f, i, j)
    a_conflict = a_known & ~a_equal & ~named
    li, lj = f.locality[i], f.locality[j]
    l_both = (li[:, 0] >= 0) & (lj[:, 0] >= 0)
    primary = l_both & (li[:, 0] == lj[:, 0])
    overlap = np.zeros(len(i), bool)
    for a in range(li.shape[1]):
        for b in range(lj.shape[1]):
            overlap |= (li[:, a] >= 0) & (li[:, a] == lj[:, b])
    if f.loose is not None:
        # Spellings of one name ("Al Jubah", "Al-Jawba") count as a name the reports share. (Each side's keys
        # gathered once, not once per pair of columns.)
        loose_i, loose_j = f.loose[i], f.loose[j]
        for a in range(f.loose.shape[1]):
            for b in range(f.loose.shape[1]):
                overlap |= (loose_i[:, a] >= 0) & (loose_i[:, a] == loose_j[:, b])
    # Two different names say "different villages" only when both are the reports' own places; a name one report
    # merely mentions (a person, a district, the outlet's city) leaves the village unknown on that side.
    both_own = np.ones(len(i), bool) if f.own is None else f.own[i] & f.own[j]
    one_sided = np.where(a_equal, IN_UNIT, 0.45)
    point = ~np.isnan(f.latitude[i]) & ~np.isnan(f.latitude[j])
    # Distances only where both sides have coordinates (the same values: the formula is per pair); the others
    # are infinitely far.
    distance = np.full(len(i), np.inf)
    if point.any():
        pi, pj = i[point], j[point]
        distance[point] = haversine_km(f.latitude[pi], f.longitude[pi], f.latitude[pj], f.longitude[pj])
    by_distance = np.clip((10.0 - distance) / 8.0, 0.0, 1.0)
    close = distance <= 2.0
    by_name = np.where(primary, 1.0, np.where(overlap, 0.85, np.where(close, 0.7, np.where(both_own, 0.15,
                                                                                             one_sided))))
    # Reports placed in different units one of them names: the extractor chose one of several units, and the
    # village it chose there is as uncertain, so two different village names say no more than the units do.
    other_unit = a_known & ~a_equal & named & ~(primary | overlap)
    return np.select(
        [c_conflict, a_conflict, other_unit, l_both, point, a_equal, named,
         c_known & (f.country[i] == f.country[j])],
        [0.0, 0.0, 0.45, by_name, by_distance, IN_UNIT, 0.45, 0.45], default=0.4)


def _type_score(f: Features, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    sub = (f.sub_event_type[i] >= 0) & (f.sub_event_type[i] == f.sub_event_type[j])
    tactic = (f.tactics[i] & f.tactics[j]) != 0
    et = (f.event_type[i] >= 0) & (f.event_type[i] == f.event_type[j])
    fam_known = (f.family[i] >= 0) & (f.family[j] >= 0)
    fam = np.where(fam_known, _FAMILY_SCORE[f.family[i].clip(0), f.family[j].clip(0)], NEUTRAL)
    return np.where(sub | tactic, 1.0, np.where(et, 0.8, fam))


def _actor_score(f: Features, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    ai, aj = f.actors[i], f.actors[j]
    # (Column by column: a reduction along the short second axis cost more than the comparisons.)
    known_i, known_j = np.zeros(len(i), bool), np.zeros(len(i), bool)
    for a in range(ai.shape[1]):
        known_i |= ai[:, a] >= 0
        known_j |= aj[:, a] >= 0
    shared = np.zeros(len(i), bool)
    for a in range(ai.shape[1]):
        for b in range(aj.shape[1]):
            shared |= (ai[:, a] >= 0) & (ai[:, a] == aj[:, b])
    return np.where(known_i & known_j, np.where(shared, 1.0, 0.25), NEUTRAL)


def _count_score(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    known = (a >= 0) & (b >= 0)
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    score = np.where(lo == hi, 1.0, np.where((hi - lo <= 2) | (2 * lo >= hi), 0.8, np.where(4 * lo >= hi, 0.5, 0.15)))
    return np.where(known, score, 0.0), known


def _casualty_score(f: Features, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    killed, k_known = _count_score(f.killed[i], f.killed[j])
    wounded, w_known = _count_score(f.wounded[i], f.wounded[j])
    n = k_known.astype(int) + w_known.astype(int)
    return np.where(n > 0, (killed + wounded) / np.maximum(n, 1), NEUTRAL)


def _text_score(f: Features, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    if isinstance(f.words, WordSets):
        jac = f.words.jaccard(i, j)
        known = jac >= 0
    elif f.words is not None:
        # (The rows by unique_ints, not np.union1d: NumPy's np.unique imports numpy.ma on its first plain call,
        # 0.025-0.035 CPU s of a linking process that needs nothing else of it.)
        words = {row: f.words[row] for row in unique_ints(np.concatenate((i, j))).tolist()}
        # One pass over the pairs (-1 where a side has no words: unknown), the union's size taken from the
        # intersection's rather than built as a set (the same integers, so the same quotient): the text term is
        # the one scored in Python, pair by pair.
        jac = np.fromiter((_overlap(words[a], words[b]) for a, b in zip(i.tolist(), j.tolist(), strict=True)),
                          float, len(i))
        known = jac >= 0
    elif f.signature is not None:
        jac = np.empty(len(i))
        for lo in range(0, len(i), 200_000):  # (pairs x permutations) temporaries, a slice at a time
            a, b = i[lo:lo + 200_000], j[lo:lo + 200_000]
            jac[lo:lo + 200_000] = (f.signature[a] == f.signature[b]).mean(axis=1)
        known = np.ones(len(i), bool)
    else:
        return np.full(len(i), NEUTRAL)
    return np.where(known, np.clip((jac - 0.05) / 0.30, 0.0, 1.0), NEUTRAL)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """The Jaccard index of two word sets, or -1.0 when either is empty (the text term is then unknown)."""
    if not a or not b:
        return -1.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def minhash(words: Iterable[str], permutations: int = 64, seed: int = 1) -> np.ndarray:
    """A MinHash signature of a word set: the share of equal positions of two signatures estimates the Jaccard
    similarity of the sets (standard error about sqrt(J(1-J)/permutations))."""
    rng = np.random.default_rng(seed)
    a = rng.integers(1, 2**32, permutations, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**32, permutations, dtype=np.uint64)
    hashes = np.fromiter((zlib.crc32(w.encode()) for w in words), np.uint64)
    if not len(hashes):
        return np.full(permutations, np.iinfo(np.uint32).max, np.uint32)
    mixed = (hashes[:, None] * a[None, :] + b[None, :]) & np.uint64(0xFFFFFFFF)
    return mixed.min(axis=0).astype(np.uint32)


def stable_id(*parts: str) -> str:
    """A 16-hex id from its parts (sha256), stable across runs."""
    return hashlib.sha256(":".join(parts).encode()).hexdigest()[:16]
