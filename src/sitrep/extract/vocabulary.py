"""Reading what a number counts from the words around it, shared by claims and events.

The words themselves are per language, in :mod:`sitrep.extract.lang` (English: ``lang/en/counting.py``); they are
re-exported here for the rules that import them.
"""

from __future__ import annotations

from sitrep.extract.lang.en.counting import (
    AMBIGUOUS_MARKERS,
    ANTECEDENT_WORDS,
    BOUNDARY,
    BUILDINGS,
    CAPTURE,
    CLAIM_VERBS,
    CLAUSE_BREAK,
    COMBINED,
    CONTINUE_AFTER_COMMA,
    DESTROY,
    ITEM_STOP,
    KILL,
    MATERIEL,
    NON_PERPETRATOR_KINDS,
    OP_NOUNS,
    PARTIAL_MARKERS,
    PERIOD_KINDS_EXPLICIT,
    PERSONS,
    POSSESSIVES_BEFORE_COUNT,
    REMAINDER_WORDS,
    SKIP_BEFORE,
    VEHICLES,
    WOUND,
)

__all__ = ["AMBIGUOUS_MARKERS", "ANTECEDENT_WORDS", "BOUNDARY", "BUILDINGS", "CAPTURE", "CLAIM_VERBS", "CLAUSE_BREAK",
    "COMBINED", "CONTINUE_AFTER_COMMA", "DESTROY", "ITEM_STOP", "KILL", "MATERIEL", "NON_PERPETRATOR_KINDS",
    "OP_NOUNS", "PARTIAL_MARKERS", "PERIOD_KINDS_EXPLICIT", "PERSONS", "REMAINDER_WORDS", "SKIP_BEFORE", "VEHICLES",
    "WOUND", "casualty_measure", "materiel", "measure_from_left"]


# --- reading a count's measure from the words around it ------------------------------------------------------

def casualty_measure(words: list[str]) -> str | None:
    """killed, wounded or killed_or_wounded, from casualty words ("killed or wounded", "casualties")."""
    kill = any(w in KILL for w in words)
    wound = any(w in WOUND for w in words)
    if any(w in COMBINED for w in words) or (kill and wound):
        return "killed_or_wounded"
    if kill:
        return "killed"
    if wound:
        return "wounded"
    return None


_KILL_OR_WOUND = KILL | WOUND
_RUN_WORDS = KILL | WOUND | COMBINED | CAPTURE | DESTROY | {"or", "and", "took", "shot", "brought"}
"""The words of a verb run before a count (the unions made once: :func:`measure_from_left` runs for every count)."""


def measure_from_left(left: list[str], right: list[str]) -> tuple[str | None, str | None]:
    """(measure, item) from the verb just before a count: "killing or wounding 122", "destroyed 34 vehicles"."""
    run: list[str] = []
    for position in range(len(left) - 1, -1, -1):
        word = left[position]
        if word in SKIP_BEFORE and not run:
            continue
        if word in POSSESSIVES_BEFORE_COUNT and position == len(left) - 1 and position > 0 and (
                left[position - 1] in _KILL_OR_WOUND):
            continue  # "killed her two sons": the verb's own count
        if word == "and" and run and not (position > 0 and left[position - 1] in _KILL_OR_WOUND):
            break
        if word in _RUN_WORDS:
            run.append(word)
            continue
        break
    if not run or run[0] in ("or", "and"):
        # "31 militants were killed and 46 suspects arrested": the verb before "and" belongs to the first count.
        return None, None
    casualty = casualty_measure(run)
    if casualty:
        return casualty, None
    if any(w in CAPTURE for w in run):
        return "captured", None
    if any(w in DESTROY for w in run):
        return materiel(right)
    return None, None


def materiel(right: list[str]) -> tuple[str | None, str | None]:
    """(measure, item) for what was destroyed, from the words after the count."""
    head = right[:4]
    if any(w in VEHICLES for w in head):
        return "vehicles_damaged_or_destroyed", None
    if any(w in BUILDINGS for w in head):
        return "buildings_destroyed", None
    words = []
    for word in right:
        if word in ITEM_STOP or not word.isalpha():
            break
        words.append(word)
    if not words:
        return None, None
    return "equipment_destroyed", " ".join(words)
