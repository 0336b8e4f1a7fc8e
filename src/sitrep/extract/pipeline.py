"""The spaCy pipeline: named components that mark numbers, dates, actors, places, regions and tactics.

Each component takes a ``Doc`` and returns it, writing its findings to ``doc.spans[<name>]`` with a payload on
``span._.sitrep`` (the parsed value), so every extracted value points back at its characters in the text. The
pipeline is a blank English one: no statistical model is needed (FINDINGS.md: the English models on the package
index are unverifiable re-uploads and mislabel conflict entities), so patterns match on ``LOWER``, and short
acronyms (IS, SDF) on ``ORTH``.

Components, in order:

=====================  ==========================================================  =============================
name                   assigns                                                     payload
=====================  ==========================================================  =============================
``sitrep_lines``       sentence starts at . ! ? (spaCy's ``sentencizer``'s rule)     —
                       and at line breaks (lists, headlines)
``sitrep_dates``       ``doc.spans["dates"]`` dates and periods                    ``DateMention``
``sitrep_numbers``     ``doc.spans["numbers"]`` counts (not dates, not durations)  ``ParsedNumber``
``sitrep_actors``      ``doc.spans["actors"]``                                     ``Actor``
``sitrep_places``      ``doc.spans["places"]`` countries and governorates          ``"country"`` | ``"admin1"``
``sitrep_regions``     ``doc.spans["regions"]`` macro-regions ("the northeast")    region key
``sitrep_tactics``     ``doc.spans["tactics"]``                                    tactic key
=====================  ==========================================================  =============================
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import numpy
import pycountry
import spacy
from spacy.attrs import IDX, LENGTH, SENT_START, SPACY
from spacy.lang.en.lex_attrs import like_num
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, filter_spans

from sitrep.extract.dates import durations, find_dates
from sitrep.extract.lang.en.incidents import COMPOUND_SUFFIXES
from sitrep.extract.numbers import EXACT_PHRASES, NUMBER_WORDS, VAGUE, parse_words
from sitrep.model import Span as SpanRecord
from sitrep.model import trusted_span
from sitrep.taxonomy import DEMONYMS, REGIONS, TACTICS, ActorTable, is_acronym
from sitrep.taxonomy import __file__ as _taxonomy_file

_CACHE_FILES = (Path(__file__), Path(_taxonomy_file))
"""The files named in the phrase caches' names: this one and the module whose :func:`~sitrep.taxonomy.is_acronym`
decides which phrases match by their exact casing, so that changing either makes new entries."""

if not Span.has_extension("sitrep"):
    Span.set_extension("sitrep", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)

COMPONENTS = ("sitrep_lines", "sitrep_dates", "sitrep_numbers", "sitrep_actors", "sitrep_places", "sitrep_regions",
              "sitrep_tactics")

_NUMBER_STARTS = NUMBER_WORDS | {p.split()[0] for p in (*EXACT_PHRASES, *VAGUE)}
_REGION_NOUNS = {"region", "regions", "part", "parts", "areas", "area", "provinces", "governorates", "countryside",
                 "front", "sector"}
_NOT_COUNTS = {"%", "percent", "per", "cent", "km", "kilometres", "kilometers", "miles", "metres", "meters", "am",
               "pm", "gmt", "utc", "years-old", "year-old", "st", "nd", "rd", "th"}
_MONEY = {"$", "€", "£", "usd", "dollars", "euros", "pounds", "inr", "rs", "rs.", "rupees", "naira", "shillings", "ksh",
          "afghanis", "yuan", "rubles", "roubles", "hryvnias", "dinars", "riyals", "pesos", "francs", "cfa", "birr",
          "taka", "eur", "gbp"}


SUFFIX_TAIL = 64
"""How many characters from the end of a chunk spaCy's suffix rules look at (see :class:`TailSearch`)."""


class TailSearch:
    """spaCy's suffix search, looking only at the last :data:`SUFFIX_TAIL` characters of a chunk.

    The tokenizer peels suffixes off a chunk without whitespace one at a time and searches the whole remaining chunk
    for a ``$``-anchored rule each time: a 9,000-character run of closing brackets took 6.5 s of CPU (quadratic;
    ``benchmarks/bench_fuzz_budget.py``, class ``runs``). Every suffix rule matches a few characters at the end (a
    lookbehind of one or two), so the tail gives the same tokens except inside a run of more than 64 dots or
    dashes, which becomes several tokens instead of one. The tokenizer uses only the match's length. ``pattern``
    keeps ``nlp.to_bytes()`` working (spaCy saves ``suffix_search.__self__.pattern``).
    """

    def __init__(self, search: Any) -> None:
        self.regex = search.__self__
        self.pattern = self.regex.pattern

    def search(self, string: str) -> Any:
        """The suffix match in the chunk's tail (spaCy reads only ``end() - start()``); a footnote mark glued to
        the word before it ('fatalities[2]', 'killed.[3]') comes off whole, so the word is read as written."""
        tail = string[-SUFFIX_TAIL:]
        # (a footnote mark ends in ']' at the end, or before a final line break, where ``$`` matches too: a tail
        # without one is not searched for it)
        return ("]" in tail[-2:] and FOOTNOTE_MARK.search(tail)) or self.regex.search(tail)


FOOTNOTE_MARK = re.compile(r"(?<=[^\s\[\]])\[(?:\d{1,3}|[a-z])\]$")
"""An encyclopaedia's footnote or note mark right after a word or its full stop: '[2]', '[12]', '[a]'."""
FOOTNOTE_TOKEN = re.compile(r"\[(?:\d{1,3}|[a-z])\]")


def build_pipeline(*, actors: ActorTable | None = None, places: Mapping[str, str] | None = None) -> Language:
    """A blank English pipeline with sitrep's components.

    ``places`` maps each place name the gazetteer knows to its kind (``"country"`` or ``"admin1"``); the geo
    stage supplies it, so this stage never imports a later one.
    """
    # The tokenizer made once with its final settings (see :func:`make_tokenizer`): each setting changed afterwards
    # loads spaCy's ~4,000 special cases again (about 0.03 s each time).
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "sitrep.Tokenizer.v1"}}})
    words = len(nlp.vocab)
    nlp.add_pipe("sitrep_lines")
    nlp.add_pipe("sitrep_dates")
    nlp.add_pipe("sitrep_numbers")
    actor_pipe = nlp.add_pipe("sitrep_actors")
    actor_pipe.load(actors or ActorTable.load())
    place_pipe = nlp.add_pipe("sitrep_places")
    place_pipe.load(places or {})
    nlp.add_pipe("sitrep_regions")
    nlp.add_pipe("sitrep_tactics")
    if len(nlp.vocab) != words:
        # Loading tokenized phrases (a cold disk cache): start the documents with an empty cache. With the cache
        # warm nothing was tokenized, and the tokenizer is as new.
        fresh_tokenizer_cache(nlp)
    return nlp


@spacy.registry.tokenizers("sitrep.Tokenizer.v1")
def make_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's tokenizer for the language (``spacy.Tokenizer.v1``), with the suffix search of :class:`TailSearch`
    and a cache of :data:`TOKENIZER_CACHE` chunks set when it is made."""

    def tokenizer(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
            suffix_search=TailSearch(compile_suffix_regex(defaults.suffixes).search).search
            if defaults.suffixes else None,
            infix_finditer=compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
            max_cache_size=TOKENIZER_CACHE,
        )

    return tokenizer


TOKENIZER_CACHE = 100_000
"""How many distinct whitespace-separated chunks the tokenizer remembers (spaCy's default is 10,000). A chunk not
remembered is split by the prefix, suffix and infix rules in Python, about 3 µs against 0.2 µs; the cache stops
growing at this size (a few MB), so memory stays bounded over a long run."""


def fresh_tokenizer_cache(nlp: Language) -> None:
    """Empty the tokenizer's cache and let it hold :data:`TOKENIZER_CACHE` chunks.

    Loading the components tokenizes thousands of actor aliases and tactic terms (and, without the disk cache, the
    gazetteer's names): they filled spaCy's 10,000-entry cache before the first document, so every chunk of every
    document was split the slow way (the tokenizer ran at 290 µs per 100-word document instead of 22). Setting the
    special-case rules again is spaCy's way to get new, empty maps (a flush alone leaves deleted slots that every
    lookup walks past). Tokens are the same either way: the cache only remembers how a chunk was split.
    """
    tokenizer = nlp.tokenizer
    tokenizer.rules = tokenizer.rules
    tokenizer.max_cache_size = TOKENIZER_CACHE


def run(nlp: Language, text: str, published: date | None) -> Doc:
    """Run the pipeline over ``text`` with the publication date available to the date component."""
    doc = nlp.make_doc(text)
    doc.user_data["text"] = text  # (the tokens cover the text exactly: doc.text == text, without joining them again)
    doc.user_data[_PUBLISHED] = published  # (``doc._.published = published`` without an Underscore object)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)
"""The characters after which spaCy's ``sentencizer`` starts a sentence (its default ``punct_chars``)."""

_SENT_START = 1
_NOT_SENT_START = 2**64 - 1
"""``Token.sent_start`` values 1 and -1 as :meth:`Doc.from_array` takes them (an unsigned 64-bit array)."""


@Language.component("sitrep_lines", assigns=["token.is_sent_start"])
def mark_line_starts(doc: Doc) -> Doc:
    """Start sentences as spaCy's ``sentencizer`` does (after . ! ? and their kin, at the first word that is not
    punctuation), and after every line break: list items and headlines are units of their own.

    Also keeps each token's text and lower-case form in ``doc.user_data`` (``"texts"``, ``"lower"``) and the
    document's text (``"text"``): later components and the assemblers read words by index, which is several times
    cheaper than making spaCy Token objects again and again. The sentence starts are worked out on those lists and
    written in one ``from_array`` call: the ``sentencizer`` made a Token for every word of every document.
    """
    text = doc.user_data.get("text")
    if text is not None and len(doc):
        # From :func:`run`, which keeps the text: each token's text cut from it by its offset and length (one
        # ``to_array`` call, half the cost of making every Token).
        rows = doc.to_array([IDX, LENGTH])
        # (each column made a list by numpy: no Python loop over rows)
        offsets, lengths = rows[:, 0].tolist(), rows[:, 1].tolist()
        texts = doc.user_data["texts"] = [text[start : start + length]
                                          for start, length in zip(offsets, lengths, strict=True)]
        doc.user_data["offsets"] = offsets
    else:
        texts = doc.user_data["texts"] = []
        spaces = []
        for token in doc:
            texts.append(token.text)
            spaces.append(token.whitespace_)
        # The document's text from the same pass (``doc.text`` joins the tokens' texts with their spaces again).
        doc.user_data["text"] = "".join([part for pair in zip(texts, spaces, strict=True) for part in pair])
    punct = _read_flags(doc)
    doc.user_data["lower"] = [text.lower() for text in texts]
    size = len(texts)
    if not size:
        return doc
    starts = [False] * size
    starts[0] = True
    # The sentencizer's rule: after a sentence-final character, the first token that is neither one nor punctuation
    # starts a sentence. Only the places of those characters are visited (a run of them is walked once).
    finals = word_set(doc, "texts") & PUNCT_CHARS
    after = 0  # the first index past the last run walked
    for i in _positions(texts, finals) if finals else ():
        if i < after:
            continue
        j = i + 1
        while j < size and (punct[j] or texts[j] in PUNCT_CHARS):
            j += 1
        if j < size:
            starts[j] = True
        after = j
    whole = doc.user_data["text"]
    if "\n" in whole or "[" in whole:  # (no line break nor footnote mark: no token below would move a start)
        for i, text in enumerate(texts[:-1]):
            if "\n" in text and text.isspace():
                starts[i + 1] = True
            elif i and text[:1] == "[" and starts[i] and FOOTNOTE_TOKEN.fullmatch(text) and \
                    not texts[i + 1].isspace():
                # 'killed.[3] The next': the mark ends the sentence before it; the next sentence starts after it.
                starts[i] = False
                starts[i + 1] = True
    sent_starts = numpy.full(size, _NOT_SENT_START, dtype=numpy.uint64)
    sent_starts[numpy.array(starts)] = _SENT_START
    doc.from_array([SENT_START], sent_starts)
    return doc


def marks(doc: Doc, key: str) -> list[Span]:
    """The spans a component wrote to ``doc.spans[key]``, as a list made once: iterating a SpanGroup builds new
    Span objects every time, which the assemblers would otherwise do for every sentence."""
    try:
        return doc.user_data["marks"][key]  # (~80 calls a document: the kept list, by two subscripts)
    except KeyError:
        pass
    cache = doc.user_data.get("marks")
    if cache is None:
        cache = doc.user_data["marks"] = {}
    found = cache.get(key)
    if found is None:
        found = cache[key] = list(doc.spans[key]) if key in doc.spans else []
    return found


def set_marks(doc: Doc, key: str, spans: list[Span]) -> None:
    """``doc.spans[key] = spans``, with :func:`marks` of ``key`` answered from the same spans: a component's spans,
    kept as they are written, so that neither the later components nor the assemblers iterate the SpanGroup again
    (each iteration makes every Span anew: ~170,000 instructions a document). The Spans are equal to the group's
    (same tokens, label and characters; their values are kept by character offsets, see :func:`mark_value`)."""
    doc.spans[key] = spans
    cache = doc.user_data.get("marks")
    if cache is None:
        cache = doc.user_data["marks"] = {}
    cache[key] = list(spans)


def sentences(doc: Doc) -> list[Span]:
    """``doc.sents`` as a list made once."""
    try:
        return doc.user_data["sentences"]
    except KeyError:
        cached = doc.user_data["sentences"] = list(doc.sents)
        return cached


def sentence_at(doc: Doc, i: int) -> Span:
    """``doc[i].sent`` (``0 <= i < len(doc)``): the sentence of :func:`sentences` that holds token ``i``, found by
    bisection on their starts (kept per document). spaCy's ``Token.sent`` makes the Token, a one-word Span and the
    sentence's Span again through two slices of the Doc (~25,000 instructions); the sentences are the same spans
    (split where ``sent_start`` is 1, no label)."""
    if not 0 <= i < len(doc):
        return doc[i].sent  # (a negative or out-of-range index: spaCy's own answer or error)
    try:
        starts = doc.user_data["sentence_starts"]
    except KeyError:
        starts = doc.user_data["sentence_starts"] = [s.start for s in sentences(doc)]
    return sentences(doc)[bisect_right(starts, i) - 1]


def words_span(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]``, made by :class:`Span`'s constructor where ``0 <= start <= end <= len(doc)``: the same span
    (same tokens, no label), without spaCy's slice path (``Doc.__getitem__`` and ``util.normalize_slice``: callgrind
    counts ~11,600 instructions a slice against ~4,400 for the constructor). Any other bounds (negative, past the
    end, reversed) go through the slice, which clamps them as before."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


def span_record(span: Span) -> SpanRecord:
    """A spaCy span as the record every extracted value carries: character offsets into the text, and the text."""
    start, end = span.start_char, span.end_char
    # The text is cut from the document's text (``Span.text`` joins its tokens again each time); the offsets of a
    # spaCy span are never negative, so the record is made without validating them again.
    return trusted_span(start, end, doc_text(span.doc)[start:end])


def token_span_record(doc: Doc, start: int, end: int) -> SpanRecord:
    """:func:`span_record` of ``doc[start:end]`` (``start < end``), read from the tokens' offsets without making the
    Span."""
    begin = offsets(doc)[start]
    stop = offsets(doc)[end - 1] + len(texts(doc)[end - 1])
    return trusted_span(begin, stop, doc_text(doc)[begin:stop])


def offsets(doc: Doc) -> list[int]:
    """Every token's character offset (``token.idx``), by index, made once (kept by ``sitrep_lines``)."""
    try:
        return doc.user_data["offsets"]  # (a subscript and no test: these views are read hundreds of times a document)
    except KeyError:
        cached = doc.user_data["offsets"] = doc.to_array(IDX).tolist() if len(doc) else []
        return cached


def mark_value(span: Span) -> Any:
    """``span._.sitrep`` (the parsed value a component gave a mark), read straight from ``doc.user_data``, where spaCy
    keeps it by the span's character offsets: ``span._`` makes a new Underscore object at every access, and the
    assemblers read these values dozens of times per document."""
    return span.doc.user_data.get(("._.", "sitrep", span.start_char, span.end_char))


def set_mark_value(span: Span, value: Any) -> None:
    """``span._.sitrep = value``, written straight to ``doc.user_data`` under the key spaCy's ``span._`` uses (the
    span's character offsets): no Underscore object made for each mark."""
    span.doc.user_data[("._.", "sitrep", span.start_char, span.end_char)] = value


_PUBLISHED = ("._.", "published", None, None)
"""The ``doc.user_data`` key under which spaCy keeps ``doc._.published`` (a Doc's extension values are kept by
name, with no offsets)."""


def published_of(doc: Doc) -> date | None:
    """``doc._.published`` (the publication date :func:`run` was given), read straight from ``doc.user_data``:
    ``doc._`` makes a new Underscore object at every access (~9,000 instructions), as ``span._`` does (see
    :func:`mark_value`)."""
    return doc.user_data.get(_PUBLISHED)


def doc_text(doc: Doc) -> str:
    """``doc.text``, made once (spaCy joins the tokens' texts again at every access)."""
    try:
        return doc.user_data["text"]
    except KeyError:
        cached = doc.user_data["text"] = doc.text
        return cached


def span_text(span: Span) -> str:
    """``span.text``, cut from the document's text made once: ``Span.text`` joins its tokens' texts again at every
    access (about 10 µs for a sentence, and the rules read each sentence's text many times)."""
    if span.start == span.end:
        return ""
    return doc_text(span.doc)[span.start_char : span.end_char]


def words_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (``start >= 0``; ``end`` past the document is its end), cut from the document's text
    by the words' offsets without making the Span: a Span makes three Token objects to read its character offsets,
    and the rules slice the document dozens of times a document only to read the text between two words."""
    written = texts(doc)
    end = min(end, len(written))
    if start >= end:
        return ""
    begin = offsets(doc)
    return doc_text(doc)[begin[start] : begin[end - 1] + len(written[end - 1])]


def lower_text(span: Span) -> str:
    """``span.text.lower()``, made once per span of a document (kept by token range in ``doc.user_data``)."""
    doc = span.doc
    try:
        # (a span asked before: one lookup here, no call to words_lower_text; ~55 of ~65 calls a document)
        return doc.user_data["lower_text"][span.start, span.end]
    except KeyError:
        return words_lower_text(doc, span.start, span.end)


def words_lower_text(doc: Doc, start: int, end: int) -> str:
    """:func:`lower_text` of ``doc[start:end]`` (``start >= 0``), without making the Span (see :func:`words_text`);
    made once per range of a document, in the same cache as :func:`lower_text`."""
    try:
        # (a range asked before, as it was asked: one lookup, no bounds worked out; ~70 calls a document)
        return doc.user_data["lower_text"][start, end]
    except KeyError:
        pass
    cache = doc.user_data.get("lower_text")
    if cache is None:
        cache = doc.user_data["lower_text"] = {}
    size = len(texts(doc))
    start = min(start, size)
    key = (start, min(size, max(start, end)))  # (the bounds of the Span ``doc[start:end]``, as spaCy clamps them)
    value = cache.get(key)
    if value is None:
        value = cache[key] = words_text(doc, start, end).lower()
    cache[start, end] = value  # (the range as asked, for the lookup above: the same text as its bounds')
    return value


def span_lowers(span: Span) -> list[str]:
    """The lower-case forms of ``span``'s tokens (``[t.lower_ for t in span]`` without making Token objects)."""
    return lowers(span.doc)[span.start : span.end]


def wordlike(doc: Doc) -> list[bool]:
    """For every token, ``token.is_alpha or token.like_num`` (its word's lexeme flags: :func:`_read_flags`)."""
    return _flags(doc, "wordlike")


def alphas(doc: Doc) -> list[bool]:
    """For every token, ``token.is_alpha``, by index (read with :func:`wordlike`'s flags, made once)."""
    return _flags(doc, "alphas")


def _flags(doc: Doc, view: str) -> list[bool]:
    """The per-token flag list ``view`` ("wordlike" or "alphas"), both read in one pass the first time either is
    asked for."""
    cached = doc.user_data.get(view)
    if cached is None:
        _read_flags(doc)
        cached = doc.user_data[view]
    return cached


def _read_flags(doc: Doc) -> list[bool]:
    """Fill both views of :func:`_flags` and give every token's ``is_punct``, by index: the three lexeme flags of
    each distinct word, read once per process (:data:`_LEXICAL`), not per token per document through ``to_array``
    (~240 instructions a token and flag: ~100,000 a document for the three)."""
    texts_ = texts(doc)
    if not texts_:
        doc.user_data["wordlike"] = doc.user_data["alphas"] = []
        return []
    memory = _LEXICAL  # (read once: it is replaced, never emptied, so another thread's copy stays whole)
    if len(memory) > LEXICAL_MEMORY:
        memory = _lexical_reset()
    get = memory.get
    flags = [get(word) or _lexical(doc, word, memory) for word in texts_]
    punct, alpha, wordlike = zip(*flags, strict=True)
    doc.user_data["wordlike"] = list(wordlike)
    doc.user_data["alphas"] = list(alpha)
    return list(punct)


LEXICAL_MEMORY = 100_000
"""Distinct words whose lexeme flags :func:`_read_flags` remembers; then it starts again (bounded memory)."""

_LEXICAL: dict[str, tuple[bool, bool, bool]] = {}


def _lexical_reset() -> dict[str, tuple[bool, bool, bool]]:
    global _LEXICAL
    _LEXICAL = {}
    return _LEXICAL


def _lexical(doc: Doc, word: str, memory: dict[str, tuple[bool, bool, bool]]) -> tuple[bool, bool, bool]:
    """``(is_punct, is_alpha, is_alpha or like_num)`` of the lexeme of ``word`` (a token's text: its lexeme is in
    the vocabulary), remembered in ``memory``. A lexeme's flags are set from its text when it is made, so the same
    text always has the same flags."""
    lexeme = doc.vocab[word]
    found = memory[word] = (lexeme.is_punct, lexeme.is_alpha, lexeme.is_alpha or lexeme.like_num)
    return found


def spaced(doc: Doc) -> list[bool]:
    """For every token, whether whitespace follows it (``token.whitespace_ != ""``), by index, made once."""
    cached = doc.user_data.get("spaced")
    if cached is None:
        cached = doc.user_data["spaced"] = [bool(flag) for flag in doc.to_array(SPACY).tolist()]
    return cached


def lowers(doc: Doc) -> list[str]:
    """Every token's lower-case form, by index (computed once by ``sitrep_lines``)."""
    try:
        return doc.user_data["lower"]
    except KeyError:
        cached = doc.user_data["lower"] = [token.lower_ for token in doc]
        return cached


_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def phrase_before(lower: list[str], start: int, i: int, reach: int) -> list[str]:
    """The words before token ``i`` in its own phrase, nearest first: at most ``reach`` of them, none before
    ``start``, up to a punctuation mark ('on them, the ministry': 'the' only). A possessive ending is skipped and not
    counted ('at the army's regional headquarters': 'regional', 'army', 'the', 'at')."""
    words: list[str] = []
    for j in range(i - 1, start - 1, -1):
        word = lower[j]
        if word in _POSSESSIVES:
            continue
        if not word[:1].isalnum():
            break
        words.append(word)
        if len(words) == reach:
            break
    return words


@Language.component("sitrep_dates", assigns=["doc.spans"])
def mark_dates(doc: Doc) -> Doc:
    """Mark dates and periods (resolved against ``doc._.published``) and durations such as '68 days'."""
    spans = []
    text = doc_text(doc)
    for mention in find_dates(text, published_of(doc)):
        span = doc.char_span(mention.start, mention.end, label="DATE", alignment_mode="expand")
        if span is not None:
            set_mark_value(span, mention)
            spans.append(span)
    set_marks(doc, "dates", spans)
    set_marks(doc, "durations", [
        s for s in (doc.char_span(a, b, label="DURATION", alignment_mode="expand") for a, b in durations(text))
        if s is not None
    ])
    return doc


@Language.component("sitrep_numbers", assigns=["doc.spans"], requires=["doc.spans"])
def mark_numbers(doc: Doc) -> Doc:
    """Mark counts written as digits or words ('59', 'two', 'twenty-three', 'a single', 'dozens of')."""
    blocked = set()
    for key in ("dates", "durations"):
        for span in marks(doc, key):
            blocked.update(range(span.start, span.end))
    lower = lowers(doc)
    spans = []
    # The words that may open a count: each distinct word of the text asked once, then their places; the loop visits
    # only them (past the end of a count read).
    openers = _count_openers(word_set(doc, "lower"))
    starts = _positions(lower, openers) if openers else []
    after = 0  # the first index not inside a count read (or set aside) before
    for i in starts:
        if i < after or i in blocked:
            continue
        parsed = parse_words(lower[i : i + 8])
        if parsed is None or any(j in blocked for j in range(i, i + parsed.length)):
            continue
        end = after = i + parsed.length
        if _is_not_a_count(doc, i, end):
            continue
        span = Span(doc, i, end, label="NUMBER")
        set_mark_value(span, parsed)
        spans.append(span)
    set_marks(doc, "numbers", spans)
    return doc


_LIKE_NUM: dict[str, bool] = {}

_OPENERS: tuple[set[str], set[str]] = (set(), set())
"""(words asked, those of them that may open a count): :func:`_count_openers`' memory, replaced whole when full."""


def _count_openers(words: set[str]) -> set[str]:
    """The words of ``words`` that may open a count (a number word, an amount phrase's first word, or spaCy's
    ``like_num``), each word asked once per process: set operations in C instead of a test per word in Python. Holds
    at most about 100,000 words (then starts again), so it stays bounded."""
    global _OPENERS
    asked, openers = _OPENERS  # (read once: another thread may replace the pair meanwhile)
    new = words - asked
    if new:
        if len(asked) + len(new) > 100_000:
            asked, openers = set(), set()
            _OPENERS = (asked, openers)
            new = set(words)
        # (the openers first: a word counted as asked is then always answered by ``openers``)
        openers.update(word for word in new if word in _NUMBER_STARTS or like_number(word))
        asked.update(new)
    return words & openers


def like_number(word: str) -> bool:
    """spaCy's ``like_num`` (``Token.like_num`` of a token whose text is ``word``), remembered per word (it scans two
    lists of number words each time, and every token of every document is asked); the memory is emptied when it
    reaches 100,000 words, so it stays bounded."""
    known = _LIKE_NUM.get(word)
    if known is None:
        if len(_LIKE_NUM) >= 100_000:
            _LIKE_NUM.clear()
        known = _LIKE_NUM[word] = like_num(word)
    return known


_DECIMAL = re.compile(r"\d+[.:]\d+")


def _is_not_a_count(doc: Doc, start: int, end: int) -> bool:
    text = texts(doc)[start]  # (the word lists, not spaCy Tokens: this runs for every number of every document)
    if ("." in text or ":" in text) and _DECIMAL.fullmatch(text):  # decimals and clock times
        return True
    after = lowers(doc)[end] if end < len(doc) else ""
    before = lowers(doc)[start - 1] if start > 0 else ""
    if after in _NOT_COUNTS or before in _MONEY or after in _MONEY:
        return True
    if text.isdigit() and len(text) == 4 and text[:2] in ("19", "20"):
        return True  # a year
    if text.isdigit() and before in ("no", "number", "no.", "#", "resolution", "article", "route", "highway"):
        return True
    return before == "aged" or after in ("-year", "-years")


class _PhraseComponent:
    """A PhraseMatcher that writes longest, non-overlapping matches to one ``doc.spans`` key."""

    key = ""
    phrase_table: PhraseTable | None = None

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.payloads: dict[str, Any] = {}

    def add_table(self, phrases: Iterable[tuple[str, Any]]) -> None:
        """Match ``phrases`` through a :class:`PhraseTable` (their tokens kept in the disk cache), or through the
        PhraseMatchers (:meth:`add`) where the table cannot stand for them: building the matchers tokenizes every
        phrase into the vocabulary at every start (the actors' ~2,500 aliases: about 0.1 s). Both find the same
        spans."""
        pairs = list(phrases)
        self._firsts: dict[str, int] | None = None
        self._full: _PhraseComponent | None = None
        self.phrase_table = PhraseTable.build(self.nlp, pairs, kind=f"{self.key}-phrase-keys",
                                              first=lambda exact, at: self._first_match(pairs, exact, at))
        self._full = None  # (the full matchers, built only to order a clash when the cache was cold)
        if self.phrase_table is None:
            self.add(pairs)

    def _first_match(self, pairs: list[tuple[str, Any]], exact: bool, at: list[int]) -> int:
        """Which of the phrases at ``at`` (one token sequence, several payloads) gives its payload to the span in the
        matchers' path: the one the matchers of :meth:`add` give last, as spaCy keeps a span's extension values by
        its offsets and label, so that each equal span's payload overwrites the one before. The order is the order
        of the labels in the full matchers' hash maps, which a smaller matcher does not reproduce: the full matchers
        are built once (when the disk cache is cold) and their answers kept in the disk cache."""
        from sitrep import diskcache

        if self._firsts is None:
            name = (f"{self.key}-phrase-firsts-"
                    f"{diskcache.fingerprint(spacy.__version__, *(p for p, _ in pairs), files=_CACHE_FILES)}.json")
            cached = diskcache.read(name)
            self._firsts = cached if isinstance(cached, dict) else {}
            self._firsts_name = name
        key = f"{int(exact)}:{','.join(map(str, at))}"
        found = self._firsts.get(key)
        if not isinstance(found, int):
            if self._full is None:
                self._full = type(self)(self.nlp, self.name)
                self._full.add(pairs)
            matcher = self._full.exact if exact else self._full.lower
            doc = self.nlp.make_doc(_fold_quotes(pairs[at[0]][0]))
            labels = [int(self.nlp.vocab.strings[m].rsplit(":", 1)[1]) for m, s, e in matcher(doc)
                      if (s, e) == (0, len(doc))]
            found = self._firsts[key] = next((n for n in reversed(labels) if n in at), at[-1])
            diskcache.write(self._firsts_name, self._firsts)
        return found

    def add(self, phrases: Iterable[tuple[str, Any]]) -> None:
        lower: dict[str, list[Doc]] = {}
        exact: dict[str, list[Doc]] = {}
        for phrase, payload in phrases:
            label = f"{self.key}:{len(self.payloads)}"
            self.payloads[label] = payload
            target = exact if is_acronym(phrase) else lower
            target.setdefault(label, []).append(self.nlp.make_doc(_fold_quotes(phrase)))
        for label, docs in lower.items():
            self.lower.add(label, docs)
        for label, docs in exact.items():
            self.exact.add(label, docs)

    def __call__(self, doc: Doc) -> Doc:
        found = []
        if self.phrase_table is not None:
            for start, end, payload in self.phrase_table.matches(doc):
                span = Span(doc, start, end, label=self.key.upper())
                set_mark_value(span, payload)
                found.append(span)
            set_marks(doc, self.key, self.keep(doc, filter_spans(found)))
            return doc
        for matcher in (self.lower, self.exact):
            for match_id, start, end in matcher(doc):
                label = self.nlp.vocab.strings[match_id]
                span = Span(doc, start, end, label=self.key.upper())
                set_mark_value(span, self.payloads[label])
                found.append(span)
        set_marks(doc, self.key, self.keep(doc, filter_spans(found)))
        return doc

    def keep(self, doc: Doc, spans: list[Span]) -> list[Span]:
        return spans


class PhraseTable:
    """What a PhraseMatcher on ``LOWER`` (and one on ``ORTH`` for acronyms) finds, from dicts of token tuples.

    :meth:`matches` gives the lower-case matches and then the exact ones, each by start and then by length, as the
    two matchers of :class:`_PhraseComponent` give them; ``filter_spans`` then keeps the same spans. Where one token
    sequence stands for two payloads the matchers' order between them is their hash map's, so :meth:`build` gives
    None and the caller uses the matchers.
    """

    def __init__(self, lower: dict[tuple[str, ...], Any], exact: dict[tuple[str, ...], Any]) -> None:
        self.lower = lower
        self.exact = exact
        # The lengths of the phrases that start with each word: only those slices are looked up.
        self.lower_lengths = self._lengths(lower)
        self.exact_lengths = self._lengths(exact)
        # (as sets, so that a set intersection with a text's words walks the smaller of the two)
        self.lower_starts = set(self.lower_lengths)
        self.exact_starts = set(self.exact_lengths)
        # The second words of the longer phrases that start with each word: a word not followed by one of them
        # starts no phrase longer than one word, and no slice of the text is made for it.
        self.lower_seconds = self._seconds(lower)
        self.exact_seconds = self._seconds(exact)

    @staticmethod
    def _seconds(table: dict[tuple[str, ...], Any]) -> dict[str, frozenset[str]]:
        seconds: dict[str, set[str]] = {}
        for words in table:
            if len(words) > 1:
                seconds.setdefault(words[0], set()).add(words[1])
        return {first: frozenset(found) for first, found in seconds.items()}

    @staticmethod
    def _lengths(table: dict[tuple[str, ...], Any]) -> dict[str, tuple[int, ...]]:
        lengths: dict[str, set[int]] = {}
        for words in table:
            lengths.setdefault(words[0], set()).add(len(words))
        return {first: tuple(sorted(found)) for first, found in lengths.items()}

    @classmethod
    def build(cls, nlp: Language, phrases: list[tuple[str, Any]], *, kind: str = "phrase-keys",
              first: Callable[[bool, list[int]], int] | None = None) -> PhraseTable | None:
        """The table of ``(phrase, payload)`` pairs, tokenized by ``nlp`` (tokens cached on disk under ``kind``, one
        kind per table: the cache keeps only the newest entries of each kind). Where a token sequence has two
        payloads, ``first(exact, indices)`` tells which of the phrases at ``indices`` gives the span its payload in
        the matchers' path; without it the table is None."""
        keys = _phrase_keys(nlp, [phrase for phrase, _ in phrases], kind=kind)
        lower: dict[tuple[str, ...], Any] = {}
        exact: dict[tuple[str, ...], Any] = {}
        indices: dict[tuple[bool, tuple[str, ...]], list[int]] = {}
        clashes = []
        for n, ((_, payload), (is_exact, words)) in enumerate(zip(phrases, keys, strict=True)):
            if not words:
                continue  # (the PhraseMatcher skips an empty phrase)
            key = (is_exact, tuple(words))
            indices.setdefault(key, []).append(n)
            if (exact if is_exact else lower).setdefault(key[1], payload) != payload:
                if first is None:
                    return None
                clashes.append(key)
        for is_exact, words in clashes:
            (exact if is_exact else lower)[words] = phrases[first(is_exact, indices[is_exact, words])][1]
        return cls(lower, exact)

    def matches(self, doc: Doc) -> list[tuple[int, int, Any]]:
        """``(start, end, payload)`` of every match in ``doc``: lower-case ones, then exact ones."""
        found = []
        no_seconds: frozenset[str] = frozenset()
        for table, lengths, starts, seconds, words, kind in (
                (self.lower, self.lower_lengths, self.lower_starts, self.lower_seconds, lowers(doc), "lower"),
                (self.exact, self.exact_lengths, self.exact_starts, self.exact_seconds, texts(doc), "texts")):
            if not table:
                continue
            size = len(words)
            # Only the words some phrase starts with: those of the text's distinct words (a set intersection in C),
            # then their places.
            firsts = word_set(doc, kind) & starts
            if not firsts:
                continue
            for i in _positions(words, firsts):
                word = words[i]
                for n in lengths[word]:
                    if i + n > size:
                        break
                    if n == 1:
                        payload = table.get((word,), table)
                    elif words[i + 1] in seconds.get(word, no_seconds):
                        payload = table.get(tuple(words[i : i + n]), table)
                    else:
                        break  # (no longer phrase goes on with the next word: the lengths left cannot match)
                    if payload is not table:
                        found.append((i, i + n, payload))
        return found


def word_set(doc: Doc, kind: str) -> set[str]:
    """The distinct words of the document, lower-cased (``kind`` "lower") or as written ("texts"), made once."""
    key = _SET_KEYS.get(kind) or f"{kind}_set"  # (the key's string made once, not at each of ~15 calls a document)
    try:
        return doc.user_data[key]
    except KeyError:
        cached = doc.user_data[key] = set(lowers(doc) if kind == "lower" else texts(doc))
        return cached


_SET_KEYS = {"lower": "lower_set", "texts": "texts_set"}
"""The ``doc.user_data`` key of each kind of :func:`word_set`."""


_SCAN_WORDS = 4
"""Up to this many distinct words are found by ``list.index`` (a scan in C per word); more by one comprehension."""


def _positions(words: list[str], wanted: set[str]) -> list[int]:
    """The indexes of ``words`` that hold one of ``wanted``, in order."""
    if len(wanted) > _SCAN_WORDS:
        return [i for i, word in enumerate(words) if word in wanted]
    found = []
    for word in wanted:
        i = words.index(word)
        while True:
            found.append(i)
            try:
                i = words.index(word, i + 1)
            except ValueError:
                break
    found.sort()
    return found


def _phrase_keys(nlp: Language, phrases: list[str], *, kind: str = "phrase-keys") -> list[tuple[bool, list[str]]]:
    """``(exact, words)`` for each phrase as :class:`_PhraseComponent` would match it: an acronym by its token texts,
    any other phrase by their lower-case forms. Kept in the disk cache (named by the phrases, spaCy's version and this
    file) so that the next process does not tokenize thousands of names again."""
    from sitrep import diskcache

    # (this file's time and size stand for the tokenizer's settings made here)
    name = f"{kind}-{diskcache.fingerprint(spacy.__version__, *phrases, files=_CACHE_FILES)}.marshal"
    cached = diskcache.read(name)
    if isinstance(cached, list) and len(cached) == len(phrases):
        return cached
    keys = []
    for phrase in phrases:
        words = [token.text for token in nlp.make_doc(_fold_quotes(phrase))]
        exact = is_acronym(phrase)
        keys.append((exact, words if exact else [w.lower() for w in words]))
    diskcache.write(name, keys)
    return keys


def texts(doc: Doc) -> list[str]:
    """Every token's text, by index (kept by ``sitrep_lines``)."""
    try:
        return doc.user_data["texts"]
    except KeyError:
        cached = doc.user_data["texts"] = [token.text for token in doc]
        return cached


def _fold_quotes(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


@Language.factory("sitrep_actors", assigns=["doc.spans"])
def make_actor_component(nlp: Language, name: str) -> ActorComponent:
    """Actor mentions, normalised through the alias table."""
    return ActorComponent(nlp, name)


class ActorComponent(_PhraseComponent):
    """Marks actor mentions; the payload is the :class:`~sitrep.taxonomy.Actor`."""

    key = "actors"
    table: ActorTable | None = None

    def load(self, table: ActorTable) -> None:
        self.table = table
        pairs = []
        for alias, canonical in table.aliases():
            actor = table.actors[canonical]
            pairs.append((alias, actor))
            if "'" in alias:
                pairs.append((alias.replace("'", "’"), actor))
        self.add_table(pairs)

    def keep(self, doc: Doc, spans: list[Span]) -> list[Span]:
        return [self._led_by(doc, span) for span in spans]

    def _led_by(self, doc: Doc, span: Span) -> Span:
        """A coalition named with its leader after it ('coalition forces led by Saudi Arabia', 'the coalition led
        by the United States') is that leader's coalition, where the table knows one ('Saudi-led coalition'): the
        words after the name decide, not the alias 'coalition forces' alone."""
        if self.table is None or "coalition" not in span_text(span).lower():
            return span
        if [t.lower_ for t in doc[span.end : span.end + 2]] != ["led", "by"]:
            return span
        start = span.end + 2 + (span.end + 2 < len(doc) and doc[span.end + 2].lower_ == "the")
        end = start
        while end < len(doc) and end - start < 3 and doc[end].is_title:
            end += 1
        leader = doc[start:end].text
        if not leader:
            return span
        names = [leader, *_demonyms_of(leader)]
        found = next((self.table.get(f"{name}-led coalition") for name in names
                      if self.table.get(f"{name}-led coalition") is not None), None)
        if found is None or found is mark_value(span):
            return span
        out = Span(doc, span.start, span.end, label=span.label_)
        set_mark_value(out, found)
        return out


def _demonyms_of(name: str) -> list[str]:
    """'Saudi' for 'Saudi Arabia', 'US' and 'American' for 'United States': the demonyms and short names the
    actor table may use for a country named in full."""
    try:
        code = pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return []
    return [d for d, c in DEMONYMS.items() if c == code]


@Language.factory("sitrep_places", assigns=["doc.spans"])
def make_place_component(nlp: Language, name: str) -> PlaceComponent:
    """Country and governorate mentions from the gazetteer's names."""
    return PlaceComponent(nlp, name)


class PlaceComponent(_PhraseComponent):
    """Marks place names; the payload is the place kind (``country`` or ``admin1``).

    The gazetteer's ~13,500 names are matched through a :class:`PhraseTable` rather than spaCy's PhraseMatchers:
    building those tokenizes every name into the vocabulary (about a second at every start), while the table is
    made from the names' tokens kept on disk. Both find the same spans."""

    key = "places"
    table: PhraseTable | None = None

    def load(self, places: Mapping[str, str]) -> None:
        pairs = []
        for name, kind in places.items():
            pairs.append((name, kind))
            if "'" in name:
                pairs.append((name.replace("'", "’"), kind))
        self.table = PhraseTable.build(self.nlp, pairs)
        if self.table is None:
            self.add(pairs)

    def __call__(self, doc: Doc) -> Doc:
        if self.table is None:
            return super().__call__(doc)
        found = []
        for start, end, payload in self.table.matches(doc):
            span = Span(doc, start, end, label="PLACES")
            set_mark_value(span, payload)
            found.append(span)
        set_marks(doc, self.key, self.keep(doc, filter_spans(found)))
        return doc

    def keep(self, doc: Doc, spans: list[Span]) -> list[Span]:
        # A place name inside an actor's name ("Syrian Democratic Forces", "Islamic State of Iraq") is not a place.
        # Nor is the first half of a compound ("Britain-based monitor", "United States-backed forces").
        inside = set()
        for actor in marks(doc, "actors"):
            inside.update(range(actor.start, actor.end))
        return [s for s in spans if not any(i in inside for i in range(s.start, s.end)) and not _compound(doc, s)]


def _compound(doc: Doc, span: Span) -> bool:
    lower = lowers(doc)  # (the word lists: no Token made per place name)
    if span.end + 1 < len(lower) and texts(doc)[span.end] == "-":
        return lower[span.end + 1] in COMPOUND_SUFFIXES
    return span.end < len(lower) and lower[span.end].startswith("-")


@Language.component("sitrep_regions", assigns=["doc.spans"])
def mark_regions(doc: Doc) -> Doc:
    """Macro-regions: 'the northeastern region', 'southern Syria', 'the north'."""
    spans: list[Span] = []
    lower = lowers(doc)
    hits = word_set(doc, "lower") & _REGION_WORDS  # (most texts name no region: no word is walked)
    if not hits:
        set_marks(doc, "regions", spans)
        return doc
    places = {s.start for s in marks(doc, "places")}
    last = len(lower) - 1
    for i in _positions(lower, hits):
        word = lower[i]
        key = REGIONS_BY_WORD[word]
        nxt = lower[i + 1] if i < last else None
        prev = lower[i - 1] if i > 0 else None
        if nxt is not None and (nxt in _REGION_NOUNS or i + 1 in places):
            end = i + 2 if nxt in _REGION_NOUNS else i + 1
        elif prev == "the" and (nxt is None or doc[i + 1].is_punct or nxt in (
                "of", "and", "for", "with", "saw", "accounted", "had", "was", "were", "recorded")):
            end = i + 1
        else:
            continue
        span = Span(doc, i, end, label="REGION")
        set_mark_value(span, key)
        spans.append(span)
    set_marks(doc, "regions", spans)
    return doc


REGIONS_BY_WORD = {term: key for key, terms in REGIONS.items() for term in terms if " " not in term}
_REGION_WORDS = set(REGIONS_BY_WORD)


@Language.factory("sitrep_tactics", assigns=["doc.spans"])
def make_tactic_component(nlp: Language, name: str) -> TacticComponent:
    """Tactic terms ('roadside bombs', 'ambushes', 'suicide attacks')."""
    component = TacticComponent(nlp, name)
    component.add_table((term, tactic.key) for tactic in TACTICS.values() for term in tactic.terms)
    return component


class TacticComponent(_PhraseComponent):
    """Marks tactic terms; the payload is the tactic key."""

    key = "tactics"
