"""English words that tell who did an act when a report names the perpetrator by a description, and which
numbers of a sentence are casualties of this act: read by :mod:`sitrep.extract.events`.

All lower case, matched against ``token.lower_``.
"""

from __future__ import annotations

import re

DESCRIBED_MEMBERS = {"gunmen", "gunman", "militants", "militant", "fighters", "fighter", "members", "elements",
                     "insurgents", "rebels", "men", "cell", "cells", "attackers", "assailants", "remnants",
                     "loyalists", "supporters", "affiliates", "operatives", "jihadists", "terrorists"}
"""Nouns that name the perpetrator by its group: 'gunmen believed to belong to X', 'fighters from X', 'militants
of X', 'elements of X'."""

MEMBERSHIP_LINKS = ("belonging to", "belong to", "belongs to", "loyal to", "affiliated with", "affiliated to",
                    "linked to", "allied to", "allied with", "aligned with", "associated with", "from", "of",
                    "with")
"""What joins such a noun to the group it belongs to ('fighters loyal to X', 'gunmen affiliated with X')."""

MEMBERSHIP_HEDGES = {"believed", "thought", "suspected", "said", "reported", "presumed", "alleged", "reportedly",
                     "apparently", "likely", "probably", "to", "be", "being", "were", "are", "who", "allegedly"}
"""Words of hedge between the noun and the link: 'gunmen *believed to* belong to X', 'militants *thought to be*
from X'."""

VICTIM_ROLES = {"member", "leader", "commander", "official", "figure", "cadre", "defector", "supporter", "chief",
                "emir", "spokesman", "spokesperson", "judge", "activist", "representative", "delegate", "elder",
                "sympathiser", "sympathizer", "informant", "collaborator", "negotiator"}
"""A person by the group they belong to ('a former Taliban leader', 'a Hezbollah member was found dead'): the group
names the victim's affiliation, not who acted."""

ROLE_DETERMINERS = {"a", "an", "former", "ex", "senior", "top", "local", "prominent", "retired", "veteran", "mid",
                    "-", "level", "one", "another", "two", "three", "several"}
"""What stands before such a person noun phrase ('a former senior …', 'another …')."""

DEATH_VERBS = {"died", "die", "dies", "perished", "dead"}
"""'Police officers died after …': the subject is the victim."""

SUBSET_AFTER = ("of whom", "of them", "of those", "of the dead", "of the victims", "of the wounded",
                "of the injured", "of the killed")
"""'Some of whom died', 'five of them soldiers': a part of the count before, not more casualties."""

SUBSET_BEFORE = {"including", "among", "incl", "included", "includes", "include"}
"""'Those killed included three civilians', 'among the injured were two children': a part of the count before."""

SPEAKER_NOUNS = {"official", "officials", "source", "sources", "spokesman", "spokesperson", "spokeswoman", "officer",
                 "witness", "witnesses", "resident", "residents", "medic", "medics", "doctor", "report", "reports",
                 "statement", "commander", "security", "police", "military", "army", "local", "hospital",
                 "government", "provincial", "district", "senior", "member", "lawmaker", "elder", "activist"}
"""'*Another police official* said 11 were killed': 'another' names a second source, not more casualties."""

_NAME = r"(?:[A-Z][\w'’-]+|al-[A-Z][\w'’-]+|bin|ibn|abu|Abu|el-[A-Z][\w'’-]+)"

NAMED_VICTIM = re.compile(
    rf"\b(?:assassinated|murdered|shot dead|gunned down|executed|beheaded|killed|kidnapped and killed)\s+"
    rf"(?:{_NAME}\s+){{1,4}}{_NAME}(?:\s+\([^)]{{1,40}}\))?\s*,\s+(?:an?|the)\s")
"""'Gunmen assassinated Said Ali Hamad, a former commander …': one person killed, named, an apposition after."""

NAMED_DEATH = re.compile(
    rf"(?:^|(?<=, ))(?:{_NAME}\s+){{1,4}}{_NAME}(?:\s+\([^)]{{1,40}}\))?,\s+(?:an?|the)\s[^.;]{{3,90}}?,\s+"
    r"(?:was|has been)\s+"
    r"(?:found\s+)?(?:shot\s+)?(?:dead|killed|assassinated|murdered|executed|stabbed to death|beaten to death)\b")
"""'Said Ali Hamad, a former commander …, was found dead': one named person, the sentence's subject."""

PRONOUN_DEATH = re.compile(r"\b(?:he|she)\s+(?:was|had been|has been)\s+(?:later\s+|subsequently\s+|then\s+|also\s+)?"
                           r"(?:killed|shot dead|executed|beheaded|murdered|stabbed to death|beaten to death)\b",
                           re.IGNORECASE)
"""'He was later killed when rebels tried to capture him': one person, told of before."""

CAPITALS: dict[str, str] = {
    "Moscow": "RU", "Kyiv": "UA", "Kiev": "UA", "Ankara": "TR", "Damascus": "SY", "Tehran": "IR",
    "Washington": "US", "Riyadh": "SA", "Baghdad": "IQ", "Islamabad": "PK", "Abuja": "NG", "Khartoum": "SD",
    "Naypyidaw": "MM", "Naypyitaw": "MM", "Addis Ababa": "ET", "Kinshasa": "CD", "Bamako": "ML", "Niamey": "NE",
    "Ouagadougou": "BF", "Mogadishu": "SO", "New Delhi": "IN", "Paris": "FR", "London": "GB", "Abu Dhabi": "AE",
}
"""A capital standing for its state ('Moscow has retaliated with strikes', 'Ankara launched an offensive'): as the
subject of an act of force it names that state's forces."""

STATE_ACTS = {"retaliated", "retaliates", "struck", "strikes", "bombed", "bombs", "shelled", "launched", "launches",
              "pounded", "pounds", "attacked", "attacks", "hit", "hits", "targeted", "targets", "fired", "fires",
              "carried", "conducted", "stepped", "responded", "intensified", "escalated", "unleashed"}
"""Verbs of force a capital may be the subject of."""

AUTHOR_VERBS = {"staged", "perpetrated", "orchestrated", "mounted", "masterminded", "carried", "conducted",
                "launched", "committed"}
"""Verbs that make their subject the author of the act ('the ELN had staged the attack', 'X carried out')."""

RESPONSE_WORDS = {"search", "searching", "hunt", "hunting", "manhunt", "pursue", "pursuit", "pursuing", "chase",
                  "chasing", "comb", "combing", "sweep", "track", "tracking", "reinforcements", "cordoned", "cordon",
                  "evacuated", "evacuate", "rescue", "look"}
"""'Security forces launched an operation to hunt the attackers', 'troops cordoned off the area': the force that
responds to the act, not who did it."""

FORCE_MODIFIERS = {"junta", "regime", "government", "state", "army", "federal", "national", "enemy", "security",
                   "pro-government", "occupation", "military", "border", "riot", "navy", "air", "customs", "coast"}
"""'by *junta* soldiers', 'by *regime* forces': a word between 'by' and a force noun."""

STATE_FORCE_MEN = frozenset({"soldier", "soldiers", "troops", "army", "military", "navy", "marines"})
"""A state's armed forces named by their common noun, as the one who acted ('soldiers seized two smugglers', 'five
migrants were captured by the navy'): read as its military forces (police words: its police)."""

NON_STATE_FORCE_LEADS = frozenset({"rebel", "militia"})
"""Words before a force noun that make it a non-state side's men ('rebel soldiers seized two men', 'militia troops'):
not a state's forces."""

GUARD_SERVICES = frozenset({"border", "coast"})
"""Words before 'guards' that make them a state's force ('border guards', 'coast guards'), not a private guard."""

SEVERAL_ACTS = re.compile(r"\bin (?:two|three|four|five|several|multiple|separate|a series of|a string of|a wave of)"
                          r"\s+(?:separate\s+|different\s+|coordinated\s+|simultaneous\s+|similar\s+)?"
                          r"(?:attacks|incidents|assaults|bombings|ambushes|raids|strikes|explosions|blasts)\b")
"""'killed at least 11 people in two separate attacks': a lead total over several acts, which the figure of this
act, told later, replaces."""

LATER_DEATH = {"died", "succumbed", "dies"}
"""'One soldier injured in the attack later died': a death, not a wound."""

ONE_KILLED = re.compile(r"\b(?:killed|killing|assassinated|murdered|shot dead|gunned down|executed|beheaded)\s+"
                        r"(?:a|an|the)\s", re.IGNORECASE)
"""'assassinated a former commander, along with three others': one person first, the count after adds to it."""

WARPLANES = {"jet", "jets", "warplane", "warplanes", "gunship", "gunships", "helicopter", "helicopters"}
"""'A fighter jet dropped three bombs': a state's air force (drones are left out: armed groups fly them too)."""

AIR_ACTS = {"dropped", "fired", "struck", "bombed", "hit", "pounded", "targeted", "attacked", "launched", "strafed",
            "shelled", "raided"}
"""What a warplane as subject does ('a fighter jet dropped three bombs', 'helicopters strafed the village')."""

UNMARKED_MEN = frozenset({"men", "man", "youths", "individuals", "persons"})
"""Plain nouns of people that count who acted when an active verb of violence with its object follows them ('two men
on a motorbike shot dead a trader', 'two men shot her dead'); their count is no toll then."""

MEN_CLAUSE_BREAKS = frozenset({"after", "when", "as", "while", "who", "that", "and", "but", "before", "since",
                               "because", "until", "where"})
"""Words between such a noun and a verb of violence that open another clause ('two men died after gunmen shot at
their car'): the men are then not the ones who shot (a passive or perfect auxiliary stops the reading too)."""

ATTACKER_NOUNS = {"attackers", "attacker", "assailants", "assailant", "gunmen", "gunman", "bombers", "bomber",
                  "militants", "insurgents", "terrorists", "jihadists", "raiders", "infiltrators"}
"""'Guards shot dead three of the attackers': the perpetrators' own dead, which ACLED adds to the victims' (an event's
fatalities are all its deaths)."""

ONE_VICTIM_DESCRIBED = re.compile(
    r"\b(?:a|an|one)\s+(?:[\w-]+\s+)?(?:policeman|policewoman|soldier|officer|civilian|man|woman|child|boy|girl|guard|"
    r"fighter|member|commander|farmer|shepherd|teacher|journalist|doctor|worker)\b[^.;\"“”]{0,90}?\b(?:was|has been)\s+"
    r"(?:shot\s+)?(?:killed|shot dead|assassinated|murdered|beheaded|executed)\b", re.IGNORECASE)
"""'a policeman from the Fifth Division of the Federal Police was killed': one person, described at length."""

BODIES = {"bodies", "corpses", "remains"}
"""'the bodies of five victims', 'seven bodies were found': the dead, counted."""
