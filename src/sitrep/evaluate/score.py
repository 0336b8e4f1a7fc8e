"""Score an extraction function against coded rows, field by field.

Rules, applied to every schema alike (the reasons are in the comments where each is applied):

* **Which event.** A text may yield several events; the *first* one extraction returns (in text order) is scored
  against the row. Publishers code one event per row and their notes open with it ("On 21 March 2020, 12 Taliban
  …"); trying every event and keeping the best would reward extracting many.
* **Unknowns are misses.** No event extracted, an extraction error, a missing value: a miss on every field the row
  codes, never a skip. The one reading of "nothing" that is a value: an extracted event without a killed (wounded)
  count reports no deaths, which is what ACLED codes as 0 — so it scores as 0.
* **Blank gold.** A row that leaves a field blank is not scored on it (nothing to compare), except ``actor2``
  where the schema codes it: ACLED leaves actor2 blank when there is no second party (a peaceful protest), and then
  the right prediction is none.
* **Fatalities** are compared as the best count (the low end when only a range is known). Besides exact and ±1,
  the report gives how often the coded number (>0) does not appear in the text at all
  (:func:`~sitrep.evaluate.match.stated_numbers`: "coded as 10", splits across events, sums), and exact accuracy on
  the rows where it does.
* **Places** come from the event's geocoded ``place``: admin1 by name key or ISO 3166-2 code; admin2 and location
  (the place's name or locality) by :func:`~sitrep.evaluate.match.same_place_name`; coordinates by haversine
  distance. No coordinates is a miss for the within-10/50 km shares; the median is over rows where both sides have
  coordinates.
* **Actors** by :class:`~sitrep.evaluate.match.ActorMatcher`. Where the schema's sides are unordered (UCDP: side_a
  is the government or first party, not the perpetrator), actor1 counts when it names either side and actor2 when
  it names the other one.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sitrep.errors import ConfigError, SitrepError
from sitrep.evaluate.gold import GoldRow
from sitrep.evaluate.match import ActorMatcher, haversine_km, same_place_name, stated_numbers
from sitrep.evaluate.readers import Schema, get_schema
from sitrep.evaluate.report import NONE, EvalReport
from sitrep.geo import Gazetteer
from sitrep.geo.normalize import normalize_name
from sitrep.model import Count, Document, Event, Extraction, Place
from sitrep.taxonomy import ActorTable

__all__ = ["ExtractFn", "evaluate"]

ExtractFn = Callable[[Document], "Extraction | Iterable[Event]"]
"""What is scored: a Document in, an Extraction (or just its events) out — e.g. :func:`sitrep.api.extract`."""


def evaluate(rows: Iterable[GoldRow], extract_fn: ExtractFn, schema: str, *, actors: ActorTable | None = None,
             actor_map: Mapping[str, str | tuple[str, ...]] | None = None, gazetteer: Gazetteer | None = None,
             clock: Callable[[], float] = time.perf_counter) -> EvalReport:
    """Run ``extract_fn`` on each row's text and score its first event against the row's coded fields.

    Each text becomes ``Document.from_text(text, published=row.published)``; ``published`` is set only where the
    schema records a publication date (UCDP), never from the coded event date. ``actor_map`` adds gold names to
    :data:`~sitrep.evaluate.match.ACTOR_MAP`. Raises ConfigError for an unknown schema or rows read in another.
    """
    spec = get_schema(schema)
    matcher = ActorMatcher(actors, gazetteer=gazetteer, extra=actor_map)
    report = EvalReport(schema=spec.name)
    for row in rows:
        if row.schema != spec.name:
            raise ConfigError(f"{row.where}: row read as schema {row.schema!r}, scored as {spec.name!r}")
        document = Document.from_text(row.text, published=row.published, path=row.where)
        started = clock()
        events: list[Event] = []
        try:
            result = extract_fn(document)
            events = list(result.events if isinstance(result, Extraction) else result)
        except SitrepError as error:  # kept in the report and scored as no event: never silently dropped
            report.errors.append({"where": row.where, "reason": str(error)})
        report.extract_seconds += clock() - started
        _score_row(report, spec, row, events[0] if events else None, matcher)
    return report


def _score_row(report: EvalReport, spec: Schema, row: GoldRow, event: Event | None, matcher: ActorMatcher) -> None:
    report.documents += 1
    report.with_event += event is not None
    report.score("event_found").add(event is not None, lambda: _example(row, "an event", NONE))
    fields = spec.fields
    for name in ("event_type", "sub_event_type"):
        if name in fields and getattr(row, name):
            _score_type(report, row, name, event)
    if "actor1" in fields:
        _score_actors(report, row, event, matcher, with_actor2="actor2" in fields)
    if "fatalities" in fields and row.killed is not None:
        _score_fatalities(report, row, row.killed, event)
    if "wounded" in fields and row.wounded is not None:
        predicted = _number(event, event.wounded if event is not None else None)
        report.score("wounded_exact").add(predicted == row.wounded, lambda: _example(row, row.wounded, predicted))
    _score_place(report, fields, row, event.place if event is not None else None, event is not None)
    if "date" in fields and row.date_start is not None:
        got = event.date_start if event is not None else None
        report.score("date_exact").add(got == row.date_start, lambda: _example(row, row.date_start, got))


def _score_type(report: EvalReport, row: GoldRow, name: str, event: Event | None) -> None:
    gold: str = getattr(row, name)
    predicted: str | None = getattr(event, name) if event is not None else None
    hit = predicted is not None and predicted.casefold() == gold.casefold()
    report.score(name).add(hit, lambda: _example(row, gold, predicted))
    report.confusion.setdefault(name, Counter())[(gold, predicted or NONE)] += 1


def _score_actors(report: EvalReport, row: GoldRow, event: Event | None, matcher: ActorMatcher, *,
                  with_actor2: bool) -> None:
    pred1 = event.actor1 if event is not None else None
    pred2 = event.actor2 if event is not None else None
    if row.actors_unordered:
        sides = [side for side in (row.actor1, row.actor2) if side]
        if not sides:
            return
        matched = next((i for i, side in enumerate(sides) if pred1 and matcher.matches(side, pred1)), None)
        report.score("actor1").add(matched is not None, lambda: _example(row, " / ".join(sides), pred1))
        if with_actor2:
            others = [side for i, side in enumerate(sides) if i != matched] or sides
            hit = pred2 is not None and any(matcher.matches(side, pred2) for side in others)
            report.score("actor2").add(hit, lambda: _example(row, " / ".join(others), pred2))
        return
    if row.actor1:
        hit = pred1 is not None and matcher.matches(row.actor1, pred1)
        report.score("actor1").add(hit, lambda: _example(row, row.actor1, pred1))
    if with_actor2:
        if row.actor2 is None:  # ACLED: no second party coded; right only when sitrep names none either
            hit = event is not None and pred2 is None
        elif pred2 is not None:
            hit = matcher.matches(row.actor2, pred2)
        else:
            # sitrep names a generic target by category rather than as an actor: "civilians" is ACLED's Civilians.
            category = event.target_category if event is not None else None
            hit = category == "civilians" and "civilians" in matcher.resolve(row.actor2).classes
        report.score("actor2").add(hit, lambda: _example(row, row.actor2, pred2))


def _score_fatalities(report: EvalReport, row: GoldRow, gold: int, event: Event | None) -> None:
    predicted = _number(event, event.killed if event is not None else None)

    def example() -> dict[str, Any]:
        return _example(row, gold, predicted)

    exact = predicted == gold
    report.score("fatalities_exact").add(exact, example)
    report.score("fatalities_within_1").add(predicted is not None and abs(predicted - gold) <= 1, example)
    if row.killed_low is not None and row.killed_high is not None:
        inside = predicted is not None and row.killed_low <= predicted <= row.killed_high
        report.score("fatalities_in_range").add(
            inside, lambda: _example(row, f"{row.killed_low}–{row.killed_high}", predicted))
    if gold > 0:
        stated = gold in stated_numbers(row.text)
        # Here a "hit" is a row whose coded number the text never states: a property of the data, not of sitrep.
        report.score("fatalities_not_in_text").add(not stated)
        if stated:
            report.score("fatalities_exact_where_stated").add(exact, example)


def _number(event: Event | None, count: Count | None) -> int | None:
    """The predicted number: None without an event; 0 for an event that states no such count (see module doc)."""
    if event is None:
        return None
    if count is None:
        return 0
    for value in (count.best, count.low, count.high):
        if value is not None:
            return value
    return None


def _score_place(report: EvalReport, fields: frozenset[str], row: GoldRow, place: Place | None,
                 has_event: bool) -> None:
    def show(value: str | None) -> Callable[[], dict[str, Any]]:
        return lambda: _example(row, value, _place_text(place))

    if "country" in fields and row.country:
        report.score("country").add(place is not None and place.country == row.country, show(row.country))
    if "admin1" in fields and row.admin1:
        hit = place is not None and (
            (bool(place.admin1) and normalize_name(place.admin1 or "") == normalize_name(row.admin1))
            or (row.admin1_code is not None and place.admin1_code == row.admin1_code))
        report.score("admin1").add(hit, show(row.admin1))
    if "admin2" in fields and row.admin2:
        hit = place is not None and same_place_name(row.admin2, place.admin2)
        report.score("admin2").add(hit, show(row.admin2))
    if "location" in fields and row.locations:
        names = (place.name, place.locality) if place is not None else ()
        hit = any(same_place_name(coded, name) for coded in row.locations for name in names)
        report.score("location").add(hit, show(" | ".join(row.locations)))
    if "no_place" in fields and row.no_place:
        report.score("no_place").add(has_event and place is None, show(NONE))
    if "coordinates" in fields and row.latitude is not None and row.longitude is not None:
        km = None
        if place is not None and place.latitude is not None and place.longitude is not None:
            km = haversine_km(row.latitude, row.longitude, place.latitude, place.longitude)
            report.distances_km.append(km)
        gold = f"{row.latitude:.4f}, {row.longitude:.4f}"
        report.score("within_10km").add(km is not None and km <= 10, show(gold))
        report.score("within_50km").add(km is not None and km <= 50, show(gold))


def _place_text(place: Place | None) -> str | None:
    if place is None:
        return None
    parts = [place.name, place.admin2, place.admin1, place.country]
    where = ", ".join(p for p in parts if p)
    if place.latitude is not None and place.longitude is not None:
        where += f" ({place.latitude:.4f}, {place.longitude:.4f})"
    return where


def _example(row: GoldRow, gold: object, predicted: object) -> dict[str, Any]:
    text = " ".join(row.text.split())
    return {"where": row.where, "gold": _plain(gold), "predicted": _plain(predicted),
            "text": text if len(text) <= 200 else text[:197] + "..."}


def _plain(value: object) -> Any:
    if value is None:
        return NONE
    return value if isinstance(value, int | float | str) else str(value)
