"""Misspelt words read as the word meant: one letter dropped or two neighbouring letters swapped.

Coders' notes and hurried reports misspell the very verbs detection waits for ('protestd', 'demonstated',
'attakced'). A long word one such slip away from exactly one word of a vocabulary is read as that word. The slip is
never at the first letter (a misspelling keeps its head), never the last letter dropped ('executed' without its 'd'
is the real verb 'execute'), and the misspelt form must be no word the rules know (of the vocabulary, of any word
list of the language's modules, or of :data:`REAL_WORDS`); short words are left alone, since among them one slip
often makes another real word ('fired' / 'fried').
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType

MIN_TYPO_LENGTH = 7
"""The shortest misspelt form read as a word: below it, a slip too often makes another real word."""


REAL_WORDS = {"batting", "shooing", "sooting", "strikes", "striker", "execute", "lighting", "classes", "hooting"}
"""English words one slip away from a trigger word that no word list of the rules holds ('batting' / 'battling')."""


def known_words(*modules: ModuleType) -> set[str]:
    """Every word of every set of strings the ``modules`` define: the words the rules already read as themselves."""
    words: set[str] = set()
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, (set, frozenset)) and all(isinstance(w, str) for w in value):
                words |= value
    return words


def typo_table(vocabulary: Iterable[str], known: Iterable[str] = ()) -> dict[str, str]:
    """Every misspelt form (one inner letter dropped, two neighbouring letters swapped) of each word of
    ``vocabulary``, mapped to that word; forms that are words of the vocabulary, of ``known`` or of
    :data:`REAL_WORDS`, or that two words share, left out."""
    words = {w for w in vocabulary if w.isalpha()}
    taken = words | set(known) | REAL_WORDS
    found: dict[str, set[str]] = {}
    for word in words:
        forms = set()
        for i in range(1, len(word) - 1):  # (never the first letter, never the last one dropped)
            forms.add(word[:i] + word[i + 1 :])
        for i in range(1, len(word) - 1):
            if word[i] != word[i + 1]:
                forms.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        for form in forms:
            if len(form) >= MIN_TYPO_LENGTH and form not in taken:
                found.setdefault(form, set()).add(word)
    return {form: next(iter(meant)) for form, meant in found.items() if len(meant) == 1}
