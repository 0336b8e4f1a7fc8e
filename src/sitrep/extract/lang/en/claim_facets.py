"""English words for the parts of an aggregate claim: how a toll's victims died, what a count of materiel names,
which of a target's members a part is.

All lower case, matched against ``token.lower_``. Read by :mod:`sitrep.extract.claims` only: these are the words
monitors' and ministries' tallies use ('two died under torture', 'in 12 massacres'), which incident reports word
otherwise, so the shared tactic table (:data:`sitrep.taxonomy.TACTICS`) does not carry them.
"""

from __future__ import annotations

DEATH_CAUSES = {"torture": "torture", "tortured": "torture", "massacre": "massacre", "massacres": "massacre"}
"""Ways a monitor's toll says its victims died that are no attack tactic of the incident table: 'died under
torture', 'were killed in massacres'."""
CAUSE_LINKS = ("in", "by", "during", "under", "from", "through")
"""The word after a casualty verb that opens how the victims died ('killed in shelling', 'died under torture')."""
CAUSE_PHRASES = (("as", "a", "result", "of"), ("due", "to"), ("because", "of"), ("as", "a", "consequence", "of"))
"""Longer links to the same ('died as a result of torture', 'killed due to landmines')."""
RANKS = {
    "commander": "commanders",
    "commanders": "commanders",
    "leader": "leaders",
    "leaders": "leaders",
    "emir": "leaders",
    "emirs": "leaders",
    "ringleader": "leaders",
    "ringleaders": "leaders",
}
"""A part of an enemy's toll by rank: 'four militant commanders were killed' (the target is that force's
commanders)."""
ACROSS_WORDS = {"nationwide", "countrywide"}
ACROSS_LEADS = {"across", "throughout", "around"}
ACROSS_AREAS = {
    "country",
    "nation",
    "province",
    "provinces",
    "governorate",
    "governorates",
    "region",
    "state",
    "states",
    "districts",
}
"""'killed nationwide', 'across the country', 'throughout the province': a toll adding up many places (and so many
incidents) of a day, which a ministry or monitor states as one figure."""
ANSWER_CUES = {"counter", "counter-claim", "counterclaim", "counterclaims", "rebutted", "rebuttal"}
"""Words by which a party announces its own figures against a claim told before ('made a counter claim')."""
AGAINST_WORDS = {"against", "targeting", "targetting"}
"""Before whom operations were aimed at: '133 against former leaders of the opposition'."""
AGAINST_STOPS = {
    "who",
    "which",
    "that",
    "in",
    "on",
    "at",
    "during",
    "since",
    "over",
    "across",
    "near",
    "and",
    "by",
    "with",
    "from",
    "between",
    "this",
    "last",
    "while",
    "after",
    "before",
    "along",
    "inside",
    "around",
    "throughout",
    "within",
    "under",
}
"""Words that end the phrase naming them: a relative clause, a place, a time."""
ONE_VICTIM = {"child", "woman", "girl", "boy", "minor", "journalist"}
"""Victims a toll lists one of with an article: 'including a child', '5 children and a woman'."""
LOSS_NOUNS = {"losses", "loss"}
"""The subject of a stated count of what a party lost: 'the militia's losses amounted to 421 pieces of equipment'."""
MISSILE_KINDS = {
    "cruise": "cruise missile",
    "ballistic": "ballistic missile",
    "hypersonic": "hypersonic missile",
    "anti-ship": "anti-ship missile",
}
"""The word before 'missile(s)' that names the kind a tally counts: 'destroyed 10 of 14 cruise missiles', 'fired 6
ballistic missiles'. Air-defence tallies count these kinds apart, so a claim's figure keeps the kind rather than the
incident table's generic rocket tactic."""
MISSILE_WORDS = {"missile", "missiles"}
CAUSE_TERMS: dict[tuple[str, ...], str] = {
    ("unknown", "circumstances"): "unknown circumstances",
    ("unclear", "circumstances"): "unknown circumstances",
    ("mysterious", "circumstances"): "unknown circumstances",
    ("unexplained", "circumstances"): "unknown circumstances",
    ("machineguns",): "shooting",
    ("machinegun",): "shooting",
    ("machine", "guns"): "shooting",
    ("machine-guns",): "shooting",
    ("bullets",): "shooting",
    ("booby", "trapped", "vehicles"): "vbied",
    ("booby", "trapped", "cars"): "vbied",
    ("booby-trapped", "vehicles"): "vbied",
    ("booby-trapped", "cars"): "vbied",
}
"""Causes of death in a monitor's toll told in several words or in words the incident table does not carry:
'died in unknown circumstances', 'by the fire of its machineguns', 'in booby trapped vehicles'."""
BLAST_WORDS = {"detonating", "detonation", "detonations", "explosion", "explosions", "blowing", "exploding"}
CAR_WORDS = {"car", "cars", "vehicle", "vehicles", "truck", "trucks"}
"""'killed in the detonation of cars', 'the explosion of a truck': a blast word and a vehicle in one cause is a car
bomb (vbied)."""
MASSACRE_NOUNS = {"massacre", "massacres"}
"""A monitor's count of massacres ('documented 9 massacres') is a count of attacks with the tactic 'massacre'."""
