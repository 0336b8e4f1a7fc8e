"""How consistently ACLED codes (near-)identical notes: a measured ceiling for any text-only system (issue 8).

A system that reads only a note's text gives one answer per text. Where two coded rows share a text but not a label,
one of them is wrong whatever the system does: over a group of rows with the same text, the best any function of
the text can score is the group's majority label (:func:`majority`). Summed over groups, that is the ceiling on those
rows, and the shortfall (rows minus majority) is error no text-only system can avoid on the whole data either.

Four levels, each coarser than the one before (a group at one level lies inside a group at the next):

``exact``
    the cleaned note (:func:`sitrep.learn.data.clean_note`: template tags already gone) with case and whitespace
    normalised (:func:`normalise`). A strict bound: two rows here have the same words.
``masked``
    digits, day and month names and a leading date clause masked (:func:`mask`): the parts that tell *when* and
    *how many*, which no ACLED definition types an event by. Names and every other word stay: a name can decide the
    type ("police" vs "a villager"). A bound for any system that ignores dates and numbers.
``place``
    masked notes with the row's own place names (its ``location`` and ``admin1``-``admin3`` columns) masked too
    (:func:`place_keys`): *where* is as incidental as *when*, and ACLED repeats one report's note for each place it
    codes. Only the row's own places are masked, from its columns, so no other name (an actor's) is touched.
``near``
    place-masked notes within a small edit distance (:func:`near_groups`: character similarity >= 95 within blocks
    sharing their first 20 characters). Not a bound: a few characters can change a word that decides the type
    ("… killed by kidnappers" vs "… killed"), so disagreement here is an upper estimate of inconsistency.

Rows sharing a text are not always contradictions: ACLED often codes one report as several events (a rocket salvo
and its interception, a protest and the arrests after it) and repeats the note on each row. Those rows fall on one
day in one country (:func:`group_split`'s ``one day``); rows of several days or countries are distinct events worded
alike. For a one-label-per-text score (the leave-one-country-out figures) both cost the same.

Everything here is a pure function of rows (:class:`~sitrep.learn.data.TrainRow`, with ``extra`` read with the
columns of :data:`EXTRA_COLUMNS`); ``benchmarks/bench_label_agreement.py`` prints the table.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sitrep.learn.data import TrainRow

__all__ = [
    "LEVELS",
    "Agreement",
    "agreement",
    "choose_scored",
    "country_bounds",
    "exact_groups",
    "group_split",
    "groups_by_key",
    "majority",
    "mask",
    "mask_places",
    "near_groups",
    "normalise",
    "place_keys",
    "place_names",
    "unavoidable",
]

LEVELS = ("exact", "masked", "place", "near")
EXTRA_COLUMNS = ("year", "event_date", "location", "admin1", "admin2", "admin3")
"""The columns besides note and labels the statistics read (``read_training(..., extra=EXTRA_COLUMNS)``)."""
PLACE_COLUMNS = ("location", "admin1", "admin2", "admin3")

_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+(?:st|nd|rd|th)?\b|\d+")
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_MONTH_WORDS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTH = re.compile(rf"(?<=# ){_MONTH_WORDS}\b\.?|\b{_MONTH_WORDS}\b\.?(?=,? #)")
"""A month's name only beside a (masked) number: "5 May", "May 5", "May, 2020". Alone, "may" and "march" are as
often a verb ("protesters may march"), which must stay."""
_DATE_WORDS = frozenset((
    "on", "in", "at", "around", "about", "approximately", "between", "and", "from", "to", "until", "till", "through",
    "of", "the", "or", "night", "nights", "morning", "evening", "afternoon", "dawn", "midnight", "early", "late",
    "overnight", "weekend", "week", "weeks", "day", "days", "hours", "last",
))
"""Words a leading date clause is made of besides the masked numbers and names: "On the night of # @,",
"Between # and # @ #,", "On or around # @,"."""


def normalise(text: str) -> str:
    """``text`` lower-cased with runs of whitespace as one space: what two copies of a note differ by when a source
    re-typed or re-wrapped it."""
    return _SPACE.sub(" ", text.lower()).strip()


def mask(text: str) -> str:
    """:func:`normalise`'s text with the incidental parts masked: numbers (and ordinals) as ``#``, day names and
    month names beside a number as ``@``, and a leading date clause ("On # @ #, …", "On the night of # @, …")
    dropped, so that two notes that differ only by when or how many fall together. Names and every other word
    stay: who acted on whom decides the type."""
    text = _DIGITS.sub("#", normalise(text))
    text = _WEEKDAY.sub("@", text)
    if "#" in text:  # cheap test first: a month name is masked only beside a number
        text = _MONTH.sub("@", text)
    head, comma, rest = text.partition(",")
    if comma and len(head) <= 60 and ("#" in head or "@" in head):
        words = [w.strip(".-/") for w in head.split()]
        if all(w in _DATE_WORDS or set(w) <= set("#@-/") for w in words if w):
            text = rest.strip()
    return text


def place_names(row: TrainRow) -> set[str]:
    """The row's own place names (:data:`PLACE_COLUMNS`), normalised, of 3+ characters."""
    return {name for column in PLACE_COLUMNS if len(name := normalise(row.extra.get(column, ""))) >= 3}


def mask_places(masked: str, names: Iterable[str]) -> str:
    """:func:`mask`'s text with ``names`` (places: :func:`place_names`) as ``%``, whole words only, longest first
    ("kano state" before "kano"): the same report coded for two villages reads alike here. Names of other places
    and of actors stay."""
    for name in sorted(names, key=lambda n: (-len(n), n)):
        if name in masked:  # cheap test first: the pattern runs only where the name occurs
            masked = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", "%", masked)
    return masked


def place_keys(rows: Sequence[TrainRow], masked: Sequence[str]) -> list[str]:
    """Each row's ``place`` key: its masked note with the place names of EVERY row sharing that masked note masked
    (one report coded at Kano and at Lagos names both; masking only each row's own would part the two rows), so
    that rows together at the ``masked`` level stay together here."""
    names: dict[str, set[str]] = defaultdict(set)
    for row, text in zip(rows, masked, strict=True):
        names[text] |= place_names(row)
    return [mask_places(text, names[text]) for text in masked]


def groups_by_key(keys: Sequence[str]) -> list[list[int]]:
    """Row indices sharing a key, for keys with two or more rows (a single row agrees with itself and says nothing
    about consistency), in order of first appearance."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        by_key[key].append(i)
    return [idx for idx in by_key.values() if len(idx) >= 2]


def exact_groups(texts: Sequence[str]) -> list[list[int]]:
    """Groups of rows whose cleaned notes are identical up to case and whitespace."""
    return groups_by_key([normalise(t) for t in texts])


def near_groups(masked: Sequence[str], *, threshold: float = 95.0, block: int = 20) -> list[list[int]]:
    """Groups of rows whose masked notes are near-identical: character similarity (``rapidfuzz.fuzz.ratio``, an
    edit-distance ratio) of ``threshold``+ with another note of the group, among notes sharing their first
    ``block`` characters (comparing every pair of 80,000 notes would take hours; a near copy of a note nearly
    always starts like it, so the blocks miss few and the estimate errs low).

    The ratio reads characters in order: a word-order-blind score (token_sort_ratio) would take "police attacked
    protesters" for "protesters attacked police". Groups are joined through any near pair (single link), and equal
    keys always fall together, so a group of the level the keys come from (``place``) lies inside one group here."""
    import numpy as np
    from rapidfuzz import fuzz, process

    unique = list(dict.fromkeys(masked))
    parent = list(range(len(unique)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    blocks: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(unique):
        blocks[text[:block]].append(i)
    for members in blocks.values():
        if len(members) < 2:
            continue
        texts = [unique[i] for i in members]
        scores = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=threshold, dtype=np.uint8, workers=1)
        for a, b in zip(*np.nonzero(np.triu(scores, 1)), strict=True):
            ra, rb = root(members[a]), root(members[b])
            if ra != rb:
                parent[ra] = rb
    index = {text: i for i, text in enumerate(unique)}
    return groups_by_key([str(root(index[text])) for text in masked])


def majority(labels: Iterable[str]) -> int:
    """How many of ``labels`` the most common one has: the most a single answer for their shared text gets right."""
    counts = Counter(labels)
    return max(counts.values()) if counts else 0


def group_split(rows: Sequence[TrainRow], group: Sequence[int], test: Collection[str] = ()) -> dict[str, str]:
    """Where one group's rows come from, per split: ``country`` (one country / several countries), ``year`` (one
    year / several years), ``day`` (one day: every row in one country on one event date, most often one report
    coded as several events / several days: distinct events worded alike) and ``fold`` (test countries: every row
    in one of ``test``, the held-out countries, counted but never read / other countries: none / mixed). A
    row without a year or date counts as its own."""
    countries = {rows[i].group for i in group}
    years = {rows[i].extra.get("year") or f"?{i}" for i in group}
    days = {(rows[i].group, rows[i].extra.get("event_date") or f"?{i}") for i in group}
    in_test = {country in test for country in countries}
    return {
        "fold": "mixed" if len(in_test) > 1 else "test countries" if True in in_test else "other countries",
        "country": "one country" if len(countries) == 1 else "several countries",
        "year": "one year" if len(years) == 1 else "several years",
        "day": "one day" if len(days) == 1 else "several days",
    }


@dataclass
class Agreement:
    """One head's agreement over a set of groups: groups and rows (those with a label), groups whose labels
    disagree, the majority count (the ceiling's numerator) and, on the rows the rules were run over
    (``scored``), the majority count there and the rules' hits."""

    groups: int = 0
    rows: int = 0
    disagreeing: int = 0
    majority: int = 0
    scored: int = 0
    scored_majority: int = 0
    rules_hits: int = 0

    @property
    def disagreement(self) -> float | None:
        """The share of groups whose rows carry more than one label."""
        return self.disagreeing / self.groups if self.groups else None

    @property
    def ceiling(self) -> float | None:
        """The best accuracy any function of the grouped text reaches on these rows (the majority label)."""
        return self.majority / self.rows if self.rows else None

    @property
    def scored_ceiling(self) -> float | None:
        return self.scored_majority / self.scored if self.scored else None

    @property
    def rules(self) -> float | None:
        """The rules' accuracy on the scored rows (no event: a miss, as in leave-one-country-out)."""
        return self.rules_hits / self.scored if self.scored else None


def agreement(
    rows: Sequence[TrainRow],
    groups: Iterable[Sequence[int]],
    head: str,
    *,
    predicted: Mapping[str, str | None] | None = None,
) -> Agreement:
    """The agreement of ``head``'s labels over ``groups``: only rows with that label count, and a group with fewer
    than two of them is left out. ``predicted``: the rules' answer by row text; a group is scored when every one of
    its rows has one there (the rules were run over whole groups, so the ceiling and the rules compare on the same
    rows)."""
    result = Agreement()
    for group in groups:
        labelled = [i for i in group if head in rows[i].labels]
        if len(labelled) < 2:
            continue
        labels = [rows[i].labels[head] for i in labelled]
        top = majority(labels)
        result.groups += 1
        result.rows += len(labelled)
        result.disagreeing += len(set(labels)) > 1
        result.majority += top
        if predicted is not None and all(rows[i].text in predicted for i in labelled):
            result.scored += len(labelled)
            result.scored_majority += top
            result.rules_hits += sum(predicted[rows[i].text] == rows[i].labels[head] for i in labelled)
    return result


def unavoidable(rows: Sequence[TrainRow], groups: Iterable[Sequence[int]], head: str,
                by: Callable[[TrainRow], str] | None = None) -> Counter[str]:
    """Errors no text-only system avoids, per value of ``by`` (default: one total under ``""``): in each group,
    the rows that are not the majority label. With ``by`` (a row's country), the majority is taken among the
    group's rows of that value only: the bound for a system scored on that country alone, however it was made."""
    errors: Counter[str] = Counter()
    for group in groups:
        parts: dict[str, list[str]] = defaultdict(list)
        for i in group:
            if head in rows[i].labels:
                parts[by(rows[i]) if by else ""].append(rows[i].labels[head])
        for key, labels in parts.items():
            if len(labels) >= 2:
                errors[key] += len(labels) - majority(labels)
    return errors


def country_bounds(rows: Sequence[TrainRow], groups: Iterable[Sequence[int]], head: str) -> dict[str, float]:
    """Per country, the best accuracy on all its labelled rows that the unavoidable errors within it allow: 1 minus
    :func:`unavoidable` (by country) over the country's rows with the label."""
    totals = Counter(row.group for row in rows if head in row.labels)
    errors = unavoidable(rows, groups, head, by=lambda row: row.group)
    return {country: 1 - errors[country] / n for country, n in totals.items()}


def choose_scored(texts: Sequence[str], levels: Sequence[Sequence[Sequence[int]]], budget: int,
                  seed: int = 13) -> set[str]:
    """The texts to run the rules over: whole groups, the finest level's first (in a seeded random order), while
    the distinct texts stay within ``budget`` (the rules are the slow part; a few thousand texts take minutes)."""
    chosen: set[str] = set()
    for groups in levels:
        order = list(groups)
        random.Random(seed).shuffle(order)
        for group in order:
            new = {texts[i] for i in group} - chosen
            if len(chosen) + len(new) <= budget:
                chosen |= new
    return chosen
