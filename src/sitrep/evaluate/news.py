"""Score extraction, attribution, claims and linking on the real-news development set (``../shared/data/news/``).

    >>> from sitrep.evaluate.news import evaluate_news, read_news
    >>> report = evaluate_news(read_news("../shared/data/news"))          # doctest: +SKIP
    >>> print(report.table()); print(report.misses())                    # doctest: +SKIP

Each text becomes a Document as ``sitrep ingest`` would read the file (line 1 the title, the body after the blank
line, ``published`` from the index) and goes through the public API, :func:`sitrep.api.extract`, with the extractor
the caller passes (so a model variant is scored the same way). What counts as a match is stated in
:mod:`sitrep.evaluate.news_match`; the scoring rules:

* **Incidents.** Main and secondary gold incidents count for recall; an event matched to an ``optional`` one is
  neither a hit nor a false positive. Precision = hits / (events − events matched to optional incidents). False
  positives are also given per text kind (non-event and aggregate texts should have none).
* **Fields** are scored on events matched to main/secondary incidents, each only where the gold states it: event
  and sub-event type, actor1 (an event without one counts as unidentified), actor2, date (the event's first day is
  one of the gold days, or inside a gold month), admin1 (the chosen place's ISO code), killed and wounded (where the
  gold lists a number; no count reads as 0), status, and **attribution**: gold ``claimed_by`` against the event's
  claimant (both none, or the same actor).
* **Claimed where nobody claimed**: matched events (any role) labelled claimed — status ``claimed`` or a claimant
  named — where the gold has no ``claimed_by`` and no ``claimed`` status. The target is zero.
* **Claims.** Found = gold claims matched; claimant and status on matched claims; figures over all gold figures
  (a missed claim's figures are missed), one-to-one, measure+value and measure+value+facet. Extracted claims on
  texts with no gold claim are *invented*; unmatched ones on texts with gold claims are *extra*.
* **Linking.** Every extraction is saved to a temporary in-memory :class:`~sitrep.store.Store` and linked by
  :func:`~sitrep.analyze.linking.link_events`, the code ``sitrep ingest`` runs. A same-incident pair is two texts
  carrying a main/secondary incident with the same gold id (the set id); it is linked when an event of each, matched
  to that incident, has one ``incident_id``. A wrong merge is two events of different texts matched to different
  gold incidents with one ``incident_id``; the README's near-miss pairs are reported by name.
"""

from __future__ import annotations

import functools
import itertools
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from sitrep import api
from sitrep.analyze.linking import link_events
from sitrep.errors import SitrepError
from sitrep.evaluate.news_gold import GoldClaim, GoldIncident, NewsText, default_news_dir, read_news
from sitrep.evaluate.news_match import NewsMatcher, best_pairs, count_value
from sitrep.evaluate.news_report import FIELD_NAMES, FileResult, NewsReport, Share
from sitrep.ingest import document_from_text
from sitrep.model import Claim, Document, Event, Extraction, Figure
from sitrep.store import Store

__all__ = ["NEAR_MISSES", "Linker", "NewsExtractFn", "default_news_dir", "document_for", "evaluate_news", "read_news",
           "store_linker"]

NewsExtractFn = Callable[[Document], Extraction]
"""What is scored: a Document in, an Extraction out — :func:`sitrep.api.extract` with an extractor bound."""

NEAR_MISSES: dict[str, tuple[str, str]] = {
    "NM-A": ("066", "S04_AFG_KABUL_SHASHDARAK_20180224"),
    "NM-B": ("067", "S03_AFG_FARAH_BALABULUK_20180224"),
    "NM-C": ("068", "S06_YEM_MARIB_JUBAH_20211028"),
    "NM-D": ("S01_YEM_ADEN_20180224", "S04_AFG_KABUL_SHASHDARAK_20180224"),
}
"""The set's near-miss pairs (its README): each side a gold incident id, or a file number standing for that
file's main incidents. Merging the two sides is a wrong merge."""


def document_for(text: NewsText) -> Document:
    """The Document ``sitrep ingest`` makes of the file: title apart, body as text, index metadata kept."""
    return document_from_text(text.body, title=text.title or None, url=text.url, source=text.source,
                              published=text.published, path=text.file)


Linker = Callable[[list[Extraction]], dict[str, "str | None"]]
"""Extractions in, event id → incident id out."""


def store_linker(extractions: list[Extraction]) -> dict[str, str | None]:
    """What ``sitrep ingest`` does: save every extraction to a temporary in-memory store, link, read the ids back."""
    store = Store(":memory:")
    try:
        for extraction in extractions:
            store.save(extraction)
        link_events(store)
        return {event.id: event.incident_id for event in store.events()}
    finally:
        store.close()


def evaluate_news(texts: Iterable[NewsText], extract_fn: NewsExtractFn | None = None, *,
                  matcher: NewsMatcher | None = None, link: bool = True, linker: Linker = store_linker,
                  clock: Callable[[], float] = time.perf_counter) -> NewsReport:
    """Run ``extract_fn`` (default: ``sitrep.api.extract`` with the default extractor) on every text and score it.

    An extraction error is kept in the report and the text scored as yielding nothing. With ``link``, the
    extractions are linked by ``linker`` (default :func:`store_linker`) and the pairs scored.
    """
    extract_fn = extract_fn or functools.partial(api.extract, extractor=api.default_extractor())
    matcher = matcher or NewsMatcher()
    report = NewsReport()
    extractions: list[Extraction] = []
    matched: dict[str, tuple[str, GoldIncident]] = {}
    all_texts = list(texts)
    for text in all_texts:
        started = clock()
        extraction: Extraction | None = None
        try:
            extraction = extract_fn(document_for(text))
        except SitrepError as error:  # kept and scored as nothing extracted, never silently dropped
            report.errors.append({"file": text.file, "reason": str(error)})
        report.extract_seconds += clock() - started
        events = list(extraction.events) if extraction is not None else []
        claims = list(extraction.claims) if extraction is not None else []
        if extraction is not None:
            extractions.append(extraction)
        result = FileResult(text.file, text.kind, len(events), sum(g.counted for g in text.incidents), len(claims),
                            len(text.claims))
        report.texts += 1
        for event, gold in _score_incidents(report, result, text, events, matcher):
            matched[event.id] = (text.file, gold)
        _score_claims(report, result, text, claims, matcher)
        report.files.append(result)
    if link:
        try:
            _score_linking(report, all_texts, linker(extractions), matched)
        except SitrepError as error:
            report.linking_error = str(error)
    return report


# --- incidents ------------------------------------------------------------------------------------------------


def _score_incidents(report: NewsReport, result: FileResult, text: NewsText, events: list[Event],
                     matcher: NewsMatcher) -> list[tuple[Event, GoldIncident]]:
    golds = list(text.incidents)
    pairs = best_pairs(golds, events, matcher.incident_score, prefer=lambda g: 0 if g.counted else 1)
    report.extracted_events += len(events)
    report.gold_incidents += sum(g.counted for g in golds)
    report.gold_optional += sum(not g.counted for g in golds)
    by_gold = {i: j for i, j in pairs}
    matched_events = {j for _, j in pairs}
    out = []
    for i, gold in enumerate(golds):
        j = by_gold.get(i)
        if j is None:
            if gold.counted:
                result.lines.append(f"MISSED {gold.summary()}")
            continue
        event = events[j]
        out.append((event, gold))
        if _labelled_claimed(event) and gold.claimed_by is None and "claimed" not in gold.status:
            report.claimed_where_nobody_claimed += 1
            result.lines.append(f"CLAIMED-NOBODY {gold.id}: event says {event.status}, claimant "
                                f"{event.claimant or '-'}; the gold has no claim")
        if gold.counted:
            report.matched += 1
            _score_fields(report, result, gold, event, matcher)
        else:
            report.matched_optional += 1
    fps = [event for j, event in enumerate(events) if j not in matched_events]
    report.false_positives += len(fps)
    share = report.false_positives_by_kind.setdefault(text.kind or "?", Share())
    share.total += 1
    share.hits += len(fps)
    result.lines += [f"EXTRA  {_event_summary(event)}" for event in fps]
    return out


def _labelled_claimed(event: Event) -> bool:
    return event.status == "claimed" or event.claimant is not None


def _score_fields(report: NewsReport, result: FileResult, gold: GoldIncident, event: Event,
                  matcher: NewsMatcher) -> None:
    place = event.place
    killed, wounded = count_value(event.killed), count_value(event.wounded)
    checks: list[tuple[str, bool, Any, Any]] = [
        ("event_type", event.event_type in gold.event_type, gold.event_type, event.event_type),
        ("sub_event_type", event.sub_event_type in gold.sub_event_type, gold.sub_event_type, event.sub_event_type),
        ("actor1", matcher.actor_in(gold.actor1, event.actor1), gold.actor1, event.actor1),
        ("status", event.status in gold.status, gold.status, event.status),
        ("attribution", _attribution_ok(gold, event, matcher), gold.claimed_by, event.claimant),
    ]
    if gold.actor2:
        hit = event.actor2 is not None and any(matcher.same_actor(a, event.actor2) for a in gold.actor2)
        checks.append(("actor2", hit, gold.actor2, event.actor2))
    if any(gold.date):
        start = event.date_start
        hit = start is not None and matcher.day_ok(gold, start)
        checks.append(("date", hit, gold.date, start.isoformat() if start else None))
    if any(gold.admin1):
        code = place.admin1_code if place is not None else None
        checks.append(("admin1", code in gold.admin1, gold.admin1, code))
    for name, value, accepted in (("killed", killed, gold.killed), ("wounded", wounded, gold.wounded)):
        if any(v is not None for v in accepted):
            checks.append((name, (0 if value is None else value) in accepted, accepted, value))
    for name, hit, want, got in sorted(checks, key=lambda c: FIELD_NAMES.index(c[0])):
        report.fields[name].add(hit)
        if not hit:
            want_text = "|".join("?" if w is None else str(w) for w in want) if isinstance(want, tuple) else want
            shown = "-" if got is None else got
            result.lines.append(f"FIELD  {gold.id} {name}: want {want_text or '-'}, got {shown}")


def _attribution_ok(gold: GoldIncident, event: Event, matcher: NewsMatcher) -> bool:
    if gold.claimed_by is None or event.claimant is None:
        return gold.claimed_by is None and event.claimant is None
    return matcher.same_actor(gold.claimed_by, event.claimant)


def _event_summary(event: Event) -> str:
    place = event.place
    where = (place.admin1_code or place.name) if place is not None else "-"
    span = event.spans.get("event")
    quote = f' "{" ".join(span.text.split())[:110]}"' if span is not None else ""
    return (f"{event.event_type or '-'}/{event.sub_event_type or '-'}; actor1 {event.actor1 or '-'}; "
            f"date {event.date_start or '-'}; place {where}; killed {_show(count_value(event.killed))}; "
            f"status {event.status}{'; claimant ' + event.claimant if event.claimant else ''}{quote}")


def _show(value: int | None) -> str:
    return "-" if value is None else str(value)


# --- claims ---------------------------------------------------------------------------------------------------


def _score_claims(report: NewsReport, result: FileResult, text: NewsText, claims: list[Claim],
                  matcher: NewsMatcher) -> None:
    golds = list(text.claims)
    report.gold_claims += len(golds)
    report.extracted_claims += len(claims)
    report.gold_figures += sum(len(g.figures) for g in golds)
    pairs = dict(best_pairs(golds, claims, matcher.claim_score))
    for i, gold in enumerate(golds):
        j = pairs.get(i)
        if j is None:
            result.lines.append(f"CLAIM MISSED {gold.summary()}")
            continue
        claim = claims[j]
        report.claims_found += 1
        claimant, status = matcher.claimant_ok(gold, claim), claim.status == gold.status
        report.claimant.add(claimant)
        report.claim_status.add(status)
        report.claimant_and_status.add(claimant and status)
        if not claimant:
            result.lines.append(f"CLAIM  {gold.claimant}: claimant want {gold.claimant} (actor {gold.actor}), "
                                f"got {claim.claimant or '-'}")
        if not status:
            result.lines.append(f"CLAIM  {gold.claimant}: status want {gold.status}, got {claim.status}")
        _score_figures(report, result, gold, claim, matcher)
    for j, claim in enumerate(claims):
        if j in pairs.values():
            continue
        if golds:
            report.claims_extra += 1
            result.lines.append(f"CLAIM EXTRA {_claim_summary(claim)}")
        else:
            report.claims_invented += 1
            result.lines.append(f"CLAIM INVENTED {_claim_summary(claim)}")


def _score_figures(report: NewsReport, result: FileResult, gold: GoldClaim, claim: Claim,
                   matcher: NewsMatcher) -> None:
    """One-to-one: facet-right figures are paired first, then figures right in measure and value only."""
    used: set[int] = set()
    right: set[int] = set()
    for i, want in enumerate(gold.figures):
        for j, got in enumerate(claim.figures):
            if j not in used and matcher.figure_ok(want, got):
                used.add(j)
                right.add(i)
                break
    value_only: dict[int, Figure] = {}
    for i, want in enumerate(gold.figures):
        if i in right:
            continue
        for j, got in enumerate(claim.figures):
            if j not in used and got.measure == want.measure and got.value == want.value:
                used.add(j)
                value_only[i] = got
                break
    report.figures_facet += len(right)
    report.figures_found += len(right) + len(value_only)
    for i, want in enumerate(gold.figures):
        if i in right:
            continue
        wanted = f"{want.measure} {want.value} [{want.facet or 'total'}]"
        got = value_only.get(i)
        found = f"got [{_facet(got)}]" if got is not None else "not found"
        result.lines.append(f"FIGURE {gold.claimant}: want {wanted}, {found}")


def _facet(figure: Figure) -> str:
    month = figure.month
    parts = [figure.admin1_code or figure.admin1, figure.region and f"region:{figure.region}",
             figure.target and f"target:{figure.target}", figure.tactic and f"tactic:{figure.tactic}",
             month and f"month:{month}"]
    return ", ".join(p for p in parts if p) or "total"


def _claim_summary(claim: Claim) -> str:
    figures = ", ".join(f"{f.measure} {f.value} [{_facet(f)}]" for f in claim.figures)
    return (f"{claim.claimant or '-'} (actor {claim.actor or '-'}, {claim.status}) "
            f"{claim.period_start or '?'}..{claim.period_end or '?'}: {figures}")


# --- linking --------------------------------------------------------------------------------------------------


def _score_linking(report: NewsReport, texts: list[NewsText], incident_of: dict[str, str | None],
                   matched: dict[str, tuple[str, GoldIncident]]) -> None:
    # gold id → file → incidents its matched events were put in (empty where none was matched)
    placed: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for text in texts:
        for gold in text.incidents:
            if gold.counted:
                placed[gold.id].setdefault(text.file, set())
    members: dict[str, list[tuple[str, str]]] = defaultdict(list)  # incident → (file, gold id)
    for event_id, (file, gold) in matched.items():
        incident = incident_of.get(event_id)
        if incident is None:
            continue
        members[incident].append((file, gold.id))
        if gold.counted:
            placed[gold.id][file].add(incident)
    for gold_id, files in placed.items():
        for first, second in itertools.combinations(sorted(files), 2):
            both = bool(files[first]) and bool(files[second])
            linked = bool(files[first] & files[second])
            report.pairs.add(linked)
            report.pairs_both_found += both
            if not linked:
                report.unlinked_pairs.append({"incident": gold_id, "files": [first, second], "both_found": both})
    seen = set()
    for incident, items in sorted(members.items()):
        for (file_a, gold_a), (file_b, gold_b) in itertools.combinations(sorted(set(items)), 2):
            key = (file_a, gold_a, file_b, gold_b)
            if file_a != file_b and gold_a != gold_b and key not in seen:
                seen.add(key)
                report.wrong_merges.append({"incident": incident, "files": [file_a, file_b],
                                            "gold": [gold_a, gold_b]})
    mains = {text.file[:3]: {g.id for g in text.incidents if g.role == "main"} for text in texts}
    for name, (side_a, side_b) in NEAR_MISSES.items():
        ids_a, ids_b = mains.get(side_a, {side_a}), mains.get(side_b, {side_b})
        in_a = {i for i, items in members.items() if any(g in ids_a for _, g in items)}
        in_b = {i for i, items in members.items() if any(g in ids_b for _, g in items)}
        if not any(gold.id in ids_a | ids_b for text in texts for gold in text.incidents):
            continue  # a set without these texts
        report.near_misses[name] = bool(in_a & in_b) if in_a and in_b else None
