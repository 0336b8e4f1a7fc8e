"""English words that tell what a number counts and how a sentence reports violence (claims and incidents).

All lower case; matched against spaCy's ``token.lower_``. :mod:`sitrep.extract.vocabulary` reads them from here.
"""

from __future__ import annotations

OP_NOUNS = {"operation", "operations", "attack", "attacks", "strike", "strikes", "incident", "incidents",
            "assaults", "raids", "ambushes", "assassinations", "bombings", "ops"}
KILL = {"killed", "killing", "kill", "kills", "dead", "deaths", "died", "fatalities", "killings", "slain", "lives",
        "executed", "executing", "assassinated", "beheaded", "decapitated", "murdered", "martyred"}
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
POSSESSIVES_BEFORE_COUNT = frozenset({"his", "her", "their"})
"""A possessive right between a verb of harm and its count ('killed her two sons'): skipped, so the verb tells the
measure (only there: 'the killing of their two colleagues' is a cause named, no toll)."""
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

LOSS_VERBS = {"lost"}
"""'We have lost 15 people', 'the unit lost three soldiers': the people a side lost, right after the verb, are its
dead (not 'lost contact with', nor things lost: only a count of persons right after it)."""

AS_WERE = {("as", "were"), ("as", "was"), ("so", "were"), ("so", "was")}
"""'24 civilians were wounded, as were seven guards': the count after it takes the measure of the count before."""

DEATH_RESULT_LEADS = {("resulting", "in"), ("resulted", "in"), ("results", "in"), ("leading", "to"), ("led", "to"),
                      ("leads", "to"), ("ending", "in"), ("ended", "in"), ("causing",), ("caused",), ("claiming",),
                      ("claimed",)}
"""'... fired on the crowd, resulting in the death of one protester', 'the clash led to the death of 3', 'claimed the
life of one': an act's outcome told as a death noun; the count after 'the death of' / 'the life of' is its dead.
Only after such a lead: 'mourned the death of', 'protested over the death of', 'an inquiry into the death of' name a
death that is no toll of the act told."""

NONE_OF = {("no", "one"), ("not", "one"), ("no-one",)}
"""'No one was killed', 'not one soldier was hurt': the word 'one' after a negation counts nobody (the zero is read
from the sentence's no-casualty phrase)."""
