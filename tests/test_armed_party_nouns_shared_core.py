"""The lists of armed parties in the English vocabulary share one core (``ARMED_PARTY_NOUNS``): each is built from it
plus its own words, and each still holds exactly the members it held when it was written out in full."""

from __future__ import annotations

import re

from sitrep.extract.lang.en import incidents as en

CORE = {"militants", "gunmen", "fighters", "jihadists", "insurgents", "rebels", "militiamen"}


def _alternatives(pattern: str) -> set[str]:
    """The alternatives of a pattern written as one '(?:a|b|c)' group whose inner groups hold no '|'."""
    assert pattern.startswith("(?:") and pattern.endswith(")"), pattern
    inner, parts, depth, part = pattern[3:-1], [], 0, ""
    for char in inner:
        if char == "|" and depth == 0:
            parts.append(part)
            part = ""
            continue
        depth += (char == "(") - (char == ")")
        part += char
    return {*parts, part}


def test_every_list_of_armed_parties_holds_the_core():
    assert set(en.ARMED_PARTY_NOUNS) == CORE
    assert set(en.ARMED_FIGHTER_NOUNS) <= set(en.ARMED_PARTY_NOUNS)
    assert CORE <= en.ARMED_FIGHTERS and CORE <= en.GATHERING_GUNFIGHT_SIDES
    assert _alternatives(en.EXTORTERS) >= CORE and _alternatives(en.ORDERING_ARMED) >= CORE


def test_the_lists_built_from_the_core_keep_their_old_members():
    assert {"militants", "gunmen", "insurgents", "fighters", "rebels", "militiamen", "jihadists"} == en.ARMED_FIGHTERS
    assert frozenset(
        {"militants", "gunmen", "insurgents", "fighters", "rebels", "militiamen", "jihadists", "hunters", "militia",
         "militias", "group"}) == en.GATHERING_GUNFIGHT_SIDES
    assert _alternatives(en._ATTACKER_NOUNS) == {
        "militants?", "attackers?", "fighters?", "insurgents?", "jihadists?", "assailants?", "terrorists?",
        "minelayers?"}
    assert en.EXTORTERS == (
        r"(?:militants|gunmen|fighters|jihadists|insurgents|rebels|militiamen|militias?|bandits|terrorists|"
        r"soldiers|troops|forces|mercenaries|armed (?:men|groups?|individuals|elements)|"
        r"(?:unidentified|unknown) (?:armed )?(?:men|individuals|groups?))")
    assert en.ORDERING_ARMED == (
        r"(?:militants|gunmen|fighters|jihadists|insurgents|rebels|militiamen|bandits|terrorists|gangs?|"
        r"armed (?:men|groups?|individuals|elements)|"
        r"(?:armed|gang|militia|rebel|jihadist|suspected [\w'’-]+) members)")


def test_the_attackers_pattern_reads_singular_and_plural():
    # (built from the core's plurals: 'the militant was killed' and 'three militants were killed' both name attackers)
    for text in ("the militant was killed", "three militants were killed", "an assailant was shot dead"):
        assert en.ATTACKERS_KILLED.search(text), text
    assert not en.ATTACKERS_KILLED.search("three soldiers were killed")
    assert re.fullmatch(en._ATTACKER_NOUNS, "minelayer")
