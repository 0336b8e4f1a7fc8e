"""English words that tell who speaks and who is held responsible: claim, blame and denial verbs, negations,
speaker nouns, outlets and claim modes.

All lower case, matched against ``token.lower_``; :mod:`sitrep.extract.attribution` reads them from here.
"""

from __future__ import annotations

CLAIM_VERBS = {"claimed", "claim", "claims", "claiming"}
"""A claim of responsibility ('IS claimed the attack', 'a claim of responsibility')."""

RESPONSIBILITY_PHRASES = ("took responsibility", "taken responsibility", "take responsibility",
                          "takes responsibility", "accepted responsibility", "admitted responsibility",
                          "took credit", "taken credit", "claimed credit", "owned up", "said it was behind",
                          "said they were behind", "said it had carried out", "said it carried out",
                          "said its fighters", "said their fighters", "said its militants", "said its men",
                          "said it had killed", "said it killed", "said it had attacked", "said it attacked",
                          "said it had targeted", "said it targeted", "said it detonated", "said it had detonated")
"""Taking responsibility without the word 'claim'."""

SELF_CLAIM = (r"\bthat (?:it|they) (?:had )?(?:carried out|conducted|was behind|were behind|launched|staged|"
              r"detonated|targeted|attacked|killed|struck|executed)\b",
              r"\b(?:its|their) (?:fighters|militants|men|members|soldiers|mujahideen|operatives) (?:had )?"
              r"(?:carried out|conducted|launched|staged|detonated|targeted|attacked|killed|struck|ambushed)\b")
"""A group saying it did the act, the speech verb further back ('IS said in a statement published by its Amaq news
agency that it had carried out the attack'): a claim when the speaker is the group or its media."""

LIVES_OBJECTS = {"lives", "life", "victims", "dead"}
"""'The blast claimed 12 lives': a toll, not a claim of responsibility."""

BLAME_VERBS = {"blamed", "blame", "blames", "blaming", "accused", "accuse", "accuses", "accusing", "attributed",
               "attributes", "attributing", "suspected", "suspect", "suspects", "suspecting", "pinned", "held"}
"""Someone else attributes the act ('officials blamed IS', 'police suspect al-Shabaab', 'held IS responsible')."""

BLAME_PHRASES = ("bore the hallmarks of", "bears the hallmarks of", "had the hallmarks of", "has the hallmarks of",
                 "believed to be behind", "thought to be behind", "believed to have carried out",
                 "suspected of carrying out", "suspected to be behind", "likely carried out by",
                 "probably carried out by", "believed to be the work of", "pointed the finger at",
                 "pointed the finger", "blamed on", "attributed to", "often blamed on", "usually blamed on",
                 "believed to be responsible", "suspected of being behind", "is suspected", "are suspected",
                 "were suspected", "was suspected")
"""Phrases of suspicion that carry no blame verb of their own."""

DENY_VERBS = {"denied", "denies", "deny", "denying", "rejected", "rejects", "disowned", "disavowed"}
"""The actor rejects responsibility ('the Taliban denied involvement')."""

DENY_OBJECTS = {"responsibility", "involvement", "role", "any", "carrying", "being", "that", "it", "they",
                "claims", "accusations", "allegations", "the", "was", "were", "had", "its", "a", "having"}
"""Words after a denial verb when it denies the act, not something else ('denied entry', 'denied a visa')."""

NEGATIONS = {"no", "not", "n't", "never", "nobody", "none", "neither", "nor", "without", "yet", "unclaimed",
             "unknown", "unclear", "no-one"}
"""Words that negate a claim before it: 'no group claimed', 'has not yet claimed', 'there was no claim', 'have yet
to claim', 'it was unclear who'."""

NEGATED_PHRASES = ("no one has claimed", "no one claimed", "no-one has claimed", "nobody has claimed",
                   "nobody claimed", "no group has claimed", "no group claimed", "there was no claim",
                   "there has been no claim", "no immediate claim", "no claim of responsibility",
                   "yet to claim", "not claimed", "did not claim", "has not claimed", "have not claimed",
                   "had not claimed", "hasn't claimed", "haven't claimed", "didn't claim", "no claim",
                   "not immediately claimed", "not been claimed", "unclear who", "not clear who", "unknown who",
                   "no one took responsibility", "nobody took responsibility", "no one has taken responsibility",
                   "nobody has taken responsibility", "no group took responsibility",
                   "no group has taken responsibility", "without a claim", "went unclaimed", "remains unclaimed",
                   "remained unclaimed", "was unclaimed")
"""Whole phrases that say nobody has claimed it."""

CLAUSE_BREAKS = {",", ";", ":", "but", "while", "although", "though", "whereas", "however", "as", "and",
                 "which", "who", "after", "before", "when"}
"""Where a negation stops reaching: 'No group claimed the attack, but officials blamed IS'."""

HEDGED_CLAIMS = {"if", "would", "could", "might", "may", "likely", "unlikely", "whether", "possible", "possibly"}
"""'It is not known whether IS will claim', 'a claim would': not a claim made."""

LATER_WORDS = {"later", "subsequently", "afterwards", "afterward", "since", "then", "eventually", "quickly",
               "soon"}
"""'The Islamic State group later claimed the attack': the claim came after the report."""

BACKGROUND_CLAIM_WORDS = {"similar", "previous", "past", "earlier", "several", "many", "numerous", "other",
                          "others", "most", "dozens", "series", "number", "frequently", "often", "regularly",
                          "repeatedly", "recent", "before"}
"""A claim about other attacks ('the group has claimed similar bombings in recent months') is not this act's."""

PLURAL_ACTS = {"attacks", "bombings", "operations", "ambushes", "raids", "strikes", "killings", "assaults",
               "explosions", "blasts", "incidents", "abductions", "kidnappings"}
"""'claimed responsibility for two separate attacks': several acts, so not this one's claim alone."""

GROUP_ANAPHORA = ("the group", "the militants", "the militant group", "the jihadist group", "the jihadists",
                  "the insurgents", "the insurgent group", "the organisation", "the organization", "the movement",
                  "the extremist group", "the terror group", "the terrorist group", "the rebels", "it")
"""A claimant named by a pronoun or a noun for the group named before ('The group claimed responsibility')."""

UNNAMED_CLAIMANTS = ("no group", "no one", "nobody", "no-one", "no individual", "no organisation",
                     "no organization")

MEDIUM_WORDS: dict[str, str] = {
    "telegram": "posted to website, blog or social media", "twitter": "posted to website, blog or social media",
    "tweet": "posted to website, blog or social media", "tweeted": "posted to website, blog or social media",
    "x": "posted to website, blog or social media", "website": "posted to website, blog or social media",
    "online": "posted to website, blog or social media", "internet": "posted to website, blog or social media",
    "social": "posted to website, blog or social media", "channel": "posted to website, blog or social media",
    "channels": "posted to website, blog or social media", "facebook": "posted to website, blog or social media",
    "whatsapp": "posted to website, blog or social media", "agency": "posted to website, blog or social media",
    "newspaper": "posted to website, blog or social media", "radio": "other", "broadcast": "other",
    "video": "video", "footage": "video", "recording": "video", "call": "call", "phoned": "call",
    "telephone": "call", "phone": "call", "letter": "letter", "email": "e-mail", "e-mail": "e-mail",
    "note": "note", "leaflet": "note", "leaflets": "note", "statement": "other", "communique": "other",
    "communiqué": "other", "spokesman": "personal claim", "spokesperson": "personal claim",
    "told": "personal claim",
}
"""Words naming how a claim was made, with GTD's claimmode for it."""

OFFICIAL_SPEAKERS = {"police", "policeman", "officials", "official", "ministry", "minister", "spokesman",
                     "spokesperson", "spokeswoman", "army", "military", "governor", "authorities", "command",
                     "commander", "government", "security", "officer", "officers", "mayor", "prefect",
                     "administrator", "chief", "interior", "defence", "defense", "troops", "forces", "general",
                     "colonel", "major", "lieutenant", "captain", "council", "presidency", "president", "cell",
                     "district", "provincial", "regional", "prosecutor", "prosecutors", "intelligence"}
"""Nouns of state voices: 'a police spokesman said', 'the defence ministry said', 'provincial officials'."""

MONITOR_SPEAKERS = {"observatory", "monitor", "monitors", "monitoring", "unama", "unami", "ocha", "acled",
                    "airwars", "snhr", "sohr", "un", "u.n.", "united", "nations", "unicef", "icrc", "amnesty",
                    "watch", "helmets", "msf", "hrw", "ohchr", "unhcr", "mission"}
"""Nouns of monitors and international bodies: 'the Syrian Observatory', 'the UN mission', 'Human Rights Watch'."""

INDEPENDENT_SPEAKERS = {"sources", "source", "witnesses", "witness", "residents", "resident", "medics", "medic",
                        "doctors", "doctor", "hospital", "relatives", "villagers", "activists", "activist",
                        "journalists", "journalist", "reporter", "correspondent", "elders", "elder", "locals",
                        "survivors", "survivor", "nurse", "rescuers", "rescue", "paramedics", "people", "tribal",
                        "local", "community", "eyewitnesses", "eyewitness"}
"""Other voices: local sources, witnesses, medics, relatives."""

STATE_SOURCE_WORDS = {"security", "military", "army", "police", "government", "official", "intelligence"}
"""A 'source' qualified by one of these is an official one ('a security source', 'military sources')."""

SPEECH_VERBS = {"said", "says", "say", "told", "stated", "reported", "announced", "confirmed", "added",
                "according", "claimed", "claims", "tweeted", "wrote", "reports", "declared",
                "alleged", "blamed", "accused", "denied", "insisted", "explained", "noted", "warned"}
"""Verbs (and 'according to') that introduce a speaker."""

FORCE_VOICES = {"army", "military", "defence", "defense", "forces", "troops", "command", "police", "ministry",
                "interior", "brigade", "division", "regiment", "battalion", "corps", "navy", "air", "gendarmerie",
                "coalition", "operations", "media", "cell", "centre", "center", "headquarters"}
"""Words of an official speaker that is the acting force itself ('the army said', 'a police statement', 'the Security
Media Cell'), as opposed to a governor, a mayor or 'officials', who report what a force did."""

SELF_REFERENCE = {"it", "its", "they", "their", "we", "our", "his"}
"""'The army said *its* troops …', 'the group said *it* had …': a speaker telling of its own act."""

WIRE_AGENCIES = ("reuters", "agence france-presse", "agence france presse", "afp", "associated press", "ap",
                 "dpa", "deutsche presse-agentur", "efe", "anadolu", "xinhua", "ani", "ians", "pti", "upi",
                 "kyodo", "yonhap", "aim", "ansa", "tass", "interfax", "apa", "bernama", "aa", "irna", "ips")
"""Wire agencies, as an outlet names itself or as a page credits its copy ('Arab News (Reuters)')."""

STATE_MEDIA_WORDS = ("state media", "state television", "state tv", "state-run", "state news agency",
                     "official news agency", "sana", "irna", "kcna", "xinhua", "tass", "ria novosti", "sputnik",
                     "saba news agency", "saudi press agency", "spa", "wam", "ina", "iraqi news agency", "mena",
                     "prensa latina", "ptv", "rtb", "ortm", "nta", "ethiopian news agency")
"""Outlets a state runs; a wire agency that is also state-owned (Xinhua, TASS) counts as state media."""

MONITOR_OUTLETS = ("syrian observatory", "sohr", "syrian network for human rights", "snhr", "unama", "unami",
                   "ocha", "acled", "airwars", "reliefweb", "human rights watch", "amnesty", "united nations",
                   "un news", "icrc", "white helmets", "long war journal", "critical threats", "isw",
                   "institute for the study of war", "crisis group", "bureau of investigative journalism",
                   "liveuamap")
"""Monitors, research bodies and humanitarian agencies as outlets."""

GROUP_OUTLET_WORDS = ("media center", "media centre", "media office", "media wing", "press office",
                      "official website")
"""An outlet named like a group's own office ('SDF Media Center')."""

DENIED_ACT = {"responsibility", "involvement", "role", "carrying", "behind", "responsible", "perpetrating"}
"""After a denial verb, the words that make a sentence deny the act itself ('the Taliban denied carrying out the
attack', 'denied being behind it'): such a sentence belongs to the incident before it."""

SPEAKER_PHRASE_VERBS = {"told", "said", "says"}
"""Verbs of speech a long speaker phrase may follow before the day it was said on ('residents told Agence France
Presse (AFP) yesterday', 'said the head of the local council on Monday'; 'according to' too). Not 'alleged', which
is mostly an adjective ('protested alleged mistreatment on 8 March')."""
