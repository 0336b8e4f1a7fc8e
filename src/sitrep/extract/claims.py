"""Aggregate-claim assembly: from marked numbers, actors, places and periods to Claim records.

A claim ("its cells carried out 59 operations between July 30 and October 5: 20 IED attacks, 19 raids …") is read
number by number. For each count the assembler decides *what* it counts (the measure) and *which part* it is (the
facets), from the words around it:

- a casualty verb just before it ("killing or wounding 122") or after it ("122 people were killed") → a casualty
  measure; a destruction verb before it ("destroyed 34 vehicles") → a materiel measure;
- an operations noun or tactic after it ("19 raids and shooting attacks") → ``operations`` with the tactic facet;
- "of them" / "of which" / "including" → a part of the count just before it, inheriting its facets;
- "the remaining 19", or an elliptical "20 in Raqqa" → a sibling of the previous part;
- target actors or categories ("members of the SDF", "soldiers"), macro-regions ("the northeastern region") and
  governorates ("in Deir Ezzor") after it → the target, region and admin1 facets.

A claim starts at a sentence that states a facet-less count (a total) and names a period, or counts several
operations; it runs over the following sentences that keep adding figures, so the outlet's commentary afterwards
yields none. Claimant, medium and actor come from the sentences up to the end of the claim; the status is
``claimed`` only when the claimant is the actor whose operations are counted.
"""

from __future__ import annotations

import calendar
import hashlib
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

import pycountry
from spacy.tokens import Doc, Span, Token

from sitrep.extract.attribution import outlet_kind
from sitrep.extract.dates import MONTHS, DateMention, period_length
from sitrep.extract.lang.en.claim_facets import (
    ACROSS_AREAS,
    ACROSS_LEADS,
    ACROSS_WORDS,
    AGAINST_STOPS,
    AGAINST_WORDS,
    ANSWER_CUES,
    BLAST_WORDS,
    CAR_WORDS,
    CAUSE_LINKS,
    CAUSE_PHRASES,
    CAUSE_TERMS,
    DEATH_CAUSES,
    LOSS_NOUNS,
    MASSACRE_NOUNS,
    MISSILE_KINDS,
    MISSILE_WORDS,
    ONE_VICTIM,
    RANKS,
)
from sitrep.extract.lang.en.claims import (
    ARMED_NOUNS,
    ARREST_NOUNS,
    ARREST_VERBS,
    AUTHORITY_SPEAKERS,
    BACKGROUND_SINCE,
    CLAIM_OP_NOUNS,
    COMPARED_PERIOD_CUES,
    COMPARISON_LEADS,
    COUNTER_CUES,
    DENIAL_OBJECTS,
    DENIAL_VERBS,
    DOWN_VERBS,
    DRONES,
    DURATION_UNITS,
    INCIDENT_AGENTS,
    INCIDENT_ARTICLES,
    KILL_EUPHEMISMS,
    LIST_LEAD,
    MONTH_SEPARATORS,
    ORDINALS,
    PERPETRATOR_LEADS,
    POSITIONS,
    RELEASE_VERBS,
    RESPONSIBLE,
    ROLE_NOUNS,
    ROUND_WORDS,
    SEIZE_VERBS,
    SITE_NOUNS,
    SOURCE_WORDS,
    SPEAKER_ACTS,
    SPEAKER_NOUNS,
    SPEECH_VERBS,
    SUBGROUPS,
    TALLY_CUES,
    TOLL_GROUPS,
    TOLL_LINKS,
    TOLL_NOUNS,
    UNNAMED_PARTIES,
    UNNAMED_QUALIFIERS,
)
from sitrep.extract.numbers import ParsedNumber
from sitrep.extract.pipeline import (
    like_number,
    lower_text,
    lowers,
    mark_value,
    marks,
    phrase_before,
    published_of,
    set_mark_value,
    span_lowers,
    span_record,
    span_text,
    texts,
    token_span_record,
    words_text,
)
from sitrep.extract.pipeline import sentences as sentences_of
from sitrep.extract.roles import claim_actor, figure_target, mention_role, party_mentions
from sitrep.extract.vocabulary import (
    AMBIGUOUS_MARKERS,
    ANTECEDENT_WORDS,
    BOUNDARY,
    BUILDINGS,
    CAPTURE,
    CLAIM_VERBS,
    CLAUSE_BREAK,
    COMBINED,
    CONTINUE_AFTER_COMMA,
    DESTROY,
    KILL,
    MATERIEL,
    NON_PERPETRATOR_KINDS,
    OP_NOUNS,
    PARTIAL_MARKERS,
    PERIOD_KINDS_EXPLICIT,
    PERSONS,
    REMAINDER_WORDS,
    VEHICLES,
    WOUND,
    casualty_measure,
    materiel,
    measure_from_left,
)
from sitrep.model import Claim, Figure, Place, Source
from sitrep.model import Span as SpanRecord
from sitrep.taxonomy import (
    DEMONYMS,
    STATE_KINDS,
    TARGET_CATEGORIES,
    Actor,
    ActorTable,
    acled_class,
    tactic_for_term,
    target_category_for_term,
)


@dataclass
class Draft:
    """A figure under construction, with the bookkeeping that decides the next figure's facets."""

    measure: str
    value: int
    facets: dict[str, str]
    number: Span
    window_end: int
    sentence: int
    parent: Draft | None = None
    partial: bool = False
    label: str = ""
    item: str | None = None
    ambiguous: bool = False
    country: str | None = None  # the one country named with the count; a facet only if the claim splits by country


@dataclass
class Context:
    """Where things are in the doc, by token index.

    The maps from token index to actor, place, region and tactic marks are made on first use: the claims gate
    (:func:`_may_open_claim`) reads none of them, and most texts stop there."""

    doc: Doc
    sentences: list[Span]
    sentence_of: list[int]
    number_starts: dict[int, Span]
    date_spans: list[Span]
    number_tokens: set[int]

    @classmethod
    def of(cls, doc: Doc) -> Context:
        sentences = list(sentences_of(doc))
        sentence_of = [0] * len(doc)
        for index, sent in enumerate(sentences):
            sentence_of[sent.start : sent.end] = [index] * (sent.end - sent.start)  # (one slice, not a loop per token)
        numbers = {s.start: s for s in marks(doc, "numbers") if not mark_value(s).vague}
        for span in _one_of_a_list(doc, numbers):
            numbers[span.start] = span
        numbers = dict(sorted(numbers.items()))
        return cls(doc, sentences, sentence_of, numbers, list(marks(doc, "dates")),
                   {i for s in numbers.values() for i in range(s.start, s.end)})

    def _by_start(self, key: str) -> dict[int, Span]:
        out = {}
        for span in marks(self.doc, key):  # (the list made once: a SpanGroup makes its Spans anew at each pass)
            for i in range(span.start, span.end):
                out[i] = span
        return out

    @cached_property
    def actor_at(self) -> dict[int, Span]:
        """The actor mark over each token index."""
        return self._by_start("actors")

    @cached_property
    def place_at(self) -> dict[int, Span]:
        """The place mark over each token index."""
        return self._by_start("places")

    @cached_property
    def region_at(self) -> dict[int, Span]:
        """The region mark over each token index."""
        return self._by_start("regions")

    @cached_property
    def tactic_at(self) -> dict[int, Span]:
        """The tactic mark over each token index."""
        return self._by_start("tactics")

    @cached_property
    def facet_marked(self) -> list[int]:
        """The indexes of the tokens under a tactic, region or place mark, in order: the only ones that give a count
        a facet (:func:`_facets` reads a window's marks from them instead of asking three maps for every word)."""
        return sorted(self.tactic_at.keys() | self.region_at.keys() | self.place_at.keys())

    @cached_property
    def marked(self) -> list[int]:
        """The indexes of the tokens under a tactic, actor, place or region mark, in order (read by
        :func:`_useful_end` for every count's window)."""
        return sorted(self.tactic_at.keys() | self.actor_at.keys() | self.place_at.keys() | self.region_at.keys())

    @cached_property
    def date_starts(self) -> set[int]:
        """The first token of every date mark (read at every count's right window)."""
        return {s.start for s in self.date_spans}

    @cached_property
    def dated(self) -> set[int]:
        """Every token inside a date mark (read for every clause that names a month, every stated loss)."""
        return {i for s in self.date_spans for i in range(s.start, s.end)}


def _one_of_a_list(doc: Doc, numbers: dict[int, Span]) -> list[Span]:
    """'5 civilians, including a child', '11 including 5 children and a woman': in a toll's list of victims, 'a' before
    a child or a woman counts one (the number reader leaves articles alone)."""
    lower = lowers(doc)
    if ONE_VICTIM.isdisjoint(lower):
        return []  # (no child, woman … named: nothing to count; a set test in C instead of a walk over every token)
    found = []
    for i in range(1, len(doc) - 1):
        if lower[i] not in ("a", "an", "one") or i in numbers or lower[i + 1] not in ONE_VICTIM:
            continue
        lead = lower[i - 1]
        listed = lead in ("and", ",") and any(j in numbers for j in range(max(0, i - 4), i))
        if lead in ("including", "among", "them") or listed:
            span = Span(doc, i, i + 1, label="NUMBERS")
            set_mark_value(span, ParsedNumber(1, 1))
            found.append(span)
    return found


def assemble_claims(doc: Doc, document_id: str, actors: ActorTable, covered: set[int] | None = None,
                    outlet: str | None = None) -> list[Claim]:
    """Every aggregate claim in ``doc`` (after the pipeline has run), as Claim records with spans.

    ``covered``, when given, receives the indexes of the sentences the claims were read from (and of the denials
    that answer them), so that incident extraction does not read them again; ``outlet`` is the document's source,
    recorded with the speaker on each claim's :class:`~sitrep.model.Source`.
    """
    if all(mark_value(span).vague for span in marks(doc, "numbers")):
        return []  # no count to read, so no figure: no claim, and no sentence left to the claims (the rest is skipped)
    ctx = Context.of(doc)
    periods = _periods(ctx)
    if not _may_open_claim(ctx, periods):
        return []  # no sentence has the words a claim opens with: reading its counts would make no claim
    drafts = _read_figures(ctx)
    _national_targets(ctx, drafts, actors)
    claims: list[Claim] = []
    starts: list[int] = []
    ends: list[int] = []
    context_start = 0
    for block in _blocks(ctx, drafts, periods):
        first_sentence, last_sentence, figures = block
        rest, parts = _by_perpetrator(ctx, figures)
        rest, earlier = _compared(ctx, rest)
        built: list[tuple[Span | None, list[Draft], Span | None]] = [(None, rest, None), *(
            (span, part, None) for span, part in parts), *((None, part, when) for when, part in earlier)]
        for actor_span, part, when in built:
            if not part:
                continue
            # A line blaming 'other parties', or naming nobody, is built like the totals: no actor of its own.
            named = actor_span if actor_span is not None and mark_value(actor_span) is not None else None
            claim = _build_claim(ctx, actors, document_id, len(claims), part, context_start, first_sentence,
                                 last_sentence, named, all_parties=bool(parts) and named is None,
                                 period=when, other_periods=[w for w, _ in earlier if w is not when])
            claims.append(claim.model_copy(update={"source": _source(ctx, claim, outlet, actors)}))
            starts.append(first_sentence)
            ends.append(last_sentence)
        if covered is not None:
            covered.update(range(first_sentence, last_sentence + 1))
            covered.update(d.sentence for d in figures)  # sentences a later paragraph restates the claim in
        context_start = last_sentence + 1
    claims, starts, ends = _merge_restatements(claims, starts, ends, actors)
    for index, claim in enumerate(claims):
        stop = ends[index + 1] if index + 1 < len(ends) else len(ctx.sentences) - 1
        denial = _denial(ctx, ends[index] + 1, stop)
        if denial is not None:
            sentence, who = denial
            claims[index] = claim.model_copy(update={"disputed_by": who, "spans": {
                **claim.spans, "denial": span_record(ctx.sentences[sentence])}})
            if covered is not None:
                covered.add(sentence)
    return _link_answers(ctx, claims, starts, actors)


def _merge_restatements(claims: list[Claim], starts: list[int], ends: list[int],
                        actors: ActorTable) -> tuple[list[Claim], list[int], list[int]]:
    """One claim told twice in a text (the headline's or the lead's figures, then the statement's): a later claim
    of the same claimant and actor that repeats at least two of an earlier one's figures (measure and value) is
    that claim. Its new figures join the first; a repeated figure takes the later telling's target where only the
    later one names the force ('2,744 soldiers', then '2,744 Turkish soldiers'); a period missing on one is the
    other's."""
    kept: list[int] = []
    for index, claim in enumerate(claims):
        pairs = {(f.measure, f.value) for f in claim.figures}
        into = next((k for k in kept if claims[k].claimant and claims[k].claimant == claim.claimant
                     and claims[k].actor == claim.actor and claims[k].stance == claim.stance
                     and len(pairs & {(f.measure, f.value) for f in claims[k].figures}) >= 2
                     and (None in (claims[k].period_start, claim.period_start)
                          or (claims[k].period_start, claims[k].period_end) == (claim.period_start, claim.period_end))),
                    None)
        if into is None:
            kept.append(index)
            continue
        first = claims[into]
        told = {(f.measure, f.value): f for f in claim.figures}
        figures = []
        for figure in first.figures:
            again = told.pop((figure.measure, figure.value), None)
            if (again is not None and again.target and again.target in actors.actors
                    and (figure.target is None or figure.target in TARGET_CATEGORIES)):
                figure = figure.model_copy(update={"target": again.target})
            figures.append(figure)
        figures += [f for f in claim.figures if (f.measure, f.value) in told]
        update: dict[str, object] = {"figures": figures}
        if first.period_start is None and claim.period_start is not None:
            update.update(period_start=claim.period_start, period_end=claim.period_end,
                          period_days_stated=claim.period_days_stated)
        claims[into] = first.model_copy(update=update)
        ends[into] = max(ends[into], ends[index])
    return [claims[k] for k in kept], [starts[k] for k in kept], [ends[k] for k in kept]


def _link_answers(ctx: Context, claims: list[Claim], starts: list[int], actors: ActorTable) -> list[Claim]:
    """Mark each claim that answers an earlier claim of the same text with figures of its own.

    A later claim answers an earlier one when another party makes it (not the same side), it counts a measure the
    earlier claim counts, their periods are compatible (equal, or one unread), and its sentences (or the one before)
    say that it answers: a denial verb ('the ministry denied …, saying 3 soldiers died') makes it a ``denial``; a
    contrast or correction ('but', 'however', 'only', 'put the toll at') makes it a ``counter`` claim. Two monitors'
    tolls side by side, with no such word, stay independent claims.
    """
    out = list(claims)
    for index in range(1, len(out)):
        claim = out[index]
        # An unnamed voice ('the ministry, however, said …') must answer in the claim's own first sentence.
        lo = max(0, starts[index] - (1 if claim.claimant else 0))
        # (the sentences lo … starts[index] are one run of tokens: their words read from the word list at once)
        words = set(lowers(ctx.doc)[ctx.sentences[lo].start : ctx.sentences[starts[index]].end])
        # 'called' denies only with its object ('called the figures propaganda'), not in 'a group called …'.
        denies = bool(words & (DENIAL_VERBS - {"called"})) or ("called" in words and bool(words & DENIAL_OBJECTS))
        stance = "denial" if denies else "counter" if words & COUNTER_CUES else None
        if stance is None:
            continue
        measures = {f.measure for f in claim.figures}
        for earlier in reversed(out[:index]):
            if earlier.stance != "claim" or not earlier.claimant or earlier.document_id != claim.document_id:
                continue
            if claim.claimant and (actors.same_side(earlier.claimant, claim.claimant)
                                   or earlier.claimant == claim.claimant):
                continue
            if not measures & {f.measure for f in earlier.figures}:
                continue
            if any(a and b and a != b for a, b in ((earlier.period_start, claim.period_start),
                                                   (earlier.period_end, claim.period_end))):
                continue
            out[index] = claim.model_copy(update={"stance": stance, "answers": earlier.id})
            break
    return out


def _denial(ctx: Context, start: int, stop: int) -> tuple[int, str] | None:
    """The first sentence in [start, stop] that rejects the figures before it, with who rejects them."""
    doc = ctx.doc
    for index in range(start, min(stop, len(ctx.sentences) - 1) + 1):
        sentence = ctx.sentences[index]
        lower = lowers(doc)[sentence.start : sentence.end]
        verbs = [i for i, w in enumerate(lower) if w in DENIAL_VERBS]
        if not verbs or not set(lower) & DENIAL_OBJECTS:
            continue
        verb = sentence.start + verbs[0]
        named = [s for s in marks(doc, "actors") if sentence.start <= s.start < verb
                 and mark_value(s).kind not in NON_PERPETRATOR_KINDS]
        if named:
            return index, mark_value(named[-1]).canonical
        words = doc[max(sentence.start, verb - 6) : verb].text.strip()
        return index, words or "unnamed"
    return None


# --- reading numbers ----------------------------------------------------------------------------------------

def _read_figures(ctx: Context) -> list[Draft]:
    drafts: list[Draft] = []
    for number in ctx.number_starts.values():
        if _not_a_figure(ctx, number):
            continue
        draft = _read_number(ctx, number, drafts)
        if draft is None:
            continue
        _share_tail_facets(ctx, drafts, draft)
        drafts.append(draft)
        each = _each_places(ctx, number, draft)
        for name in each[1:]:
            # "one each in Anbar and Baghdad": the same count for every place named.
            drafts.append(Draft(draft.measure, draft.value, {**draft.facets, "admin1": name}, number, draft.window_end,
                                draft.sentence, draft.parent, draft.partial, draft.label, draft.item, draft.ambiguous))
    _resolve_ambiguous_lists(drafts)
    return drafts


_WITH_BREAKS = set(BOUNDARY) | {"in", "during", "at"}
_TAIL_BREAKS = set(BOUNDARY) | ANTECEDENT_WORDS | {"in", "during", "at"}
"""(The word-set unions of :func:`_share_tail_facets`, made once: it runs for every count.)"""

def _share_tail_facets(ctx: Context, drafts: list[Draft], draft: Draft) -> None:
    """'1,068 deaths and 390 events in February', 'killing 95 fighters and destroying 11 vehicles in Marib': a month
    or province told after the last of two counts joined by 'and' is the month or province of both (the first
    count's words reach only to the second)."""
    previous = drafts[-1] if drafts else None
    if previous is None or previous.sentence != draft.sentence or previous.parent is not draft.parent:
        return
    between = lowers(ctx.doc)[previous.number.end : draft.number.start]
    # 'killed 95 fighters, with 11 vehicles destroyed … in Marib': 'with' after a comma joins the two counts too.
    joined = between[-2:] == [",", "with"] and not set(between[:-2]) & _WITH_BREAKS
    if not joined and ("and" not in between or set(between) & _TAIL_BREAKS):
        return
    # A place is shared only by counts of one kind: 'shot down 3 drones and repelled 18 attacks in Marib' places
    # the attacks, not the drones; a month bounds any count.
    keys = ("month", "admin1") if (draft.measure == "operations") == (previous.measure == "operations") else ("month",)
    for key in keys:
        if key in draft.facets and not previous.facets.keys() & {key, "region"}:
            previous.facets[key] = draft.facets[key]


def _national_targets(ctx: Context, drafts: list[Draft], actors: ActorTable) -> None:
    """Give a count of soldiers the state forces it names, where the words say whose they are.

    '291 Afghan security personnel', '60 Somali soldiers': a nationality just before the soldiers names that state's
    forces (when the actor table knows them), and so does the same count told again, or 'N others' after it.
    Soldiers the words do not place ('1,706 soldiers were killed in
    actions against the Turkish army') stay the category, as the claim set codes them.
    """
    doc = ctx.doc
    previous: Draft | None = None
    placed: dict[tuple[str, int], str] = {}
    for draft in drafts:
        before, previous = previous, draft
        if draft.facets.get("target") not in ("military", "police") or draft.measure == "operations":
            continue
        if (draft.measure, draft.value) in placed:
            # The same count told again without the nationality ('killing 291 security personnel'): same soldiers.
            draft.facets["target"] = placed[(draft.measure, draft.value)]
            continue
        if (before is not None and before.sentence == draft.sentence and before.parent is None
                and draft.number.end < len(doc)
                and lowers(doc)[draft.number.end] == "others" and before.facets.get("target", "") in actors.actors):
            draft.facets["target"] = before.facets["target"]  # 'and wounding 402 others': the same soldiers
            continue
        if (before is not None and before.sentence == draft.sentence and before.parent is None
                and draft.parent is None and {before.measure, draft.measure} == {"killed", "wounded"}
                and (before.measure, before.value) in placed and draft.number.end < len(doc)
                and lowers(doc)[draft.number.end] in ("were", "was")):
            draft.facets["target"] = before.facets["target"]  # 'killing 60 of them and 40 were injured': the same
            continue
        for i in range(draft.number.end, min(draft.window_end, draft.number.end + 5)):
            if target_category_for_term(lowers(doc)[i]) != draft.facets["target"]:
                continue
            for j in (i - 1, i - 2):
                if j >= draft.number.end and texts(doc)[j] in DEMONYMS:
                    name = actors.canonical(f"{texts(doc)[j]} soldiers") or actors.canonical(f"{texts(doc)[j]} forces")
                    if name is not None:
                        draft.facets["target"] = placed[(draft.measure, draft.value)] = name
                    break
            break
        else:
            name = _government_forces(ctx, draft, actors)
            if name is not None:
                draft.facets["target"] = placed[(draft.measure, draft.value)] = name


def _government_forces(ctx: Context, draft: Draft, actors: ActorTable) -> str | None:
    """'killing more than 60 of the enemy [government soldiers]', '45 government troops': soldiers of 'the
    government' in a claim by a group of one country (the party named in the count's sentence or the one before)
    are that state's forces, when the actor table knows them; else None."""
    doc = ctx.doc
    stop = min(ctx.sentences[draft.sentence].end, draft.number.end + 8)
    words = lowers(doc)[draft.number.end : stop]
    # ('a pro-government militia' is no state force: the word must not be one half of a compound.)
    at = next((k for k in range(1, len(words)) if words[k - 1] == "government"
               and (k < 2 or words[k - 2] not in ("-", "pro", "anti", "pro-", "anti-"))
               and target_category_for_term(words[k]) == draft.facets["target"]), None)
    if at is None or set(words[:at]) & {".", ";", ",", "and"}:
        return None
    lo = ctx.sentences[max(0, draft.sentence - 1)].start
    countries = {mark_value(span).country for i, span in ctx.actor_at.items()
                 if lo <= i < draft.number.start and mark_value(span) is not None and mark_value(span).country}
    if len(countries) != 1:
        return None
    country = countries.pop()
    demonym = next((d for d, code in DEMONYMS.items() if code == country), None)
    if demonym is None:
        return None
    return actors.canonical(f"{demonym} soldiers") or actors.canonical(f"{demonym} forces")


def _not_a_figure(ctx: Context, number: Span) -> bool:
    """Counts that never enter a claim: a span of time ('three or four days', 'two weeks') and round vague words
    ('nearly a dozen', 'dozens') that the number reader gives a value."""
    lower = lowers(ctx.doc)
    if any(word in ROUND_WORDS for word in lower[number.start : number.end]):
        return True
    before = lower[max(0, number.start - 3) : number.start]
    if before[-2:] == ["age", "of"] or before[-1:] in (["aged"], ["age"]):
        return True  # 'children under the age of eighteen'
    i = number.end
    size = len(lower)
    while i < size and i - number.end < 3 and (lower[i] in ("or", "to", "-", "–") or i in ctx.number_tokens):
        i += 1
    return i < size and lower[i] in DURATION_UNITS


def _each_places(ctx: Context, number: Span, draft: Draft) -> list[str]:
    doc = ctx.doc
    if number.end >= len(doc) or lowers(doc)[number.end] != "each":
        return []
    names: list[str] = []
    for i in range(number.end, draft.window_end):
        span = ctx.place_at.get(i)
        if span is not None and mark_value(span) == "admin1" and span.text not in names:
            names.append(span.text)
    if names:
        draft.facets["admin1"] = names[0]
    return names


def _resolve_ambiguous_lists(drafts: list[Draft]) -> None:
    """Parts listed after 'included' that fall short of their total are read as a partial list."""
    listed = [d for d in drafts if d.ambiguous and not d.partial]
    groups: dict[tuple[str, int, frozenset[str]], list[Draft]] = {}
    for draft in listed:
        groups.setdefault((draft.measure, draft.sentence, frozenset(draft.facets)), []).append(draft)
    for (measure, _sentence, keys), parts in groups.items():
        base = {k: v for k, v in parts[0].facets.items() if k in keys and all(p.facets.get(k) == v for p in parts)}
        totals = [d for d in drafts if d.measure == measure and d.facets == base and d not in parts]
        if totals and sum(p.value for p in parts) < totals[-1].value:
            for part in parts:
                part.partial = True


def _read_number(ctx: Context, number: Span, before: list[Draft]) -> Draft | None:
    doc = ctx.doc
    sent_index = ctx.sentence_of[number.start]
    sentence = ctx.sentences[sent_index]
    value = mark_value(number).value
    lower = lowers(doc)
    left = _left_window(ctx, number, sentence)  # (the first index of the words before the count)
    r_start, r_end = _right_window(ctx, number, sentence)
    right_lower = lower[r_start:r_end]
    left_lower = lower[left : number.start]
    previous = before[-1] if before else None
    own = _facets(ctx, r_start, r_end)
    against = _against(right_lower)
    if against is not None and ("target" not in own or (own["target"] in TARGET_CATEGORIES and not any(
            target_category_for_term(w) == own["target"] for w in against.split()))):
        # '133 against former leaders of the opposition', '30 against former rebel commanders who joined the army'
        # (whom the attacks were against, not the force a relative clause names).
        own["target"] = against
    assaulted = _assault_object(right_lower)
    if assaulted is not None:
        own["target"] = assaulted
    if left < number.start:
        # "The northeastern region saw 40 of the operations", "Helmand with 97", "the south for the other three,
        # all of them in Daraa": a place before the count is its place when the words after it name none.
        # "Hiiraan with 4 and Gedo with 3": before "with", the place is this count's, the one after is the next's.
        left_facets = _facets(ctx, left, number.start)
        if left_lower[-1:] == ["with"] and not left_facets.keys() & {"region", "admin1"}:
            # 'Baghdad was the worst-affected governorate with 950': the place may open a longer clause.
            wide = _facets(ctx, _clause_start(ctx, number, sentence, 14), number.start)
            left_facets.update({k: v for k, v in wide.items() if k in ("region", "admin1")})
        if left_lower[-1:] == ["with"] and "month" not in own:
            # 'June was the deadliest month, with 35 civilians killed': the month the clause is about.
            month = _month_in(ctx, _clause_start(ctx, number, sentence, 14), number.start)
            if month is not None:
                own["month"] = month
        if left_lower[-1:] == ["with"] and left_facets.keys() & {"region", "admin1"}:
            for key in ("region", "admin1"):
                own.pop(key, None)
        for key in ("region", "admin1"):
            if key in left_facets and key not in own:
                own[key] = left_facets[key]
        if left_lower[-1:] == ["for"] or left_lower[-3:-1] == ["for", "the"] or "accounted" in left_lower:
            # "the SDF accounted for 58 and the Syrian army and its allies for the remaining 13"
            clause_start = max([sentence.start] + [d.number.end for d in before if d.sentence == sent_index])
            target = figure_target(ctx.doc, clause_start, number.start)
            if target:
                own["target"] = target
    if left_lower[:1] == ["where"] and "admin1" not in own and left >= 2 and texts(doc)[left - 1] == ",":
        # 'after Diyala, where the group conducted ten attacks': the province the relative clause is about.
        place = ctx.place_at.get(left - 2)
        if place is not None and mark_value(place) == "admin1":
            own["admin1"] = place.text
    partial = any(w in PARTIAL_MARKERS for w in left_lower[-3:])
    ambiguous = any(w in AMBIGUOUS_MARKERS for w in left_lower)

    # 'killed upwards of 350', 'killed in excess of 40': the verb before the amount phrase is the count's.
    trimmed = left_lower[:-2] if left_lower[-2:] in (["upwards", "of"], ["excess", "of"]) else left_lower
    trimmed = trimmed[:-1] if trimmed[-1:] == ["in"] and left_lower[-2:] == ["excess", "of"] else trimmed
    measure, item = measure_from_left(trimmed, right_lower)
    special = _claim_measure(left_lower, right_lower)
    if special is not None:
        measure, item = special, None
    if right_lower[:1] and right_lower[0] in MASSACRE_NOUNS:
        # '9 massacres', 'documented 6 massacres': a monitor counts massacres as attacks of their own kind, never
        # as the dead.
        measure, item = "operations", None
        own["tactic"] = "massacre"
    if measure is None and left_lower[-1:] and left_lower[-1] in _STRIKE_VERBS and right_lower[:1] and (
            right_lower[0].isalpha() and right_lower[0].endswith("s") and right_lower[0] not in PERSONS):
        # 'targeted 193 ships', 'attacked 12 convoys': that many operations, against what is named.
        measure = "operations"
        own.setdefault("target", right_lower[0])
    launch = _launch_measure(left_lower, lower[number.end : min(sentence.end, number.end + 8)],
                             lower[sentence.start : number.start])
    if launch is not None:
        measure, item = launch, None
        if launch.endswith("_intercepted") and "tactic" not in own:
            # 'destroyed 10 out of 14 cruise missiles': what was stopped is of the kind launched, named after it.
            tactic = _facets(ctx, number.end, min(sentence.end, number.end + 8)).get("tactic")
            if tactic is not None:
                own["tactic"] = tactic
    stated = _stated_toll(ctx, number, sentence)
    if stated is not None:
        measure, item = stated[0], None
        if stated[1] is not None:
            own.setdefault("target", stated[1])
    if measure is None and _stated_losses(ctx, number, sentence):
        # 'the enemy's losses amounted to 421 pieces of equipment and weapons': materiel lost, by what is named.
        lost, lost_item = materiel(right_lower[:6])
        if lost is not None:
            measure, item = lost, lost_item
    if not own.keys() & {"admin1", "region"}:
        place = _place_after_date(ctx, r_end, sentence)
        if place is not None:
            own["admin1"] = place
    label = _label_before(ctx, number)
    if label is not None:
        own[label[0]] = label[1]
    month = _month_before(ctx, number) or _month_after(ctx, r_end)
    if month is not None and "month" not in own:
        own["month"] = month
    parent: Draft | None = None
    relation = "own"
    # 'of them', 'of which' point back at the count before; 'of those militias' only names whose the count is.
    demonstrative = right_lower[1:2] in (["these"], ["those"]) and len(right_lower) > 2 and right_lower[2].isalpha() \
        and not _verb_form(right_lower[2]) and right_lower[2] not in ("who", "which", "that", "in", "were", "was")
    nearer = figure_target(ctx.doc, sentence.start, number.start) if previous is not None and (
        previous.sentence != sent_index) else None
    if right_lower[:2] and right_lower[0] == "of" and len(right_lower) > 1 and right_lower[1] in ANTECEDENT_WORDS \
            and not demonstrative and nearer is not None and "target" not in own:
        # 'attacked apostate soldiers, killing more than 50 of them': 'them' are the soldiers just named, not the
        # count of a sentence before.
        own["target"] = nearer
    elif right_lower[:2] and right_lower[0] == "of" and len(right_lower) > 1 and right_lower[1] in ANTECEDENT_WORDS \
            and not demonstrative:
        relation = "antecedent"
    elif left_lower and left_lower[-1] in REMAINDER_WORDS:
        relation = "sibling"
    elif partial or (previous is not None and previous.sentence == sent_index
                     and _opens_breakdown(doc, number, previous)):
        relation = "antecedent"

    if measure is None:
        measure, item = _measure_from_right(right_lower, sentence)
    if measure is None and relation == "own" and (not right_lower or right_lower[0] in LIST_LEAD):
        measure = _clause_measure(ctx, number, sentence)
    if measure is None and label is not None and previous is not None and relation == "own":
        # A line of a list or table, 'Diyala: 27', 'January – 31', 'Total: 864': the measure of the list before
        # it; a part of the count before the list, or a sibling of the line before.
        measure = previous.measure
        if label[0] == "total":
            own.pop("total")
        elif label[0] in previous.facets and previous.parent is not None:
            relation = "sibling"
        elif label[0] not in previous.facets:
            relation = "antecedent"
    if right_lower[:1] == ["each"] and previous is not None and measure is None:
        relation = "sibling"
    if measure is None and relation == "own" and previous is not None and _elliptical(right_lower, own) and (
            previous.sentence == sent_index or not _names_operations(doc, sentence, number)):
        relation = "sibling"
    if measure is None and relation == "own" and ({"region", "admin1"} & own.keys()) and _names_operations(
            doc, sentence, number) and (left_lower[-1:] == ["with"] or right_lower[:1] in (["in"], ["at"])):
        # "The provinces with the most attacks included Helmand with 97, Kandahar with 81"
        measure = "operations"
    if (measure is None and relation == "own" and previous is not None and previous.sentence == sent_index
            and previous.measure != "operations"):
        between = lower[previous.window_end : number.start]
        if (previous.measure in MATERIEL or previous.measure == "sites_destroyed") and set(between) <= {
                "and", ",", "as", "well"}:
            # "destroyed nine vehicles and three surveillance cameras"
            measure, item = materiel(right_lower)
        elif any(w in PERSONS or target_category_for_term(w) for w in right_lower[:4]) or own.get("target"):
            # "93 killed or wounded: 52 soldiers …, 29 members of …" or "killing 19 soldiers and three militiamen"
            relation = "antecedent" if ":" in between and previous.parent is None else "sibling"
    if (relation == "antecedent" and previous is not None and measure is not None and right_lower[:1] != ["of"]
            and (measure in MATERIEL) != (previous.measure in MATERIEL)):
        # 'killed 95 fighters, with 11 vehicles destroyed': things destroyed are no part of the dead.
        relation = "own"
    if relation in ("antecedent", "sibling") and previous is None:
        return None
    if relation == "antecedent":
        assert previous is not None
        parent = previous
        measure = measure or previous.measure
    elif relation == "sibling":
        assert previous is not None
        if left_lower and left_lower[-1] in REMAINDER_WORDS:
            previous = _remainder_level(previous, value, before)
        parent = previous.parent
        measure = measure or previous.measure
        partial = partial or previous.partial
        item = item or previous.item
    elif (measure is not None and previous is not None and previous.parent is not None
          and previous.sentence == sent_index and (previous.measure == measure or _casualty_pair(
              doc, previous, number, measure))):
        # A list that continues a breakdown: "including 12 IED attacks and 5 ambushes", "3,179 (861 killed and
        # 2,318 injured)".
        parent = previous.parent
        partial = partial or previous.partial
        ambiguous = ambiguous or previous.ambiguous
    elif (measure is not None and previous is not None and parent is None and previous.sentence == sent_index
          and "target" not in own and "target" in previous.facets and _casualty_pair(doc, previous, number, measure)
          and right_lower[:1] in (["were"], ["was"], ["others"], ["more"])):
        # "76 members of the security forces were killed and 161 were injured": the same people, hurt otherwise.
        own["target"] = previous.facets["target"]
    if measure is None:
        return None
    if previous is not None and previous.sentence == sent_index and previous.measure == measure and previous.ambiguous:
        ambiguous = True
    if measure != "operations" and not measure.endswith(("_launched", "_intercepted")):
        own.pop("tactic", None)
        # Only a line after a total is a part by how its dead died; the first count's tactic qualifies a whole
        # tally ('64 people have been killed in such raids') and does not make it a part.
        clause_tactic = _clause_tactic(ctx, number, sentence) if (
            relation == "own" and measure in _CASUALTIES and previous is not None) else None
        if clause_tactic is not None:
            own["tactic"] = clause_tactic  # '47 … were killed in landmine explosions': how this line's dead died
        elif relation == "antecedent" and measure in _CASUALTIES and right_lower[:1] == ["of"] and (
                right_lower[1:2] in (["them"], ["whom"])):
            # '112 civilians were killed, 8 of them due to torture': the part's cause, after the partitive.
            cause = _partitive_cause(ctx, number.end + 2, sentence)
            if cause is not None:
                own["tactic"] = cause
    if measure == "operations" and "tactic" in own and len(right_lower) > 2 and right_lower[1] in ("and", "or") \
            and right_lower[0] in _GENERIC_OPS:
        # '415 operations and assassination attempts', '60 attacks and ambushes': a count of operations of any kind
        # together with one kind has no one kind.
        own.pop("tactic")
    if measure == "operations" and "tactic" not in own and right_lower[:1] in (["strikes"], ["sorties"]):
        # 'the coalition conducted seven strikes': a tally's bare strikes are from the air; other kinds are named
        # ('drone strikes', 'artillery strikes') and read as such.
        own["tactic"] = "airstrike"
    if measure in MATERIEL:
        own.pop("target", None)
    elif measure == "operations" and own.get("target") in TARGET_CATEGORIES and relation == "own" \
            and right_lower[:1] != ["of"] and own["target"] != "civilians":
        # "296 attacks on government forces", "fourteen raids on military positions": a generic target describes
        # the operations; only a named force ("12 attacks against the SDF") makes a breakdown by target. Attacks
        # on civilians are a kind of their own (violence against civilians), counted apart from the fighting.
        own.pop("target")
    named = item  # the words of what was destroyed, which the figure's label keeps
    if measure == "equipment_destroyed" and item and item.split()[-1] in SITE_NOUNS:
        # 'destroying six cache sites and four tunnels': places put out of use, not equipment (news gold).
        measure, own["target"], item = "sites_destroyed", item, None
    if (right_lower[:1] == ["others"] and "target" not in own and previous is not None and parent is None
            and previous.parent is None and previous.sentence == sent_index
            and previous.measure in ("killed", "wounded") and measure in ("killed", "wounded")
            and "target" in previous.facets):
        own["target"] = previous.facets["target"]  # 'killing 291 security personnel and wounding 550 others'
    if ("target" not in own and previous is not None and parent is None and previous.parent is None
            and previous.sentence == sent_index and {previous.measure, measure} == {"killed", "wounded"}
            and "target" in previous.facets and (not right_lower or right_lower[0] in (",", ".", '"'))):
        between = lower[previous.number.end : number.start]
        rest = set(between) - _APPROXIMATE - KILL - WOUND - {"and", ",", "of", "them"} - set(
            previous.label.lower().split())
        if between[-2:-1] == ["and"] and between[-1] in _KILL_OR_WOUND and not rest:
            own["target"] = previous.facets["target"]  # 'killing 50 of them and wounding 30': the same people
    rank = next((RANKS[w] for w in right_lower[:3] if w in RANKS), None)
    if measure in _CASUALTIES_OR_CAPTURED and rank is not None and own.get("target") in (None, "military"):
        # 'four militant commanders were killed': a part by rank, of the force the claim counts if it names one.
        # The force is the one of the count before, told in this sentence or up to two before ('more than 200
        # militants were killed. "…," the minister said. He added that four militant commanders were killed').
        force = previous.facets.get("target", "") if previous is not None and (
            sent_index - previous.sentence <= 2) else ""
        own["target"] = f"{force} {rank}" if force and force not in TARGET_CATEGORIES and (
            force not in SUBGROUPS.values()) else rank
    if (measure in _CASUALTIES and relation == "own" and "target" not in own and previous is not None
            and previous.sentence == sent_index and previous.measure == "operations"
            and previous.facets.get("target") == "civilians"):
        own["target"] = "civilians"  # '724 attacks targeting civilians, resulting in 2,151 deaths': their victims
    facets = dict(parent.facets) if parent is not None else {}
    if "month" in own:
        facets.pop("month", None)
    if parent is not None and parent.facets.get("target") == "civilians" and own.get("target") == "police":
        # 'civilians killed was 685, including 131 police': police counted among civilians are the civilian police
        # (a UN toll's category), not the armed security forces counted apart.
        own["target"] = "civilian police"
    facets.update(own)
    if item:
        facets["item"] = item
    end = _useful_end(ctx, number, r_start, r_end, item or named)
    facets.pop("country", None)  # set aside until the claim shows it splits by country (see _figures)
    return Draft(measure, value, facets, number, end, sent_index, parent, partial,
                 label=words_text(doc, number.end, end).strip(), item=item, ambiguous=ambiguous,
                 country=own.get("country"))


_ANY_OP_NOUNS = CLAIM_OP_NOUNS | OP_NOUNS
"""(The union made once, not per word read.)"""


def _against(right: list[str]) -> str | None:
    """Whom operations were against, as written, when no actor or target category names them: '133 against former
    leaders of the opposition', '48 attempts against former opposition members who refused'."""
    for i, word in enumerate(right[:3]):
        if word in AGAINST_WORDS:
            words: list[str] = []
            for w in right[i + 1 : i + 7]:
                if w in AGAINST_STOPS or not (w.isalpha() or "-" in w):
                    break
                words.append(w)
            while words and words[0] in ("the", "a", "an"):
                words = words[1:]
            return " ".join(words) or None
        if word not in _ANY_OP_NOUNS and not tactic_for_term(word) and word not in ("and", "attempts"):
            return None
    return None


def _assault_object(right: list[str]) -> str | None:
    """'17 attempts to overrun army bases', '9 attacks to seize checkpoints': the positions the operations were to
    take, as written (a kind of operation the tally counts apart from attacks on the force), or None."""
    if len(right) < 4 or right[0] not in _ANY_OP_NOUNS or right[1] != "to" or right[2] not in _TAKE_VERBS:
        return None
    words: list[str] = []
    for w in right[3:8]:
        if w in AGAINST_STOPS or not (w.isalpha() or "-" in w):
            break
        words.append(w)
        if w in POSITIONS:
            break  # the phrase ends at the position's noun: 'army bases have been reported'
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words) if words and words[-1] in POSITIONS else None


_TAKE_VERBS = {"overrun", "seize", "capture", "storm", "take", "retake"}
"""Verbs of an assault to take a position ('attempts to overrun')."""


def _clause_tactic(ctx: Context, number: Span, sentence: Span) -> str | None:
    """How the victims of a toll's line died, told after the clause's verb: '47 were killed in landmine
    explosions', '10 were executed by the group', '26 died in shelling' (one tactic only), or None."""
    doc = ctx.doc
    verb = None
    # Other counts may come between only in a list the count opens ('395 including 92 children … were killed').
    # ('5 citizens including a child' opens such a list too.)
    after = lowers(doc)[number.end : number.end + 2]
    listing = after[:1] in (["including"], ["among"], ["of"]) or (
        len(after) == 2 and after[0] in LIST_LEAD and after[1] in ("including", "among"))
    for i in range(number.end, min(sentence.end, number.end + 30)):
        word = lowers(doc)[i]
        if (texts(doc)[i] in BOUNDARY and word != ",") or (doc[i].is_space and "\n" in texts(doc)[i]) or (
                i in ctx.number_starts and not listing):
            return None
        if word in KILL or word in WOUND or word in COMBINED or word in KILL_EUPHEMISMS or word == "lives":
            verb = i
            break
    # '14 deaths due to torture': the toll's own noun right after the count opens the cause as a verb would.
    noun = verb == number.end and verb is not None and lowers(doc)[verb] in ("deaths", "fatalities", "killings")
    if verb is None or (lowers(doc)[verb - 1] not in ("were", "was", "been") and lowers(doc)[verb] != "died"
                        and not noun):
        return None  # the count is the subject of its own clause: 'were killed in', not '48 killed in shelling'
    if tactic_for_term(doc[verb].lower_) is not None:
        return tactic_for_term(doc[verb].lower_)  # 'were executed'
    link = next((len(p) for p in CAUSE_PHRASES if tuple(lowers(doc)[verb + 1 : verb + 1 + len(p)]) == p), 0)
    if not link and doc[verb + 1 : verb + 2].text.lower() not in CAUSE_LINKS:
        return None
    stop = _cause_end(ctx, verb + 1 + max(link, 1), sentence)
    keys = _cause_keys(ctx, verb + 1, stop)
    if len(keys) != 1:
        return None
    found = [keys.pop()]
    # 'killed in the fall of shells launched by the group and by the fire of its machineguns': a second cause
    # joined by 'and' and a link word after the perpetrator; a cause each, the line's dead died of both.
    i = stop
    while i < sentence.end - 2 and texts(doc)[i] not in BOUNDARY:
        if lowers(doc)[i] == "and" and lowers(doc)[i + 1] in CAUSE_LINKS:
            end = _cause_end(ctx, i + 2, sentence)
            more = _cause_keys(ctx, i + 2, end)
            if len(more) == 1 and not more <= set(found):
                found.append(more.pop())
            i = end
            continue
        i += 1
    return "+".join(found)


def _partitive_cause(ctx: Context, start: int, sentence: Span) -> str | None:
    """The cause of death right at ``start`` ('due to torture', 'in car bombings', 'under torture'), or None."""
    words = lowers(ctx.doc)[start : sentence.end]
    link = next((len(p) for p in CAUSE_PHRASES if tuple(words[: len(p)]) == p), 0)
    if not link and words[:1] and words[0] in CAUSE_LINKS and words[0] != "by":
        link = 1  # ('by' names who killed them, not how)
    if not link:
        return None
    keys = _cause_keys(ctx, start + link, _cause_end(ctx, start + link, sentence))
    return keys.pop() if len(keys) == 1 else None


def _cause_end(ctx: Context, start: int, sentence: Span) -> int:
    """Where a cause of death that opens at ``start`` ends: at a boundary, or before 'by' (the perpetrator) or
    'and'."""
    doc = ctx.doc
    stop = start
    while stop < sentence.end and texts(doc)[stop] not in BOUNDARY and lowers(doc)[stop] not in ("by", "and"):
        stop += 1
    return stop


def _cause_keys(ctx: Context, start: int, stop: int) -> set[str]:
    """The tactics or causes of death named in [start, stop): the tactic table's terms, and the words a monitor's
    toll uses ('under torture', 'in unknown circumstances', 'the detonation of cars')."""
    words = lowers(ctx.doc)[start:stop]
    keys = {mark_value(ctx.tactic_at[i]) for i in range(start, stop) if i in ctx.tactic_at}
    keys |= {DEATH_CAUSES[w] for w in words if w in DEATH_CAUSES}
    for terms, key in CAUSE_TERMS.items():
        if any(tuple(words[i : i + len(terms)]) == terms for i in range(len(words))):
            keys.add(key)
    if set(words) & BLAST_WORDS and set(words) & CAR_WORDS:
        keys.add("vbied")  # 'the explosion of a car': a car bomb
    if "vbied" in keys:
        keys -= {"ied"}  # 'booby-trapped cars' and 'bomb' words: the car bomb is the kind
    return keys


def _clause_measure(ctx: Context, number: Span, sentence: Span) -> str | None:
    """The casualty verb that ends the clause a count opens: '395 including 92 children and 71 women were killed'."""
    doc = ctx.doc
    for i in range(number.end, min(sentence.end, number.end + 30)):
        word = lowers(doc)[i]
        if word in (";", ".") or (doc[i].is_space and "\n" in texts(doc)[i]):
            return None
        if word in KILL or word in WOUND or word in COMBINED:
            return casualty_measure(lowers(doc)[i : i + 3])
        if word in KILL_EUPHEMISMS or word in ("lives",):
            return "killed"
    return None


def _claim_measure(left: list[str], right: list[str]) -> str | None:
    """Measures of tallies that incident counting does not know: drones downed, checkpoints seized, 'neutralised'
    (killed) and 'the arrest of' (captured)."""
    head = right[:3]
    if any(w in DRONES for w in head) and (any(w in DOWN_VERBS for w in left[-4:])
                                             or {"down", "downed", "intercepted"} & set(right[:6])):
        return "drones_downed"
    if any(w in POSITIONS for w in head) and any(w in SEIZE_VERBS for w in left[-3:]):
        return "checkpoints_seized"
    if (left[-1:] and left[-1] in KILL_EUPHEMISMS) or (
            left[-2:-1] and left[-2] in KILL_EUPHEMISMS and left[-1] == "of"):
        return "killed"
    if (left[-2:-1] and left[-2] in ARREST_NOUNS and left[-1] == "of") or (left[-1:] and left[-1] in ARREST_VERBS):
        return "captured"  # before the words after it: 'the capture of 34 suspects and the elimination of five'
    if any(w in KILL_EUPHEMISMS for w in right[:6]) and not any(w in _ANY_OP_NOUNS for w in right[:2]):
        return "killed"
    if left[-2:] in (["death", "of"], ["deaths", "of"], ["killing", "of"], ["lives", "of"]):
        return "killed"  # 'documented the death of 3055', 'responsible for the deaths of 61 civilians'
    if (left[-2:-1] and left[-2] in ARREST_NOUNS and left[-1] == "of") or (left[-1:] and left[-1] in ARREST_VERBS):
        return "captured"
    return None


_GENERIC_OPS = {"operations", "attacks", "actions", "operation", "attack", "ops"}
"""Operations nouns that name no kind of operation."""
_TOLL_RISE = {"rose", "risen", "came", "amounted", "arrived", "climbed", "increased", "jumped", "reached"}
_TOLL_STAND = {"stood", "stands", "put", "estimated", "placed"}
_TOLL_AT_NOUNS = {"casualties", "deaths", "dead", "fatalities", "injuries", "toll"}


_APPROXIMATE = {"more", "than", "over", "nearly", "about", "around", "almost", "approximately", "some", "at", "least",
                "upwards", "of"}
_STRIKE_VERBS = {"targeted", "attacked", "struck", "hit"}
_LAUNCH_VERBS = {"launched", "fired", "launching", "firing", "shot", "sent"}
_MISSILES = {"missile", "missiles", "rocket", "rockets"}


def _launch_measure(left: list[str], right: list[str], before: list[str] | None = None) -> str | None:
    """Munitions counted as launched or intercepted: 'launched 1,000 missiles and drones' (munitions launched),
    'destroyed 10 out of 14 cruise missiles' (10 missiles intercepted, 14 launched), 'one of the 4 drones', 'fired
    40 rockets'. ``right`` is the words after the count, read past the next count; ``before``, the sentence's
    words before the count ('air defences destroyed 10 … and one of the four drones': stopped too)."""
    partitive = left[-2:] in (["out", "of"], ["of", "the"])
    while left and left[-1] in _APPROXIMATE:
        left = left[:-1]  # 'launched more than 1,000 missiles'
    stopped = right[:2] == ["of", "the"] and bool(set(before or ()) & _DOWN_OR_DESTROY)
    head = right[:4] if right[:2] != ["out", "of"] and not stopped else right[2:7]
    missiles = any(w in _MISSILES for w in head)
    drones = any(w in DRONES for w in head)
    if not (missiles or drones):
        return None
    kind = "munitions" if missiles and drones else "missiles" if missiles else "drones"
    if right[:2] == ["out", "of"] or stopped:
        return f"{kind}_intercepted"  # 'destroyed 10 out of 14 missiles': the first count is what was stopped
    if partitive or (left[-1:] and left[-1] in _LAUNCH_VERBS and right[:1] != ["down"]):
        return f"{kind}_launched"
    return None


def _stated_toll(ctx: Context, number: Span, sentence: Span) -> tuple[str, str | None] | None:
    """(measure, group) of a toll stated as the subject before its count: 'civilian casualties came to 10,453'
    (killed or wounded, civilians), 'the number of civilians killed was 685', 'female deaths at 359', 'total child
    casualties stood at 3,179', 'the death toll rose to 40'. None when the count does not close such a phrase."""
    lower, written = lowers(ctx.doc), texts(ctx.doc)  # (the word lists, read once)
    link = number.start - 1
    if link <= sentence.start or lower[link] not in TOLL_LINKS:
        return None
    verb = lower[link - 1]
    if lower[link] == "to" and verb not in _TOLL_RISE:
        return None  # 'rose to', 'came to'; never 'to 12 villages'
    if lower[link] == "at" and verb not in _TOLL_STAND and verb not in _TOLL_AT_NOUNS:
        return None  # 'stood at', 'deaths at'; never 'killed at 3 checkpoints'
    for j in range(link - 1, max(sentence.start, link - 14) - 1, -1):
        word = lower[j]
        if written[j] in BOUNDARY or j in ctx.number_tokens:
            return None
        if word not in TOLL_NOUNS:
            continue
        measure = TOLL_NOUNS[word]
        if word == "toll" and j > 0 and lower[j - 1] in ("casualty", "casualties"):
            measure = "killed_or_wounded"
        if j - 2 >= sentence.start and lower[j - 1] in ("and", "or") and TOLL_NOUNS.get(
                lower[j - 2], measure) != measure:
            measure = "killed_or_wounded"  # 'the number of dead and wounded is 84': both together
            j -= 2
        group = None
        for k in range(j - 1, max(sentence.start, j - 4) - 1, -1):
            if written[k] in BOUNDARY:
                break
            if lower[k] in TOLL_GROUPS:
                group = TOLL_GROUPS[lower[k]]
                break
        return measure, group
    return None


def _stated_losses(ctx: Context, number: Span, sentence: Span) -> bool:
    """The count closes 'losses … amounted to', 'losses reached', 'losses stood at' (the subject is what a party
    lost, not a toll of people)."""
    lower, written = lowers(ctx.doc), texts(ctx.doc)  # (the word lists: no Token made per word)
    link = number.start - 1
    if link <= sentence.start or lower[link] not in TOLL_LINKS:
        return False
    verb = lower[link - 1]
    if (lower[link] == "to" and verb not in _TOLL_RISE) or (lower[link] == "at" and verb not in _TOLL_STAND):
        return False
    dated = ctx.dated  # 'losses in the period … 2019 amounted'
    for j in range(link - 1, max(sentence.start, link - 24) - 1, -1):
        if written[j] in BOUNDARY or (j in ctx.number_tokens and j not in dated):
            return False
        if lower[j] in LOSS_NOUNS:
            return True
    return False


def _label_before(ctx: Context, number: Span) -> tuple[str, str] | None:
    """The label of a list or table line before its count: 'Diyala: 27' (admin1), 'October: 312' or 'January – 31'
    (month), 'Total: 864' (a total). Only at the start of a line (after an optional bullet)."""
    doc = ctx.doc
    i = number.start - 1
    if i < 1 or texts(doc)[i] not in MONTH_SEPARATORS:
        return None
    j = i
    while j > 0 and not ("\n" in texts(doc)[j - 1] and doc[j - 1].is_space) and i - j < 6:
        j -= 1
    written = texts(doc)  # (indexes into the word lists: no Token made per word)
    words = [k for k in range(j, i) if written[k] not in ("-", "*", "•", "·", "–")]
    if not words:
        return None
    first = words[0]
    lower = [lowers(doc)[k] for k in words]
    if lower in (["total"], ["in", "total"], ["overall"]):
        return "total", "1"
    if len(words) == 1 and lower[0] in MONTHS:
        return "month", _month_key(ctx, MONTHS[lower[0]])
    span = ctx.place_at.get(first)
    if span is not None and mark_value(span) == "admin1" and span.end == i:
        return "admin1", span.text
    categories = {target_category_for_term(w) for w in lower} - {None}
    if len(categories) == 1 and set(lower) & {"casualties", "deaths", "victims", "toll"}:
        return "target", categories.pop()  # 'Civilian casualties: 955 people …'
    return None


def _place_after_date(ctx: Context, end: int, sentence: Span) -> str | None:
    """'11 vehicles destroyed in operations on Thursday in Marib', 'killed 40 fighters last week in Kunar': the
    province named right after the date that ended the count's words, when it closes the clause, or None."""
    span = next((s for s in ctx.date_spans if s.start == end), None)
    if span is None or span.end + 1 >= sentence.end or lowers(ctx.doc)[span.end] != "in":
        return None
    place = ctx.place_at.get(span.end + 1)
    if place is None or mark_value(place) != "admin1":
        return None
    after = place.end
    closes = after >= sentence.end or texts(ctx.doc)[after] in BOUNDARY or ctx.doc[after].is_space
    return place.text if closes else None


def _month_in(ctx: Context, start: int, end: int) -> str | None:
    """The calendar month a clause in [start, end) is about, with the publication's year, or None."""
    if MONTHS.keys().isdisjoint(lowers(ctx.doc)[start:end]):
        return None  # (most clauses name no month: their tokens are not walked)
    dated = ctx.dated
    lower, written = lowers(ctx.doc), texts(ctx.doc)
    for i in range(len(ctx.doc))[start:end]:  # (the indexes of ``doc[start:end]``, read without making its Tokens)
        # A bare month name as the clause's subject ('June was the deadliest month'), which the date reader leaves
        # alone; never a month of a date or period ('the week to November 4'), nor the verb 'may'.
        # An abbreviation ('Jan', 'Mar') standing alone is part of a name ('Zinda Jan district'): a month as a
        # subject is written in full.
        if (written[i][:1].isupper() and lower[i] in _FULL_MONTHS and lower[i] != "may" and i not in dated
                and not (i > 0 and lower[i - 1] in _MONTH_PREPOSITIONS)):
            return _month_key(ctx, MONTHS[lower[i]])
    return None


_FULL_MONTHS = {name.lower() for name in calendar.month_name if name}
_MONTH_PREPOSITIONS = {"in", "to", "since", "until", "till", "through", "of", "from", "during", "by", "before", "after"}


def _month_after(ctx: Context, end: int) -> str | None:
    """'23 in October': the calendar month named right after a count (a month of a longer period)."""
    for span in ctx.date_spans:
        if span.start not in (end, end + 1):
            continue  # (before reading the payload: ``span._`` costs a few microseconds)
        mention: DateMention = mark_value(span)
        # 'in October', and 'last month' (resolved on the publication date).
        if mention.kind in ("month", "last_month") and mention.first and mention.last \
                and mention.first[:7] == mention.last[:7] and not mention.first.startswith("--"):
            if span.start == end + 1 and texts(ctx.doc)[end] not in (",",):
                continue
            return mention.first[:7]
    return None


def _month_before(ctx: Context, number: Span) -> str | None:
    """'In September, 130 actions were carried out', 'in October 140': the calendar month that opens the clause
    right before a count (a month of a longer period), or None."""
    end = number.start - 1 if number.start > 0 and texts(ctx.doc)[number.start - 1] == "," else number.start
    for span in ctx.date_spans:
        if span.end != end:
            continue
        mention: DateMention = mark_value(span)
        # The month opens a clause ('. In September,', ', in October', 'and in November'); after a count ('130 in
        # September, 140 …') it is that count's month.
        opens = span.start == 0 or ctx.sentence_of[span.start - 1] != ctx.sentence_of[span.start] or (
            lowers(ctx.doc)[span.start - 1] == "and" or (
                texts(ctx.doc)[span.start - 1] in (",", ";", ":") and span.start - 2 not in ctx.number_tokens))
        if opens and mention.kind == "month" and mention.first and mention.last and span[0].lower_ == "in" \
                and mention.first[:7] == mention.last[:7] and not mention.first.startswith("--"):
            return mention.first[:7]
    return None


def _month_key(ctx: Context, month: int) -> str:
    published = published_of(ctx.doc)
    if published is None:
        return f"--{month:02d}"
    year = published.year if month <= published.month else published.year - 1
    return f"{year}-{month:02d}"


CUE_WORDS = OP_NOUNS | KILL | WOUND | COMBINED | CAPTURE | VEHICLES | BUILDINGS | PERSONS | {"allies"}


def _useful_end(ctx: Context, number: Span, start: int, end: int, item: str | None) -> int:
    """The end of the counted phrase: the last word in the window that said what or which part is counted."""
    lower = lowers(ctx.doc)
    item_words = set(item.split()) if item else set()
    useful = number.end
    for i in range(end - 1, start - 1, -1):  # (the last such word is the one that counts: read from the end)
        word = lower[i]
        if word in CUE_WORDS or word in item_words:
            useful = max(useful, i + 1)
            break
    maps = (ctx.tactic_at, ctx.actor_at, ctx.place_at, ctx.region_at)
    marked = ctx.marked
    for i in marked[bisect_left(marked, start) : bisect_left(marked, end)]:  # (the marked tokens of the window)
        for found in maps:
            span = found.get(i)
            if span is not None:
                useful = max(useful, min(span.end, end))
    return useful


def _names_operations(doc: Doc, sentence: Span, number: Span) -> bool:
    """The sentence speaks of operations before this count ('the attacks included 88 in Helmand')."""
    return any(w in OP_NOUNS for w in lowers(doc)[sentence.start : number.start])


def _opens_breakdown(doc: Doc, number: Span, previous: Draft) -> bool:
    """'41 … in the northeast (25 in Deir Ezzor, …)' and '40 of the operations, with 23 in …' open a breakdown."""
    between = lowers(doc)[previous.window_end : number.start]
    if between[-1:] in (["comprising"], ["comprised"]) or between[-2:] in (["consisting", "of"], ["made", "up"]):
        return True  # '8,100 casualties, comprising 2,900 dead and 5,200 wounded': the parts of that count
    if between[-1:] == ["where"] and previous.measure in _CASUALTIES:
        return True  # '950 civilian casualties where 258 were killed and 692 others injured'
    return bool(between) and (between[-1] in ("(", "with") or between[-2:] == ["(", "with"])


_CASUALTIES = {"killed", "wounded", "killed_or_wounded"}
_BETWEEN_PAIR = _APPROXIMATE | {"]", ")", '"', "”", "’"}
"""Words between two counts of one list that do not part them (the union made once, not per word)."""


def _casualty_pair(doc: Doc, previous: Draft, number: Span, measure: str) -> bool:
    """Two casualty counts joined by 'and' alone ('861 killed and 2,318 injured'): one list of the same people."""
    # 'killing 60 of the enemy [soldiers] and over 40 were injured': an amount word or a closing bracket between.
    between = [word for word in lowers(doc)[previous.window_end : number.start] if word not in _BETWEEN_PAIR]
    return previous.measure in _CASUALTIES and measure in _CASUALTIES and between in (["and"], [","], [",", "and"])


def _remainder_level(previous: Draft, value: int, before: list[Draft]) -> Draft:
    """'the remaining four' completes the breakdown whose parts plus four make its total: find that level."""
    level: Draft | None = previous
    while level is not None:
        siblings = [d for d in before if d.parent is level.parent and d.measure == level.measure
                    and d.facets.keys() == level.facets.keys()]
        if level.parent is not None:
            total = level.parent.value
        else:
            totals = [d for d in before if d.measure == level.measure and not d.facets and d.parent is None]
            total = totals[0].value if totals else None
        if total is not None and sum(d.value for d in siblings) + value == total:
            return level
        level = level.parent
    return previous


def _clause_start(ctx: Context, number: Span, sentence: Span, reach: int) -> int:
    """The first token of the clause before ``number``, at most ``reach`` tokens back (a boundary other than a
    comma, or a count, ends it)."""
    i = number.start
    while i > sentence.start and number.start - i < reach:
        # A comma stays inside: 'June was the deadliest month, with 35'.
        if (texts(ctx.doc)[i - 1] in BOUNDARY and texts(ctx.doc)[i - 1] != ",") or (i - 1) in ctx.number_tokens:
            break
        i -= 1
    return i


def _left_window(ctx: Context, number: Span, sentence: Span) -> int:
    """The first index of the words before ``number`` that may say what it counts (at most 7, back to a boundary
    or another count): an index, not Tokens, as the caller reads the word lists."""
    written = texts(ctx.doc)
    numbers = ctx.number_tokens
    i = number.start
    limit = sentence.start
    while i > limit and number.start - i < 7:
        if written[i - 1] in BOUNDARY or (i - 1) in numbers:
            break
        i -= 1
    return i


def _right_window(ctx: Context, number: Span, sentence: Span) -> tuple[int, int]:
    doc = ctx.doc
    i = number.end
    dates = ctx.date_starts
    lower, written = lowers(doc), texts(doc)  # (no Token made per word of the window)
    while i < sentence.end and i - number.end < 16:
        if i in ctx.number_starts or i in dates:
            # A date or period ends the counted phrase: "59 operations between July 30 and October 5".
            break
        if "\n" in written[i] and doc[i].is_space:
            break
        if written[i] in BOUNDARY:
            if written[i] == "," and i + 1 < sentence.end and lower[i + 1] in CONTINUE_AFTER_COMMA:
                i += 1
                continue
            break
        if lower[i] in CLAUSE_BREAK and i + 1 < sentence.end and (
                (i + 1) in ctx.number_starts or (lower[i + 1] == "the" and i + 2 < sentence.end
                                                 and lower[i + 2] in REMAINDER_WORDS)):
            break
        i += 1
    return number.end, i


_WALKOUT_LEADS = {"on", "hunger", "general", "labour", "labor", "indefinite", "sit-down", "wildcat", "nationwide"}
"""Words before 'strike' that make it a walkout ('went on strike', 'a general strike', 'an indefinite strike'), not an
operation to count."""


def _measure_from_right(right: list[str], sentence: Span) -> tuple[str | None, str | None]:
    # '15 students are missing after the incident', '11 houses destroyed in the attack': a count of people or
    # buildings is never a count of operations, whatever noun follows later.
    people = bool(right[:1]) and (right[0] in PERSONS or right[0] in BUILDINGS
                                  or target_category_for_term(right[0]) is not None)
    for index, word in enumerate(right):
        if people and (word in OP_NOUNS or word in CLAIM_OP_NOUNS or tactic_for_term(word)):
            continue
        if word in ("strike", "strikes") and index and right[index - 1] in _WALKOUT_LEADS:
            continue  # '3,000 workers went on strike', 'began a hunger strike': a walkout, no strike from the air
        if word in OP_NOUNS or word in CLAIM_OP_NOUNS or (tactic_for_term(word) and not _verb_form(word)) or (
                word in ("act", "acts") and right[index + 1 : index + 3] == ["of", "sabotage"]):
            return "operations", None
        if word in KILL or word in WOUND or word in COMBINED:
            return casualty_measure(right[index : index + 3]), None
        if word in CAPTURE:
            return "captured", None
        if word in VEHICLES and any(w.lower_ in DESTROY for w in sentence):
            return "vehicles_damaged_or_destroyed", None
    return None, None


def _elliptical(right: list[str], own: dict[str, str]) -> bool:
    """'20 in Raqqa', '8 in al-Hasakah': a bare count with a place, continuing the list before it."""
    if "month" in own and not [w for w in right if w not in (",", "and")]:
        # "and 41 in November": the month phrase follows the count at once; "in October 140 and in November
        # 150": it opens the count's clause, and the next month's follows.
        return True
    if not ({"admin1", "region", "target", "country"} & own.keys()):
        return False
    lead = [w for w in right[:3] if w not in ("were", "was", "took", "place", "of", "them")]
    return bool(lead) and lead[0] in ("in", "at", "on", "against", "across", "targeted", "targeting")


def _facets(ctx: Context, start: int, end: int) -> dict[str, str]:
    """The facets the marks in [start, end) give a count: its tactics, target, region, province and country."""
    facets: dict[str, str] = {}
    tactics: list[str] = []
    seen: set[int] = set()
    regions: set[str] = set()
    admin1: list[str] = []
    countries: set[str] = set()
    tactic_at, region_at, place_at = ctx.tactic_at, ctx.region_at, ctx.place_at
    marked = ctx.facet_marked
    # (one walk for every kind of mark, over the marked tokens of the range alone; the facets are set below in their
    # order)
    for i in marked[bisect_left(marked, start) : bisect_left(marked, end)]:
        span = tactic_at.get(i)
        if span is not None and span.start not in seen:
            seen.add(span.start)
            key = _missile_kind(ctx, span) or mark_value(span)
            if key not in tactics and not _verb_form(span_text(span)):
                tactics.append(key)
        span = region_at.get(i)
        if span is not None:
            regions.add(mark_value(span))
        span = place_at.get(i)
        if span is not None:
            kind = mark_value(span)
            if kind == "admin1":
                name = span_text(span)
                if name not in admin1:
                    admin1.append(name)
            elif kind == "country":
                countries.add(span_text(span))
    if tactics:
        facets["tactic"] = "+".join(tactics)
    target = figure_target(ctx.doc, start, end)
    if target:
        facets["target"] = target
    if len(regions) == 1:
        facets["region"] = regions.pop()
    if len(admin1) == 1:
        facets["admin1"] = admin1[0]
    if len(countries) == 1 and not admin1:
        facets["country"] = countries.pop()  # kept only where the claim splits by country (see _figures)
    return facets


def _missile_kind(ctx: Context, span: Span) -> str | None:
    """'14 cruise missiles', 'six ballistic missiles': the kind of missile a tally counts, which air-defence figures
    keep apart (the incident table reads every missile as a rocket), or None."""
    if mark_value(span) != "rocket" or span[-1].lower_ not in MISSILE_WORDS or span.start == 0:
        return None
    return MISSILE_KINDS.get(lowers(ctx.doc)[span.start - 1])


def _verb_form(text: str) -> bool:
    """'ambushed', 'executed' describe an act; only nouns ('ambushes', 'IEDs') name what is counted."""
    lower = text.lower()
    return lower.endswith("ed") and not lower.endswith("ied")


# --- claims -------------------------------------------------------------------------------------------------

def _periods(ctx: Context) -> set[int]:
    """The indexes of the sentences that name a period (or a month as their subject)."""
    periods = {ctx.sentence_of[s.start] for s in ctx.date_spans
               if mark_value(s).kind != "date" and not _incident_span(ctx, s)}
    # 'October saw 12 operations': a month as the subject is the period the date reader did not mark.
    if not MONTHS.keys().isdisjoint(lowers(ctx.doc)):  # (a text that names no month has no sentence to walk)
        periods |= {i for i, s in enumerate(ctx.sentences) if _month_in(ctx, s.start, s.end) is not None}
    return periods


_LAUNCH_WORDS = _MISSILES | DRONES
_OPENING_WORDS = {"operations", "since", "each"}


def _may_open_claim(ctx: Context, periods: set[int]) -> bool:
    """Whether some sentence may open a claim, judged from its words before any count is read: False only where
    :func:`_starts_claim` must say no to every sentence, whatever its figures (then there is no block, so no claim
    and no sentence covered). Reading the counts is most of the claims stage, and most texts make no claim.

    Each of :func:`_starts_claim`'s ways to say yes needs a figure in the sentence (a count that starts there) and
    one of: munitions named anywhere in the text (a count launched or stopped, or one that inherits that measure);
    a period in the sentence or the two before; a tally cue ('total', 'toll'); 'operations' (their results);
    'nationwide', 'across' (a toll over many places); 'since' (a count kept since a point); many operations
    ('in various raids'); or three counts, or 'each' (which repeats a count per place), for a count of operations
    that opens a breakdown. Each test here is looser than the one it stands for.
    """
    lower = lowers(ctx.doc)
    counts: dict[int, int] = {}
    for start in ctx.number_starts:
        counts[ctx.sentence_of[start]] = counts.get(ctx.sentence_of[start], 0) + 1
    if counts and not _LAUNCH_WORDS.isdisjoint(lower):
        return True
    for index, count in counts.items():
        sentence = ctx.sentences[index]
        words = lower[sentence.start : sentence.end]
        if (count >= 3 or not _OPENING_WORDS.isdisjoint(words) or any(index - 2 <= p <= index for p in periods)
                or _tally_cues(words) or _across_places(sentence) or _many_operations(sentence)):
            return True
    return False


def _blocks(ctx: Context, drafts: list[Draft], periods: set[int]) -> list[tuple[int, int, list[Draft]]]:
    """Group figures into claims: (first sentence, last sentence, figures); ``periods`` is :func:`_periods`."""
    by_sentence: dict[int, list[Draft]] = {}
    for draft in drafts:
        by_sentence.setdefault(draft.sentence, []).append(draft)
    blocks = []
    index = 0
    answer_at = -1  # a sentence that answers the claim before it opens its own claim, whatever its shape
    sentences = len(ctx.sentences)
    while index < sentences:
        figures = by_sentence.get(index, [])
        if not (index == answer_at and figures) and not _starts_claim(ctx, index, figures, periods):
            index += 1
            continue
        members = list(figures)
        last = index
        gap = 0
        cursor = index + 1
        while cursor < sentences and gap < 2:
            if not span_text(ctx.sentences[cursor]).strip():
                cursor += 1
                continue
            more = by_sentence.get(cursor, [])
            # A denial with figures of its own reads as background to the claim ('denied'), yet opens a claim.
            if more and not _one_incident(ctx, cursor) and _answers_block(ctx, index, cursor, more, members):
                answer_at = cursor
                break
            if more and not _background(ctx, cursor) and not _one_incident(ctx, cursor):
                if cursor in periods and _starts_claim(ctx, cursor, more, periods) and _new_actor(
                        ctx, index, cursor, members):
                    break
                members.extend(more)
                last = cursor
                gap = 0
            else:
                gap += 1
            cursor += 1
        if len(members) >= 2 or any(d.value >= 2 for d in members):
            blocks.append((index, last, members))
        index = last + 1
    _restated(ctx, blocks, by_sentence)
    return blocks


def _restated(ctx: Context, blocks: list[tuple[int, int, list[Draft]]], by_sentence: dict[int, list[Draft]]) -> None:
    """A monitor's report told over several paragraphs: a later sentence that names the monitor of a claim with a
    reporting verb and counts victims ('UNAMA reported 359 female deaths'), and the sentences with counts right
    after it ('Child casualties stood at 3,179'), add their figures to that claim, commentary between aside."""
    monitors: list[tuple[str, int]] = []
    for number, (first, last, _) in enumerate(blocks):
        for span in marks(ctx.doc, "actors"):
            if mark_value(span).kind == "monitor" and first - 2 <= ctx.sentence_of[span.start] <= last:
                monitors.append((mark_value(span).canonical, number))
    if not monitors:
        return
    inside = {i for first, last, _ in blocks for i in range(first, last + 1)}
    index = 0
    while index < len(ctx.sentences):
        figures = by_sentence.get(index, [])
        sentence = ctx.sentences[index]
        named = {mark_value(s).canonical for s in marks(ctx.doc, "actors") if sentence.start <= s.start < sentence.end}
        owner = next((n for name, n in monitors if name in named and blocks[n][1] < index), None)
        if (index in inside or owner is None or not figures or _one_incident(ctx, index) or _background(ctx, index)
                or not set(span_lowers(sentence)) & _CLAIM_OR_SOURCE_WORDS
                or any(d.measure not in _CASUALTIES for d in figures)):
            index += 1
            continue
        members = blocks[owner][2]
        members.extend(figures)
        index += 1
        while index < len(ctx.sentences) and (not span_text(ctx.sentences[index]).strip() or by_sentence.get(index)):
            more = by_sentence.get(index, [])
            if more and (index in inside or _one_incident(ctx, index) or _background(ctx, index)
                         or any(d.measure not in _CASUALTIES for d in more)):
                break
            members.extend(more)
            index += 1


def _starts_claim(ctx: Context, index: int, figures: list[Draft], periods: set[int]) -> bool:
    """A sentence opens a claim by its shape: a count (a total, or a count for one place or target) of operations
    or casualties, over a period or in a tally frame, told by a speaker. An incident report ('killed 12 soldiers
    in an ambush on Sunday') has a single day and an attack in the singular instead."""
    # 'documented 3055 deaths in September 2017': a month right after the count may be the whole period.
    totals = [d for d in figures if d.parent is None
              and not (d.facets.keys() - {"admin1", "region", "target", "month"})]
    if not totals:
        # 'reporting at least 125 drone strikes last year': one count of one tactic is that tactic's total.
        totals = [d for d in figures if d.parent is None and d.measure == "operations" and d.value >= 3
                  and not (d.facets.keys() - {"admin1", "region", "target", "month", "tactic"})]
    if (any(d.measure.endswith(("_launched", "_intercepted")) and d.value >= 2 for d in figures)
            and _has_source(ctx, index) and not _background(ctx, index) and not _aimed_at_one(ctx, index)):
        return True  # 'the command said air defences destroyed 10 out of 14 missiles': a tally of munitions
    if not totals or _background(ctx, index):
        return False
    sentence = ctx.sentences[index]
    words = set(lowers(ctx.doc)[sentence.start : sentence.end])
    own_period = index in periods
    # A period told in this sentence or just before it frames the count; one told paragraphs earlier (often
    # background: 'since a coup in 2021') does not.
    has_period = own_period or any(index - 2 <= p < index and not _background(ctx, p) for p in periods)
    tally = bool(_tally_cues(lowers(ctx.doc)[sentence.start : sentence.end]))
    operations = any(d.measure == "operations" and d.value >= 2 for d in totals)
    one = _one_incident(ctx, index)
    day = any(ctx.sentence_of[s.start] == index and mark_value(s).kind == "date" and mark_value(s).first
              for s in ctx.date_spans)
    if not one and day and (len(figures) >= 2 or any(d.value >= 20 for d in totals)) and (
            (_results_of_operations(ctx.sentences[index]) and _has_source(ctx, index))
            or (_across_places(ctx.sentences[index]) and any(d.measure in _CASUALTIES for d in totals))):
        # 'the coalition announced that 95 rebels had been killed, with 11 vehicles destroyed, in operations on
        # Thursday': a party's results over its operations of a day is a tally, though dated like an incident;
        # so is a day's toll over a whole country or province ('5 people were killed nationwide on Wednesday').
        # Undated ('killed in multiple attacks across the country'), such a sentence only sums up the news.
        return True
    if (_incident_shape(ctx, index, own_period) and not _results_of_operations(sentence)) or one == "strong" or (
            one and not tally and not operations):
        return False
    if tally and day and not has_period and not _has_source(ctx, index) and not _across_places(sentence):
        # 'On Sunday a total of 25 explosions were heard near the village': a count of one day that nobody is said to
        # tell or keep is the reporter's own count of one incident's blasts or shots, not a party's tally.
        return False
    if (has_period and (operations or len(figures) >= 2)) or (tally and operations):
        return own_period or tally or _has_source(ctx, index) or operations
    if _has_source(ctx, index) and any(d.value >= 3 for d in totals) and (
            (operations and "since" in words and _cumulative_count(sentence)) or _many_operations(sentence)):
        # A count kept since a point ('the group has registered 415 operations since the 2018 deal'), or casualties
        # over many operations ('killed 350 militants in different operations, the government said').
        return True
    if _has_source(ctx, index) and any(d.value >= 3 for d in totals) and _results_of_operations(sentence):
        # 'the army said 95 rebels were killed in operations on Thursday': the results of a day's operations, a
        # party's tally even over one day.
        return True
    if has_period and not one and any(_stated_toll(ctx, d.number, sentence) for d in totals) and (
            _has_source(ctx, index) or any(sentence.start <= s.start < sentence.end for s in marks(ctx.doc, "actors"))):
        # 'The number of dead and wounded indicated by the group is 84' after 'operations last week': a toll stated
        # as such, over the period just told, by a named party.
        return True
    if "total" in words and "according" in words and not one and len(totals) == 1 and totals[0].value >= 10:
        # 'A total of 109 people have been killed, according to the agency': a running count credited to a source.
        return True
    opening = figures[0] if figures else None
    if (opening is not None and opening.measure == "operations" and opening.value >= 3 and len(figures) >= 3
            and len({d.measure for d in figures}) >= 2 and _has_source(ctx, index)):
        # 'the civil defence has responded to 390 attacks, resulting in 42 deaths … and 176 injuries': a count of
        # attacks that opens a breakdown into casualties, told by a speaker, is a tally even where its period is
        # not read ('17 were wounded in two attacks' puts the attacks last, as an incident report does).
        return True
    # One figure with its own period and a speaker: 'the ministry said 58 militants were neutralised last week'.
    # The period must be a bounded one longer than a day: 'over two days' alone is how an incident's duration is
    # told, and one number 'over the past 24 hours' is a daily report.
    bounded = any(ctx.sentence_of[s.start] == index and mark_value(s).kind != "date" and mark_value(s).first
                  and mark_value(s).first != mark_value(s).last and not _incident_span(ctx, s)
                  for s in ctx.date_spans)
    return bounded and _has_source(ctx, index) and any(d.value >= 2 for d in totals)


_INCIDENT_DAYS = 7
"""The longest span that may still time one incident (a week of fighting over one town)."""
_HEDGE_DAYS = 31
"""The longest range in brackets after a day that still hedges that day ('around 16 April (between 6 - 26 April)':
the day is a guess inside the range, not a period whose acts are counted)."""
_DAY_PAIR = 2
"""The longest span told as 'on' two days ('On 17 and 18 June', 'on 3-4 May') that times one incident."""
_LASTED = {"lasted", "lasting", "lasts", "continued", "raged", "dragged"}
"""Verbs that give an incident's own length: 'clashes that lasted from Monday to Wednesday'."""


def _incident_span(ctx: Context, span: Span) -> bool:
    """A period that times one incident rather than frames a count: the length of the fighting ('clashes that
    lasted between 3 and 5 June', 'fighting lasting from Friday to Sunday'), two days led by 'on' ('On 17 and 18
    June'), or a range in brackets right after a
    day that hedges that day ('around 4 June (between 2 and 4 June)', 'around 16 April, (between 6 - 26 April)'). The
    length of the fighting only a few days long (fighting that 'lasted all of February' is a month of incidents); the
    hedge at most a month."""
    mention: DateMention = mark_value(span)
    days = period_length(mention.first, mention.last)[0] if mention.first and mention.last else None
    if days is None or days > _HEDGE_DAYS:
        return False
    lower = lowers(ctx.doc)
    if days <= _INCIDENT_DAYS and any(word in _LASTED for word in lower[max(0, span.start - 2) : span.start]):
        return True
    if days <= _DAY_PAIR and span.start > 0 and lower[span.start - 1] == "on":
        # ('On 17 and 18 June, gunmen attacked two villages'): a pair of days led by 'on' is when one incident
        # happened, as 'On 17 June' is, not a period over which acts are counted
        return True
    if span.start < 2 or texts(ctx.doc)[span.start - 1] != "(":
        return False
    # (the day, then the bracket, with or without a comma between: 'Around 14 December 2023, (between 13 - 16
    # December)')
    day_end = span.start - 2 if texts(ctx.doc)[span.start - 2] == "," else span.start - 1
    before = next((s for s in ctx.date_spans if s.end == day_end), None)
    return before is not None and mark_value(before).kind == "date"


_AIMED = {"at", "towards", "toward", "against", "on"}


def _aimed_at_one(ctx: Context, index: int) -> bool:
    """The munitions were fired on a day at one target ('claimed firing three rockets towards an army garrison on
    Sunday', 'fired 4 mortar shells at a police post on 2 May'): one attack told with its rounds, not a tally."""
    sentence = ctx.sentences[index]
    lower = lowers(ctx.doc)
    one = any(lower[i] in _AIMED and lower[i + 1] in ("a", "an") for i in range(sentence.start, sentence.end - 1))
    day = any(sentence.start <= s.start < sentence.end and mark_value(s).kind == "date" and mark_value(s).first
              for s in ctx.date_spans)
    return one and day


def _has_source(ctx: Context, index: int) -> bool:
    """The sentence (or the one before) says who tells it: a claim verb, 'according to', a speaker's voice."""
    for i in (index, index - 1):
        if i < 0:
            continue
        words = set(lowers(ctx.doc)[ctx.sentences[i].start : ctx.sentences[i].end])
        if words & _HANDED_OVER and _hands_over_count(ctx, ctx.sentences[i]):
            # 'the group released 48 prisoners', 'freed 12 hostages': a verb of publishing with a count of people
            # as its object tells a release, not who speaks.
            words = words - _HANDED_OVER
        if words & SOURCE_WORDS or (words & SPEAKER_NOUNS and _voices(lowers(ctx.doc), ctx.sentences[i])):
            return True
    sentence = ctx.sentences[index]
    # A monitor named in the sentence is its speaker ('the White Helmets have responded to 390 attacks').
    return any(sentence.start <= s.start < sentence.end and mark_value(s).kind == "monitor"
               for s in marks(ctx.doc, "actors"))


def _voices(lower: list[str], sentence: Span) -> bool:
    """Is one of the sentence's speaker nouns a voice, not the place an act was aimed at? ('fired two rockets at the
    army headquarters', 'an attack on the ministry': the building hit, no one speaking; 'the army headquarters said',
    'a Taliban statement': a voice.) A speaker noun with a word of :data:`_AIMED` among the :data:`_AIM_REACH` words
    before it, with no punctuation between, is the target."""
    return any(lower[i] in SPEAKER_NOUNS and not _aimed_at(lower, sentence.start, i)
               for i in range(sentence.start, sentence.end))


_AIM_REACH = 4
"""Words before a speaker noun searched for :data:`_AIMED`: 'at the 19th Battalion Headquarters' holds four."""


def _aimed_at(lower: list[str], start: int, i: int) -> bool:
    """Is the noun at ``i`` the object of 'at', 'on', 'against' … within :data:`_AIM_REACH` words, in its own phrase?
    A punctuation mark ends the phrase: in 'an attack on them, the ministry said' the ministry speaks."""
    return not _AIMED.isdisjoint(phrase_before(lower, start, i, _AIM_REACH))


_HANDED_OVER = {"released", "issued"}
"""Source words that also hand people over ('released 48 prisoners')."""


def _hands_over_count(ctx: Context, sentence: Span) -> bool:
    """A word of :data:`_HANDED_OVER` followed by a count ('released 48 soldiers', 'released at least 12')."""
    lower = lowers(ctx.doc)
    for i in range(sentence.start, sentence.end - 1):
        if lower[i] in _HANDED_OVER and any(j in ctx.number_tokens for j in range(i + 1, min(i + 4, sentence.end))):
            return True
    return False


def _incident_shape(ctx: Context, index: int, own_period: bool) -> bool:
    """One incident told with its numbers: a single day named and no period, or 'claimed responsibility for'."""
    sentence = ctx.sentences[index]
    text = lower_text(sentence)
    if "responsibility" in text:
        return True
    if own_period:
        return False
    # 'from January until July 25': a day that closes (or opens) a span is not the day of one incident.
    days = [s for s in ctx.date_spans if sentence.start <= s.start < sentence.end and mark_value(s).kind == "date"
            and not (s.start > 0 and lowers(ctx.doc)[s.start - 1] in _SPAN_EDGES)]
    if not days:
        return False
    lower = lowers(ctx.doc)[sentence.start : sentence.end]
    singular = any(lower[i] in INCIDENT_ARTICLES and lower[i + 1] in _ONE_ATTACK_NOUNS for i in range(len(lower) - 1))
    return singular or not _tally_cues(lower)


_SPAN_EDGES = {"until", "till", "through", "since", "to"}
_ONE_ATTACK_NOUNS = OP_NOUNS | {"ambush", "bombing", "raid", "explosion", "blast", "operation"}
_ARTICLES_OR_ORDINALS = INCIDENT_ARTICLES | ORDINALS
"""(Word-set unions made once: they were made again at every word of every sentence read.)"""


def _tally_cues(lower: list[str]) -> set[str]:
    """The words of :data:`TALLY_CUES` in a sentence's lower-cased tokens; 'following' only as 'the following'
    ('the following figures'): 'killed following 2 attacks' tells what came after one incident, not a tally."""
    cues = set(lower) & TALLY_CUES
    if "following" in cues and not any(i and lower[i - 1] == "the" for i, w in enumerate(lower) if w == "following"):
        cues.discard("following")
    return cues


_ONE_INCIDENT_ATTACKS = OP_NOUNS | {"ambush", "bombing", "raid", "explosion", "blast", "airstrike", "air"}
_ONE_INCIDENT_LEADS = _ARTICLES_OR_ORDINALS | {"a", "an", "in"}
"""(The unions made once: :func:`_one_incident` runs for every sentence with figures.)"""


def _one_incident(ctx: Context, index: int) -> str | None:
    """The sentence tells one attack, whatever period it names: "strong" for one perpetrator ('a suicide attacker
    blew himself up') or one attack of a series ('the third attack in two weeks'); "weak" for 'in a Taliban
    attack', which a tally may also mention in passing."""
    lower = lowers(ctx.doc)[ctx.sentences[index].start : ctx.sentences[index].end]
    attack = _ONE_INCIDENT_ATTACKS
    weak = None
    for i in range(len(lower) - 1):
        if lower[i] not in _ONE_INCIDENT_LEADS:
            continue  # (every test below starts with one of these words)
        window = lower[i + 1 : i + 4]
        if lower[i] in _ARTICLES_OR_ORDINALS and lower[i + 1] in INCIDENT_AGENTS:
            return "strong"
        if lower[i] in ORDINALS and lower[i + 1] in attack:
            return "strong"
        if lower[i] in ("a", "an") and any(w in INCIDENT_AGENTS for w in window[:2]):
            return "strong"
        if lower[i] == "in" and lower[i + 1] in ("a", "an") and any(w in attack for w in window[1:]):
            weak = "weak"
    return weak


def _background(ctx: Context, index: int) -> bool:
    """A sentence about other times ('since 2019', 'compared with last year') is not part of the claim."""
    sentence = ctx.sentences[index]
    words = set(lowers(ctx.doc)[sentence.start : sentence.end])
    if "since" in words and (any(cue in sentence.text.lower() for cue in BACKGROUND_SINCE)
                             or _cumulative_count(sentence) or _recent_since(ctx, sentence)):
        # "since the start of the year" opens the claim's own period, and so does 'since' with a count kept up to
        # now ('the group has registered 415 operations since the 2018 deal'); its 'ago' dates that start
        words = words - {"since", "ago"}
    numbers = [i for i in range(sentence.start, sentence.end) if i in ctx.number_tokens]
    if numbers:
        # 'X came to 10,453 …, compared to 11,434 in 2016', '… the government said, a claim denied by the group':
        # a comparison or denial told after the claim's own count does not make the count another party's.
        later = set(lowers(ctx.doc)[numbers[0] : sentence.end])
        words = words - (later & _AFTER_THE_COUNT)
    if words & {"since", "compared", "previously", "ago", "separate", "rejected", "disputed", "denied"}:
        return True  # another time, or another party's account
    text = lower_text(sentence)
    if "last year" in text and words & _REPORTING and not words & {"compared", "than"}:
        return False  # 'with the bureau reporting at least 125 drone strikes last year': the claim's own year
    return "last year" in text or "previous year" in text or "the year before" in text


_RECENT_DAYS = 92
"""How far back 'since' may reach and still open the claim's own period rather than tell history."""


def _recent_since(ctx: Context, sentence: Span) -> bool:
    """'killing 14 protesters and wounding 75 since Wednesday', 'since October 1': a toll kept from a recent day up
    to publication is the report's own period; 'since 2011' or 'the worst since March 2016' tells history."""
    for span in ctx.date_spans:
        mention: DateMention = mark_value(span)
        if sentence.start <= span.start < sentence.end and mention.kind == "since" and mention.first \
                and mention.last and period_length(mention.first, mention.last)[0] is not None \
                and (period_length(mention.first, mention.last)[0] or 0) <= _RECENT_DAYS:
            return True
    return False


_AFTER_THE_COUNT = {"compared", "denied", "rejected", "disputed"}
_REPORTING = {"reporting", "reported", "recorded", "recording", "documented", "documenting", "counted", "registered"}
_CUMULATIVE_VERBS = {"registered", "recorded", "documented", "counted", "conducted", "carried", "reported", "claimed",
                     "launched", "targeted", "tallied"}


_MANY = {"different", "various", "several", "multiple", "numerous", "series", "recent", "successive"}


def _many_operations(sentence: Span) -> bool:
    """The sentence counts over many operations: 'in different operations', 'in a series of raids'."""
    lower = span_lowers(sentence)
    if _MANY.isdisjoint(lower):
        return False  # (no word of many in the sentence: a set test in C instead of a generator over every word)
    return any(word in _MANY and lower[i + 1 : i + 3] and any(
        w.endswith("s") and (w in OP_NOUNS or w in CLAIM_OP_NOUNS or w == "operations") for w in lower[i + 1 : i + 3])
        for i, word in enumerate(lower))


_OPERATION_KINDS = {"military", "security", "joint", "ground", "air", "clearance", "combing", "mopping-up",
                    "counter-terrorism", "counterterrorism", "counter-insurgency", "offensive", "separate"}


def _results_of_operations(sentence: Span) -> bool:
    """The sentence tells the results of many operations: 'killed in operations in Marib', 'in military operations
    carried out on Thursday', 'neutralised during clearance operations' ('operations' in the plural, after 'in' or
    'during' and words of their kind only: never one operation, nor 'in the operations of the 5th', nor 'attacks',
    which incident reports use)."""
    lower = span_lowers(sentence)
    for i, word in enumerate(lower):
        if word not in ("in", "during"):
            continue
        j = i + 1
        while j < len(lower) and j - i <= 2 and lower[j] in _OPERATION_KINDS:
            j += 1
        if j < len(lower) and lower[j] == "operations":
            return True
    return False


_ACROSS_OPENERS = ACROSS_WORDS | ACROSS_LEADS
"""(The union made once: :func:`_across_places` runs for every sentence with a count.)"""


def _across_places(sentence: Span) -> bool:
    """The counts add up many places: 'nationwide', 'across the country', 'throughout the province', 'across
    Iraq' (a toll of many incidents, not of one)."""
    lower = span_lowers(sentence)
    if _ACROSS_OPENERS.isdisjoint(lower):
        return False  # (no word that opens one: a set test in C instead of a walk over every word)
    for i, word in enumerate(lower):
        if word in ACROSS_WORDS:
            return True
        if word in ACROSS_LEADS and i + 1 < len(lower):
            following = [w for w in lower[i + 1 : i + 4] if w not in ("the", "whole", "entire")]
            if following[:1] and following[0] in ACROSS_AREAS:
                return True
    return False


def _cumulative_count(sentence: Span) -> bool:
    """A count kept up to now by who keeps it: 'has registered', 'have been reported', 'has carried out'."""
    lower = span_lowers(sentence)
    for i, word in enumerate(lower):
        if word in ("has", "have"):
            following = [w for w in lower[i + 1 : i + 4] if w not in ("been", "so", "far", "already")]
            if following[:1] and following[0] in _CUMULATIVE_VERBS:
                return True
    return False


def _answers_block(ctx: Context, first: int, other: int, figures: list[Draft], members: list[Draft]) -> bool:
    """Sentence ``other`` answers the claim opened at ``first`` with figures of its own: it denies or contrasts
    ('the army, however, said …', 'the ministry denied the claim and said …') and its speaker, named before its first
    count, is a party the first sentence does not speak for."""
    sentence = ctx.sentences[other]
    # 'The group's spokesman spoke to its radio and made a counter claim. "Our fighters killed 60 …"': a sentence
    # without figures that introduces the answer speaks for it.
    lead_in = other - 1 if other - 1 > first and not any(d.sentence == other - 1 for d in members) else other
    start = ctx.sentences[lead_in].start
    words = set(lowers(ctx.doc)[start : sentence.end])
    targets = {d.facets.get("target", "").removesuffix(" and allies") for d in members}
    if _target_answers(ctx, first, other, figures, members, targets):
        return True
    denies = bool(words & (DENIAL_VERBS - {"called"})) or ("called" in words and bool(words & DENIAL_OBJECTS))
    if not (denies or words & _COUNTER_OR_ANSWER_CUES):
        return False
    opening = ctx.sentences[first]
    first_number = min(d.number.start for d in figures)
    speakers = {mark_value(s).canonical for s in marks(ctx.doc, "actors") if start <= s.start < first_number
                and mark_value(s).kind not in NON_PERPETRATOR_KINDS}
    openers = {mark_value(s).canonical for s in marks(ctx.doc, "actors") if opening.start <= s.start < opening.end
               and mark_value(s).kind not in NON_PERPETRATOR_KINDS and mark_value(s).canonical not in targets}
    if not speakers:
        # 'The Ministry of Defence, however, said …': an authority the actor table cannot name without a country.
        lead = set(lowers(ctx.doc)[sentence.start : first_number])
        speakers = {"authority"} if lead & AUTHORITY_SPEAKERS and lead & SOURCE_WORDS else set()
    return bool(speakers) and bool(openers) and not (speakers & openers)


def _target_answers(ctx: Context, first: int, other: int, figures: list[Draft], members: list[Draft],
                    targets: set[str]) -> bool:
    """The party the claim counted as its victims speaks with figures of its own ('the army said it killed 350
    al-Shabaab fighters' … "al-Shabaab's spokesman told the group's radio: 'our fighters killed 60 soldiers'"): a
    counter-claim, not more figures of the first. The speaker is named before the first count of sentence
    ``other`` or in a sentence without figures right before it that introduces them."""
    doc = ctx.doc
    sentence = ctx.sentences[other]
    lead_start = sentence.start
    previous = next((i for i in range(other - 1, first, -1) if span_text(ctx.sentences[i]).strip()), None)
    if previous is not None and not any(d.sentence == previous for d in members):
        lead_start = ctx.sentences[previous].start
    first_number = min(d.number.start for d in figures)
    speakers = {(mark_value(s).owner if mark_value(s).kind == "media" else mark_value(s).canonical)
                for s in marks(doc, "actors") if lead_start <= s.start < first_number
                and mention_role(doc, s.start) is None}
    words = set(lowers(doc)[lead_start : sentence.end])
    speaks = words & _SPEAKING_WORDS
    return bool(speaks) and bool(speakers & (targets - {""}))


_SPEAKING_WORDS = SOURCE_WORDS | SPEECH_VERBS | SPEAKER_NOUNS
"""(The union made once: :func:`_target_answers` runs for every pair of sentences a block weighs.)"""


def _new_actor(ctx: Context, first: int, other: int, members: list[Draft]) -> bool:
    """A second claim starts where another period is counted for another actor (not a target of the first)."""
    targets = {d.facets.get("target", "").removesuffix(" and allies") for d in members}

    def actors(index: int) -> set[str]:
        sent = ctx.sentences[index]
        # A medium stands for its owner ('the jihadist group said in its weekly al-Naba' speaks for the group).
        return {(mark_value(s).owner if mark_value(s).kind == "media" else mark_value(s).canonical)
                for s in marks(ctx.doc, "actors")
                if sent.start <= s.start < sent.end and (mark_value(s).kind not in NON_PERPETRATOR_KINDS or (
                    mark_value(s).kind == "media" and mark_value(s).owner)) and mark_value(s).canonical not in targets
                and mention_role(ctx.doc, s.start) != "patient"} - {None}

    a, b = actors(first), actors(other)
    return bool(a) and bool(b) and not (a & b)


def _by_perpetrator(ctx: Context, drafts: list[Draft]) -> tuple[list[Draft], list[tuple[Span | None, list[Draft]]]]:
    """A monitor's breakdown by perpetrator ('395 … were killed in raids by Russian warplanes', 'regime forces were
    responsible for the deaths of 61 civilians') is one claim per perpetrator: the figures of each sentence that
    names who killed go to that party's claim; the rest stay in the block's own claim. Only where at least two
    sentences of the block name a perpetrator (one alone is the claim's own actor).

    Lines that blame parties the monitor does not name ('86 civilians died at the hands of other parties') make one
    claim without an actor; so do the lines after the first blamed one that name no perpetrator at all ('47 were
    killed in landmine explosions'): neither is a part of another party's count, nor the total of every party's.
    Their span is a plain doc span (no actor record) or None."""
    by_sentence: dict[int, list[Draft]] = {}
    for draft in drafts:
        by_sentence.setdefault(draft.sentence, []).append(draft)
    named: dict[int, Span] = {}
    for index, figures in by_sentence.items():
        span = _line_perpetrator(ctx, index, figures[0].number.start) or _unnamed_perpetrator(ctx, index)
        if span is not None:
            named[index] = span
    if len(named) < 2:
        return drafts, []
    first_named = min(named)
    groups: dict[str, tuple[Span | None, list[Draft]]] = {}
    rest: list[Draft] = []
    for index, figures in by_sentence.items():
        span = named.get(index)
        if span is None and index < first_named:
            rest.extend(figures)
            continue
        for draft in figures:
            if draft.parent is None and "target" not in draft.facets and any(
                    d.parent is draft and d.facets.get("target") in SUBGROUPS.values() for d in figures):
                draft.facets["target"] = "civilians"  # its parts are children and women: the whole is civilians
        key = "\0unstated" if span is None else mark_value(span).canonical if mark_value(span) else (
            f"\0{span.text.lower()}")
        groups.setdefault(key, (span, []))[1].extend(figures)
    heads = [d for _, figures in groups.values() for d in figures if d.parent is None and d.measure in _CASUALTIES]
    if any(d.facets.get("target") == "civilians" for d in heads):
        # The lines of one toll count the same people: '4 persons were killed by …' beside '91 civilians …'.
        for draft in heads:
            draft.facets.setdefault("target", "civilians")
    return rest, list(groups.values())


_COMPARISON_FIRSTS = frozenset(lead[0] for lead in COMPARISON_LEADS)
"""The first words of :data:`COMPARISON_LEADS`: a run of words with none of them opens no comparison."""


def _compared(ctx: Context, drafts: list[Draft]) -> tuple[list[Draft], list[tuple[Span, list[Draft]]]]:
    """The figures of another period a claim's sentence compares with ('casualties in 2017 came to 10,453, compared
    to 11,434 casualties in 2016'; 'up from 61 attacks in August'): each such run is a claim of its own over the
    period named after the comparison word, the same kind of count as the claim's (facets it does not state are the
    claim's figure's of the same measure). Returns the claim's own figures and the (period, figures) of each other."""
    out: list[tuple[Span, list[Draft]]] = []
    own: list[Draft] = []
    current: list[Draft] | None = None
    previous: Draft | None = None
    for draft in drafts:
        sentence = ctx.sentences[draft.sentence]
        before = [d for d in own if d.sentence == draft.sentence]
        same = previous is not None and previous.sentence == draft.sentence
        # (the words between, cut from the word list: no Span made)
        words = lowers(ctx.doc)[previous.number.end if same and previous else sentence.start : draft.number.start]
        previous = draft
        opens = not _COMPARISON_FIRSTS.isdisjoint(words) and any(
            tuple(words[i : i + 2]) in COMPARISON_LEADS for i in range(len(words)))
        if current is not None and current[-1].sentence == draft.sentence and not opens:
            current.append(draft)
            continue
        current = None
        period = _period_after(ctx, draft.number.end, sentence.end) if opens and before else None
        if period is None:
            own.append(draft)
            continue
        current = [draft]
        out.append((period, current))
    for _, part in out:
        for draft in part:
            like = next((d for d in own if d.measure == draft.measure and d.sentence == draft.sentence), None)
            if like is not None and draft.parent is None:
                for key in ("target", "tactic"):
                    if key in like.facets:
                        draft.facets.setdefault(key, like.facets[key])
            if draft.parent is not None and draft.parent not in part:
                draft.parent = None
    return own, out


def _period_after(ctx: Context, start: int, end: int) -> Span | None:
    """The first period (not a single day) told between ``start`` and ``end``, or None."""
    return next((s for s in ctx.date_spans if start <= s.start < end and mark_value(s).kind != "date"
                 and mark_value(s).first is not None), None)


def _unnamed_perpetrator(ctx: Context, index: int) -> Span | None:
    """Parties a toll's line blames that the actor table cannot name: 'at the hands of other parties', 'killed by
    unidentified perpetrators', 'shells launched by the rebel and Islamic factions' (the words as a plain span, up
    to a noun of armed parties), or None."""
    doc = ctx.doc
    sentence = ctx.sentences[index]
    words = span_lowers(sentence)
    if "by" not in words and UNNAMED_QUALIFIERS.isdisjoint(words):
        return None  # (neither loop below can find anything: their tokens are not walked)
    # (the words read by index from the word lists: a Token for every word of the sentence cost more than the rest)
    lower = lowers(doc)
    if not UNNAMED_QUALIFIERS.isdisjoint(words):
        for i in range(sentence.start, sentence.end - 1):
            if lower[i] not in UNNAMED_QUALIFIERS or lower[i + 1] not in UNNAMED_PARTIES:
                continue
            before = [w for w in lower[max(sentence.start, i - 3) : i] if w != "the"]
            if any(tuple(before[-len(p):]) == p for p in PERPETRATOR_LEADS):
                return doc[i : i + 2]
    if "by" not in words[:-1]:
        return None
    text = texts(doc)
    for i in range(sentence.start, sentence.end - 1):
        if lower[i] != "by":
            continue
        start = i + 1 + (lower[i + 1] == "the")
        for end in range(start + 1, min(sentence.end, start + 5) + 1):
            j = end - 1
            if text[j] in BOUNDARY or like_number(text[j]) or j in ctx.actor_at:
                break
            if lower[j] in _UNNAMED_NOUNS:
                return doc[start:end]
    return None


_UNNAMED_NOUNS = UNNAMED_PARTIES | ARMED_NOUNS
"""(:func:`_unnamed_perpetrator`'s union, made once.)"""


def _line_perpetrator(ctx: Context, index: int, first_number: int) -> Span | None:
    """The party a sentence of a toll blames: after 'by' or 'at the hands of', or before 'were responsible for'."""
    doc = ctx.doc
    sentence = ctx.sentences[index]
    for span in party_mentions(doc, sentence.start, sentence.end):
        lower = lowers(doc)
        before = [lower[i] for i in range(max(sentence.start, span.start - 6), span.start)
                  if lower[i] not in ("the", "a", "an", "“", '"', "of") or i == span.start - 1]
        lead = [w for w in before if w not in ("the", "“", '"', "warplanes", "fire", "forces")]
        if any(tuple(lead[-len(p):]) == p or tuple(before[-len(p):]) == p for p in PERPETRATOR_LEADS):
            return span
        if "by" in lead[-3:] and not any(w in KILL or w.isdigit() for w in lead[lead.index("by"):]):
            return span  # 'by Syrian and Russian warplanes', 'by Hayyaat Tahrir al-Sham'
        after = set(lowers(doc)[span.end : min(sentence.end, span.end + 6)])
        if after & RESPONSIBLE and span.start < first_number:
            return span
    return None


def _build_claim(ctx: Context, actors: ActorTable, document_id: str, index: int, drafts: list[Draft],
                 context_start: int, first: int, last: int, perpetrator: Span | None = None,
                 all_parties: bool = False, period: Span | None = None,
                 other_periods: list[Span] | None = None) -> Claim:
    """One claim of ``drafts``; ``perpetrator`` names its actor (a line of a breakdown by perpetrator), and
    ``all_parties`` marks the totals of such a breakdown, which count every party's victims (no actor)."""
    doc = ctx.doc
    lo = ctx.sentences[context_start].start
    hi = ctx.sentences[last].end
    trigger = ctx.sentences[first]
    spans: dict[str, SpanRecord] = {}

    medium = monitor = None
    for span in marks(doc, "actors"):
        if not (lo <= span.start < hi):
            continue
        kind = mark_value(span).kind
        if kind == "media" and medium is None:
            medium = span
        elif kind == "monitor" and monitor is None:
            monitor = span

    if monitor is not None and perpetrator is None:
        # The sentence before the trigger, blank lines between paragraphs aside.
        previous = next((i for i in range(first - 1, max(-1, first - 3), -1)
                         if span_text(ctx.sentences[i]).strip()), first)
        _civilian_toll(ctx, drafts, max(lo, ctx.sentences[previous].start), trigger.end)
    targets = {d.facets.get("target", "").removesuffix(" and allies") for d in drafts}
    totals = [d for d in drafts if d.sentence == first]
    anchor = totals[0].number.start if totals else trigger.end
    actor_span = perpetrator or (None if all_parties else claim_actor(doc, trigger, anchor, lo, hi, targets=targets))
    actor = mark_value(actor_span).canonical if actor_span is not None else None

    claimant = None
    explicit = _credited_owner(ctx, trigger, targets) or _explicit_claimant(ctx, lo, hi, targets,
                                                                           (trigger.start, anchor))
    if explicit is not None:
        claimant = mark_value(explicit).canonical
        spans["claimant"] = span_record(explicit)
        if medium is not None:
            spans["medium"] = span_record(medium)
    elif medium is not None:
        claimant = mark_value(medium).owner
        spans["claimant"] = spans["medium"] = span_record(medium)
    elif monitor is not None:
        claimant = mark_value(monitor).canonical
        spans["claimant"] = span_record(monitor)
    elif (credited := _according_to(ctx, trigger)) is not None:
        claimant = mark_value(credited).canonical if credited.label_ == "ACTORS" else credited.text
        spans["claimant"] = span_record(credited)
    else:
        speaker = _speaker(ctx, lo, hi, targets) or _own_voice(ctx, lo, hi, targets)
        if speaker is not None:
            claimant = mark_value(speaker).canonical
            spans["claimant"] = span_record(speaker)
        elif (official := _official(ctx, actors, lo, hi) or _office(ctx, actors, lo, hi)) is not None:
            claimant, where = official
            spans["claimant"] = span_record(where)
    owned_medium = _owned_medium(ctx, lo, hi) if claimant is not None and medium is None else None
    if owned_medium is not None:
        spans["medium"] = span_record(owned_medium)
    if actor is None and claimant is not None and medium is not None:
        actor = claimant
    if actor is None and claimant is not None:
        actor = _own_forces(ctx, actors, claimant, trigger, drafts)
    launched = [d for d in drafts if d.measure.endswith("_launched")]
    if launched and actor == claimant and any(d.measure.endswith("_intercepted") for d in drafts):
        # 'the command said air defences destroyed 10 of 14 missiles Russia launched': munitions the speaker
        # intercepted are the other side's; the actor is the country that launched them, where named, else unknown.
        actor, actor_span = _launcher(ctx, actors, launched[0].sentence), None
    if claimant is None and actor_span is not None and _reports_itself(ctx, actor_span, trigger, drafts, lo, hi):
        claimant = actor
        spans["claimant"] = span_record(actor_span)
    if medium is not None and claimant == mark_value(medium).owner and _first_person(ctx, first, last):
        # 'the SDF press centre said: "our forces conducted 16 operations"': the medium's owner counts its own.
        actor, actor_span = claimant, None
    if actor_span is not None:
        spans["actor"] = span_record(actor_span)

    if period is None:
        period, days_span = _period(ctx, first, lo, hi, {s.start for s in other_periods or []})
    else:
        days_span = None  # the period of figures compared with: told once, at them
    if period is not None:
        spans["period"] = span_record(period)
    if days_span is not None:
        spans["period_days"] = span_record(days_span)
    spans["claim"] = span_record(trigger)

    places = [Place(name=span_text(s), span=span_record(s)) for s in marks(doc, "places") if lo <= s.start < hi]
    figures = _figures(drafts)
    mention: DateMention | None = mark_value(period) if period is not None else None
    if mention is not None and mention.first and mention.last and mention.first[:7] == mention.last[:7]:
        # "23 operations in October" when October is the whole period: the month is the period, not a part of it.
        figures = [f.model_copy(update={"month": None}) if f.month == mention.first[:7] else f for f in figures]
    return Claim(
        id=_claim_id(document_id, index),
        document_id=document_id,
        claimant=claimant,
        actor=actor,
        medium=mark_value(medium).canonical if medium is not None else (
            owned_medium.text if owned_medium is not None else None),
        status="claimed" if _speaks_for(actors, claimant, actor) else "reported",
        period_start=mention.first if mention is not None else None,
        period_end=mention.last if mention is not None else None,
        period_days_stated=mark_value(days_span).days_stated if days_span is not None else None,
        figures=figures,
        places=places,
        spans=spans,
    )


def _civilian_toll(ctx: Context, drafts: list[Draft], start: int, end: int) -> None:
    """A monitor's toll told as civilian casualties ('civilian casualties passed 10,000 in 2017 … the mission
    documented 3,438 deaths and 7,015 injuries'): its casualty totals that name nobody count civilians. Only where
    no total of the claim names its victims already (a toll of all deaths beside its civilians keeps both)."""
    heads = [d for d in drafts if d.parent is None and d.measure in _CASUALTIES and d.number.start < end]
    if not heads or any("target" in d.facets for d in heads):
        return
    words = lowers(ctx.doc)[start:end]
    nouns = {*TOLL_NOUNS, "victims"}
    if any(w in ("civilian", "civilians") and words[i + 1 : i + 2] and words[i + 1] in nouns
           for i, w in enumerate(words)):
        for draft in heads:
            draft.facets["target"] = "civilians"


def _speaks_for(actors: ActorTable, claimant: str | None, actor: str | None) -> bool:
    """The claimant tells of its own side's operations: one actor, a group and its affiliate, or a state's
    government and that state's own forces (the government of Somalia on the Somali army's operations)."""
    if actors.same_side(claimant, actor):
        return True
    first, second = actors.actors.get(claimant or ""), actors.actors.get(actor or "")
    if first is None or second is None or first.kind != "state" or second.kind != "state":
        return False
    return bool(first.country) and first.country == second.country and "government" in (first.category,
                                                                                          second.category)


def _official(ctx: Context, actors: ActorTable, lo: int, hi: int) -> tuple[str, Span] | None:
    """The organisation of the person who tells the claim, where a person and not a party speaks ('…, Faisal said'
    after 'Javid Faisal, spokesman for the National Security Council'; 'Somalia's deputy information minister
    Abdi Adala said'): the organisation named where the person is introduced, resolved by the actor table (tried
    as written and with a country the claim's sentences name: 'the National Security Council' in a text about
    Afghan forces), or a country's government for a country's minister. Returns (canonical name, the name's span)."""
    doc = ctx.doc
    for token in doc[lo:hi]:
        if token.lower_ not in SPEECH_VERBS:
            continue
        name = _name_before(doc, token.i, lo) or _name_after(doc, token.i + 1, hi)
        if name is None:
            continue
        surname = name[-1].text
        for other in doc[: hi]:
            if other.text != surname or not other.is_title:
                continue
            found = _introduced_as(ctx, actors, other.i, lo, hi)
            if found is not None:
                return found, name
    return None


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MILITARY_OFFICE = {"army", "military", "defence", "defense", "armed", "command", "headquarters", "staff",
                    "troops", "general", "colonel", "brigadier", "maj-gen", "lieutenant", "commander"}
"""Words of a military office: such a voice speaks for the country's forces ('the defence spokesman', "Pakistan's
army", 'the military command')."""
_CIVIL_OFFICE = {"government", "ministry", "minister", "interior", "information", "council", "presidency",
                 "president", "cabinet", "governor", "office"}
"""Words of a civil office: such a voice speaks for the country's government ('Deputy Information Minister X',
'the national security council', "Somalia's interior ministry")."""
_OFFICE_HEADS = {"army", "military", "command", "headquarters", "ministry", "minister", "government", "council",
                 "presidency", "president", "cabinet", "governor", "spokesman", "spokesperson", "spokeswoman",
                 "staff", "office"}
"""The head noun of an office that speaks; at least one must be told."""
_OFFICE_VERBS = SPEECH_VERBS | {"claimed", "reported", "stated", "confirmed"}
_AUXILIARIES = {"had", "has", "have", "also", "then", "later", "earlier", *_WEEKDAYS}


def _office(ctx: Context, actors: ActorTable, lo: int, hi: int) -> tuple[str, Span] | None:
    """The body a nameless office or a person's office speaks for, where the actor table names no party there:
    "Pakistan's army said", 'Maj-Gen X, the defence spokesman, told reporters', 'Deputy Information Minister Y
    said', '…, the provincial government said'. The office is read in the words right before the speaking verb (an
    appositive's commas aside); its country from a possessive or demonym there, else from the first country the
    text names. A military office speaks for the country's forces, a civil one for its government. Returns
    (canonical name, the office's span)."""
    doc = ctx.doc
    for token in doc[lo:hi]:
        if token.lower_ not in _OFFICE_VERBS:
            continue
        sentence = ctx.sentences[ctx.sentence_of[token.i]]
        start = max(sentence.start, token.i - 10)
        stop = token.i
        if stop - 1 >= start and doc[stop - 1].text == ",":
            stop -= 1  # 'X, the defence spokesman, told': the appositive before the verb
        commas = [i for i in range(start, stop) if doc[i].text in (",", ";", "\u201d", '"')]
        if commas:
            start = commas[-1] + 1
        words = [t.lower_ for t in doc[start:stop]]
        heads = [i for i, w in enumerate(words) if w in _OFFICE_HEADS]
        if not heads or any(start <= s.start < stop for s in marks(doc, "actors")) or any(
                t.like_num for t in doc[start:stop]):
            continue
        # The office is the verb's subject: after its head noun only a person's name or an auxiliary ('Minister
        # Adala said', 'the ministry had said'); '17 attacks on army bases have been reported' names no speaker.
        if not all(t.is_title or t.lower_ in _AUXILIARIES or t.text == "." for t in doc[start + heads[-1] + 1 : stop]):
            continue
        if {"its", "their", "'s", "’s"} & set(words) and not _country_of(doc, start, stop):
            continue  # "the group's spokesman": a party's own voice, never a country's office
        country = _country_of(doc, start, stop) or _first_country(doc, 0, hi) or next(
            (mark_value(s).country for s in marks(doc, "actors") if lo <= s.start < hi and mark_value(s).country), None)
        # (no country named at all: 'the defence ministry said 86 Taliban were killed' - the ministry of the country
        # the party it speaks of fights in)
        if country is None:
            continue
        military = any(w in _MILITARY_OFFICE for w in words)
        found = actors.state_forces(country, "military" if military else "government")
        if found is not None:
            return found, doc[start:stop]
    return None


def _country_of(doc: Doc, start: int, stop: int) -> str | None:
    """The country code of a possessive country name or a demonym in ``[start, stop)`` ("Pakistan's", 'Somali')."""
    for token in doc[start:stop]:
        name = token.text
        if name in DEMONYMS:
            return DEMONYMS[name]
        if token.i + 1 < stop and doc[token.i + 1].text in ("'s", "’s"):
            demonym = _demonym(name)
            if demonym is not None:
                return DEMONYMS[demonym]
    return None


def _first_country(doc: Doc, start: int, stop: int) -> str | None:
    """The first country the text names in ``[start, stop)`` by a demonym or a country's name."""
    return next((code for token in doc[start:stop] if (code := _named_country(token)) is not None), None)


def _named_country(token: Token) -> str | None:
    """The country code of a demonym ('Somali') or a country's name ('Nigeria') as the token, else None."""
    if token.text in DEMONYMS:
        return DEMONYMS[token.text]
    # (pycountry also reads codes: 'In' would be India; only a name of four letters or more is a country)
    if token.is_title and len(token.text) >= 4 and not token.is_stop and (demonym := _demonym(token.text)):
        return DEMONYMS[demonym]
    return None


_OWN_FORCE_NOUNS = {"troops", "forces", "soldiers", "army", "military", "units", "fighters"}


def _own_forces(ctx: Context, actors: ActorTable, claimant: str, trigger: Span, drafts: list[Draft]) -> str | None:
    """The claimant's own forces as the claim's actor, where the count's subject is a force it does not name
    ('the army said troops killed 95 militants', 'the minister said security forces conducted 57 operations', 'our
    forces carried out'): a state speaks of its country's forces, a party of itself. None where another country's
    forces are meant ('Russian forces') or the claimant is no party."""
    speaker = actors.actors.get(claimant)
    own = [d for d in drafts if d.sentence == ctx.sentence_of[trigger.start]]
    if speaker is None or speaker.kind not in ("state", "group", "state-allied") or not own:
        return None
    if {d.facets.get("target") for d in drafts} & {claimant, _forces_of(actors, speaker)}:
        # ('the army said … forces violated the ceasefire 14 times, wounding 2 soldiers': it counts harm done to it)
        return None
    doc = ctx.doc
    words = doc[trigger.start : own[0].number.start]
    for token in words:
        if token.lower_ not in _OWN_FORCE_NOUNS:
            continue
        lead = doc[max(trigger.start, token.i - 3) : token.i]
        if any(t.lower_ in ("backed", "led", "allied", "aligned", "enemy") for t in lead) or any(
                _named_country(t) not in (None, speaker.country) for t in lead):
            return None  # 'Russian-backed forces', 'Russian troops': another side's forces
        if lead[-1:].text.lower() in ("against", "on", "targeting"):
            continue
        return _forces_of(actors, speaker)
    if _results_of_operations(trigger) and not any(t.lower_ == "by" for t in trigger):
        return _forces_of(actors, speaker)  # '86 Taliban were killed in operations, the defence ministry said'
    dead = [d for d in own if d.measure in _CASUALTIES and d.parent is None]
    if speaker.kind == "state" and dead and not any(t.lower_ == "by" for t in trigger) and all(
            (party := actors.actors.get(d.facets.get("target", ""))) is not None and party.kind == "group"
            for d in dead):
        # 'the defence ministry said 30 Taliban militants were killed in air strikes': a state counting an armed
        # group's dead, no one else named as the killer, counts its own forces' results.
        return _forces_of(actors, speaker)
    return None


def _forces_of(actors: ActorTable, speaker: Actor) -> str:
    """A party's own forces: itself, or a government's country's armed forces."""
    if speaker.kind != "state" or speaker.category == "military":
        return speaker.canonical
    return actors.state_forces(speaker.country) or speaker.canonical


def _owned_medium(ctx: Context, lo: int, hi: int) -> Span | None:
    """A medium the claimant publishes in, told by its kind rather than a name the actor table knows: 'the group's
    weekly newspaper', 'its press centre', 'a video released by the group' (the words after the possessive, up to
    the medium's noun)."""
    doc = ctx.doc
    lower = lowers(doc)
    # (a Token made only for the words that may be a medium's: the rest are read from the lower-case forms)
    for token in (doc[k] for k in range(lo, min(hi, len(lower))) if lower[k] in _MEDIUM_NOUNS):
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.lower_ == "weekly" and following is not None and following.is_alpha and (
                following.lower_ not in _MEDIUM_NOUNS | _MEDIUM_STOP):
            continue  # 'their weekly statement', 'its weekly al-Naba': an adjective of another noun
        start = token.i
        while start > lo and token.i - start < 6:
            word = doc[start - 1]
            named = word.lower_ in ("and", "of") and start - 2 >= lo and doc[start - 2].is_title
            if not named and (word.lower_ in _MEDIUM_OWNERS | _MEDIUM_STOP or word.lower_ in ("a", "an")
                              or word.like_num or (token.i - start >= 3 and not word.is_title)):
                break  # ('the organisation's Coordination and Military Operations center': a name of several words)
            start -= 1
        owner = doc[start - 1].lower_ if start > lo else ""
        end = token.i + 1
        while end < hi and end - token.i < 3 and doc[end].lower_ in _MEDIUM_NOUNS:
            end += 1  # 'its weekly bulletin', 'the group's radio station'
        # 'the press centre of the People's Defence Forces': the medium named before its owner
        owned_after = owner == "the" and end + 1 < hi and doc[end].lower_ == "of" and any(
            end < s.start <= end + 2 for s in party_mentions(doc, end, min(hi, end + 3)))
        if owner not in _MEDIUM_OWNERS and not owned_after and not (
                owner in ("a", "an") and token.lower_ == "video"):
            continue
        if any(s.start < end and start < s.end for s in marks(doc, "actors")):
            continue  # a party's or monitor's own name ('the UN refugee agency'), not a medium
        return doc[start:end]
    return None


def _name_before(doc: Doc, verb: int, lo: int) -> Span | None:
    """'Faisal said', 'Javid Faisal said', 'a spokesman …, Javid Faisal, said': one to three capitalised words
    right before the verb (or before the comma closing an appositive name), or None."""
    if verb - 2 >= lo and doc[verb - 1].text == "," and doc[verb - 2].is_title:
        verb -= 1
    start = verb
    while start > lo and verb - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha:
        start -= 1
    if start == verb or lowers(doc)[start] in _NOT_NAMES:
        return None
    return doc[start:verb]


def _name_after(doc: Doc, start: int, hi: int) -> Span | None:
    """'said Faisal': one to three capitalised words right after the verb, ending the clause, or None."""
    end = start
    while end < hi and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == start or lowers(doc)[start] in _NOT_NAMES or (end < hi and doc[end].is_alpha):
        return None
    return doc[start:end]


_NOT_NAMES = {"the", "he", "she", "it", "they", "on", "in", "last", "this", "officials", "sources", "police",
              *MONTHS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _introduced_as(ctx: Context, actors: ActorTable, at: int, lo: int, hi: int) -> str | None:
    """The organisation a person (whose surname is at ``at``) is introduced with: 'X, spokesman for the Y' after the
    name, or 'Y's spokesman X' / "Somalia's deputy minister X" before it."""
    doc = ctx.doc
    sentence = ctx.sentences[ctx.sentence_of[at]]
    after = doc[at + 1 : min(sentence.end, at + 12)]
    if after[:1].text == "," and any(t.lower_ in ROLE_NOUNS for t in after[:5]):
        for i, token in enumerate(after):
            if token.lower_ in ("for", "of", "at") and i < 6:
                found = _organisation(ctx, actors, token.i + 1, min(sentence.end, token.i + 8), lo, hi)
                if found is not None:
                    return found
    start = at
    while start > sentence.start and doc[start - 1].is_title and at - start < 3:
        start -= 1
    before = doc[max(sentence.start, start - 6) : start]
    if not any(t.lower_ in ROLE_NOUNS for t in before):
        return None
    for span in marks(doc, "actors"):
        if before.start <= span.start < before.end and mark_value(span).kind not in ("location",):
            return mark_value(span).owner if mark_value(span).kind == "media" else mark_value(span).canonical
    for token in before:
        if token.i + 1 < before.end and texts(doc)[token.i + 1] in ("'s", "’s"):
            demonym = _demonym(token.text)
            if demonym is not None:
                return actors.canonical(f"{demonym} government")
    return None


def _organisation(ctx: Context, actors: ActorTable, start: int, end: int, lo: int, hi: int) -> str | None:
    """The organisation named from ``start``: an actor mention, else capitalised words the table knows as written
    or with the demonym of a country the claim's sentences name ('Afghan' + 'National Security Council')."""
    doc = ctx.doc
    for span in marks(doc, "actors"):
        if start <= span.start < end and mark_value(span).kind not in ("location",):
            return mark_value(span).owner if mark_value(span).kind == "media" else mark_value(span).canonical
    while start < end and lowers(doc)[start] in ("the", "a", "an"):
        start += 1
    stop = start
    while stop < end and (doc[stop].is_title or (
            stop > start and lowers(doc)[stop] in ("of", "for", "and") and stop + 1 < end and doc[stop + 1].is_title)):
        stop += 1  # 'Ministry of Interior', 'Office for Security and Defence'
    if stop == start:
        return None
    name = doc[start:stop].text
    found = actors.canonical(name)
    if found is not None:
        return found
    demonyms = dict.fromkeys(t.text for t in doc[lo:hi] if t.text in DEMONYMS)
    return next((actors.canonical(f"{d} {name}") for d in demonyms if actors.canonical(f"{d} {name}")), None)


def _launcher(ctx: Context, actors: ActorTable, sentence: int) -> str | None:
    """The state forces of the country named right before a launch verb ('missiles Russia launched', 'Russian
    forces fired'), or None."""
    span = ctx.sentences[sentence]
    for token in span:
        if token.lower_ not in _LAUNCH_VERBS or token.i - 1 < span.start:
            continue
        demonym = _demonym(texts(ctx.doc)[token.i - 1])
        if demonym is not None:
            found = actors.canonical(f"{demonym} forces") or actors.canonical(f"{demonym} military")
            if found is not None:
                return found
    return None


def _demonym(name: str) -> str | None:
    """'Russian' for 'Russian' or 'Russia': a demonym as written, or the demonym of a country's name."""
    if name in DEMONYMS:
        return name
    try:
        code = pycountry.countries.lookup(_COUNTRY_NAMES.get(name, name)).alpha_2
    except LookupError:
        return None
    return next((d for d, c in DEMONYMS.items() if c == code and d[:1].isupper() and d[-1:].islower()), None)


_COUNTRY_NAMES = {"Russia": "Russian Federation", "Iran": "Iran, Islamic Republic of", "Syria": "Syrian Arab Republic",
                  "Turkey": "Türkiye", "North Korea": "Korea, Democratic People's Republic of"}
"""Country names as news writes them, where pycountry's lookup needs its own."""


def _reports_itself(ctx: Context, actor: Span, trigger: Span, drafts: list[Draft], lo: int, hi: int) -> bool:
    """A force that opens the claim as the subject of its own operations count, with nobody else named as the
    source ('The coalition conducted seven strikes in Iraq in September, killing 18 militants …'): the figures are
    that force's own (a third party's tally names its source: 'according to', 'reported', a monitor)."""
    own = [d for d in drafts if d.sentence == ctx.sentence_of[trigger.start]]
    if not own or own[0].measure != "operations" or mark_value(actor).kind not in ("state", "group", "state-allied"):
        return False
    if not (trigger.start <= actor.start < own[0].number.start) or actor.start - trigger.start > 3:
        return False
    words = set(lowers(ctx.doc)[lo:hi])
    # Any speaking verb left here has another speaker ('…, a government official said'): the party would have been
    # read as the claimant already had it spoken.
    return not words & _REPORTING_WORDS


def _first_person(ctx: Context, first: int, last: int) -> bool:
    """The claim's sentences speak in the first person plural ('our forces', 'we carried out')."""
    lower = lowers(ctx.doc)  # (the word list: no Token made per word)
    return any(not _FIRST_PERSON.isdisjoint(lower[s.start : s.end]) for s in ctx.sentences[first : last + 1])


_FIRST_PERSON = frozenset({"our", "we"})


def _source(ctx: Context, claim: Claim, outlet: str | None, actors: ActorTable) -> Source:
    """Who speaks for a claim: the outlet, and the claimant (or the medium that carried it) as the speaker."""
    kind, owner = outlet_kind(outlet, actors)
    span = claim.spans.get("medium") or claim.spans.get("claimant")
    speaker = actors.get(span.text) if span is not None else None
    speaker_kind = None
    if speaker is not None:
        speaker_kind = "monitor" if speaker.kind == "monitor" else "official" if speaker.kind in (
            *STATE_KINDS, "government") else "perpetrator_media"
        if speaker.kind == "media":
            owner_actor = actors.actors.get(speaker.owner or "")
            speaker_kind = "state_media" if owner_actor is not None and owner_actor.kind in (
                *STATE_KINDS, "government") else "perpetrator_media"
    return Source(outlet=outlet, outlet_kind=kind, speaker=speaker.canonical if speaker else None,
                  speaker_kind=speaker_kind, speaks_for=claim.claimant or owner, span=span)


def _credited_owner(ctx: Context, trigger: Span, targets: set[str]) -> Span | None:
    """The party a claim's sentence credits through its own medium before the count ('According to its weekly
    bulletin, al-Shabaab killed 46 soldiers', 'according to their statement, the rebels …'): the first party named
    after the phrase, not a target. A speaker in a later clause ('; the government said only 7 died') answers it."""
    doc = ctx.doc
    words = span_lowers(trigger)
    if "according" not in words:
        return None  # (the loop below looks for 'according to' only)
    for i in range(len(words) - 2):
        if words[i : i + 2] != ["according", "to"] or words[i + 2] not in _OWNERS:
            continue
        after = trigger.start + i + 3
        for span in party_mentions(doc, after, trigger.end):
            if mark_value(span).canonical not in targets and mention_role(doc, span.start) != "patient":
                return span
    return None


def _explicit_claimant(ctx: Context, lo: int, hi: int, targets: set[str],
                       opening: tuple[int, int] = (0, 0)) -> Span | None:
    """A group or force named as the subject of a claim verb: 'ISWAP claimed', 'the Islamic State group said'.

    A party that is also a target of the figures speaks only from the opening words of the claim's sentence,
    before its first count (``opening``: "Ukraine's military said Russian-backed forces … wounding 2 Ukrainian
    soldiers" - a side tells of the other side's attacks on it)."""
    doc = ctx.doc
    for span in marks(doc, "actors"):
        actor: Actor = mark_value(span)
        if not (lo <= span.start < hi) or actor.kind in NON_PERPETRATOR_KINDS or (
                actor.canonical in targets and not opening[0] <= span.start < opening[1]):
            continue
        # 'The Defence Headquarters (DHQ) has said': an acronym in brackets is skipped (read on the token's own
        # text: its lower-case form is never upper case).
        skip = ("(", ")", "group", "on", "has", "had", "also", "have", "the")
        after = _past_leader(doc, span.end, hi)  # 'coalition forces led by Saudi Arabia announced'
        lower, written = lowers(doc), texts(doc)
        words = [lower[k] for k in range(after, min(after + 5, hi, len(lower)))
                 if lower[k] not in skip and not written[k].isupper() and lower[k] not in _WEEKDAYS]
        if words[:1] and words[0] in CLAIM_VERBS - {"according"}:
            return span
    return None


def _past_leader(doc: Doc, end: int, hi: int) -> int:
    """The token after a leader or backer told right after a party's name ('forces led by Saudi Arabia', 'the
    militia backed by Iran'), or ``end`` where none is told."""
    if lowers(doc)[end : min(end + 2, hi)] not in (["led", "by"], ["backed", "by"]):
        return end
    i = end + 2 + (end + 2 < hi and doc[end + 2].lower_ == "the")
    start = i
    while i < hi and i - start < 3 and doc[i].is_title:
        i += 1
    return i if i > start else end


def _speaker(ctx: Context, lo: int, hi: int, targets: set[str]) -> Span | None:
    """An actor that claims, says or announces: the claimant when no outlet or monitor is named."""
    doc = ctx.doc
    for span in marks(doc, "actors"):
        if not (lo <= span.start < hi) or mark_value(span).canonical in targets:
            continue
        sentence = ctx.sentences[ctx.sentence_of[span.start]]
        window = doc[max(sentence.start, span.start - 3) : min(sentence.end, span.end + 4)]
        if any((t.lower_ in CLAIM_VERBS or t.lower_ in SPEAKER_ACTS) and not _has_subject(doc, t, span)
               for t in window):
            return span
    return None


def _has_subject(doc: Doc, verb: Token, span: Span) -> bool:
    """A speaking verb before the party with a subject of its own ("Iraq's interior ministry said Islamic State
    militants carried out …"): another voice speaks of the party. '…, said the Taliban' (punctuation before the
    verb), 'claimed by the group' and a party after 'according to' keep the party as the speaker."""
    if verb.i >= span.start or verb.lower_ == "according" or verb.i == 0 or doc[verb.i + 1].lower_ == "by":
        return False  # ('the toll claimed by the Islamic State': the party after 'by' speaks)
    before = doc[verb.i - 1]
    return before.is_alpha and before.lower_ not in ("has", "have", "had", "also", "and", "it", "they", "which",
                                                     "who", "to", "was", "were", "is")


_BODY_WORDS = {"government", "administration", "authorities", "leadership", "movement", "group"}
"""Words between a party's name and its possessive that name the party's own body ('the Taliban government's')."""
_VOICE_NOUNS = SPEAKER_NOUNS | ROLE_NOUNS | {"council", "committee", "directorate"}
"""What speaks for a party after its possessive: an office, a medium or a person's role ("the SDF's military
council", "the Houthis' leader", "the group's weekly newspaper")."""
_MEDIUM_NOUNS = {"newspaper", "newsletter", "weekly", "magazine", "bulletin", "video", "radio", "station", "channel",
                 "agency", "website", "centre", "center", "outlet", "broadcaster", "television", "tv", "infographic"}
"""Nouns of a medium a party publishes in: kept as the claim's medium where the actor table names no outlet."""
_MEDIUM_OWNERS = {"its", "their", "'s", "’s", "'", "’"}
_MEDIUM_STOP = {"said", "says", "reported", "announced", "published", "claimed", "stated", "tweeted", "on", "in", ",",
                "that", ".", "and", "of", "which"}
_OWNERS = {"its", "their"}
_OWNER_NOUNS = {"organization", "organisation", "group", "movement", "militia", "force", "forces", "army"}


def _according_to(ctx: Context, sentence: Span) -> Span | None:
    """The source the claim's own sentence credits: 'according to AFP', 'according to the Interior Ministry' (an
    actor mention where the table knows it, else the capitalised name as written), or None."""
    doc = ctx.doc
    for token in sentence[:-1]:
        if token.lower_ != "according" or lowers(doc)[token.i + 1] != "to":
            continue
        start = token.i + 2
        while start < sentence.end and lowers(doc)[start] in ("the", "a", "an"):
            start += 1
        stop = next((i for i in range(start, sentence.end) if texts(doc)[i] in BOUNDARY), sentence.end)
        for span in marks(doc, "actors"):
            # 'according to the November balance sheet announced by HPG': the party named in the phrase.
            if start <= span.start < stop and mark_value(span).kind not in ("location",):
                return span
        end = start
        while end < stop and (texts(doc)[end][:1].isupper() or texts(doc)[end] in ("-", "'s")) and end - start < 6:
            end += 1
        if end > start and (end == stop or not doc[end].is_alpha) and lowers(doc)[start] not in MONTHS:
            return doc[start:end]  # a source the table does not know, as written: 'according to AFP'
    return None


def _own_voice(ctx: Context, lo: int, hi: int, targets: set[str]) -> Span | None:
    """The party that speaks through its own office: 'the SDF carried out 12 operations …, its media centre said',
    'the organisation's operations centre tweeted' - the first party named in that sentence, not a target."""
    doc = ctx.doc
    for span in marks(doc, "actors"):
        # "The Houthis' military spokesman said", "the army's media office said": the owner of the voice.
        if not (lo <= span.start < hi) or mark_value(span).kind in NON_PERPETRATOR_KINDS or (
                mark_value(span).canonical in targets):
            continue
        after = lowers(doc)[span.end : min(hi, span.end + 6)]
        if after[:1] and after[0] in _BODY_WORDS:
            after = after[1:]  # "the Taliban government's interior ministry said": the party's body speaks for it
        if after[:1] in (["'s"], ["’s"], ["'"], ["’"]) and any(w in _VOICE_NOUNS for w in after[1:5]):
            return span
    for index in range(ctx.sentence_of[lo], ctx.sentence_of[max(lo, hi - 1)] + 1):
        sentence = ctx.sentences[index]
        lower = span_lowers(sentence)
        owned = [i for i, w in enumerate(lower) if w in _OWNERS or (
            w in ("'s", "’s") and i > 0 and lower[i - 1] in _OWNER_NOUNS)]
        if not any(w in SPEAKER_NOUNS for i in owned for w in lower[i + 1 : i + 7]):
            continue
        if not any(w in CLAIM_VERBS or w in SPEAKER_ACTS for w in lower):
            continue
        for span in marks(doc, "actors"):
            if (sentence.start <= span.start < sentence.end and mark_value(span).kind not in NON_PERPETRATOR_KINDS
                    and mark_value(span).canonical not in targets):
                return span
    return None


def _period(ctx: Context, first: int, lo: int, hi: int,
            skipped: set[int] | None = None) -> tuple[Span | None, Span | None]:
    """The claim's period and the span stating its length in days. Skipped: periods of figures compared with
    (``skipped`` starts), the time a report came out ('data released last week', 'published in March') and a
    'since' that tells history ('has stepped up its campaign since January')."""
    trigger = ctx.sentences[first]
    periods = [s for s in ctx.date_spans if lo <= s.start < hi and mark_value(s).kind != "date"
               and s.start not in (skipped or set())
               and not set(lowers(ctx.doc)[max(0, s.start - 2) : s.start]) & RELEASE_VERBS
               and not (mark_value(s).kind == "since" and _background(ctx, ctx.sentence_of[s.start]))]

    def rank(span: Span) -> tuple[int, int, int, int]:
        mention: DateMention = mark_value(span)
        in_trigger = 0 if trigger.start <= span.start < trigger.end else 1
        kind = 0 if mention.kind in PERIOD_KINDS_EXPLICIT else (1 if mention.first else 2)
        # 'a decline from the record-high figure in 2016', 'more than in 2019': a period the count is set against.
        lead = set(lowers(ctx.doc)[max(lo, span.start - 5) : span.start + 1])
        return int(bool(lead & COMPARED_PERIOD_CUES)), kind, in_trigger, abs(span.start - trigger.start)

    usable = [s for s in periods if mark_value(s).first is not None or mark_value(s).days_stated is not None]
    if not usable and (_results_of_operations(trigger) or _across_places(trigger)):
        # 'killed in operations carried out on Thursday', '5 killed nationwide on Wednesday': the results of one
        # day's operations, or one day's toll over a country, cover that day (never the day a speaker spoke).
        at = next((t.i for t in trigger if t.lower_ == "operations"), trigger.start)
        usable = [s for s in ctx.date_spans if at <= s.start < trigger.end and mark_value(s).kind == "date"
                  and mark_value(s).first is not None
                  and not {t.lower_ for t in ctx.doc[max(trigger.start, s.start - 3) : s.start]} & SPEECH_VERBS][:1]
    chosen = min(usable, key=rank) if usable else None
    chosen_period = None if chosen is not None and mark_value(chosen).first is None else chosen
    days = [s for s in periods if mark_value(s).days_stated is not None]
    days_span = min(days, key=lambda s: abs(s.start - trigger.start)) if days else None
    return chosen_period, days_span


def _figures(drafts: list[Draft]) -> list[Figure]:
    if len({d.country for d in drafts if d.country}) >= 2:
        # '38 operations in Syria': one country named is where the whole claim happens (the claim's country);
        # only counts for two countries or more ('17 in Iraq and 4 in Syria') are parts by country.
        for draft in drafts:
            if draft.country and "admin1" not in draft.facets:
                draft.facets["country"] = draft.country
    regional = [d for d in drafts if "region" in d.facets]
    if len(regional) == 1 and regional[0].parent is None and "admin1" not in regional[0].facets:
        # '390 attacks in northwestern Syria' and no other count by region: the region is where the whole claim
        # happens, not one part of a breakdown by region.
        regional[0].facets = {k: v for k, v in regional[0].facets.items() if k != "region"}
    opened = [d for d in drafts if d.measure == "operations" and d.parent is None]
    after = opened[0].number.doc[opened[0].number.end : opened[0].number.end + 4] if len(opened) == 1 else []
    if len(opened) == 1 and opened[0].facets.get("target") and not any(
            d.parent is opened[0] for d in drafts) and (opened[0].facets["target"][:1].isupper() or {
                t.lower_ for t in after} & AGAINST_WORDS):
        # '193 actions against the Turkish army', '12 operations against the Islamic State group': the one count of
        # operations, against the enemy it is always against, is the total, not a part by target ('targeted 193
        # ships' keeps what it counts; '163 operations against Israeli positions' is against the enemy too).
        opened[0].facets = {k: v for k, v in opened[0].facets.items() if k != "target"}
    figures: list[Figure] = []
    seen: set[tuple] = set()
    for draft in drafts:
        variants = [draft.facets]
        if "region" in draft.facets and "admin1" in draft.facets and draft.parent is None:
            # "a single operation in the southern region, specifically in Daraa": the region and, within it, Daraa.
            variants = [{k: v for k, v in draft.facets.items() if k != "admin1"}, draft.facets]
        for facets in variants:
            key = (draft.measure, draft.value, tuple(sorted(facets.items())))
            if key in seen:
                continue
            seen.add(key)
            figures.append(_figure(draft, facets))
    return figures


def _figure(draft: Draft, facets: dict[str, str]) -> Figure:
    tactic = facets.get("tactic")
    event_type = sub_event_type = None
    if tactic:
        category = target_category_for_term(facets.get("target", "")) if facets.get("target") else None
        # A kind of missile is classed as the rocket tactic it refines.
        event_type, sub_event_type = acled_class("rocket" if tactic in MISSILE_KINDS.values() else tactic, category)
    number = draft.number
    # (the record read from the word offsets: no Span made for the figure's words)
    span = token_span_record(number.doc, number.start, max(draft.window_end, number.end))
    return Figure(
        measure=draft.measure,
        value=draft.value,
        event_type=event_type,
        sub_event_type=sub_event_type,
        tactic=tactic,
        target=facets.get("target"),
        region=facets.get("region"),
        admin1=facets.get("admin1"),
        item=facets.get("item"),
        month=facets.get("month"),
        country=facets.get("country"),
        label=draft.label or None,
        partial=draft.partial,
        span=span,
    )




def _claim_id(document_id: str, index: int) -> str:
    return hashlib.sha256(f"{document_id}:claim:{index}".encode()).hexdigest()[:16]


# Word-set unions read per count, per block or per claim, made once when the module loads (constants).
_KILL_OR_WOUND = KILL | WOUND
_CASUALTIES_OR_CAPTURED = _CASUALTIES | {"captured"}
_DOWN_OR_DESTROY = DOWN_VERBS | DESTROY
_CLAIM_OR_SOURCE_WORDS = CLAIM_VERBS | SOURCE_WORDS
_COUNTER_OR_ANSWER_CUES = COUNTER_CUES | ANSWER_CUES
_REPORTING_WORDS = {"according", "reporting", "monitor", "tally"} | CLAIM_VERBS | SPEAKER_ACTS | SOURCE_WORDS
