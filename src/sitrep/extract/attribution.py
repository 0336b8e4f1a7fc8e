"""Who speaks, who claimed, who is blamed: the three questions an analyst asks of every incident, kept apart.

- **Source** (:func:`outlet_kind`, :func:`speakers`): the document's outlet and the speakers the text cites, each
  of one kind — the perpetrator's own media (the actor table's media with their owners, or the group itself
  speaking), state media, an official (ministry, army, police spokesman, "a security source"), a monitor (SOHR,
  the UN), a wire agency, or other independent voices (witnesses, medics, local sources). Independence is decided
  by who speaks, never by whether the word "claimed" appears.
- **Attribution** (:func:`attribute`): each claim, blame or denial verb in the incident's sentences is read in its
  clause — its subject (the actor before it, an outlet's owner, "the group" for the group named before), its
  object, negation ("no group claimed", "has not yet claimed", "there was no claim"), hedges ("would claim"),
  claims of *other* attacks ("has claimed similar bombings") and tolls ("the blast claimed 12 lives"). A claim by
  the perpetrator's side wins over a denial, a denial over blame; none is ``None``.
- **Verification** (:func:`verification`): ``claimed`` when only the perpetrator's side tells of the act — its
  outlet publishes it, or every speaker the incident's sentences cite for it speaks for the perpetrator and the
  act is told in their voice; otherwise ``reported``. ``confirmed`` needs several independent reports and is set
  by linking (the analyze stage merges the reports of one incident), never here.

The words live in :mod:`sitrep.extract.lang.en.attribution`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from sitrep.extract.lang.en.attribution import (
    BACKGROUND_CLAIM_WORDS,
    BLAME_PHRASES,
    BLAME_VERBS,
    CLAIM_VERBS,
    CLAUSE_BREAKS,
    DENIED_ACT,
    DENY_OBJECTS,
    DENY_VERBS,
    FORCE_VOICES,
    GROUP_ANAPHORA,
    GROUP_OUTLET_WORDS,
    HEDGED_CLAIMS,
    INDEPENDENT_SPEAKERS,
    LATER_WORDS,
    LIVES_OBJECTS,
    MEDIUM_WORDS,
    MONITOR_OUTLETS,
    MONITOR_SPEAKERS,
    NEGATED_PHRASES,
    NEGATIONS,
    OFFICIAL_SPEAKERS,
    PLURAL_ACTS,
    RESPONSIBILITY_PHRASES,
    SELF_CLAIM,
    SELF_REFERENCE,
    SPEAKER_PHRASE_VERBS,
    SPEECH_VERBS,
    STATE_MEDIA_WORDS,
    STATE_SOURCE_WORDS,
    UNNAMED_CLAIMANTS,
    WIRE_AGENCIES,
)
from sitrep.extract.lang.en.incidents import INCIDENT_NOUNS, TRIGGER_WORDS
from sitrep.extract.pipeline import (
    like_number,
    lower_text,
    lowers,
    mark_value,
    marks,
    span_lowers,
    span_record,
    texts,
    words_lower_text,
    words_span,
    words_text,
)
from sitrep.extract.prefilter import Gated, Phrases
from sitrep.model import Attribution, Source, SourceKind, Status, built_record
from sitrep.taxonomy import STATE_KINDS, Actor, ActorTable

__all__ = ["Speaker", "attribute", "claims_in", "mentions_attribution", "outlet_kind", "self_report", "source_record",
           "speakers", "statement_date_starts", "verification"]


def claims_in(doc: Doc, sentence: Span, actors: ActorTable) -> bool:
    """Does the sentence carry a (not negated) claim of responsibility?"""
    doc.user_data["actor_table"] = actors
    return _may_attribute(doc, sentence) and bool(_claims(doc, sentence, None, actors))


_CLAIM_OR_BLAME_VERBS = CLAIM_VERBS | BLAME_VERBS - {"held", "suspect", "suspects"}
"""(Made once: :func:`mentions_attribution` runs for many sentences.)"""


def mentions_attribution(sentence: Span) -> bool:
    """Does the sentence claim, blame or deny something? Such a sentence, without an incident of its own, belongs
    to the incident before it ('The group later claimed the attack on its Amaq channel.')."""
    words = set(span_lowers(sentence))
    text = lower_text(sentence)
    return bool(words & _CLAIM_OR_BLAME_VERBS) or _has_cue_phrase(text) or (
        bool(words & DENY_VERBS) and bool(words & DENIED_ACT))

GENERIC_PERPETRATORS = (None, "Unidentified Armed Group")


@dataclass(frozen=True)
class Speaker:
    """A voice the text cites: its words, its kind and the actor it speaks for."""

    text: str
    kind: SourceKind
    speaks_for: str | None
    start: int
    """Token index of the speaker's first word."""
    end: int
    verb: int
    """Token index of the speech verb."""
    own_act: bool = False
    """The speaker tells of its own act: 'the army said its troops …', 'IS said it had …'."""
    force: bool = False
    """An official that is the acting force itself (army, police, ministry), not a governor or 'officials'."""


# --- outlets ----------------------------------------------------------------------------------------------------

def _has_word(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text and _pattern(rf"(?<![\w-]){re.escape(word)}(?![\w-])").search(text) for word in words)


@functools.cache
def _pattern(regex: str) -> re.Pattern[str]:
    """``regex`` compiled once (these run for every sentence of every document)."""
    return re.compile(regex)


@functools.cache
def _gated(regex: str) -> Gated:
    """``regex`` compiled once behind its literal pre-filters (:class:`sitrep.extract.prefilter.Gated`): the same
    matches, and a sentence without the words a match needs is not searched."""
    return Gated(re.compile(regex))


def _phrase_matches(phrase: str, text: str) -> Iterator[re.Match[str]]:
    """Matches of ``phrase`` as whole words in ``text``; a phrase that is not even a substring is not searched."""
    return _pattern(rf"\b{re.escape(phrase)}\b").finditer(text) if phrase in text else iter(())


def outlet_kind(outlet: str | None, actors: ActorTable) -> tuple[SourceKind | None, str | None]:
    """(kind, actor it speaks for) of a document's outlet ('Amaq' → perpetrator media of the Islamic State,
    'Arab News (Reuters)' → wire, 'SANA' → state media); (None, None) when the outlet is unknown."""
    if outlet is None or not outlet.strip():
        return None, None
    parts = [outlet.strip(), *re.findall(r"\(([^)]*)\)", outlet), outlet.split("(")[0].strip()]
    for part in parts:
        actor = actors.get(part)
        if actor is not None:
            kind = _actor_kind(actor, actors)
            if kind is not None:
                return kind, _speaks_for(actor)
    lower = outlet.lower()
    if _has_word(lower, GROUP_OUTLET_WORDS):
        for canonical in actors.actors:
            if canonical.lower() in lower:
                return "perpetrator_media", canonical
    if _has_word(lower, MONITOR_OUTLETS):
        return "monitor", None
    if _has_word(lower, STATE_MEDIA_WORDS):
        return "state_media", None
    if _has_word(lower, WIRE_AGENCIES):
        return "wire", None
    return "independent", None


def _actor_kind(actor: Actor, actors: ActorTable) -> SourceKind | None:
    if actor.kind == "media":
        owner = actors.actors.get(actor.owner or "")
        return "state_media" if owner is not None and owner.kind in (*STATE_KINDS, "government") else \
            "perpetrator_media"
    if actor.kind == "monitor":
        return "monitor"
    if actor.kind in (*STATE_KINDS, "government"):
        return "official"
    if actor.kind == "group":
        return "perpetrator_media"  # the group speaking for itself
    return None


def _speaks_for(actor: Actor) -> str | None:
    if actor.kind == "media":
        return actor.owner
    if actor.kind == "monitor":
        return None
    return actor.canonical


# --- speakers ---------------------------------------------------------------------------------------------------

def speakers(doc: Doc, sentence: Span) -> list[Speaker]:
    """The voices a sentence cites: 'X said', 'according to X', 'X told AFP', 'said X', in order."""
    # Remembered per document: the incident assembler asks it of the same sentences several times (the event's,
    # the whole document's, the perpetrator's voice). The actor table in force is part of the key, as
    # :func:`_classify` reads it.
    known = doc.user_data.setdefault("speakers_of", {})
    key = (sentence.start, sentence.end, id(doc.user_data.get("actor_table")))
    found = known.get(key)
    if found is None:
        found = known[key] = _speakers(doc, sentence)
    return list(found)


def _speakers(doc: Doc, sentence: Span) -> list[Speaker]:
    lower = lowers(doc)
    found: list[Speaker] = []
    seen: set[int] = set()
    words = lower[sentence.start : sentence.end]
    if SPEECH_VERBS.isdisjoint(words):
        return found  # (no speech verb: a set test in C, no word walked)
    for i in [sentence.start + k for k, word in enumerate(words) if word in SPEECH_VERBS]:
        word = lower[i]
        if word == "according":
            if i + 1 < sentence.end and lower[i + 1] == "to":
                phrase = _phrase_after(doc, i + 2, sentence.end)
                if phrase is not None:
                    speaker = _classify(doc, phrase[0], phrase[1], i)
                    if speaker is not None and speaker.start not in seen:
                        found.append(speaker)
                        seen.add(speaker.start)
            continue
        phrase = _phrase_before(doc, i, sentence.start)
        if phrase is None and i > sentence.start and texts(doc)[i - 1] == ",":
            phrase = _phrase_after(doc, i + 1, sentence.end)  # "…, said a police spokesman"
        if phrase is None:
            continue
        speaker = _classify(doc, phrase[0], phrase[1], i)
        if speaker is not None and speaker.start not in seen:
            found.append(speaker)
            seen.add(speaker.start)
    return found


_PHRASE_STOPS = {",", ".", ";", ":", "—", "–", "and", "but", "that", "which", "who", "when", "after", "as", "while",
                 "he", "she", "they", "it", "we", "i", "(", ")", '"', "“", "”", "'"}
_SKIP = {"also", "later", "earlier", "previously", "had", "has", "have", "on", "in", "a", "statement", "separately",
         "further", "then", "publicly", "immediately", "initially", "first"}


def _phrase_before(doc: Doc, verb: int, floor: int) -> tuple[int, int] | None:
    lower = lowers(doc)
    end = verb
    # "the ministry said in a statement", "police on Sunday said": skip what sits between subject and verb.
    while end > floor and (lower[end - 1] in _SKIP or _is_day(lower[end - 1])):
        end -= 1
    start = end
    while start > floor and end - start < 7 and lower[start - 1] not in _PHRASE_STOPS:
        start -= 1
    return (start, end) if start < end else None


def _phrase_after(doc: Doc, start: int, ceiling: int) -> tuple[int, int] | None:
    lower = lowers(doc)
    end = start
    while end < ceiling and end - start < 8 and lower[end] not in _PHRASE_STOPS - {"(", ")"}:
        end += 1
    return (start, end) if start < end else None


def _is_day(word: str) -> bool:
    return word in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                    "yesterday", "tonight")


_GROUP_ENDINGS = tuple(a for a in GROUP_ANAPHORA if a != "it")
"""(One tuple for ``str.endswith``, which tries them all in C.)"""


def _classify(doc: Doc, start: int, end: int, verb: int) -> Speaker | None:
    """The kind of a speaker phrase: an actor it names decides, else its nouns."""
    lower = lowers(doc)
    text = words_text(doc, start, end)
    for span in marks(doc, "actors"):
        if start <= span.start < end:
            actor: Actor = mark_value(span)
            owner = _speaks_for(actor)
            kind = _actor_kind(actor, doc.user_data.get("actor_table") or _EMPTY)
            if kind is not None:
                return Speaker(text, kind, owner, start, end, verb, _own_act(doc, verb), kind == "official")
    words = set(lower[start:end])
    own = _own_act(doc, verb)
    phrase = " ".join(lower[start:end])
    if phrase.endswith(_GROUP_ENDINGS):
        group = _last_group(doc, start)
        if group is not None:  # "…, the group said in a statement": the group named before, speaking for itself
            return Speaker(text, "perpetrator_media", group, start, end, verb, True, False)
    if words & {"reuters", "afp", "ap"} or " press" in text.lower():
        return Speaker(text, "wire", None, start, end, verb)
    if words & MONITOR_SPEAKERS:
        return Speaker(text, "monitor", None, start, end, verb)
    if words & {"source", "sources"} and words & STATE_SOURCE_WORDS:
        return Speaker(text, "official", None, start, end, verb)
    if words & INDEPENDENT_SPEAKERS:
        return Speaker(text, "independent", None, start, end, verb)
    if words & OFFICIAL_SPEAKERS:
        return Speaker(text, "official", None, start, end, verb, own, bool(words & FORCE_VOICES))
    return None


def _own_act(doc: Doc, verb: int) -> bool:
    """'said (on Sunday) (that) its/it/they …' right after the speech verb."""
    lower = lowers(doc)
    k = verb + 1
    while k < min(len(doc), verb + 5) and (lower[k] in ("on", "that", "in", "a", "statement", ",") or _is_day(
            lower[k])):
        k += 1
    return k < len(doc) and lower[k] in SELF_REFERENCE


_EMPTY = ActorTable()


def _is_state_owner(doc: Doc, owner: str) -> bool:
    table: ActorTable | None = doc.user_data.get("actor_table")
    actor = table.actors.get(owner) if table is not None else None
    return actor is not None and actor.kind in (*STATE_KINDS, "government")


# --- attribution --------------------------------------------------------------------------------------------------

@dataclass
class _Finding:
    level: str
    actor: str | None
    by: str | None
    by_kind: SourceKind | None
    medium: str | None
    mode: str | None
    later: bool
    clause: Span
    verb: int


def attribute(doc: Doc, sentences: list[Span], actor1: str | None, actors: ActorTable) -> Attribution | None:
    """How the act told in ``sentences`` is tied to its perpetrator (module docstring); None when nobody claims,
    blames or denies it."""
    doc.user_data["actor_table"] = actors
    findings: list[_Finding] = []
    for sentence in sentences:
        if not _may_attribute(doc, sentence):
            continue
        findings += _claims(doc, sentence, actor1, actors)
        findings += _denials(doc, sentence, actors)
        findings += _blames(doc, sentence, actors)
    if not findings:
        return None
    unnamed = actor1 in GENERIC_PERPETRATORS

    def rank(finding: _Finding) -> tuple[int, int]:
        own = unnamed or finding.actor is None or actors.same_side(finding.actor, actor1)
        order = {"claimed": 0, "denied": 1, "blamed": 2}[finding.level]
        return (0 if own else 1, order)

    best = min(findings, key=rank)
    if best.level == "blamed" and not unnamed and best.actor is not None and not actors.same_side(best.actor, actor1):
        return None  # blame of someone other than the named perpetrator: not this act's attribution
    clause = best.clause
    return Attribution(level=best.level, actor=best.actor or (None if unnamed else actor1), by=best.by,
                       by_kind=best.by_kind, medium=best.medium, mode=best.mode,
                       statement_date=_statement_date(doc, clause, best.verb), later=best.later,
                       span=span_record(clause))


_CUE_VERBS = CLAIM_VERBS | DENY_VERBS | BLAME_VERBS
"""(Made once: :func:`_may_attribute` runs for every sentence of every event.)"""
_CUE_PHRASES = Phrases((*RESPONSIBILITY_PHRASES, *BLAME_PHRASES))
"""(Asked through the index of all phrase lists, :class:`~sitrep.extract.prefilter.Phrases`: each text read once.)"""


def _has_cue_phrase(text: str) -> bool:
    """Whether ``text`` holds one of the responsibility or blame phrases (as substrings)."""
    return _CUE_PHRASES.any_in(text)


def _may_attribute(doc: Doc, sentence: Span) -> bool:
    """Whether :func:`_claims`, :func:`_denials` or :func:`_blames` can find anything in the sentence: each needs a
    word of claim, denial or blame, one of their phrases, or a speech verb with the words of a group's account of
    its own act ('said that it carried out', 'said its fighters killed'). False skips the three scans."""
    lower = lowers(doc)
    if not _CUE_VERBS.isdisjoint(lower[sentence.start : sentence.end]):
        return True
    text = lower_text(sentence)
    if _has_cue_phrase(text):
        return True
    # (the SELF_CLAIM patterns, read only after a speech verb, each hold one of these)
    return not SPEECH_VERBS.isdisjoint(lower[sentence.start : sentence.end]) and (
        "that it" in text or "that they" in text or "its " in text or "their " in text)


def _clause(doc: Doc, sentence: Span, i: int) -> Span:
    """The clause around token ``i``: from the last break before it to the next break after it."""
    lower = lowers(doc)
    start = i
    while start > sentence.start and lower[start - 1] not in CLAUSE_BREAKS - {"and", "as", "after", "before",
                                                                              "when"}:
        start -= 1
    end = i + 1
    while end < sentence.end and lower[end] not in {",", ";", "but", "while", "although", "though", "whereas",
                                                     "however"}:
        end += 1
    return words_span(doc, start, end)


def _negated(doc: Doc, clause: Span, i: int) -> bool:
    lower = lowers(doc)
    text = words_lower_text(doc, clause.start, min(clause.end, i + 4))
    if any(phrase in text for phrase in NEGATED_PHRASES):
        return True
    window = lower[max(clause.start, i - 8) : i]
    return bool(set(window) & NEGATIONS)


def _hedged(doc: Doc, clause: Span, i: int) -> bool:
    return bool(set(lowers(doc)[max(clause.start, i - 6) : i]) & HEDGED_CLAIMS)


def _claims(doc: Doc, sentence: Span, actor1: str | None, actors: ActorTable) -> list[_Finding]:
    lower = lowers(doc)
    text = lower_text(sentence)
    verbs = [i for i in range(sentence.start, sentence.end) if lower[i] in CLAIM_VERBS]
    for phrase in RESPONSIBILITY_PHRASES:
        if phrase not in text:
            continue  # (as _phrase_matches would find: most sentences hold none, and this skips the call)
        for match in _phrase_matches(phrase, text):
            span = doc.char_span(sentence.start_char + match.start(), sentence.start_char + match.end(),
                                 alignment_mode="expand")
            if span is not None:
                verbs.append(span.start)
    groups = [s for s in marks(doc, "actors") if sentence.start <= s.start < sentence.end
              and mark_value(s).kind in ("group", "media")]
    for pattern in SELF_CLAIM if groups and set(lower[sentence.start : sentence.end]) & SPEECH_VERBS else ():
        for match in _gated(pattern).finditer(text):
            span = doc.char_span(sentence.start_char + match.start(), sentence.start_char + match.end(),
                                 alignment_mode="expand")
            if span is not None and any(g.start < span.start for g in groups):
                verbs.append(span.start)
    out: list[_Finding] = []
    for i in sorted(set(verbs)):
        after = lower[i + 1 : min(sentence.end, i + 6)]
        if set(after[:4]) & LIVES_OBJECTS or (after[:1] and after[0].isdigit() and not set(after) & {
                "attacks", "operations"}) or (after[:2] == ["the", "lives"]):
            continue  # "the blast claimed 12 lives"
        clause = _clause(doc, sentence, i)
        if _hedged(doc, clause, i):
            continue
        if lower[i] in ("claim", "claims") and i > sentence.start and lower[i - 1] in _DETERMINERS and \
                "responsib" not in lower_text(clause):
            continue  # "made a counter claim", "the claims could not be verified": claims of figures, not of this act
        window_after = set(lower[i + 1 : min(clause.end, i + 7)])
        if window_after & BACKGROUND_CLAIM_WORDS or "in the past" in words_lower_text(doc, i, clause.end) or set(
                lower[max(clause.start, i - 3) : i]) & {"many", "most", "several", "some", "dozens"}:
            continue  # "the group has claimed similar attacks", "many have been claimed by ISWAP"
        ahead = list(words_span(doc, i + 1, min(clause.end, i + 9)))
        if any(t.like_num and any(u.lower_ in PLURAL_ACTS for u in ahead[k + 1 : k + 4])
               for k, t in enumerate(ahead)):
            continue  # "claimed responsibility for two separate attacks": several acts, not this one
        subject, medium_span = _subject(doc, sentence, clause, i, actors)
        responsibility = "responsib" in text or "credit" in text or lower[i] not in CLAIM_VERBS or bool(
            window_after & {"attack", "attacks", "bombing", "blast", "ambush", "assault", "killing", "explosion",
                            "raid", "strike", "operation", "shooting"})
        negated = _negated(doc, clause, i) or any(
            c in words_lower_text(doc, clause.start, i) for c in UNNAMED_CLAIMANTS)
        if negated:
            continue
        claimant: str | None = None
        kind: SourceKind | None = None
        if subject is not None:
            actor: Actor = mark_value(subject)
            if actor.kind == "monitor":
                subject = None
            else:
                claimant = _speaks_for(actor)
                kind = "perpetrator_media" if actor.kind in ("media", "group") else "official"
                if actor.kind == "media" and _is_state_owner(doc, actor.owner or ""):
                    kind = "state_media"
        if claimant is None:
            head = lower_text(doc[sentence.start:i])
            if any(next(_phrase_matches(a, head), None) for a in GROUP_ANAPHORA) and \
                    actor1 not in GENERIC_PERPETRATORS:
                claimant, kind = actor1, "perpetrator_media"
            elif any(next(_phrase_matches(a, head), None) for a in GROUP_ANAPHORA):
                claimant, kind = _last_group(doc, sentence.start, actors), "perpetrator_media"
        if claimant is None and not responsibility:
            continue
        if kind == "official" and not responsibility:
            continue  # "police claimed the men were smugglers": an assertion, not responsibility
        if claimant is not None and not responsibility and not _is_armed(claimant, actors):
            continue
        medium, mode = _medium(doc, sentence, medium_span)
        later = bool(set(lower[max(clause.start, i - 3) : i]) & LATER_WORDS)
        out.append(_Finding("claimed", claimant, claimant, kind or "perpetrator_media", medium, mode, later, clause,
                            i))
    return out


_DETERMINERS = {"a", "an", "the", "counter", "counter-", "its", "their", "his", "this", "that", "these", "those",
                "such", "false", "-", "similar", "other"}


def self_report(cited: list[Speaker], trigger_sentence: Span, perpetrator: str | None, doc: Doc,
                actors: ActorTable) -> Attribution | None:
    """The perpetrator's own account of its act as a claim of it ('the SDF said its forces arrested …', 'the army
    said it killed …'): the speaker that frames the act's first sentence and speaks for the perpetrator."""
    for speaker in cited:
        if not (trigger_sentence.start <= speaker.verb < trigger_sentence.end):
            continue
        own_side = perpetrator is not None and _speaks_for_side(speaker, perpetrator, actors)
        if own_side or (speaker.own_act and (speaker.force or speaker.kind == "perpetrator_media")):
            medium, mode = _medium(doc, trigger_sentence, None)
            return Attribution(level="claimed", actor=perpetrator, by=speaker.speaks_for or speaker.text,
                               by_kind=speaker.kind, medium=medium, mode=mode or "other",
                               span=span_record(trigger_sentence))
    return None


def _is_armed(name: str, actors: ActorTable) -> bool:
    actor = actors.actors.get(name)
    return actor is not None and actor.kind in ("group", *STATE_KINDS)


def _subject(doc: Doc, sentence: Span, clause: Span, i: int, actors: ActorTable) -> tuple[Span | None, Span | None]:
    """(claimant span, medium span) of a claim verb: 'claimed by X', the actor before the verb in its clause, an
    outlet named with it ('through its Amaq agency')."""
    lower = lowers(doc)
    spans = [s for s in marks(doc, "actors") if sentence.start <= s.start < sentence.end]
    media = [s for s in spans if mark_value(s).kind == "media"]
    medium = media[0] if media else None
    if i + 1 < sentence.end and lower[i + 1] == "by":
        after = [s for s in spans if i + 1 < s.start <= i + 5]
        if after:
            return after[0], medium
    before = [s for s in spans if max(clause.start, sentence.start) <= s.start < i and mark_value(s).kind != "monitor"
              and (s.start == 0 or lower[s.start - 1] not in ("against", "on", "targeting", "at"))]
    if before:
        # The group itself before its outlet ("IS said in a statement by its Amaq agency that it …").
        speakers_first = [s for s in before if mark_value(s).kind != "media"] or before
        return speakers_first[-1], medium
    # "Al-Shabaab, an affiliate of al-Qaeda, claimed …": the clause starts after the subject's apposition; the
    # subject is the first actor of the sentence.
    before = [s for s in spans if sentence.start <= s.start < i and mark_value(s).kind != "monitor"
              and (s.start == 0 or lower[s.start - 1] not in ("against", "on", "targeting", "at", "by", "of"))
              and not any(lower[k] in ("but", ";") for k in range(s.end, i))]
    if before:
        return ([s for s in before if mark_value(s).kind != "media"] or before)[0], medium
    if medium is not None:
        return medium, medium
    return None, medium


def _last_group(doc: Doc, before: int, actors: ActorTable | None = None) -> str | None:
    groups = [s for s in marks(doc, "actors") if s.start < before and mark_value(s).kind == "group"]
    return mark_value(groups[-1]).canonical if groups else None


def _medium(doc: Doc, sentence: Span, medium_span: Span | None) -> tuple[str | None, str | None]:
    if medium_span is not None and mark_value(medium_span).kind == "media":
        return mark_value(medium_span).canonical, "posted to website, blog or social media"
    lower = lowers(doc)
    found = [(texts(doc)[i], MEDIUM_WORDS[lower[i]]) for i in range(sentence.start, sentence.end)
             if lower[i] in MEDIUM_WORDS and not (lower[i] == "x" and texts(doc)[i] != "X")]
    # "a statement on Telegram": the channel says more than the word "statement"
    return next((f for f in found if f[1] != "other"), found[0] if found else (None, None))


def _denials(doc: Doc, sentence: Span, actors: ActorTable) -> list[_Finding]:
    lower = lowers(doc)
    out = []
    for i in range(sentence.start, sentence.end):
        if lower[i] not in DENY_VERBS:
            continue
        after = lower[i + 1 : min(sentence.end, i + 6)]
        if not (set(after[:2]) & DENY_OBJECTS or "responsibility" in after or "involvement" in after):
            continue
        clause = _clause(doc, sentence, i)
        if _negated(doc, clause, i):
            continue
        spans = [s for s in marks(doc, "actors") if clause.start <= s.start < i
                 and mark_value(s).kind not in ("monitor",)]
        if not spans:
            continue
        actor = _speaks_for(mark_value(spans[-1]))
        out.append(_Finding("denied", actor, actor, "perpetrator_media", None, None, False, clause, i))
    return out


def _blames(doc: Doc, sentence: Span, actors: ActorTable) -> list[_Finding]:
    lower = lowers(doc)
    text = lower_text(sentence)
    spans = [s for s in marks(doc, "actors") if sentence.start <= s.start < sentence.end
             and mark_value(s).kind not in ("media", "monitor")]
    out = []
    cues = [i for i in range(sentence.start, sentence.end) if lower[i] in BLAME_VERBS]
    for phrase in BLAME_PHRASES:
        if phrase not in text:
            continue  # (as in _claims)
        for match in _phrase_matches(phrase, text):
            span = doc.char_span(sentence.start_char + match.start(), sentence.start_char + match.end(),
                                 alignment_mode="expand")
            if span is not None:
                cues.append(span.start)
    for i in sorted(set(cues)):
        word = lower[i]
        if word == "held" and "responsible" not in lower[i + 1 : min(sentence.end, i + 8)]:
            continue
        if word in ("suspect", "suspects") and i > sentence.start and lower[i - 1] in ("a", "the", "two", "three"):
            continue  # "the suspects were arrested": people, not suspicion
        if word == "suspected" and i + 1 < sentence.end and lower[i + 1] == "of" and not any(
                phrase in text for phrase in ("suspected of carrying out", "suspected of being behind")):
            continue  # "two men suspected of recruiting for al-Shabaab": suspicion of the men, not of this act
        clause = _clause(doc, sentence, i)
        if _negated(doc, clause, i) and word not in ("suspected",):
            continue
        after = [s for s in spans if i < s.start <= i + 8 and s.start < clause.end + 6]
        before = [s for s in spans if clause.start <= s.start < i]
        blamed: Span | None = None
        if after and (word in BLAME_VERBS or " on" in doc[i : after[0].start].text or " to" in doc[
                i : after[0].start].text or " of" in doc[i : after[0].start].text):
            blamed = after[0]
        elif before and (word in ("blamed", "suspected", "attributed") or word not in BLAME_VERBS) and not (
                word in ("blamed", "attributed") and i + 1 < sentence.end and lower[i + 1] in ("on", "to")):
            # (not "soldiers were killed in an attack blamed on jihadists": the one blamed follows 'on', unnamed)
            # "IS was blamed", "the attack bore the hallmarks of …" (after), "IS is suspected"
            between = lower[before[-1].end : i]
            if set(between) & {"was", "is", "were", "are", "been", "being", "widely", "often"} or word not in \
                    BLAME_VERBS:
                blamed = before[-1]
        if blamed is None:
            continue
        actor = mark_value(blamed)
        if actor.kind not in ("group", *STATE_KINDS):
            continue
        by_phrase = _phrase_before(doc, i, clause.start)
        by = by_kind = None
        if by_phrase is not None and not (by_phrase[0] <= blamed.start < by_phrase[1]):
            speaker = _classify(doc, by_phrase[0], by_phrase[1], i)
            if speaker is not None:
                by, by_kind = speaker.text, speaker.kind
        if by is None:
            cited = speakers(doc, sentence)
            if cited:
                by, by_kind = cited[0].text, cited[0].kind
        out.append(_Finding("blamed", actor.canonical, by, by_kind, None, None, False, clause, i))
    return out


def _statement_date(doc: Doc, clause: Span, verb: int) -> date | None:
    for span in marks(doc, "dates"):
        if clause.start <= span.start < clause.end and span.start > verb - 3 and mark_value(span).kind == "date" \
                and mark_value(span).first and not mark_value(span).first.startswith("--"):
            return date.fromisoformat(mark_value(span).first)
    return None


_STATEMENT_WORDS = (SPEECH_VERBS | CLAIM_VERBS | {"statement", "responsibility"}) - {"according"}
"""Words before a date that make it a statement's date (made once: read for every date of every sentence)."""


def statement_date_starts(doc: Doc, sentence: Span) -> frozenset[int]:
    """Token starts of dates that date a statement, not the act: 'claimed responsibility on Sunday for a bomb
    attack on Saturday' (Sunday), 'the ministry said on Monday' (Monday)."""
    # Remembered per document and sentence: finding a clause's day, a sentence's and an event's asks it of the same
    # sentences ~9 times a document, and each answer walks all the document's dates. Kept with the date marks it was
    # read from: marks set anew (another run of the date component) are read anew.
    dates = marks(doc, "dates")
    known = doc.user_data.get("statement_dates")
    if known is None or known[0] is not dates:
        known = doc.user_data["statement_dates"] = (dates, {})
    key = (sentence.start, sentence.end)
    found = known[1].get(key)
    if found is None:
        found = known[1][key] = frozenset(_statement_date_starts(doc, sentence, dates))
    return found


def _statement_date_starts(doc: Doc, sentence: Span, dates: list[Span]) -> set[int]:
    lower = lowers(doc)
    out: set[int] = set()
    for span in dates:
        if not (sentence.start <= span.start < sentence.end):
            continue
        lead = lower[max(sentence.start, span.start - 4) : span.start]
        if lead[-1:] in (["on"], ["late"], ["early"]):
            lead = lead[:-1]
        words = lead[-3:]
        said = max((k for k, w in enumerate(words) if w in _STATEMENT_WORDS), default=None)
        if said is not None:
            if _ACT_NOUNS.isdisjoint(words[said + 1 :]):
                out.add(span.start)  # (not "reported two attacks on Tuesday": the day of the attacks reported)
        elif _told_by_speaker(doc, sentence, span.start):
            out.add(span.start)
    return out


_ACT_NOUNS = frozenset(INCIDENT_NOUNS)
"""Nouns of an act between a verb of speech and a date ('reported two attacks on Tuesday'): the date is the act's."""
_SPEAKER_STOPS = frozenset(TRIGGER_WORDS | INCIDENT_NOUNS | {",", ";", ".", ":", "!", "?", '"', "“", "”", "—", "–"})
"""Where the walk back from a date over its speaker ('told Agence France Presse (AFP) yesterday') stops: a clause's
edge, or a word of the act, whose date it then is."""


def _told_by_speaker(doc: Doc, sentence: Span, at: int) -> bool:
    """Does a speaker phrase end right before token ``at`` and a verb of speech or 'according to' open it ('residents
    told Agence France Presse (AFP) yesterday', 'according to villagers and the head of a local group on Thursday')?
    The walk crosses no number, no punctuation of a clause and no word of the act."""
    lower, written = lowers(doc), texts(doc)
    j = at
    while j > sentence.start and lower[j - 1] in ("on", "late", "early"):
        j -= 1
    for k in range(j - 1, max(sentence.start, j - _SPEAKER_REACH) - 1, -1):
        word = lower[k]
        if word in SPEAKER_PHRASE_VERBS or (word == "to" and k > sentence.start and lower[k - 1] == "according"):
            return k < j - 1
        if word in _SPEAKER_STOPS or like_number(written[k]):  # (spaCy's like_num, without a Token per word)
            return False
    return False


_SPEAKER_REACH = 12
"""How many words a speaker phrase before a date may span ('according to villagers and the head of a local
pro-democracy group on Thursday')."""


# --- verification -------------------------------------------------------------------------------------------------

def verification(outlet: tuple[SourceKind | None, str | None], cited: list[Speaker], trigger_sentence: Span,
                 actor1: str | None, attribution: Attribution | None, actors: ActorTable,
                 elsewhere: list[Speaker] | None = None) -> Status:
    """'claimed' when only the perpetrator's side tells of the act (module docstring), else 'reported'.

    ``cited`` are the speakers of the incident's own sentences, ``elsewhere`` those of the rest of the document: an
    independent voice anywhere in it (officials giving the toll, a monitor) means the outlet did not rely on the
    perpetrator alone."""
    elsewhere = elsewhere or []
    kind, owner = outlet
    perpetrator = actor1 if actor1 not in GENERIC_PERPETRATORS else (
        attribution.by if attribution is not None and attribution.level == "claimed" else None)
    if (kind == "perpetrator_media" or (kind == "state_media" and owner is not None)) and (
            perpetrator is None or owner is None or actors.same_side(owner, perpetrator)):
        # (a state outlet whose state is not known here, Xinhua on a Yemeni strike, is a foreign reporter of it,
        # not the acting side's voice)
        return "claimed"
    if not cited:
        return "reported"
    if perpetrator is None:
        # "US Africa Command said it carried out an air strike": an unnamed force telling of its own act.
        own = [s for s in cited if s.own_act and (s.force or s.kind == "perpetrator_media")]
        in_trigger = any(trigger_sentence.start <= s.verb < trigger_sentence.end for s in own)
        return "claimed" if own and in_trigger and len(own) == len(cited) else "reported"
    own = [s for s in cited if _speaks_for_side(s, perpetrator, actors)]
    others = [s for s in cited if s not in own] + [s for s in elsewhere if s not in cited and s.kind in (
        "official", "monitor", "wire", "independent") and not _speaks_for_side(s, perpetrator, actors)]
    framed = any(trigger_sentence.start <= s.verb < trigger_sentence.end for s in own)
    return "claimed" if own and framed and not others else "reported"


def _speaks_for_side(speaker: Speaker, perpetrator: str, actors: ActorTable) -> bool:
    actor = actors.actors.get(perpetrator)
    state = perpetrator in ("Military Forces", "Police Forces") or (actor is not None and actor.is_state)
    if speaker.speaks_for is not None:
        if actors.same_side(speaker.speaks_for, perpetrator):
            return True
        # A state's media or ministry speaks for that state's forces (SANA for the Syrian army).
        voice = actors.actors.get(speaker.speaks_for)
        return bool(state and actor is not None and voice is not None and voice.kind in (*STATE_KINDS, "government")
                    and voice.country and voice.country == actor.country)
    # An unnamed official that is the force itself ("the defence ministry said", "police said") speaks for the
    # state's own forces; a governor or "officials" report what the forces did.
    return speaker.kind == "official" and speaker.force and state


def source_record(outlet: str | None, outlet_info: tuple[SourceKind | None, str | None], cited: list[Speaker],
                  doc: Doc) -> Source:
    """The Source of an event: its outlet and the first speaker its sentences cite."""
    kind, owner = outlet_info
    first = cited[0] if cited else None
    return built_record(Source, outlet=outlet, outlet_kind=kind, speaker=first.text if first else None,
                        speaker_kind=first.kind if first else None,
                        speaks_for=(first.speaks_for if first and first.speaks_for else owner),
                        span=span_record(words_span(doc, first.start, first.end)) if first else None)
