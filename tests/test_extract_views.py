"""The per-document views and cheap gates that speed extraction up (issue 14) give what spaCy and the full patterns
give: the same texts, flags and dates, so that the rules read the same values either way."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.lang.en.lex_attrs import like_num

from sitrep.extract import dates
from sitrep.extract.numbers import EXACT_PHRASES, VAGUE, ParsedNumber, parse_words
from sitrep.extract.pipeline import (
    TOKENIZER_CACHE,
    alphas,
    build_pipeline,
    doc_text,
    like_number,
    lower_text,
    lowers,
    mark_value,
    marks,
    published_of,
    run,
    sentence_at,
    sentences,
    spaced,
    span_lowers,
    span_record,
    span_text,
    texts,
    wordlike,
    words_lower_text,
    words_span,
    words_text,
)

TEXT = (
    "KABUL, Afghanistan —  Gunmen killed twenty-one people and wounded 3 others on Tuesday in the\n\nnorthern "
    "province of Kunduz, officials said. “We saw 1/2 of the village burn,” a resident said.  ½ Ⅻ ١٢ -5 3rd.  "
)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return build_pipeline()


def test_document_views_match_spacy(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (TEXT, "", " ", "a\tb\n", "One.", "Gunmen 👮🏽‍♂️ killed e\u0301 3 in Ḑiyala\r\n\r\nTwo\u00a0others. 🇸🇾"):
        doc = run(nlp, text, None)
        assert doc_text(doc) == doc.text == text
        assert texts(doc) == [t.text for t in doc]
        assert lowers(doc) == [t.lower_ for t in doc]
        assert wordlike(doc) == [t.is_alpha or t.like_num for t in doc]
        assert alphas(doc) == [t.is_alpha for t in doc]
        assert spaced(doc) == [t.whitespace_ != "" for t in doc]
        spans = [*sentences(doc), *(doc[a:b] for a in range(len(doc)) for b in (a, a + 1, a + 3, len(doc) + 2))]
        for span in spans:
            assert span_text(span) == span.text
            assert lower_text(span) == span.text.lower()
            assert span_lowers(span) == [t.lower_ for t in span]


def test_text_between_two_words_is_the_slice_s_text(nlp) -> None:  # type: ignore[no-untyped-def]
    # (every range a rule may ask for, past the end and reversed included, clamped as spaCy clamps a slice)
    for text in (TEXT, "", "One.", "Gunmen 👮🏽‍♂️ killed e\u0301 3 in Ḑiyala\r\n\r\nTwo\u00a0others. 🇸🇾"):
        doc = run(nlp, text, None)
        for start in range(len(doc) + 2):
            for end in range(len(doc) + 3):
                assert words_text(doc, start, end) == doc[start:end].text
                assert words_lower_text(doc, start, end) == doc[start:end].text.lower() == lower_text(doc[start:end])


def test_a_span_made_from_word_indexes_is_the_doc_s_slice(nlp) -> None:  # type: ignore[no-untyped-def]
    # words_span makes the span by Span's constructor (spaCy's slice path costs ~7,000 instructions more a span): the
    # same tokens and offsets, no label; bounds out of range (negative, past the end, reversed) clamp as the slice does
    for text in (TEXT, "", "One."):
        doc = run(nlp, text, None)
        size = len(doc)
        for start in (-3, -1, 0, 1, 2, size - 1, size, size + 2):
            for end in (-2, 0, 1, 3, size - 1, size, size + 5):
                made, sliced = words_span(doc, start, end), doc[start:end]
                assert (made.start, made.end, made.start_char, made.end_char, made.label_) == (
                    sliced.start, sliced.end, sliced.start_char, sliced.end_char, sliced.label_)
                assert made == sliced and made.text == sliced.text


def test_the_sentence_of_a_word_is_spacy_s(nlp) -> None:  # type: ignore[no-untyped-def]
    # sentence_at answers doc[i].sent from the sentences kept per document (found by bisection on their starts):
    # the same span for every word, line breaks and footnote marks included
    for text in (TEXT, "One.", "Headline\nGunmen killed 3.[2] Police said so. Two more died\n\n- a list item"):
        doc = run(nlp, text, None)
        for i in range(len(doc)):
            assert sentence_at(doc, i) == doc[i].sent
        assert sentence_at(doc, -1) == doc[-1].sent


def test_mark_values_are_the_extension_values(nlp) -> None:  # type: ignore[no-untyped-def]
    # mark_value reads what span._.sitrep reads, for every mark and for a span that has none.
    doc = run(nlp, TEXT, date(2024, 3, 5))
    found = [span for key in doc.spans for span in marks(doc, key)]
    assert found
    for span in [*found, doc[0:2], doc[1:1]]:
        assert mark_value(span) is span._.sitrep


def test_publication_date_is_the_extension_value(nlp) -> None:  # type: ignore[no-untyped-def]
    # published_of reads what doc._.published reads: the date the document was run with, None without one, and a
    # date set through the extension afterwards.
    doc = run(nlp, TEXT, date(2024, 3, 5))
    assert published_of(doc) == doc._.published == date(2024, 3, 5)
    assert published_of(run(nlp, TEXT, None)) is None
    doc._.published = date(2023, 1, 2)
    assert published_of(doc) == date(2023, 1, 2)
    assert published_of(nlp.make_doc(TEXT)) is None  # (never run: the extension's default)


def test_kept_marks_are_the_span_groups_spans(nlp) -> None:  # type: ignore[no-untyped-def]
    # The spans each component keeps as it writes them are those its SpanGroup gives: same tokens, label, value.
    doc = run(nlp, TEXT + " ISIS fighters and the Syrian Democratic Forces clashed in northern Raqqa and Iraq.",
              date(2024, 3, 5))
    assert {"dates", "durations", "numbers", "actors", "places", "regions", "tactics"} <= set(doc.spans)
    for key in doc.spans:
        kept, group = marks(doc, key), list(doc.spans[key])
        assert [(s.start, s.end, s.label_, s.start_char, s.end_char) for s in kept] == [
            (s.start, s.end, s.label_, s.start_char, s.end_char) for s in group], key
        assert [mark_value(s) for s in kept] == [s._.sitrep for s in group], key


def test_remembered_lexeme_flags_are_spacy_s(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Each word's flags are read once per process; read from memory, or after the memory starts again, they are
    # the lexeme's: word-like and alphabetic views as spaCy's, sentences started as spaCy's sentencizer starts them.
    from spacy.pipeline import Sentencizer

    from sitrep.extract import pipeline

    monkeypatch.setattr(pipeline, "LEXICAL_MEMORY", 5)
    text = 'He said: "They fled!!" ... Then 3 (three) more came?! Yes -- twenty-one. ½ ١٢ «Non» ; done.'
    for _ in range(3):
        doc = run(nlp, text, None)
        assert wordlike(doc) == [t.is_alpha or t.like_num for t in doc]
        assert alphas(doc) == [t.is_alpha for t in doc]
        expected = Sentencizer()(nlp.make_doc(text))
        assert [t.is_sent_start for t in doc] == [t.is_sent_start for t in expected]
        assert len(pipeline._LEXICAL) <= 5 + len(set(texts(doc)))


def test_trusted_records_equal_constructed_ones(nlp) -> None:  # type: ignore[no-untyped-def]
    from sitrep.model import Evidence, Span, trusted_evidence

    doc = run(nlp, TEXT, None)
    record = span_record(doc[2:5])
    built = Span.model_construct(start=record.start, end=record.end, text=record.text)
    assert record == built and record.model_fields_set == built.model_fields_set
    assert record.model_dump_json() == built.model_dump_json()
    assert Span.model_validate(record.model_dump()) == record
    for given in ({"source": "rule:x", "spans": [record]}, {"source": "rule:y", "spans": [], "detail": "why"}):
        fast, slow = trusted_evidence(**given), Evidence.model_construct(**given)  # type: ignore[arg-type]
        assert fast == slow and fast.model_fields_set == slow.model_fields_set
        assert fast.model_dump_json() == slow.model_dump_json()


def test_tokenizer_cache_is_fresh_and_larger(nlp) -> None:  # type: ignore[no-untyped-def]
    # Loading tokenizes the components' phrases; the cache that documents use starts empty and holds more chunks.
    assert nlp.tokenizer.max_cache_size == TOKENIZER_CACHE
    words = [t.text for t in nlp.make_doc(TEXT)]
    assert words == [t.text for t in nlp.make_doc(TEXT)]  # (read from the cache the second time)


@pytest.mark.parametrize(
    "word",
    [
        "12",
        "1,200",
        "+5",
        "1/2",
        "½",
        "twenty",
        "Twenty",
        "third",
        "3rd",
        "21st",
        "one",
        "a",
        "",
        "١٢",
        "Ⅻ",
        "x1",
        "4th.",
        "-",
    ],
)
def test_remembered_like_num_is_spacy_s(word: str) -> None:
    assert like_number(word) == like_num(word)
    assert like_number(word) == like_num(word)  # (the remembered answer)


def _parse_words_by_sorting(words: list[str]) -> ParsedNumber | None:
    """The phrase lookup of parse_words as it was: every phrase tried, longest first, exact before vague."""
    for phrase_map, vague in ((EXACT_PHRASES, False), (VAGUE, True)):
        for phrase in sorted(phrase_map, key=lambda p: -len(p.split())):
            parts = phrase.split()
            if words[: len(parts)] == parts:
                if vague:
                    low, best, high = VAGUE[phrase]
                    return ParsedNumber(best, len(parts), True, low, high)
                return ParsedNumber(EXACT_PHRASES[phrase], len(parts))
    return None


def test_number_phrases_by_first_word_keep_their_order() -> None:
    for phrase in (*EXACT_PHRASES, *VAGUE):
        for tail in ([], ["of", "fighters"], ["dozen"]):
            words = [*phrase.split(), *tail]
            expected = _parse_words_by_sorting(words)
            assert expected is not None and parse_words(words) == expected


PHRASES = [
    "during Ramadan",
    "in 2021",
    "on Tuesday",
    "last\nnight",
    "earlier today",
    "yesterday",
    "overnight",
    "this morning",
    "on the same day",
    "the week ending 5 June",
    "the week to November 4, 2023",
    "between May and June",
    "from March to April 2022",
    "the first half of 2020",
    "the last quarter of 2023",
    "the first three months of this year",
    "in Shawwal",
    "Muharram 1445",
    "Dhul-Hijjah",
    "LAST NIGHT",
    "ın 2020",
    "DURİNG RAMADAN",
    "over the past 3 days",
    "the PAST twenty-one days",
    "a 10-day campaign",
    "a period of 5 weeks",
    "over 12 DAYS",
    "last week",
    "this month",
    "so far this year",
    "since the beginning of the year",
    "Rabi' al-Awwal",
]


@pytest.mark.parametrize("phrase", PHRASES)
def test_every_finder_that_matches_passes_its_gate(phrase: str) -> None:
    # A finder is skipped when none of its words is in the text: that must never skip a match.
    for text in (phrase, f"Officials said {phrase}, 12 people were killed."):
        for finder, needs in dates._NEEDS.items():
            if finder(text, date(2024, 3, 15)) or finder(text, None):
                folded = dates._folded(text)
                assert any(word in folded for word in needs), (finder.__name__, text)


@pytest.mark.parametrize("phrase",
                         [*PHRASES, "the week ended on 2023-11-04", "from SEPTEMBER to Dec. 2022", "on 2021-07-04"])
def test_a_text_naming_a_month_or_an_iso_date_is_searched_for_it(phrase: str) -> None:
    # find_dates passes over the month grammars (the month anchor's windows, weeks ending on a date, spans of months)
    # in a text with no month stem and no ISO date: every month word the patterns know opens with a stem, and no
    # finder that needs a month or a date matches where the gate says there is none.
    names = dates._MONTH.split(">", 1)[1].split(")", 1)[0].split("|")
    assert {name.lower()[:3] for name in names} == set(dates._MONTH_STARTS)
    for text in (phrase, f"Officials said {phrase}, 12 people were killed."):
        folded = dates._folded(text)
        months = any(stem in folded for stem in dates._MONTH_STARTS)
        dated = months or ("-" in folded and ("19" in folded or "20" in folded))
        for finder, wants in dates._NEEDS_DATE.items():
            if finder(text, date(2024, 3, 15)) or finder(text, None):
                assert months if wants == "month" else dated, (finder.__name__, text)
        if dates._windows(text, dates._MONTH_ANCHOR):
            assert dated, text


def test_a_hijri_month_written_with_odd_letters_is_read_not_a_crash() -> None:
    # The month pattern is case-blind, so it also matches letters that only fold to ASCII (a long s); the month
    # table must be looked up the same way.
    from sitrep.extract.dates import find_dates

    found = find_dates("In ſhawwal 1444 the group said it carried out 12 attacks.", None)
    assert [(m.first, m.last) for m in found if m.kind == "month"] == [("2023-04-21", "2023-05-20")]


def test_lower_text_of_a_span_asked_again_is_its_own_doc_s_text(nlp) -> None:  # type: ignore[no-untyped-def]
    """lower_text answers a span asked before from its document's own cache (one lookup, no call): the same range of
    another document, asked after, is that document's text; a range first asked past the end (clamped), then as a
    span, is the span's text."""
    first, second = run(nlp, "Gunmen KILLED two men.", None), run(nlp, "Police Arrested four traders.", None)
    for doc in (first, second):
        assert lower_text(doc[0:2]) == doc[0:2].text.lower()
    assert lower_text(first[0:2]) == "gunmen killed" and lower_text(second[0:2]) == "police arrested"
    assert words_lower_text(first, 3, 99) == "men." == lower_text(first[3:99]) == lower_text(first[3:5])
    assert lower_text(second[3:99]) == "traders."
