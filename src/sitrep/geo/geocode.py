"""Geocoding: an event's place chosen among its candidates and resolved; a claim's places resolved, its country
decided, its figures' governorates made canonical."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from sitrep.geo.gazetteer import CITY_POPULATION, Entry, Gazetteer
from sitrep.geo.normalize import normalize_name
from sitrep.model import Claim, Event, Figure, Place


def dateline_country(dateline: Place, gazetteer: Gazetteer) -> str | None:
    """The country a dateline names ('IDLIB, Syria' → SY; 'BAGHDAD' → IQ, the capital or governorate found on its
    own): the context of the story's places, so that "US-backed" or a homonym abroad never wins."""
    parts = [p.strip().title() for p in dateline.name.split(",") if p.strip()]
    for part in reversed(parts):
        entry = gazetteer.lookup(part)
        if entry is not None:
            return entry.country
    return None


def geocode_event(event: Event, gazetteer: Gazetteer | None = None, *, country: str | None = None,
                  region: Entry | None = None) -> Event:
    """A copy of ``event`` with ``place`` set to where it happened, resolved, and its candidate ``places`` filled.

    - **Context**: the countries and admin-1 units among the candidates (the first country named, else the
      ``country`` hint — ISO alpha-2, e.g. the document's —, else the dateline's country ('IDLIB, Syria —'), else
      the country of the first unit named); the first
      unit named in that country is the admin-1 context. "near Thiban in Deir ez-Zor" looks for Thiban inside
      Deir ez-Zor governorate first. A candidate not found in a country the text names is tried on its own (the
      gazetteer's no-context rules); one not found in the ``country`` hint is not.
    - **Choice**: the first candidate, in the extractor's order (best first), that resolves to a locality or a
      district; else the first that resolves at all (a governorate, a country). When that is the governorate
      named as context and the extractor's best candidate did not resolve ("near Kobajjep in Deir ez-Zor"), the
      place keeps that candidate's name and span, located at the governorate (precision 3): where the event
      happened is known to that level, and the village's name is kept for an analyst to place. A candidate that names a
      governorate whose seat shares its name ("Raqqa", "Aleppo") is read as the city when it is the only place
      the event names below country level; when other places are named it is their context, and stays the unit.
    - **The named unit binds**: when the text binds a village or district to an admin-1 unit it names ("X village
      in Y region", "X, Y province", "Y's X district": see :func:`_bound_unit`) and the gazetteer finds X only
      outside every unit the event names (a homonym or near spelling elsewhere), X is not chosen there; the event
      is at the extractor's best candidate, located no finer than the unit. A city of ``CITY_POPULATION`` or more
      is known on its own and still chosen; places merely listed together ("in Tal Abyad ... in Hama") are not
      bound.
    - **The document's region**: ``region`` is the admin-1 unit the whole document names (see
      :func:`document_context`). When the event names no unit (nor another country), it is the event's context:
      its country before the ``country`` hint or dateline, its unit for lookups, and the place of a best
      candidate that resolves nowhere ("Ateq" in a story about Shabwah: somewhere in Shabwah, precision 3) or
      only by another spelling outside it. A village found under its own name elsewhere is still chosen: the
      document's region is weaker evidence than the event's own words.
    - **Precision**: the entry's (1 locality, 2 district, 3 admin-1, 4 country), coarsened to 2 when the
      extractor marked the candidate "near" (``geo_precision`` 2: near, outskirts, district, area) or the text said
      "X district" and only the town X was found. Never finer than the match.
    - ``place`` keeps the candidate's ``name`` and ``span``; admin-1 (name and ISO code), admin-2, locality,
      country, coordinates and gazetteer id come from the gazetteer. When no candidate resolves, ``place`` is None
      (nothing is invented) and the candidates stay as written in ``places``; each candidate that resolves is
      filled the same way, one that does not is kept unchanged.
    """
    return _geocode_event(event, gazetteer or Gazetteer.default(), country, region)[0]


def geocode_events(events: Sequence[Event], gazetteer: Gazetteer | None = None
                   ) -> tuple[list[Event], str | None, Entry | None]:
    """``(events, country, region)``: each of a document's ``events`` geocoded (:func:`geocode_event`) in the
    document's context, and that context (:func:`document_context`). Each event is geocoded on its own, then again
    inside the region when the document names one; an event that names an admin-1 unit of its own in its context
    never reads the region (see :func:`geocode_event`), so its first answer stands and it is not geocoded twice."""
    gazetteer = gazetteer or Gazetteer.default()
    first = [_geocode_event(event, gazetteer, None, None) for event in events]
    placed = [done for done, _ in first]
    country, region = document_context(placed, gazetteer)
    if region is not None:
        placed = [_geocode_event(event, gazetteer, None, region)[0] if open_to_region else done
                  for event, (done, open_to_region) in zip(events, first, strict=True)]
    return placed, country, region


def _geocode_event(event: Event, gazetteer: Gazetteer, country: str | None, region: Entry | None
                   ) -> tuple[Event, bool]:
    """:func:`geocode_event`'s answer, and whether a ``region`` could change it: False when the event names an
    admin-1 unit of its own in its context (the region is read only when it names none)."""
    hint = country.strip().upper() if isinstance(country, str) and country.strip() else None
    if hint is None and event.dateline is not None:
        hint = dateline_country(event.dateline, gazetteer)
    bare = [gazetteer.lookup(p.name, country=hint) for p in event.places]
    named = [e.country for e in bare if e is not None and e.level == "country"]
    context = named[0] if named else hint
    if context is None:
        context = next((e.country for e in bare if e is not None and e.level == "admin1"), None)
    if context is None:  # a governorate named bare whose name is also a town abroad ("Faryab") still says where
        context = next((u.country for u in map(gazetteer.unit, (p.name for p in event.places)) if u), None)
    if context is None and len(event.places) > 1:
        # "the village of Hindi in Lamu county": the place named after the first is usually what contains it, so
        # its country is the context, not the country of a homonym of the first found on its own.
        context = next((e.country for e in reversed(bare[1:]) if e is not None), None)
    # Again with the country known: "Borno" is a state only once "Nigeria" has been read.
    bare = [gazetteer.lookup(p.name, country=context) for p in event.places]
    unit = own_unit = next((e for e in bare if e is not None and e.level == "admin1" and e.country == context), None)
    by_document = False
    if unit is None and region is not None and region.level == "admin1" and (
            named[0] == region.country if named else context in (None, hint, region.country)):
        # The event names no unit of its own (nor another country): the region the document names is its
        # context, before a dateline's country ("BANGKOK —" over a story about a Sagaing village).
        context, unit = region.country, region
        bare = [gazetteer.lookup(p.name, country=context) for p in event.places]
        by_document = not any(e is region for e in bare)  # else the event names it too, under a foreign dateline
    # Units the event names in its country: a village found in none of them is a homonym from elsewhere.
    units = [e for e in bare if e is not None and e.level == "admin1" and e.country == context] or (
        [unit] if unit is not None else [])
    below_country = sum(1 for e in bare if e is None or e.level != "country")

    places: list[Place] = []
    chosen: Place | None = None
    fallback: Place | None = None
    first_unplaced = True  # the extractor's best candidate resolved nowhere, or only outside the unit named
    target = unit  # where an unplaced best candidate is located: the unit it is bound to, else the first named
    for number, candidate in enumerate(event.places):
        found = gazetteer.match(candidate.name, country=context, admin1=unit, prefer_locality=below_country == 1)
        if found is None and (by_document or (named and context == named[0] and context != hint and unit is None)):
            # A country the text names is a weaker context than the caller's hint: "Russian jets struck Tell Tamr"
            # names Russia, but Tell Tamr is where it happened; so is a region named elsewhere in the document.
            # Try the name on its own (no-context rules). A governorate the event names is strong context:
            # "Hindi in Lamu county" is never sought abroad.
            found = gazetteer.match(candidate.name, prefer_locality=below_country == 1)
        if found is None:
            if number == 0:  # a name known elsewhere but not here is not placed here ("Sheikh Meskin, Idlib")
                first_unplaced = bare[0] is None or by_document
            places.append(candidate)  # (shared, not copied: records are never changed in place, see _resolve_place)
            continue
        place = _event_place(found.entry, candidate, found.near)
        places.append(place)
        local = found.entry.level in ("locality", "admin2", "admin3")
        # (A place the gazetteer knows no admin-1 unit of, like GeoNames' Gaza towns, filed under the Strip, is
        # never outside: nothing says so.)
        outside = local and unit is not None and found.entry.country == unit.country \
            and found.entry.unit is not None and found.entry.unit.level == "admin1" \
            and all(found.entry.unit.code != u.code for u in units) \
            and found.entry.population < CITY_POPULATION
        if outside and by_document:  # the document's region: only a near spelling or another name gives way
            outside = found.entry.key != normalize_name(candidate.name)
        elif outside:  # the event's own units: only the one the text binds the village to ("X village in Y")
            binding = _bound_unit(number, event.places, bare, units)
            outside = binding is not None
            if number == 0 and binding is not None:
                target = binding
        if number == 0:
            first_unplaced = outside
        if outside:
            continue  # a village of that name elsewhere: the unit the text names says where it is (see above)
        if chosen is None and local:
            chosen = place
        elif fallback is None:
            fallback = place
    if chosen is None and target is not None and event.places and first_unplaced and (
            (fallback is None and by_document) or (fallback is not None and fallback.country == target.country and (
                fallback.geo_precision or 0) >= 3 and fallback.admin1_code in (None, unit.code, target.code))):
        # "near Thiban in Deir ez-Zor" with Thiban unknown, or known only elsewhere: the event is at Thiban,
        # somewhere in the governorate. Keep the extractor's best candidate as written, no finer than the unit.
        first = event.places[0]
        fallback = target.place(first.name, first.span)
    # (``unit`` is the event's own when it is not None here and no region was read: see geocode_events)
    return event.model_copy(update={"place": chosen or fallback, "places": places}), own_unit is None


BIND_CHARS = 40
"""How far after a village a unit's name may follow and still say where it is: "Kyauk Taw village in the
northern Sagaing region" binds; "... in the east of Tal Abyad and the regime forces control a village in Hama",
two places of two clauses, does not."""


def _bound_unit(number: int, candidates: Sequence[Place], bare: Sequence[Entry | None],
                units: Sequence[Entry]) -> Entry | None:
    """The unit the text binds candidate ``number`` to: one named just after it ("X village in Y region", "X, Y
    province"; each step within ``BIND_CHARS``, with nothing between but unknown names or places of Y: "in the Z
    district of") or just before it ("Y's X district"). None when no unit is that close: a list of places is no
    binding."""
    span = candidates[number].span
    if span is None:
        return None
    for unit in units:
        for other, entry in zip(candidates, bare, strict=True):
            if entry is not unit or other.span is None:
                continue
            if 0 <= span.start - other.span.end <= 3:  # "Y's X"
                return unit
            if other.span.start < span.end:
                continue
            # Each step of the chain is short: "X and Z villages in W township in Y region" binds X to Y.
            between = sorted((c.span.start, c.span.end, e) for c, e in zip(candidates, bare, strict=True)
                             if c.span is not None and span.end <= c.span.start < other.span.start)
            ends = [span.end, *(end for _start, end, _e in between)]
            starts = [*(start for start, _end, _e in between), other.span.start]
            if all(0 <= b - a <= BIND_CHARS for a, b in zip(ends, starts, strict=True)) and all(
                    e is None or e is unit or (e.unit is not None and e.unit.code == unit.code)
                    for _start, _end, e in between):
                return unit
    return None



def document_context(events: Sequence[Event], gazetteer: Gazetteer | None = None
                     ) -> tuple[str | None, Entry | None]:
    """(country, region) of a document from its events, each already geocoded on its own (:func:`geocode_event`
    without ``region``): the context of the document's other places.

    - ``region``: the one admin-1 unit the document names (an event's candidate that resolves to a unit, or the
      unit of a dateline's town when the text names none: "MOSUL —" is Nineveh); None when it names none or
      several. A story about
      "a village in Sagaing region" is about Sagaing wherever else in it a village of that name is mentioned.
    - ``country``: the one country every resolved event place and the dateline agree on; None when they differ.
    """
    gazetteer = gazetteer or Gazetteer.default()
    units: dict[str, Entry] = {}
    dateline_units: dict[str, Entry] = {}
    countries: set[str] = set()
    datelines = {event.dateline.name: event.dateline for event in events if event.dateline is not None}
    for dateline in datelines.values():
        country = dateline_country(dateline, gazetteer)
        if country:
            countries.add(country)
        head = dateline.name.split(",")[0].strip().title()
        entry = gazetteer.lookup(head, country=country) if head else None
        unit = entry if entry is not None and entry.level == "admin1" else (entry.unit if entry else None)
        if unit is not None and unit.country == country:
            dateline_units[unit.code or unit.name] = unit
    for geocoded in events:
        for place in geocoded.places:
            if place.geo_precision == 3 and place.admin1_code:
                unit = gazetteer.unit(place.admin1_code, country=place.country)
                if unit is not None:
                    units[unit.code or unit.name] = unit
        if geocoded.place is not None and geocoded.place.country:
            countries.add(geocoded.place.country)
    # A unit the text names outranks a dateline's: "BANGKOK —" heads many a story about Myanmar.
    units = units or dateline_units
    region = next(iter(units.values())) if len(units) == 1 else None
    return (next(iter(countries)) if len(countries) == 1 else None), region


def _event_place(entry: Entry, candidate: Place, near: bool) -> Place:
    coarse = 2 if near or candidate.geo_precision == 2 else None
    return entry.place(candidate.name, candidate.span, precision=coarse)


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
    - A figure's ``country`` as written ("Iraq") becomes its ISO 3166-1 alpha-2 code ("IQ").
    """
    gazetteer = gazetteer or Gazetteer.default()
    first = [_resolve_place(gazetteer, place, place.country or claim.country) for place in claim.places]
    context = _claim_country(first) or claim.country
    # (a place whose context is the same in both passes, its own country or the claim's own confirmed, resolves the
    # same way again: the first pass's record is kept, not made anew)
    places = first if context == claim.country else [
        resolved if place.country else _resolve_place(gazetteer, place, context)
        for place, resolved in zip(claim.places, first, strict=True)]
    country = _claim_country(places)
    if country is None:
        country = _most_frequent(_figure_countries(gazetteer, claim.figures, claim.country)) or claim.country
    figures = [_geocode_figure(gazetteer, figure, country) for figure in claim.figures]
    return claim.model_copy(update={"places": places, "figures": figures, "country": country})


def _resolve_place(gazetteer: Gazetteer, place: Place, context: str | None) -> Place:
    found = gazetteer.resolve(place.name, country=context)
    if found is None:
        # The record itself, not a copy: nothing changes a Place or Figure in place once made (every change is a
        # model_copy with an update, as below), so the claim made from it may share it with the one it came from.
        return place
    # Fields the gazetteer fills replace the mention's; what it leaves empty (a locality the extractor saw) stays.
    # (read from the record's fields as stored: a Place has no extra fields, so they are what iterating it gives,
    # without pydantic's generator)
    filled = {k: v for k, v in found.__dict__.items() if v is not None and k not in ("name", "span")}
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
    if figure.country:
        # 'four in Syria': the country as written becomes its alpha-2 code (geocoding twice changes nothing); a name
        # the gazetteer does not know as a country is no country facet.
        found = gazetteer.resolve(figure.country)
        code = found.country if found is not None and found.geo_precision == 4 else None
        if code is None and len(figure.country) == 2 and figure.country.isupper():
            code = figure.country
        figure = figure.model_copy(update={"country": code})
    if not figure.admin1:
        return figure  # (shared, not copied: see _resolve_place)
    found = gazetteer.resolve(figure.admin1, country=country)
    if found is None or found.geo_precision != 3:
        return figure.model_copy(update={"admin1_code": None})
    return figure.model_copy(update={"admin1": found.admin1, "admin1_code": found.admin1_code})
