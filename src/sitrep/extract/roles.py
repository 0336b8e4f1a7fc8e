"""Who acts and who is acted upon: the one way incident and claim extraction find a party's role, a target and an
actor (perpetrator), so that both tell an attacker from its target the same way.

A mention's role is read from the words just before it:

- **agent**: 'killed by Russian warplanes', 'at the hands of the militia', 'attributed to the group' - whoever
  acts; never a target.
- **patient**: 'operations against the Islamic State group', 'attacks targeting the SDF' - whoever is acted upon;
  never the actor of a count or an attack.

On top of it, :func:`target_party` names the party acted upon in a stretch of text and :func:`actor_candidates`
lists the parties that may have acted. Built on them:

- :func:`figure_target` (a claim's figure: a facet, a party or a category) and :func:`incident_target` (an
  incident: an ACLED actor 2 and its category) - the same named-party rule, two outputs;
- :func:`claim_actor` (whose operations a claim counts: read by position); an incident's actor is scored by
  :mod:`sitrep.extract.events` among the same :func:`actor_candidates`, since an incident tells its actor by many
  more forms (a weapon, a described member, a capital, a passive victim: :func:`passive_victim`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from typing import Literal

from spacy.tokens import Doc, Span

from sitrep.extract.lang.en import attribution as en_attribution
from sitrep.extract.lang.en import incidents as en_incidents
from sitrep.extract.lang.en.actors import DEATH_VERBS, SUBSET_BEFORE
from sitrep.extract.lang.en.claims import KILL_EUPHEMISMS, SUBGROUPS
from sitrep.extract.lang.en.incidents import (
    ACTING_FORCES,
    ACTING_UNITS,
    AFFILIATION_LEADS,
    AGE_NOUNS,
    AGENT_FORCE_MODIFIERS,
    ALTERNATIVE_JOINS,
    ARMED_MODIFIERS,
    ARMED_VICTIMS,
    ARREST_WORDS,
    AUXILIARY_VERBS,
    CIVIL_CONVOY_LEADS,
    CIVIL_GROUPS,
    CIVIL_OFFICE_LEADS,
    CIVIL_OFFICE_STAFF,
    CIVIL_PLACES_HIT,
    CIVILIAN_WORDS,
    CLASH_WORDS,
    CLOTHING_WORDS,
    CO_ACTOR_JOINS,
    CO_ACTOR_LEADS,
    CO_ACTOR_SHARES,
    COMPOUND_SUFFIXES,
    COUNT_HEDGES,
    COUNTED_ARMED_VICTIMS,
    COUNTED_PARTICIPLES,
    CROWD_CONTROL,
    CROWD_FIRE_WORDS,
    CROWD_PEOPLE_PLURALS,
    CROWDS_FIRED_AT,
    DEFENCE_WORDS,
    DEVICE_WORDS,
    FIGHT_TOLD,
    FIRED_AT_LEADS,
    FIRED_AT_WORDS,
    FIRED_IN_LEADS,
    FIRED_IN_WORDS,
    FORCE_SERVICES,
    GROUP_NAME_HEADS,
    HOME_OWNER_LEADS,
    HOME_WORDS,
    KIN_OF_MEMBER,
    LOCATIVE_WORDS,
    MEMBER_TITLES,
    MILITARY_WORDS,
    NON_LETHAL_ROUNDS,
    OBJECT_LEADS,
    OFF_DUTY,
    ONE_COUNTS,
    ONLOOKER_LEADS,
    ONLOOKER_VERBS,
    OUT_OF_SERVICE,
    OWNED_BY_FORCE,
    PARTY_MEN,
    PARTY_UNIT_HEADS,
    PARTY_UNIT_LINKS,
    PARTY_UNIT_MODIFIERS,
    PASSIVE_AUXILIARIES,
    PATROL_SKIPPED,
    PATROL_UNDER_WAY,
    PATROL_WORDS,
    PEOPLE_OF_ORIGIN_DETERMINERS,
    PEOPLE_OF_ORIGIN_ENDINGS,
    PEOPLE_OF_ORIGIN_ENDS,
    PERSON_ROLES,
    PLACE_AS_MODIFIER,
    PLACE_ATTACK_VERBS,
    PLACES_AS_VICTIMS,
    POLICE_WORDS,
    RIDER_VEHICLES,
    SCENE_DETERMINERS,
    SCENE_PLACES,
    SERVICE_MEMBERS,
    SETTLEMENT_WORDS,
    SPECIFIC_TARGETS,
    STONE_CROWD_NOT,
    STONE_WORDS,
    SUBJECT_PARTY_WORDS,
    SUBJECT_RELATIVES,
    SUBJECT_VERB_FILLERS,
    TWO_SIDED_FIRE,
    UNIT_ACTS,
    UNIT_ORIGIN_SKIPPED,
    UNNAMED_PERPETRATORS,
    VIOLENCE_VERBS,
    VOLUNTEER_WORDS,
)
from sitrep.extract.numbers import NUMBER_WORDS
from sitrep.extract.pipeline import (
    alphas,
    doc_text,
    lower_text,
    lowers,
    mark_value,
    marks,
    offsets,
    sentence_at,
    texts,
    words_span,
)
from sitrep.extract.prefilter import Gated
from sitrep.extract.vocabulary import KILL, NON_PERPETRATOR_KINDS, WOUND
from sitrep.taxonomy import _TERM_TO_CATEGORY, DEMONYMS, Actor, target_category_for_term

OFF_DUTY = Gated(OFF_DUTY)  # (searched near every harmed policeman or soldier: only where its words are)

Role = Literal["agent", "patient"]

AGENT_LEADS: tuple[tuple[str, ...], ...] = (("by",), ("hands", "of"), ("attributed", "to"), ("blamed", "on"))
"""Words right before a party that acts ('by', 'at the hands of')."""
PATIENT_LEADS = {"against", "targeting", "targeted"}
"""Words right before a party acted upon ('against', 'targeting')."""
_AGENT_LAST = frozenset(lead[-1] for lead in AGENT_LEADS)
"""The last words of :data:`AGENT_LEADS`: no lead ends at a word outside them."""
_SKIPPED = {"the", "a", "an", "so-called"}
_NOT_COUNTED = {"people", "persons", "individuals", "others"}
_ALLIES = (["and", "allies"], ["and", "its", "allies"], ["and", "allied"])


def mention_role(doc: Doc, start: int) -> Role | None:
    """'agent', 'patient' or None for the mention starting at token ``start``, from the words before it (an
    article or two aside)."""
    i = start
    lower = lowers(doc)  # (the words by index: no Token made per word)
    while i > 0 and lower[i - 1] in _SKIPPED and start - i < 2:
        i -= 1
    before = lower[max(0, i - 2) : i]
    if before[-1:] and before[-1] in PATIENT_LEADS:
        return "patient"
    if before and before[-1] in _AGENT_LAST and any(tuple(before[-len(lead) :]) == lead for lead in AGENT_LEADS):
        return "agent"
    return None


def party_mentions(doc: Doc, start: int, end: int) -> list[Span]:
    """The actor mentions starting in ``[start, end)`` that can act or be acted upon: not an outlet or a monitor,
    which only tell of what others did."""
    # (the parties and their starts are kept per document: ~18 calls a document each filtered the actor marks by
    # kind again)
    try:
        parties, starts = doc.user_data["party_mentions"]
    except KeyError:
        parties, starts = doc.user_data["party_mentions"] = _parties(marks(doc, "actors"))
    if starts is not None:
        return parties[bisect_left(starts, start) : bisect_left(starts, end)]
    if parties is None:  # (a mark whose value has no kind: read as before, per call)
        return [s for s in marks(doc, "actors") if start <= s.start < end and
                mark_value(s).kind not in NON_PERPETRATOR_KINDS]
    return [s for s in parties if start <= s.start < end]


def _parties(mentions: list[Span]) -> tuple[list[Span] | None, list[int] | None]:
    """The actor marks of :func:`party_mentions` (not an outlet nor a monitor), in order, with their starts where
    these are sorted (a cut by bisection), else None; ``(None, None)`` where a mark's value has no kind."""
    parties = []
    for span in mentions:
        kind = getattr(mark_value(span), "kind", _NO_KIND)
        if kind is _NO_KIND:
            return None, None
        if kind not in NON_PERPETRATOR_KINDS:
            parties.append(span)
    starts = [s.start for s in parties]
    return parties, starts if starts == sorted(starts) else None


_NO_KIND = object()


def agent_cut(doc: Doc, start: int, end: int) -> int:
    """Where the words of one count stop before who acts: at 'by' or 'at the hands of' ('95 militants killed in
    raids by the army': the army is the agent, and nothing after it is the count's target), else ``end``."""
    lower = lowers(doc)
    words = lower[start:end]
    if "by" not in words and "hands" not in words:
        return end  # (neither word the walk below stops at)
    for i in range(start, end):
        if lower[i] == "by" or (lower[i] == "hands" and i + 1 < end and lower[i + 1] == "of"):
            return i
    return end


def target_party(doc: Doc, start: int, end: int, *, actor: Span | None = None,
                 source_is_agent: bool = False, skip: Callable[[Span], bool] | None = None) -> Span | None:
    """The first party mention in ``[start, end)`` that is acted upon: not the ``actor`` (nor another mention of
    it), and not an agent ('killed by the militia').

    ``source_is_agent`` also reads a party after 'from' as the agent. A claim's figure says 'casualties from army
    shelling', 'fire from the militia': there, 'from' names where the harm came from. An incident's sentences use
    'from' for where a victim belongs ('soldiers from the Afghan army were killed'), so there the party is the
    target and the flag stays off. ``skip`` passes over mentions it is true of."""
    # (an actor's mark only: a force word read as the perpetrator may share its offsets with a weapon's mark,
    # 'warplanes bombed a village', whose value is a tactic's key)
    value = mark_value(actor) if actor is not None else None
    same = value.canonical if isinstance(value, Actor) else None
    for span in party_mentions(doc, start, end):
        if actor is not None and (span.start == actor.start or mark_value(span).canonical == same):
            continue
        if skip is not None and skip(span):
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
    lower = lowers(doc)  # (the words by index: no Token made per word)
    span = target_party(doc, start, end, source_is_agent=True)
    if span is not None:
        listed = "and" in lower[start : span.start] and any(
            target_category_for_term(lower[j]) for j in range(start, span.start))
        if not listed:
            name = mark_value(span).canonical
            tail = lower[span.end : min(span.end + 3, end)]
            if any(tail[: len(allies)] == allies for allies in _ALLIES):
                name += " and allies"
            return name
    words = lower[start:end]
    if SUBGROUPS.keys().isdisjoint(words) and _TERM_TO_CATEGORY.keys().isdisjoint(map(str.lower, words)):
        return None  # (the walk below returns only at a word of either table)
    for i in range(start, end):
        word = lower[i]
        if word in _NOT_COUNTED:
            continue
        category = _TERM_TO_CATEGORY.get(word.lower())  # (target_category_for_term, without a call per word)
        if category is None and word in SUBGROUPS and (
                i == start or (i == start + 1 and lower[start] in ("citizen", "civilian"))):
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
            if mark_value(s).canonical not in skip and mention_role(doc, s.start) != "patient"]


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
          and lowers(doc)[s.start - 1] == "by"]
    if by:
        return by[0]
    before = [s for s in candidates if s.start < trigger.start]
    if before:
        return before[-1]
    return candidates[0] if candidates else None


def relative_then_passive(lower: list[str], at: int, end: int) -> bool:
    """Is the word at ``at`` a subject relative clause's pronoun ('bandits who had robbed five farmers were shot dead
    by soldiers', 'bandits, who had robbed …, were shot dead') whose clause is followed by the main clause's passive
    verb of violence: the words before the pronoun name the main act's victims, whatever the relative clause did?"""
    k = at + 1 if at < end and lower[at] == "," else at
    if k >= end or lower[k] not in SUBJECT_RELATIVES:
        return False
    for j in range(k + 3, min(end - 1, k + 14)):  # (past the relative clause's own verb and a few words of it)
        if lower[j] not in PASSIVE_AUXILIARIES or lower[j - 1] in AUXILIARY_VERBS:
            continue
        verb = lower[j + 1]
        if verb.endswith("ly") and j + 2 < end:
            verb = lower[j + 2]  # "were fatally shot"
        return (verb in VIOLENCE_VERBS or verb in KILL or verb in WOUND) and not verb.endswith("ing")
    return False


_TIME_CLAUSE_OPENERS = en_incidents.TIME_CLAUSE_OPENERS
_OBJECT_PRONOUNS = en_incidents.OBJECT_PRONOUNS

_MAIN_ACT_VERBS = frozenset(
    {w for w in VIOLENCE_VERBS | KILL | WOUND if w.endswith("ed")} | en_incidents.IRREGULAR_PAST_VIOLENCE)
"""Active verbs of violence in the simple past a main clause may have after a relative clause (made once)."""


def relative_then_main_act(lower: list[str], at: int, end: int) -> bool:
    """Is the word at ``at`` a subject relative clause's pronoun whose clause is followed by the main clause's verb of
    violence, passive (:func:`relative_then_passive`) or active ('bandits who robbed five farmers killed two
    soldiers', 'bandits, who robbed five farmers, shot two soldiers'): the relative clause only tells who the
    subject was, and what it names after its own verb is not the main act's toll?"""
    if relative_then_passive(lower, at, end):
        return True
    opened = lower[at] == ","  # (a clause opened by a comma closes with one: ', who robbed five farmers, killed')
    k = at + 1 if opened else at
    if k >= end or lower[k] not in SUBJECT_RELATIVES:
        return False
    own = k + 1
    while own < end and lower[own] in AUXILIARY_VERBS:
        own += 1  # ('who had robbed': the relative clause's own verb)
    for j in range(own + 2, min(end, k + 14)):  # (past the relative clause's own verb and its object's first word)
        word, before = lower[j], lower[j - 1]
        if word in (".", ";"):
            return False
        if word not in _MAIN_ACT_VERBS or before in AUXILIARY_VERBS or before in ("and", "or") or (
                before == "," and not opened):
            continue  # (a passive, a second verb of the relative clause: 'who robbed and killed')
        return True
    return False


def _relative_clause_before(lower: list[str], sentence: Span, trigger: Span) -> range | None:
    """The words of a subject relative clause told before the act's verb ``trigger``, the main clause's verb after
    it ('bandits who robbed five farmers killed two soldiers': 'robbed five farmers'): they tell who the subject was,
    so none of them is the act's target, where the act's own object names a force ('… killed two soldiers'; not
    'militants who abducted five farmers killed two of them', whose object names the clause's persons back). Not
    where the clause's own verb is a killing or a wounding ('the bomb, which killed five people, also wounded ten'):
    its victims are the act's own."""
    if not sentence.start <= trigger.start < sentence.end:
        return None
    for p in range(trigger.start - 1, sentence.start, -1):
        if lower[p] not in SUBJECT_RELATIVES:
            continue
        own = p + 1
        while own < trigger.start and lower[own] in AUXILIARY_VERBS:
            own += 1
        if own + 1 >= trigger.start or lower[own] in KILL or lower[own] in WOUND or not any(
                w in POLICE_WORDS or w in MILITARY_WORDS for w in lower[trigger.start + 1 : min(sentence.end,
                                                                                             trigger.start + 5)]):
            return None  # (only where the act's own object names a force: '… killed two soldiers')
        if relative_then_main_act(lower, p - 1 if lower[p - 1] == "," else p, sentence.end):
            return range(p + 1, trigger.start)
        return None
    return None


_POLICE_RANK_WORDS = en_incidents.POLICE_RANK_WORDS
_SUB_RANK_HEADS = en_incidents.SUB_RANK_HEADS
_PRISON_WORDS = en_incidents.PRISON_WORDS
_PRISON_ATTACK_VERBS = en_incidents.PRISON_ATTACK_VERBS
_PRISON_BETWEEN_STOPS = frozenset(en_incidents.LOCATIVE_WORDS | {"and", "or", "to", "by", "with", "who", "which"})


def _prison_attacked(lower: list[str], i: int, sentence: Span) -> bool:
    """Is the prison word at ``i`` the object of an attack told just before it: a verb of :data:`PRISON_ATTACK_VERBS`
    within four words ('stormed the central prison', 'attacked the Kandi Civil Prison'), or 'on' after the attack's
    noun ('an attack on the prison')? Only words of its name between: no preposition, no joined clause ('attacked
    villagers near the prison', 'killed a man and fled to the prison')."""
    for k in range(i - 1, max(sentence.start, i - 5) - 1, -1):
        word = lower[k]
        if word in _PRISON_ATTACK_VERBS:
            return True
        if word == "on":
            return k > sentence.start and lower[k - 1] in _PRISON_ATTACK_VERBS
        if word in _PRISON_BETWEEN_STOPS or not word[:1].isalnum():
            return False
    return False


def _state_acted(perp_span: Span | None, perp_word: str | None) -> bool:
    """Is the incident's actor a state's force: a force word ('police', 'soldiers') or a party of the state's kind?"""
    if perp_word is not None:
        return perp_word in POLICE_WORDS or perp_word in MILITARY_WORDS
    value = mark_value(perp_span) if perp_span is not None else None
    return isinstance(value, Actor) and value.is_state


_QUOTED_WORD_MARKS = en_incidents.QUOTED_WORD_MARKS
_KILL_EUPHEMISMS = frozenset(w for w in KILL_EUPHEMISMS if w.endswith("ed"))  # (the participles: "were neutralised")


def passive_victim(doc: Doc, span: Span, sentence: Span) -> bool:
    """'Afghan soldiers were killed', 'two Turkish soldiers have been wounded': the actor is the subject of a
    passive verb of violence, its victim, not its perpetrator."""
    lower, alpha = lowers(doc), alphas(doc)  # (the words by index: no Token made per word)
    if relative_then_passive(lower, span.end, sentence.end):
        return True
    ahead = lower[span.end : min(sentence.end, span.end + 5)]
    for k, word in enumerate(ahead[:-1]):
        if word not in PASSIVE_AUXILIARIES:
            continue  # (the present too, as headlines tell it: "a police officer is shot", "two soldiers are killed")
        at = span.end + k + 1
        if lower[at].endswith("ly") and at + 1 < sentence.end:
            at += 1  # "were seriously injured", "was fatally shot": an adverb before the verb
        if lower[at] in _QUOTED_WORD_MARKS and at + 1 < sentence.end:
            at += 1  # ('a police officer is "hacked to death"'): the verb in quotes, a writer's or a source's word
        verb = lower[at]
        if (verb in VIOLENCE_VERBS or verb in KILL or verb in WOUND) and not verb.endswith("ing"):
            return True  # (not "police are killing protesters": the present of an active verb)
        if verb in _KILL_EUPHEMISMS:
            return True  # ("two militants were 'neutralized'": a force's own word for killing, the subject killed)
    # "Afghan soldiers and three others have been killed", "police officers died after …": a coordinated subject or
    # a verb of dying, up to the clause's end.
    k, last = span.end, min(sentence.end, span.end + 9)
    while k < last:
        word = lower[k]
        if word == "," and k + 1 < sentence.end and lower[k + 1] in SUBSET_BEFORE:
            # "24 soldiers and 22 civilians, including a commissioner, were killed": the members named between
            # commas are an aside of the subject, the verb comes after them
            close = next((j for j in range(k + 2, min(sentence.end, k + 12)) if lower[j] == ","), None)
            if close is not None:
                last = min(sentence.end, last + close + 1 - k)
                k = close + 1
                continue
        if not alpha[k] and doc[k].is_punct and word not in ("-", "–"):  # (a word is never punctuation)
            return False
        if word in DEATH_VERBS and lower[k - 1] not in ("the", "of") and not shot_dead_object(lower, k, sentence.end):
            return True
        if word in PASSIVE_AUXILIARIES and k + 1 < sentence.end and (lower[k + 1] in KILL or lower[k + 1] in WOUND) \
                and not lower[k + 1].endswith("ing"):
            return True
        if word in VIOLENCE_VERBS and word not in KILL | WOUND:
            return False  # an active verb first: "Taliban fighters attacked a base where soldiers were killed"
        k += 1
    return False


_ARMED_HIT_WORDS = frozenset(MILITARY_WORDS | POLICE_WORDS | ARMED_VICTIMS)
"""Words of a force or armed men that, in the sentence of a passive civilian victim, may name others hit beside."""


def incident_target(doc: Doc, sentences: Sequence[Span], trigger: Span, perp_span: Span | None, *,
                    places: bool = True) -> tuple[str | None, Span | None, str | None]:
    """An incident's target as (ACLED actor 2, its span, target category), read in the incident's ``sentences``:
    the first party acted upon (:func:`target_party`, the rule a claim's figure uses too), or a person killed who
    only belonged to that party ('a cleric who had backed al-Shabaab'); else the first word that names the harmed
    ('police', 'soldiers', 'civilians', 'a journalist'); else infrastructure named in the text.

    Unlike a claim's figure target (:func:`figure_target`, a facet: a party or a category), an incident's target
    is an ACLED actor: civilians are 'Civilians' with their category apart, and a force word with no name is
    'Police Forces' or 'Military Forces'. ``perp_span`` (the incident's actor) is never its target, nor is its own
    side's force word. ``places``: a settlement or a named place attacked, with nobody else named as hit, makes its
    people the target (off where only the opening sentence is read, before the others are)."""
    opening = [s for s in sentences if s.start <= trigger.start < s.end]
    if len(sentences) > 1 and opening:
        # "armed men shot dead a farmer in Tibu. The ELN and FARC dissidents are present in the area": civilians named
        # as the object of the act in its own sentence are its target, before a party another sentence names.
        found = incident_target(doc, opening, trigger, perp_span, places=False)  # (a place attacked: read below)
        if found[1] is not None and found[0] == "Civilians" and (found[1].start > trigger.start or (
                found[1].end <= trigger.start and passive_victim(doc, found[1], opening[0])
                and _ARMED_HIT_WORDS.isdisjoint(lowers(doc)[opening[0].start : opening[0].end]))):
            # ("a teacher was shot dead in the market. Al-Shabaab militants are suspected.": the civilian the
            # passive verb names as hit is the target too, not a party a later sentence suspects or blames; not
            # where the sentence names soldiers or armed men too: "a farmer was killed and two soldiers wounded")
            return found
    perp = perp_span.start if perp_span is not None else -1
    perp_word = perp_span.text.lower() if perp_span is not None and not isinstance(
        mark_value(perp_span), Actor) else None
    lower = lowers(doc)
    # (the words of a relative clause on the subject, before the act's own verb, name no target)
    relative = {sentence.start: _relative_clause_before(lower, sentence, trigger) for sentence in sentences}
    for sentence in sentences:
        # The first party acted upon, neither the perpetrator nor an agent (the same rule as a claim's figure).
        described = relative[sentence.start]
        span = target_party(doc, sentence.start, sentence.end, actor=perp_span,
                            skip=lambda s, sentence=sentence, described=described: (
                                described is not None and s.start in described) or _describes_another(doc, s)
                            or _alternative_to(doc, s, perp_span) or _co_actor(doc, s, perp_span, trigger)
                            or _in_subject(doc, s, trigger) or _joined_to_agent(doc, s)
                            or _force_agent(doc, s.start, sentence)
                            or (s.end <= trigger.start and force_speaks(lower, s.end - 1, trigger.start))
                            or (not sentence.start <= trigger.start < sentence.end and _affiliation_of(doc, s)))
        if span is not None and _out_of_service(doc, span):
            # "the home of a former Taliban leader", "an ex-FARC fighter": a person who left the party, a civilian
            return "Civilians", span, "civilians"
        if span is not None:
            actor: Actor = mark_value(span)
            victim = None if trigger.text.lower() in ARREST_WORDS else _civilian_before(
                doc, trigger.end, span.start, sentence)  # (those arrested are coded by their group)
            if victim is not None:
                # "gunmen killed a cleric who had backed al-Shabaab": the person killed is the target; the group
                # only describes them.
                return "Civilians", victim, SPECIFIC_TARGETS.get(victim.text.lower(), "civilians")
            # An armed group or a state force as the target: a military target, as the golden set and ACLED's
            # interaction codes treat it.
            category = actor.category if actor.category in ("military", "police", "government") else "military"
            if actor.is_state and category in ("military", "police") and (_off_duty(
                    doc, span.end - 1, sentence) or _home_or_kin_of_force(lower, span.end - 1, sentence)):
                # ("beat an unarmed FACA officer": out of service, a civilian; "shot dead a police officer's wife":
                # his kin hit, a civilian)
                return "Civilians", span, "civilians"
            return actor.canonical, span, category
    perp_canonical = mark_value(perp_span).canonical if perp_span is not None and isinstance(
        mark_value(perp_span), Actor) else None
    for sentence in sentences:
        village: int | None = None  # (a village hit, held until the sentence names no one else hit: see below)
        acting: tuple[Span, str] | None = None  # (people who did the act: held until no one else is named hit)
        crowd_named = False  # (a crowd word that is no target, named with 'of', did the act: see below)
        described = relative[sentence.start]
        for i in range(sentence.start, sentence.end):
            if described is not None and i in described:
                continue  # ('bandits who robbed five farmers killed two soldiers': the bandits described)
            if acting is not None and i < trigger.start:
                continue  # ('supporters of the candidate attacked police': the words that name the crowd that acted)
            if crowd_named and i < trigger.start:
                continue  # (the same for a crowd word that names no target: 'supporters of the candidate attacked')
            origin = (lower[i] not in _TARGET_WORDS and lower[i].endswith(PEOPLE_OF_ORIGIN_ENDINGS)
                      and _people_of_origin(doc, i, sentence))
            word = lower[i]
            if word in _POLICE_RANK_WORDS or (word in _SUB_RANK_HEADS and i > sentence.start and (
                    lower[i - 1] == "sub" or (lower[i - 1] == "-" and lower[i - 2] == "sub"))):
                # "shot dead an assistant sub inspector", "a DSP and his brother were shot dead": a police rank is read
                # as the police word it names, by every rule below
                word = "policeman"
            # ('shelled militant bases', 'raided a bandit camp': a place of armed men, a word of its own, see below)
            owned = word in _OWNED_PLACES and i > sentence.start and lower[i - 1] in _ARMED_PLACE_OWNERS
            # ('a motorbike rider', 'a 16-year-old', 'electoral officers': a civilian named by a compound; a cheap word
            # test first, the compound read only for its head words; only as the one hit, after the verb or by a
            # passive, not the subject that acted: 'a motorbike rider shot a soldier')
            role = word in _ROLE_HEADS and _civil_role(doc, i, sentence) and (
                i > trigger.start or passive_victim(doc, words_span(doc, i, i + 1), sentence)
                or reduced_passive(lower, i, sentence.end))
            if word in _PRISON_WORDS and _prison_attacked(lower, i, sentence) and not _state_acted(perp_span,
                                                                                              perp_word):
                # "armed men stormed a prison, freeing 80 inmates": the prison's guards were attacked, a force of the
                # state (its police, as ACLED codes prison guards); not the inmates freed, nor a force's own raid
                return "Police Forces", words_span(doc, i, i + 1), "police"
            # ('a customs officer', 'a navy officer': 'officer', no target word alone, named a service's member by
            # the word before it; read by _force_service below; not 'a former customs officer', out of service)
            serving = word in SERVICE_MEMBERS and word not in _TARGET_WORDS and i > sentence.start and lower[
                i - 1] in FORCE_SERVICES and OUT_OF_SERVICE.isdisjoint(lower[max(sentence.start, i - 3) : i - 1])
            if word not in _TARGET_WORDS and not origin and not owned and not role and not serving:
                if lower[i + 1 : i + 2] == ["of"] and word in CIVIL_GROUPS and _crowd_acts(lower, i, trigger, sentence):
                    # "supporters of the candidate attacked police": the crowd named by 'of' acted, so the words
                    # naming it ('the candidate') are no target; the police after the verb are
                    crowd_named = True
                continue  # (every return below needs one of these words or a people named by origin)
            if perp_span is not None and (perp_span.start <= i < perp_span.end or (
                    i == perp_span.end and (word in ACTING_FORCES or word in POLICE_WORDS or word in _FORCE_MEN
                                            or word in PARTY_MEN))):
                # "a KDF soldier shot a driver", "Israeli military forces opened fire": the soldier, the forces are
                # the perpetrator's own word, not its target
                continue
            if word in PARTY_MEN and perp_canonical is not None and any(
                    m.end == i and isinstance(mark_value(m), Actor) and mark_value(m).canonical == perp_canonical
                    for m in marks(doc, "actors")):
                continue  # ("Boko Haram men hoisted two BH flags": the perpetrator's men named again, no civilians)
            if set(lower[i + 1 : i + 3]) & {"said", "say", "says", "told", "reported", "added",
                                             "confirmed", "spokesman", "statement"}:
                continue  # "provincial officials said": a source, not a target
            if i < trigger.start and (word in POLICE_WORDS or word in MILITARY_WORDS) and onlooker(lower, i,
                                                                                                  trigger.start):
                continue  # "police watched as gunmen shot two traders": onlookers, not the harmed
            if owned and not (perp_span is not None and perp_span.start <= i - 1 < perp_span.end):
                # "jets struck rebel positions", "soldiers shelled militant positions": the armed men whose place was
                # hit are the other side, armed men as in "killed five rebels" (no state force's positions)
                return None, words_span(doc, i - 1, i + 1), "military"
            if owned and word not in _TARGET_WORDS and not origin:
                continue  # ('bases', 'camps' of the perpetrator's own men: no other word below reads them)
            if perp_word is not None and (perp_word in POLICE_WORDS or perp_word in MILITARY_WORDS) and (
                    word in POLICE_WORDS) == (perp_word in POLICE_WORDS) and (
                    word in POLICE_WORDS or word in MILITARY_WORDS) and not (
                    perp_word in _IRREGULAR_FORCE_WORDS and word not in _IRREGULAR_FORCE_WORDS):
                # the perpetrator's own side, not its target (but "militia fighters killed 11 soldiers": irregular
                # fighters and a state's soldiers are two sides)
                continue
            if perp_span is not None and perp_span.end <= trigger.start and (
                    word in POLICE_WORDS or word in _FORCE_MEN) and _in_subject(doc, words_span(doc, i, i + 1),
                                                                                trigger):
                # "Military forces, gendarmerie and police attacked civilians": every force named in the subject with
                # the perpetrator acted beside it (not before a verb of two sides: see _in_subject; nor where the
                # perpetrator read is after the verb, "police shoot dead 15 bandits": that reading took the victims
                # for the actor)
                continue
            if word in ACTING_FORCES and (perp_span is None or (
                    perp_span.start < trigger.start and lower[trigger.start] not in CLASH_WORDS)) and _acting_force(
                    doc, i, sentence, trigger, perp_span.end if perp_span is not None else None):
                # "prison guards beat a journalist": the force acted; its victim is further on. So beside a named
                # perpetrator told before the verb too ("FAMa soldiers and Wagner mercenaries killed ten civilians"):
                # a co-actor. (Not where the perpetrator read is after the verb, "police shot dead 15 bandits": that
                # reading took the victims for the actor; nor before a verb of two sides, "al-Shabaab and police
                # clashed": each is the other's party.)
                continue
            if (word in POLICE_WORDS or word in MILITARY_WORDS) and _perpetrators_unit(doc, i, sentence, trigger,
                                                                                        perp_span):
                continue  # "a FAMa and Wagner patrol killed five men": the actor's own patrol, not its target
            if (word in POLICE_WORDS or word in MILITARY_WORDS) and _in_group_name(doc, i, sentence):
                continue  # "members of the Base 5 Secondes Gang killed ten drivers": a word of the group's name
            if word in MILITARY_WORDS and _civil_unit(lower, i, sentence):
                continue  # "a convoy of trucks": a civilian convoy, not a force; the civilians are told on
            if word in MILITARY_WORDS and _unit_of_actor(doc, i, trigger, perp_span):
                continue  # "a patrol of FAMa and Wagner forces killed three civilians": the actor's own unit
            if word in _ACTING_UNITS and _unit_acted(doc, i, sentence, trigger):
                continue  # "The convoy opened fire, killing four women": the unit acted; whom it hit is told on
            if (word in MILITARY_WORDS or word in POLICE_WORDS) and owned_by_force(doc, i):
                continue  # "bombed the military-owned telecom tower": the force's property, no force's men hit
            if _patrol_under_way(lower, i, sentence):
                continue  # "a soldier on patrol killed a boy": what the men were doing; whom they hit is told on
            if i + 1 < sentence.end and lower[i + 1] in CLOTHING_WORDS:
                continue  # "armed men wearing military uniforms": clothes, no force harmed
            if (word in ARMED_VICTIMS or word in ACTING_FORCES) and not role and _left_named_party(
                    doc, i, sentence) and ((i > trigger.start and sentence.start <= trigger.start)
                                           or passive_victim(doc, words_span(doc, i, i + 1), sentence)):
                # "militants killed two ex-BLA militants", "tortured three former RRR fighters": men who left the
                # armed group named are civilians, as ACLED codes them, the one hit by the act (not those who act:
                # "former Seleka fighters attacked the village")
                return "Civilians", words_span(doc, i, i + 1), "civilians"
            if (word in POLICE_WORDS or word in MILITARY_WORDS) and not role:
                before = lower[i - 1] if i > sentence.start else ""
                after = lower[i + 1] if i + 1 < sentence.end else ""
                if _force_agent(doc, i, sentence) or (
                        word == "post" and after in ("election", "elections", "electoral", "-")):
                    continue  # "attacked by the police": the agent; "post-election violence": no army post
                if (before in OUT_OF_SERVICE or _left_named_party(doc, i, sentence) or _off_duty(doc, i, sentence)
                        or _home_or_kin_of_force(lower, i, sentence)) \
                        and (word in ACTING_FORCES or word in POLICE_WORDS):
                    # "a former military officer", "stormed the policeman's home": out of service, a civilian
                    return "Civilians", words_span(doc, i, i + 1), "civilians"
            if word in POLICE_WORDS and not role:
                return "Police Forces", words_span(doc, i, i + 1), "police"
            if word in MILITARY_WORDS and not role and (word not in ("fighters", "forces", "militia", "militiamen")
                                           or i > trigger.start
                                           or passive_victim(doc, words_span(doc, i, i + 1), sentence)
                                           or _hit_after_time_clause(lower, i, trigger, perp_span.end if perp_span
                                                                     is not None else None, sentence)):
                # "attacked LNA forces": after the verb, even "forces" names the other armed side
                return "Military Forces", words_span(doc, i, i + 1), "military"
            if (word in ARMED_VICTIMS or (word in COUNTED_ARMED_VICTIMS and _counted_one(lower, i, sentence))) \
                    and not (perp >= 0 and 0 <= i - perp <= 2 and not perp_span.end <= trigger.start < i) and not (
                    set(lower[max(sentence.start, i - 2) : i]) & OUT_OF_SERVICE) and not _after_by(
                    doc, i, sentence) and (
                    (i > trigger.start and sentence.start <= trigger.start and not (
                        i + 1 < sentence.end and lower[i + 1] in VIOLENCE_VERBS))
                    or passive_victim(doc, words_span(doc, i, i + 1), sentence)
                    or reduced_passive(lower, i, sentence.end)):
                # "police shot dead two bandits", "four rustlers were killed by the police": armed men on the
                # receiving end, a fight of two armed sides, not an attack on civilians (but not the subject of an
                # active verb after the trigger: "six killed when raiders attacked a village"; nor one who left the
                # group: "a former UPC fighter")
                return "Unidentified Armed Group", words_span(doc, i, i + 1), "military"
            if word in CIVILIAN_WORDS and i > sentence.start and lower[i - 1] in ARMED_MODIFIERS:
                continue  # "armed men", "masked men": the attackers described, not their victims
            if word in CIVILIAN_WORDS and i > sentence.start and (
                    lower[i - 1] in MILITARY_WORDS or lower[i - 1] in POLICE_WORDS):
                continue  # "army engineers", "police doctors": the force's own members, read by the force word
            if word in PLACES_AS_VICTIMS and i + 1 < sentence.end and lower[i + 1] in DEFENCE_WORDS:
                continue  # "a village defence volunteer": the village names whose guard he was
            if word in VOLUNTEER_WORDS and i + 1 < sentence.end and lower[i + 1] in ARMED_VICTIMS:
                continue  # "a volunteer ranger was killed": the armed man the next word names is read there
            if word in VOLUNTEER_WORDS and set(
                    lower[max(sentence.start, i - 2) : min(sentence.end, i + 2)]) & DEFENCE_WORDS:
                # "a village defence volunteer was wounded", "attacked a position of volunteer fighters": an armed
                # auxiliary force hit (not "volunteer fighters killed nine people": the actors)
                if i > trigger.start or passive_victim(doc, words_span(doc, i, i + 1), sentence):
                    return None, words_span(doc, i, i + 1), "military"
                continue
            if word in _NOT_COUNTED and _including_armed(lower, i, sentence):
                continue  # "killed seven people, including five militiamen": who the people were is told next
            if _scene(lower, i, sentence.start):
                continue  # "near the village of X": where it happened, not who was harmed
            service = _force_service(doc, i, sentence) if word in SERVICE_MEMBERS and not _off_duty(
                doc, i, sentence) and not _home_or_kin_of_force(lower, i, sentence) and not _home_or_kin_of_force(
                lower, i - 1, sentence) else None
            # (not "a Levies official shot dead at his home", "stormed the house of a customs officer": off duty, a
            # civilian; the service's word read as the owner too)
            if service is not None:
                # "TTP gunmen shot dead an official of the Levies Force": a member of an armed state service
                force = "Police Forces" if service == "police" else "Military Forces"
                return force, words_span(doc, i, i + 1), service
            if word in CIVILIAN_WORDS or word in SPECIFIC_TARGETS or origin or role:
                category = SPECIFIC_TARGETS.get(word) or target_category_for_term(word) or "civilians"
                if category not in ("civilians", "government", "journalists", "aid workers", "religious"):
                    category = "civilians"
                if word in PLACES_AS_VICTIMS:
                    # "attacked the village of X and killed two volunteer fighters", "attacked the village, injuring
                    # a vigilante": the armed men the same sentence names as hit are the target, the village only
                    # where they were; with no one else named, its people are.
                    village = i if village is None else village
                    continue
                if acting is None and village is None and _crowd_acts(lower, i, trigger, sentence):
                    # "three youths attacked a police officer": the youths did the act; whom they hit is told after
                    # the verb (with no one else named there, they stay the target read before)
                    acting = words_span(doc, i, i + 1), category
                    continue
                return "Civilians", words_span(doc, i, i + 1), category
        if acting is not None:
            return "Civilians", acting[0], acting[1]
        if village is not None:
            return "Civilians", words_span(doc, village, village + 1), "civilians"
    text = " ".join(lower_text(s) for s in sentences)  # (the kept texts: Span.text makes a Token per word)
    if any(map(text.__contains__, ("tower", "pylon", "pipeline", "power line", "mast", "bridge", "power station"))):
        return None, None, "infrastructure"
    first = sentences[0] if sentences else None
    if first is not None and first.start <= trigger.start < first.end:
        # "militants attacked a minibus", "gunmen raided a bank": a civilian vehicle or building hit, with no one
        # named on board or inside, is an attack on the civilians there.
        ahead = lower[trigger.end : min(first.end, trigger.end + 4)]
        for k, word in enumerate(ahead):
            after = ahead[k + 1] if k + 1 < len(ahead) else ""
            if word in CIVIL_PLACES_HIT and set(ahead[:k]) <= OBJECT_LEADS and not (
                    after in CIVILIAN_WORDS or after in PERSON_ROLES or after in DEVICE_WORDS
                    or after in PLACE_AS_MODIFIER):
                # (not "shot a matatu operator": the person is named, and typed above; not "dismantled a car bomb":
                # the vehicle is the weapon; not "regained its market share": the word only modifies a noun of
                # business, no place)
                i = trigger.end + k
                return "Civilians", words_span(doc, i, i + 1), "civilians"
        for k in range(trigger.start, first.end - 1):
            if lower[k] in FIRED_AT_WORDS and (lower[k + 1] in FIRED_AT_LEADS or (
                    lower[k] in FIRED_IN_WORDS and lower[k + 1] in FIRED_IN_LEADS)):
                # "militants fired gunshots at the village of X", "opened fire on a school", "opened fire in the
                # village": shots at or in a settlement or a civilian building, with no one named as hit, are aimed at
                # the people there (not "at a drone", "at the police post": no civilian place). A people's name may
                # stand before the place ("fired at Palestinian residential areas").
                j = k + 2
                while j < first.end and (lower[j] in OBJECT_LEADS or (
                        doc[j].text[:1].isupper() and lower[j].endswith(PEOPLE_OF_ORIGIN_ENDINGS))):
                    j += 1
                if j < first.end and (lower[j] in SETTLEMENT_WORDS or lower[j] in CIVIL_PLACES_HIT) and not (
                        j + 1 < first.end and (lower[j + 1] in PERSON_ROLES or lower[j + 1] in DEVICE_WORDS)):
                    return "Civilians", words_span(doc, j, j + 1), "civilians"
                break
        crowd = _crowd_fired_at(lower, trigger, first)
        if crowd is not None:
            # "soldiers opened fire on a crowd, killing three", "police fired live rounds into the crowd": fire aimed at
            # people together, no one else named as hit, is aimed at unarmed people (a crowd of protesters or rioters
            # is typed by its protest or riot first)
            return "Civilians", words_span(doc, crowd, crowd + 1), "civilians"
        if places and lower[trigger.start] in PLACE_ATTACK_VERBS:  # (a name after the verb, not an actor's: a place)
            k = trigger.end
            while k < first.end and lower[k] in OBJECT_LEADS:
                k += 1
            if k < first.end and (lower[k] in SETTLEMENT_WORDS or (
                    doc[k].text[:1].isupper() and doc[k].text not in DEMONYMS  # ("attack Kenyan Pokot": a people)
                    and not any(span.start <= k < span.end for span in marks(doc, "actors")))):
                # ("attacked the village of Goumi", "raided Kotserehe")
                return "Civilians", words_span(doc, k, k + 1), "civilians"
    return None, None, None


_CROWD_FIRE_REACH = 4
"""Words before the preposition within which the fire aimed at a crowd is told ('fired live rounds into the crowd',
'opened fire indiscriminately on a crowd')."""


def _crowd_fired_at(lower: Sequence[str], trigger: Span, first: Span) -> int | None:
    """The crowd word (:data:`CROWDS_FIRED_AT`) that fire is aimed at in the act's sentence, from the act's verb on:
    a preposition of aim (:data:`FIRED_AT_LEADS`) before it, a word of fire (:data:`FIRED_AT_WORDS`, 'shot') just
    before that ('opened fire on a crowd', 'shot into the crowd', 'fired live ammunition at a gathering'); not the
    crowd of 'fired tear gas at a crowd' (:data:`CROWD_CONTROL`: a gathering broken up), nor 'a crowd of protesters'
    named by who they were (read as they are), nor a crowd with no fire aimed at it ('a crowd gathered')."""
    for j in range(trigger.start, first.end):
        if lower[j] not in CROWDS_FIRED_AT:
            continue
        if j + 1 < first.end and lower[j + 1] == "of":
            return None  # ("a crowd of mourners": the people named after it are read for themselves)
        k = j - 1
        while k > trigger.start and lower[k] in OBJECT_LEADS:
            k -= 1
        if lower[k] not in FIRED_AT_LEADS:
            return None
        aim = lower[max(trigger.start, k - _CROWD_FIRE_REACH) : k]
        if (not _FIRE_OR_SHOT.isdisjoint(aim)) and CROWD_CONTROL.isdisjoint(aim) and NON_LETHAL_ROUNDS.isdisjoint(aim):
            return j
        return None
    return None


_FIRE_OR_SHOT = frozenset(FIRED_AT_WORDS | {"shot"})


def _crowd_acts(lower: Sequence[str], i: int, trigger: Span, sentence: Span) -> bool:
    """Is the crowd word at ``i`` (:data:`CIVIL_GROUPS`) the subject of the act's own active verb, right before it
    (fillers such as 'reportedly' aside): 'three youths attacked a police officer', 'residents reportedly beat a
    soldier'? Not 'youths were attacked' (a passive: they were hit), nor a word further off."""
    if (lower[i] not in CIVIL_GROUPS and not stone_crowd(lower, i, sentence)) or not (
            sentence.start <= trigger.start < sentence.end) or not i < trigger.start:
        return False  # (a crowd's words alone: 'some men killed a soldier' tells no crowd, nor 'voters attacked …'
        # with no stones or sticks told: see stone_crowd)
    k = i + 1
    if lower[k] == "of" and trigger.start - k <= _CROWD_COMPLEMENT_REACH:
        # "supporters of the candidate attacked police", "residents of Kibera threw stones at police": a few words
        # after 'of' name the crowd (not a passive, a relative clause or a list: 'residents of the village were
        # attacked', 'supporters of the man who was arrested')
        k += 1
        while k < trigger.start and lower[k] not in _COMPLEMENT_ENDS and lower[k] not in SUBJECT_VERB_FILLERS:
            k += 1
    elif trigger.start > i + 3:
        return False
    return all(lower[m] in SUBJECT_VERB_FILLERS for m in range(k, trigger.start))


_CROWD_COMPLEMENT_REACH = 4
"""Words after the crowd's 'of' within which its verb may come ('supporters of the ruling party attacked')."""
_COMPLEMENT_ENDS = frozenset(PASSIVE_AUXILIARIES | {"who", "which", "that", ",", "and", "or", "had", "have", "has"})


def stone_crowd(lower: Sequence[str], i: int, sentence: Span) -> bool:
    """Are the people named at ``i`` (a plural of :data:`CIVILIAN_WORDS`: 'voters', 'passengers', 'people') a crowd by
    their arms: stones, sticks or rocks told in the sentence and no gun ('voters attacked soldiers with stones',
    'passengers pelted the police with rocks')? Stones and sticks are a crowd's arms, not an organised armed group's
    (ACLED: violence of unorganised people is a riot), whatever the crowd is named. Not 'two suspects attacked a guard
    with sticks' (:data:`STONE_CROWD_NOT`), nor people where a gun is told: the fire may be theirs."""
    word = lower[i]
    if word not in CIVILIAN_WORDS or word in STONE_CROWD_NOT or not (
            word.endswith("s") or word in CROWD_PEOPLE_PLURALS):
        return False
    told = set(lower[sentence.start : sentence.end])
    return not told.isdisjoint(STONE_WORDS) and told.isdisjoint(CROWD_FIRE_WORDS)


_SPEECH_VERBS = frozenset(en_attribution.SPEECH_VERBS)
_SPEAKER_REACH = 5
"""Words after a force's name within which its speech verb is read ('police said', 'a police spokesman said', 'army
spokesman Colonel Ali Musa said')."""


def force_speaks(lower: Sequence[str], i: int, first_trigger: int) -> bool:
    """Is the force named at ``i`` (a force word, or the last word of a named force: 'the Malian army') the one who
    tells of another's act: a speech verb within a few words after it, before the act, and a word of unnamed
    perpetrators between that verb and the act ('police said gunmen killed two traders', 'an army spokesman said
    militants attacked a village', 'the Malian army said militants killed two traders')? Then it is neither who did
    the act nor whom it hit. Not 'police said they killed two robbers' (the
    speaker's own act: no other side named), 'the group said its fighters killed ten soldiers' (its own men) nor
    'police told residents to leave and opened fire'."""
    for j in range(i + 1, min(first_trigger, i + 1 + _SPEAKER_REACH)):
        if lower[j] in _SPEECH_VERBS:
            # ('the group said its fighters killed ten soldiers': its own men, the speaker's act)
            return any(lower[k] in UNNAMED_PERPETRATORS and lower[k - 1] not in _OWN_MEN_LEADS
                       for k in range(j + 1, first_trigger))
    return False


_OWN_MEN_LEADS = frozenset({"its", "their", "his", "her", "our"})


def onlooker(lower: Sequence[str], i: int, act: int) -> bool:
    """Is the force word at ``i`` (before the act at ``act``) one that looked on at another's act ('police officers
    watched as gunmen shot dead two traders', 'soldiers stood by while a mob burned the shop')? A verb of looking
    on within two words after it, then 'as', 'on', 'by' or 'while'."""
    for j in range(i + 1, min(act, i + 3)):
        if lower[j] in ONLOOKER_VERBS:
            return j + 1 < act and lower[j + 1] in ONLOOKER_LEADS
    return False


_IRREGULAR_FORCE_WORDS = en_incidents.IRREGULAR_FORCE_WORDS
_OWNED_PLACES = frozenset(en_incidents.OWNED_PLACES)
_ARMED_PLACE_OWNERS = en_incidents.ARMED_PLACE_OWNERS
_FORCE_MEN = MILITARY_WORDS - {"checkpoint", "convoy", "patrol", "base", "outpost", "post", "posts", "position",
                               "positions", "tank", "tanks", "barracks", "garrison"}
"""The force words that name its men, not its places or vehicles ('Israeli military *forces*', not 'an AMISOM
*convoy*', which may be hit)."""

_TARGET_WORDS = POLICE_WORDS | MILITARY_WORDS | ARMED_VICTIMS | COUNTED_ARMED_VICTIMS | CIVILIAN_WORDS \
    | SPECIFIC_TARGETS.keys()
"""The words :func:`incident_target` can return a target by (made once)."""


_DEVICES_RUN_INTO = DEVICE_WORDS - {"car", "vehicle", "motorcycle", "suicide"}
"""The devices a vehicle or a patrol runs into ('struck a roadside bomb', 'hit a landmine'): then it was hit."""
_UNIT_ORIGIN_SKIPPED = frozenset(UNIT_ORIGIN_SKIPPED)


_RELATIVE_LEADS = frozenset({"that", "which", "who"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "by"})


def _perpetrators_unit(doc: Doc, i: int, sentence: Span, trigger: Span, perp_span: Span | None) -> bool:
    """Is the force word at ``i`` the perpetrator's own unit or post, between its name and the act's verb: a
    patrol or convoy right after a party's name ('a FAMa and Wagner patrol arrested and killed five men'), or the
    post its men came from ('forces from the Radar outpost opened fire at shepherds')? Then it acted, and is no
    target. (Not a unit after the verb, 'ambushed an army patrol', nor one hit in the passive or that ran into a
    device, 'a convoy struck a roadside bomb'.)"""
    if perp_span is None or not (sentence.start <= trigger.start < sentence.end) or not (
            perp_span.end <= i < trigger.start):
        return False
    lower = lowers(doc)
    between = lower[i + 1 : trigger.start]
    if between and between[0] in _RELATIVE_LEADS and len(between) <= 10 and not set(between) & (
            PASSIVE_AUXILIARIES | _CLAUSE_BREAKS):
        # ("a FAMa and Wagner convoy that departed Nampala on 3 August killed 51 people": the unit told by where it
        # went, in a relative clause of its own, then the act's verb; not "a convoy that was ambushed")
        between = []
    if any(not w.isalpha() and w not in _UNIT_ORIGIN_SKIPPED for w in between) or len(between) > 3 or set(
            between) & PASSIVE_AUXILIARIES:
        return False  # (the act's verb must follow the unit: "a patrol arrested", not "a patrol was ambushed")
    if not set(lower[trigger.end : min(sentence.end, trigger.end + 4)]).isdisjoint(_DEVICES_RUN_INTO):
        return False  # ("an AMISOM convoy struck a roadside bomb": the convoy was hit)
    written = texts(doc)
    if all(lower[k] in ("and", ",", "/") or written[k][:1].isupper() for k in range(perp_span.end, i)) or any(
            span.end == i for span in marks(doc, "actors") if perp_span.end <= span.start < i):
        return True  # the perpetrator's name right before it, or a co-actor's joined to it: their unit
    for k in range(i - 1, max(perp_span.end, i - 4) - 1, -1):
        if lower[k] == "from":
            return True  # where the perpetrator's men came from
        if lower[k] not in _UNIT_ORIGIN_SKIPPED and not written[k][:1].isupper():
            return False
    return False


def _in_group_name(doc: Doc, i: int, sentence: Span) -> bool:
    """Is the word at ``i`` written with a capital inside an armed group's name, a line of capitalised words or
    numbers ending in a word of :data:`GROUP_NAME_HEADS` ('the Base 5 Secondes Gang', 'Village Police Militia')?"""
    written = texts(doc)
    if not written[i][:1].isupper():
        return False
    lower = lowers(doc)
    for k in range(i + 1, min(sentence.end, i + 6)):
        if not (written[k][:1].isupper() or written[k].isdigit()):
            return False
        if lower[k] in GROUP_NAME_HEADS:
            return True
    return False


def _people_of_origin(doc: Doc, i: int, sentence: Span) -> bool:
    """Is the word at ``i`` a people's or nation's name used as a noun ('shot a Palestinian near the wall', 'two
    Somalis were killed', 'a Pakistani national')? Such people are named by where they come from, not by any force:
    civilians. It needs a capital, an ending of :data:`PEOPLE_OF_ORIGIN_ENDINGS`, a determiner or number before it
    and no noun after it ('Palestinian assailants', 'Russian soldiers' are adjectives); a party the actor table
    knows ('two Taliban were killed') is read as that party, never here."""
    lower = lowers(doc)
    word = lower[i]
    if not word.endswith(PEOPLE_OF_ORIGIN_ENDINGS) or i <= sentence.start or i + 1 >= sentence.end:
        return False
    before, after = lower[i - 1], lower[i + 1]
    if not (before in PEOPLE_OF_ORIGIN_DETERMINERS or before.isdigit()):
        return False
    if not (after in PEOPLE_OF_ORIGIN_ENDS or (doc[i + 1].is_punct and after not in ("-", "–"))):
        return False
    if not (doc[i].is_alpha and doc[i].text[0].isupper()):
        return False
    return not any(s.start <= i < s.end for s in marks(doc, "actors"))


def _including_armed(lower: Sequence[str], i: int, sentence: Span) -> bool:
    """Is the word for people at ``i`` followed by a list of them that names armed men first ('seven people,
    including five militiamen and a teacher', '21 people, among them eight vigilantes', '4 people were killed,
    including 2 soldiers')? Then the people harmed
    were an armed side's, as much as anyone's."""
    for k in range(i + 1, min(sentence.end, i + 6)):  # ("4 people were killed, including 2 soldiers")
        if lower[k] in ("including", "among"):
            for j in range(k + 1, min(sentence.end, k + 5)):
                if lower[j] in MILITARY_WORDS or lower[j] in POLICE_WORDS or lower[j] in ARMED_VICTIMS:
                    return True
                if lower[j] in CIVILIAN_WORDS or lower[j] in SPECIFIC_TARGETS:
                    return False
            return False
    return False


def _civil_unit(lower: Sequence[str], i: int, sentence: Span) -> bool:
    """Is the force word at ``i`` a civilian's ('a convoy of trucks', 'a convoy of traders')? Then it names no
    armed side. (A security guard is armed, as ACLED codes one.)"""
    word = lower[i]
    if word in ("convoy", "convoys") and i > sentence.start:
        # ("an IOM convoy", "the governor's convoy", "the convoy of Governor X" is read below)
        lead = lower[i - 2] if lower[i - 1] in ("'s", "’s") and i - 1 > sentence.start else lower[i - 1]
        if lead in CIVIL_CONVOY_LEADS:
            return True
    if word in ("convoy", "convoys") and i + 2 < sentence.end and lower[i + 1] == "of":
        return lower[i + 2] not in MILITARY_WORDS and lower[i + 2] not in POLICE_WORDS and lower[i + 2] not in (
            "armoured", "armored", "army", "military", "police")
    return False


_AFTER_PASSIVE = {"in", "by", "during", "when", "after", "as", "on", "at", "near", "while", ",", ".", ";"}


def reduced_passive(lower: Sequence[str], i: int, end: int) -> bool:
    """Is the noun at ``i`` the subject of a participle of harm with no auxiliary, as headlines write ('forty
    raiders killed in a clash', 'two bandits shot dead by police'): then a preposition or the clause's end follows
    the participle, not an object ('bandits killed a herder')."""
    if i + 1 >= end or not (lower[i + 1] in KILL or lower[i + 1] in WOUND or lower[i + 1] == "shot"):
        return False
    after = i + 3 if i + 2 < end and lower[i + 1] == "shot" and lower[i + 2] == "dead" else i + 2
    if after + 2 < end and lower[after] == "and" and (lower[after + 1].isdigit() or lower[after + 1] in NUMBER_WORDS) \
            and lower[after + 2] in COUNTED_PARTICIPLES:
        return True  # ("1 militant killed and 1 arrested during a search": a second count and its participle)
    if lower[i + 1] == "shot" and after + 1 < end and lower[after] in FIRED_AT_LEADS:
        # ("gunmen shot at residents", "bandits shot at the crowd": fire aimed at people, an active verb, not
        # "two soldiers shot at a checkpoint", where the noun hit names a place)
        k = after + 1
        while k < end and (lower[k] in OBJECT_LEADS or lower[k].isdigit() or lower[k] in NUMBER_WORDS):
            k += 1
        if k < end and (lower[k] in CIVILIAN_WORDS or lower[k] in CROWDS_FIRED_AT):
            return False
    return after >= end or lower[after] in _AFTER_PASSIVE  # (not "militants shot dead a driver")


def shot_dead_object(lower: Sequence[str], k: int, end: int) -> bool:
    """Is the 'dead' at ``k`` the idiom 'shot dead' of an active verb with an object ('soldiers shot dead two
    traders'), not a word of dying ('two soldiers shot dead in an ambush', 'soldiers dead')?"""
    return lower[k] == "dead" and lower[k - 1] == "shot" and k + 1 < end and lower[k + 1] not in _AFTER_PASSIVE


def _after_by(doc: Doc, i: int, sentence: Span) -> bool:
    """Is the noun at ``i`` the agent of a passive, 'by' opening its phrase ('by about 500 cattle rustlers', 'by
    unidentified motorcycle-riding assailants')? Looked for up to five words back, within the clause."""
    lower, alpha = lowers(doc), alphas(doc)
    for k in range(i - 1, max(sentence.start, i - 6) - 1, -1):
        if lower[k] == "by":
            return True
        if not alpha[k] and doc[k].is_punct and lower[k] not in ("-", "–"):  # (a word is never punctuation)
            return False
    return False


def _force_agent(doc: Doc, i: int, sentence: Span) -> bool:
    """Is the force word at ``i`` the agent of a passive: 'by' before it, with only a force's modifiers, a number or
    capitalised names between (:data:`AGENT_FORCE_MODIFIERS`: 'shot dead by the police', 'beaten by plain clothes
    policemen', 'by four LNA soldiers', 'by military police officers')? Then the force acted; it is not the one hit."""
    lower, text, alpha = lowers(doc), texts(doc), alphas(doc)
    k = i - 1
    while k >= sentence.start and i - k <= 4 and lower[k] != "by" and (
            lower[k] in AGENT_FORCE_MODIFIERS or lower[k] in POLICE_WORDS or lower[k].isdigit()
            or (alpha[k] and text[k][:1].isupper())):
        k -= 1
    return k >= sentence.start and lower[k] == "by"


def _describes_another(doc: Doc, span: Span) -> bool:
    """Is the party the first half of a compound that describes another one ('Daesh-linked ADF rebels', 'US-backed
    forces', 'Iran-aligned militias')? Then it is neither the target nor the actor of the act."""
    end = span.end
    if end + 1 < len(doc) and doc[end].text in ("-", "–"):
        return doc[end + 1].lower_ in COMPOUND_SUFFIXES
    return end < len(doc) and doc[end].text.startswith("-") and doc[end].lower_.lstrip("-") in COMPOUND_SUFFIXES


def _affiliation_of(doc: Doc, span: Span) -> bool:
    """Is the party named as what other armed men are tied to ('armed organisations affiliated with al-Qaeda', 'groups
    linked to ISIL')? In a sentence after the act's, it describes the region's armed men, not whom the act hit."""
    lower = lowers(doc)
    if span.start >= 2 and (lower[span.start - 2], lower[span.start - 1]) in _AFFILIATION_LEADS:
        return True
    # a second party joined to the first, or its alias in brackets ('affiliated with al-Qaeda and the ISIL (ISIS)')
    k = span.start - 1
    if k >= 0 and lower[k] == "the":
        k -= 1
    if k < 0 or lower[k] not in ("and", "or", "("):
        return False
    return any(other.end == k and other.start < span.start and _affiliation_of(doc, other)
               for other in marks(doc, "actors"))


_AFFILIATION_LEADS = frozenset(tuple(phrase.split()) for phrase in AFFILIATION_LEADS)


def _alternative_to(doc: Doc, span: Span, perp_span: Span | None) -> bool:
    """Is the party named as another guess at who acted ('presumed JNIM or ISGS militants', 'Boko Haram or ISWAP
    fighters', 'the army and/or allied militias')? A report unsure of the perpetrator names both; neither is the
    target."""
    if perp_span is None:
        return False
    # The perpetrator itself, or another guess joined to a party other than the span read as the perpetrator
    # ('presumed ISWAP or Boko Haram (JAS) militants': the actor read is the alias in brackets; 'suspected ISWAP/Boko
    # Haram'; a later sentence's 'presumed JNIM or ISGS militants'): a party named right before or after the span
    # by 'or' or a slash.
    lower = lowers(doc)
    for other in (perp_span, *marks(doc, "actors")):
        first, second = (span, other) if span.start < other.start else (other, span)
        if first.end <= second.start and second.start - first.end <= 3 and (
                lower[first.end : second.start] in _ALTERNATIVE_JOINS):
            return True
    return False


_ALTERNATIVE_JOINS = tuple(list(phrase.split()) for phrase in ALTERNATIVE_JOINS)
"""(as lists of words, the form the tokens between two parties are compared in)"""


_CO_ACTOR_LEADS = tuple(tuple(phrase.split()) for phrase in CO_ACTOR_LEADS)


def _words_before(doc: Doc, end: int, words: tuple[str, ...]) -> bool:
    """Do the lower-cased words just before ``end`` read ``words``?"""
    start = end - len(words)
    return start >= 0 and tuple(lowers(doc)[start:end]) == words


def _support_lead(doc: Doc, span: Span) -> int | None:
    """Where the word of support before the party at ``span`` begins ('supported by FACA forces', 'alongside the
    army', 'accompanied by a few FAMa soldiers': a share of the party, :data:`CO_ACTOR_SHARES`, may stand between);
    None where no such word is told right before it."""
    lower = lowers(doc)
    lead = span.start - (span.start > 0 and lower[span.start - 1] == "the")
    floor = max(0, lead - 3)
    while True:
        for phrase in _CO_ACTOR_LEADS:
            if _words_before(doc, lead, phrase):
                return lead - len(phrase)
        if lead <= floor or lower[lead - 1] not in _CO_ACTOR_SHARES:
            return None
        lead -= 1


def supporting_party(doc: Doc, span: Span) -> bool:
    """Is the party named after a word of support ('supported by FACA forces', 'alongside the army', 'accompanied by
    a few FAMa soldiers'): a second actor beside the one the clause is about, not its target nor its first actor?"""
    return _support_lead(doc, span) is not None


_CO_ACTOR_JOINS = frozenset(CO_ACTOR_JOINS)
_CO_ACTOR_SHARES = frozenset(CO_ACTOR_SHARES)
_SUBJECT_PARTY_WORDS = frozenset(SUBJECT_PARTY_WORDS)
_TWO_SIDED_VERBS = frozenset(CLASH_WORDS | FIGHT_TOLD | TWO_SIDED_FIRE | DEATH_VERBS)
_SUBJECT_FORCES = frozenset(POLICE_WORDS | ACTING_FORCES)
"""Force words that may stand in a subject beside the party names ('FAMa soldiers, gendarmerie and police killed')."""


def _in_subject(doc: Doc, span: Span, trigger: Span) -> bool:
    """Is the party named in the subject of the act, before its verb in the trigger's sentence ('Katiba Macina (JNIM)
    or ISGS militants killed a ranger', 'Wagner mercenaries, FACA soldiers and the Black Russians beat civilians', 'On
    2 May, a group of suspected Ambazonian separatists killed …')? Then it acted (or is another guess at who did),
    whichever party was read as the perpetrator: never the target. The subject opens its clause (the sentence's start
    or a comma, a colon after a date or a label) and holds only party names, their capitalised adjectives and the
    words of :data:`SUBJECT_PARTY_WORDS`. (Not before a verb of two sides or of dying, 'al-Shabaab and the police
    clashed', 'two FAMa soldiers died'; nor a passive, 'FAMa soldiers were killed', 'two FAMa soldiers killed in an
    ambush'.)"""
    sentence = sentence_at(doc, trigger.start)
    if not (sentence.start <= span.start and span.end <= trigger.start) or doc[trigger.start].lower_ in \
            _TWO_SIDED_VERBS:
        return False
    lower = lowers(doc)
    if reduced_passive(lower, trigger.start - 1, sentence.end):
        return False
    inside = {i for mention in party_mentions(doc, sentence.start, trigger.start) for i in range(mention.start,
                                                                                               mention.end)}

    def filler(i: int) -> bool:
        return i in inside or lower[i] in _SUBJECT_PARTY_WORDS or lower[i] in _SUBJECT_FORCES or (
            doc[i].is_alpha and doc[i].text[:1].isupper())

    if not all(filler(i) for i in range(span.end, trigger.start)):
        return False  # (a verb, a preposition or a passive between: "FAMa soldiers were killed", "an attack on X")
    k = span.start - 1
    while k >= sentence.start and doc[k].text not in (",", ";", ":"):
        if not (filler(k) or doc[k].like_num):
            return False
        k -= 1
    return True


def _joined_to_agent(doc: Doc, span: Span) -> bool:
    """Is the party joined by 'and' or 'or' to another one named as the agent of a passive ('was tortured and killed by
    FACA forces and Wagner Group members', 'abducted by ISWAP or Boko Haram fighters')? Both acted; neither is the
    target."""
    lower = lowers(doc)
    sentence = sentence_at(doc, span.start)
    inside = {i for mention in party_mentions(doc, sentence.start, span.start) for i in range(mention.start,
                                                                                            mention.end)}
    k, joined, other = span.start - 1, False, False
    while k >= sentence.start and (k in inside or lower[k] in _SUBJECT_PARTY_WORDS or (
            doc[k].is_alpha and doc[k].text[:1].isupper())):
        joined = joined or lower[k] in ("and", "or", "/", "and/or")
        other = other or k in inside
        k -= 1
    return joined and other and k >= sentence.start and mention_role(doc, k + 1) == "agent"


def _co_actor(doc: Doc, span: Span, perp_span: Span | None, trigger: Span) -> bool:
    """Is the party joined to the perpetrator by 'and' as the subject of the act ('FACA forces and Wagner mercenaries
    looted the convoy', 'Wagner and the army killed nine men')? Both acted; neither is the target. (Not before a verb
    of two sides: 'al-Shabaab and the police clashed' names each the other's party.)"""
    if perp_span is None or not (span.end <= trigger.start and perp_span.end <= trigger.start):
        return False
    if doc[trigger.start].lower_ in CLASH_WORDS:
        return False
    if perp_span.end <= span.start and sentence_at(doc, trigger.start).start <= perp_span.start and supporting_party(
            doc, span):
        return True  # ("Wagner mercenaries, supported by FACA forces, attacked …")
    if span.end <= perp_span.start and sentence_at(doc, trigger.start).start <= span.start:
        # ("Wagner mercenaries accompanied by a few FAMa soldiers assaulted residents", the supporter read as the
        # perpetrator): the party the supporter joins, its men's word and a comma alone before the word of support,
        # acted with it
        lead = _support_lead(doc, perp_span)
        if lead is not None and lead >= span.end and all(
                t.lower_ in _CO_ACTOR_JOINS for t in doc[span.end : lead]):
            return True
    first, second = (span, perp_span) if span.start < perp_span.start else (perp_span, span)
    between = [t.lower_ for t in doc[first.end : second.start]]
    if not {"and", ","} & set(between) or len(between) > 4 or not all(
            w in _CO_ACTOR_JOINS or (t.is_alpha and t.text[:1].isupper())
            for w, t in zip(between, doc[first.end : second.start], strict=True)):
        # (a list joins them too: 'FAMa soldiers, Wagner mercenaries, and Dozo hunters killed …'; so does a party's
        # capitalised adjective: 'FACA forces and Russian Wagner mercenaries looted …')
        return False
    # The pair opens its clause ('On 2 May, FACA forces and …', 'a patrol of FAMa and Wagner forces …'; not 'an
    # attack on the army and Wagner …'), in the trigger's sentence.
    sentence = sentence_at(doc, trigger.start)
    if first.start < sentence.start:
        return False
    k = party_unit_start(doc, first.start, sentence.start) - 1
    while k >= sentence.start and doc[k].lower_ in ("the", "a", "an", "presumed", "suspected", "likely", "alleged"):
        k -= 1
    return k < sentence.start or doc[k].text in (",", ";", ":")


def party_unit_start(doc: Doc, start: int, floor: int) -> int:
    """Where a unit or the men of the party named at ``start`` begin to be told ('a joint patrol of FAMa …',
    'Russian mercenaries from Wagner …': the article, the head or its capitalised adjective), not before ``floor``;
    ``start`` itself where no head and link of :data:`PARTY_UNIT_HEADS` and :data:`PARTY_UNIT_LINKS` precede it."""
    lower = lowers(doc)
    k = start - 1 - (start - 1 > floor and lowers(doc)[start - 1] == "the")  # ("members of the militia")
    if k - 1 < floor or lower[k] not in PARTY_UNIT_LINKS or lower[k - 1] not in PARTY_UNIT_HEADS:
        return start
    k -= 2
    while k >= floor and (lower[k] in PARTY_UNIT_MODIFIERS or (doc[k].text[:1].isupper() and doc[k].is_alpha and (
            k == floor or lower[k - 1] not in ("of", "by")))):
        k -= 1
    return k + 1


_ACTING_UNITS = frozenset(ACTING_UNITS)
_UNIT_ACTS = frozenset(UNIT_ACTS)


def _unit_acted(doc: Doc, i: int, sentence: Span, trigger: Span) -> bool:
    """Is the unit word at ``i`` ('convoy', 'patrol') the subject of the act's verb right after it, at the head of its
    sentence ('The convoy opened fire, killing one man', 'A patrol shot dead a herder')? Then the unit acted, as
    the men of a force do (see :func:`_acting_force`). (Not a unit hit: 'the patrol was ambushed', 'a convoy struck
    a mine', 'attacked a patrol': no active verb of harm right after it, or words before it.)"""
    lower = lowers(doc)
    if trigger.start != i + 1 or lower[i + 1] not in _UNIT_ACTS:
        return False
    k = i - 1
    while k >= sentence.start and (lower[k] in ("the", "a", "an", "this", "that", "joint", "combined") or (
            doc[k].is_alpha and doc[k].text[:1].isupper())):
        k -= 1  # ("The FAMa convoy", "A joint patrol": its article and its party's name)
    return k < sentence.start and not set(lower[i + 2 : min(sentence.end, i + 6)]) & _DEVICES_RUN_INTO


def _unit_of_actor(doc: Doc, i: int, trigger: Span, perp_span: Span | None) -> bool:
    """Is the force word at ``i`` the head of a unit of the perpetrator or of its co-actor, told before the act ('a
    patrol of FAMa and Wagner forces killed …')? Then the unit acted; it is no target."""
    if perp_span is None or i + 2 >= len(doc) or lowers(doc)[i + 1] not in PARTY_UNIT_LINKS:
        return False
    party = i + 2 + (lowers(doc)[i + 2] == "the")
    for span in party_mentions(doc, party, party + 1):
        if party_unit_start(doc, span.start, sentence_at(doc, i).start) <= i and (
                span.start == perp_span.start or _co_actor(doc, span, perp_span, trigger)):
            return True
    return False


def owned_by_force(doc: Doc, i: int) -> bool:
    """Is the force word at ``i`` the owner told in a compound ('military-owned', 'military owned', 'army-run',
    'military-appointed'; see :data:`OWNED_BY_FORCE`)?"""
    lower = lowers(doc)
    k = i + 1 + (i + 1 < len(doc) and lower[i + 1] in ("-", "–"))
    return k < len(doc) and lower[k].lstrip("-") in OWNED_BY_FORCE


def _patrol_under_way(lower: Sequence[str], i: int, sentence: Span) -> bool:
    """Is the patrol at ``i`` what its men were doing ('a soldier on patrol killed a boy', 'during a joint patrol',
    'carried out a patrol'), not a force hit? See :data:`PATROL_UNDER_WAY`."""
    if lower[i] not in PATROL_WORDS:
        return False
    k = i - 1
    while k >= sentence.start and lower[k] in PATROL_SKIPPED:
        k -= 1
    return any(k - len(lead) + 1 >= sentence.start and tuple(lower[k - len(lead) + 1 : k + 1]) == lead
               for lead in PATROL_UNDER_WAY)


_ROLE_HEADS = frozenset({"rider"} | AGE_NOUNS | CIVIL_OFFICE_STAFF)
"""The head words of the compounds :func:`_civil_role` reads (made once)."""


def _civil_role(doc: Doc, i: int, sentence: Span) -> bool:
    """Does the word at ``i`` end a compound that names a civilian by role: a vehicle's rider ('a motorbike rider',
    :data:`RIDER_VEHICLES`), a person by age alone ('a 16-year-old was shot', :data:`AGE_NOUNS`), a civil service's
    staff ('electoral officers', :data:`CIVIL_OFFICE_LEADS`)? Such people carry no arms as a force does."""
    lower = lowers(doc)
    word, before = lower[i], lower[i - 1] if i > sentence.start else ""
    if word == "rider":
        return before in RIDER_VEHICLES
    if word in CIVIL_OFFICE_STAFF:
        return before in CIVIL_OFFICE_LEADS
    # 'a 16-year-old', 'a 16 year old', 'two 15-years-old': a number, 'year(s)', 'old' (hyphens aside), no noun after
    k = i - 1
    if k > sentence.start and lower[k] in ("-", "–"):
        k -= 1
    if not (k > sentence.start and lower[k] in ("year", "years")):
        return False
    k -= 1
    if k > sentence.start and lower[k] in ("-", "–"):
        k -= 1
    if not (k >= sentence.start and (lower[k].isdigit() or lower[k] in NUMBER_WORDS)):
        return False
    after = lower[i + 1] if i + 1 < sentence.end else "."
    return after in PEOPLE_OF_ORIGIN_ENDS or not after[:1].isalpha()


def _home_or_kin_of_force(lower: Sequence[str], i: int, sentence: Span) -> bool:
    """Is the force's member at ``i`` named as the owner of a home hit ('stormed the policeman's home', 'attacked the
    homes of several police officers', :data:`HOME_WORDS`), or as the one whose kin were hit ('shot dead a police
    officer's wife', :data:`KIN_OF_MEMBER`)? As at his own home (:data:`OFF_DUTY`), he was out of service, or not
    the one hit at all: a civilian, as ACLED codes it."""
    if i + 2 < sentence.end and lower[i + 1] in ("'s", "’s", "'") and lower[i + 2] in HOME_WORDS:
        return True
    # (or his kin: 'shot dead a police officer's wife', 'abducted the soldier's son': the one hit is a civilian, the
    # force's word, alone or in a compound ('police officer', 'army major'), only names whose kin)
    j = i + 1
    while j < sentence.end and j - i <= 2 and (lower[j] in MEMBER_TITLES or lower[j] in POLICE_WORDS
                                                or lower[j] in MILITARY_WORDS or lower[j] in _POLICE_RANK_WORDS):
        j += 1
    if j + 1 < sentence.end and lower[j] in ("'s", "’s", "'") and lower[j + 1] in KIN_OF_MEMBER:
        return True
    k = i - 1
    while k > sentence.start and i - k <= 3 and lower[k] in HOME_OWNER_LEADS:
        k -= 1
    return k > sentence.start and lower[k] == "of" and lower[k - 1] in HOME_WORDS


def _out_of_service(doc: Doc, span: Span) -> bool:
    """'a former Taliban leader', 'an ex-FARC fighter', 'a retired army general': the party names whom a person once
    served."""
    k = span.start - 1
    if k >= 0 and doc[k].text in ("-", "–"):
        k -= 1  # ("ex-FARC")
    return k >= 0 and doc[k].lower_ in OUT_OF_SERVICE


def _left_named_party(doc: Doc, i: int, sentence: Span) -> bool:
    """Is the armed man's word at ``i`` told as one who left the party named right before it ('three former RRR
    militiamen', 'two ex-BLA militants', 'a former Seleka fighter')? The party's capitalised name (one or two words)
    and an 'ex-' hyphen are passed over to the word of :data:`OUT_OF_SERVICE` (a word right before the armed man's is
    read where it is, by the rules that call this)."""
    written, alpha, lower = texts(doc), alphas(doc), lowers(doc)
    k, names = i - 1, 0
    while k > sentence.start and names < 2 and alpha[k] and written[k][:1].isupper():
        k, names = k - 1, names + 1
    if not names:
        return False
    if k > sentence.start and written[k] in ("-", "–"):
        k -= 1  # ("ex-BLA")
    return k >= sentence.start and lower[k] in OUT_OF_SERVICE


def _counted_one(lower: list[str], i: int, sentence: Span) -> bool:
    """Is the word at ``i`` counted as one ('1 militant', 'one suspected militant'; :data:`ONE_COUNTS`, hedges of
    :data:`COUNT_HEDGES` between)? (See :data:`COUNTED_ARMED_VICTIMS`.)"""
    k = i - 1
    while k >= sentence.start and lower[k] in COUNT_HEDGES:
        k -= 1
    return k >= sentence.start and lower[k] in ONE_COUNTS


def _off_duty(doc: Doc, i: int, sentence: Span) -> bool:
    """Is the force word at ``i`` told out of service near it ('an off-duty policeman', 'a soldier (off duty)', 'an
    officer who was on leave', 'a police officer shot dead at his home', 'two policemen killed inside their homes')? As
    ACLED codes it, such a victim is a civilian."""
    # (the words' text cut from the document's by their offsets: ``doc[a:b].text`` made a Token for every word)
    head = i
    while head - 1 > sentence.start and texts(doc)[head - 1][:1].isupper() and alphas(doc)[head - 1]:
        head -= 1  # ("an off-duty Central African military officer": the force's capitalised adjectives skipped)
    # Eight words before the force's, sixteen after: the victim's state is often told in brackets before the one
    # named ("three agents (all off duty), including a police sergeant") or at the end of his passive clause ("two
    # gendarmes were killed in front of their homes in the town of X"); a narrower window (4 before, 9 after) missed
    # these.
    first, last = max(sentence.start, head - 8), min(sentence.end, i + 17) - 1
    near = doc_text(doc)[offsets(doc)[first] : offsets(doc)[last] + len(texts(doc)[last])].lower() \
        if first <= last else ""
    return OFF_DUTY.search(near) is not None


def _force_service(doc: Doc, i: int, sentence: Span) -> str | None:
    """The kind of force ('police', 'military') of the armed state service named beside the person noun at ``i`` ('a
    *Levies* official', 'an official of the *Frontier* Constabulary'; :data:`FORCE_SERVICES`), or None."""
    lower = lowers(doc)
    if i > sentence.start and lower[i - 1] in FORCE_SERVICES:
        return FORCE_SERVICES[lower[i - 1]]
    k = i + 1
    if k < sentence.end and lower[k] == "of":
        k += 1 + (k + 1 < sentence.end and lower[k + 1] == "the")
        if k < sentence.end and lower[k] in FORCE_SERVICES and texts(doc)[k][:1].isupper():
            return FORCE_SERVICES[lower[k]]  # (a service's name, capitalised: not 'an official of the security unit')
    return None


def _civilian_before(doc: Doc, start: int, end: int, sentence: Span) -> Span | None:
    """A civilian noun between the trigger and a named group ('killed a cleric who supported X'), or None."""
    lower = lowers(doc)
    for i in range(max(start, sentence.start), min(end, sentence.end)):
        if (lower[i] in CIVILIAN_WORDS or lower[i] in SPECIFIC_TARGETS) and not (
                i > sentence.start and lower[i - 1] in ARMED_MODIFIERS) and not _scene(lower, i, sentence.start):
            return words_span(doc, i, i + 1)
    return None


def _scene(lower: Sequence[str], i: int, start: int) -> bool:
    """A place noun that names where the act happened ('near the village of X', 'in two villages'), not its
    victims: a locative preposition before it, with at most two determiners or numbers between."""
    if lower[i] not in SCENE_PLACES:
        return False
    for k in range(i - 1, max(start, i - 4) - 1, -1):
        if lower[k] in LOCATIVE_WORDS:
            return True
        if lower[k] not in SCENE_DETERMINERS:
            return False
    return False


def _hit_after_time_clause(lower: list[str], i: int, trigger: Span, perp_end: int | None, sentence: Span) -> bool:
    """Is the force word at ``i`` named before a clause of time whose subject is the perpetrator (ending at
    ``perp_end``) and whose act, at ``trigger``, names it back as its object ('soldiers were on patrol when militants
    opened fire on them', 'a policeman was directing traffic when gunmen shot him dead')? The force is the subject
    of the clause before, and the act's target (not '… when bandits shot dead two farmers')."""
    return perp_end is not None and i < perp_end <= trigger.start and not _TIME_CLAUSE_OPENERS.isdisjoint(
        lower[i + 1 : perp_end]) and not _OBJECT_PRONOUNS.isdisjoint(
        lower[trigger.start : min(sentence.end, trigger.start + 5)])


def _acting_force(doc: Doc, i: int, sentence: Span, trigger_span: Span, perp_end: int | None = None) -> bool:
    """A force word that is the subject of the event's first verb ('guards beat', 'a soldier opened fire on'): it
    comes before the trigger of its sentence, after no preposition, and is not the subject of a passive or of a verb
    of dying ('soldiers were ambushed', 'two policemen died'). After 'and', only where the perpetrator's name ends
    just before it (``perp_end``): 'Wagner mercenaries and military forces killed nine men' names two co-actors,
    while 'an attack on a school and police …' lists those hit."""
    trigger = trigger_span.start
    if not (sentence.start <= trigger < sentence.end) or i >= trigger:
        return False
    before = lowers(doc)[i - 1] if i > sentence.start else ""
    if before == "and" and perp_end is not None and 0 <= i - 1 - perp_end <= 1:
        before = ""  # (a subject of two co-ordinated actors: the perpetrator and this force)
    if before in ("on", "against", "at", "targeting", "of", "killed", "killing", "with", "and", "between"):
        return False
    if _hit_after_time_clause(lowers(doc), i, trigger_span, perp_end, sentence):
        return False  # ("soldiers were on patrol when militants opened fire on them": the force was hit)
    # ("2 soldiers killed in Wau": a headline's participle with no object, the harmed)
    return not passive_victim(doc, words_span(doc, i, i + 1), sentence) and not reduced_passive(lowers(doc), i,
                                                                                               sentence.end)
