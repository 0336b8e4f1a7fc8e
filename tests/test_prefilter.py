"""Literal pre-filters (sitrep.extract.prefilter): a pattern is skipped only where it cannot match."""

from __future__ import annotations

import importlib.util
import json
import random
import re
import subprocess
import sys

import pytest

from sitrep.extract.prefilter import Gated, required_literal_sets, required_literals


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


@pytest.mark.parametrize(
    ("pattern", "sets"),
    [
        (r"\b(?:gunmen|bandits) (?:[\w-]+ ){0,3}?(?:abducted|kidnapped)\b",
         [{"gunmen", "bandits"}, {"abducted", "kidnapped"}]),
        (r"\b(?:was|were) (?:officially )?(?:declared|proclaimed) dead\b",
         [{"as", "ere"}, {"declared", "proclaimed"}, {" dead"}]),  # ('was|were' is parsed as 'w' and 'as|ere')
        (r"\bset (?:[\w'-]+ ){1,4}?(?:alight|ablaze)\b", [{"set "}, {"light", "blaze"}]),  # ('a' + 'light|blaze')
        (r"(?:opened fire)+ on (?:the )?(?:crowd|marchers)", [{"opened fire"}, {" on "}, {"crowd", "marchers"}]),
        (r"(?:fire|\w+) at (?i:night)", [{" at "}]),  # (a branch needs no literal; the case-blind part adds none)
        (r"(?i)fire at night", []),
        # A short word among an alternation's words ('ox' among the animals) keeps the set: it tells a match from a
        # near miss ('killed two men' holds the verb, never an animal); 'oxen' holds 'ox' and is left out of it
        (r"\b(?:killed|slaughtered) (?:[\w-]+ ){0,3}?(?:cattle|oxen|ox|goats?)\b",
         [{"killed", "slaughtered"}, {"cattle", "ox", "goat"}]),
        # Look-alikes that add no short set: a run of two letters ('up', 'th' of 'the|this'), an alternative of one
        # letter ('a')
        (r"\bbeat (?:them |him )?up\b", [{"beat "}]),
        (r"\b(?:the|this) (?:convoy|patrol)\b", [{"convoy", "patrol"}]),
        (r"\b(?:a|the) (?:convoy|patrol)\b", [{"convoy", "patrol"}]),
    ],
)
def test_every_needed_set_is_held_by_every_match(pattern: str, sets: list[set[str]]) -> None:
    """A pattern needs a word of each of several sets ('gunmen' or 'bandits', and 'abducted' or 'kidnapped'); the
    most selective set is :func:`required_literals`."""
    found = required_literal_sets(re.compile(pattern))
    assert sorted(map(sorted, found)) == sorted(map(sorted, sets))
    assert required_literals(re.compile(pattern)) in [*found, None]


def test_gated_skips_text_that_lacks_a_word_of_any_needed_set() -> None:
    gated = Gated(re.compile(r"\b(?:gunmen|bandits) (?:[\w-]+ ){0,3}?(?:abducted|kidnapped)\b"))
    assert not gated.possible("gunmen were seen near the market")
    assert not gated.possible("two traders were kidnapped")
    assert gated.possible("bandits reportedly abducted two traders")
    assert gated.possible("gunmen in the market, and a trader kidnapped")  # (both sets, no match: still searched)
    assert gated.search("gunmen in the market, and a trader kidnapped") is None


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


def test_gated_search_with_a_short_word_among_the_alternatives_equals_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern whose alternation holds a short word ('ox') is gated by that alternation's set as well, read by the
    shared index or scanned: the same matches as the pattern's on texts cut anywhere, with the short word inside
    other words ('box', 'oxen') and across line breaks."""
    from sitrep.extract import prefilter

    _shared_index_of_their_own(monkeypatch, memory=5)
    patterns = [r"\b(?:shot|killed|slaughtered) (?:(?:a|the|two|\d+) ){0,3}?(?:cattle|cows?|oxen|ox|goats?)\b",
                r"\b(?:stole|rustled) (?:an? )?(?:ox|ass|cow)\b"]
    shared = [Gated(re.compile(pattern)) for pattern in patterns]
    alone = [Gated(re.compile(pattern)) for pattern in patterns]
    prefilter.share_literals(shared)
    assert ("cattle", "cow", "goat", "ox") in shared[0].also
    words = ["shot", "killed", "slaughtered", "stole", "rustled", "a", "an", "the", "two", "12", "cattle", "cow",
             "cows", "ox", "oxen", "box", "goat", "ass", "men", "boxes", "Ox"]
    rng = random.Random(11)
    used = 0
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice([" ", " ", " ", "\n", ""]) for _ in range(rng.randint(0, 9)))
        text = text[rng.randint(0, 2) : len(text) - rng.randint(0, 2)]
        if rng.random() < 0.6:
            prefilter.present_phrases(text)  # (the index reads the text: the gate by its literals is taken)
        for gated in (*shared, *alone):
            index = prefilter._shared
            used += index is not None and gated._index is index[1] and text in index[2]
            found, expected = gated.search(text), gated.pattern.search(text)
            assert (found and found.span()) == (expected and expected.span()), (gated.pattern.pattern, text)
    assert used > 500


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


def test_a_shared_patterns_copy_leaves_the_shared_index_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy or a pickle of a pattern given to share_literals keeps its facts but not the process's shared index
    (large, and no other process's): it is gated by its own scans, with the same answers."""
    import copy
    import pickle

    from sitrep.extract import prefilter

    _shared_index_of_their_own(monkeypatch)
    gated = Gated(re.compile(r"\bopened fire\b"))
    prefilter.share_literals([gated])
    prefilter.present_phrases("troops opened fire")
    assert gated._index is prefilter._shared[1]
    for other in (copy.copy(gated), copy.deepcopy(gated), pickle.loads(pickle.dumps(gated))):
        assert other._index is None and other.needed == gated.needed
        assert other.search("troops opened fire") is not None and other.search("troops opened the gate") is None
    assert len(pickle.dumps(gated)) < 2_000


SENTENCES = (
    "gunmen opened fire on a minibus near the market.",
    "residents took to the streets after the water cuts.",
    "police said the attackers fled; no arrests were made.",
    "a mob beat up a suspected thief at the bus park.",
    "the council opened a new market near the bus park.",  # (words of the phrases, no phrase)
    "the weather was fine.",
    "",
)


@pytest.mark.parametrize("text", SENTENCES)
def test_a_sentences_act_phrases_are_those_that_can_match_in_it(text: str) -> None:
    """The act phrases looked for in a sentence are, in their order, exactly the patterns whose needed words (each
    set of them, and those of one alternative) its text holds: found from the shared index's reading of the text."""
    from sitrep.extract.events import _GATED_PHRASES, _phrase_candidates

    assert list(_phrase_candidates(text)) == [pair for pair in _GATED_PHRASES if pair[0].possible(text)]


def test_act_phrase_candidates_kept_by_literals_never_answer_for_another_text(monkeypatch) -> None:
    """The candidates are kept by the set of the patterns' literals a text holds: a text holding the same of them
    gets the same answer (names and other words do not count), one holding others gets its own, and the memory is
    bounded (it starts again when full) without changing an answer."""
    from sitrep.extract import events
    from sitrep.extract.events import _GATED_PHRASES, _phrase_candidates

    def expected(text: str) -> list[tuple[object, str]]:
        return [pair for pair in _GATED_PHRASES if pair[0].possible(text)]

    first = _phrase_candidates("gunmen opened fire on a minibus near kumi.")  # (a name holding none of the literals)
    same = _phrase_candidates("gunmen opened fire on a minibus near gulu.")
    assert same is first and list(same) == expected("gunmen opened fire on a minibus near gulu.")
    other = "gunmen opened the gate of a minibus near gulu."  # ('opened' without 'fire': no shooting)
    assert list(_phrase_candidates(other)) == expected(other) != list(first)
    monkeypatch.setattr(events, "CANDIDATE_MEMORY", 2)
    monkeypatch.setattr(events._LITERALS[0], "found", {})
    for _round in range(2):
        for text in SENTENCES:
            assert list(_phrase_candidates(text)) == expected(text)
            assert len(events._LITERALS[0].found) <= 2


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


def _index_kinds() -> list:
    """Both indexes a process may use (:data:`~sitrep.extract.prefilter.Index` picks one at import): the pure Python
    one, and the Aho-Corasick one where pyahocorasick is installed."""
    from sitrep.extract.prefilter import AutomatonIndex, LiteralIndex

    automaton = pytest.param(AutomatonIndex, marks=pytest.mark.skipif(
        importlib.util.find_spec("ahocorasick") is None, reason="pyahocorasick is not installed"))
    return [pytest.param(LiteralIndex), automaton]


@pytest.mark.parametrize("kind", _index_kinds(), ids=["python", "automaton"])
def test_literal_index_finds_exactly_the_literals_a_text_holds(kind) -> None:
    """A LiteralIndex (and an AutomatonIndex) answers as an ``in`` test per literal: single words, phrases with white
    space inside or around them, parts too short to index, on texts cut anywhere (inside words, across line breaks
    and tabs)."""
    literals = ["opened fire", " fire", "fire", "beat", "rough", "on fire", "a b", "to the streets", "threw stones",
                "ablaze", "up\nthe", "clashes"]
    index = kind(literals)
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


def test_phrase_lists_answer_as_an_in_test_per_phrase() -> None:
    """Each list of phrases answers ``any(phrase in text for phrase in phrases)`` through the index shared by all
    lists, on texts cut anywhere, asked again (remembered) or for the first time; a list is still the tuple it was."""
    from sitrep.extract.prefilter import Phrases

    lists = [Phrases(("opened fire", " fire", "to ask ")), Phrases(("beat", "a b", "up\nthe")),
             Phrases(("clashes", "threw stones", "«")), Phrases(())]
    assert lists[0] == ("opened fire", " fire", "to ask ") and isinstance(lists[0], tuple)
    rng = random.Random(11)
    separators = [" ", " ", "  ", "\n", "\t", ""]
    texts = []
    for _ in range(1500):
        choices = [*WORDS, "a", "b", "to", "ask", "ceasefire", "«", "beaten"]
        words = [rng.choice(choices) for _ in range(rng.randint(0, 12))]
        text = "".join(word + rng.choice(separators) for word in words)
        texts.append(text[rng.randint(0, 3) : len(text) - rng.randint(0, 3)])
    for text in texts + texts[::-1]:
        for phrases in lists:
            assert phrases.any_in(text) == any(phrase in text for phrase in phrases), (phrases, text)


def test_phrase_lists_made_later_join_the_index_and_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A list made after the first question is answered too (the shared index is made again, the remembered texts
    forgotten); no more than PRESENT_MEMORY texts are remembered."""
    from sitrep.extract import prefilter

    monkeypatch.setattr(prefilter, "PRESENT_MEMORY", 5)
    early = prefilter.Phrases(("burned down",))
    assert early.any_in("they burned down the market")
    later = prefilter.Phrases(("the market",))
    assert later.any_in("they burned down the market") and not later.any_in("they burned down a shop")
    for n in range(20):
        assert early.any_in(f"village {n} burned down") and not later.any_in(f"village {n} burned down")
        assert prefilter._shared is not None and len(prefilter._shared[2]) <= 5


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        (r"\b(?:fire|shot) back\b", set("fs")),
        (r"\b(?<!to )(?:set|put)s? up\b", set("sp")),
        (r"(?:the )?convoy", set("tc")),  # an optional word: its first letter and the next one's
        (r"\b(?:a|an)?\s*[0-3]?\d(?:st|nd)", {"a", r"\s", "0-3", r"\d"}),
        (r"\bfoo|\d+ days?", {"f", r"\d"}),
    ],
)
def test_leading_chars_hold_every_first_character(pattern: str, chars: set[str]) -> None:
    from sitrep.extract.prefilter import leading_chars

    found = leading_chars(re.compile(pattern))
    assert found is not None
    compiled = re.compile(f"[{found}]")
    for item in chars:
        probe = {r"\s": " ", r"\d": "7", "0-3": "2"}.get(item, item)
        assert compiled.fullmatch(probe), (pattern, item, found)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)\bfire\b",  # case-blind: the letters a match begins with are not these
        r"\b(?:fire)?",  # a match can be empty
        r"\b.fire",  # any character
        r"\b[^a]fire",  # a negated class
        r"\b\W+fire",  # a negated category
        r"\b(?:(?=a)|b)",  # a branch that can be empty
    ],
)
def test_leading_chars_unknown(pattern: str) -> None:
    from sitrep.extract.prefilter import leading_chars

    assert leading_chars(re.compile(pattern)) is None


def test_led_pattern_finds_the_same_matches_on_random_texts() -> None:
    """A pattern behind the lookahead on its first characters finds the same matches, groups and names as the
    pattern: word boundaries, lookbehinds, optional words, digits, alternations of both kinds."""
    from sitrep.extract.prefilter import led

    patterns = [
        r"\b(?:open|opens|opened|opening) fire\b",
        r"\b(?<!to )(?P<act>set|sets) (?:[\w'-]+ ){1,4}?(?:alight|ablaze|on fire)\b",
        r"\b(?:hunger|general|\d+[- ]hours?)[- ]strikes?\b|\b(?:went|go) on (?:an? )?strike\b",
        r"(?:the )?\b(?:fight|fights|clashes) (?:broke out |erupted )?between\b",
        r"\b(?:rounded|round) up\b|\bthrew (stones|rocks)\b",
        r"(?<![\w-])(?:up|at)(?![\w-])",
        r"(?i)\bthrew\b",  # (unchanged: case-blind)
    ]
    rng = random.Random(21)
    words = [*WORDS, "strike", "hunger", "48-hour", "12 hours", "went", "on", "an", "Fire", "to", "-up", "broke",
             "erupted", "set", "sets", "alight"]
    for _ in range(1500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 14)))
        for pattern in patterns:
            compiled = re.compile(pattern)
            twin = led(compiled)
            assert twin.groupindex == compiled.groupindex and twin.groups == compiled.groups
            expected = [(m.span(), m.groups()) for m in compiled.finditer(text)]
            assert [(m.span(), m.groups()) for m in twin.finditer(text)] == expected, (pattern, text)
            assert twin.sub("#", text) == compiled.sub("#", text)


def test_led_leaves_patterns_the_engine_scans_itself() -> None:
    """A pattern opening with a literal or a class is found by the engine's own scan for its first characters; it
    is not put behind a lookahead, and neither is one whose first characters are unknown."""
    from sitrep.extract.prefilter import led

    for pattern in (r"fire\b", r"[ab]c", r"(?:fire|shot) back", r"\b.x", r"(?i)\bfire"):
        compiled = re.compile(pattern)
        assert led(compiled) is compiled
    assert led(re.compile(r"\bfire")).pattern != r"\bfire"


def test_gated_twin_is_the_twin_led_makes_from_one_parse() -> None:
    """A gated pattern reads its needed literals and its lookahead from one parse: its twin is the one
    :func:`led` makes, and its literals those of :func:`required_literals`, in either order of first use."""
    from sitrep.extract.prefilter import led

    for pattern in (r"\b(?:threw|throw) stones\b", r"fire\b", r"(?i)\bfire", r"\b(?P<n>\d+) (?:dead|killed)"):
        compiled = re.compile(pattern)
        needed = required_literals(compiled)
        first_led, first_needed = Gated(compiled), Gated(compiled)
        assert first_led.led.pattern == led(compiled).pattern
        assert first_led.needed == first_needed.needed == (tuple(sorted(needed)) if needed is not None else None)
        assert first_needed.led.pattern == led(compiled).pattern

def test_every_gated_pattern_of_the_rules_finds_what_its_pattern_finds() -> None:
    """The rules' gated patterns, searched through their lookahead twins, keep their matches on sentences written
    for this test."""
    from sitrep.extract import events, roles
    from sitrep.extract.prefilter import Gated

    gated = [value for value in vars(events).values() if isinstance(value, Gated)]
    gated += [pair[0] for pair in events._GATED_PHRASES]
    gated += [value for value in vars(roles).values() if isinstance(value, Gated)]
    assert events.STRIKE_ACTION in gated and events.SINGLE_VICTIM in gated and roles.OFF_DUTY in gated
    sentences = [
        "gunmen opened fire on a minibus, killing four passengers; troops fired back",
        "a mob of youths beat up a man accused of theft and set his motorbike ablaze",
        "workers went on a 48-hour strike over unpaid wages before police used tear gas",
        "the air force targeted rebel positions after an earlier clash in the district",
        "a bomb-disposal team defused the device; the march turned violent later",
        "Rebels Attacked The Village And Abducted Two Men Who Were Later Killed",
        "farmers attacked a fulani camp two days after herders raided the village; teachers went on strike",
        "A policeman was shot dead at his home. He was later found dead. Ali Musa, a trader, was killed",
        "a soldier is still battling for his life; no injuries were reported after the cease-fire",
    ]
    for sentence in sentences:
        for item in gated:
            expected = [(m.span(), m.groups()) for m in item.pattern.finditer(sentence)]
            assert [(m.span(), m.groups()) for m in item.led.finditer(sentence)] == expected, item.pattern.pattern


def test_facts_read_from_the_disk_cache_are_those_a_parse_gives(tmp_path, monkeypatch) -> None:
    """A second process takes each gated pattern's needed literals and lookahead from the disk cache, without
    parsing, and gets the same ones; a damaged entry is not used."""
    from sitrep.extract import prefilter
    from sitrep.extract.prefilter import read_facts

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("SITREP_NO_CACHE", raising=False)
    patterns = [re.compile(p) for p in (r"\b(?:threw|throw) stones\b", r"fire\b", r"(?i)\bfire", r"\b\d+ killed",
                                        r"\bgunmen (?:\w+ ){0,3}abducted\b|\bconvoy (?:\w+ ){0,2}entered\b")]
    parsed = [Gated(p) for p in patterns]
    read_facts(parsed)  # (nothing stored yet: parsed, then stored)
    expected = [(g.needed, g.led.pattern, g.also, g.branches) for g in parsed]

    def no_parse(pattern: re.Pattern[str]) -> None:
        raise AssertionError(f"{pattern.pattern} parsed again")

    monkeypatch.setattr(prefilter, "_parsed", no_parse)
    stored = [Gated(p) for p in patterns]
    read_facts(stored)
    assert [(g.needed, g.led.pattern, g.also, g.branches) for g in stored] == expected
    assert expected[0][0] == (" stones",) and expected[2] == (None, r"(?i)\bfire", (), ())

    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    for entry in (tmp_path / "sitrep").glob("prefilter-facts-*"):
        entry.write_bytes(b"not marshal")
    damaged = [Gated(p) for p in patterns]
    read_facts(damaged)
    assert [(g.needed, g.led.pattern, g.also, g.branches) for g in damaged] == expected


FRONTED_WORDS = [*WORDS, "to", "of", "mob", "mobs", "open", "opens", "opened", "reopened", "fire", "firefight",
                 "seize", "seized", "seizes", "x-seized", "to seized", "_open", "é", "Open", "set", "sets", "up",
                 "\n", "--", "mobbed"]


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bmobs? (?:of [\w-]+ )?(?P<act>beat|stoned)\b",
        r"\b(?:open|opens|opened|opening) fire\b",
        r"\b(?<!to )(?P<act>seized|seizes|seize) (?:[\w-]+ )?up",
        r"\b(?<!to )(?<!of )set (?:[\w'-]+ ){0,2}?up\b",
        r"\b(?<=to )(?:set|sets)\b",
        r"(?<![\w-])fire(?![\w-])",
        r"\b-- up",
        r"\b(?:mob|mobs)",
    ],
)
def test_fronted_pattern_finds_the_same_matches_on_random_texts(pattern: str) -> None:
    """A pattern whose word boundary and lookbehinds are tested after its first literal characters finds the same
    matches, groups and names as the pattern, at the start of a text, after a word, a hyphen, an underscore, an
    accented letter or a line break."""
    from sitrep.extract.prefilter import fronted

    compiled = re.compile(pattern)
    twin = fronted(compiled)
    assert twin is not None and twin.pattern != pattern
    assert twin.groupindex == compiled.groupindex and twin.groups == compiled.groups
    rng = random.Random(pattern)
    for _ in range(3000):
        text = rng.choice(["", " ", "-"]).join(rng.choice(FRONTED_WORDS) for _ in range(rng.randint(0, 12)))
        expected = [(m.span(), m.groups()) for m in compiled.finditer(text)]
        assert [(m.span(), m.groups()) for m in twin.finditer(text)] == expected, (pattern, text)
        assert twin.sub("#", text) == compiled.sub("#", text)


@pytest.mark.parametrize(
    "pattern",
    [
        r"fire\b",  # no test before the first character: the engine scans for 'fire' itself
        r"\b(?:fire|shot) back",  # branches opening with different characters: cheaper behind the word boundary
        r"\bfire|\bshot",  # another alternative of the whole pattern
        r"\b(?:open)?fire",  # an optional group first
        r"\bs?et",  # a repeated first character
        r"\b[sS]et",  # a class first
        r"\b(?=s)set",  # a lookahead first
        r"\b(?<!(to) )set",  # a group inside the lookbehind
        r"(?i)\bset",  # case-blind
        r"\b(?i:set)",  # flags set inside
    ],
)
def test_fronted_leaves_other_shapes(pattern: str) -> None:
    from sitrep.extract.prefilter import fronted

    assert fronted(re.compile(pattern)) is None


def test_led_fronts_a_pattern_led_by_one_word() -> None:
    """:func:`led` (and so every gated pattern) takes the fronted form where there is one: the engine then looks
    for the word itself."""
    from sitrep.extract.prefilter import fronted, led

    compiled = re.compile(r"\b(?:open|opened) fire\b")
    assert led(compiled).pattern == fronted(compiled).pattern  # type: ignore[union-attr]
    assert Gated(compiled).led.pattern == led(compiled).pattern


def test_gated_skips_text_where_no_alternative_holds_all_its_words() -> None:
    """A pattern of alternatives ('gunmen … abducted' or 'a convoy … entered') needs, for one alternative, a word
    of each of that alternative's sets: 'gunmen in a convoy … were seen' holds a word of the union of the
    alternatives' best sets and no alternative whole, so it is not searched; where one alternative is whole it is,
    and finds what the pattern finds."""
    pattern = re.compile(r"\b(?:gunmen|bandits) (?:[\w-]+ ){0,3}?(?:abducted|kidnapped)\b"
                         r"|\bconvoy (?:[\w-]+ ){0,2}?(?:entered|left)\b")
    gated = Gated(pattern)
    assert gated.branches == ((("abducted", "kidnapped"), ("bandits", "gunmen")), (("convoy ",), ("entered", "left")))
    assert gated.needed == ("abducted", "convoy ", "kidnapped")  # (the union of the alternatives' best sets)
    assert not gated.possible("gunmen in a convoy of trucks were seen")  # ('convoy ' passes the union)
    assert gated.search("gunmen in a convoy of trucks were seen") is None
    assert not gated.possible("bandits entered the village")
    assert gated.possible("a convoy of trucks left the town")
    assert gated.search("a convoy of trucks left the town").group() == "convoy of trucks left"
    assert gated.search("bandits reportedly abducted two traders").group() == "bandits reportedly abducted"
    assert [m.span() for m in gated.finditer("bandits entered and a convoy left")] == [
        m.span() for m in pattern.finditer("bandits entered and a convoy left")]


@pytest.mark.parametrize("pattern", [
    r"\b(?:gunmen|bandits) (?:[\w-]+ ){0,3}?(?:abducted|kidnapped)\b|\bconvoy (?:[\w-]+ ){0,2}?(?:entered|left)\b",
    r"\b(?:fire|gun) fights?\b|\bgun battles?\b",
    r"(?:\bsoldiers (?:were|was) seen\b|\btroops (?:\w+ )?entered\b)(?! the scene)",
    r"\b(?:gunmen|troops)(?: \w+){0,2} (?:fired|shot)|\bstones (?:were )?thrown at (?:police|troops)",
    r"(?:a|an)? ?(?:attack|raid)(?:ed)? on (?:the )?(?:village|camp)|^gunmen\b",
])
def test_gated_search_with_alternatives_equals_search_on_random_texts(pattern: str) -> None:
    """Where each alternative is gated by its own sets, a search, a sub and every match are the pattern's (texts
    made of the alternatives' own words, so that the gates often let them through)."""
    compiled = re.compile(pattern)
    gated = Gated(compiled)
    words = ["gunmen", "bandits", "abducted", "kidnapped", "convoy", "entered", "left", "fire", "gun", "fight",
             "fights", "battles", "soldiers", "were", "was", "seen", "troops", "the", "scene", "fired", "shot",
             "stones", "thrown", "at", "police", "a", "an", "attack", "raid", "attacked", "on", "village", "camp",
             "two", "men"]
    rng = random.Random(28)
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 9)))
        found, expected = gated.search(text), compiled.search(text)
        assert (found and found.span()) == (expected and expected.span()), (pattern, text)
        assert gated.possible(text) or expected is None
        assert gated.sub(" ", text) == compiled.sub(" ", text)
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in compiled.finditer(text)]


def test_every_gated_pattern_of_the_rules_searched_through_its_alternatives_finds_what_it_finds() -> None:
    """Every gated pattern of the rules whose alternatives carry sets of their own answers a search as its pattern
    does, on texts made of the words those sets hold (so that the gates pass and fail) and of the sentences of the
    test above."""
    from sitrep.extract import events, roles
    from sitrep.extract.prefilter import Gated

    gated = [value for value in vars(events).values() if isinstance(value, Gated)]
    gated += [pair[0] for pair in events._GATED_PHRASES]
    gated += [value for value in vars(roles).values() if isinstance(value, Gated)]
    with_branches = [item for item in gated if item.branches]
    assert len(with_branches) > 20
    rng = random.Random(2028)
    for item in with_branches:
        words = sorted({literal.strip() for sets in item.branches for one in sets for literal in one} | {
            "the", "a", "of", "in", "were", "was", "two", "men", "village", ","})
        for _ in range(150):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(2, 10)))
            found, expected = item.search(text), item.pattern.search(text)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups())), (
                item.pattern.pattern, text)


@pytest.mark.parametrize("kind", _index_kinds(), ids=["python", "automaton"])
def test_literal_index_finds_phrases_that_share_their_words(kind) -> None:
    """Phrases of several words are looked up by their longest word (the rarest, as a rule), not their first: the
    answers stay an ``in`` test per literal where phrases share words, repeat one, or one is inside another (the
    automaton reports overlapping matches and matches inside others alike)."""
    literals = ["the army", "army of the", "of the army", "the the", "the", "attacked the army", "army", "soldiers of"]
    index = kind(literals)
    rng = random.Random(21)
    choices = ["the", "army", "of", "attacked", "soldiers", "armys", "thethe", "-the", "army,"]
    for _ in range(3000):
        text = "".join(rng.choice(choices) + rng.choice([" ", " ", "\n", ""]) for _ in range(rng.randint(0, 10)))
        assert index.present(text) == {literal for literal in literals if literal in text}, text


@pytest.mark.skipif(importlib.util.find_spec("ahocorasick") is None, reason="pyahocorasick is not installed")
def test_automaton_index_answers_as_the_python_index_on_the_rules_literals(extractor) -> None:
    """Over all the literals the rules' shared index looks for (phrase lists and shared patterns: words, parts of
    words, phrases with spaces around them, two-letter pieces), the Aho-Corasick index finds exactly what the pure
    Python index finds, and what an ``in`` test per literal finds: on the lower-cased sentences of the example
    corpus and on random strings made of pieces of the literals themselves (overlapping, run together, cut inside
    words, non-ASCII between them)."""
    from pathlib import Path

    from extracted import first_event
    from sitrep.extract import prefilter

    first_event("Gunmen opened fire on a bus on Monday, killing two people.", extractor)  # (all rules' lists join)
    literals = sorted(prefilter._shared[1].literals)
    assert len(literals) > 1000
    python, automaton = prefilter.LiteralIndex(literals), prefilter.AutomatonIndex(literals)
    root = Path(__file__).resolve().parents[1]
    documents = [path.read_text(encoding="utf-8") for path in sorted((root / "examples" / "corpus").glob("*.txt"))]
    documents += [json.loads(line)["text"] for path in sorted((root / "tests" / "fixtures" / "events" / "dev").glob(
        "*.jsonl")) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [sentence for document in documents for sentence in document.lower().split(". ")]
    assert len(texts) > 40
    rng = random.Random(38)
    for _ in range(2000):
        parts = []
        for _ in range(rng.randint(0, 8)):
            literal = rng.choice(literals)
            start = rng.randint(0, len(literal) // 2)
            parts.append(literal[start : rng.randint(start, len(literal))] if rng.random() < 0.4 else literal)
            parts.append(rng.choice(["", "", " ", "\n", "é", "’", "s"]))
        texts.append("".join(parts))
    for text in texts:
        expected = {literal for literal in literals if literal in text}
        assert automaton.present(text) == expected == python.present(text), text


def test_automaton_index_with_no_literal_or_the_empty_one() -> None:
    """An index of nothing finds nothing; the empty string is in every text (the automaton takes no empty key)."""
    from sitrep.extract.prefilter import AutomatonIndex, LiteralIndex

    pytest.importorskip("ahocorasick")
    for kind in (LiteralIndex, AutomatonIndex):
        assert kind([]).present("troops opened fire") == set()
        assert kind(["", "fire"]).present("") == {""}
        assert kind(["", "fire"]).present("ceasefire") == {"", "fire"}


def test_without_pyahocorasick_the_python_index_is_chosen() -> None:
    """The index is chosen once, at import: where pyahocorasick cannot be imported the pure Python one is, and the
    phrase lists answer as before."""
    code = (
        "import sys; sys.modules['ahocorasick'] = None\n"
        "from sitrep.extract import prefilter\n"
        "assert prefilter.ahocorasick is None and prefilter.Index is prefilter.LiteralIndex\n"
        "lists = prefilter.Phrases(('opened fire', ' up'))\n"
        "assert lists.any_in('police opened fire') and not lists.any_in('the fire was put out')\n"
        "assert type(prefilter._shared[1]) is prefilter.LiteralIndex\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def _shared_index_of_their_own(monkeypatch: pytest.MonkeyPatch, memory: int = 2_048) -> None:
    """The shared index of this test's own patterns and phrase lists (the rules' are put back after it)."""
    from sitrep.extract import prefilter

    monkeypatch.setattr(prefilter, "_SHARED_GATED", [])
    monkeypatch.setattr(prefilter, "_ALL_PHRASES", [])
    monkeypatch.setattr(prefilter, "_shared", None)
    monkeypatch.setattr(prefilter, "PRESENT_MEMORY", memory)


def test_shared_patterns_find_what_their_pattern_finds_on_texts_read_or_not(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern given to share_literals is gated by the literals the shared index found in a text it has read, and
    as before in a text it has not: the same matches either way, on texts cut anywhere, with a memory so small that
    texts are forgotten between the read and the search."""
    from sitrep.extract import prefilter

    _shared_index_of_their_own(monkeypatch, memory=7)
    patterns = [
        r"\b(?:open|opens|opened|opening) fire\b",
        r"\b(?:beat|beats|beaten|beating|rough|roughs|roughed) (?:them |him |her )?up\b",
        r"\b(?<!to )set (?:[\w'-]+ ){1,4}?(?:alight|ablaze|on fire)\b",
        r"\b(?:fight|fights|clashes) (?:broke out |erupted )?between\b",
        r"\b(?:threw|throw|hurled) (?:stones|rocks)\b|\b(?:stones|rocks) (?:were )?thrown\b",
    ]
    shared = [Gated(re.compile(pattern)) for pattern in patterns]
    prefilter.share_literals(shared)
    phrases = prefilter.Phrases(("opened fire", "rounded up"))
    rng = random.Random(5)
    used = 0
    for _ in range(1500):
        words = [rng.choice([*WORDS, "set", "ablaze", "alight", "on", "fire", "him", "rocks", "thrown", "were"])
                 for _ in range(rng.randint(0, 12))]
        text = "".join(word + rng.choice([" ", " ", "\n", ""]) for word in words)
        text = text[rng.randint(0, 2) : len(text) - rng.randint(0, 2)]
        if rng.random() < 0.7:
            assert phrases.any_in(text) == any(phrase in text for phrase in phrases)  # (the index reads the text)
        for gated in shared:
            index = prefilter._shared
            used += index is not None and gated._index is index[1] and text in index[2]
            found, expected = gated.search(text), gated.pattern.search(text)
            assert (found and found.span()) == (expected and expected.span()), (gated.pattern.pattern, text)
            # (sub and finditer ask possible(), gated the same way)
            assert gated.sub(" ", text) == gated.pattern.sub(" ", text), (gated.pattern.pattern, text)
            assert [m.span() for m in gated.finditer(text)] == [m.span() for m in gated.pattern.finditer(text)]
    assert used > 1000  # (the gate by the index was taken, not only the scans)


def test_shared_index_answers_only_for_the_text_it_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the index found is kept by the whole text: a text that differs by one word is read on its own (or
    scanned), never answered from another's literals; a pattern shared after the index was made makes it anew, and one
    never shared is gated by its scans."""
    from sitrep.extract import prefilter

    _shared_index_of_their_own(monkeypatch)
    fire = Gated(re.compile(r"\b(?:open|opened) fire\b"))
    prefilter.share_literals([fire])
    assert prefilter.present_phrases("troops opened fire on the crowd") >= {" fire"}
    assert fire.search("troops opened fire on the crowd") is not None
    assert fire.search("troops opened the gate of the crowd") is None  # (not read: scanned, and no ' fire')
    prefilter.present_phrases("troops opened the gate of the crowd")
    assert fire.search("troops opened the gate of the crowd") is None
    stones = Gated(re.compile(r"\bthrew stones\b"))
    other = Gated(re.compile(r"\bbeat (?:him )?up\b"))
    prefilter.share_literals([stones])
    assert stones._index is None  # (the index is made anew at the next text read)
    assert prefilter.present_phrases("youths threw stones and beat him up") >= {"threw stones"}
    assert stones._index is prefilter._shared[1] and fire._index is prefilter._shared[1]
    assert stones.search("youths threw stones and beat him up").span() == (7, 19)
    assert other._index is None and other.search("youths threw stones and beat him up").span() == (24, 35)
    assert stones.possible("youths threw stones and beat him up") and not fire.possible("youths threw stones")
    prefilter.present_phrases("youths threw stones")
    assert not fire.possible("youths threw stones") and fire.sub("-", "youths threw stones") == "youths threw stones"


# (sentences written for this test: each asks one of the event-text patterns gated by speed30)
_EVENT_TEXTS = [
    "Two factions of the ruling party clashed in the capital on Monday, leaving three people injured.",
    "Gunmen attacked a checkpoint on Sunday; the soldiers fired back and killed two of the attackers.",
    "Police opened fire on protesters who marched to the governor's office on Friday, killing one man.",
    "A rocket left over from the civil war exploded in a field near the village on Tuesday, killing a boy.",
    "Angry youths stormed the police station on Monday demanding the release of a suspect.",
    "A military helicopter crashed near the base on Wednesday, killing its four crew.",
    "Supporters and opponents of the mayor clashed after the rally on Saturday; several were hurt.",
    "Gunmen abducted a trader on Sunday and beat him before releasing him; his family paid a ransom.",
    "Troops arrested ten youths on Monday; their whereabouts remain unknown, relatives said.",
]


def test_event_text_patterns_type_events_alike_with_the_shared_index_or_without(
        extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """The patterns tried on an event's text are gated by the literals the shared phrase index read there; without
    that index (each gated by its own scans) every event comes out the same."""
    from extracted import first_event
    from sitrep.extract import events, prefilter

    assert all(isinstance(p, Gated) for p in (events.RIVAL_SIDES, events.ATTACKERS_KILLED, events.WAR_REMNANT,
                                              events.CROWDS_FOUGHT_EACH_OTHER, events.FIRED_ON_CROWD))
    shared = [first_event(text, extractor).model_dump(exclude={"ingested_at"}) for text in _EVENT_TEXTS]
    assert events.ATTACKERS_KILLED._index is prefilter._shared[1]  # (the index gated it)
    monkeypatch.setattr(prefilter, "_SHARED_GATED", [])
    monkeypatch.setattr(prefilter, "_shared", None)
    alone = [first_event(text, extractor).model_dump(exclude={"ingested_at"}) for text in _EVENT_TEXTS]
    assert events.ATTACKERS_KILLED._index is not prefilter._shared[1]  # (its scans gated it)
    assert shared == alone
