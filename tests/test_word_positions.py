"""The word-position shortcuts of the extraction pipeline (issue 14): the phrase tables, the number reader and the
region reader visit only the places of the words a match can start with, and the claims stage makes its maps of
marks only when it reads counts. Each shortcut finds exactly what a walk over every word finds."""

from __future__ import annotations

import random

import pytest

from sitrep import api
from sitrep.extract import claims
from sitrep.extract.pipeline import PhraseTable, _positions, lowers, run, texts, word_set

TEXT = ("Gunmen from al-Shabaab attacked a police post in Mogadishu on Monday, killing 4 officers; the police said "
        "al-Shabaab fighters later attacked a second post in southern Somalia, where 12 people, including a child, "
        "were wounded. IS and the SDF clashed in the north of Syria for two days.")


def _every_place(words: list[str], wanted: set[str]) -> list[int]:
    return [i for i, word in enumerate(words) if word in wanted]


@pytest.mark.parametrize("size", [0, 1, 2, 4, 5, 9])
def test_positions_are_every_place_of_the_wanted_words_in_order(size: int) -> None:
    rng = random.Random(size)
    vocabulary = [f"w{n}" for n in range(12)]
    words = [rng.choice(vocabulary) for _ in range(300)]
    wanted = set(rng.sample(vocabulary, size))
    assert _positions(words, wanted) == _every_place(words, wanted)


def test_word_set_holds_the_distinct_words_lower_cased_or_as_written(extractor: api.Extractor) -> None:
    doc = run(extractor.nlp, TEXT, None)
    assert word_set(doc, "lower") == set(lowers(doc))
    assert word_set(doc, "texts") == set(texts(doc))
    assert "IS" in word_set(doc, "texts") and "is" in word_set(doc, "lower")


def test_phrase_tables_find_what_a_look_at_every_word_finds(extractor: api.Extractor) -> None:
    doc = run(extractor.nlp, TEXT, None)
    tables = [pipe.table for _, pipe in extractor.nlp.pipeline if isinstance(getattr(pipe, "table", None), PhraseTable)]
    tables += [pipe.phrase_table for _, pipe in extractor.nlp.pipeline
               if isinstance(getattr(pipe, "phrase_table", None), PhraseTable)]
    assert tables
    for table in tables:
        expected = []
        for mapping, lengths, words in ((table.lower, table.lower_lengths, lowers(doc)),
                                        (table.exact, table.exact_lengths, texts(doc))):
            for i, word in enumerate(words):
                for n in lengths.get(word, ()):
                    if i + n <= len(words) and tuple(words[i : i + n]) in mapping:
                        expected.append((i, i + n, mapping[tuple(words[i : i + n])]))
        assert table.matches(doc) == expected


def test_the_claims_maps_of_marks_are_made_when_first_read(extractor: api.Extractor) -> None:
    doc = run(extractor.nlp, TEXT, None)
    ctx = claims.Context.of(doc)
    assert "place_at" not in vars(ctx)  # the gate reads none of them
    places = ctx.place_at
    assert places is ctx.place_at
    assert {i: (s.start, s.end) for i, s in places.items()} == {
        i: (s.start, s.end) for s in doc.spans["places"] for i in range(s.start, s.end)}
    assert ctx.dated == {i for s in doc.spans["dates"] for i in range(s.start, s.end)}
    assert ctx.date_starts == {s.start for s in doc.spans["dates"]}


def test_a_child_in_a_list_of_victims_still_counts_one(extractor: api.Extractor) -> None:
    doc = run(extractor.nlp, TEXT, None)
    ctx = claims.Context.of(doc)
    child = lowers(doc).index("child")
    assert child - 1 in ctx.number_starts


ODD_TEXTS = [
    "On 3 JANUARY and 5 Feb. 2023, then 2021-07-04; between March and MAY; in Jun; the past 14 DAYS and 2 weeks.",
    "Stated in \u212aabul (Kelvin sign) on 4 \u0130anuary? no: on 4 Jan\u0131 and 7 Sept, 9 \u017fept, "
    "over 3 Day\u017f.",
    "\u03a3\u039f\u03a3 in \u0130stanbul: 12 \u0131 in August; day-long strikes for three MONTHS, many years ago.",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_date_anchors_find_in_the_folded_text_what_the_case_blind_anchors_find(text: str) -> None:
    from sitrep.extract import dates

    folded = dates._folded(text)
    assert len(folded) == len(text)
    for anchor, twin in dates._FOLDED_ANCHORS.items():
        assert twin.pattern == anchor.pattern.lower()
        assert [m.span() for m in twin.finditer(folded)] == [m.span() for m in anchor.finditer(text)]
        # (what find_dates runs: the twin behind a lookahead on its first letters)
        assert [m.span() for m in dates._LED_ANCHORS[anchor].finditer(folded)] == [
            m.span() for m in anchor.finditer(text)]


def test_count_openers_are_the_words_a_count_may_start_with(monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep.extract import pipeline

    words = {"two", "12", "dozens", "a", "killed", "1,200", "third", "twenty-one", "village", "hundreds"}
    expected = {w for w in words if w in pipeline._NUMBER_STARTS or pipeline.like_number(w)}
    monkeypatch.setattr(pipeline, "_OPENERS", (set(), set()))
    assert pipeline._count_openers(words) == expected
    assert pipeline._count_openers(words) == expected  # (answered from memory the second time)
    asked, _ = pipeline._OPENERS
    asked.update(f"filler{n}" for n in range(100_000))  # full: the memory starts again
    assert pipeline._count_openers(words | {"seven"}) == expected | {"seven"}
    assert len(pipeline._OPENERS[0]) == len(words) + 1


LOOKAHEADS = {"WEEKDAY": "(?=[oltMTWFS])", "WHOLE_YEAR": "(?=[dit])", "WHOLE_MONTH": "(?=[DdIiTt])",
              "RAMADAN": "(?=[ditR])"}
DATED = ("On Monday night and last Tuesday, this past Friday; Sunday morning. During 2021 and in 2019-20, throughout "
         "2018. In the month of March 2022, during June, Throughout May 5. During the holy month of Ramadan, Ramadan "
         "ended; in Ramadan. Mon day, MONDAY, onMonday, Ion Monday, tin 2020.")


@pytest.mark.parametrize("name", sorted(LOOKAHEADS))
def test_a_date_pattern_with_its_first_letter_lookahead_finds_what_it_finds_without(name: str) -> None:
    import re

    from sitrep.extract import dates

    pattern = getattr(dates, name)
    assert not pattern.flags & re.IGNORECASE  # (the letters are exact only in a case-sensitive pattern)
    without = re.compile(pattern.pattern.replace(LOOKAHEADS[name], "", 1))
    assert without.pattern != pattern.pattern
    assert [m.span() for m in pattern.finditer(DATED)] == [m.span() for m in without.finditer(DATED)]
    assert pattern.search(DATED) is not None


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_durations_in_the_folded_text_are_those_the_case_blind_pattern_finds(text: str) -> None:
    from sitrep.extract import dates

    folded = dates._folded(text)
    windows = dates._windows(text, dates._UNIT_ANCHOR)
    blind = {(m.start() + a, m.end() + a) for a, b in windows for m in dates.DURATION.finditer(text[a:b])}
    assert dates.durations(text) == sorted(blind)
    assert dates._DURATION_FOLDED.pattern.lower() == dates.DURATION.pattern.lower()
    assert len(folded) == len(text) and blind


RELATIVE_TEXTS = [
    ("Gunmen struck YESTERDAY; Last  Night two died, and Earlier Today a third, on the same day as the march.",
     ["2024-05-02", "2024-05-02", "2024-05-03", None]),
    # (a long s: 'la\u017ft night' is matched, and read as written, not as 'last night': the day of publication)
    ("La\u017ft night (a long s) and \u0130 saw it overnight, this MORNING; Today's toll; nottoday, yesterdays.",
     ["2024-05-03", "2024-05-02", "2024-05-03", "2024-05-03"]),
]


@pytest.mark.parametrize(("text", "days"), RELATIVE_TEXTS)
def test_relative_days_in_the_folded_text_are_those_the_case_blind_pattern_finds(text: str, days: list) -> None:
    from datetime import date

    from sitrep.extract import dates

    published = date(2024, 5, 3)
    found = dates._relative_days(text, published)
    assert [(m.start, m.end) for m in found] == [m.span() for m in dates.RELATIVE_DAY.finditer(text)]
    assert [m.first for m in found] == days
    assert dates._relative_days(text, published, dates._folded(text)) == found


NEAR_WORD_TEXTS = [
    "Clashes broke out this  past\n Friday and again on Sunday night; on the\tsame day, overnight and yesterday.",
    "xMonday, ThisMonday and this pastFriday; last night, earlier  today and this morning. Tuesday",
    "On Saturday morning the group struck; TODAY and Last Night they struck again, overnight.",
    "No day is named here.",
    "",
]


@pytest.mark.parametrize("text", NEAR_WORD_TEXTS)
def test_weekdays_and_relative_days_are_found_as_a_scan_of_the_whole_text_finds_them(text: str) -> None:
    # The two finders search from the words their matches hold instead of trying every character: the same matches.
    from sitrep.extract import dates

    folded = dates._folded(text)
    for pattern, searched, words in ((dates.WEEKDAY, text, dates._WEEKDAY_NAMES),
                                     (dates._RELATIVE_DAY_LED, folded, dates._RELATIVE_DAY_WORDS)):
        assert [(m.span(), m.groupdict()) for m in dates._near_words(pattern, searched, words)] == [
            (m.span(), m.groupdict()) for m in pattern.finditer(searched)]


def test_every_weekday_and_relative_day_phrase_holds_one_of_the_words_it_is_found_by() -> None:
    from sitrep.extract import dates

    for pattern, group, words in ((dates.WEEKDAY, "day", dates._WEEKDAY_NAMES),
                                  (dates.RELATIVE_DAY, "word", dates._RELATIVE_DAY_WORDS)):
        source = pattern.pattern
        branches = source.split(f"(?P<{group}>", 1)[1].split(")", 1)[0].split("|")
        assert all(any(word in branch for word in words) for branch in branches), branches
