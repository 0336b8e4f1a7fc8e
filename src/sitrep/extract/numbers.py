"""Numbers as reporting writes them: digits, number words, and vague quantities.

Vague quantities follow one convention, close to ACLED's and UCDP's practice (ACLED codes "dozens" as 12 and
"tens" as 10; UCDP takes the lowest reliable figure as best). A vague word gives a *low* bound and a *best*
estimate and is flagged ``vague``; it never enters an aggregate claim's figures, which must be stated numbers.

=================  ====  ====  ====
phrase             low   best  high
=================  ====  ====  ====
a couple of         2     2     2
a few               2     3     —
several             3     3     —
a number of         2     3     —
some                2     2     —
dozens              24    24    —
a dozen             12    12    12
tens                20    20    —
scores              40    40    —
hundreds            200   200   —
thousands           2000  2000  —
=================  ====  ====  ====
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES)

# (low, best, high) for vague quantities; see the module docstring.
VAGUE: dict[str, tuple[int, int, int | None]] = {
    "a couple of": (2, 2, 2),
    "a few": (2, 3, None),
    "several": (3, 3, None),
    "a number of": (2, 3, None),
    "some": (2, 2, None),
    "dozens": (24, 24, None),
    "dozens of": (24, 24, None),
    "tens of": (20, 20, None),
    "scores of": (40, 40, None),
    "hundreds": (200, 200, None),
    "hundreds of": (200, 200, None),
    "thousands": (2000, 2000, None),
    "thousands of": (2000, 2000, None),
}
EXACT_PHRASES: dict[str, int] = {"a single": 1, "a lone": 1, "a dozen": 12, "a pair of": 2, "both": 2}

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$")


@dataclass(frozen=True)
class ParsedNumber:
    """A number found in text: its value and how many tokens it spans."""

    value: int
    length: int
    vague: bool = False
    low: int | None = None
    high: int | None = None


def digits_value(text: str) -> int | None:
    """The integer a digit string such as '2,500' or '59' stands for, or None."""
    if text.isascii() and text.isdigit():
        return int(text)  # (most counts, '59': what the pattern's second branch matches, without the regex engine)
    if not text[:1].isdecimal():
        return None  # (every match opens with a decimal digit, ``\d``: number words are answered here)
    if _DIGITS.match(text):
        return int(text.replace(",", ""))
    return None


def parse_words(words: list[str]) -> ParsedNumber | None:
    """Read a number from the start of ``words`` (lower-case tokens); None when they do not start with one.

    Handles 'twelve', 'twenty - three' (spaCy splits the hyphen), 'one hundred and three', 'two thousand',
    '2,500', 'a single', 'a dozen', and vague phrases ('dozens of', 'several').
    """
    if not words:
        return None
    for parts, phrase, vague in _PHRASES_BY_FIRST.get(words[0], ()):
        if words[: len(parts)] == parts:
            if vague:
                low, best, high = VAGUE[phrase]
                return ParsedNumber(best, len(parts), True, low, high)
            return ParsedNumber(EXACT_PHRASES[phrase], len(parts))
    first = digits_value(words[0])
    if first is not None:
        if len(words) > 1 and words[1] in ("million", "thousand") and first < 1000:
            return ParsedNumber(first * SCALES[words[1]], 2)
        if len(words) > 1 and words[1] == "dozen" and first < 100:
            return ParsedNumber(first * 12, 2)
        return ParsedNumber(first, 1)
    parsed = _parse_number_words(words)
    if parsed is not None and parsed.length < len(words) and words[parsed.length] == "dozen" and parsed.value < 100:
        return ParsedNumber(parsed.value * 12, parsed.length + 1)  # "two dozen", "three dozen": 24, 36
    return parsed


def _phrases_by_first() -> dict[str, list[tuple[list[str], str, bool]]]:
    """The phrases :func:`parse_words` tries, in its order (exact ones, then vague ones, each longest first), by their
    first word: only those that start with a text's first word can match it (sorted once, not at every call)."""
    found: dict[str, list[tuple[list[str], str, bool]]] = {}
    for phrase_map, vague in ((EXACT_PHRASES, False), (VAGUE, True)):
        for phrase in sorted(phrase_map, key=lambda p: -len(p.split())):
            parts = phrase.split()
            found.setdefault(parts[0], []).append((parts, phrase, vague))
    return found


_PHRASES_BY_FIRST = _phrases_by_first()


def _joins(word: str, words: list[str], i: int, seen_any: bool) -> bool:
    """'twenty - three' and 'one hundred and three': the hyphen and the 'and' inside a number word."""
    if not seen_any or i + 1 >= len(words):
        return False
    following = words[i + 1]
    if word == "-":
        return following in UNITS and words[i - 1] in TENS
    return word == "and" and (following in UNITS or following in TENS) and words[i - 1] in SCALES


def _parse_number_words(words: list[str]) -> ParsedNumber | None:
    total = 0
    current = 0
    used = 0
    seen_any = False
    i = 0
    while i < len(words):
        word = words[i]
        if word in UNITS:
            if seen_any and current % 100 not in (0,) and current % 10 != 0:
                break
            current += UNITS[word]
        elif word in TENS:
            if seen_any and current % 100 != 0:
                break
            current += TENS[word]
        elif word in SCALES:
            if not seen_any:
                break
            scale = SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        elif _joins(word, words, i, seen_any):
            i += 1
            continue
        else:
            break
        seen_any = True
        i += 1
        used = i
    if not seen_any:
        return None
    return ParsedNumber(total + current, used)
