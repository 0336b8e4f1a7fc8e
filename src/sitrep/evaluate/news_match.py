"""When an extracted event is a gold incident, and an extracted claim a gold claim, on the real-news set.

**Incidents** (per text, one-to-one, best score first; ties go to main/secondary incidents before optional ones,
then to text order). An event and a gold incident are *compatible* when

1. the **date** agrees: the gold date is null, the event has no date, or some gold date lies within one day of the
   event's date range (a gold month "2017-12" or year "2019": within one day of it);
2. and the **type family** agrees — political violence (Battles, Explosions/Remote violence, Violence against
   civilians), demonstrations (Protests, Riots) or Strategic developments — *or* both place and killed agree (a
   bombing typed as an arrest is still that bombing when the place and the toll say so).

The score of a compatible pair: sub-event type in the gold list 2, event type 1, place 2 (the event's admin-1
code among the gold codes, or one of its place names the same as a gold place by
:func:`~sitrep.evaluate.match.same_place_name`), killed 2 (its best count among the gold numbers), actor1 1, exact
date 1, and a half where the event's own place is named as a gold place (of two incidents in one province, the one
at the place the event is at). An event matched to an ``optional`` incident is neither a hit nor a false positive.

**Actors** compare by :class:`~sitrep.evaluate.match.ActorMatcher` (the alias table, affiliates, state forces by
country, generic classes: "Unidentified Armed Group" = "Unidentified armed group" = "unknown gunmen"). An event
with no actor1 counts as "Unidentified armed group": that is what ACLED codes when the text names no one. A gold
claimant such as "Islamic State (al-Naba weekly)" or "UNAMA / OHCHR" is tried whole, before its parenthesis, inside
it, and each side of a slash; a media outlet resolves to the group it speaks for.

**Claims** (per text, one-to-one, best score first). A pair is compatible when the two share at least one figure
value and either the claimant/actor agree (any of the gold claimant and actor against any of the extracted
claimant and actor) or the periods overlap. Score: actor agreement 3, period overlap 2, one per shared value.
A claim's **claimant is right** when it is the gold claimant or — for a ``claimed`` gold claim, where the claimant
speaks for the actor — the gold actor; a claim with no claimant and no cited speaker is the outlet's own report,
and its outlet is compared with a ``reported`` gold claimant.

**Figures** are right when measure, value and facet all agree: gold ``null`` ↔ a figure with no place, target,
tactic, region or month; an ISO 3166-2 code ↔ ``admin1_code``; ``target:X`` ↔ the figure's target by actor
matching or the same word (singular/plural aside); ``tactic:X`` ↔ the figure's tactic key, or X is one of that
tactic's terms; ``month:YYYY-MM`` ↔ the figure's ``month`` (a calendar month of a longer period).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from typing import TypeVar

from sitrep.evaluate.match import ActorMatcher, same_place_name
from sitrep.evaluate.news_gold import GoldClaim, GoldFigure, GoldIncident
from sitrep.geo.normalize import normalize_name
from sitrep.model import Claim, Count, Event, Figure
from sitrep.taxonomy import TACTICS

__all__ = ["FAMILIES", "NEWS_ACTOR_MAP", "UNIDENTIFIED", "NewsMatcher", "best_pairs", "count_value"]

FAMILIES: dict[str, str] = {
    "Battles": "violence", "Explosions/Remote violence": "violence", "Violence against civilians": "violence",
    "Protests": "demonstrations", "Riots": "demonstrations", "Strategic developments": "strategic",
}
"""ACLED event type → the family two records must share to be one incident (see the module docstring)."""

UNIDENTIFIED = "Unidentified armed group"

NEWS_ACTOR_MAP: dict[str, tuple[str, ...]] = {
    "Global Coalition against Daesh": ("US-led coalition",),  # the coalition's own name; the alias table's is shorter
}
"""Names the set's gold uses for actors the alias table knows under another name (added to ``ACTOR_MAP``)."""

A = TypeVar("A")
B = TypeVar("B")


def best_pairs(golds: Sequence[A], predicted: Sequence[B], score: Callable[[A, B], float | None],
               prefer: Callable[[A], int] = lambda _: 0) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), highest score first; ``score`` None = incompatible.

    Ties go to the gold with the lower ``prefer`` key, then to the earlier gold and the earlier prediction.
    """
    candidates = []
    for i, gold in enumerate(golds):
        for j, pred in enumerate(predicted):
            value = score(gold, pred)
            if value is not None:
                candidates.append((-value, prefer(gold), i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((i, j))
    return pairs


def count_value(count: Count | None) -> int | None:
    """The number a count states: best, else low, else high; None when there is no count."""
    if count is None:
        return None
    for value in (count.best, count.low, count.high):
        if value is not None:
            return value
    return None


def _day_range(value: str) -> tuple[date, date] | None:
    """An ISO day, month or year as the days it covers; None when unreadable."""
    try:
        if len(value) == 4:
            return date(int(value), 1, 1), date(int(value), 12, 31)
        if len(value) == 7:
            first = date.fromisoformat(value + "-01")
            following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
            return first, following - timedelta(days=1)
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return day, day


def _overlap(a: tuple[date, date], b: tuple[date, date], slack: int = 0) -> bool:
    return a[0] - timedelta(days=slack) <= b[1] and b[0] - timedelta(days=slack) <= a[1]


def _singular(word: str) -> str:
    key = normalize_name(word)
    for plural, single in (("children", "child"), ("women", "woman"), ("men", "man")):
        if key.endswith(plural):
            return key[: -len(plural)] + single
    return key[:-1] if key.endswith("s") else key


class NewsMatcher:
    """The rules of the module docstring, with one :class:`ActorMatcher` shared by every comparison."""

    def __init__(self, actors: ActorMatcher | None = None) -> None:
        self.actors = actors if actors is not None else ActorMatcher(extra=NEWS_ACTOR_MAP)

    # --- actors -----------------------------------------------------------------------------------------------

    def actor_in(self, golds: Iterable[str | None], predicted: str | None) -> bool:
        """True when the predicted actor is one of the accepted gold actors (None counts as unidentified)."""
        name = predicted or UNIDENTIFIED
        return any(gold and self.same_actor(gold, name) for gold in golds)

    def names(self, name: str | None) -> list[str]:
        """A claimant as written and the names it may go by (see the module docstring); media → their owner."""
        if not name:
            return []
        out = [name]
        head, _, rest = name.partition("(")
        if rest:
            out += [head.strip(), rest.partition(")")[0].strip()]
        out += [part.strip() for part in name.split(" / ") if " / " in name]
        owners = [self.actors.table.owner(n) for n in out]
        return list(dict.fromkeys(n for n in [*out, *owners] if n))

    def same_actor(self, gold: str | None, predicted: str | None) -> bool:
        """True when any name ``gold`` may go by matches any name ``predicted`` may go by."""
        return any(self.actors.matches(g, p) for g in self.names(gold) for p in self.names(predicted))

    # --- incidents --------------------------------------------------------------------------------------------

    def date_ok(self, gold: GoldIncident, event: Event, slack: int = 1) -> bool:
        """The event's date range and a gold date meet within ``slack`` days (or one side has no date)."""
        if event.date_start is None or all(d is None for d in gold.date):
            return True
        span = (event.date_start, event.date_end or event.date_start)
        ranges = [r for r in (_day_range(d) for d in gold.date if d) if r is not None]
        return not ranges or any(_overlap(span, r, slack) for r in ranges)

    @staticmethod
    def day_ok(gold: GoldIncident, day: date) -> bool:
        """``day`` is one of the gold days, or inside a gold month."""
        ranges = [r for r in (_day_range(d) for d in gold.date if d) if r is not None]
        return any(first <= day <= last for first, last in ranges)

    def place_ok(self, gold: GoldIncident, event: Event) -> bool:
        """An admin-1 code in common, or a place name the same as a gold place."""
        places = [p for p in (event.place, *event.places) if p is not None]
        codes = {c for c in gold.admin1 if c}
        if any(p.admin1_code in codes for p in places if p.admin1_code):
            return True
        names = {n for p in places for n in (p.name, p.locality, p.admin2, p.admin1) if n}
        return any(same_place_name(g, n) for g in gold.place for n in names)

    def killed_ok(self, gold: GoldIncident, event: Event) -> bool:
        """The event's killed count is one of the gold numbers (only where gold gives one)."""
        value = count_value(event.killed)
        return value is not None and value in gold.killed

    def incident_score(self, gold: GoldIncident, event: Event) -> float | None:
        """The pair's score, or None when they cannot be one incident (module docstring)."""
        if not self.date_ok(gold, event):
            return None
        place, killed = self.place_ok(gold, event), self.killed_ok(gold, event)
        same_family = any(FAMILIES.get(t) == FAMILIES.get(event.event_type or "") for t in gold.event_type)
        if not same_family and not (place and killed):
            return None
        score = 2.0 * (event.sub_event_type in gold.sub_event_type) + 1.0 * (event.event_type in gold.event_type)
        score += 2.0 * place + 2.0 * killed + 1.0 * self.actor_in(gold.actor1, event.actor1)
        if event.place is not None and any(same_place_name(g, event.place.name) for g in gold.place):
            score += 0.5  # (two incidents in one province: the one named at the event's own place is the one)
        if event.date_start is not None and event.date_start.isoformat() in gold.date:
            score += 1.0
        return score

    # --- claims -----------------------------------------------------------------------------------------------

    def claim_actor_ok(self, gold: GoldClaim, claim: Claim) -> bool:
        """Any of the gold claimant and actor names any of the extracted claimant and actor."""
        return any(self.same_actor(g, p) for g in (gold.claimant, gold.actor) for p in (claim.claimant, claim.actor)
                   if g and p)

    def claimant_ok(self, gold: GoldClaim, claim: Claim) -> bool:
        """The claimant is the gold one, or the gold actor where the claimant speaks for it (status claimed).

        A tally the text cites nobody for ('at least 17 attacks have been reported since July', 'officials said')
        is the outlet's own report: the extracted claim has no claimant, and its source is the outlet with no
        speaker; the reading names the outlet ('AFP', 'Reuters (police/medical sources)'). The two say the same,
        so the outlet is compared then, and only for a gold claim of status reported."""
        if self.same_actor(gold.claimant, claim.claimant):
            return True
        if claim.claimant is None and gold.status == "reported" and claim.source is not None and (
                claim.source.speaker is None):
            return self.same_actor(gold.claimant, claim.source.outlet)
        return gold.status == "claimed" and self.same_actor(gold.actor, claim.claimant)

    @staticmethod
    def period_ok(gold: GoldClaim, claim: Claim) -> bool:
        """The periods overlap; a side without a readable period does not contradict."""
        ends = [_day_range(v) if v else None for v in gold.period]
        mine = [_day_range(v) if v and not v.startswith("--") else None for v in (claim.period_start, claim.period_end)]
        if None in ends or None in mine:
            return True
        return _overlap((ends[0][0], ends[1][1]), (mine[0][0], mine[1][1]))  # type: ignore[index]

    def claim_score(self, gold: GoldClaim, claim: Claim) -> float | None:
        """The pair's score, or None when they cannot be one claim (module docstring)."""
        shared = len({f.value for f in gold.figures} & {f.value for f in claim.figures})
        if not shared:
            return None
        actor, period = self.claim_actor_ok(gold, claim), self.period_ok(gold, claim)
        if not (actor or period):
            return None
        return 3.0 * actor + 2.0 * period + shared

    def facet_ok(self, facet: str | None, figure: Figure) -> bool:
        """The extracted figure carries the gold facet (module docstring)."""
        month = figure.month
        if facet is None:
            return not any((figure.admin1_code, figure.admin1, figure.target, figure.tactic, figure.region, month))
        kind, _, value = facet.partition(":")
        if kind == "month":
            return month is not None and month[:7] == value
        if kind == "target":
            return bool(figure.target) and (self.actors.matches(value, figure.target)  # type: ignore[arg-type]
                                            or _singular(value) == _singular(figure.target or ""))
        if kind == "tactic":
            predicted = set((figure.tactic or "").split("+")) - {""}
            parts = _tactic_parts(value)
            return len(predicted) == len(parts) and all(candidates & predicted for candidates in parts)
        return figure.admin1_code == facet

    def figure_ok(self, gold: GoldFigure, figure: Figure) -> bool:
        """Measure, value and facet all agree."""
        return gold.measure == figure.measure and gold.value == figure.value and self.facet_ok(gold.facet, figure)


_WORDS = re.compile(r"\s+and\s+|\s*,\s*")


def _tactic_parts(text: str) -> list[set[str]]:
    """For each part of a gold tactic ("missiles and drones" has two), the tactic keys it may be: the key itself or
    a tactic one of whose terms it is ("car bomb" → vbied); a part no tactic knows stays as written, matching none."""
    parts = []
    for part in _WORDS.split(text.casefold().strip()):
        found = {key for key, tactic in TACTICS.items()
                 if part in (key, key.replace("_", " ")) or part in tactic.terms}
        parts.append(found or {part})
    return parts
