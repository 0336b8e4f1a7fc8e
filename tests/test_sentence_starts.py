"""Sentence starts: ``sitrep_lines`` starts sentences where spaCy's sentencizer did (after . ! ? and their kin, at the
first word that is not punctuation), and at line breaks, from the word lists rather than a Token per word."""

from __future__ import annotations

from functools import cache

import pytest
import spacy
from spacy.tokens import Doc

from sitrep.extract.pipeline import FOOTNOTE_TOKEN, mark_line_starts

TEXTS = [
    "Three soldiers were killed. Two more were wounded!",
    'The ministry said "12 fighters died." Rebels denied it?! They said 4.',
    "Clashes (in the north.) Then calm... Later, shelling resumed.",
    "Dr. Smith said 5 were hurt. [Edited] The army said none.",
    "Headline\n\nFive civilians were killed in an air strike.\n- item one\n- item two",
    "Eight died.[3] The next day, two more.",
    "...",
    "No final mark here",
    "A. B. C.",
    "Killed: 7 . . . wounded: 9 !",
]


@cache
def _blank(sentencizer: bool = False) -> spacy.language.Language:
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "sitrep.Tokenizer.v1"}}})
    if sentencizer:
        nlp.add_pipe("sentencizer")
    return nlp


def _reference(text: str) -> list[bool]:
    """spaCy's sentencizer, then the line-break and footnote rule, as the pipeline ran them before."""
    doc = _blank(sentencizer=True)(text)
    words = [t.text for t in doc]
    for i, word in enumerate(words[:-1]):
        if "\n" in word and word.isspace():
            doc[i + 1].is_sent_start = True
        elif i and word[:1] == "[" and doc[i].is_sent_start and FOOTNOTE_TOKEN.fullmatch(word) and \
                not words[i + 1].isspace():
            doc[i].is_sent_start = False
            doc[i + 1].is_sent_start = True
    return [bool(t.is_sent_start) for t in doc]


def _ours(text: str, *, kept: bool) -> Doc:
    doc = _blank().make_doc(text)
    if kept:
        doc.user_data["text"] = text  # (as pipeline.run keeps it)
    return mark_line_starts(doc)


@pytest.mark.parametrize("kept", [True, False])
@pytest.mark.parametrize("text", TEXTS)
def test_sentences_start_where_spacy_s_sentencizer_and_line_breaks_start_them(text: str, kept: bool) -> None:
    doc = _ours(text, kept=kept)
    assert [bool(t.is_sent_start) for t in doc] == _reference(text)
    assert [s.start for s in doc.sents] == [i for i, start in enumerate(_reference(text)) if start]


def test_an_empty_text_has_no_sentence() -> None:
    doc = _ours("", kept=True)
    assert len(doc) == 0 and doc.user_data["texts"] == []
