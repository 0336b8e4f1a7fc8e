"""Words that tell what a number counts and how a sentence reports violence, shared by claims and events.

All lower case; matched against spaCy's ``token.lower_``.
"""

from __future__ import annotations

OP_NOUNS = {"operation", "operations", "attack", "attacks", "strike", "strikes", "incident", "incidents",
            "assaults", "raids", "ambushes", "assassinations", "bombings", "ops"}
KILL = {"killed", "killing", "kill", "kills", "dead", "deaths", "died", "fatalities", "killings", "slain", "lives",
        "executed", "executing", "assassinated", "beheaded", "murdered"}
WOUND = {"wounded", "wounding", "injured", "injuring", "injuries", "wounds", "hurt", "injures"}
COMBINED = {"casualties", "casualty"}
CAPTURE = {"captured", "capturing", "abducted", "abducting", "kidnapped", "kidnapping", "prisoner", "prisoners",
           "detained", "hostage", "hostages", "arrested", "arresting", "seized"}
DESTROY = {"destroyed", "destroying", "damaged", "damaging", "burned", "burnt", "torched", "downed", "down",
           "disabled", "destroy", "damage", "demolished", "blew", "blown", "wrecked"}
VEHICLES = {"vehicle", "vehicles", "tank", "tanks", "humvee", "humvees", "car", "cars", "truck", "trucks",
            "bulldozer", "bulldozers", "apc", "apcs", "pickup", "pickups", "motorcycle", "motorcycles",
            "armoured", "armored", "tankers", "jeeps", "jeep"}
BUILDINGS = {"house", "houses", "home", "homes", "building", "buildings", "shop", "shops", "schools", "school"}
PERSONS = {"people", "persons", "individuals", "others", "members", "personnel", "militants", "men", "elements",
           "fighters", "soldiers", "troops", "civilians", "policemen", "officers", "militiamen"}
SKIP_BEFORE = {"at", "least", "more", "than", "over", "about", "around", "nearly", "almost", "some", "up", "to",
               "approximately", "roughly", "a", "total", "of", "an", "estimated", "another", "further", "other",
               "additional", "only", "just", "exactly"}
PARTIAL_MARKERS = {"including", "among", "incl"}
AMBIGUOUS_MARKERS = {"included", "include", "includes"}
"""'The operations included 20 IED attacks, 19 raids …' may list all parts or only some: read as complete when the
parts add up to the total, as partial when they fall short (a shortfall is then no inconsistency)."""
MATERIEL = {"vehicles_damaged_or_destroyed", "equipment_destroyed", "buildings_destroyed"}
ANTECEDENT_WORDS = {"them", "whom", "which", "these", "those"}
REMAINDER_WORDS = {"remaining", "rest", "other"}
BOUNDARY = {",", ";", ":", ".", "(", ")", "—", "–", "!", "?"}
CONTINUE_AFTER_COMMA = {"specifically", "namely", "all", "mostly", "mainly", "chiefly", "exclusively"}
CLAUSE_BREAK = {"and", "or", "while", "but", "whereas"}
ITEM_STOP = {"in", "at", "on", "during", "near", "across", "belonging", "from", "of", "while", "with", "and", "that",
             "which", "as", "by", "for", "to", "over", "since", "within", "throughout", "between", "were", "was"}
CLAIM_VERBS = {"claimed", "claims", "claim", "said", "says", "announced", "announces", "stated", "reported",
               "released", "published", "revealed", "issued", "boasted", "according", "documented", "recorded",
               "counted", "tallied"}
PERIOD_KINDS_EXPLICIT = ("range",)
NON_PERPETRATOR_KINDS = {"media", "monitor"}


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


def measure_from_left(left: list[str], right: list[str]) -> tuple[str | None, str | None]:
    """(measure, item) from the verb just before a count: "killing or wounding 122", "destroyed 34 vehicles"."""
    run: list[str] = []
    for position in range(len(left) - 1, -1, -1):
        word = left[position]
        if word in SKIP_BEFORE and not run:
            continue
        if word == "and" and run and not (position > 0 and left[position - 1] in KILL | WOUND):
            break
        if word in KILL | WOUND | COMBINED | CAPTURE | DESTROY | {"or", "and", "took", "shot", "brought"}:
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
