"""Who acts and who is acted upon: the one way incident and claim extraction find a party's role, a target and an
actor (perpetrator), so that both tell an attacker from its target the same way.

A mention's role is read from the words just before it:

- **agent**: 'killed by Russian warplanes', 'at the hands of the militia', 'attributed to the group' - whoever
  acts; never a target.
- **patient**: 'operations against the Islamic State group', 'attacks targeting the SDF' - whoever is acted upon;
  never the actor of a count or an attack.

On top of it, :func:`target_party` names the party acted upon in a stretch of text and :func:`actor_candidates`
lists the parties that may have acted; :func:`figure_target` and :func:`claim_actor` are a claim's figure target
and a claim's actor built on them. Incident extraction (:mod:`sitrep.extract.events`) scores its own candidates
among :func:`actor_candidates` (an incident's actor is told by many more forms: a weapon, a described member, a
capital) and reads a target in words that name no party (police, civilians) from its own tables, but takes the
named party acted upon from :func:`target_party`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from spacy.tokens import Doc, Span

from sitrep.extract.lang.en.claims import SUBGROUPS
from sitrep.extract.pipeline import marks
from sitrep.extract.vocabulary import NON_PERPETRATOR_KINDS
from sitrep.taxonomy import target_category_for_term

Role = Literal["agent", "patient"]

AGENT_LEADS: tuple[tuple[str, ...], ...] = (("by",), ("hands", "of"), ("attributed", "to"), ("blamed", "on"))
"""Words right before a party that acts ('by', 'at the hands of')."""
PATIENT_LEADS = {"against", "targeting", "targeted"}
"""Words right before a party acted upon ('against', 'targeting')."""
_SKIPPED = {"the", "a", "an", "so-called"}
_NOT_COUNTED = {"people", "persons", "individuals", "others"}
_ALLIES = (["and", "allies"], ["and", "its", "allies"], ["and", "allied"])


def mention_role(doc: Doc, start: int) -> Role | None:
    """'agent', 'patient' or None for the mention starting at token ``start``, from the words before it (an
    article or two aside)."""
    i = start
    while i > 0 and doc[i - 1].lower_ in _SKIPPED and start - i < 2:
        i -= 1
    before = [t.lower_ for t in doc[max(0, i - 2) : i]]
    if before[-1:] and before[-1] in PATIENT_LEADS:
        return "patient"
    if any(tuple(before[-len(lead) :]) == lead for lead in AGENT_LEADS):
        return "agent"
    return None


def party_mentions(doc: Doc, start: int, end: int) -> list[Span]:
    """The actor mentions starting in ``[start, end)`` that can act or be acted upon: not an outlet or a monitor,
    which only tell of what others did."""
    return [s for s in marks(doc, "actors") if start <= s.start < end and s._.sitrep.kind not in NON_PERPETRATOR_KINDS]


def agent_cut(doc: Doc, start: int, end: int) -> int:
    """Where the words of one count stop before who acts: at 'by' or 'at the hands of' ('95 militants killed in
    raids by the army': the army is the agent, and nothing after it is the count's target), else ``end``."""
    for i in range(start, end):
        if doc[i].lower_ == "by" or (doc[i].lower_ == "hands" and i + 1 < end and doc[i + 1].lower_ == "of"):
            return i
    return end


def target_party(doc: Doc, start: int, end: int, *, actor: Span | None = None,
                 source_is_agent: bool = False) -> Span | None:
    """The first party mention in ``[start, end)`` that is acted upon: not the ``actor`` (nor another mention of
    it), and not an agent ('killed by the militia').

    ``source_is_agent`` also reads a party after 'from' as the agent. A claim's figure says 'casualties from army
    shelling', 'fire from the militia': there, 'from' names where the harm came from. An incident's sentences use
    'from' for where a victim belongs ('soldiers from the Afghan army were killed'), so there the party is the
    target and the flag stays off."""
    same = actor._.sitrep.canonical if actor is not None and actor._.sitrep is not None else None
    for span in party_mentions(doc, start, end):
        if actor is not None and (span.start == actor.start or span._.sitrep.canonical == same):
            continue
        if mention_role(doc, span.start) == "agent":
            continue
        if source_is_agent and span.start > 0 and doc[span.start - 1].lower_ == "from":
            continue
        return span
    return None


def figure_target(doc: Doc, start: int, end: int) -> str | None:
    """The target facet of a claim's figure from its own words ``[start, end)``: a named party acted upon (with
    'and allies' where told), else a target category ('civilians', 'children', 'soldiers' as military).

    The words stop at the agent (:func:`agent_cut`); a list of several parties joined with a category ('34
    soldiers and Wagner mercenaries') is counted as the category."""
    end = agent_cut(doc, start, end)
    span = target_party(doc, start, end, source_is_agent=True)
    if span is not None:
        listed = any(doc[j].lower_ == "and" for j in range(start, span.start)) and any(
            target_category_for_term(doc[j].lower_) for j in range(start, span.start))
        if not listed:
            name = span._.sitrep.canonical
            tail = [t.lower_ for t in doc[span.end : min(span.end + 3, end)]]
            if any(tail[: len(allies)] == allies for allies in _ALLIES):
                name += " and allies"
            return name
    for i in range(start, end):
        word = doc[i].lower_
        if word in _NOT_COUNTED:
            continue
        category = target_category_for_term(word)
        if category is None and word in SUBGROUPS and (
                i == start or (i == start + 1 and doc[start].lower_ in ("citizen", "civilian"))):
            return SUBGROUPS[word]  # '3 citizen woman', '1 child' (the singular the table lacks)
        if category == "civilians" and word in SUBGROUPS:
            return SUBGROUPS[word]  # 'including 92 children': a part of the civilians counted
        if category is not None:
            return category
    return None


def actor_candidates(doc: Doc, start: int, end: int, *, targets: Iterable[str] = ()) -> list[Span]:
    """The party mentions in ``[start, end)`` that may have acted: not a target already read, and not acted upon
    ('operations against the Islamic State group')."""
    skip = set(targets)
    return [s for s in party_mentions(doc, start, end)
            if s._.sitrep.canonical not in skip and mention_role(doc, s.start) != "patient"]


def claim_actor(doc: Doc, trigger: Span, anchor: int, lo: int, hi: int, *,
                targets: Iterable[str] = ()) -> Span | None:
    """The party whose operations a claim counts, among :func:`actor_candidates` of the claim's sentences
    ``[lo, hi)``: the last one named in the opening sentence before its first count (``anchor``: 'the SDF carried
    out 12 operations'), else one after 'by' in that sentence, else the last one before it, else the first.

    A claim's actor is the subject of a count, not of one act, so it is read by position; an incident's actor is
    scored by many more forms in :mod:`sitrep.extract.events`, from the same candidates."""
    candidates = actor_candidates(doc, lo, hi, targets=targets)
    in_trigger = [s for s in candidates if trigger.start <= s.start < anchor]
    if in_trigger:
        return in_trigger[-1]
    by = [s for s in candidates if trigger.start <= s.start < trigger.end and s.start > 0
          and doc[s.start - 1].lower_ == "by"]
    if by:
        return by[0]
    before = [s for s in candidates if s.start < trigger.start]
    if before:
        return before[-1]
    return candidates[0] if candidates else None
