"""Footnote marks glued to words on encyclopaedia-style pages ('fatalities[3]', 'killed.[12]') come off as tokens of
their own, so the words and figures beside them are read, sentences end where the full stop is, and every span
still points into the text as written."""

from __future__ import annotations

from datetime import date

from sitrep import api
from sitrep.extract.pipeline import run
from sitrep.ingest import document_from_text

TEXT = (
    "According to the Armed Conflict Location and Event Data Project, 1,340 fatalities[3] were recorded in "
    "Burkina Faso in 2022, including 512 civilians.[4] The group also recorded 610 violent events.[5]"
)


def test_a_mark_after_a_word_or_a_full_stop_is_a_token_of_its_own() -> None:
    nlp = api.default_extractor().nlp
    words = [t.text for t in nlp.tokenizer("320 fatalities[2] in May.[3] Another 14 people[a] died")]
    assert words == ["320", "fatalities", "[2]", "in", "May", ".", "[3]", "Another", "14", "people", "[a]", "died"]


def test_brackets_standing_alone_are_split_as_before() -> None:
    nlp = api.default_extractor().nlp
    assert [t.text for t in nlp.tokenizer("see [2] and")] == ["see", "[", "2", "]", "and"]


def test_the_mark_stays_with_the_sentence_it_closes() -> None:
    doc = run(api.default_extractor().nlp, "Over 2,100 people were killed.[12] In June 40 more died.", None)
    assert [s.text for s in doc.sents] == ["Over 2,100 people were killed.[12]", "In June 40 more died."]


def test_figures_beside_footnote_marks_are_read_with_spans_into_the_original_text() -> None:
    (claim,) = api.extract(document_from_text(TEXT, published=date(2023, 2, 1))).claims
    assert {(f.measure, f.value, f.target) for f in claim.figures} == {
        ("killed", 1340, None),
        ("killed", 512, "civilians"),
        ("operations", 610, None),
    }
    for figure in claim.figures:
        assert figure.span is not None and TEXT[figure.span.start : figure.span.end] == figure.span.text


def test_the_suffix_search_finds_a_mark_wherever_the_full_search_would() -> None:
    # The suffix search looks for a mark only in a chunk that ends in ']' (or in ']' and a line break, where '$'
    # matches too): the same answer as searching every chunk.
    from sitrep.extract.pipeline import FOOTNOTE_MARK, TailSearch

    search = api.default_extractor().nlp.tokenizer.suffix_search.__self__
    assert isinstance(search, TailSearch)
    for chunk in ("fatalities[2]", "killed.[12]", "people[a]\n", "May.[3]x", "[2]", "word]", "deaths", "x[1]]", ""):
        expected = FOOTNOTE_MARK.search(chunk) or search.regex.search(chunk)
        found = search.search(chunk)
        assert (found and found.span()) == (expected and expected.span()), chunk
