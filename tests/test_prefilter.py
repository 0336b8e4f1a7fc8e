"""Literal pre-filters (sitrep.extract.prefilter): a pattern is skipped only where it cannot match."""

from __future__ import annotations

import random
import re

import pytest

from sitrep.extract.prefilter import Gated, required_literals


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"\b(?:beat|beats|beaten|rough) (?:them |him )?up\b", {"beat", "rough"}),
        (r"\b(?:open|opens|opened) fire\b", {" fire"}),
        (r"\bset (?:[\w'-]+ ){1,4}?(?:alight|ablaze|on fire)\b", {"alight", "ablaze", "on fire"}),
        (r"(?:the )?convoy", {"convoy"}),
        (r"\b(?<!to )deploy(?:ed|s)?\b", {"deploy"}),
        (r"(?:ab)+cde", {"cde"}),
        (r"(?:abc)+", {"abc"}),
    ],
)
def test_needed_words(pattern: str, needed: set[str]) -> None:
    assert required_literals(re.compile(pattern)) == needed


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)fire",  # case-insensitive: literals would need folding
        r"(?i:fire) escape",  # (short literal ' escape' is usable, but make sure the folded part is not read)
        r"\d+ people",  # ' people' is needed: fine, but a digit-only pattern is not
        r"\d+",
        r"(?:fire|\w+) at",  # one branch needs no literal
        r"(?:fire)? at",  # optional: ' at' is too short to filter
    ],
)
def test_no_unsound_literals(pattern: str) -> None:
    needed = required_literals(re.compile(pattern))
    # Whatever is returned must be needed: check against texts that match.
    for text in ("FIRE escape", "fire escape", "12 people", "7", "water at noon", "they fired at noon"):
        if re.search(pattern, text):
            assert needed is None or any(word in text for word in needed), (pattern, text, needed)


def test_ignorecase_gives_none() -> None:
    assert required_literals(re.compile("fire", re.IGNORECASE)) is None
    assert required_literals(re.compile(r"(?i:fire)")) is None


WORDS = [
    "the",
    "gunmen",
    "opened",
    "fire",
    "on",
    "a",
    "bus",
    "and",
    "beat",
    "up",
    "two",
    "men",
    "set",
    "the",
    "car",
    "ablaze",
    "then",
    "fled",
    "to",
    "the",
    "streets",
    "police",
    "rounded",
    "up",
    "dozens",
    "after",
    "clashes",
    "broke",
    "out",
    "between",
    "rival",
    "groups",
    "who",
    "threw",
    "stones",
    "at",
    "soldiers",
]


def test_gated_search_equals_search_on_random_texts() -> None:
    patterns = [
        r"\b(?:open|opens|opened|opening) fire\b",
        r"\b(?:beat|beats|beaten|beating|rough|roughs|roughed) (?:them |him |her )?up\b",
        r"\b(?<!to )set (?:[\w'-]+ ){1,4}?(?:alight|ablaze|on fire)\b",
        r"\b(?:took|take|takes|taking) to the streets\b",
        r"\b(?:fight|fights|clashes) (?:broke out |erupted )?between\b",
        r"\b(?:threw|throw|hurled) (?:stones|rocks)\b",
        r"\b(?:rounded|round) up\b",
    ]
    rng = random.Random(14)
    for _ in range(2000):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))
        for pattern in patterns:
            compiled = re.compile(pattern)
            gated = Gated(compiled)
            found, expected = gated.search(text), compiled.search(text)
            assert (found and found.span()) == (expected and expected.span()), (pattern, text)
            assert gated.sub(" ", text) == compiled.sub(" ", text)
            assert [m.span() for m in gated.finditer(text)] == [m.span() for m in compiled.finditer(text)]


def test_gated_skips_text_without_needed_words() -> None:
    gated = Gated(re.compile(r"\b(?:open|opened) fire\b"))
    assert not gated.possible("residents said the market reopened on monday")
    assert gated.possible("troops opened fire")
    assert gated.flags == gated.pattern.flags  # other attributes are the pattern's
    assert gated.groupindex == gated.pattern.groupindex


def test_act_phrases_are_filtered_soundly() -> None:
    """Every act phrase of the rules keeps its matches on sentences written for this test."""
    from sitrep.extract.events import _GATED_PHRASES

    sentences = [
        "gunmen opened fire on a minibus, killing four passengers",
        "a mob of youths beat up a man accused of theft",
        "hundreds of residents took to the streets to protest the killing",
        "fighting broke out between two clans over grazing land",
        "soldiers set fire to several houses in the village",
        "police rounded up twenty suspects after the raid",
        "the militia handed over their weapons to the authorities",
        "protesters threw stones at the police station",
        "the rebels took control of the district headquarters",
    ]
    for sentence in sentences:
        for gated, _word in _GATED_PHRASES:
            expected = gated.pattern.search(sentence)
            found = gated.search(sentence)
            assert (found and found.span()) == (expected and expected.span()), (gated.pattern.pattern, sentence)


def test_gated_copies_and_pickles() -> None:
    import copy
    import pickle

    gated = Gated(re.compile(r"\bopened fire\b"))
    for other in (copy.copy(gated), copy.deepcopy(gated), pickle.loads(pickle.dumps(gated))):
        assert other.search("troops opened fire") is not None
        assert other.search("all quiet") is None


def test_a_documents_act_phrases_are_those_that_can_match_in_it() -> None:
    """The act phrases looked for in a document's sentences are the patterns whose needed words the document holds,
    each with the needed words the document holds: a sentence of it holds no other."""
    from sitrep.extract.events import _GATED_PHRASES, _phrase_candidates

    document = ("gunmen opened fire on a minibus near the market. residents took to the streets. "
                "police said the attackers fled; no arrests were made. a mob beat up a suspected thief.")
    found = _phrase_candidates(document)
    assert [(gated, word) for gated, word, _needed in found] == [
        pair for pair in _GATED_PHRASES if pair[0].possible(document)]
    for gated, _word, needed in found:
        assert needed is None or set(needed) == {literal for literal in gated.needed if literal in document}


@pytest.mark.parametrize(
    "text",
    [
        "the war has killed thousands",
        "in the war-torn country, gunmen killed two",  # (a hyphen after the phrase: not the war's toll)
        "in the war–torn north and in the war",  # (the second one counts)
        "since the war",  # (at the end of the text)
        "gunmen killed two soldiers on monday",
        "",
    ],
)
def test_background_toll_answers_as_its_pattern(text: str) -> None:
    """The background-toll check, made of ``in`` tests, answers as the alternation it replaced."""
    from sitrep.extract.events import _BACKGROUND_TOLL, _background_toll

    assert _background_toll(text) == bool(_BACKGROUND_TOLL.pattern.search(text))


def test_literal_index_finds_exactly_the_literals_a_text_holds() -> None:
    """A LiteralIndex answers as an ``in`` test per literal: single words, phrases with white space inside or around
    them, parts too short to index, on texts cut anywhere (inside words, across line breaks and tabs)."""
    from sitrep.extract.prefilter import LiteralIndex

    literals = ["opened fire", " fire", "fire", "beat", "rough", "on fire", "a b", "to the streets", "threw stones",
                "ablaze", "up\nthe", "clashes"]
    index = LiteralIndex(literals)
    rng = random.Random(7)
    separators = [" ", " ", " ", "  ", "\n", "\t", ""]
    for _ in range(3000):
        words = [rng.choice([*WORDS, "a", "b", "ceasefire", "fires", "beaten"]) for _ in range(rng.randint(0, 14))]
        text = "".join(word + rng.choice(separators) for word in words)
        cut = rng.randint(0, 3)
        text = text[cut : len(text) - rng.randint(0, 3)]
        assert index.present(text) == {literal for literal in literals if literal in text}, text


def test_literal_index_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The chunks an index remembers are forgotten when there are more than CHUNK_MEMORY of them; the answers stay
    the same."""
    from sitrep.extract import prefilter

    monkeypatch.setattr(prefilter, "CHUNK_MEMORY", 10)
    index = prefilter.LiteralIndex(["opened fire", "beat"])
    for n in range(50):
        assert index.present(f"gunmen{n} opened fire and beat{n} men") == {"opened fire", "beat"}
        assert len(index._chunks) <= 10 + 6
    assert index.present("all quiet") == set()
