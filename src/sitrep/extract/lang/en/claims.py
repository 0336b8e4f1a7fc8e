"""English words that shape an aggregate claim: measures beyond operations and casualties, tally frames, speakers.

All lower case, matched against ``token.lower_``. Read by :mod:`sitrep.extract.claims` only (incident rules keep
their own lists in ``counting.py`` and ``incidents.py``).
"""

from __future__ import annotations

CLAIM_OP_NOUNS = {"actions", "clashes", "events", "sorties", "bombardments", "shellings", "airstrikes", "attempts"}
"""Counted operations in tallies ('176 actions', 'clashed … 214 times' is not read) besides ``OP_NOUNS``."""
KILL_EUPHEMISMS = {"neutralised", "neutralized", "neutralising", "neutralizing", "eliminated", "eliminating",
                   "elimination", "martyred"}
"""Forces' own words for killing: 'troops neutralised 143 terrorists' is 143 killed."""
ARREST_NOUNS = {"arrest", "arrests", "detention", "capture"}
"""'the arrest of 61 suspects': a count after one of these and 'of' is captured (arrests are stored as captured)."""
ARREST_VERBS = {"detaining", "detain", "detains", "arrests", "rounded"}
DRONES = {"drone", "drones", "uav", "uavs", "quadcopter", "quadcopters"}
DOWN_VERBS = {"shot", "shoot", "shooting", "downed", "downing", "intercepted", "intercepting"}
"""Only bringing a drone down makes ``drones_downed``; 'destroyed 3 drones' stays equipment destroyed."""
POSITIONS = {"checkpoint", "checkpoints", "outpost", "outposts", "post", "posts", "positions", "bases", "base",
             "districts"}
SEIZE_VERBS = {"seized", "seizing", "captured", "capturing", "overran", "overrun", "overrunning", "took", "taking"}
SITE_NOUNS = {"site", "sites", "cache", "caches", "tunnel", "tunnels", "depot", "depots", "hideout", "hideouts",
              "camp", "camps", "bunker", "bunkers", "workshop", "workshops", "factory", "factories"}
"""What a destroyed count names when it is a place rather than equipment: ``sites_destroyed``, its words the target."""
TALLY_CUES = {"total", "overall", "tally", "balance", "toll", "altogether", "infographic", "statistics", "figures",
              "following", "breakdown", "count"}
"""Words that frame a sentence as a count over a period rather than a report of one incident."""
SPEAKER_NOUNS = {"spokesman", "spokesperson", "spokeswoman", "statement", "centre", "center", "office", "wing",
                 "team", "agency", "newspaper", "newsletter", "weekly", "bulletin", "report", "outlet", "media",
                 "video", "editorial", "command", "headquarters", "ministry", "tweet"}
"""Nouns of an organisation's voice: 'the SDF's media centre said', 'its weekly newsletter', 'a Taliban statement'."""
SOURCE_WORDS = {"claimed", "claims", "claim", "said", "says", "announced", "announces", "stated", "reported",
                "released", "published", "revealed", "issued", "boasted", "according", "documented", "recorded",
                "counted", "tallied", "tracked", "listed", "told", "figures", "show", "shows", "tally", "statement"}
INCIDENT_ARTICLES = {"an", "a", "the", "this", "that"}
"""'in an attack', 'the bombing': a single incident, not a count."""
OWN_FORCE_WORDS = {"its", "their", "our", "troops", "forces", "fighters", "mujahideen", "guerrillas", "units",
                   "soldiers", "cells", "militants"}
"""The subject of a party speaking of its own operations ('its fighters carried out …')."""
BACKGROUND_SINCE = ("since the start", "since the beginning")
"""'since' that opens the claim's own period, not an older time."""
MONTH_SEPARATORS = {":", "–", "-", "—"}
DENIAL_VERBS = {"rejected", "rejects", "reject", "denied", "denies", "deny", "disputed", "disputes", "dismissed",
                "dismisses", "refuted", "refutes", "called"}
DENIAL_OBJECTS = {"figures", "figure", "claim", "claims", "statement", "tally", "toll", "numbers", "propaganda",
                  "exaggerated", "exaggeration", "false", "lies"}
"""'The ministry rejected the figures', 'called the statement propaganda': a denial of the claim before it."""
COUNTER_CUES = {"but", "however", "whereas", "contrary", "instead", "only", "countered", "contradicted",
                "contradicting", "meanwhile"}
"""Words by which another party's figures answer a claim before them ('the army, however, said only 3 soldiers
died'): with its own figures of the same measure, the later statement is a counter-claim linked to the first."""
AUTHORITY_SPEAKERS = {"ministry", "government", "army", "military", "police", "authorities", "governor",
                      "presidency", "officials", "command", "commander"}
"""A state voice that answers a group's claim ('the Ministry of Defence, however, said …'), when the actor table
cannot name it."""
INCIDENT_AGENTS = {"attacker", "bomber", "gunman", "assailant", "suicider", "sniper", "shooter"}
"""'a suicide attacker blew himself up', 'the gunman': one perpetrator, so one incident, even over a month."""
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest",
            "deadliest", "last", "12th", "11th", "13th", "14th", "15th"}
"""'the third attack in two weeks': one incident of a series, not a count of them."""
DURATION_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minutes"}
"""'three or four days', 'two weeks': a count of time, never a figure of a claim."""
ROUND_WORDS = {"dozen", "dozens", "scores", "hundreds", "thousands"}
"""'nearly a dozen', 'dozens': vague quantities never enter a claim's figures (gold conventions)."""
SUBGROUPS = {"children": "children", "child": "children", "minors": "children", "women": "women", "woman": "women",
             "girls": "children", "boys": "children"}
"""Civilians counted within a toll ('including 92 children and 71 women'): the part's target is the subgroup."""
LIST_LEAD = {"including", "among", "people", "persons", "civilians", "citizens", "individuals", "of", "them"}
"""Words right after a count that leave its measure to the verb at the end of the clause: '395 including 92 children
and 71 women were killed', '955 people including …, and they were killed as follows'."""
PERPETRATOR_LEADS = (("by",), ("hands", "of"), ("attributed", "to"), ("blamed", "on"), ("committed", "by"))
"""Words before the party whose victims a line of a monitor's toll counts."""
RESPONSIBLE = {"responsible", "accountable"}
"""'X were responsible for the deaths of 61': X is the perpetrator of the count."""
TOLL_NOUNS = {"casualties": "killed_or_wounded", "deaths": "killed", "dead": "killed", "fatalities": "killed",
              "killed": "killed", "injuries": "wounded", "injured": "wounded", "wounded": "wounded",
              "toll": "killed"}
"""The noun of a toll stated as a subject: 'civilian casualties came to 10,453', 'the number of civilians killed was
685', 'female deaths at 359', 'the death toll rose to 40'."""
TOLL_LINKS = {"is", "was", "were", "at", "to", "reached", "totalled", "totaled", "hit", "numbered", "exceeded"}
"""The last word between a toll's noun and its count ('stood at', 'rose to', 'came to', 'reached')."""
TOLL_GROUPS = {"civilian": "civilians", "civilians": "civilians", "child": "children", "children": "children",
               "female": "women", "women": "women", "woman": "women"}
"""Who a stated toll counts, from the word before its noun ('child casualties', 'female deaths')."""
SPEAKER_ACTS = {"declaration", "announcement", "statement", "declared", "announcing", "told", "tweeted", "briefing"}
"""Words of speaking besides the claim verbs: "the coalition's declaration of killing 95", "a Taliban statement",
"the army told reporters", "the centre tweeted"."""
UNNAMED_QUALIFIERS = {"other", "unknown", "unidentified", "unspecified", "various", "several"}
UNNAMED_PARTIES = {"parties", "party", "sides", "side", "groups", "perpetrators", "actors", "assailants", "gunmen"}
"""'at the hands of other parties', 'by unidentified perpetrators': a line of a toll whose perpetrator is not named."""
ARMED_NOUNS = {"factions", "militias", "rebels", "insurgents", "militants", "fighters", "jihadists", "guards"}
"""The head noun of an armed party a toll blames in words of its own ('by the rebel and Islamic factions')."""
COMPARISON_LEADS = {("compared", "to"), ("compared", "with"), ("up", "from"), ("down", "from"), ("against", "the"),
                    ("as", "against")}
"""Words that open the figures of another period a claim is compared with ('compared to 11,434 in 2016')."""
RELEASE_VERBS = {"released", "published", "issued", "dated", "unveiled"}
"""'data released last week': the time right after one of these is when a report came out, not the period it
counts."""
COMPARED_PERIOD_CUES = {"compared", "decline", "decrease", "increase", "rise", "drop", "fall", "record",
                        "record-high", "previous", "preceding"}
"""Words just before a period that the claim's count is set against rather than counted over ('a decline from the
record-high figure in 2016'): such a period is the claim's only where no other is told."""
SPEECH_VERBS = {"said", "says", "told", "added", "tweeted", "stated", "wrote", "announced", "declared"}
"""Verbs by which a person named beside them tells a claim ('…, Faisal said', 'said Faisal')."""
ROLE_NOUNS = {"spokesman", "spokesperson", "spokeswoman", "official", "minister", "commander", "director", "head",
              "chief", "representative", "envoy", "secretary", "adviser", "advisor", "governor", "deputy", "general",
              "colonel", "brigadier", "lieutenant", "major", "chairman", "president", "leader", "emir"}
"""What a person speaks as for an organisation ('X, spokesman for the Y', "Y's deputy minister X")."""
