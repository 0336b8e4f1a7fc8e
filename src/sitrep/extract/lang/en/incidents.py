"""English words and phrases that tell an incident: triggers, hedges, actors, targets, places, casualties.

All lower case, matched against spaCy's ``token.lower_`` (the patterns against the text). The rules in
:mod:`sitrep.extract.events` import them from here, so that extending the vocabulary never means reading a rule,
and a second language is a sibling folder with the same names.
"""

from __future__ import annotations

import re

from sitrep.extract.lang.en.actors import WARPLANES

ARMED_FIGHTER_NOUNS = ("militants", "fighters", "jihadists", "insurgents")
"""The men of a non-state armed party by the nouns every list of armed parties here holds (:data:`ARMED_PARTY_NOUNS`,
the attackers of :data:`ATTACKERS_KILLED`): one core, so that a word added to it reaches all of them."""
ARMED_PARTY_NOUNS = ("militants", "gunmen", "fighters", "jihadists", "insurgents", "rebels", "militiamen")
"""The core of the lists of non-state armed men (:data:`ARMED_FIGHTERS`, :data:`GATHERING_GUNFIGHT_SIDES`,
:data:`EXTORTERS`, :data:`ORDERING_ARMED`): :data:`ARMED_FIGHTER_NOUNS` and 'gunmen', 'rebels', 'militiamen'; each list
adds its own words to it. (A tuple: the patterns join it in this order.)"""
_ARMED_PARTY = "|".join(ARMED_PARTY_NOUNS)

VIOLENCE_VERBS = {
    "attacked", "attack", "attacks", "attacking", "killed", "kill", "kills", "killing", "shot", "shooting", "shoot",
    "clashed", "clash", "clashes", "fighting", "fought", "stormed", "struck", "strike", "targeted", "targeting",
    "exploded", "explosion", "detonated", "blast", "fired", "firing", "shelled", "bombed", "murdered", "stabbed",
    "beheaded", "decapitated", "executed", "assassinated", "ambushed", "abducted", "kidnapped", "injured", "wounded",
    "hurt", "dead",
    "died", "gunned", "raided", "opened", "hit", "battle", "battles", "repulsed", "overran", "seized", "captured",
    "recaptured", "retook", "regained", "liberated", "looted", "torched", "burned", "burnt", "destroyed", "raped",
    "lynched", "beaten", "beat", "assaulted", "hacked", "bodies", "body", "shots", "exchanged",
    "shoot-out", "shootout", "gunfight", "gunfire", "tortured", "robbed", "stole", "stolen", "uprooted",
    "explosions", "blasts", "martyred", "lynch", "lynches", "lynching", "rampage", "ransacked", "vandalised",
    "vandalized", "barricaded",
    # 'gunshots' as 'shots' ('gunshots between the two camps', 'the car was hit by gunshots').
    "gunshots",
    # Headline and notes style tells an act in the present or the bare form ("gunman shoots refugee", "raiders
    # abduct herders", "mob torches homes"); "stoned"/"pelted" are a crowd's violence ("pelted police with stones").
    "shoots", "stab", "stabs", "kidnaps", "kidnap", "abducts", "abduct", "slashed", "slashes", "hacks", "torches",
    "loots", "ambushes", "stoned", "stoning", "pelted", "pelting", "pelt", "killings", "injure", "injures", "burns",
    "destroy", "destroys", "battled", "battling", "flogged", "whipped", "corpse", "corpses", "caned",
    "assassinate", "assassinates", "steal", "steals", "stealing",
    # Notes style in the present ('army liberates Gulak').
    "liberate", "liberates",
    # A fight told by its noun alone ('gunbattle between police and bandits'), ground taken told with 'overtake'
    # ('the militants overtook the village', notes style 'group overtakes town').
    "gunbattle", "gunbattles", "firefight", "firefights", "overtook", "overtakes", "overtake", "overtaken", "overruns",
    # notes style tells ground overrun in the present ('troops overrun two rebel camps'): read as 'overtake' is, only
    # with the ground named or an armed taker before it ('hospitals overrun with patients' tells no incident)
    "overrun",
    # Notes style tells ground retaken in the present ('army recaptures two villages'); ground occupied again
    # ('soldiers reoccupied the area').
    "recapture", "recaptures", "reoccupied", "reoccupies",
    # and ground taken or taken back in the present ('Chadian forces retake Dikwa', 'the group captures Marte'):
    # only with an armed taker and the ground named (PRESENT_TAKING)
    "retake", "retakes", "captures", "seizes",
    # Rough handling of a person ('party cadres manhandled a reporter', in West African English 'a pupil was
    # aggressed'): a beating by another word.
    "manhandled", "manhandling", "aggressed",
    # Blows with a weapon told by their own verb ('gunmen macheted two farmers', 'herders clubbed a boy'): harm to
    # people as 'hacked' and 'beaten' are. (Not 'brutalised' here: as often a figure, 'children brutalised by years
    # of war'; it is harm beside an arrest, see ARREST_HARM.)
    "macheted", "clubbed", "bludgeoned",
    # Property vandalised told in the present or attempted ('cadres tried to vandalise the residence'; after 'to'
    # alone an aim, see BARE_ACTS).
    "vandalise", "vandalize", "vandalises", "vandalizes",
    # The harm told after a verb that alone opens nothing ('attempted to assassinate a trader, seriously injuring
    # him', 'police used tear gas in a school, injuring three children').
    "injuring", "wounding",
}

BARE_ACTS = {"stab", "kidnap", "abduct", "pelt", "injure", "destroy", "defuse", "dismantle", "assassinate", "steal",
             "liberate", "loot", "vandalise", "vandalize", "retake"}
"""Bare verbs that tell an act in a headline ('Bandits abduct herders'); after 'to' they are an aim ('a mission to
destroy the group', 'plans to abduct'), not an act, unless an attempt is told (:data:`ATTEMPT_VERBS`)."""

ATTEMPT_VERBS = {"attempted", "attempts", "attempting", "tried", "tries", "trying"}
"""Verbs after which 'to' and a bare act tell an act carried out, if not completed ('a police officer attempts to
assassinate an election officer', 'gunmen tried to abduct two traders'): unlike an aim ('a mission to destroy')."""

RIOT_TRIGGERS = {"riot", "riots", "rioting", "rioted", "rioters"}

RIOT_UNITS = {"police", "policemen", "officers", "squad", "squads", "unit", "units", "gear", "shields", "control",
              "forces", "troops"}
"""'riot police', 'anti-riot squad', 'in riot gear': a force or its kit, not a riot."""

PROTEST_WORDS = {"protest", "protests", "protested", "protesting", "protesters", "protestors", "protester",
                 "protestor", "demonstration", "demonstrations", "demonstrators", "demonstrator", "demonstrated",
                 "rally", "rallies", "rallied", "marched", "march", "sit-in", "picketed", "boycott", "pot-banging",
                 "cacerolazo", "vigil",
                 "petition", "walkout", "strikers", "demonstrate", "demonstrates", "demonstrating", "demos",
                 "marches", "marching", "picketing", "picket", "dharna", "gherao", "gheraoed", "hartal", "bandh",
                 "street-protest", "roko", "strike-action", "striked", "stormed-to-press"}
"""Words of a protest. 'dharna' (a sit-in), 'gherao' (encircling an official), 'hartal' and 'bandh' (a shutdown
strike) and 'roko' ('rasta roko', a road blockade) are how South Asian English reports them; 'street-protest'
stands for 'took to the streets' and the other crowd phrases of :data:`ACT_PHRASES`; 'striked' is how notes in
second-language English tell workers on strike ('teachers striked in the delegation'); 'stormed-to-press' stands
for a crowd that stormed a place only to press a demand (:data:`STORMED_TO_PRESS`). The singular 'protester' and
'demonstrator' are a gathering's as much as the plural ('one protester was killed in a clash with the police')."""

RIOT_WORDS = {"riot", "riots", "rioters", "rioted", "stones", "stone", "pelted", "vandalised", "vandalized",
              "vandalise", "vandalize", "vandalising", "vandalizing",
              "torched", "burned", "burnt", "looted", "ransacked", "violent", "rampage", "barricades", "tyres",
              "tires", "clashed", "clash", "attacked", "retaliate", "retaliated", "stormed", "molotov", "petrol",
              "barricaded", "rowdy", "ambushed", "damaged", "smashed", "injured", "beat", "fire", "lit", "fires",
              "rioting", "bonfire", "bonfires", "barricading", "scuffle", "scuffles", "scuffled", "rocks", "stoned",
              "stoning", "pelting", "brawl", "brawled", "vandalism", "arson", "destroy", "destroying", "hostage",
              "extorted", "skirmish", "skirmishes", "violently", "battles", "blockaded", "shattered", "destroyed",
              "burn", "burning", "stole", "stolen", "clashes", "unrest", "broken", "set-fire", "smashing", "looting",
              "fought", "projectiles", "lynched", "lynch",
              # the participles of a crowd's damage, as 'burning', 'smashing' and 'looting' are ('blocking traffic,
              # damaging cars and other property', 'torching two police vehicles')
              "damaging", "torching"}

INTERVENTION_WORDS = {"intervened", "stopped", "prevented", "blocked", "dispersed", "tear", "teargas", "water",
                      "cannon", "batons", "baton", "rubber", "arrested",
                      "detained", "broke", "forcibly", "charged", "beat", "beaten", "clubbed", "disperse", "dispersing",
                      "arrests", "teargassed", "tear-gas", "tear-gassed", "lathi", "lathi-charged", "lathicharge",
                      "removed", "pepper", "evicted", "stun", "clamped", "disperses", "shot",
                      "scatter", "repressed", "suppressed"}

INTERVENTION_ALONE = {"teargas", "tear", "dispersed", "repressed", "suppressed"}
"""Words of :data:`INTERVENTION_WORDS` and :data:`INTERVENTION_FORMS` that tell the police acting on a gathering
without naming them ('tear gas was fired', 'the protest was repressed')."""

FORCE_SUBJECT_LEADS = {"the", "riot", "anti-riot", "armed", "local", "national", "military", "some", "several"}
"""Words before police or troops opening a sentence as its subject ('The riot police blocked the march')."""

DETENTION_CAUSES = {"arrest", "arrests", "arrested", "detention", "detained", "release", "freed", "jailing", "jailed",
                    "imprisonment", "imprisoned", "custody"}
"""Words of someone held told with a gathering ('against the arrest of an editor', 'demanding the release of
activists'): an arrest told after it is the cause again, not police acting on the crowd."""

FORCE_ON_GATHERING = {"dissolved", "dissolve", "aggressed", "assaulted", "hit", "beat", "beaten", "clubbed", "stop",
                      "stopped",
                      "stops", "repressed", "suppressed", "prevented", "barred", "attacking", "pushed",
                      "pushing"}
"""What police or troops do to a gathering, told in a sentence after it, besides tear gas and dispersal ('The police
quickly dissolved the protest', 'The police hit the women and put them in trucks', 'Police stop them', 'The protest
was repressed'): how the gathering was met, an intervention."""

CROWD_CAN_DO = {"blocked", "stopped", "prevented", "removed", "broke"}
"""Words of :data:`INTERVENTION_WORDS` whose subject is as often the crowd ('protesters blocked the highway',
'strikers stopped work', 'broke into the office'): an intervention only with police or troops beside them."""

INTERVENTION_FORMS = {"intervene", "intervenes", "intervening", "stop", "stops", "prevent", "prevents", "block",
                      "blocks", "break", "breaks", "disperses", "confiscated", "confiscate", "standoff",
                      "barred", "bar", "bars", "repulsed", "pushed", "chased", "threatened", "detain", "detains",
                      "arrest", "cordoned", "kettled", "contained", "obstructed", "harassed", "scattered", "ejected",
                      "dissolved", "dissolve", "aggressed", "assaulted", "hit", "attacking", "pushing",
                      "repress"}
"""More ways a report tells police meeting a gathering, read beside :data:`INTERVENTION_WORDS` only when typing a
protest ('police intervene to keep order', 'a standoff with police', 'police confiscated their banners', 'were
barred by police from marching', 'chased by police', 'guards ejected the marchers', 'police dissolved the protest',
'the police hit the women', 'police officers attacking some of the protesters'); not follow-up cues of incident
detection."""

ARREST_WORDS = {"arrested", "arrest", "arrests", "detained", "detain", "apprehended", "nabbed", "custody", "detains",
                "apprehends", "apprehend", "nabs"}

BEATING_WORDS = {"beat", "beats", "beaten", "beating", "punched", "punching", "tortured", "torturing", "whipped",
                 "flogged", "caned", "kicked", "slapped", "manhandled", "bludgeoned", "clubbed"}
"""Blows to a person held or overpowered ('soldiers beat a trader', 'the guard punched the MP', 'tortured three men'):
one side's harm to someone who does not fight back. Where no armed side is named as hit and no gun, bomb or fight is
told, the beating is an attack on a civilian, as ACLED codes it, not a battle with an unnamed party."""

ARREST_HARM = {"executed", "assaulted", "caned", "whipped", "flogged", "manhandled", "mistreated", "ill-treated",
               "brutalised", "brutalized"}
"""Harm done to the people an arrest took, beyond those of :data:`PERSON_HARM` ('gendarmes arrested and executed a
merchant', 'arrested and violently assaulted the occupants of a vehicle'): the arrest is then part of an attack on
them, as ACLED codes it, not a strategic development. (Not 'assault' or 'torture' as nouns: 'arrested with an assault
rifle', 'arrested on charges of torture' tell a weapon or a charge.)"""

TORTURE_DONE = re.compile(
    r"\b(?:subjected to|signs of|use of|caused by|victims? of|arrests? and|detentions? and) (?:[\w-]+ ){0,2}?"
    r"['‘\"]?torture\b|\b(?:arrest|arrested|detain|detained) and torture[ds]?\b")
"""Torture told as done to the people held, by a noun or a verb beside the arrest ('arrests and torture by soldiers',
'a video of the arrest showed signs of torture', 'those detained were subjected to torture', 'police arrest and
torture a suspect'): the arrest was part of an attack on them, as ACLED codes it (see :data:`ARREST_HARM`; not
'arrested on charges of torture', 'accused of torture': a charge; not where torture is denied, 'no confirmed reports
of torture')."""

TORTURE_TOLD = "torture-told"
"""The word that stands for :data:`TORTURE_DONE` told and not denied."""

DISAPPEARED = re.compile(r"\bwhereabouts (?:[\w-]+ ){0,6}?(?:unknown|not known)\b"
                         r"|\b(?:enforced|forced) disappearances?\b|\bforcibly disappeared\b")
"""People taken whose fate is kept from their kin ('arrested three civilians; their whereabouts are unknown', 'was
arrested in an enforced disappearance'): ACLED's abduction/forced disappearance, not an arrest."""

DISAPPEARANCE_TOLD = "disappearance-told"
"""The word that stands for :data:`DISAPPEARED` told."""

ARREST_LOOTING = {"looted", "looting", "pillaged", "plundered", "ransacked", "vandalised", "vandalized", "torched",
                  "extorted"}
"""Property taken or destroyed by the force that made an arrest ('forces arrested two civilians and looted their
shop', 'the patrol ransacked the health centre and arrested a herder'): ACLED codes the raid's looting or destruction
(looting/property destruction), not the arrest. (Not 'stole', 'stolen' or 'robbed': 'arrested two men who robbed a
shop', 'recovered stolen goods' tell the crime of those arrested; a burning counts by the arson tactic.)"""

DISRUPTED_WORDS = {"defused", "dismantled", "intercepted", "foiled", "thwarted", "neutralised", "neutralized",
                   "disarmed", "cache", "caches", "seized", "found", "discovered", "bomb-disposal", "disposal",
                   "defuse", "defuses", "dismantle", "dismantles", "weapons-cache"}
"""Words of a weapon or a plot taken out of use; 'weapons-cache' stands for a phrase of :data:`ACT_PHRASES`
('recovered rifles and ammunition', 'unearthed an arms cache') and is a weapon word as well."""

WEAPON_WORDS = {"bomb", "bombs", "ied", "ieds", "explosive", "explosives", "device", "devices", "mine", "mines",
                "landmine", "landmines", "weapons", "ammunition", "rocket", "rockets", "missile", "missiles", "drone",
                "drones", "grenades", "suicide", "vest", "belt", "weapons-cache",
                # ('defused a motorcycle booby-trapped by the militants': the word split at its hyphen)
                "booby"}

INTERCEPTED_OBJECTS = {"aerial", "uav", "uavs", "projectile", "projectiles", "object", "objects"}
"""What air defences intercept or down beside the weapons named (:data:`WEAPON_WORDS`): 'intercepted a suspicious
aerial target', 'shot down a UAV', 'intercepted a projectile launched from Lebanon' (with 'intercepted' or 'downed'
only: a weapon taken out of use)."""

ARMS = WEAPON_WORDS | {"strike", "strikes", "airstrike", "airstrikes", "air", "shelling", "shell", "shells",
                       "artillery", "mortar", "mortars", "jet", "jets", "warplane", "warplanes", "aircraft", "bombing",
                       "bombings", "raid", "raids", "katyusha", "ballistic", "fired", "launched",
                       "incursion", "incursions"}
"""What an attacker fires or flies: 'a Houthi missile', 'a Russian missile strike', 'Houthi-fired missile' name
the perpetrator by an adjective before it."""

PASSIVE = {"were", "was", "been", "being"}
"""'Afghan soldiers were killed': the actor before a passive verb of violence is its victim."""

AGREEMENT_WORDS = {"ceasefire", "cease-fire", "agreement", "accord", "truce", "peace", "deal", "signed", "exchange"}

AGREEMENT_ACTS = {"signed", "agreed", "reached", "concluded", "brokered", "declared", "announced"}
"""Words that tell an agreement made: where a fight or a harm is told, a truce, a deal or a surrender named without
one of them is the fight's background ('fighting broke out after the brigade rejected a ceasefire agreement', 'three
rebels surrendered after the clash'), not an agreement of its own."""

CLASH_WORDS = {"exchanging", "clash", "clashes", "clashed", "fighting", "fought", "battle", "battles", "gunbattle",
               "firefight",
               "exchange", "exchanged", "repulsed", "repelled", "skirmish", "skirmishes", "engaged", "counterattack",
               "counter-attack", "offensive", "shoot-out", "shootout", "gunfight", "shots", "gunshots", "crossfire"}

ONE_SIDED_AT_CIVILIANS = {"shots", "gunshots", "offensive", "engaged"}
"""Words of fighting that tell only one side's fire where civilians are the target ('gunmen fired shots at a
minibus', 'the militia's offensive on the villages', 'soldiers engaged the crowd'): an attack, not a battle."""

UNARMED_VICTIMS = re.compile(
    r"\bunarmed\b(?! (?:drones?|aircraft|aerial|planes?|uavs?|vessels?|boats?|ships?|helicopters?|observers?|monitors?"
    r"|missions?|reconnaissance|surveillance|combat)\b)")
"""People told unarmed where they were harmed ('police shot dead an unarmed man', 'an unarmed person was shot in the
head', 'killed a night watchman, who was unarmed', 'killed dozens of men, most of them unarmed'): whoever hit them met
no armed side, an attack as ACLED defines violence against civilians, whatever fighting is told around it. (Not an
unarmed craft or mission: 'an unarmed drone', 'unarmed observers'; nor a doubt: see :data:`UNARMED_DOUBTED`.)"""

UNARMED_DOUBTED = re.compile(r"\barmed,? (?:or|and) unarmed\b|\bunarmed,? (?:or|and) armed\b"
                             r"|\b(?:whether|if|not|nor|never)\b[^.;]{0,60}?\bunarmed\b")
"""'it is unclear whether the dead were armed or unarmed', 'the victims were not unarmed': no one told unarmed."""

SHOTS_ALONE = {"shots", "gunshots"}
"""Words of :data:`CLASH_WORDS` that tell fire, not two sides fighting, where the fire hit a victim ('shot a man;
five shots were fired', 'killed with two shots to the head'): then they make no battle; 'exchanged shots' does
by its verb."""

HEARING = {"heard", "hear", "hears", "hearing"}
"""Words that make shots near them something heard ('gunshots were heard overnight', 'residents say gunshots are heard
most nights'): told by the phrase of shots heard, which needs a day of its own, not as fire at anyone."""

HEARD_SHOTS = SHOTS_ALONE | {"gunfire", "shooting"}
"""Trigger words that, in a sentence telling shots heard, name what was heard ('gunshots were heard in the district;
there is no information on the authorship of the gunshots'): no fire of their own."""

FIGHT_WORDS = {"fight", "fights", "battled", "confrontation", "confrontations", "conflict", "row", "tussle", "between",
               "skirmished"}
"""Words that tell two sides fighting beside :data:`CLASH_WORDS` ('a fight between herders and farmers', 'battled
the bandits', 'a confrontation')."""
LATER_ACT_WORDS = {"later", "following", "afterwards", "subsequently", "thereafter", "then", "next"}
"""Words that tell an act as coming after the one told first ('police later clashed with the gang', 'following the
attack, troops arrived'): another act, not the first one's telling."""

EARLIER_FIGHT_NOUNS = frozenset({"clash", "clashes", "fighting", "battle", "battles", "skirmish", "skirmishes",
                                 "gunfight", "gunbattle", "firefight", "shootout", "shoot-out"})
EARLIER_FIGHT_LEADS = frozenset({"after", "following"})
EARLIER_FIGHT_CAUSES = frozenset({"reprisal", "retaliation", "revenge", "response", "reaction"})
EARLIER_FIGHT_FILLERS = frozenset({"the", "a", "an", "recent", "earlier", "previous", "last", "armed", "heavy",
                                   "fierce", "deadly", "violent", "fresh", "renewed", "intense", "communal",
                                   "intercommunal", "inter-communal", "ethnic", "several", "two", "three", "days",
                                   "day", "week", "weeks", "'s", "of"})
"""A fight told by its noun as what came before a one-sided act, in a phrase led by 'after' or 'following' or by a
cause ('in reprisal for', 'in retaliation for', 'in response to'): 'militants abducted four oil workers after
government-rebel clashes', 'herders attacked the village in reprisal for the 25 April clashes', 'mercenaries ambushed
taxi drivers after a clash against the rebels'. The fight is an earlier act, told to explain this one; the act on the
civilians it hit is the event (read only where the victims are civilians and who acted is named before the verb).
The words allowed between the lead and the noun (:data:`EARLIER_FIGHT_FILLERS`; a number, a month or a name too) are
a fight's modifiers: no verb ('after they clashed', 'during clashes' are this event's fight)."""

GROUND_FIGHT = {"clashed", "battled", "gunbattle", "firefight", "skirmished"}
"""Two sides fighting on the ground, told by a verb or a fight's own name ('the armies clashed', 'battled the rebels',
'a gunbattle'): with air strikes or shelling told beside it, the event is the battle, as ACLED codes it, not the
strike. (Not 'fighting', 'clashes' or 'battles' alone: a news report names them as the background of a strike.)"""

FIGHT_NAMED = {"clash", "clashes", "fighting", "battle", "battles", "confrontation", "confrontations", "firefight",
               "firefights", "gunbattle", "gunbattles", "gunfight", "gunfights", "skirmish", "skirmishes"}
"""A fight named by its noun ('armed clashes were registered', 'killed in fighting with the brigades', 'government
forces battle the rebels', 'a series of firefights and shelling between the two armies'): beside air strikes, drones
or shelling in an ACLED note, the fight is the event and the strike its part (a battle), unless the fight is told as
an earlier one (:data:`EARLIER_CLASH`) or only as the setting (:data:`CONTEXT_CLASH`, taken out before typing)."""

SEQUEL_FIGHT_LEADS = {"subsequent", "ensuing"}
"""Words before a fight's noun that tell it grew out of the act just told ('attacked the post with rockets; subsequent
fighting killed six', 'the ensuing clashes'): this event's own fight, in whatever sentence it is told (not 'following
clashes with the army', which may be an earlier fight)."""

SIDE_TAKEN = {"on", "for", "alongside", "under"}
"""Words after 'fighting' that tell whose side people fight on ('tribal leaders fighting on the government's side',
'men fighting for the group'): who they are, not a fight told."""

FIGHT_BESIDE_STRIKE = "fight-beside-strike"
"""Marks an event whose fight (:data:`FIGHT_NAMED`) is told in its first sentence or beside its strike."""

EARLIER_STRIKE_LEAD = re.compile(
    r"\b(?:came|comes|come|coming)(?: [\w-]+){0,3}? (?:after|following|in (?:response|reaction|retaliation) (?:to|for))"
    r"\b[^;:]*$"
    r"|\b(?:earlier|previous|prior)(?: [\w-]+){0,1} $")
"""The text of a sentence before a device or a strike that tells it as an earlier act this one answered ('The attack
came in response to an earlier IED attack', 'This comes days after two IEDs exploded', 'wounded by an earlier bomb
blast'): the cause told, not this event's weapon."""

DUTY_NOUNS = {"patrol", "patrols", "patrolling", "duty", "duties", "rounds"}
"""A force's work named after a habit's adjective ('their vehicle on regular patrol drove over an IED'): the
adjective says what the men were doing, not that the act told is a habit."""

BOOBY_TRAPS = {"booby-trapped", "booby trap", "booby traps", "booby-trap", "booby-traps"}
"""A booby trap names a device set off only where its sentence tells it went off ('a booby-trapped motorcycle exploded
and killed two soldiers'); laid on the bodies after a killing or on streets to guard them ('the bodies of the victims
were booby-trapped', 'booby-trapped streets and patrolled them'), it is no act of its own."""
TRAPPED_DEAD = {"body", "bodies", "corpse", "corpses"}
"""A victim's body named in a booby trap's sentence after the killing's ('the corpse of one victim was booby-trapped
and later detonated by the volunteers'): the trap was laid on the dead after the killing, the killing is the event,
even where the sentence tells the trap set off later."""

TRAP_LAID = {"attached", "tied", "wired", "rigged"}
"""Words that tell a device fixed to something ('the bodies were found with wires tied to their feet attached to
explosive mines', 'the corpse was rigged with an IED'): told in a sentence after the killing's, with a victim's body
(:data:`TRAPPED_DEAD`) and no blast, a trap laid on the dead, no device set off in the event (as a body told
booby-trapped)."""

FRONTED_CAUSE_LEADS = {"following", "after"}
"""Words that open a clause told before the main one as its cause ('On 19 November, following an IED explosion
against an armoured vehicle, the troops entered the village'): a device named there is the cause, not this act."""

CAUSE_OUTCOME_WORDS = {"died", "dies", "succumbed", "exploded", "detonated", "went", "killing", "wounding", "injuring"}
"""Words in the main clause after a fronted cause that tell the device's own outcome ('after the blast, two soldiers
died', 'following the explosion, a second device went off'): then the device is this event's weapon."""

AIRCRAFT_WORDS = WARPLANES | {"aircraft", "aircrafts", "plane", "planes", "airplane", "airplanes", "aerial", "air"}
"""Words of aircraft: a place 'bombed' beside one was bombed from the air."""

REMOTE_TACTICS = {"ied", "landmine", "vbied", "suicide", "grenade", "shelling", "rocket", "airstrike", "drone"}
"""Tactic keys of explosions and remote violence."""

MINING_WORDS = {"gold", "coal", "mining", "artisanal", "copper", "diamond", "diamonds", "cobalt", "coltan", "tin",
                "uranium", "iron", "salt", "jade", "ruby", "emerald", "bauxite", "manganese", "lithium", "open-pit",
                "open-cast", "opencast", "underground", "quarry"}
"""Words before 'mine' that make it a mining site ('the Inata gold mine', 'an artisanal mine'), not a landmine."""

MINE_SITE_LEADS = {"at", "to", "near", "inside", "outside", "around", "from", "into", "attacked", "attack", "raided",
                   "occupied", "occupying", "invaded", "stormed", "looted", "closed", "reopened", "visited"}
"""Words before 'the mine' that make it a place ('at the mine in Inata', 'attacked the mine after the gendarmes
left'), not a landmine ('hit the mine', 'the mine exploded')."""

MINE_OF_LEADS = {"control", "ownership", "owner", "owners", "operator", "operators", "management", "entrance", "gate",
                 "gates", "workers", "miners", "security", "guards"}
"""Words before 'of the mine' that make it a place ('fighting over control of the mine', 'the workers of the mine'),
not a landmine ('the explosion of a mine')."""

MINE_BLAST_WORDS = {"explosion", "explosions", "blast", "blasts", "attack", "attacks", "strike", "incident",
                    "detonation", "exploded", "explodes", "went", "killed", "kills", "wounded", "injured"}
"""Words after 'mine' that make it a device, even after a name ('the Kera mine explosion', 'a mine went off')."""

MINE_PIT_AFTER = frozenset({"collapsed", "collapses", "collapse", "caved", "flooded"})
"""Words after 'mine' that make it a pit, not a device ('five miners were killed when a mine collapsed', 'the mine
caved in'): no landmine."""

BRAWL_WORDS = {"fistfight", "fistfights", "fist fight", "street-fight", "streetfight", "brawl", "brawls", "brawled",
               "fisticuffs", "scuffle", "scuffles"}
"""A fight of fists ('a fistfight broke out', 'a street-fight between rival supporters', 'the two groups brawled'):
an unarmed crowd's violence."""

GUNFIRE_WORDS = {"shots", "gunshots", "firearms", "guns", "rifles", "machineguns", "machine", "arms", "gunfire",
                 "shooting", "shot", "fired"}

CIVIL_GROUPS = {"residents", "villagers", "traders", "crowd", "mob", "supporters", "youths", "youth", "students",
                "locals", "rioters",
                "relatives", "community", "members", "neighbours", "neighbors", "vendors", "farmers", "herders",
                "inmates", "prisoners", "workers", "citizens", "operators", "riders", "hawkers", "fans", "mourners",
                "parents", "inhabitants", "sympathizers", "sympathisers", "settlers",
                # (people named by a trade, a shelter or a faith, as traders and vendors are: 'merchants attacked the
                # foreigners' shops', 'refugees with sticks attacked the council president's home')
                "merchants", "shopkeepers", "sellers", "refugees", "squatters", "worshippers"}

CIVIL_ARMED_HEADS = frozenset({"militia", "militias", "militiamen", "paramilitary", "paramilitaries", "gunmen",
                               "gang", "gangs", "bandits", "rebels", "militants", "fighters"})
"""An armed party's noun that a crowd's word may stand before, as its modifier ('community militias', 'youth
militia', 'student gunmen') or joined to it as one subject ('supporters and armed paramilitaries attacked two
brothers'): then an armed, organised party acted, not a crowd (its harm to people an attack, not mob violence).
(Not 'vigilantes', coded a crowd in some countries and a militia in others.)"""
ARMED_SUBJECT_WORDS = CIVIL_ARMED_HEADS | {"armed"}
"""Words right before an act that name who did it an armed party, where no actor is read for it ('members of the
Micanord Gang killed 242 civilians', 'a group of armed farmers attacked pastoralists'): see :data:`ARMED_SUBJECT`."""
_CIVIL_ARMED_HEAD = "(?:" + "|".join(sorted(CIVIL_ARMED_HEADS)) + ")"

PARTISAN_CROWDS = frozenset({"cadres", "activists", "enforcers", "agitators", "agitating"})
"""A party's or a movement's crowd ('UDMF cadres', 'banda enforcers', 'the agitating parties'): with no armed group
named, those who damage property for their cause are rioters (ACLED's mob violence), not an armed party's looting."""

PARTISANS_ACTED = "partisans-acted"

UNNAMED_GROUP_HEADS = {"group", "number"}
UNNAMED_GROUP_PEOPLE = {"people", "persons", "individuals"}
YOUNG_PEOPLE_LEADS = {"young"}
"""'young people attacked the gendarmerie': people named by their youth alone are youths, a crowd, as 'a group of
people' is (with no arms told)."""
"""'a group of people attacked a customs officer', 'a number of people killed a suspected thief': people named only
as a group, the subject of the act with no arms told, are a crowd (mob violence), as :data:`CIVIL_GROUPS` are."""

CROWD_COUNT_WORDS = frozenset({"hundred", "hundreds", "dozens", "scores", "thousand", "thousands"})
CROWD_SIZE = 20
"""People named only by their number, a crowd's ('hundreds of people stormed the police station', 'around a hundred
people vandalised the office', 'about 50 people set ablaze a bulldozer'): a count word of CROWD_COUNT_WORDS or a
figure of at least CROWD_SIZE just before 'people', the subject of the act itself, with no arms told, are a crowd (mob
violence), as 'a group of people' is (not 'two people attacked a trader': a few, who may be anyone)."""
COUNTED_NOT_ACTING = frozenset({"dead", "died", "missing", "displaced", "fled", "flee", "fleeing", "were", "was", "are",
                                "is", "have", "had", "remain", "remained"})
"""Words right after counted people that tell them harmed or gone, not acting ('at least 60 people dead in an
explosion', 'hundreds of people fled'): no crowd's act (see :data:`CROWD_COUNT_WORDS`)."""

BARE_GROUP = "group"
BARE_GROUP_DESCRIBED = {"by", "of", "as", "to", "from", "with"}
"""'a group beat a suspected thief', 'a group burned two robbers to death': a group named by no people, arms or name,
the subject of the act itself, is a crowd (mob violence), as :data:`UNNAMED_GROUP_PEOPLE` are. (Not a group a
participle describes, whose next word is one of :data:`BARE_GROUP_DESCRIBED`: 'a group led by a lawmaker', 'a group
supported by soldiers', 'a group composed of militiamen', 'a group identified as Bororos'.)"""

ARMED_SUBJECT = "armed-subject"
"""The word that stands for an unnamed armed party told as the subject before the act ('a member of the gang beat and
killed a woman accused of witchcraft', 'gunmen shot a suspected thief'): a crowd's justice needs a crowd; an armed
party's harm to a suspect is its attack."""

GROUP_NOT_ACTING = re.compile(r"\b(?:according to|owned by|run by|operated by|inhabited by)(?: [\w'-]+){0,3}$")
"""What makes a crowd's word before the act no one who acted: the report's source ('according to witnessing residents,
armed men fired shots') or the owner of a place ('a shop owned by Hazara community members'), as the text up to the
word ends."""

SETTLER_WORDS = {"settlers"}
"""Settlers ('Israeli settlers raided homes in the village', 'settlers beat a shepherd') act as a civil group: their
violence against people is mob violence, not an armed group's attack. Their damage alone to land, trees or crops is
property destruction, as ACLED codes it, not a crowd's violence ('settlers uprooted 450 vine seedlings')."""

FORCES_SEEN = "forces-seen"
"""The word that stands for armed men seen at a place or moving through it ('members of an armed group were seen in
X', 'an armed group on motorcycles went through the village', 'a convoy left X in the direction of Y'): ACLED's
movement of forces, a change to a group's activity. Only with a day of its own (see :data:`NEEDS_OWN_DAY`): armed
men seen in an area is also the colour of a report on the situation there."""

CHECKPOINT_SET = "checkpoint-set"
"""The word that stands for checkpoints or roadblocks set up ('soldiers set up checkpoints on the highway', 'gang
members set up a roadblock on the national road', 'a roadblock was set up near the bridge') when the event is typed:
a state force's is a security measure, a change to its activity; anyone else's, or one no one is named for, is a road
held, ACLED's 'Other' (see :data:`ROAD_HELD`)."""

GATHERINGS_BANNED = "gatherings-banned"
"""The word that stands for public gatherings banned by an authority ('the government banned all public gatherings')
when the event is typed: a change to the authority's activity, as a ban on protests is (see :data:`PROTEST_PREVENTED`,
:data:`NON_VIOLENT_ACT_PHRASES`); only with a day of its own (:data:`NEEDS_OWN_DAY`)."""

ARMS_SUPPLIED = "arms-supplied"
"""The word that stands for arms delivered or supplied to a force or an armed group ('Russia delivered a second batch
of arms and ammunition to the army', 'the group supplied the rebels with anti-aircraft missiles', 'facilitated an arms
convoy to the militia') when the event is typed: a change to the receiving side's means, ACLED's change to group/
activity; only with a day of its own (:data:`NEEDS_OWN_DAY`): arms supplies are also a war's background."""

CHANGE_WORDS = {"announced", "imposed", "curfew", "curfews", "lockdown", "banned", "prohibited", "formed", "merged",
                "deployed", "deployment", "recruited", "recruitment", "appointed", "declared", "suspended", "joined",
                "defected", "surrendered", "reinforcements", "redeployed", FORCES_SEEN, CHECKPOINT_SET,
                GATHERINGS_BANNED, ARMS_SUPPLIED}

CHANGE_TRIGGERS = {"joined", "defected", "surrendered", "reinforcements", "redeployed", "curfew", "lockdown",
                   "dissolved", "absorbed", "merged", "withdrew", "entered", "established", "raised"}

HEDGES = {"threatened", "threatens", "threaten", "vowed", "vows", "warned", "warns", "plans", "planned", "planning",
          "plot", "plotting", "intends", "would", "could", "might", "may", "will", "denied", "denies", "deny",
          "anniversary", "commemorated", "commemorate", "marked", "rumours", "rumors", "feared", "fears", "none",
          "neither", "nor", "prevent", "avoid", "avoiding", "avoided"}

UNNAMED_PERPETRATORS = {"gunmen", "gunman", "assailants", "attackers", "militants", "insurgents", "fighters",
                        "terrorists", "bandits", "kidnappers", "armed", "unidentified", "unknown", "suspected",
                        "extremist", "extremists", "jihadists", "jihadist", "gang", "criminals", "militia", "raiders"}

SUBJECT_VERB_FILLERS = frozenset({"reportedly", "allegedly", "also", "then", "later", "had", "have", "has",
                                  "suddenly", "again", "first"})
"""Words that may stand between a subject and its active verb ('youths reportedly attacked', 'residents had beaten'):
with no others between them, the people named are who acted (see roles.incident_target)."""

ONLOOKER_VERBS = frozenset({"watched", "looked", "stood", "watching", "looking", "standing"})
ONLOOKER_LEADS = frozenset({"as", "on", "by", "while"})
"""'police watched as gunmen shot …', 'soldiers looked on as …', 'troops stood by while …': a force that looked on at
another's act, neither who did it nor whom it hit."""

STATE_OF_BEING_LEADS = frozenset({"on", "at", "in"})
"""After 'were' / 'was', a preposition tells where or how the subject was ('soldiers were on patrol', 'police were at
the scene'), no passive of harm."""

REPELLED_VERBS = frozenset({"repelled", "repulsed", "foiled", "thwarted", "resisted", "averted", "fought", "beat",
                            "pushed", "drove", "repel", "repulse", "foil", "thwart"})
REPELLED_PARTICLES = frozenset({"off", "back"})
REPELLED_WITH_PARTICLE = frozenset({"fought", "beat", "pushed", "drove"})
"""'Troops repelled an attack by militants', 'police foiled a raid by gunmen', 'soldiers fought off an assault by
bandits' (the verbs of REPELLED_WITH_PARTICLE only with 'off' / 'back'): the force defended; the attackers named after
'by' acted (ACLED codes the attacker as actor 1)."""
ATTACK_BY_NOUNS = frozenset({"attack", "attacks", "assault", "assaults", "raid", "raids", "ambush", "incursion",
                             "offensive", "attempt"})
"""Nouns of an attack whose attackers 'by' names ('an attack by militants')."""

OBJECT_COUNT_WORDS = {"a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                      "several", "some", "dozens", "scores", "many", "more", "other", "suspected", "alleged",
                      "unidentified", "unknown", "armed", "presumed"}
"""Words that may stand between an active verb of harm and armed men it names as its object ('killed two suspected
militants', 'shot one unidentified gunman'): those men are the ones harmed, not who acted."""

CIVILIAN_WORDS = {"civilian", "civilians", "villagers", "residents", "man", "woman", "men", "women", "child",
                  "children", "boy", "girl", "farmer", "farmers", "shepherd", "shepherds", "teacher", "teachers",
                  "student", "students", "worker", "workers", "passengers", "driver", "drivers", "family",
                  "worshippers", "traders", "trader", "doctor", "nurse", "people", "person", "journalist",
                  "journalists", "elder", "cleric", "pupils", "patients", "labourers", "laborers", "herders",
                  "fishermen", "miners", "businessman", "shopkeeper", "mukhtar", "official", "officials",
                  "boys", "girls", "schoolboy", "schoolboys", "schoolgirl", "schoolgirls", "pupil", "wife", "husband",
                  "son", "daughter", "mother", "father", "activist", "activists", "defender", "defenders", "lawyer",
                  "motorist", "motorists", "motorcyclist", "motorcyclists", "cyclist", "cyclists",
                  "pedestrian", "pedestrians", "customers", "mourners", "congregants",
                  "villager", "resident", "herder", "herdsman", "herdsmen", "fisherman", "vendor",
                  "vendors", "refugee", "refugees", "migrants", "idps", "landowner", "chief",
                  "councillor", "candidate", "politician", "tourists", "hunters", "hunter", "pastor", "priest",
                  "bishop", "nun", "monk", "worshipper", "youth", "community", "suspect", "suspects", "owners",
                  "owner", "patrons", "revellers", "villagers'", "inmate", "inmates", "prisoner", "prisoners",
                  "detainee", "detainees",
                  "travellers", "travelers", "commuters", "youths", "village", "villages", "homesteads", "brothers",
                  "brother", "sisters", "sister", "volunteer", "volunteers", "teenager", "teenagers", "toddler",
                  "baby", "infant", "elderly", "couple", "siblings", "cousin", "nephew", "uncle", "voters", "voter",
                  "employee", "employees", "businesswoman", "businessmen", "businesspeople", "shopkeepers",
                  "contractor", "contractors", "clerk", "clerks", "labourer", "laborer",
                  "imam", "lecturer", "lecturers", "headteacher", "headmaster", "tailor", "mechanic", "doctors",
                  "nurses", "chairperson", "councillors", "councilor", "councilors", "schoolteacher", "housewife",
                  "widow", "grandmother", "grandfather", "farmworkers", "shopowner", "landlord", "tenant", "tenants",
                  # people named by what they are or do, not by any force ('shot dead an individual', 'killed four
                  # fishers', 'assassinated a councilman', 'beat up the inhabitants'): an armed side's victims
                  "individual", "individuals", "persons", "inhabitants", "pastoralists", "pastoralist", "fishers",
                  "workman", "workmen", "prospector", "prospectors", "transporter", "transporters", "councilman",
                  "councilmen", "peasant", "peasants", "passenger", "occupants",
                  # people named by their trade or by where they come from ('two Chinese engineers', 'a Pakistani
                  # national', 'a foreign diplomat', 'a wildlife tracker', 'three expatriates'): no armed side
                  "engineer", "engineers", "diplomat", "diplomats", "nationals", "citizen", "citizens", "expatriate",
                  "expatriates", "foreigner", "foreigners", "tourist", "tracker", "trackers", "mayor", "opponent",
                  "opponents", "technician", "technicians", "surveyor", "surveyors", "missionary", "missionaries",
                  # people named by their faith ('killed nine Muslims', 'attacked Christians at prayer')
                  "muslims", "christians", "hindus", "sikhs", "buddhists", "ahmadis", "jews",
                  # more trades and kinds of person ('killed a merchant', 'executed a marabout', 'beat a prosecutor',
                  # 'shot three bike riders', 'killed two minors'). (Not 'minor' or 'rider' alone: 'minor injuries',
                  # 'the pillion rider opened fire'.)
                  "merchant", "merchants", "marabout", "marabouts", "guide", "guides", "miner", "prosecutor",
                  "prosecutors", "magistrate", "magistrates", "informant", "informants", "minors", "educator",
                  "educators", "riders", "dealer", "dealers", "cousins", "fisher",
                  # people named by where they were going or what they were doing there ('killed ten marketgoers', 'a
                  # tobacco seller', 'a passerby was shot', 'one occupant of the vehicle', 'two diamond collectors')
                  "marketgoers", "seller", "passerby", "passersby", "occupant", "collector", "collectors",
                  # people named by a craft or a trade of their hands ('kidnapped a mason', 'killed two carpenters',
                  # 'shot five gardeners'), by a herd they keep ('a herdboy'), or by an elected or customary office
                  # ('assaulted two lawmakers', 'killed the local monarch'): no force. (Not words that are as often a
                  # surname or a verb: 'baker', 'porter', 'cook', 'king'; nor 'MP', also a military police.)
                  "mason", "masons", "carpenter", "carpenters", "bricklayer", "bricklayers", "welder", "welders",
                  "plumber", "plumbers", "electrician", "electricians", "blacksmith", "blacksmiths", "butchers",
                  "artisan", "artisans", "craftsman", "craftsmen", "cobbler", "cobblers", "hairdresser",
                  "hairdressers", "weaver", "weavers", "housemaid", "housemaids", "gardener", "gardeners",
                  "pharmacist", "pharmacists", "dentist", "dentists", "veterinarian", "veterinarians", "herdboy",
                  "herdboys", "herdsboy", "herdsboys", "goatherd", "goatherds", "cowherd", "cowherds", "nomad",
                  "nomads", "monarch", "emir", "chiefs", "lawmaker", "lawmakers", "legislator", "legislators",
                  "senator", "senators", "parliamentarian", "parliamentarians", "mps", "campaigner", "campaigners",
                  "vaccinator", "vaccinators"}

RIDER_VEHICLES = frozenset({"motorbike", "motorcycle", "bike", "moto", "okada", "boda", "taxi", "tricycle", "keke",
                            "bicycle", "cycle", "scooter"})
"""Vehicles before 'rider' that make it a person on the road ('shot a motorbike rider', 'a taxi bike rider was
wounded'): a civilian, as 'riders' is (not 'rider' alone: 'the pillion rider opened fire')."""

AGE_NOUNS = frozenset({"old", "olds"})
"""The head of a person named by age alone ('a 16-year-old was shot', 'killed two 15 year olds'): with 'year' or
'years' and a number before it and no noun after it (see :data:`PEOPLE_OF_ORIGIN_ENDS`), a civilian (not 'a 25-year-old
soldier': the noun after it names him)."""

CIVIL_OFFICE_LEADS = frozenset({"electoral", "election", "polling", "returning", "presiding", "health", "medical",
                                "hospital", "revenue", "tax", "agricultural", "extension", "education", "court",
                                "municipal", "council"})
"""Words before 'officer(s)' or 'personnel' that name a civil service's staff, not a force ('attacked electoral
officers', 'health personnel were beaten', 'a revenue officer was shot'): civilians. (Not customs, immigration or
forest officers: armed services in many countries.)"""
CIVIL_OFFICE_STAFF = frozenset({"officer", "officers", "personnel"})
"""The staff nouns that :data:`CIVIL_OFFICE_LEADS` make civil."""

HOME_WORDS = frozenset({"home", "homes", "house", "houses", "residence", "residences", "homestead", "homesteads"})
"""A person's home: 'stormed the policeman's home', 'attacked the homes of several soldiers' tell a force's members hit
at home, out of service (see :data:`OFF_DUTY`)."""
KIN_OF_MEMBER = frozenset({"wife", "wives", "husband", "son", "sons", "daughter", "daughters", "child", "children",
                           "mother", "father", "brother", "brothers", "sister", "sisters", "family", "relative",
                           "relatives", "widow", "fiancee", "fiancée", "nephew", "niece", "parents"})
"""A person named by kin to a force's member ('shot dead a police officer's wife', 'abducted a soldier's son'): the
one hit is the kin, a civilian; the member only names them."""
MEMBER_TITLES = frozenset({"officer", "officers", "major", "commander", "captain", "sergeant", "constable",
                           "inspector", "corporal", "general", "colonel", "lieutenant", "chief", "agent", "guard",
                           "soldier", "private"})
"""A force member's title after the force's word ('a police officer's wife', 'an army major's son'; see
:data:`KIN_OF_MEMBER`)."""
HOME_OWNER_LEADS = frozenset({"a", "an", "the", "two", "three", "four", "five", "several", "some", "many", "local",
                              "senior", "retired", "serving", "police", "army", "military"})
"""Words allowed between 'the homes of' and the force's member ('the homes of several police officers')."""

PEOPLE_OF_ORIGIN_ENDINGS = ("ian", "ians", "ean", "eans", "an", "ans", "ese", "i", "is")
"""How a word naming people by their nation or people ends ('a Palestinian', 'two Somalis', 'a Pakistani national',
'Congolese'); with a capital letter, a determiner or number before it and no noun after it, it names civilians:
see :data:`PEOPLE_OF_ORIGIN_DETERMINERS` and :data:`PEOPLE_OF_ORIGIN_ENDS`."""
PEOPLE_OF_ORIGIN_DETERMINERS = {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                "ten", "several", "some", "many", "dozens", "other", "more"}
"""Words before a people's name used as a noun ('shot a Palestinian', 'killed two Pakistanis'). (Not 'the' or 'of':
'in the Sudan', 'the town of Multan' name places.)"""
PEOPLE_OF_ORIGIN_ENDS = {"national", "nationals", "in", "near", "at", "on", "was", "were", "who", "from", "by",
                         "during", "while", "as", "after", "with", "had", "has", "have", "is", "are", "working",
                         "living", "travelling", "traveling", "and"}
"""Words after a people's name that make it a noun, not an adjective before one ('a Palestinian was injured', 'shot a
Palestinian near the wall', 'a Pakistani national'), unlike 'Palestinian assailants', 'Russian soldiers'."""

PLACES_AS_VICTIMS = {"village", "villages", "homesteads"}
"""Civilian words that are places: 'attacked a village' harms its people, but 'near the village of X' only says
where the act happened (see :data:`LOCATIVE_WORDS`)."""

SCENE_PLACES = frozenset(PLACES_AS_VICTIMS | {"community", "communities"})
"""Words that name where an act happened after a word of place ('near the village of X', 'the attack occurred in the
community of Kolo'); 'community' only so, not as a place the armed men attacked ('members of the Fulani community',
'attacked the community': its people)."""

LOCATIVE_WORDS = {"near", "in", "at", "outside", "around", "inside", "nearby", "from", "of", "towards", "toward",
                  "beyond", "across", "within", "through"}
"""Prepositions that make a place noun after them (determiners between allowed) the scene, not the victim."""
SCENE_DETERMINERS = {"the", "a", "an", "this", "that", "two", "three", "several", "nearby", "remote"}
"""Words allowed between such a preposition and the place noun ('near the remote village')."""

POLICE_WORDS = {"police", "policemen", "policeman", "officers", "gendarme", "gendarmes", "gendarmerie", "constable",
                "cop", "cops", "policewoman", "policewomen"}

ACTING_FORCES = {"police", "policemen", "policeman", "officers", "officer", "gendarmes", "cop", "cops", "soldier",
                 "soldiers", "troops", "army", "military", "servicemen", "guards", "guard", "personnel", "commandos",
                 "militiamen"}
"""Forces that act in person ('prison guards beat a journalist'); not a convoy, a base or a patrol, which are hit."""

CROWD_CONTROL = {"tear", "teargas", "tear-gas", "teargassed", "tear-gassed", "dispersed", "disperse", "dispersing",
                 "batons", "baton", "cannon", "lathi", "lathi-charged", "lathicharge", "rubber", "pepper"}
"""How police break up a crowd: told in the sentence after a protest, it is that protest's intervention."""

PROTEST_CAUSES = {"against", "over", "after", "following", "denouncing", "condemning", "decrying", "demanding",
                  "demanded", "demand", "demands", "calling", "called", "recovery", "wake",
                  # whom or what a gathering remembers ('a vigil in memory of a trader shot by police', 'marched to
                  # commemorate the victims of the massacre', 'rallied to mark the anniversary of the factory fire',
                  # 'gathered at the funeral of a student beaten in custody', 'paid tribute to a youth stabbed in a
                  # brawl'): the harm told of them is why people gathered, as a grievance's is
                  "memory", "commemorate", "commemorating", "commemoration", "tribute", "anniversary", "funeral",
                  "honour", "honor", "mourn", "mourning"}
"""Words that open a protest's cause or its demand ('protested against the killing of a trader', 'marched after
police beat a student', 'demonstrated over looted shops', 'demanded the recovery of looted funds'), or whom it
remembers ('a vigil in memory of a trader shot by police'): the violence told after them is why people gathered or
what they asked for, not what the crowd did, up to a word of :data:`CAUSE_ENDS`."""

EXCESSIVE_FORCE_ACTS = {"shot", "killed", "killing", "fired", "firing", "shots", "gunfire", "live", "bullets",
                        "ammunition"}
"""Words of a force's lethal harm that, with deaths told and a force named beside a gathering, make it one met with
excessive force ('soldiers shot and killed two protesters', 'police intervened by firing shots, resulting in the death
of one protester', 'one marcher died in the police gunfire'); told only inside the protest's cause ('marched over the
death of a trader shot dead by police last week') they are why people gathered, no force on this crowd."""

FOUGHT_BACK = re.compile(
    r"\b(?:fired|fire|firing|fires|shot|shooting|hit|hitting|struck|fought|fight|fighting|struck) back\b"
    r"|\breturn(?:ed|ing|s)? (?:the )?(?:gun)?fire\b|\bcounter-?attack(?:ed|ing|s)?\b"
    r"|\brespon(?:ded|ding|ds) by (?:firing|shelling|shooting)\b"
    r"|\brespon(?:ded|ding|ds) with (?:[\w'-]+ )?(?:fire|gunfire|gun fire|gunshots|shots|artillery|mortars?|shelling"
    r"|rockets?|missiles?|shells|weapons|machine ?guns?|rifles|bullets)\b"
    r"|\b(?:respon(?:ded|ding|ds)|retaliat(?:ed|ing|es)) and (?:[\w'-]+ )?(?:killed|shot|wounded|injured"
    r"|neutrali[sz]ed)\b"
    r"|\brespon(?:ded|ding|ds) to (?:the |an? |this )?(?:\w+ )?(?:shelling|attack|fire|assault|shells|shots)\b"
    r"|\brepel(?:led|s)?\b|\brepuls(?:ed|es)\b|\b(?:fought|fighting|beat|beating) off\b"
    r"|\b(?:retaliat|respond|responded)(?:ed|ing|s)? (?:in kind|accordingly)\b"
    r"|\bretaliat(?:ed|ing|es) with (?:[\w'-]+ )?(?:fire|gunfire|artillery|mortars?|shelling|rockets?|force)\b"
    r"|\b(?:targeted|targeting|fired (?:at|on)|firing (?:at|on)|shelled|shelling|shot at|shooting at) "
    r"(?:each other|one another)\b"
    r"|\bintervened,? and (?:killed|shot|neutrali[sz]ed|wounded|injured)\b"
    r"|\btrad(?:ed|ing|es) (?:gun)?(?:fire|shots|gunshots)\b"
    r"|\bconfront(?:ed|ing) the (?:attackers|assailants|gunmen|militants|raiders|bandits|insurgents|jihadists)\b"
    r"|\b(?:thwart|foil)(?:ed|s)? by\b|\b(?:thwart|foil)(?:ed|s)? (?:an? |the |their )(?!planned |plotted |possible )"
    r"(?:[\w'-]+ ){0,2}?(?:attack|attempt|assault|raid|ambush|incursion)\b"
    r"|\bresistance from (?:the )?(?:[\w'-]+ )?(?:forces|troops|soldiers|army|military|police|vigilantes|militia"
    r"|militiamen|guards)\b")
"""The side attacked fought back ('the army returned fire', 'rebels responded with mortars', 'fired back, killing
two', 'the attack was repulsed', 'the escort fought off the attackers', 'troops of the two countries targeted each
other', 'police intervened and killed one attacker', 'villagers responded and wounded one of the gunmen', 'the forces
retaliated and killed seven', 'police responded with gunshots', 'gunmen traded fire with police', 'a group of police
confronted the attackers', 'the attack was foiled by a military response', 'soldiers thwarted a Boko Haram attack', 'met
resistance from military forces'): a fight of two armed sides, ACLED's armed clash, whatever weapon opened it. (Not
'thwarted a planned attack': a plot stopped before it was carried out. Not 'retaliated' alone: the
side that retaliates for an earlier act is the attacker of this one; but 'retaliated in kind', 'retaliated with
artillery', 'responded accordingly' answer this act.)"""

ENGAGED_ARMED_SIDE = re.compile(
    r"\b(?<!to )(?<!not )(?:engaged|engaging|engages)"
    r"(?: in (?:an? )?(?:heavy |fierce |intense |brief |armed )?(?:fight|fights|fighting|gunfights?|gun ?battles?"
    r"|firefights?|fire[- ]fights?|combat|battles?|clash|clashes|exchanges? of (?:gun)?fire))?"
    r" (?:with )?(?:the |an? |their |its )?(?:(?!in |talks |dialogue |negotiations? |discussions? |peace |meetings? )"
    r"[\w'’-]+ ){0,2}?(?:soldiers|troops|army|military|police|policemen|gendarmes|gendarmerie|forces|vigilantes"
    r"|militias?|militiamen|fighters|militants|rebels|insurgents|gunmen|bandits|jihadists|attackers|assailants)\b"
    r"(?! in (?:an? |the )?(?:talks|dialogue|negotiations?|discussions?|meetings?|consultations?))")
"""An armed side engaged told with the side it fought ('Boko Haram members engaged in fight with the military after
they attacked the village', 'the militants engaged with the army as they attempted an attack on the village',
'troops engaged the bandits after they raided the market'): two armed sides fought, ACLED's armed clash, though the
report also tells the attack on the village that led to it. (Not a crowd engaged: 'soldiers engaged the crowd' is
one side's force, see :data:`ONE_SIDED_AT_CIVILIANS`; nor talks: 'engaged in dialogue with the rebels', 'engaged the
security forces in a meeting'; nor a plan or a denial: 'deployed to engage the militants', 'did not engage the
gunmen'.)"""
ENGAGED_WORDS = frozenset({"engaged", "engaging", "engages"})
"""The words :data:`ENGAGED_ARMED_SIDE` needs one of (a cheap test before the pattern is tried)."""

ATTACK_REPELLED = re.compile(
    r"\brepel(?:led|s)?\b|\brepuls(?:ed|es)\b|\b(?:fought|fighting|beat|beating) off\b|\b(?:fired|fought|shot) back\b"
    r"|\breturn(?:ed|ing)? (?:the )?(?:gun)?fire\b|\b(?:pushed|driven|drove|beaten|beat) back\b"
    r"|\b(?:respon(?:ded|ding)|repl(?:ied|ying)|retaliat(?:ed|ing)|hit back) with (?:[\w'-]+,? ){0,2}?(?:sticks|bows|"
    r"arrows|machetes|clubs|spears|cutlasses|guns|firearms|rifles|fire|gunfire)\b")
"""The side attacked fought the attackers off, told in the sentence after the act ('Boko Haram fighters attacked the
village. The villagers replied with sticks and machetes and repelled the assailants.', '… but were pushed back by
local vigilantes'): two sides fought, a battle as ACLED codes it, not an attack on people who did not fight back. (Not
'responded to the attack' alone: a force that came after an attack on civilians, coded apart.)"""

PUSHED_BACK = re.compile(r"\b(?:was|were|are|is|been) (?:pushed|driven|beaten) back by\b")
"""Attackers pushed back by the side they attacked, in the act's own sentence ('attacked Fa'a village but were pushed
back by local vigilantes'): two sides fought (see :data:`ATTACK_REPELLED`)."""

FOUGHT_BACK_AFTER_FIRE = {"shelled", "shelling", "rockets", "rocket", "artillery", "mortars", "mortar", "shells"}
"""Words of fire from afar after which a reply (:data:`FOUGHT_BACK`) told in the rest of the sentence or in the next
one still answers the event ('militants fired rockets at the posts; the army retaliated with artillery')."""

BOMBER_STOPPED = re.compile(
    r"\b(?:shot|shoot|shoots|killed|kill|kills|neutrali[sz]ed|gunned down)(?: and (?:killed|kill|kills))? "
    r"(?:[\w'-]+ ){0,3}?(?:suicide bombers?|bombers?|kamikazes?)\b"
    r"|\b(?:suicide bombers?|bombers?|kamikazes?) (?:was|were|had been) (?:shot|killed|neutrali[sz]ed|gunned down)"
    r"(?: dead)? by\b")
"""A would-be suicide bomber shot or killed ('soldiers shot and killed two suspected suicide bombers', 'a kamikaze was
killed by the army'; not 'eight civilians and one suicide bomber were killed', the bomber's own death in his blast):
with no blast told, forces stopped an armed man, no suicide bombing."""

_OUTLAWS = (r"(?:alleged |suspected |presumed |known |rival |local |senior )?"
            r"(?:drug[- ](?:traffickers?|dealers?|lords?)|narcos?|gang members?|gangsters?|cartel members?"
            r"|members? of (?:the |an? )?(?:[\w'-]+ ){0,3}(?:gang|cartel)"
            # a gang's, a militia's or an armed group's members, leaders or affiliates named as such ('a local leader
            # of the X gang', '13 affiliates of the Y gang', 'several members of a self-defence group'): armed men
            r"|(?:members?|leaders?|affiliates?|commanders?) of (?:the |an? |a rival )?(?:[\w'-]+ ){0,3}"
            r"(?:gang|militia|armed group|self-defen[cs]e (?:group|brigade)"
            # a community's armed guard named by its team or group ('two members of a village security team', 'a
            # member of the local defence force'): armed men, as a vigilante is (not a civil defence, the rescuers;
            # nor a committee, often of officials)
            r"|(?<!civil )(?:security|defen[cs]e|self-defen[cs]e) (?:teams?|groups?|force|unit|brigade|squad)))")
_GUARD_MEMBERS = r"(?<!civil )(?:self-defen[cs]e|defen[cs]e|security) (?:group|team|unit|brigade|squad) members?"
"""The same guard's man named by the team before 'member' ('killed a self-defence group member'): read only after a
verb of harm (as its own branch: inside :data:`_OUTLAWS` it made the passive branch's literal test a looser one)."""
OUTLAW_VICTIM = re.compile(
    r"\b(?:killed|killing|shot|shooting|murdered|executed|attacked|stabbed|ambushed)(?: dead| and (?:killed|injured|"
    r"wounded))? (?:an? |two |three |four |\d+ |the |several |some |at least \d+ )?(?:" + _OUTLAWS + "|"
    + _GUARD_MEMBERS + r")\b"
    r"|\b(?:an? |two |three |four |\d+ |the )" + _OUTLAWS + r"(?: [\w'-]+){0,3} (?:was|were|has been|have been|is|are) "
    r"(?:shot|killed|murdered|found|executed|stabbed|injured|wounded|gunned)\b"
    r"|\b(?:victims?|deceased) (?:had|has|was|were)\b[^.]{0,60}?\b(?:drug[- ]?traffick\w*|drug[- ]?deal\w*"
    r"|(?:member of|involved in|belonged to|linked to) (?:an? |the )?(?:[\w'-]+ )?(?:gang|cartel)\b)")
"""The one harmed was a drug trafficker or a gang's member ('gunmen shot dead an alleged drug dealer', 'a gang member
was killed by rivals', 'the victim had a record of drug trafficking', 'the deceased had a police record for drug
trafficking'): a fight between armed criminal groups, or between one and the police, which ACLED codes as an armed
clash, not an attack on civilians. (Not a mere 'criminal record': a man once convicted is not a gang's member.)"""

_HARMED_FORCE = (r"(?:soldiers?|troops|servicem[ae]n|policem[ae]n|(?:police|security) (?:officers?|agents?|personnel)"
                 r"|gendarmes?|vigilantes|vigilante members|militiam[ae]n"
                 # a community's armed auxiliary ('a village defence volunteer'; not a civil defence's rescuer)
                 r"|(?<!civil )defen[cs]e volunteers?"
                 r"|personnel of (?:the )?[\w'-]+(?: [\w'-]+){0,2})")
_HARMED_COUNT = (r"(?:(?:at least |about |some |another |an? |one |two |three |four |five |six |seven |eight |nine "
                 r"|ten |\d+ )?)")
_HARM_FILLER = r"(?:(?!by |with |alongside |among |and |or |as |from |former |retired |ex-|off-duty )[\w'-]+ )?"
FORCE_AMONG_HARMED = re.compile(
    r"(?:\b(?:killing|injuring|wounding|beheading|shooting)|(?:\band|,) (?:killed|injured|wounded|beheaded))(?: and "
    r"(?:killing|injuring|wounding|beheading|killed|injured|wounded|beheaded))? " + _HARMED_COUNT + _HARM_FILLER
    + _HARMED_FORCE + r"\b"
    r"|\b" + _HARMED_FORCE + r"(?: of (?:the )?(?:[\w'-]+ ){0,2}(?:force|forces|army|police))? (?:were|was|have been|"
    r"had been) (?:also |reportedly |later |critically |seriously |fatally |slightly |badly )?(?:killed|injured|"
    r"wounded|beheaded)\b"
    r"|\bincluding " + _HARMED_COUNT + _HARM_FILLER + _HARMED_FORCE + r"\b[^.;]{0,60}\b(?:were|was) (?:killed|injured|"
    r"wounded)\b"
    # a second passive with its auxiliary left out ('a civilian was killed and two soldiers wounded')
    r"|\b(?:was|were) (?:killed|injured|wounded|shot dead) and " + _HARMED_COUNT + _HARM_FILLER + _HARMED_FORCE
    + r" (?:also |critically |seriously |fatally |slightly |badly )?(?:killed|injured|wounded)\b")
"""A state's force, its armed auxiliaries or a community's armed guard told among the harmed, beside others ('shot
the mayor dead and injured two soldiers who were escorting him', 'election workers and soldiers were injured', 'four
persons were killed and three personnel of the Levies Force were injured in an ambush', '21 people including eight
vigilante members and 13 civilians were killed', 'attacked a convoy, killing two soldiers', 'a trader was killed and a
policeman seriously injured', 'a village chief was killed and a defence volunteer wounded'): the armed men hit were
fought, ACLED's armed clash, even where civilians are named first among the victims. An active verb only as a further
harm ('and injured', ', killing'), where the force's men are not the only ones hit. (Not 'killed by soldiers': the
force acted; not 'a former soldier', 'a policeman killed at his home': out of service, a civilian as ACLED codes him,
see :data:`OFF_DUTY`, :data:`OUT_OF_SERVICE`.)"""
FORCE_AMONG_HARMED_TOLD = "force-among-harmed"
FORCE_HARMED_WORDS = frozenset({"soldier", "soldiers", "troops", "servicemen", "serviceman", "policemen", "policeman",
                                "officers", "officer", "agents", "agent", "personnel", "gendarme", "gendarmes",
                                "vigilantes", "vigilante", "militiamen", "militiaman", "volunteer", "volunteers"})
"""The words :data:`FORCE_AMONG_HARMED` needs one of (a cheap test before the pattern is tried)."""
FORCE_HARM_PARTICIPLES = frozenset({"killing", "killed", "injuring", "injured", "wounding", "wounded", "beheading",
                                    "beheaded"})
"""And one of these."""

AIR_FORCE_ACT = re.compile(
    r"\bair ?forces?(?: [\w'-]+){0,2} (?:targeted|targets|bombed|bombs|struck|strikes|hit|hits|attacked|attacks"
    r"|launched|launches|raided|pounded|strafed|conducted)\b|\b(?:helicopter )?gunships?\b|\bhelicopter (?:gun)?fire\b"
    r"|\b(?:attacks?|strikes?|raids?|bombing|killed|wounded|injured) by (?:the |an? )?(?:[\w'-]+ ){0,2}air ?forces?\b"
    r"|\b(?:aircraft|planes|airplanes|aeroplanes|jets|helicopters)(?: have| had)? (?:bombed|bombs|bombarded|pounded"
    r"|strafed|dropped)\b"
    r"|\b(?:aircraft|aircrafts|planes?|airplanes?|jets?|helicopters?|drones?)(?: [\w'-]+){0,6}? (?:dropped|drops"
    r"|dropping) (?:[\w'-]+ ){0,3}?(?:bombs?|explosives?|barrels?)\b"
    r"|\bdrop(?:ped|ping|s)? (?:[\w'-]+ ){0,4}?(?:bombs?|explosives?) from (?:an? |the |their |its )?(?:[\w'-]+ )?"
    r"(?:helicopters?|aircraft|planes?|jets?|drones?)\b"
    r"|\b(?:aerial|arial)(?: [\w-]+)? (?:strikes?|raids?|bombings?|bombardments?)\b|\bair-raids?\b")
"""An air force as the subject or the agent of an attack ('the air force targeted rebel positions', 'air forces
launched attacks on the forest', 'attacks by helicopter gunships', 'killed in an attack by the Sudanese air force',
'killed by helicopter gunfire'), or aircraft bombing ('Chadian aircraft bombed the town', 'military planes pounded
hideouts', 'a helicopter dropped two bombs on the site', 'dropping bombs from helicopters'), or strikes called
aerial ('aerial precision strikes', 'air-raids'): an air strike, though no word of one is written. (Not 'an air
force base', which is a place; nor a plane that 'struck' or 'hit' something, which may be a crash.)"""

TURNED_VIOLENT = re.compile(
    r"\b(?:turned|turning|turns|became|becoming|degenerated|descended|escalated) (?:\w+ )?(?:violent|chaotic|ugly|rowdy"
    r"|into (?:violence|chaos|riots?|clashes|a riot|a melee))\b")
"""A gathering that 'started peacefully but turned violent', 'descended into chaos': violent, though 'peaceful' is
told of its start."""

_CROWD_ACT_STEMS = r"(?:storm|attack|burn|set (?:fire|ablaze)|torch|loot|vandali[sz]e|destroy|stone|smash|ransack)"

CROWD_ATTEMPT = re.compile(rf"\b(?:tried|attempted|attempting|trying|tries|attempts) to (?:[\w'-]+ )?"
                           rf"{_CROWD_ACT_STEMS}\b")
"""A crowd's violence tried, if stopped ('mototaxi drivers protested at a police station and tried to storm the
building', 'protesters attempted to attack the deputy mayor'): ACLED codes the attempt as the act, a demonstration
turned violent."""

_RAIDING_CROWDS = (r"(?:protesters|protestors|demonstrators|residents|citizens|youths|students|workers|traders|"
                   r"villagers|supporters|crowds?|mob)")
_NOT_FORCE_WORD = r"(?!(?:police|policemen|officers|gendarmes|soldiers|troops|forces|security|army|rangers)\b)"
CROWD_RAIDED = re.compile(
    rf"\b(?:protested|demonstrated|marched|rallied|gathered)\b(?: {_NOT_FORCE_WORD}[\w'’,-]+){{0,10}}? "
    r"and (?:then |later |also )?raided\b"
    rf"|\braided by (?:the |angry |some |a group of |hundreds of |dozens of )?{_RAIDING_CROWDS}\b"
    r"|\b(?:protesters|protestors|demonstrators) (?:[\w'-]+ )?raided\b"
    r"|\bwho raided(?: [\w'’-]+){1,6}? to (?:protest|demonstrate|denounce|demand)\b")
"""A raid by the crowd itself ('residents protested the fuel shortage and raided a depot', 'the offices were raided
by protesters', 'members who raided the party office to protest the results'): a gathering that breaks into a place
is a violent one, as one that storms or ransacks it is (not a force's raid: 'protested after police raided a
mosque', 'police raided the protest camp': the raid is the cause, or the force's work on the crowd)."""

_HARMING_CROWDS = r"(?:protesters|protestors|demonstrators|marchers|rioters|agitators|the crowd|a crowd|crowds)"
CROWD_AGENT_HARM = re.compile(
    r"\b(?:beaten|beaten up|assaulted|attacked|stabbed|manhandled|roughed up|injured|wounded|stoned|pelted|"
    r"harassed|taken away|snatched|smashed|seized)(?: and [\w-]+)? by (?:the |angry |some |irate |a group of |"
    rf"several |a few )?{_HARMING_CROWDS}\b")
"""Harm told in the passive with the crowd as its agent ('a policeman was beaten by demonstrators', 'reporters were
assaulted and their cameras taken away by demonstrators', 'two journalists were attacked by protesters'): the
crowd's own violence, as 'the offices were raided by protesters' is (:data:`CROWD_RAIDED`); not a force's blows on the
crowd ('protesters were beaten by the police'), which tell how the gathering was met."""

VIOLENCE_REPORTED = re.compile(
    r"\b(?:protester|protesters'?|demonstrator|demonstrators'?|crowd) violence\b"
    r"|\bviolence (?:was|were|has been|had been) reported\b")
"""Violence told by its noun where a gathering is reported ('violence was reported as the unemployed staged sit-ins',
'protester violence reported'): the gathering was a violent one, as ACLED codes it (not where it is denied, 'no
violence was reported', nor told only as the cause, 'protested after violence was reported in the camp')."""

CROWDS_FOUGHT_EACH_OTHER = re.compile(
    r"\b(?:clash(?:ed|es|ing)?|fought|fight(?:s|ing)?|scuffled?|brawl(?:ed)?|(?:threw|hurled|throwing|hurling) stones)"
    r"(?: [\w'’-]+){0,3}? (?:at |with |against )?(?:each other|one another|another group|the other group)\b"
    r"|\b(?:supporters|members|residents|students|youths|villagers) and (?:their )?opponents(?: [\w'’-]+){0,6}? "
    r"(?:clashed|fought|scuffled)\b")
"""Two crowds fighting each other ('the two groups threw stones at each other', 'striking teachers clashed with
another group of teachers', 'supporters and opponents of the mayor clashed'): ACLED's mob violence, not a
demonstration turned violent against its target, whatever gathering came before."""

FIGHT_FIGURE_WORDS = frozenset({"fight", "fights", "fighting", "fought", "battle", "battles", "battling", "battled",
                                "war", "combat", "combating", "combatting", "combats"})
"""Words of fighting that a campaign against a social ill also uses ('the battle against corruption', 'vowed to fight
poverty'; see :data:`ABSTRACT_FOES`)."""

ABSTRACT_FOES = frozenset({"corruption", "poverty", "inflation", "unemployment", "hunger", "malaria", "disease",
                           "diseases", "covid", "covid-19", "coronavirus", "pandemic", "epidemic", "hiv", "aids",
                           "cancer", "illiteracy", "graft", "fraud", "impunity", "climate", "deforestation",
                           "desertification", "malnutrition", "cholera", "ebola", "polio", "tuberculosis",
                           "misinformation", "disinformation", "inequality", "injustice", "tax", "evasion",
                           "smuggling", "piracy", "cybercrime", "obesity", "pollution", "drought", "locusts",
                           "wildfires", "floods", "illness", "addiction", "plastic"})
"""Social ills, diseases and natural scourges fought only in a figure ('the government launched a battle against
corruption', 'the fight against malaria', 'combating inflation'): with one of them the fight word's object (after
'against', 'on' or directly, a few words on), the word tells a campaign, no fight between parties."""

CONTEST_ACT_WORDS = frozenset({"attacked", "attack", "attacks", "attacking", "clashed", "clash", "clashes",
                               "shot", "shoots", "shooting", "shots", "beaten"})
"""Trigger words a game or a war of words also uses ('the home team attacked from the start', 'the two teams clashed
in the final', 'the striker shot the ball into the net', 'the opposition attacked the budget', 'the keeper was beaten
at the near post')."""

SPORT_SIDES = frozenset({"team", "teams", "striker", "strikers", "midfielder", "midfielders", "squad", "keeper",
                         "goalkeeper", "batsman", "batsmen", "winger", "footballers"})
"""A game's sides and players, the subject of a contest word, with a game told in the sentence
(:data:`GAME_WORDS`): the contest is the game's."""

GAME_WORDS = frozenset({"match", "game", "final", "league", "cup", "tournament", "stadium", "half", "goal", "goals",
                        "season", "derby", "championship", "semi-final", "quarter-final", "kick-off", "fixture",
                        "defeated", "won", "scored", "beat", "drew", "net", "pitch", "innings", "wicket", "visitors",
                        "hosts", "draw"})
"""Words that tell a game ('in the final', 'defeated the visitors 3-1', 'scored twice')."""

BALL_WORDS = frozenset({"ball", "penalty", "goal", "wide", "free-kick", "header", "rebound", "shot"})
"""What a player shoots ('shot the ball into the net', 'shot wide'): no gun."""

ARGUED_THINGS = frozenset({"budget", "plan", "plans", "policy", "policies", "proposal", "proposals", "decision",
                           "decisions", "bill", "law", "laws", "report", "remarks", "comments", "statement", "record",
                           "speech", "reforms", "reform", "manifesto", "ruling", "verdict", "idea", "ideas", "handling",
                           "performance", "leadership", "editorial", "article", "book", "film", "programme",
                           "program", "agenda", "tax", "taxes", "measures", "strategy", "deal", "stance", "views",
                           "rumours", "rumors", "claims", "allegations", "speculation", "suggestion", "suggestions"})
"""Things argued over, the object of a verb of attack ('the opposition attacked the government's budget', 'critics
attacked the plan'): a war of words, no one's violence."""

WORDS_ARENA = frozenset({"editorial", "editorials", "interview", "debate", "debates", "tweet", "tweets", "twitter",
                         "op-ed", "column", "podcast"})
"""Where an attack of words is made ('the newspaper attacked the president in an editorial', 'attacked his rival in
a televised debate'): with no harm, arms or crowd told, no violence."""

STORMED_AWAY = frozenset({"out", "off"})
"""Words right after 'stormed' that make it a walk-out, not an assault ('the opposition stormed out of parliament',
'the coach stormed off the pitch'); as 'stormed to victory' is a win."""

SETTING_GATHERINGS = frozenset({"rally", "rallies", "meeting", "meetings", "march", "vigil", "demonstration"})
"""Gatherings that a war of words may name as only where the words were said, after :data:`SETTING_LEADS` ('launched
a blistering attack on his rival at a rally'): with the contest word passed over as words, no gathering of its own is
told."""

SETTING_LEADS = frozenset({"at", "during"})
"""Words that lead a gathering of :data:`SETTING_GATHERINGS` as a setting ('at a rally', 'during a party meeting')."""

SETTING_MODIFIERS = frozenset({"a", "an", "the", "campaign", "party", "political", "election", "public", "his", "her",
                               "their", "its", "'s", "’s", "ruling", "opposition"})
"""Words that may stand between :data:`SETTING_LEADS` and the gathering ('at the party's campaign rally')."""

VERBAL_ATTACK_LEADS = frozenset({"blistering", "scathing", "stinging", "verbal", "withering", "rhetorical",
                                 "veiled", "personal", "written", "thinly-veiled", "bitter", "savage"})
"""Words that make the 'attack' after them words ('a blistering attack on his rival', 'a scathing attack on the
government'): no violence."""

CONTEST_HARM_WORDS = frozenset({"killed", "killing", "kill", "dead", "died", "injured", "injuring", "wounded",
                                "wounding", "hurt", "hospital", "hospitalised", "hospitalized", "death", "gunmen",
                                "police", "soldiers", "troops", "militants", "armed", "gun", "guns", "knife", "stones",
                                "fans", "supporters", "fire", "bullets", "arrested", "mob", "crowd", "youths",
                                "referee", "bomb", "explosion"})
"""Words that keep a contest word an act of violence: harm, an armed side, a crowd or a weapon told in its sentence
('the striker was shot dead', 'fans of the two teams clashed after the match')."""

HOUSE_BRAWL = re.compile(
    r"\b(?:lawmakers|legislators|mps|parliamentarians|senators|deputies|councillors|councilors|members of "
    r"parliament)\b(?: [\w'’,-]+){0,6}? (?:fought|scuffled|brawled|came to blows|exchanged blows|traded blows|"
    r"exchanged punches|traded punches|threw punches|threw chairs)\b")
"""Members of a house come to blows ('lawmakers fought with each other in parliament', 'MPs exchanged blows in the
assembly'): with no armed party named, a brawl of unarmed people (ACLED's mob violence), not an armed clash."""

CROWDS_FOUGHT_TOLD = "crowds-fought-each-other"
"""Stands for :data:`CROWDS_FOUGHT_EACH_OTHER` told of people not named as the demonstrators."""

DEMONSTRATOR_NOUNS = frozenset({"protesters", "protestors", "demonstrators", "marchers"})
"""The gathering's own people: when they clashed with another group ('the protesters clashed with another group of
supporters'), the demonstration itself turned violent."""

STORM_FORMS = frozenset({"stormed", "storming"})
"""The forms of 'storm' that :data:`STORMED_TO_PRESS` may show to be a crowd's entry, not its violence."""

STORMED_TO_PRESS = re.compile(
    r"\b(?:stormed|storming) (?!out\b)(?:into |onto )?(?:[\w'’,.-]+ ){0,8}?"
    r"(?:to (?:demand|protest|press|oppose|call for|ask for|register|express|voice)|demanding|protesting|in protest|"
    r"and demanded|and protested|calling for|carrying (?:placards|banners|twigs))\b")
"""A crowd that stormed a place to press a demand ('angry youths stormed the police station demanding the release of
a suspect', 'traders stormed the county offices protesting against the demolition of their stalls', 'teachers
stormed the ministry to demand their arrears'): 'stormed' tells how they came in, en masse, not what they did
there. With no damage nor harm told, ACLED codes such a gathering as a protest; not an armed party's raid
('troops stormed the village'), nor a crowd leaving ('patients stormed out of the ward')."""

STORMED_TO_PRESS_TOLD = "stormed-to-press"
"""Stands for :data:`STORMED_TO_PRESS` told with no damage nor harm: a word of :data:`PROTEST_WORDS`."""

STORM_FORCES = frozenset({"forces", "force", "troops", "soldiers", "army", "military", "police", "policemen",
                          "officers", "gendarmes", "militants", "gunmen", "insurgents", "rebels", "fighters",
                          "militiamen", "militia", "bandits", "jihadists", "terrorists", "commandos", "personnel",
                          "agents", "mob", "gang", "gangs", "attackers", "assailants", "raiders"})
"""Who storms a place by force, told in the words before 'stormed' ('security forces stormed the campus',
'gunmen stormed the church', 'a mob stormed the station'): a raid or a mob's violence, never a crowd's entry."""

CROWD_PLANNED = re.compile(rf"\b(?:planned|plans|planning|prepared|preparing|intended|intending|threatened|"
                           rf"threatening|threatens|vowed|vowing|wants?|wanted|wanting|bent|"
                           rf"aims?|aiming) to (?:[\w'-]+ )?"
                           rf"(?:{_CROWD_ACT_STEMS}|barricade|block)[\w'-]*"
                           r"(?: (?!but\b|and\b)[\w'-]+){0,4}")
"""A crowd's violence only planned or threatened ('the protesters held banners and prepared to burn tires, but were
halted', 'had planned to burn tires in front of the office but the police intervened'), or an aim the crowd names
as its grievance ('placards read "the party wants to destroy our state"', 'landlords are bent to destroy public
schools'): not done, so its words do not make the gathering violent (an attempt does: :data:`CROWD_ATTEMPT`)."""

AIMLESS_FIRE = {"randomly", "indiscriminately", "aimlessly"}
"""Fire aimed at no one ('there was an explosion at the police station; the police fired back randomly afterwards'):
the side hit shooting at nobody it could see is no ground fight, so a blast beside it stays a device."""

FIRE_AFTER_BLAST = re.compile(
    r"\b(?:heard|hearing|hears) (?:[\w-]+ ){0,3}?(?:gunfire|gunshots?|shots|shooting)\b(?: [\w-]+){0,3}?"
    r"(?: afterwards| after| then| later)?"
    r"|\b(?:fired|firing|fires|fire|shots|gunshots|gunfire)(?: [\w-]+){0,4}? (?:randomly|indiscriminately|aimlessly"
    r"|at random|afterwards)\b"
    r"|\b(?:random|aimless|indiscriminate) (?:shots|gunshots|gunfire|fire|firing)\b"
    r"|\b(?:gunfire|gunshots?|shots|shooting)(?: (?:was|were))? (?:also )?(?:reported|heard)\b")
"""Gunfire told only as heard or reported, or as fired at no one, beside a blast or a shell ('locals heard gunfire
afterwards', 'the soldiers opened fire indiscriminately', 'the military fired random shots afterwards', 'a mortar shell
hit the camp; gunfire was also reported'): no side is told firing at another, so the blast stays a device and the
shell a shelling, not a fight (as :data:`AIMLESS_FIRE`). Where every gunfire word of an event with a blast or a shell
is inside such a phrase, its shooting makes no battle."""

FIRE_AFTER_BLAST_LEADS = {"heard", "hearing", "hears", "randomly", "indiscriminately", "aimlessly", "random",
                          "aimless", "indiscriminate", "afterwards", "reported"}
"""The words :data:`FIRE_AFTER_BLAST` cannot match without (a cheap test before the pattern)."""

TWO_SIDED_FIRE = {"exchanged", "exchanging", "exchange", "gunbattle", "firefight", "fought-back", "shootout",
                  "shoot-out", "gunfight"}
"""Fire from both sides ('exchanged fire', 'a gun battle', 'a shootout', and 'fought-back' from :data:`FOUGHT_BACK`):
with a bomb or a mine told beside it, the event is the fight."""

FIRE_FIGHT = TWO_SIDED_FIRE - {"fought-back"}
"""Gunfire from both sides told in so many words ('exchanged fire', 'a gunbattle', 'a shootout')."""

DEVICE_FIGHT_NOUNS = frozenset({"clashed", "clash", "clashes", "battle", "battles", "confrontation", "confrontations"})
"""A fight named beside a bomb or a mine ('two soldiers were killed as an IED went off in the midst of a confrontation
with militants', 'raided the camp with explosives and a gun battle followed'): the device is a weapon of the fight, a
battle. (Not 'fighting' alone: 'a mine left over from earlier fighting' tells where the mine came from.)"""

BOMBER_IN_FIGHT = {"clashed", "clash", "clashes", "battle", "battles", "routed", "raiders"}
"""Words of a ground fight around a suicide bomber ('forces clashed as the militants deployed two car bombs', 'the
assault opened with a suicide car bomb; the troops routed the attackers'): ACLED codes a suicide bombing that opens
or joins a fight of armed men as that fight, a battle. (Not 'commandos': as often the unit the bomb hit, 'a car bomb
exploded near a patrol of police commandos', as the attackers' own.)"""

BOMBER_IN_ASSAULT = re.compile(r"\barmed assaults?\b|\bfire ?fights?\b|\bgun ?battles?\b")
"""An assault or a fight told as a phrase beside a suicide bomb ('mortars, suicide car bombs and an armed assault
against the base', 'a bomber blew himself up as police and militants engaged in a fire fight'): see
:data:`BOMBER_IN_FIGHT`."""
BOMBER_IN_ASSAULT_TOLD = "bomber-in-assault"
"""Marks an event whose suicide bomb is told beside an assault or a fight (:data:`BOMBER_IN_ASSAULT`)."""

FIGHT_BEFORE_BOMB = re.compile(
    r"\b(?:after|following|since|before|ahead of|in the wake of|in retaliation for|in revenge for|earlier|previous|"
    r"prior|recent|past)\b[^.;:]{0,50}?\b(?:clash(?:es|ed)?|battles?|fights?|fighting|gun ?battles?|fire ?fights?)\b")
"""A fight told as what came before a suicide bombing, or as its cause ('a bomber killed 12 worshippers a week after
clashes between two clans'): no fight of the bombing's own (see :data:`BOMBER_IN_FIGHT`)."""

FIGHT_BEFORE_DEVICE = re.compile(
    r"\b(?:after|following|since|in the wake of|returning from|coming back from|earlier|previous|prior|recent|past) "
    r"(?:the |an |a |their |its )?(?:[\w-]+ ){0,2}?(?:clash(?:es)?|battles?|fights?|fighting|gun ?battles?|"
    r"fire ?fights?|skirmish(?:es)?|confrontations?)\b")
"""A fight named as what came before a device, a mine, a shell or a strike ('a landmine planted by the troops
following a firefight with the rebels', 'bombed the district following violent clashes between two militias', 'the
helicopters dropped bombs while returning from an armed clash', 'a camp seized in the previous battle', 'following the
clash, troops raided the village' after an ambush with mines): the fight is another event, or this one's own device
named again, not a fight of its own. Narrower than :data:`FIGHT_BEFORE_BOMB`: the fight noun must follow the lead
word and at most two modifiers ('after the blast, fighting broke out' keeps its fight)."""

FIGHT_BEFORE_DEVICE_LEADS = {"after", "following", "since", "wake", "returning", "back", "earlier", "previous",
                             "prior", "recent", "past"}
"""The words :data:`FIGHT_BEFORE_DEVICE` cannot match without (a cheap test before the pattern)."""

AIRCRAFT_CRASH = re.compile(
    r"\b(?:aircraft|aircrafts|airplanes?|planes?|jets?|helicopters?|drones?|uavs?)\b[^.;]{0,60}?"
    r"\b(?:crashed|crash-landed|went down)\b")
"""An aircraft or a drone told crashing ('a fighter jet of the air force crashed at the airport', 'a surveillance
drone crashed near the village'): with no strike, fire or fight told (:data:`CRASH_FIGHT_WORDS`), ACLED's strategic
development 'Other', no remote violence."""
AIRCRAFT_CRASH_TOLD = "aircraft-crash"
"""Marks an event that tells an aircraft's crash (:data:`AIRCRAFT_CRASH`)."""
CRASH_FIGHT_WORDS = {"airstrike", "airstrikes", "air-strike", "air-strikes", "strike", "strikes", "bombed", "bombing",
                     "bombs", "shelled", "shelling", "shot", "fire", "fired", "gunfire", "hit", "attack", "attacked",
                     "attacks", "ambush", "ambushed", "raid", "raids", "operation", "operations", "clash", "clashes",
                     "clashed", "fighting", "fight", "downed", "down", "claimed", "missile", "missiles"}
"""Words of an attack or a fight beside an aircraft's crash ('the jet was hit by gunfire and crashed', 'a helicopter
crashed during the operation', 'the rebels claimed to have shot it down'): the crash is then the fight's, or a strike's
(see :data:`AIRCRAFT_CRASH`)."""

WAR_REMNANT = re.compile(
    r"\b(?:left ?over|left behind|remnants?|relics?|dating(?: back)?)\s+(?:from|of|to)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:wars?|conflicts?)\b"
    r"|\b(?:laid|planted|placed|buried)\s+(?:during|in)\s+(?:the\s+)?(?:[a-z]+-[a-z]+|past|previous|former|earlier|"
    r"old|world|cold)\s+(?:[\w-]+\s+){0,2}?(?:wars?|conflicts?)\b"
    r"|\bwhere (?:fighting|battles|clashes|war) (?:occurred|took place|raged|was fought)\s+(?:in|during)\s+the\s+"
    r"(?:19|20)\d0s\b"
    r"|\b(?:likely|probably|believed to be|thought to be|apparently)\s+(?:left\s+)?from\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"wars?\b")
"""A device from a war long over ('a rocket, believed to be leftover from the civil war, exploded', 'injured by a
landmine laid during the Iran-Iraq War', 'in an area where fighting occurred in the 1980s'): its blast is an accident
of the war's remnants, ACLED's strategic development 'Other', no remote violence of today's armed groups. (Not
'unexploded' or 'picked up' alone: ACLED codes those as explosions where the conflict goes on.)"""
WAR_REMNANT_TOLD = "war-remnant"
"""Marks an event whose device is told as a remnant of a past war (:data:`WAR_REMNANT`)."""

# (the core's fighters and the attackers' own nouns, each also in the singular: 'the militant was killed')
_ATTACKER_NOUNS = "(?:" + "|".join(f"{noun[:-1]}s?" for noun in (*ARMED_FIGHTER_NOUNS, "attackers", "assailants",
                                                                  "terrorists", "minelayers")) + ")"
ATTACKERS_KILLED = re.compile(
    r"\b" + _ATTACKER_NOUNS + r"\b[^.;]{0,25}?\b(?:were|was)\s+(?:also\s+|reportedly\s+)?'?(?:killed|neutrali[sz]ed|"
    r"shot dead)\b"
    r"|\b(?:killed|neutrali[sz]ed|shot dead)\s+(?:[\w'-]+\s+){0,3}?" + _ATTACKER_NOUNS + r"\b")
"""Armed men of the attacking side told killed ('a security patrol fired and killed the militant', '3 soldiers were
killed by explosive devices and 123 militants were killed', 'several militants were neutralised'): beside a device
set off at a force, the side hit fought back, a battle as ACLED codes it (see :data:`KILLED_BY_OWN_DEVICE`)."""
KILLED_BY_OWN_DEVICE = re.compile(
    r"'?,?\s*(?:[\w'-]+,?\s+){0,8}?(?:by|in|when|as)\s+(?:the\s+|an?\s+|their\s+(?:own\s+)?|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:explosions?|blasts?|bombs?|devices?|booby-?traps?|mines?|landmines?|ieds?)\b")
"""What follows armed men told killed (:data:`ATTACKERS_KILLED`) when the device killed them ('six militants were
killed in a blast', 'a militant was killed by the explosion of a booby-trap', 'six militants were killed, and
12 militants were wounded when a bomb they were moving went off'): no fight, the device's own toll."""
ATTACKERS_KILLED_TOLD = "attackers-killed"
"""Marks an event whose attacking armed men were killed by the side they hit (:data:`ATTACKERS_KILLED`)."""

GATHERING_GUNFIGHT = re.compile(r"\b(?:gun|fire)[- ]?(?:battles?|fights?)\b|\bshoot-?outs?\b|"
                                r"\bexchang(?:ed|es|e|ing) (?:of )?(?:gun)?fire\b|\bexchanged? gunshots\b")
"""Gunfire from both sides told in a report of a gathering ('demonstrators reinforced by hunters engaged the police in
a gun battle', 'forces and demonstrators including hunters exchanged gunfire'): with armed men named beside the crowd
(:data:`GATHERING_GUNFIGHT_SIDES`), ACLED codes the fight a battle (armed clash), not a violent demonstration. (Not
one-sided fire: 'police fired live rounds at the protesters' is force on the crowd.)"""
GATHERING_GUNFIGHT_TOLD = "gathering-gunfight"
GATHERING_GUNFIGHT_SIDES = frozenset({*ARMED_PARTY_NOUNS, "hunters", "militia", "militias", "group"})
"""Armed men told beside the crowd who make its gun fight a battle ('demonstrators reinforced by hunters', 'an
unidentified group exchanged fire with the forces, while rioters clashed with them'). Without them, protesters
exchanging fire with the forces stay a riot, as ACLED codes such a gathering."""
GATHERING_NAMED = frozenset({"protesters", "protestors", "demonstrators", "demonstrating", "rioters", "rioting", "riot",
                             "riots", "protesting", "protester", "protestor", "demonstrator", "rioter"})
"""Words of a gathering or its crowd, beside :data:`PROTEST_WORDS`, that make a gun fight told the gathering's (see
:data:`GATHERING_GUNFIGHT`)."""

ARMED_FIGHTERS = set(ARMED_PARTY_NOUNS)
"""Armed men who, exchanging fire beside rioters, make the event a battle, not a riot."""

ARMED_FOES = ARMED_FIGHTERS | {"jihadist", "militant", "insurgent", "rebel", "separatists", "separatist", "terrorists",
                               "bandits"}
"""Armed men whom a crowd fights or kills ('locals clashed with jihadists', 'villagers killed three militants',
'residents repelled bandits'): the crowd is then an armed side of its own, and the fight a battle, not mob violence.
(Not 'militia': 'locals attacked the bank after a member of the militia guarding it shot a customer' is a riot.)"""

FIGHT_TOLD = {"fighting", "fought", "battle", "battles", "gunbattle", "firefight", "crossfire"}
"""Words of a fight that, beside :data:`FOUGHT_OVER` and :data:`TWO_SIDED_FIRE`, make weapons seized the fight's spoils
('seized rifles after a gunbattle with the gang'), not a weapon taken out of use."""

FOUGHT_OVER = {"clashed", "clash", "clashes", "skirmish", "skirmishes", "skirmished"}
"""Two sides fighting ('armed men clashed with police, who arrested two of them', 'a clash with officers ended in
three arrests', 'suspects skirmished with troops before they were detained'): an arrest after it closes a battle."""

EARLIER_CLASH = re.compile(r"\b(?:earlier|previous|prior|recent|past|last week's|last month's) (?:[\w-]+ )?"
                           r"(?:clash|clashes|skirmish|skirmishes)\b")
"""A clash told as what came before ('arrested 30 suspects after an earlier clash with a gang'): the arrests are the
event, not the fight."""

_FIGHT_NOUNS = r"(?:clash|clashes|clashed|fighting|fights|fight|battles?|gunbattles?|shoot-?outs?|skirmish(?:es)?)"
CONTEXT_CLASH = re.compile(
    r"\b(?:in the context of|in the wake of|in retaliation for|in revenge for|stems? from|stemming from|"
    r"(?:is|was|were|are|be|being|been) (?:related|linked) to)\b[^.;:]{0,80}?\b" + _FIGHT_NOUNS + r"\b"
    # a fight told in a clause that names the place by it, with a time of its own before this act ('bombed the area
    # where the rebels and the army clashed on 18 april', 'shelled the hills where the two sides had fought the day
    # before'): an earlier fight that says where, not this act's own
    r"|\bwhere\b[^.;:,]{0,60}?\b(?:clashed|fought|battled)\b(?=(?: [\w'-]+){0,2}? (?:on (?:\d{1,2}|\w+day)\b|"
    r"the (?:day|night|week) before\b|the previous (?:day|night|week)\b|earlier\b|last (?:week|month|night)\b|"
    r"(?:\w+ )?(?:days?|weeks?) (?:ago|before|earlier)\b))")
"""A fight told as the setting or the cause of the act ('murdered several women in the context of prolonged chieftaincy
clashes', 'the violence stems from an ongoing clash over land', 'killed in retaliation for a fight last week'): not
the act's own fight. Where every fight word of an event is inside such a phrase, it makes no battle. So is a fight
told in a 'where' clause with a time of its own ('the army bombed the area where the two sides clashed on Monday'):
the place of an earlier fight, the strike its own act."""

_DENIABLE_FIGHTS = (r"(?:clash|clashes|exchanges?|exchanged|fighting|fights?|confrontations?|firefights?|gunfights?|"
                    r"gunbattles?|battles?|skirmish(?:es)?)(?: of (?:gun)?fire)?")
FIGHT_DENIED = re.compile(
    r"\b(?:no|without|nor|neither)(?: (?:any|further|direct|armed|major|reported|indication|indications|reports?|"
    rf"signs?|mention|evidence|information|of|the|an?))* {_DENIABLE_FIGHTS}"
    rf"(?: (?:or|nor|and) (?:an? |any )?{_DENIABLE_FIGHTS})*\b"
    rf"|\b(?:unclear|not clear|unknown|not known) (?:if|whether) (?:there (?:was|were|had been) )?(?:an? |any )?"
    rf"{_DENIABLE_FIGHTS}\b")
"""A fight denied or doubted ('no indication of clashes or exchange of fire', 'no exchanges of gunfire were reported',
'there was no direct confrontation between armed groups', 'it is unclear if there was a clash'): where every fight
word of an event is inside one, the event told no fight (a raid, a looting, shots), not a battle. (Not 'no one was
killed in the clashes': only words that qualify the fight stand between the negation and it.)"""

NEGATED_HIT = re.compile(r"\b(?:not all|none|no one|nothing|neither) (?:of )?(?:the |their |them )?(?:[\w-]+ ){0,2}"
                         r"(?:hit|struck)\b|\b(?:did not|didn't|failed to|without) (?:hit|hitting|strike|striking)\b")
"""A weapon that hit nothing, or not everything ('not all of the rockets hit populated areas, as some were
intercepted', 'the missile failed to hit its target'): no explosion told by 'hit', so an interception stands."""

CAPTURED_FORCE_VERBS = {"captured", "capture", "captures", "capturing", "abducted", "abduct", "abducts", "abducting",
                        "kidnapped", "kidnap", "kidnaps", "kidnapping", "hostage", "hostages", "abduction"}
"""People taken by an armed party: when those taken are soldiers or police ('militants captured two soldiers',
'gunmen abducted a police officer'), ACLED codes the taking of combatants as a battle (an armed clash), not as the
abduction of civilians; in the wide development set 29 of 35 such rows."""

CAPTURED_FIGHTERS = {"commander", "commanders", "members", "member", "fighters", "militants", "insurgents", "rebels",
                     "combatants", "jihadists", "militiamen", "terrorists", "leader", "leaders", "kingpin"}
"""Armed men, or their leaders, taken by a state force with no fight told ('soldiers captured a rebel commander',
'the commander of the militia was captured by soldiers'): ACLED codes the taking as an arrest, not as no event."""

SEIZED_PERSONS = frozenset({"poachers", "migrants", "men", "man", "women", "youths", "people", "persons",
                            "individuals", "fishermen", "miners", "drivers", "couriers", "bandits", "pirates",
                            "deserters", "dealers", "gangsters"})
"""Persons other than armed men (:data:`CAPTURED_FIGHTERS`) and crime suspects (:data:`CRIME_SUSPECTS`) that a state
force may seize or capture ('two smugglers were seized by the army', 'police captured three suspected robbers',
'five migrants were seized by border guards'): the taking is an arrest told by another verb (see ``classify``)."""

TAKING_VERBS = frozenset({"captured", "seized"})
"""Verbs of a state force's taking of persons that, with no fight, harm or ground told, make an arrest."""

PERSONS_TAKEN_TOLD = "persons-taken"
"""Marks an event where persons (:data:`CAPTURED_FIGHTERS`, :data:`CRIME_SUSPECTS`, :data:`SEIZED_PERSONS`) are
what one of :data:`TAKING_VERBS` took: its object ('soldiers seized two smugglers') or its passive's subject ('two
smugglers were seized by the army'), not persons named elsewhere in the event ('police intercepted members of the
gang and seized three rifles': the rifles were seized)."""

TAKEN_OBJECT_ENDS = frozenset({",", ".", ";", ":", "from", "in", "at", "on", "near", "during", "after", "before",
                               "with", "off", "by", "while", "as", "when", "who", "which", "that"})
"""Words that end the object of a taking verb ('seized three rifles from members of the gang': the rifles)."""

ARSON_TARGETS = (r"(?:houses?|homes?|huts?|shops?|stalls?|kiosks?|businesses|crops?|farms?|fields?|pasture(?:land)?s?|"
                 r"grass(?:land)?|bush|forests?|granar(?:y|ies)|stores?|warehouses?|offices?|buildings?|schools?|"
                 r"churche?s?|mosques?|stations?|police posts?|vehicles?|cars?|lorr(?:y|ies)|trucks?|buses|bus|"
                 r"motorcycles?|tractors?|property|properties|dwellings?|homesteads?|manyattas?|markets?|villages?)")
"""What arsonists burn (not flags, effigies or posters, which burn as a sign: see :data:`SYMBOLIC_BURNING`)."""

_SIGN_LIST_ITEM = rf"(?!(?:{ARSON_TARGETS}|tyres?|tires?|barricades?)\b)[\w'-]+"
"""One word of a list before a sign burned ('the EU and the French flags'), never a thing burned for damage."""

SYMBOLIC_BURNING = re.compile(
    r"\b(?:burn|burns|burned|burnt|burning|torched|set fire to|set ablaze) "
    r"(?:an? |the |their |his |her |several |some )?"
    r"(?:(?:[\w'-]+ ){0,2}?|(?:(?:the |an? )?" + _SIGN_LIST_ITEM + r",? ){1,3}(?:and|or) (?:the |an? )?(?:"
    + _SIGN_LIST_ITEM + r" )?)"
    r"(?:effig(?:y|ies)|flags?|candles?|cop(?:y|ies) of|portraits?|posters?|pictures?|photos?)\b"
    r"|\bburning of (?:an? |the )?(?:[\w'-]+ ){0,2}?(?:effig(?:y|ies)|flags?)\b|\b(?:lit|lighting|light) candles\b"
    r"|\b(?:effig(?:y|ies)|flags?|portraits?|posters?|pictures?|photos?)(?: [\w'-]+){0,6}? (?:was|were) "
    r"(?:burn(?:ed|t)|set on fire|set ablaze|torched)\b")
"""Burning as a sign, not as damage ('protesters burned an effigy of the governor', 'burning flags', 'lit candles',
'an effigy of the president was burned', 'flags of the embassy's country were set on fire'): a protest where only
these burn stays peaceful, as ACLED codes it."""

SYMBOLIC_BURNING_TOLD = "symbolic-burning"
"""Marks an event whose only burning is of signs (:data:`SYMBOLIC_BURNING`: 'party supporters burned copies of the
new law outside parliament'): people showing their anger by a sign are a protest, though no word of protest is
written, not a mob's violence (unless other violence, harm or an armed party is told)."""

FIRE_DAMAGE = re.compile(
    r"\b(?:destroyed|damaged|burned|burnt) (?:in|by) (?:a |the )?(?:huge |massive |major |recent |accidental )?"
    r"(?:fire|blaze|fire outbreak)\b")
"""Damage a fire did, told in the passive ('a factory destroyed in a fire last year', 'traders whose stalls were
burnt in a fire'): a fire's loss the crowd gathered over, not its own arson (not 'set on fire by the protesters')."""

NOT_CROWD_FIRE = re.compile(
    r"\bfire (?:department|service|brigade|fighter|station|officer|outbreak|unit|incident|accident|safety)s?\b"
    r"|\bto fire (?:a|an|the|him|her|them|his|their|its|all)\b|\b(?:in|by|from|after) (?:a|the) fire\b"
    r"|\bfire (?:broke|breaks) out\b|\b(?:went|caught|catches|catch) (?:on )?fire\b"
    r"|\bput (?:off|out) (?:a|the) fire\b")
"""'Fire' that is no blaze a crowd set nor shot fired: a fire service's name ('members of the Fire Department held a
protest'), dismissing someone ('to fire the presenter'), a fire that broke out or destroyed a market ('traders
affected by a fire outbreak', 'a factory destroyed in a fire last year')."""

NON_VIOLENT = re.compile(r"\bnon[- ]?violen(?:t|tly|ce)\b")
"""'A non-violent struggle', 'non-violent civil disobedience': its 'violent' tells no violence."""

BROKEN_OUT = re.compile(r"\b(?:broke|broken) out\b")
"""'Protests have broken out at the border post': a gathering's start, no window or door broken."""

UNREST_SETTING = re.compile(
    r"\briot[- ]hit\b|\b(?:in the context of|amid|amidst) (?:the )?(?:[\w'-]+ ){0,2}?(?:unrest|riots?)\b")
"""A riot or unrest named as a place's state or a gathering's setting ('staged demonstrations in the riot-hit areas',
'mothers of persons deprived of liberty in the context of social unrest protested'): no violence of this crowd's."""

UNREST_WORDS = frozenset({"riot", "riots", "unrest"})
"""The words of a crowd's violence that :data:`UNREST_SETTING` may show to be only a setting."""

FIRE_OPENED_VERBS = frozenset({"opened", "open", "opening"})
"""Verbs that make 'fire' after them a shot ('opened fire on a herder'), not a blaze."""

CEASE_FIRE = re.compile(r"\bcease[- ]fire\b")
"""A truce asked for ('called for a cease fire'): its 'fire' is no shot and no blaze."""

SET_ON_FIRE = re.compile(
    r"\bset(?:s|ting)? (?:fire to|ablaze|alight|on fire)\b"
    r"|\bset(?:s|ting)? (?:[\w'-]+ ){1,4}?(?:ablaze|alight|on fire)\b")
"""Fire set by someone: 'set fire to a car', 'setting fire to stalls', 'set his motorbike alight', 'set the office
ablaze', 'set two lorries on fire'."""

_FORCES = (r"(?:(?:anti-?riot |riot )?police(?:men)?|(?:police )?officers|security (?:forces|personnel|agents|officers)"
           r"|military personnel"
           r"|troops|soldiers|gendarmes|the army|the military)")
_CROWD = (r"(?:the |a |an |some |several |unarmed |peaceful )?(?:[\w'-]+ )?"
          # (people named by their strike: 'workers on strike', 'nurses who were on strike')
          r"(?:(?:workers|employees|miners|teachers|nurses|doctors|drivers) (?:who were |who are )?on strike"
          r"|protesters|protestors|demonstrators|marchers|crowds?|strikers|mourners|students|residents|supporters|youths|participants"
          # (people told by what they were doing: 'opened fire on people protesting against fuel prices', 'fired on
          # those who were demonstrating')
          r"|(?:who (?:were|are|had been) )?(?:protesting|demonstrating)"
          # (the gathering itself: 'violently repressed an opposition rally', 'violently suppressed demonstrations')
          r"|rall(?:y|ies)|protests?|demonstrations?|march|marches|gatherings?|sit-ins?)")
_FORCE_VERBS = (r"(?:opened fire|open fire|opens fire|opening fire|fire (?:at|on|into)"
                r"|shot (?:at |dead |and killed )?|fired (?:live (?:rounds|bullets|ammunition) )?(?:at|on|into)"
                r"|violently (?:dispers|repress|suppress|quell)\w*|violently broke up|beat up|beat|killed|attacked"
                r"|assaulted)")
_NOT_SAYING = r"(?:(?!said |say |says |reported |told )[\w'-]+ )"
_CAME_UNDER_FORCE = rf"\b(?:came|come|comes|coming) under (?:fire|attack) from (?:the )?(?:[\w'-]+ )?{_FORCES}\b"
"""A crowd (or anyone) under a force's fire, the crowd the subject: one alternative of :data:`FORCE_ON_CROWD`, and
:data:`CAME_UNDER_FORCE` alone."""
FORCE_ON_CROWD = re.compile(
    rf"\b{_FORCES} {_NOT_SAYING}{{0,4}}?{_FORCE_VERBS} {_CROWD}\b"
    rf"|\b{_CROWD} (?:[\w'-]+ ){{0,3}}?(?:was|were) (?:[\w'-]+ ){{0,2}}?(?:shot|killed|shot dead|beaten|wounded|injured"
    rf"|fired on|fired upon|attacked|assaulted|aggressed) (?:[\w'-]+ ){{0,3}}?by (?:the )?(?:[\w'-]+ )?{_FORCES}\b"
    # ('striking students came under fire from police')
    rf"|{_CAME_UNDER_FORCE}")
"""Police or troops using force on a crowd: 'police opened fire on protesters', 'soldiers fired live rounds into the
crowd', 'riot police violently dispersed the marchers', 'two demonstrators were shot dead by police': the harm told
is what the force did, not what the crowd did ('police attacked the marchers', 'the protesters were assaulted by
police')."""

FIRED_ON_CROWD = re.compile(
    rf"\b{_FORCES} {_NOT_SAYING}{{0,4}}?(?:opened fire|open fire|opens fire|opening fire|fire (?:at|on|into)|shot at"
    rf"|fired (?:live (?:rounds|bullets|ammunition) )?(?:at|on|into|upon)) {_CROWD}\b")
"""Police or troops firing straight at a crowd ('the police fired on the protesters', 'soldiers opened fire on the
marchers'): lethal force on a gathering, though no one is told hurt; not fire of tear gas or rubber bullets ('fired
tear gas at the protesters': the launcher's load comes between) nor into the air."""

FIRED_ON_CROWD_TOLD = "fired-on-crowd"
"""Stands for :data:`FIRED_ON_CROWD` among an event's words."""

HARMED_BY_CONTROL = re.compile(
    r"\b(?:injured|wounded|hurt)\b (?:[\w'-]+ ){0,4}?when (?:the )?(?:[\w'-]+ )?(?:police(?:men)?|officers|security "
    r"forces|gendarmes|soldiers|troops) (?:[\w'-]+ ){0,3}?(?:used|fired|lobbed|threw|shot|deployed) (?:[\w'-]+ ){0,2}?"
    r"(?:tear ?gas|tear-gas|teargas|rubber bullets|batons|water cannons?|pepper spray)\b")
"""People hurt when a force used its crowd-control kit ('three people were injured when police used rubber bullets to
disperse a crowd', 'ten were hurt when soldiers fired tear gas at the marchers'): the harm is what the force's kit did
to a gathering it broke up, not the crowd's violence nor an attack on civilians."""

HARMED_BY_CONTROL_TOLD = "harmed-by-control"
"""Stands for :data:`HARMED_BY_CONTROL` among an event's words."""

LETHAL_FORCE = {"live", "bullets", "ammunition", "rounds", "gunshot", "gunshots", "shot", "fire", "opened"}
"""Words of firearms used on a crowd: with people hurt, force beyond breaking up a gathering."""

FIREARM_HARM = {"live", "ammunition", "gunshot", "gunshots", "shot"}
"""Words of :data:`LETHAL_FORCE` that tell firearms by themselves ('injured by live rounds', 'seven of whom were shot'),
not a launcher's fire ('fired tear gas') nor a round that may be rubber ('bullets', 'rounds'): with protesters hurt
where a force stepped in, force beyond breaking up the gathering."""

NON_LETHAL_ROUNDS = {"rubber", "plastic", "pellets", "pellet", "marbles"}
"""Rounds told as less than lethal ('shot with rubber bullets'): no firearm's harm, an intervention."""

FORCE_HARM = {"injured", "wounded", "fire", "fires", "shot", "beat", "beaten", "violently", "attacked", "killed"}
"""Words of :data:`RIOT_WORDS` and harm that a force using force on a crowd accounts for."""

CAME_UNDER_FORCE = re.compile(_CAME_UNDER_FORCE)
"""A crowd that came under a force's fire ('students on strike came under fire from police'): the crowd is the
subject, so the force accounts for the fire and the harm (:data:`FORCE_FIRE_HARM`) but not for what the crowd did in
the same report ('protesters attacked a police station and came under fire from police': their violence, a riot)."""

CAME_UNDER_FORCE_TOLD = "came-under-force"
"""Stands for :data:`CAME_UNDER_FORCE` among an event's words."""

FORCE_FIRE_HARM = {"injured", "wounded", "fire", "fires", "shot", "killed"}
"""Words of :data:`FORCE_HARM` that a force's fire on a crowd accounts for where the crowd is the subject
(:data:`CAME_UNDER_FORCE`): not 'attacked', 'beat', 'violently', the crowd's own acts there."""

CROWD_ACTS = {"vandalized", "vandalised", "torched", "burned", "burnt", "stoned", "pelted", "clashed", "clash",
              "looted", "smashed", "stormed", "attacked", "barricaded", "ransacked", "damaged", "destroyed", "threw",
              "hurled", "set", "assaulted", "blocked", "lit"}
"""The crowd's own acts, that end a protest's cause when told as its main verb ('residents protesting against the
curfew vandalized a police station', 'students demonstrating over fees clash with police'): a verb with its object or
'with' after it, not a participle of the cause ('against shops looted by soldiers', 'over homes burned last week')."""

CROWD_ACT_FORMS = {"clash", "burn", "block", "throw", "hurl", "pelt", "storm", "attack", "loot", "vandalise",
                   "vandalize", "smash", "damage", "torch", "stone", "barricade", "ransack", "fight", "engage", "light",
                   "blockade", "burns", "blocks", "throws", "storms", "attacks", "loots", "torches"}
"""Present forms of the crowd's acts ('traders protest the levy and block the road'): after 'and' in a protest's
cause, a verb of the crowd that ends the cause, not more of it."""

CROWD_MEANS = {"burning", "blocking", "barricading", "blockading", "throwing", "hurling", "pelting", "stoning",
               "storming", "attacking", "looting", "vandalising", "vandalizing", "smashing", "damaging", "torching",
               "ransacking", "setting", "lighting"}
"""The crowd's acts told as the means of its protest after 'by' ('demonstrated against the new tax by burning tyres',
'marked the anniversary of the uprising by blocking the road'): they end the protest's cause; the violence is the
crowd's, not why it gathered ('against the killing of a youth by soldiers' goes on)."""

CAUSE_JOINERS = {"and", ","}
"""Words that join a protest's cause to more of it ('against insecurity and looting') or to the crowd's acts
('against the tax and burned tyres'): what follows them decides (see ``_cause_marks`` in events.py)."""

CAUSE_RELATIVES = {"who", "whom", "which", "that"}
"""Words that open a relative clause inside a protest's cause ('against separatists that they accuse of looting and
killing'): the clause's verbs and lists are the cause's."""

NEW_SUBJECT_LEADS = {"they", "he", "she", "it", "we", "also", "later", "then", "were", "was", "had", "have", "has",
                     "are", "is", "security", "soldiers", "troops", "forces", "authorities", "gendarmes", "army",
                     "some", "many", "others", "protesters", "protestors", "demonstrators", "crowd", "mob", "youths",
                     "residents", "students", "by", "with", "as", "while", "nearly", "almost", "allegedly",
                     "reportedly"}
"""Words after 'and' or a comma in a protest's cause that open a clause or a manner of its own ('… and they burned
tyres', 'and were dispersed', 'and soldiers fired', 'and nearly lynched a leader', 'against the attack that targeted
their colleagues, by barricading the camp'), not more of the cause."""

ACT_OBJECT_STARTS = {"a", "an", "the", "with", "several", "some", "two", "three", "many", "his", "her", "their", "its",
                     "property", "shops", "vehicles", "cars", "roads", "offices", "buildings", "police", "stones",
                     "rocks", "tyres", "tires", "fire"}
"""Words that open a verb's object ('vandalized a station', 'clashed with police', 'threw stones'): after a word of
:data:`CROWD_ACTS`, the verb is active, the crowd's."""

PARTICIPLE_LEADS = {"who", "that", "which", "was", "were", "been", "being", "had", "has", "have", "by", "allegedly",
                    "reportedly", "the", "a", "an", "of", "recently", "earlier"}
"""Words before a verb that make it a relative clause, a passive or a noun within the cause ('police who clashed with
traders', 'a shop that was looted'), not the crowd's act."""

REPORTING_ADVERBS = {"allegedly", "reportedly"}
"""Adverbs between a subject and its verb that say nothing of whose the verb is: the word before them does
('demonstrators against the elections reportedly burned a factory': the crowd's act; 'police who reportedly stormed
a mosque': the cause's)."""

_RIOTING_CROWD = (r"(?:rioters|rioting (?:[\w'-]+ )?(?:youths?|crowds?|fans|residents|mobs?|students|supporters"
                  r"|villagers)"
                  r"|(?:youths?|residents|crowds?|people|students|supporters|fans|villagers) (?:who )?rioted)")
_NOT_FORCE_OR_PROPERTY = (r"(?!(?:the |a |an |two |three |several )?(?:[\w'-]+ )?(?:police|policemen|officers|security"
                          r"|soldiers|troops|station|vehicles?|cars?|buildings?|offices?|shops?|premises|property"
                          r"|houses?|homes?)\b)")
RIOTERS_ON_PEOPLE = re.compile(
    rf"\b{_RIOTING_CROWD}(?: and)? (?:[\w'-]+ ){{0,2}}?(?:attack(?:ed|s)?|beat(?: up)?|roughed up|assault(?:ed|s)?"
    rf"|stabbed|hacked|lynch(?:ed)?)(?: and [\w'-]+)? {_NOT_FORCE_OR_PROPERTY}"
    rf"|\b(?:attacked|beaten|beaten up|roughed up|assaulted|stabbed|lynched) by (?:[\w'-]+ )?{_RIOTING_CROWD}")
"""Rioters turning on people, not on the police or on property ('rioters attacked two guards', 'rioting youths beat
up a clerk', 'journalists were attacked by rioters'): a crowd's violence against people, mob violence."""

SUPPORT_FIRE = re.compile(
    r"\b(?:backed|supported|aided|assisted|covered) by (?:[\w'-]+ ){0,3}?(?:air ?strikes?|air support|air force"
    r"|aircraft|warplanes|drones?|helicopters?|gunships?|artillery|shelling|mortars?)"
    r"|\bwith (?:the )?(?:[\w'-]+ )?(?:air|aerial|artillery) (?:support|cover|backing)\b"
    r"|\bunder (?:the )?cover of (?:[\w'-]+ ){0,2}?(?:artillery|mortar|air|shelling)|\bair-(?:backed|supported)\b"
    r"|\bair(?:-| and )ground (?:operations?|assaults?|offensives?|attacks?|raids?)\b"
    r"|\b(?:which|that) (?:also )?(?:included|involved) (?:an? )?(?:air ?strikes?|air raids?)\b"
    r"|\bengaged (?:the )?(?:aircrafts?|helicopters?|planes?|jets?|drones?) with (?:gun)?fire\b")
"""Air or artillery fire backing a ground fight ('an operation backed by airstrikes', 'an assault supported by heavy
artillery', 'troops advanced with air cover', 'air-backed operations', 'a combined air and ground operation', 'an
infantry offensive which included an air strike'), or aircraft fired at from the ground ('the militants engaged the
aircraft with gunfire'): as ACLED, the ground fight is the event, a battle, not an air strike or shelling."""

DRONE_SHOT_AT = re.compile(r"\b(?:fired|firing|fire|shooting|shot|shots|gunshots|gunfire) (?:[\w'-]+ ){0,3}?at "
                           r"(?:an? |the )?(?:[\w'-]+ )?drones?\b")
"""A drone as what was fired at ('fired shots at a suspected drone', 'were shooting at a drone flying over their
base'): no strike from the air; the shooting is the event (ACLED codes it an armed clash)."""

CAUSE_ENDS = {",", ";", "and", "but", "then", "before", "while", "turned", "turns", "turning", "became", "becomes",
              "escalated", "escalates", "degenerated", "degenerates", "descended", "erupted", "spiralled", "spiraled"}
"""Words that close a protest's cause: what follows is the gathering's own course again ('a protest against the
new tax turned violent', 'the march over fuel prices escalated into clashes', 'protested against insecurity and
engaged police in running battles')."""

CAUSE_MAIN_VERBS = frozenset({"was", "were"})
"""Words that close a protest's cause told inside the gathering's name, where the sentence's own verb comes:
'protesters demonstrating against the new tax were injured in a clash with the police', 'a march over fuel prices was
met with stones': what follows is the gathering's course, as after 'turned' (:data:`CAUSE_ENDS`). Only for a cause
opened right after the gathering's word by :data:`NAMED_CAUSE_OPENERS`, and not once a relative clause or a clause
of its own opened in it (:data:`CAUSE_SUBORDINATORS`: 'against the killing of a trader who was shot', 'demanded the
closure of the quarry after a bridge was destroyed')."""

NAMED_CAUSE_OPENERS = frozenset({"against", "over", "demanding", "denouncing", "condemning", "decrying", "calling"})
"""Words of :data:`PROTEST_CAUSES` that open a cause naming the gathering just before them ('protesters demanding
the release of the leader were dispersed'); not a finite verb ('the demonstrators demanded the closure …'), after
which the sentence's verb has already come."""

CAUSE_SUBORDINATORS = frozenset({"after", "following", "wake", "when", "because", "since", "as", "while", "where",
                                 "whose", "what", "if", "once"})
"""Words that open, inside a protest's cause, a clause with a subject and verb of its own ('over a quarry after a
bridge was destroyed', 'against what they said was a rigged vote'): a 'was' after them is the cause's."""

PETROL_WEAPON_AFTER = frozenset({"bomb", "bombs", "bombing", "bombings"})
"""Words after 'petrol' that make it a weapon ('hurled petrol bombs at the police'); see
:data:`PETROL_WEAPON_BEFORE`."""

PETROL_WEAPON_BEFORE = frozenset({"poured", "pouring", "pour", "doused", "dousing", "sprinkled", "sprinkling",
                                  "splashed", "splashing", "soaked", "drenched", "with"})
"""Words up to six before 'petrol' that make it a fire's means ('poured petrol on the car', 'doused in petrol', 'set it
ablaze with petrol'). Anywhere else petrol is goods ('a suspected petrol smuggler', 'the owners of local petrol
pumps', 'refused to load petrol from the depot', 'protesters gathered at a petrol station'): no crowd's weapon, and no
riot by its word alone."""

STONE_THROWING_VERBS = frozenset({"threw", "throwing", "hurled", "hurling"})
"""Verbs of a throw told in the active voice ('the police used tear gas and threw stones to disperse the marchers'):
who threw is the nearest actor named before the verb in its clause (see :data:`THROWN_STONES`)."""

THROWN_STONES = frozenset({"stones", "stone", "rocks", "rock"})
"""What a throw of :data:`STONE_THROWING_VERBS` hurls, a word or two after the verb ('threw stones', 'throwing
rocks'): thrown by a force (:data:`STONE_THROWING_FORCES`), they are how the force met the crowd, no violence of
the crowd's ('police tried to break up the march using stun grenades and throwing rocks'); thrown by the crowd, or by
no actor named, the crowd's own ('police fired tear gas as protesters threw stones')."""

STONE_THROWING_FORCES = frozenset({"police", "policemen", "policeman", "officers", "officer", "gendarmes", "cops",
                                   "soldiers", "troops", "army", "military", "forces", "agents", "personnel",
                                   "guards"})
"""Forces named as who threw (see :data:`THROWN_STONES`)."""

STONE_THROWING_CROWDS = frozenset({"protesters", "protestors", "demonstrators", "crowd", "crowds", "mob", "youths",
                                   "youth", "residents", "students", "people", "they", "rioters", "villagers",
                                   "supporters", "locals", "women", "men", "workers", "traders", "who", "which",
                                   "some", "others", "participants", "marchers", "agitators", "cadres"})
"""Who else may be named as the thrower, nearer the verb than any force ('police said protesters threw stones', 'the
police fired tear gas at the crowd, who threw stones'): the stones stay the crowd's (so does a throw whose
clause names no one: after 'as', 'when', 'while', 'after', 'because' or ';', :data:`STONE_THROWER_STOPS`)."""

STONE_THROWER_STOPS = frozenset({"as", "when", "while", "after", "because", "since", ";", "before", "until", "but",
                                 "said", "says", "told", "reported"})
"""Words that close the clause of a throw going back from the verb (see :data:`STONE_THROWING_CROWDS`): no force
named after them threw."""

DISPERSED_CROWDS = {"crowd", "crowds", "supporters", "students", "workers", "youths", "youth", "residents",
                    "traders", "gathering", "people", "protesters", "protestors", "demonstrators", "mob", "locals",
                    "fans", "mourners", "worshippers", "teachers", "gatherings", "meeting", "meetings",
                    "rally", "rallies", "congregation", "marchers", "picketers", "congregants", "members", "voters",
                    "villagers", "activists", "participants", "pensioners"}
"""Who police disperse or tear-gas: 'police used tear gas to disperse opposition supporters' tells a gathering
and its breaking up, a protest with intervention, though no word of protest is written."""

CROWD_SUBJECTS = {"they", "protesters", "protestors", "demonstrators", "rioters", "students", "youths", "residents",
                  "participants", "some", "many", "others", "crowds", "mob", "group"}
"""Who a sentence after a protest is about when it goes on telling that protest ('They lit bonfires', 'The
students smashed windows'): its violence is the protest's."""

BACK_REFERRING_SUBJECTS = {"they", "some", "many", "others", "he", "she", "it"}
"""Subjects that may point back to whoever a clause put first named ('After police arrived, they fired on the
crowd'): no crowd of their own, so the force told first may still be who acted."""

FORCE_OBJECT_LEADS = {"at", "on", "against", "targeting", "killing", "killed", "attacked", "attacking"}
"""Words before a force that make it what was hit ('threw stones at policemen and customs officers'): a force joined
to it by 'and' is hit as well, not who acted."""

COORDINATORS = {"and", "or", ","}
"""Words that join forces named one after another ('policemen, soldiers and customs officers')."""

CROWD_HARM_ACTS = {"wounded", "injured", "beat", "assaulted", "attacked", "raped", "robbed", "manhandled", "stabbed",
                   "hacked", "harassed", "molested", "whipped", "lynched"}
"""Harm to people that, told as the act of a crowd named as a later sentence's subject ('The residents wounded the two
policemen', 'Demonstrators assaulted journalists'), makes its gathering violent: the crowd's own violence on people."""

HARMED_AFTER = {".", ",", ";", ":", "by", "in", "during", "when", "after", "as", "at", "on", "while", "following",
                "for", "and", "of"}
"""Words right after a verb of harm that leave it without an object, a headline's passive ('12 demonstrators
injured.', 'two protesters injured by police', 'students injured during the march'): the people named were harmed, they
did not harm ('12 demonstrators injured and two arrested'; nor is a grievance's noun, 'denounced the killing and
wounding of demonstrators'). A verb joined by 'and' to another verb of harm is read from that one ('raped and robbed
sex workers')."""

CROWD_SIZE_WORDS = {"several", "hundreds", "hundred", "dozens", "dozen", "thousands", "thousand", "scores", "about",
                    "around", "over", "more", "than", "at", "least", "nearly", "some", "of", "angry", "irate", "the",
                    "local", "young"}
"""Words that tell a crowd's size or mood before the crowd itself ('Several hundred residents burnt tyres', 'Dozens of
angry youths stoned cars'): passed over, with numbers, to find who a sentence after a protest is about."""

FIGURATIVE_STONES = re.compile(r"\bno stones? (?:left )?unturned\b|\ba stone(?:'s|s)? throw\b")
"""Stones told as a figure of speech ('police left no stone unturned', 'a stone's throw from the ministry'): no stone
thrown."""

FIRED_IN_AIR = re.compile(
    r"\bwarning (?:gun)?shots?\b|\b(?:fired|firing|fire|fires|shot|shoot|shoots|shooting|shots|gunshots|bullets|"
    r"rounds) (?:[\w-]+ ){0,5}?(?:in|into) the air\b")
"""Shots fired into the air or as a warning ('border guards fired warning shots', 'forces fired live bullets in
the air during a raid'): aimed at no one."""

NAME_FOLLOWERS = {"near", "overnight", "early", "late", "yesterday", "today", "town", "city", "locality"}
"""Words that may follow a place's name without making it the qualifier of a noun ('attacked Kerawa near the border',
'raided Kolofata overnight', 'attacked Mora town'), unlike 'attacked Fulani settlements'."""

SHOTS_AIMED = re.compile(r"\b(?:shots|gunshots|fire|fired|firing)"
                         r"(?: (?!(?:were|was|heard|reported|registered|recorded)\b)[\w-]+){0,2}?"
                         r" (?:at|against|on|upon|towards?|into) (?!the air\b)")
"""Shots aimed at something ('fired shots at a drone', 'fired gunshots at the radio station', 'shots against the
palace'): fire at a target, not shots at no one known (see :data:`SHOTS_AT_NO_ONE`)."""

FRONT_FIRE_WORDS = {"explosions", "explosion", "projectiles", "bursts", "frontline", "front", "front-line",
                    "arms", "machineguns", "machine-guns", "weapons", "mortars", "total", "positions", "directions"}
"""Words that put shots on a front line or among other fire ('a total of 40 shots and bursts of fire involving small
arms', 'shots and explosions in both directions of the frontline'): fire exchanged between two sides' positions, a
fight, not shots at no one (see :data:`SHOTS_AT_NO_ONE`)."""

SHOTS_AT_NO_ONE = "shots-at-no-one"
"""The word that marks shots fired or heard with nothing told as aimed at, no one hurt and no other side ('gang
members fired shots in the neighbourhood', 'gunshots were heard on the road'): one side's show of force, ACLED's
strategic development 'Other' (or the looting it came with), no fight."""

AIR_FIRE = "fired-in-air"
"""The word that marks shots fired into the air or as a warning: with no one hurt, no crowd and no fight told,
ACLED's strategic development 'Other' (a show of force), not a clash."""

HARM_NOUNS = re.compile(r"\b(?:injury|injuries|injuring|wounding|casualties)\b")
"""People harmed, told by a noun or a participle ('several residents reported injuries', 'burned the houses,
wounding two'), unless negated (:data:`NEGATED_BEFORE`): with them, property burned or people arrested are part of
an attack, not a strategic development."""

QUIET_RAID = "quiet-raid"
"""Marks an event that says no fight was had ('no exchange of gunfire was reported'), with none told beside it: a raid
on a force's post or office that destroyed or took property is then the property's loss, as ACLED codes it ('gunmen
attacked the administrative post, setting fire to the police station; no exchange of gunfire or casualties
reported'), not a fight. ('No casualties' alone does not: ACLED codes 'attacked the police station, no casualties,
the station ransacked and burned' as a battle.)"""

BOMBER_STOPPED_TOLD = "bomber-stopped"
"""Marks an event whose would-be suicide bomber was shot or killed before any blast (:data:`BOMBER_STOPPED`): an armed
man stopped by the side he came at, a battle as ACLED codes it, whoever the report names as having killed him ('a
Boko Haram kamikaze was killed by the army')."""

HARM_TOLD = "harm-told"
"""The word that stands for :data:`HARM_NOUNS`, :data:`PERSON_SET_ON_FIRE` or :data:`BLOWS_TO_PEOPLE` told without a
negation."""

_BURNED_PERSON = (r"(?:man|woman|men|women|boy|girl|boys|girls|child|children|baby|infant|toddler|teenager|people|"
                  r"persons?|civilians?|victims?|passengers?|occupants?|villagers?|residents?|herders?|farmers?|"
                  r"traders?|worshippers?|students?|suspects?|wife|husband|son|daughter|mother|father)")
PERSON_SET_ON_FIRE = re.compile(
    rf"\bset(?:s|ting)? (?:him|her|(?:the|a|an|two|three|several) (?:[\w-]+ ){{0,2}}?{_BURNED_PERSON}) "
    r"(?:on fire|ablaze|alight)\b"
    r"|\bburn(?:ed|t|s|ing)? (?:[\w'/-]+ ){0,3}?alive\b|\bburn(?:ed|t|s) (?:him|her|him/her)\b"
    rf"|\b{_BURNED_PERSON} (?:was|were|is|are|had been|have been|being) (?:(?:allegedly|reportedly|then|later|also|"
    r"badly|severely) )?(?:doused (?:[\w'-]+ ){0,3}?and )?(?:set (?:on fire|ablaze|alight)|burned|burnt)\b"
    r"|\bdoused (?:[\w'-]+ ){0,3}?(?:in|with) (?:petrol|fuel|gasoline|kerosene|paraffin|acid)\b"
    rf"|\bwith (?:[\w-]+ ){{0,2}}?{_BURNED_PERSON} (?:still |trapped )?inside\b")
"""A person set on fire ('burned a woman alive', 'set him ablaze', 'the boy was set on fire', 'were doused in petrol
and set alight', 'burned a bus with six civilians inside'): harm done to people, an attack as ACLED codes it, not a
property destroyed by arson. (Not 'set himself on fire': a protest; not 'set them ablaze', which as often names the
houses just looted.)"""

BLOWS_TO_PEOPLE = re.compile(
    r"\b(?:whipped|whipping|flogged|flogging|caned|beheaded|behead|beheads|beheading)\b|\btorture ?- ?like\b"
    r"|\b(?:assaulted|assaulting) (?:(?:a|an|the|two|three|four|five|several|some|\d+|his|her|their) )?(?:[\w-]+ )?"
    rf"(?:{_BURNED_PERSON}|shopkeepers?|vendors?|teachers?|drivers?|workers?)\b")
"""Blows, whipping or beheading done to people, told by a verb the harm words (:data:`PERSON_HARM`) do not hold
('seized livestock and whipped a woman', 'behead 3 people and set fire to land', 'assaulted a shopkeeper and looted
his shop', 'subjected an official to torture-like treatment'): beside goods taken or burned, harm done to people, an
attack as ACLED codes it, not a looting. (Not 'assaulted the court' or 'assaulted the police station': a place.)"""

OWNER_BEFORE = re.compile(r"\b(?:of|belonging to|owned by) (?:[\w'-]+ ){0,3}$")
"""Text before a person that makes the person an owner ('the house of an elderly woman was set on fire'): the fire
burned the property, not the person."""

NEGATED_BEFORE = re.compile(r"\b(?:no|nor|neither|without|any|not)\b[^.;]*$")
"""The text before a word negates it ('no injuries', 'neither fatalities nor injuries', 'without any casualties',
'did not cause injuries')."""
NEGATED_VERB = re.compile(r"(?:n['’]t|\bnever)\b[^.;]*$")
"""The text before a verb negates it in a contraction or with 'never' ('the KIA didn't fire back')."""

PERSON_HARM = {"killed", "killing", "kiled", "murdered", "shot", "stabbed", "slashed", "hacked", "injured", "wounded",
               "beaten", "beat", "tortured", "raped", "abducted", "kidnapped", "body", "bodies", "dead", "died",
               "attacked", "lynched", "kill", "kills", "wound", "wounds", "macheted", "clubbed"}
"""Harm done to people, told with or without a number: then an arrest or a burning is part of an attack, not a
strategic development ('attackers shot the official and stole his phone', 'journalists were beaten and arrested';
notes style in the present: 'bandits kill a herder, wound another and steal cattle')."""

DESCRIBED_ABDUCTION = re.compile(
    r"\b(?:kidnapping|abduction) (?:suspects?|gangs?|rings?|syndicates?|charges?|cases?|kingpins?)\b"
    r"|\b(?:suspected|accused|charged|convicted|wanted|arrested|jailed) (?:of|for|over) (?:[\w-]+ )?"
    r"(?:kidnapping|abduction|abducting|abductions|kidnappings)\b"
    # the captors named by what they did before, then arrested by the event's own verb ('gunmen who abducted five
    # farmers last week were arrested by police', 'police arrested three men who had kidnapped a pastor')
    r"|\bwho (?:had )?(?:abducted|kidnapped) (?:[\w,'’-]+ ){0,8}?(?:were|was|have been|had been) (?:later )?"
    r"(?:arrested|captured|apprehended|detained)\b"
    r"|\b(?:arrested|captured|apprehended|detained) (?:[\w-]+ ){0,4}?who "
    r"(?:had )?(?:allegedly |reportedly )?(?:abducted|kidnapped)\b")
"""An abduction word that describes a person or a charge ('a kidnapping suspect', 'a man accused of abducting a
child', 'a kidnapping gang'), or the captors a force arrested ('gunmen who abducted five farmers were arrested by
police'), not a person taken in the event told."""

ABDUCTION_WORDS = {"abducted", "kidnapped", "abduction", "kidnapping", "hostage", "abduct", "abducts", "kidnap",
                   "kidnaps", "abducting"}
"""Taking a person away by force: an abduction, unless the report tells the person was killed (see
:data:`KILLING_WORDS`)."""

TAKEN_WITH_VEHICLE = re.compile(
    r"\b(?:seiz(?:ed|es|ing)|took|taking|hijack(?:ed|s|ing)|commandeer(?:ed|ing)|stole|intercepted) "
    r"(?:[\w'-]+ ){0,6}?(?:together|along) with (?:the |its |their |his |her )?(?:[\w-]+ )?"
    r"(?:drivers?|occupants|passengers|crew|owners?)\b")
"""People carried off with the vehicle or goods seized ('seized an ambulance together with its driver', 'seized two
transport vehicles along with the occupants'): an abduction, as ACLED codes it, not a looting."""

PEOPLE_TAKEN = "people-taken"
"""The word that stands for :data:`TAKEN_WITH_VEHICLE` told in an event."""

_ABDUCT = r"(?:abduct|abducts|abducted|kidnap|kidnaps|kidnapped|taken hostage|held hostage)"
_LATER = r"(?:later|then|subsequently|eventually)"
_KILL = r"(?:killed|murdered|executed|beheaded|shot dead|shot|strangled|slain|hacked to death|kill|kills|murder)"
ABDUCTED_THEN_KILLED = re.compile(
    # the two verbs share their object: "abducted and murdered a teacher", "kidnapped, tortured and killed"
    rf"\b{_ABDUCT}(?:,? (?:and )?(?:tortured|raped|beaten|robbed|held))*,? (?:and|then)(?: {_LATER})? {_KILL}\b"
    # or the killing's object is the one taken: "kidnapped a chief near the town and killed him", not "… and killed
    # a guard"
    rf"|\b{_ABDUCT}\b(?: [\w'-]+){{1,6}}?,? (?:and|before|then)(?: {_LATER})? {_KILL}\b"
    r"(?! (?:a|an|the|one|two|three|four|five|several|many|some|another|\d+)\b)"
    r"|\bfound dead\b|\b(?:his|her|their|the) (?:dead |lifeless |mutilated )?bod(?:y|ies)\b"
    r"|\b(?:killed|murdered|executed) (?:him|her|them) (?:later|afterwards)\b|\blater (?:killed|murdered|executed)\b")
"""The abducted person killed: 'kidnapped and killed', 'abducted a chief and later murdered him', 'his body was found
days later'. ACLED codes such an abduction by the killing (an attack); a raid that kills one person and carries off
others ('killing a guard and kidnapping dozens') stays an abduction. Read only where an abduction is told."""

CAPTORS_KILLED = re.compile(
    r"\b(?:kidnappers|abductors|captors|hostage-takers|kidnapper|abductor|captor)\b(?: [\w'’-]+){0,4}? (?:were|was) "
    r"later (?:killed|murdered|executed|shot dead)\b"
    r"|\blater (?:killed|murdered|executed|shot dead) (?:[\w'’-]+ ){0,4}?(?:kidnappers|abductors|captors|"
    r"hostage-takers|kidnapper|abductor|captor)\b")
"""The takers, not the taken, killed afterwards ('the army later killed two of the kidnappers', 'one of the abductors
was later killed by police'): no sign that the abducted person was killed (see ABDUCTED_THEN_KILLED), so the
abduction stays the event, as ACLED codes it (the force's later act on the captors is another event)."""

_TAKEN_HARM = ("tortured", "torturing", "wounded", "wounding", "injured", "injuring", "beat", "beaten", "beating",
               "assaulted", "assaulting", "stabbed", "stabbing", "whipped", "flogged", "mutilated", "maimed")
_HARM_DONE = rf"(?:(?:severely |badly |seriously |brutally )?(?:{'|'.join(_TAKEN_HARM)}))"
TAKEN_HARMED = re.compile(
    # the verbs share their object: "abducted, tortured and severely wounded a student", "assaulted and abducted a man"
    rf"\b{_ABDUCT}(?:,? (?:and )?{_HARM_DONE})*,? (?:and|then) {_HARM_DONE}\b"
    rf"|\b{_HARM_DONE}(?:,? (?:and )?{_HARM_DONE})*,? (?:and|then) {_ABDUCT}\b"
    # or the harm's object is the ones taken: "abducted 18 herders, torturing and wounding them"
    rf"|\b{_ABDUCT}\b(?: [\w'-]+){{1,6}}?,? (?:and )?{_HARM_DONE}(?:,? (?:and )?{_HARM_DONE})* (?:him|her|them)\b")
"""Harm done to the very people taken, one object for both verbs or the harm's object a pronoun for them ('abducted,
tortured and wounded a student', 'assaulted and abducted a man', 'abducted 18 herders, torturing and wounding them'):
as ACLED codes it, the harm on the spot makes the abduction an attack, however many were taken (not 'kidnapped 13
pupils, wounding a guard': the harm of another, weighed against the number taken)."""
TAKEN_HARM_WORDS = frozenset(_TAKEN_HARM)
"""The words of harm :data:`TAKEN_HARMED` needs one of (a cheap test before the pattern is searched; the pattern is
built from the same words)."""
TAKEN_HARMED_TOLD = "taken-harmed"
"""The word that stands for :data:`TAKEN_HARMED` told in an event."""

TAKEN_FOUND_DEAD = re.compile(
    # an adverbial lead up to a comma ('Two days later, …'), then the one taken named back: 'his body', 'the bodies of
    # the hostages', 'the man', 'the victim', 'he', 'they' …, found dead
    r"^(?:[\w ]{1,30}, )?(?:(?:his|her|their|the victims?'s?) (?:dead |lifeless |mutilated |decomposed )?bod(?:y|ies)"
    r"|the (?:dead |lifeless )?bod(?:y|ies) of (?:the|both|all) (?:victims?|hostages?|abductees?|captives?|men|man"
    r"|woman|women|boy|girl|children)"
    r"|(?:the (?:man|woman|boy|girl|victim|victims|hostage|hostages|abductee|abductees|captive|captives)|he|she|they)"
    r"(?: \w+){0,3}? (?:was|were) (?:later |eventually |subsequently )?found dead)\b")
"""A clause after an abduction that tells the one taken found dead, named back by a pronoun or a bare noun ('The man
was found dead a day later.', 'His body was found the following day.', 'Two days later, the victim was found dead on
the roadside.'): the end of the abduction, whatever day the body was found on, not another incident; with it the
abduction is coded by the killing (see :data:`ABDUCTED_THEN_KILLED`). Not 'the body of a trader was found': someone
not named back."""

ABDUCTION_ATTEMPT_WORDS = {"kidnapping", "kidnappings", "abduction", "abductions", "kidnappers", "abductors"}
"""Nouns of an abduction tried or of those who tried it ('thwarted the kidnapping', 'repelled the kidnappers'): with
:data:`ABDUCTION_WORDS`, an abduction told where :data:`TAKERS_FOUGHT_TOLD` is read."""

REPELLED_WORDS = {"repelled", "repulsed", "repel", "repels"}
"""Verbs of a side driven back in a fight ('the military repelled Boko Haram fighters as they tried to kidnap four
people')."""

TAKERS_FOUGHT_TOLD = "takers-fought"
"""Marks an event whose abduction, done or tried, was fought: the takers repelled, fire exchanged with them, or the
attackers killed ('the troops repelled the fighters as they tried to kidnap four people', 'Wagner forces thwarted the
attempt following an exchange of gunfire', 'the guards intervened and killed one militant'). ACLED codes the fight,
a battle, not the abduction (as it does one where police clashed with the kidnappers)."""

ABDUCTION_TRIED = re.compile(
    r"\b(?:attempted|attempting|attempts?|tried|tries|trying|sought|seeking|failed) to (?:abduct|kidnap)\b"
    r"|\b(?:attempted|failed|foiled|thwarted) (?:abductions?|kidnappings?)\b|\b(?:abduction|kidnapping) attempts?\b")
"""An abduction told only as tried ('gunmen attempted to abduct the village chief', 'tried to abduct prisoners from
the camp but were stopped', 'a failed kidnapping'): read where no person is told taken (:data:`ABDUCTION_DONE`)."""

ABDUCTION_TRY_WORDS = frozenset({"attempted", "attempting", "attempt", "attempts", "tried", "tries", "trying",
                                 "sought", "seeking", "failed", "foiled", "thwarted"})
"""The words one of which :data:`ABDUCTION_TRIED` needs: a cheap test before the pattern is searched."""

ABDUCTION_DONE = frozenset({"abducted", "kidnapped", "abducts", "kidnaps", "abducting", "hostage", "hostages",
                            "captives", "whereabouts",
                            # the person held, then freed: the try took someone ('attempted to kidnap the mayor, who
                            # was held for an hour before being rescued', 'released after a ransom was paid')
                            "held", "rescued", "freed", "released", "ransom"})
"""Words that tell a person taken ('abducted two traders', 'kidnaps a pupil', 'taken hostage', 'their whereabouts are
unknown', 'was held for an hour before being rescued'): beside them an abduction tried elsewhere in the report does not
make the taking a failed one (where one of them tells something else, 'released a statement', the event is read as
it was before :data:`ABDUCTION_TRIED`: an abduction)."""

ABDUCTION_TRIED_TOLD = "abduction-tried"
"""Marks an event whose abduction was only tried (:data:`ABDUCTION_TRIED`, no one told taken): with no one harmed, no
fight and nothing but the try told, no one was abducted, so it is no abduction; ACLED codes such a failed try as a
strategic development ('Other'), or by the goods the would-be takers carried off ('sought to abduct a herder and
seized phones from his children': a looting)."""

ABDUCTION_LED = "abduction-led"
"""Marks an event whose opening act is an abduction ('gunmen kidnapped dozens of pupils, killing a guard'): told first,
the abduction is the report's event where more were taken than harmed. Where the killing or the raid leads ('killed
one villager and abducted nine others'), the harm is the gravest act, an attack, as ACLED codes it."""

HARM_BESIDE_ABDUCTION = {"killed", "killing", "murdered", "shot", "stabbed", "hacked", "injured", "wounded", "wounding",
                         "beaten", "tortured", "beheaded", "executed", "dead", "died", "body", "bodies",
                         # blows, torture and maiming told in other forms ('subjected to torture', 'abducted a
                         # businessman, beating and injuring him', 'the insurgents later execute four of the captives',
                         # 'three herders abducted … were found with their arms amputated'; not 'assaulted' or 'beat':
                         # 'assaulted a cargo ship and kidnapped two crew members')
                         "beating", "torture", "torturing", "injuring", "amputated", "mutilated",
                         "whipped", "flogged", "execute"}
"""Harm to people told with an abduction ('shot and wounded a man and abducted his son', 'tortured the hostage'):
ACLED codes the event by the gravest act, an attack, not an abduction."""

WHEN_SUBJECT_FILLERS = frozenset({"a", "an", "the", "angry", "irate", "enraged", "furious", "large", "group", "of",
                                  "mob", "some", "local", "hundreds", "dozens", "scores"})
"""Words that may stand between 'when' and a crowd as its subject ('injured when an angry crowd went on the
rampage', 'when a group of youths attacked'): the crowd is who acted (see events._when_subject)."""

MOB_WORDS = {"mob", "mobs", "lynched", "lynching", "lynch", "lynches"}
"""A crowd's justice ('a mob lynched a suspected thief'): mob violence, whoever the victim. (Not 'vigilantes': in
some wars they are armed death squads whose killings are attacks.)"""

FORCE_PICKET_LEADS = frozenset({"police", "army", "military", "security", "levies", "checkpost", "border", "fc",
                                "rangers", "paramilitary"})
"""Words before 'picket' that make it a force's post ('a police picket', 'an army picket'), not a protest's picket."""

FORCE_MARCH_WORDS = frozenset({"marching", "marched"})
"""A march's words that tell a force's movement when its men are their subject (:data:`FORCE_MARCHERS`)."""

FORCE_MARCHERS = frozenset({"soldiers", "troops", "fighters", "militants", "militiamen", "insurgents", "convoy",
                            "column", "columns", "patrol", "patrols"})
"""Armed men that march as a force moves ('a bomb exploded as soldiers were marching around the town', 'attacked
troops marching on foot with landmines'): on the move, no demonstration (a march to press a demand tells it: 'troops
marched in protest at unpaid wages' keeps its 'protest')."""

FORCE_MARCHER_LEADS = frozenset({"military", "security", "government", "army", "armed", "junta", "regime", "enemy",
                                 "state"})
"""Words before 'forces' that make them armed men marching ('military forces marching towards the village'), not
a party's ('opposition forces marched in the capital')."""

MOB_AFTERMATH = re.compile(r"\b(?:trigger|spark|prompt|provok)\w* (?:a|an) (?:angry |irate )?mob\b|"
                           r"\b(?:a|an|the) (?:angry |irate )?mob (?:began|started) to (?:gather|form)\b")
"""A mob told only as what an act set off or as people gathering ('shot a civilian, triggering a mob at the base', 'a
mob began to gather and the police fired to disperse it'): no mob's act, so no crowd's justice; what the mob did, if
anything, is told (and coded) apart. (Not 'sparked mob violence', 'a mob gathered and lynched him': the mob's act.)"""

WRONGDOERS_AS_AGENTS = re.compile(
    r"\bby (?:a |an |the )?(?:group of |gang of |band of )?"
    r"(?:(?:suspected|alleged|presumed|armed|unidentified|unknown) )+(?:[\w-]+ ){0,2}"
    r"(?:robbers?|thie(?:f|ves)|kidnappers?|bandits?|rustlers?|criminals?|gangsters?)\b")
"""Wrongdoers told as the agents of the act ('200 were killed by suspected cattle rustlers', 'an attack by suspected
armed robbers on herders', 'bodies found with a message signed by an alleged criminal group'): the suspects are the
attackers (an armed gang, as ACLED codes it), not the victims of a crowd's justice; the crowd's-justice reading of
:data:`SUSPECTED_WRONGDOERS` does not hold. (Not 'a suspected thief was beaten by a mob': the mob acted.)"""
WRONGDOERS_ACTED = "wrongdoers-acted"

SUSPECTED_WRONGDOERS = {"thief", "thieves", "robber", "robbers", "burglar", "burglars", "criminal", "criminals",
                        "witch", "witches", "wizard", "rapist", "rapists", "kidnapper", "kidnappers", "pickpocket",
                        "pickpockets", "murderer", "robbery", "theft", "burglary", "rape", "murder", "kidnapping",
                        "bandit", "rustler", "rustlers", "arsonist",
                        *(WITCHCRAFT := {"witchcraft", "sorcery", "witchdoctor", "witchdoctors", "sorcerer",
                                         "sorcerers", "bewitched", "bewitching"})}
"""Whom a crowd punishes when it 'catches' them: 'residents beat a suspected thief', 'an alleged witch was burned by
villagers', 'locals stoned two robbery suspects'; the crime itself tells the suspicion ('beaten to death on
suspicion of theft', 'a man accused of being a bandit was burned'). With a word of suspicion and no armed party,
ACLED's mob violence. Witchcraft (:data:`WITCHCRAFT`) is an accusation by itself: 'killed over witchcraft claims',
'beaten on suspicion of sorcery'."""

FORCE_OR_GUN_WORDS = {"gunmen", "gunman", "shot", "shooting", "gunfire", "militants", "militia", "militiamen",
                      "soldiers", "troops", "police", "policemen", "rebels", "insurgents", "fighters", "bandits",
                      "raiders", "shootout"}
"""An armed party or a gun: then a suspect's killing is not a crowd's justice ('police shot a suspected robber')."""

SUSPICION_WORDS = {"suspected", "alleged", "accused", "suspect", "suspects", "caught"}

CROWD_FIRE_WORDS = frozenset({"shot", "shooting", "fired", "firing", "gunfire", "gunshot", "gunshots", "guns", "gun",
                              "firearms"})
"""Gunfire told by a word ('farmers opened fire on a herder', 'shot and injured a woman', 'attacked the students with
clubs, guns and machetes', 'gunshot wounds', 'clashed with firearms'; 'fire' only after 'opened'): a crowd's own fire
where no force, guard, suspect or agent is told just before it (see :data:`CROWD_FIRE_NOT_THEIRS`). ACLED codes a
crowd or community that shoots as an armed (communal) party: its harm to people an attack, its fight a battle, not
mob violence (a crowd's justice on a suspect stays mob violence, with a gun or not)."""

CROWD_FIRE_NOT_THEIRS = frozenset({"heard", "police", "policemen", "policeman",
                                   "officers", "officer", "gendarmes", "gendarmerie", "cop", "cops", "soldier",
                                   "soldiers", "troops", "army", "military", "forces", "security", "guard", "guards",
                                   "personnel", "customs", "militia", "militiamen", "gunmen", "gunman"})
"""Words that, in the eight words of its sentence before a gunfire word, give the fire to someone other than the crowd
('police fired gunshots to disperse the crowd', 'the guard shot a youngster', 'residents heard gunshots'); a gunfire
word followed by 'by' ('was shot by …') has its agent told there, read as the perpetrator is."""

CROWD_FIRE_AIMLESS = frozenset({"warning", "rubber", "air", "aerial", "tear", "teargas"})
"""Words just before or after a gunfire word that make it no fire at people ('fired warning shots', 'fired rubber
bullets', 'shot in the air', 'aerial firing', 'fired tear gas')."""

CROWD_FIRE_TOLD = "crowd-fire"

CROWDS_FACING_POLICE = frozenset({"residents", "locals", "villagers", "youths", "youth", "community", "inhabitants",
                                  "motorcyclists", "population"})
"""A crowd that fights the police ('clashes erupted when the police came to disperse the residents', 'police officers
engaged in a clash with community members', 'police and commercial motorcyclists clashed'), the crowd, the police
and the fight told in one sentence: with no arms of its own and no armed party told, a riot (mob violence), not a
battle, as ACLED codes a crowd facing a force. (Not police that intervened in a fight of others, see
:data:`THIRD_PARTY_FORCE`; a community or a village against another is a communal fight: see
:data:`COMMUNAL_SIDES`.)"""

CROWD_FIGHT_WORDS = frozenset(
    CLASH_WORDS - ONE_SIDED_AT_CIVILIANS - {"crossfire"} | {"confrontation", "confrontations"})
"""Words of a fight of two sides with the police (:data:`CROWDS_FACING_POLICE`): not fire one side aimed ('police fired
shots at the residents' is the police's harm, not a fight); a confrontation is such a fight ('five youths were killed
amidst violent confrontations with the police')."""

THIRD_PARTY_FORCE = frozenset({"intervened", "intervene", "intervenes", "intervening", "intervention"})
"""Police that stepped into a fight ('a clash between two factions of the community; police intervened'): not a side
of it (see :data:`CROWDS_FACING_POLICE`)."""

CROWD_FACED_POLICE = "crowd-faced-police"

FORCE_FIRE_WORDS = frozenset({"fired", "firing", "shot", "shots", "shooting", "gunfire", "gunshots", "bullets"})
"""Fire told beside the police facing a crowd that fired none of its own ('police fired in the air', 'one protester
was killed after police opened fire during the clash'): the force's, no arm of the crowd's (see
:data:`CROWD_FIRE_WORDS`)."""

FORCE_SERVICES = {"levies": "police", "constabulary": "police", "frontier": "military", "fc": "military",
                  "security": "military", "customs": "police", "navy": "military", "naval": "military",
                  "force": "military"}
"""Armed state services named beside an 'official' or an 'officer' ('a Levies official', 'an official of the Frontier
Constabulary', 'a security official was killed when militants attacked a checkpost', 'gunmen killed a customs officer',
'a navy officer', 'an air force officer'), with the kind of force ACLED codes them as: the man is that force's member,
so an attack on him that the force fights is a battle, not an attack on a civilian official. (A police or army officer
is read by 'police' or 'army' itself; customs men are coded as the state's police. Not 'prison': 'a prison official'
is the prison's civil staff.)"""

SERVICE_MEMBERS = {"official", "officials", "officer"}
"""Nouns of a person that name a state service's member when a word of :data:`FORCE_SERVICES` is beside them ('officers'
is a police word of its own; 'officer' alone may be a district's, a party's or a health service's)."""

OUT_OF_SERVICE = {"former", "retired", "ex", "ex-", "off-duty", "demobilised", "demobilized"}
"""'a former military officer', 'a retired policeman', 'an off-duty soldier' shot at home: a civilian target, as
ACLED codes it."""

OFF_DUTY = re.compile(r"\boff[- ]?duty\b|\bon (?:annual |sick |home )?leave\b"
                      r"|\b(?:at|in|inside|outside|in front of) (?:his|her|their) (?:own |family )?"
                      r"(?:homes?|houses?|residences?|homesteads?)\b"
                      r"|\bnot on (?:his |her |their )?duty\b|\bout of service\b|\bunarmed\b")
"""A policeman or soldier out of service or unarmed when harmed ('an off-duty soldier', 'a police officer on leave',
'an officer shot dead at his home', 'two policemen were killed inside their homes', 'stabbed a police colonel outside
his home', 'an officer who was not on duty', 'beat an unarmed soldier'): a civilian target, as ACLED codes it. (The
wider development samples code a policeman killed in, outside or in front of his own home as violence against
civilians five times to once a battle; a fight told there stays one: 'exchanged fire with the officer at his home'.
Only his, her or their home: not 'in the house where the militants stayed', 'a shootout at the officer's residence'.)"""

SETTLEMENT_WORDS = {"village", "villages", "hamlet", "hamlets", "neighbourhood", "neighborhood", "neighbourhoods",
                    "neighborhoods", "locality", "localities", "settlement", "settlements", "community",
                    "communities"}
PLACE_ATTACK_VERBS = {"attacked", "attack", "attacks", "raided", "raid", "raids", "stormed", "invaded"}
"""'Militants attacked the village of Goumi', 'gunmen raided Kotserehe': a settlement or a named place as the object
of an attack, with no force or person named as hit, is an attack on the people who live there."""

POLICE_RANK_WORDS = frozenset({"dsp", "dsps"})
"""A police officer named by a rank's short form alone ('unknown gunmen shot dead a DSP': a deputy superintendent of
police), read as a police word where the harmed are named."""
SUB_RANK_HEADS = frozenset({"inspector", "inspectors"})
"""A police rank's head that is a police word only after 'sub' ('a sub-inspector', 'an assistant sub inspector'): an
inspector alone may be a tax, school or labour inspector."""

PRISON_WORDS = frozenset({"prison", "prisons", "jail", "jails", "gaol", "penitentiary"})
"""A prison or a jail: a place the state's guards hold. Attacked by armed men ('gunmen stormed the prison, freeing 80
inmates', 'an armed group attacked the central prison'), it is an attack on those guards, a fight of two armed sides
as an attack on a police station is (ACLED's armed clash), not on the inmates it held."""
PRISON_ATTACK_VERBS = frozenset({"attacked", "attack", "attacks", "stormed", "storm", "storms", "raided", "raid",
                                 "raids", "overran", "assaulted", "besieged"})
"""Verbs whose object, a prison (:data:`PRISON_WORDS`) named within four words after them, was attacked; with 'on'
after the noun form ('an attack on the prison')."""

PLACE_RAID_NOUNS = {"incursion", "incursions"}
"""A raid told by its noun ('militants made an incursion into the village and seized livestock'): read beside
:data:`PLACE_ATTACK_VERBS` where a raid on a place took goods or burned property and harmed no one, the property's loss
(ACLED's looting/property destruction), as 'raided the village and stole cattle' is."""

GOODS_PILLAGED = "goods-pillaged"
"""The word that stands for goods pillaged, rustled or stripped from people ('gunmen pillaged several shops'): looting,
opening an incident only with a day of its own (see :data:`NEEDS_OWN_DAY`)."""

LIVESTOCK_KILLED_TOLD = "livestock-killed"
"""The word that stands for animals killed, with no person harmed (see :data:`LIVESTOCK_KILLED`)."""

_LIVESTOCK = r"(?:cattle|cows?|oxen|ox|sheep|goats?|camels?|livestock|animals|donkeys?|pigs?|bulls?|heifers?|calves)"
_HEAD_COUNT = (r"(?:a|an|the|his|their|her|some|about|around|over|nearly|almost|more|than|at|least|up|to|dozens|"
               r"hundreds|of|heads?|[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
               r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|several|many)")
LIVESTOCK_KILLED = re.compile(
    rf"\b(?:shot and killed|shot dead|killed|killing|slaughtered|slaughtering|butchered|butchering|shot)"
    rf" (?:{_HEAD_COUNT} ){{0,5}}?{_LIVESTOCK}\b(?! (?:traders?|herders?|breeders?|owners?|dealers?|thie(?:f|ves)|"
    rf"rustlers?|farmers?|keepers?|merchants?|market))")
"""Animals killed ('a farmer shot and killed nine sheep belonging to pastoralists', 'soldiers killed about 58 oxen'):
where no person is harmed, ACLED's property destruction, not a killing (not 'killed a cattle trader': a person)."""

LIVESTOCK_KILL_WORDS = {"killed", "killing", "slaughtered", "slaughtering", "butchered", "butchering", "shot", "dead"}
"""The verbs of :data:`LIVESTOCK_KILLED`, taken out of an event whose only killing was of animals."""

LOOTING_WORDS = {"looted", "loots", "loot", "pillaged", "pillages", "pillaging", "plundered", "rustled", "rustles",
                 "torched", "ransacked", "stole", "stolen", "robbed", "uprooted", "vandalised", "vandalized",
                 "demolished", GOODS_PILLAGED, LIVESTOCK_KILLED_TOLD}
"""Goods, livestock or property taken or destroyed ('gunmen looted shops', 'pillaged the health centre', 'militiamen
rustled cattle from herders'): with no one harmed and no fight told, ACLED's looting/property destruction. (Not the
notes-style present 'steal': 'raiders attack village, steal cattle' is coded an attack in older rows, a looting in
newer ones; tried and dropped, see the README.)"""

GOODS_TAKEN = re.compile(
    r"\b(?:took|taking|takes|take|carried|carrying|carted) away\b|\b(?:made|making) (?:away|off) with\b"
    r"|\b(?:seized|seizing|stole|stealing|took|taking|looting|looted|carried off|removed|removing|stripped|stripping|"
    r"unloaded|unloading|tapped|siphoned) (?:[\w'-]+ ){0,4}?"
    r"(?:cattle|livestock|goats|sheep|camels|oxen|cows|herds?|money|cash|phones|goods|food|foods|foodstuffs?|"
    r"supplies|belongings|valuables|motorbikes?|motorcycles?|tricycles?|bicycles?|millet|grain|medicines?|"
    # (what a hold-up takes on the road: 'seized a vehicle', 'seized 8kg of gold', 'tapped fuel from the tank')
    r"vehicles?|trucks?|cars?|ambulances?|gold|fuel)\b"
    r"|\bstripp(?:ed|ing) (?:[\w'-]+ ){1,3}?of (?:[\w'-]+ ){0,3}?(?:belongings|valuables|money|cash|phones|goods)\b"
    # (told in the passive after the raid: 'raided the village; 500 head of cattle were seized', 'houses burned and
    # food seized')
    r"|\b(?:cattle|livestock|goats|sheep|camels|oxen|cows|money|cash|phones|goods|food|foodstuffs?|belongings"
    r"|valuables|motorbikes?|motorcycles?) (?:(?:were|was|had been|have been|has been) )?"
    r"(?:seized|stolen|looted|carried off|taken away)\b(?! by (?:the )?(?:police|army|troops|soldiers))")
"""Goods carried off ('taking away cattle', 'made off with supplies', 'seized several bags of millet', 'removed the
goods', 'stripped them of their belongings', 'stripped cash from the passengers', 'unloaded the supplies', 'seized a
vehicle', '500 head of cattle were seized', 'food seized'; not 'cattle seized by the police', a force's seizure):
what a raid on a place or a hold-up on a road took, when it harmed no one (see :data:`GOODS_TAKEN_TOLD`,
:data:`HOLDUP_VERBS`)."""

HOLDUP_VERBS = {"intercepted", "intercepting", "intercepts", "intercept"}
"""Vehicles stopped on a road ('militants intercepted a truck and removed the goods', 'gunmen intercepted a convoy of
miners and stripped them of their belongings'): with goods taken (:data:`GOODS_TAKEN`) by a party that is no state
force and no one harmed, a looting (a force intercepting a boat or fighters is no such hold-up)."""

STOPPED_OR_TAKEN_DOWN = frozenset({"intercepted", "dismantled"})
"""A party's stopping of a vehicle, a convoy or a boat, or its taking down of a base, a camp, a checkpoint or a
workshop, told with no weapon named, no fight and no one hurt ('soldiers intercepted a boat of smugglers off the
coast', 'militants intercepted a lorry on the road to Dori', 'police dismantled a gang's hideout in the suburb',
'troops dismantled the militia's checkpoint at the bridge'): a non-violent act of an organised party, ACLED's
strategic development (a weapon named makes it a disrupted weapons use; goods taken, a looting). With a party named
as its doer only: 'the plan was intercepted' or 'the old market was dismantled' is no one's act of conflict."""

NOT_STOPPED_BY_FORCE = frozenset({"call", "calls", "message", "messages", "communications", "conversations",
                                  "emails", "letters", "signals", "migrants", "refugees", "asylum-seekers"})
"""What an interception may be of that is no organised party's stop on a road or at sea ('the army intercepted a
phone call between two commanders', 'the coast guard intercepted a boat carrying 80 migrants'): intelligence or a
border story, no development (see :data:`STOPPED_OR_TAKEN_DOWN`)."""

STOPPED_GOODS = frozenset({"goods", "livestock", "cattle", "cargo", "load", "merchandise", "foodstuffs", "supplies"})
"""Goods told with a vehicle stopped by a party that is no state force (see :data:`STOPPED_OR_TAKEN_DOWN`): the act is a
looting, not only a stop ('militants intercepted a truck; its cargo was burned', 'bandits intercepted the herders'
cattle'; a state force's stop with goods told stays a stop, see :data:`HOLDUP_VERBS`)."""

RAID_ON_PEOPLE = {"assaulted", "threatened", "threatening", "harassed", "opened"}
"""People assaulted, threatened or fired on in a raid ('attacked the village, assaulted villagers and pillaged
property', 'opened fire as they attacked'): the raid harmed people, an attack, not only a property's loss."""

GOODS_TAKEN_TOLD = "goods-taken"
"""The word that stands for :data:`GOODS_TAKEN` told in an event."""

FIRE_AIMED_TOLD = "fire-aimed"
"""The word that marks goods taken beside shots aimed at something (:data:`SHOTS_AIMED`: 'opened fire against a
vehicle, threatened the driver and took off with the vehicle'): people fired at, an attack on them, not the goods'
loss alone."""

PROPERTY_BURNED = {"burned", "burnt", "burning", "torched", "set-fire", "ablaze"}
"""Property set on fire ('burned houses and granaries', 'set the town hall ablaze'): with goods taken (see
:data:`GOODS_TAKEN`), what a raid on a place that harmed no one did."""

RAZED_AFTER_TAKING = frozenset(PROPERTY_BURNED | {"destroyed", "destroying", "detonated", "razed", "demolished",
                                                  "blew", "dynamited"})
"""What a side that overran a place did to it rather than hold it ('militants took control of the barracks and
detonated the facility', 'the camp was overrun and the equipment burned', 'the militants burned the posts'): a raid on
the place, a fight as ACLED codes it, not a non-state actor's territory gained."""

CLOTHING_WORDS = {"uniform", "uniforms", "fatigues", "attire", "outfits", "clothes", "clothing", "camouflage"}
"""Clothes a force word only describes ('armed men wearing military uniforms', 'men in army fatigues'): no force is
named by it, neither as the actor nor as the one harmed."""

CIVIL_CONVOY_LEADS = {"aid", "humanitarian", "relief", "ngo", "un", "u.n.", "commercial", "civilian", "merchant",
                      "trade", "traders", "passenger", "wedding", "funeral", "food", "fuel", "truck", "cargo", "iom",
                      "wfp", "unhcr", "unicef", "icrc", "msf", "governor", "minister", "president", "presidential",
                      "mayor", "candidate", "senator", "official", "official's"}
"""Words before a convoy that make it a civilian's ('an aid convoy', 'an IOM convoy', 'the governor's convoy'): no
armed side is named by it."""

ARMED_VICTIMS = {"militants", "insurgents", "gunmen", "fighters", "jihadists", "bandits", "rustlers", "raiders",
                 "attackers", "assailants", "separatists", "rebels", "kidnappers", "warriors", "terrorists",
                 "militiamen", "gangsters",
                 # one of them ('national guards killed an armed bandit', 'a ranger was shot dead'), hired or
                 # volunteer fighters ('killed nine mercenaries', 'forest rangers were ambushed'). (Not 'militant' or
                 # 'separatist' alone: 'a party militant', 'a separatist leader' are often a party's civilians.)
                 "insurgent", "gunman", "fighter", "jihadist", "bandit", "rustler", "raider", "rebel", "kidnapper",
                 "terrorist", "militiaman", "gangster", "mercenaries", "ranger", "rangers",
                 # a community's armed guard ('eight vigilantes were killed', 'five vigilante members', 'a member of
                 # a local vigilance group')
                 "vigilante", "vigilantes", "vigilance",
                 # fighters named as such, a mission's soldiers ('two CMA combatants were killed', 'a MINUSCA
                 # peacekeeper was shot')
                 "combatant", "combatants", "peacekeeper", "peacekeepers",
                 # one who commands armed men, of a group the actor table may not know ('killed a GATIA commander',
                 # 'one of its commanders was killed'; a police or army commander is read by the force's word, one
                 # out of service by OUT_OF_SERVICE: 'a former rebel commander')
                 "commander", "commanders"}
"""Armed men as the ones harmed ('police shot dead two bandits', 'three rustlers were killed in the raid'): the
event is a fight between armed sides, ACLED's armed clash."""

COUNTED_ARMED_VICTIMS = {"militant"}
"""A word of an armed man that alone often names a party's member ('a ruling-party militant'), but counted as one
('1 militant killed and 1 arrested during a search operation', 'forces killed one unidentified militant', 'one
suspected militant was shot dead') is a fighter among the dead: read as :data:`ARMED_VICTIMS` only after a count of
one (:data:`ONE_COUNTS`), its hedges between."""

ONE_COUNTS = {"1", "one"}
"""A count of one before a word of :data:`COUNTED_ARMED_VICTIMS`."""
COUNT_HEDGES = {"suspected", "alleged", "presumed", "unidentified", "unknown", "armed"}
"""Words allowed between a count and the person it counts ('one suspected militant')."""

COUNTED_PARTICIPLES = {"arrested", "captured", "detained", "injured", "wounded", "killed", "apprehended"}
"""Participles after a second count in a headline's pair of passives ('1 militant killed and 1 arrested', '2 bandits
shot dead and 3 captured'): the first noun is no subject acting on the second count."""

DEFENCE_WORDS = {"defence", "defense", "self-defence", "self-defense", "fighter", "fighters", "homeland", "militia",
                 "guard", "guards", "vdp"}
"""Words beside 'volunteer' that make it an armed auxiliary ('a village defence volunteer', 'volunteer fighters',
'Volunteers for the Defence of the Homeland'), not a civilian who volunteers."""

PARTY_MEN = {"men", "man"}
"""Words right after an armed party's name that name its own men ('Boko Haram men ambushed a patrol'): the
perpetrator, not civilians it harmed."""

ARMED_MODIFIERS = {"armed", "masked", "unidentified", "unknown", "hooded", "gun-wielding", "machete-wielding"}
"""'armed men attacked two police agents', 'masked men shot a trader': 'men' after such a word are the attackers, not
civilian victims."""

AGENT_FORCE_MODIFIERS = {"the", "a", "an", "some", "several", "two", "three", "four", "five", "six", "plain", "clothes",
                         "plainclothes", "plain-clothes", "clothed", "uniformed", "riot", "anti-riot", "traffic",
                         "local", "armed", "para", "para-", "-", "military", "security", "special", "border",
                         "municipal", "federal", "state", "national", "personal", "presidential"}
"""Words that may stand between 'by' and a force word that is the agent of a passive ('shot and killed by the
police', 'beaten by plain clothes policemen', 'abducted by para-police forces', 'assaulted by military police
officers'): the force acted, it was not hit (with numbers and capitalised names: 'by four LNA soldiers')."""

MILITARY_WORDS = {"soldier", "soldiers", "troops", "army", "servicemen", "military", "forces", "personnel",
                  "guards", "guard", "checkpoint", "convoy", "patrol", "base", "militiamen", "militia", "fighters",
                  "commandos",
                  "commando", "outpost", "post", "posts", "position", "positions", "tank", "tanks", "barracks",
                  "garrison", "checkpost", "checkposts"}

ARMED_SIDE_PRESENT = frozenset(
    (MILITARY_WORDS | POLICE_WORDS | ACTING_FORCES | {"force", "security", "defence", "defense", "vigilante",
                                                      "vigilantes", "vigilance"})
    - {"fighters", "militia", "militiamen"})
"""Words that put a state's force, a guard or a community's armed defenders on the scene ('soldiers', 'a police
post', 'the task force', 'village guards', 'vigilantes'): where none is told, the people an armed group killed with
no one named are the place's unarmed people, an attack on civilians. (Not 'fighters', 'militia': the
words that name the armed group that acted.)"""

FIRED_AT_WORDS = {"fired", "fire", "firing", "shots", "gunshots", "gunfire", "bullets"}
FIRED_AT_LEADS = {"at", "on", "into", "towards", "toward", "against"}
FIRED_IN_WORDS = frozenset({"fire", "fired"})
FIRED_IN_LEADS = frozenset({"in", "inside"})
"""Fire aimed at a place ('fired gunshots at the village of X', 'opened fire on a school'): a fire word of
:data:`FIRED_AT_WORDS` right before a preposition of :data:`FIRED_AT_LEADS`, or 'fire' / 'fired' before 'in' ('opened
fire in the village', :data:`FIRED_IN_WORDS`, :data:`FIRED_IN_LEADS`; not 'gunfire in the village': heard). At a
settlement or a civilian building, with no one else named as hit, the people there are the target."""

CROWDS_FIRED_AT = frozenset({"crowd", "crowds", "gathering", "gatherings", "congregation", "procession"})
"""People together, with no arms named, that fire is aimed at ('soldiers opened fire on a crowd, killing three', 'police
fired into a gathering at the market'): with no one else named as hit, the people of the crowd are the target, as
civilians (a crowd of protesters or rioters is typed by its protest or riot first, and named by it)."""

CIVIL_PLACES_HIT = {"bus", "buses", "minibus", "minibuses", "matatu", "matatus", "car", "cars", "vehicle", "vehicles",
                    "truck", "trucks", "lorry", "lorries", "boat", "boats", "bank", "banks", "hotel", "hotels", "shop",
                    "shops", "market", "restaurant", "bar", "nightclub", "school", "church", "mosque", "home",
                    "homes", "house", "houses", "hospital", "clinic",
                    # a broadcaster's station and the homes of a district ('fired at the local radio station', 'opened
                    # fire at residential areas')
                    "radio", "residential"}
"""Civilian vehicles and buildings that an attack hits right after its verb ('attacked a minibus', 'raided a bank',
'stormed a church'): with no one else named as the target, the civilians there are it."""

PLACE_AS_MODIFIER = frozenset({"share", "shares", "value", "values", "price", "prices", "fees", "account",
                               "accounts", "rate", "rates", "sales", "leadership", "position", "capitalisation",
                               "capitalization", "loan", "loans", "deposits", "balance", "ranking", "rankings"})
"""Nouns that a civilian place's word may only modify ('regained its market share', 'hacked a bank account', 'raised
school fees'): the place word is then no place hit (:data:`CIVIL_PLACES_HIT`)."""

OBJECT_LEADS = {"a", "an", "the", "two", "three", "four", "several", "their", "his", "her", "its", "local", "passenger",
                "public", "civilian", "private", "commercial"}
"""Words that may stand between an attack's verb and the vehicle or building it hit ('attacked a passenger bus',
'raided the local bank')."""

HARMED_OBJECT_LEADS = frozenset(OBJECT_LEADS | {"up", "suspected", "presumed", "alleged", "some", "many", "dozens",
                                                "scores", "five", "six", "seven", "eight", "nine", "ten"})
"""Words that may stand between a verb of harm and the armed party it hit ('beat up two presumed JNIM militants and
seized a motorbike', 'killed five suspected Boko Haram fighters and recovered rifles'): a party named so is the
verb's object, not the subject of a verb joined after it (see ``events._harmed_object``)."""

PERSON_ROLES = {"operator", "operators", "owner", "owners", "staff", "employee", "employees", "manager", "conductor",
                "conductors", "guard", "guards", "attendant", "attendants", "crew"}
"""Nouns that make a vehicle or building word name a person ('a matatu operator', 'the bank manager', 'a hotel
guard'): the person is the target, not the place."""

LOCATIVE = {"in", "near", "at", "outside", "around", "nearby", "of", "into", "across", "inside", "on", "toward",
            "towards"}

NEAR_WORDS = {"near", "outside", "around", "outskirts", "nearby", "east", "west", "north", "south", "northeast",
              "northwest", "southeast", "southwest", "kilometres", "kilometers", "km", "miles", "vicinity",
              "district", "area", "countryside", "province", "governorate", "region", "desert"}

NAME_JOINERS = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "ez", "-", "'", "’", "de", "du",
                "e", "i", "ye", "da", "wa",
                "of", "bin", "ibn", "abu", "umm", "bani", "beni", "wadi", "tal", "tel", "deir", "dayr", "jabal",
                "jebel", "kafr", "ain", "ras", "bir"}

NOT_PLACES = {"the", "a", "an", "on", "in", "at", "this", "that", "monday", "tuesday", "wednesday", "thursday",
              "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
              "august", "september", "october", "november", "december", "islamic", "state", "police", "army",
              "government", "ministry", "president", "prime", "minister", "general", "commander", "colonel",
              "forces", "group", "council", "committee", "hospital", "mosque", "church", "university", "school",
              "market", "street", "road", "highway", "bridge", "camp", "prison", "airport", "office", "house"}

CLAIM_WORDS = {"claimed", "claims", "claim"}

FACILITIES = {"office", "offices", "hospital", "school", "university", "mosque", "church", "market", "station",
              "headquarters", "building", "camp", "prison", "street", "road", "highway", "bridge", "airport", "hotel",
              "company", "bank", "ministry", "court", "square", "stadium", "compound", "factory", "club"}

NEW_EVENT_PHRASES = ("on the same day", "the same day", "hours later", "the next day", "the following day",
                     "a day later", "later that day", "later the same day", "earlier the same day", "in another",
                     "in a separate", "separately", "meanwhile", "elsewhere", "at the same time", "also on",
                     "earlier in the day", "later in the day")

SAME_DAY = ("on the same day", "the same day", "hours later", "later that day", "later the same day",
            "earlier the same day", "at the same time", "earlier that day", "that evening", "that night",
            "earlier in the day", "later in the day")

NEXT_DAY = ("the next day", "the following day", "a day later", "the day after")

TRIGGER_WORDS = (VIOLENCE_VERBS | PROTEST_WORDS | RIOT_TRIGGERS | ARREST_WORDS | AGREEMENT_WORDS | DISRUPTED_WORDS
                 | CHANGE_TRIGGERS)

GATHERING_VERBS = {"gathered", "blocked", "held", "staged", "marched", "banged", "assembled", "converged",
                   "camped", "occupied", "rallied", "blockaded", "padlocked",
                   # (notes style and the gerund: 'residents blockade a refinery, demanding power', 'gathering in the
                   # yard to call for the principal's resignation')
                   "gathering", "gather", "gathers", "blockade", "blockades", "block", "blocks",
                   # (a crowd that came together by a verb of crowding, with a grievance told: see CROWDING_VERBS)
                   "flocked", "thronged", "trooped", "lined"}

PROTEST_PURPOSE = ("demand", "denounc", "complain", "to protest", "in protest", "condemn", "to press for",
                   "to oppose", "opposing the",
                   "calling for", "to call for", "to call on", "to pressure", "rejecting the", "to reject",
                   "in solidarity", "to urge", "urging the", "chanting", "chanted", "placards", "banners",
                   "slogans", "voiced their", "in support of", "to voice")
"""What a gathering was for: with a gathering verb and no act of violence, a protest ('workers blocked the
highway denouncing unpaid wages', 'residents gathered to call for a new road', 'drivers blocked the roads
complaining about fuel prices')."""

CROWDING_VERBS = frozenset({"flocked", "thronged", "trooped", "lined"})
"""Verbs of a crowd coming together that tell fans, pilgrims and shoppers as often as protesters ('fans lined the
streets chanting the players' names', 'pilgrims flocked to the shrine'): a gathering that is a protest only with a
grievance told in words of :data:`CROWDING_PURPOSE` ('workers flocked to the stadium to raise complaints against the
company', 'women lined up outside the high court, calling for …'), not by chants, banners or slogans alone."""

_CHEERED_TOO = frozenset({"chanting", "chanted", "placards", "banners", "slogans", "in support of"})
CROWDING_PURPOSE = tuple(purpose for purpose in PROTEST_PURPOSE if purpose not in _CHEERED_TOO)
"""The grievances of :data:`PROTEST_PURPOSE` that make a crowd that flocked or lined up a protest (see
:data:`CROWDING_VERBS`): grievances told in words, not the chants, banners and support that fans and pilgrims show
too."""

CROWD_PURPOSE = ("called for", "asking for", "to ask ", "to show their support", "to show support", "solidarity with",
                 *(f"to express {their}{what}" for their in ("", "their ") for what in (
                     "solidarity", "support", "concern", "anger", "opposition", "discontent", "dissatisfaction",
                     "displeasure", "frustration", "outrage", "rejection")))
"""A demand or a stand voiced in words that officials use as often ('the ministry called for calm', 'the minister
held talks, asking for patience'): with a gathering verb, a protest only where a crowd is named
(:data:`GATHERING_CROWDS`): 'teachers gathered in the capital; they called for better pay', 'workers gathered to ask
the company's leaders to negotiate', 'citizens gathered to express solidarity with Gaza' (not grief: 'mourners
gathered to express their grief')."""

GATHERING_CROWDS = CIVIL_GROUPS | {"teachers", "nurses", "doctors", "lawyers", "pensioners", "activists", "drivers",
                                   "miners", "employees", "participants", "protesters", "protestors", "demonstrators",
                                   "people", "women", "families", "unionists", "crowds"}
"""Who gathers to voice a demand: with :data:`CROWD_PURPOSE` and a gathering verb, a protest."""

OBSTRUCTION_VERBS = frozenset({"obstructed", "obstructing", "disrupted", "disrupting", "interrupted", "interrupting",
                               "stalled", "stalling"})
"""Verbs of people stopping someone else's work, traffic or meeting ('locals have been obstructing the project's
vehicles', 'chiefs disrupted the debate', 'workers stalled the construction'). Told by a crowd
(:data:`OBSTRUCTING_CROWDS`) together with the demand it pressed (:data:`OBSTRUCTION_DEMANDS`), a protest: the crowd
acting for its demand ('villagers obstructed the road works, demanding compensation'). Without both it is as often
the weather's, a strike's or an official's ('heavy rains disrupted traffic', 'the minister interrupted the
debate')."""

OBSTRUCTION_DEMANDS = ("demanding", "to demand", "in protest", "to protest", "protesting against", "denouncing",
                       "to denounce", "calling for", "to press for", "opposing the")
"""A demand told as what the people who obstructed something pressed for, by a participle or an aim ('demanding
more shares', 'in protest against the tariff'); not the bare noun ('as demand for fuel rose')."""

OBSTRUCTING_CROWDS = frozenset(GATHERING_CROWDS | PARTISAN_CROWDS | {"chiefs", "elders", "lawmakers", "legislators"})
"""Who obstructs or disrupts something to press a demand: a crowd, a party's cadres, a community's chiefs or elders,
lawmakers in their chamber."""

GATHERED_ARRESTED = frozenset(GATHERING_CROWDS | {"organisers", "organizers", "organiser", "organizer", "leaders",
                                                 "ringleaders", "conveners", "convenors", "them", "marchers",
                                                 "strikers", "participant"})
"""Whom police arrest at a gathering, named after it without a word of protest ('Later, police detained the
organisers.', 'Police arrested 12 people.', 'Police later arrested 12 participants.'): the same gathering's arrests,
how the crowd was met (a protest with intervention), not an arrest event apart; not 'police arrested a murder
suspect' (:data:`ARRESTED_APART`), nor arrests on a day of their own."""

ARRESTED_APART = frozenset(SUSPECTED_WRONGDOERS | {"suspect", "suspects", "wanted", "fugitive", "fugitives"})
"""People arrested for a crime of their own ('police arrested a murder suspect'): told after a gathering, an arrest
event apart, not the gathering's arrests (see GATHERED_ARRESTED)."""

PROPERTY_NOUNS = (r"(?:houses?|homes?|huts?|shops?|stalls?|kiosks?|businesses|crops?|farms?|farmland|fields?|trees|"
                  r"orchards?|plantations?|greenhouses?|masts?|pylons?|towers?|billboards?|posters?|offices?|"
                  r"propert(?:y|ies)|structures?|buildings?|schools?|churche?s?|mosques?|shrines?|temples?|statues?|"
                  r"monuments?|graves?|wells?|pipelines?|power (?:lines?|stations?)|lands?|walls?|fences?|"
                  r"markets?|warehouses?|granar(?:y|ies)|stores?|dwellings?|shelters?|labs?|laborator(?:y|ies))")
"""What a raid or a bulldozer destroys when no one is hurt: homes, shops, crops, masts, land (not a vehicle or a
position, which an armed clash destroys)."""

SEIZED_GOODS = (r"(?:marijuana|cocaine|heroin|cannabis|drugs|narcotics|methamphetamine|cigarettes|contraband|timber|"
                r"logs|charcoal|livestock|cattle|goats|camels|land|lands|propert(?:y|ies)|goods|cargo|phones?|money|"
                r"cash|boats?|vessels?|trucks?|cars?|vehicles?|motorcycles?|equipment|excavators?|shipments?|"
                r"buildings?|farms?|houses?|homes?|mall|food|foodstuffs?|supplies|provisions|fuel|medicines?|"
                r"ambulances?|motorbikes?|bicycles?|solar panels?|documents|computers|facilities|belongings|"
                r"valuables|grains?|harvests?|rice|cereals?|"
                # (animals by any name: 'seized five oxen from pastoralists', 'seized 250 heads of small ruminants')
                rf"{_LIVESTOCK}|ruminants|horses?)")
"""Goods and property an armed group or the state takes (not weapons, whose seizure disrupts their use)."""

SEIZED_WEAPONS = (r"(?:weapons|arms|ammunitions?|munitions|explosives|firearms|rifles?|pistols?|guns|grenades?|ieds?|"
                  r"bombs?|mines|landmines|caches?|arsenal|weaponry|rockets?|detonators|shells?|mortars?|magazines)")
"""What a search or a raid finds and takes out of use: a cache, rifles, explosives."""

CROWD_NOUNS = (r"(?:residents|villagers|locals|traders|drivers|workers|students|farmers|youths?|people|motorists|"
               r"commuters|vendors|hawkers|parents|teachers|nurses|doctors|miners|fishermen|members|supporters|women|"
               r"pupils|transporters|operators|employees|protesters|protestors|demonstrators|inhabitants|families|"
               r"relatives|community|villages?|neighbou?rs|lawyers|advocates|truckers|farmworkers|labou?rers|"
               r"worshippers|congregants|veterans|pensioners|retirees|tenants|squatters|activists|mourners|herders|"
               r"pastoralists|passengers|voters|cadres|unemployed|merchants|shopkeepers)")
"""Who blocks a road in protest ('residents blocked the highway', 'truckers blocked a bridge'); not the police or
the army, whose blocking a road is a security measure."""

DEMANDING_CROWDS = (r"(?:residents|villagers|locals|inhabitants|tribesmen|traders|vendors|hawkers|farmers|youths?|"
                    r"workers|employees|students|teachers|nurses|doctors|parents|pensioners|fishermen|miners|drivers|"
                    r"transporters|families|women|communities|community)")
"""Crowds of a place or a trade whose demand, told with its verb alone ('residents demanded the reopening of the
post office'), is a gathering's (see :data:`NON_VIOLENT_ACT_PHRASES`); not 'members', 'supporters', 'activists' or
'people', as often a party's, a lobby's or a speech's."""

DEMAND_CHANNELS = frozenset({"statement", "statements", "letter", "letters", "petition", "petitions", "memorandum",
                             "communique", "communiqué", "press", "conference", "interview", "interviews", "radio",
                             "television", "online", "social", "meeting", "meetings", "talks", "said", "says", "told",
                             "wrote", "write", "writing", "complaint", "lawsuit", "suit", "filed", "motion"})
"""How a demand is told when it was made in words, not by a gathering ('in a statement, residents demanded the
closure of the mine', 'villagers demanded the removal of the chief in a letter to the governor', 'farmers told
reporters they demanded the payment of arrears', 'at a meeting with the governor, traders demanded the reopening of
the market'): with one of these (or a court's word, :data:`COURT_TOLD`) in the sentence, a crowd's bare demand is no
protest."""

FORCE_NOUNS = (r"(?:troops|forces|soldiers|fighters|militia|militiamen|militants|insurgents|rebels|units?|personnel|"
               r"mercenaries|battalions?|brigades?|reinforcements|tanks|convoys?|police officers|policemen|gunmen|"
               r"members|military instructors|military advisers|military advisors|paratroopers|marines|army|"
               r"military|tribesmen|commandos|elements|contractors|paramilitaries)")
"""Armed people whose moving, massing or deploying is a change to a group's activity."""

DEPLOYED_NOT_FOR = (r"(?!(?: [\w'’,-]+){0,8}? (?:to prevent|to protect|to secure|to guard|to maintain|to quell|"
                    r"to contain|to stop|to keep|to restore|to tighten|to boost|to beef up|to enforce|to police|"
                    r"to provide security|to ensure security|"
                    r"ahead of|in efforts? to|in anticipation|as a precaution|for the visit)\b)")
"""What makes a deployment a precaution told as background ('deployed around the stadium to prevent clashes',
'deployed ahead of the president's visit'), not a move of forces reported for itself."""

NOT_A_MOVE_OF_FORCES = (r"(?:talks|negotiations|summit|conference|dialogue|ceremony|ceremonies|parade|celebrations?|"
                        r"bouts?|matches|tournament|championships?|weigh-ins?|exercises?|drills?|floods?|flooded|"
                        r"flooding|relief|rescue|evacuate|evacuation)")
"""What armed men come or are sent to when their coming is no move of forces ('rebels arrived in Nairobi for peace
talks', 'the fighters arrived in Las Vegas ahead of Saturday's bout', 'troops were sent to the flooded district to
help evacuate residents')."""

PERSON_NOUN_RE = (r"(?:man|woman|men|women|boy|girl|boys|girls|child|children|people|persons?|civilians?|journalists?|"
                r"reporters?|cameraman|photographers?|students?|teachers?|voters?|officials?|suspects?|thief|thieves|"
                r"youths?|residents?|villagers?|traders?|drivers?|operators?|workers?|farmers?|herders?|refugees?|"
                r"migrants?|prisoners?|detainees?|inmates?|protesters?|demonstrators?|supporters?|monitors?|agents?|"
                r"officers?|policem[ae]n|soldiers?|nurses?|doctors?|patients?|pastors?|priests?|imams?|worshippers?|"
                r"activists?|candidates?|aspirants?|baby|infant|toddler|elderly|wife|husband|son|daughter|mother|"
                r"father|brother|sister|neighbou?rs?|customers?|vendors?|hawkers?|robbers?|burglars?|criminals?|"
                r"inspectors?|motorists?|pedestrians?|passers-by|passengers?|merchants?|shopkeepers?|"
                r"businessm[ae]n)")
"""Persons that are beaten or kicked ('police beat two journalists', 'youths beat up a suspected thief')."""

GANG_MEMBERS = r"(?:gang members?|members? of (?:the |a |an )?(?:[\w'’-]+ ){0,2}?gangs?\b)"
"""A gang's members as the persons beaten ('youths beat a suspected member of the gang', 'beat two gang members'):
persons, as 'a suspected thief' is (only a gang's: members of an armed movement beaten are read by the act beside)."""

BEATING_COVERBS = (r"(?:robbed|stripped|undressed|filmed|tortured|kicked|slapped|whipped|injured|wounded|stabbed|"
                   r"detained|arrested|threatened|insulted|abused|harassed|humiliated)")
"""Verbs of harm or abuse told with a beating, sharing its object ('beat and robbed two traders', 'beat, and filmed
three men'); other verbs ('beat and outpolled three candidates') tell a contest, not an assault."""

BEATEN_IN_CONTEST = (r"(?! (?:in|at|for) (?:the |a |an |this |last |their |its |his |her )?(?:[\w'’-]+ ){0,2}?"
                     r"(?:primary|primaries|elections?|polls?|race|vote|ballot|run-?off|contest|nomination|final|"
                     r"semi-?final|match|game|tournament|competition|championship|seat|title|cup|league)\b"
                     r"(?! (?:[\w'’-]+ ){0,2}?(?:office|offices|station|stations|headquarters|hall|venue|centre|center|"
                     r"grounds?|premises|secretariat|rally))"
                     r"| (?:by|with) (?:[\d,.]+|a|an|the|some|about|over|nearly|more than) (?:[\w,.-]+ )?"
                     r"(?:votes|points|goals|seats|margin)\b| to (?:win|clinch|take|secure|claim) )")
"""What follows the persons 'beaten' in a contest ('beat three rival candidates in the primary', 'beat two
challengers by 300 votes', 'beat the other aspirants to win the ticket'): a result, no assault. (Not a place
named by the contest: 'beat two candidates in the primary election campaign office' is an assault.)"""

COMMUNITY_HEADS = (r"(?:(?:tribal|village|traditional|local|community|customary|clan|religious) "
                   r"(?:chiefs?|leaders?|elders?|heads?))")
"""A community's chief, elder or head, a person beaten as any other ('soldiers beat a village chief'); named with
its community, not alone ('beat the Chiefs' is a sports result)."""

_NON_STATE_ARMED = rf"{_ARMED_PARTY}|militias?|bandits|terrorists"
_UNNAMED_ARMED = (r"armed (?:men|groups?|individuals|elements)"
                  r"|(?:unidentified|unknown) (?:armed )?(?:men|individuals|groups?)")
EXTORTERS = rf"(?:{_NON_STATE_ARMED}|soldiers|troops|forces|mercenaries|{_UNNAMED_ARMED})"
"""Armed parties whose taking of money or taxes is a looting ('militants extorted zakat taxes', 'soldiers collected
illegal taxes from road users'): not officials, a government or a company, whose taxes and fees are no incident."""

CARRIERS_OFF = rf"(?:{_NON_STATE_ARMED}|{_UNNAMED_ARMED})"
"""Non-state armed parties whose taking of goods is a looting (see the goods-pillaged phrases): :data:`EXTORTERS`
without the state's forces."""

TAXES = r"(?:zakat|taxes|tax|levies|levy|tolls)"
"""What an armed party extorts or collects as a due (see :data:`EXTORTERS`)."""

PROPERTY_LOSS = "demolished"
"""The word that stands for property destroyed or taken without harm to people when the event is typed: as
'demolished' is, looting/property destruction."""

GOODS_FIRST = "goods-first"
"""Stands for property seized or destroyed told as the event's opening act ('customs officers seized a truck of
smuggled cigarettes and arrested its driver', 'police destroyed a cannabis farm; two men were held'): the arrests
that follow are part of it, and the event is the property's loss, as ACLED codes a seizure."""

TAKEN_GROUND = (r"(?:towns?|villages?|city|cities|bases?|camps?|posts?|barracks|garrisons?|outposts?|checkpoints?|"
                r"headquarters|strongholds?|positions?|districts?|hills?|hilltops?|airports?|airstrips?|ports?|localit(?:y|ies)|"
                r"settlements?|border crossings?|crossing points?|military installations?|territory)")
"""Ground that changes hands ('the town', 'an army base', 'two villages'): the subject of a passive taking."""

TAKERS = (r"(?:militants|insurgents|rebels|jihadists|fighters|militiamen|militias?|gunmen|bandits|troops|soldiers|"
          r"army|forces|group|groups|extremists|islamists|terrorists)")
"""Who a place falls to ('fell to the insurgents', 'fell into the hands of rebel fighters')."""

ARMS_HANDED_OVER = re.compile(r"\b(?<!to )(?:handed|hands|handing) over (?:their|its|his|all their) (?:[\w-]+ )?"
                              r"(?:arms|weapons|guns|rifles|firearms)\b")
"""A side's own arms handed over ('the fighters handed over their weapons to the army'): a surrender."""

WEAPONS_HANDED_OVER = re.compile(r"\bhanded over (?:of )?(?:[\w-]+ ){0,2}?(?:arms|weapons|guns|rifles|firearms)\b")
"""Weapons handed over ('handed over their weapons', 'handed over 40 rifles'): no ground handed over (see
events._territory)."""

NON_VIOLENT_ACT_PHRASES = (
    # Crowds in the street, told by how they moved or stood.
    # ('workers poured out on to the streets'; not water: 'flood water poured into the streets')
    (re.compile(r"\b(?<!water )(?<!waters )(?<!rain )(?<!mud )(?<!sewage )"
                r"(?:poured|pour|pours|pouring|spilled|spill|spills|spilling|flooded|thronged|throng|thronging) "
                r"(?:out )?(?:(?:in)?to|on ?to) the streets\b|\bthronged the streets\b"), "street-protest"),
    (re.compile(r"\b(?:formed|form|forms|forming|made) (?:a |an )?(?:[\w,.-]+ ){0,2}?human chains?\b"),
     "street-protest"),
    # Classes boycotted: students' or teachers' protest ('students boycotted classes over a ruling').
    (re.compile(r"\b(?:boycotted|boycotting|boycotts|boycott) (?:their |the )?(?:classes|lectures|lessons|exams|"
                r"examinations)\b"), "street-protest"),
    # (a procession or a caravan held, a mass meeting staged: 'supporters held a caravan through the town', 'the
    # alliance held a mass meeting at the square')
    (re.compile(r"\b(?:took|take|takes|taking|taken|carried|carry|carries|brought) out (?:a |an )?"
                r"(?:(?!funeral\b)[\w-]+ )?(?:procession|rally|march)\b|\b(?:staged|stage|stages|held|holds|hold|led)"
                r" (?:a |an )?(?:(?!funeral\b)[\w-]+ )?(?:procession|caravan)\b"
                r"|\b(?:staged|stage|stages|held|holds|hold|organi[sz]ed|organi[sz]es) (?:a |an )?mass "
                r"(?:meeting|rally|gathering)\b"
                # (a walk held for a cause: 'staged a peace walk', 'organised a solidarity walk'; not a charity's or a
                # leisure walk, nor a walkout, read as a strike)
                r"|\b(?:staged|stage|stages|held|holds|hold|led|organi[sz]ed|organi[sz]es|took part in|participated in)"
                r" (?:a |an |the )?(?:peace|solidarity|unity|protest|silent|awareness|prayer) walks?\b"),
     "street-protest"),
    # (a motorcade a crowd held or made, or one held for a demand: 'gym owners did a motorcade to demand the
    # re-opening of gyms'; a motorcade alone is no protest: 'the governor's motorcade was hit by an IED')
    (re.compile(r"\b(?:staged|stage|stages|held|holds|hold|led|did|do|does|carried out|carry out|organi[sz]ed|"
                r"organi[sz]es|made|joined|took part in|participated in) (?:a |an )?(?:[\w-]+ ){0,2}?motorcades?\b"
                r"|\bmotorcades? (?:to demand|to protest|in protest|in support of|against|demanding|calling for)\b"),
     "street-protest"),
    # A crowd of a place or a trade that demanded something of those in charge, told with no gathering's word
    # ('residents of the town demanded the reopening of the clinic', 'tribesmen demanded the status of displaced
    # persons'): ACLED codes a demand a crowd made in public as a protest. Only a crowd (not officials, a party, its
    # members or lawmakers: 'the opposition demanded the minister's resignation' is politics), told as the
    # subject of the act itself (not in a relative clause, nor through a verb of saying: 'residents said they
    # demanded'); not a demand told by its channel or in a court (DEMAND_CHANNELS, read in events._triggers)
    (re.compile(rf"\b{DEMANDING_CROWDS} (?:(?!who\b|which\b|that\b|said\b|say\b|says\b|told\b|had\b|have\b|has\b|"
                r"will\b|would\b|to\b)[\w'’(),-]+ ){0,8}?(?P<act>demanded) (?:the|that|an?|their)\b"),
     "street-protest"),
    # (the crowd may be named with an aside in brackets or commas, 'members of the X (ruling) party', 'residents
    # of X, near Y,'; the vehicles they used
    # may come before the road, 'blocked with two buses the highway'; the road may have a name of a few words)
    (re.compile(rf"\b{CROWD_NOUNS} (?:[\w'’(),-]+ ){{0,8}}?(?P<act>blocked|block|blocks|blocking|blockaded|blockade|"
                r"obstructed|shut|closed|locked|padlocked|barricaded) (?:off |down |up )?"
                r"(?:with (?:[\w'’-]+ ){1,3}?)?(?:the |a |an |several |two "
                r"|three |all |main |major |busy |national |federal |state |local |[\w-]+-[\w-]+ )*(?:[\w'’-]+ ){0,3}?"
                r"(?:road|roads|highway|highways|street|streets|junction|roundabout|bridge|entrances?|gates?|railway|"
                r"rail|tracks|traffic|access|routes?|offices?|premises|car park|depot|port|clinics?|hospitals?|"
                # (a public office named by its holder, 'the high commissioner's office', or a town's hall: 'students
                # closed down the high commissioner's office', 'residents closed down the town hall')
                r"construction|compan(?:y|ies)|factor(?:y|ies)|mines?|town halls?|city halls?|municipal halls?)\b"),
     "street-protest"),
    (re.compile(r"\b(?:went|go|goes|going|gone|are|were|is|was|remain|remained|remains) on (?:an? )?"
                r"(?:(?:indefinite|hunger|general|sit-down|work|labou?r|wildcat|nationwide|\d+-day|\w+-hour) )?"
                r"strikes?\b|\b(?:staged|stage|stages|staging|declared|declare|declares) (?:an? )?"
                r"(?:(?:relay|rolling|solidarity) )?"
                r"(?:(?:indefinite|hunger|general|sit-down|work|labou?r|wildcat|nationwide|\d+-day|\w+-hour) )?"
                r"(?:strike|walkout|walk[- ]out|work stoppage|blockade|road blockade|sit ins?)\b"
                # ('began a strike', 'observed a 48-hour work stoppage', 'held pickets outside the ministry'; not
                # 'launched a strike on', a strike from the air)
                r"|\b(?<!to )(?:began|begin|begins|beginning|started|start|starts|starting|observed|observe|observes|"
                # ('engaged in a 72-hour work stoppage', 'joined a relay hunger strike')
                r"observing|held|hold|holds|holding|mounted|mount|mounts|organi[sz]ed|engaged in|joined|joins|joining)"
                r" (?:an? |their |its )?(?:(?:relay|rolling|solidarity) )?"
                r"(?:(?:indefinite|hunger|general|sit-down|work|labou?r|wildcat|nationwide|\d+-day|\w+-hour|"
                r"one-day|two-day|three-day|\d+h|\d+-hours?) )?(?:strike|walkout|work stoppage|pickets?|"
                r"picket lines?|sit ins?)\b"
                r"(?! (?:on|against) (?:[\w-]+ ){0,2}?(?:targets?|positions?|bases?|camps?|hideouts?|sites?)\b)"
                # ('declared two days of dead city', 'observed a ville morte': a shutdown strike as told in Central
                # Africa)
                r"|\b(?<!to )(?:declared|declare|declares|observed|observe|observes|held|holds|hold|staged|stages)"
                r"(?: [\w-]+){0,4}? (?:dead[- ]city|dead[- ]cities|ville morte|villes mortes)\b"), "street-protest"),
    # A crowd gathered at the door of an authority: a protest though its demand is not told ('residents gathered in
    # front of the municipal offices', 'pensioners assembled outside parliament', 'workers converged on the labour
    # ministry'). Not relatives or mourners, who wait or grieve there.
    (re.compile(rf"\b(?!relatives\b|mourners\b|families\b|passengers\b){CROWD_NOUNS} (?:(?!who\b|which\b|that\b)"
                r"[\w'’()-]+ ){0,8}?(?P<act>gathered|gather|gathers|assembled|assemble|assembles|converged|converge|"
                r"converges|congregated|massed) (?:in front of|outside|at the gates? of|on|at) (?:the |a )?"
                r"(?:[\w'’-]+ ){0,4}?(?:offices|ministry|parliament|national assembly|legislature|courthouse|"
                r"city hall|town hall|municipality|municipal offices|council offices|district offices|embassy|"
                r"consulate|presidency|presidential palace|state house|governor's office|secretariat)\b"),
     "street-protest"),
    # A crowd gathered somewhere against something ('hundreds of people gathered at the square against domestic
    # violence', 'residents assembled outside the mine against its expansion'): a protest, though its verb is only
    # a gathering. (A place after the verb first: not 'villagers gathered evidence against the suspect'.)
    (re.compile(rf"\b(?!relatives\b|mourners\b|families\b|passengers\b){CROWD_NOUNS},? (?:(?!who\b|which\b|that\b)"
                r"[\w'’(),-]+ ){0,8}?(?P<act>gathered|assembled|converged|congregated|massed) (?:in|at|on|outside|near|"
                r"along|around|in front of) (?:[\w'’(),.-]+ ){0,8}?against\b"),
     "street-protest"),
    # Property damaged by settlers or armed men ('settlers damaged Palestinian-owned greenhouses', 'soldiers damaged
    # two shops'): 'damaged' alone is as often a storm's or a flood's.
    (re.compile(rf"\b(?:settlers|{FORCE_NOUNS}|assailants|attackers|raiders|vandals|arsonists) (?:(?!who\b|which\b|"
                rf"that\b)[\w'’-]+ ){{0,3}}?(?P<act>damaged|damaging|damage) (?:[\w'’-]+ ){{0,4}}?{PROPERTY_NOUNS}\b"),
     PROPERTY_LOSS),
    # Arrests told without an arrest word.
    (re.compile(r"\b(?:rounded|round|rounds|rounding) up\b"), "arrested"),
    # Property destroyed or taken, no one harmed.
    (re.compile(rf"\b(?:demolish(?:ed|es|ing)?|raze[sd]?|razing|bulldoz(?:ed|es|ing)|vandali[sz](?:ed|es|ing)|"
                rf"destroy(?:ed|s|ing)?|burn(?:ed|t|s|ing)? down|cut down|uproot(?:ed|s|ing)?|dismantl(?:ed|es|ing)) "
                rf"(?:[\w'’-]+ ){{0,4}}?{PROPERTY_NOUNS}\b|\b(?:demolish(?:ed|es|ing)|razed|bulldozed)\b"),
     PROPERTY_LOSS),
    (re.compile(rf"\b(?:seiz(?:ed|es|ing)|confiscat(?:ed|es|ing)|impound(?:ed|s|ing)|commandeer(?:ed|s|ing)) "
                rf"(?:[\w,.'’-]+ ){{0,6}}?{SEIZED_GOODS}\b"), PROPERTY_LOSS),
    # Goods pillaged, rustled or stripped from people, no one harmed ('gunmen pillaged several shops', 'militias
    # rustled cattle', 'stripped marketgoers of money and motorbikes', 'made off with the harvest', 'made away with
    # the goods').
    (re.compile(rf"\b(?:pillaged|pillages|rustled|rustles|(?<!to )loot|loots)\b"
                rf"|\b(?:stripp(?:ed|ing)|strips?) (?:[\w'’-]+ ){{1,4}}?of (?:[\w,'’-]+ ){{0,4}}?{SEIZED_GOODS}\b"
                rf"|\b(?:made|make|makes|making) (?:off|away) with\b"), GOODS_PILLAGED),
    # Goods carried off by a non-state armed party, told with a plain verb of taking ('an armed group stripped the
    # belongings from a group of miners', 'gunmen took away food and money', 'an armed group took farmers' grains from
    # the field'): a looting. 'took' or 'collected' needs the goods taken 'from' someone or somewhere; the state's
    # forces are left out (a seizure of their own, told by other phrases), and so is 'to take away', an aim.
    (re.compile(rf"\b{CARRIERS_OFF},? (?:(?!who\b|which\b|that\b|to\b)[\w'’(),-]+ ){{0,8}}?"
                r"(?:(?:took|takes|take|carted|carried) (?:away|off) (?:[\w,'’-]+ ){0,4}?"
                rf"{SEIZED_GOODS}\b"
                r"|(?:took|takes|collected|collects|stripped|strips|removed|removes) (?:[\w,'’-]+ ){0,4}?"
                rf"{SEIZED_GOODS} (?:[\w'’-]+ ){{0,3}}?from\b)"), GOODS_PILLAGED),
    # Money, livestock or taxes extorted by an armed party ('militants extorted zakat taxes from residents', 'soldiers
    # set up checkpoints and collected illegal taxes from road users', 'extorted 14 heads of small ruminants as tax'):
    # the goods' loss, a looting. The armed party named first: an official 'accused of extorting money' or a state
    # that 'collected taxes' is no such act.
    (re.compile(rf"\b{EXTORTERS} (?:(?!who\b|which\b|that\b)[\w'’(),-]+ ){{0,8}}?"
                r"(?P<act>(?:extorted|extorts|extort)(?: \(or [\w-]+\))? (?:[\w,.'’()-]+ ){0,6}?"
                rf"(?:{SEIZED_GOODS}|{TAXES}|cfa|fcfa)\b"
                r"|(?:collected|levied|exacted)(?: \(or [\w-]+\))? (?:[\w,.'’()-]+ ){0,4}?"
                rf"{TAXES}\b)"), GOODS_PILLAGED),
    # Weapons found, seized or made safe.
    (re.compile(rf"\b(?:seiz(?:ed|es|ing)|confiscat(?:ed|es|ing)|recover(?:ed|s|ing)|found|finds|(?<!to )find|"
                rf"discover(?:ed|s|ing)|"
                rf"uncover(?:ed|s|ing)|unearth(?:ed|s|ing)|dismantl(?:ed|es|ing|e)|defus(?:ed|es|ing|e)|"
                rf"impound(?:ed|s|ing)|intercept(?:ed|s|ing)) (?:[\w,.'’-]+ ){{0,6}}{SEIZED_WEAPONS}\b"
                r"|\b(?:arms|weapons) caches?\b"
                # (told in the passive or by a noun reported: '5,400 rifles were seized in the town', 'the army
                # announced the seizure of over 800 firearms'; not 'called for the seizure of illegal firearms')
                rf"|\b{SEIZED_WEAPONS} (?:[\w'’-]+ ){{0,2}}?(?:were|was|have been|had been|has been) (?P<act>seized|"
                r"confiscated|recovered|found|discovered|intercepted|impounded|uncovered|unearthed)\b"
                rf"|\b(?:announced|reported|confirmed|made) (?:the |a )?seizures? of (?:[\w,.'’-]+ ){{0,4}}?"
                rf"{SEIZED_WEAPONS}\b"
                # (armed men disarmed by another side: 'JNIM militants disarmed ISGS militants', 'disarmed the
                # combatants at their checkpoint')
                r"|\bdisarm(?:ed|s|ing) (?:[\w'’()-]+ ){0,4}?(?:militants|combatants|fighters|rebels|militiamen|"
                r"insurgents|jihadists|gunmen)\b"),
     "weapons-cache"),
    # Hostages taken or held (not 'had been held hostage', a past told as background).
    (re.compile(r"\b(?:took|take|takes|taking|(?<!been )(?<!being )taken|(?<!been )held|hold|holds|holding|kept|"
                r"keep|keeps|keeping) (?:[\w-]+ ){0,5}?(?:hostages?|captives?|captive)\b|"
                r"\b(?:hostages|captives) (?:were|are|was|is) (?:taken|seized|grabbed|held) by\b|"
                r"\bforcibly disappear(?:ed|s|ing)?\b"), "hostage"),
    # Agreements signed or agreed, surrenders.
    (re.compile(r"\b(?<!to )sign(?:s|ed|ing)? (?:[\w-]+ ){0,4}?(?:agreements?|accords?|memorand(?:um|a)|mou|treaty|"
                r"treaties|pacts?|deals?|ceasefire|truce|peace)\b|\b(?<!to )(?:agreed|agree|agrees) (?:on|to|upon) "
                r"(?:a |an |the )?(?:[\w-]+ ){0,3}?(?:ceasefire|truce|deal|compensation|settlement|reconciliation|"
                r"swap|exchange|peace)\b"), "signed"),
    (re.compile(r"\b(?<!to )(?<!the )(?<!their )(?<!his )(?<!its )(?<!a )(?<!no )"
                r"\b(?:surrender|surrenders|surrendering)\b(?! of)|"
                r"\b(?:handed|hand|hands|turned|turn|turns|gave|give|gives) (?:themselves|himself|herself) "
                r"(?:over|in|up)\b|"
                # (a side's own arms given up: 'fifty rebels laid down their arms', 'the fighters handed over their
                # weapons to the army': a surrender told by its idiom, as ACLED codes it; not an aim or a call,
                # 'urged them to lay down their arms', 'refused to hand over their weapons'. Weapons handed in with
                # no owner told, 'residents handed in illegal firearms', stay the weapons taken out of use below)
                r"\b(?<!to )(?:laid|lay|lays|laying) down (?:their |its |his |all )?(?:arms|weapons|guns)\b|"
                rf"{ARMS_HANDED_OVER.pattern}"),
     "surrendered"),
    # Forces moved, massed or dug in: a change to a group's activity. Not forces told in a relative clause ('troops
    # who were deployed ahead of the visit') nor a precaution ('deployed in the streets to prevent protests'): the
    # background of another incident, not one of its own.
    (re.compile(rf"\b(?<!to )(?:deploy(?:ed|s|ing)?|redeploy(?:ed|s|ing)?|dispatch(?:ed|es|ing)?) (?:[\w-]+ ){{0,3}}?"
                rf"{FORCE_NOUNS}\b"
                # (the forces may be named with an aside, 'several hundred contractors (Wagner mercenaries) arrived
                # in Bangui', 'officers and soldiers (up to 70 according to other sources) arrived to the airport')
                rf"{DEPLOYED_NOT_FOR}|\b{FORCE_NOUNS} (?:(?!who\b|which\b|that\b)[\w'’(),-]+ ){{0,8}}?"
                r"(?:were |was |have been |had been |has been |are |is )?(?P<act>deployed|redeployed|stationed|"
                r"regrouped|regrouping|massed|massing|amassed|amassing|assembled|assembling|mobili[sz]ed|sighted|"
                r"spotted|arrived in|arrived to|landed in|landed at|moved into|crossed into|crossing into|"
                # ('forces arrived by helicopter in the village')
                r"arrived by (?:helicopters?|planes?|aircraft|air|road|boats?|speedboats?) (?:in|to|at)|"
                # ('a unit arrived some 10 kilometres northeast of the terminal')
                r"arrived (?:some |about |around )?[\d,.]+[ -]?(?:km|kilometres|kilometers|miles))"
                rf"\b{DEPLOYED_NOT_FOR}(?![^.;]*?\b{NOT_A_MOVE_OF_FORCES}\b)|"
                r"\b(?:seen|spotted|sighted|observed|witnessed) (?:[\w-]+ ){0,2}?(?:moving|gathering|assembling|"
                r"regrouping|crossing|massing|heading|advancing)\b"
                # (armed men seen on the move, with where they were seen first: 'militants were spotted in the
                # village of X (district) on motorcycles and heading towards Y')
                rf"|\b(?:{FORCE_NOUNS}|men|individuals|elements) (?:[\w'’-]+ ){{0,2}}?(?:were|was) (?:spotted|sighted) "
                r"(?:in|near|at|around|on) (?:(?!who\b|which\b|that\b)"
                r"[\w'’(),-]+ ){0,12}?(?:moving|heading|advancing|travell?ing) (?:towards?|to|in the direction of|"
                r"north|south|east|west)\b"
                # (forces on the move, called back or strengthened: 'troops were moving south towards the town',
                # 'the mercenaries were called back to the capital', 'the army reinforced its troops in the area';
                # after 'to', an aim: 'plans to reinforce')
                rf"|\b{FORCE_NOUNS} (?:(?!who\b|which\b|that\b|to\b)[\w'’-]+ ){{0,3}}?(?:were |are |was |is )?"
                r"(?:moving|advancing|heading) (?:north|south|east|west|northward|southward|eastward|westward|"
                r"towards?|in the direction of)\b"
                rf"|\b{FORCE_NOUNS} (?:(?!who\b|which\b|that\b|to\b)[\w'’-]+ ){{0,3}}?(?:were |was |have been |had "
                r"been |has been )(?:called back|recalled|pulled back) (?:to|from)\b"
                r"|\b(?<!to )(?:reinforced|reinforces|reinforcing|beefed up|bolstered|strengthened) "
                r"(?:its |their |the )?(?:(?:military|armed|security) presence|(?:[\w-]+ )?(?:troops|forces|positions|"
                r"garrisons?|deployment))\b"
                r"(?! (?:of|for) (?:the )?(?:law|rule|democracy|peace|economy|ties|relations|cooperation|dialogue))"),
     "deployed"),
    # Forces withdrawn from a place ('the soldiers withdrew from the town', 'troops pulled out of two bases'):
    # a change to a group's activity. (Not from talks, a race or a deal.)
    (re.compile(rf"\b{FORCE_NOUNS} (?:(?!who\b|which\b|that\b|to\b)[\w'’()-]+ ){{0,6}}?(?P<act>withdrew|withdraws|"
                r"withdraw|pulled out|pull out|pulls out|retreated|retreats) (?:(?:their|its) (?:[\w-]+ )?"
                r"(?:garrisons?|troops|forces|soldiers|units|men|contingents?) )?(?:from|of) "
                r"(?!(?:the |a |an |their |its )?"
                r"(?:talks|negotiations|race|agreement|deal|election|elections|competition|tournament|league|"
                r"coalition|government|process|dialogue|accord|treaty|case|contest|match|bid)\b)"), "deployed"),
    (re.compile(r"\b(?:establish(?:ed|es|ing)?|buil[dt](?:s|ing)?|dug|dig|digs|digging|erect(?:ed|s|ing)?) "
                r"(?:[\w-]+ ){0,3}?(?:fortifications|trenches|defensive positions|defences|defenses)\b"), "deployed"),
    # Territory changing hands without a word of fighting.
    # ('gained', 'wrested', 'seized' control: only of ground, or by an armed taker, not 'gained control of the
    # company')
    # (a degree between may be any of CONTROL_DEGREES: 'took complete control of', 'seized total control of')
    (re.compile(r"\b(?:took|take|takes|taking|taken) (?:full |over |effective |complete |total |firm )*control "
                r"(?:of|over)\b|"
                rf"\b{TAKERS} (?:[\w'’-]+ ){{0,3}}?(?:gained|gains|gain|regain|regains|wrested|wrests|seized|seizes) "
                r"(?:full |effective |complete |firm "
                r"|total )*control (?:of|over)\b|\b(?:gained|gains|wrested|wrests|seized|seizes) (?:full |effective "
                rf"|complete |firm |total )*control (?:of|over) (?:the |a |an |two |three |several )?"
                rf"(?:[\w'’-]+ ){{0,3}}?"
                rf"{TAKEN_GROUND}\b(?!['’])|"
                r"\b(?:took|take|takes|taking|taken) over (?:the |a |an )?(?:[\w-]+ )?(?:town|village|villages|area|"
                r"district|city|base|camp|post|station|territory|region)\b"),
     "captured"),
    # Grievances carried to an authority's door ('health workers took their frustrations to the ministry', 'traders
    # took their grievances to the county offices'): a protest told by an idiom.
    (re.compile(r"\b(?<!to )(?:took|take|takes|taking|carried|carry|carries) their (?:[\w-]+ )?(?:frustrations?|"
                r"grievances?|anger|complaints?|protests?|demands?) to (?:the )?(?:[\w'’-]+ ){0,6}?(?:offices?|"
                r"headquarters|ministry|parliament|gates?|doorsteps?|premises|streets?)\b"), "street-protest"),
    # Placards or banners waved by a crowd ('the community waved placards outside the court', 'supporters held up
    # banners outside parliament'): a protest though no gathering verb is told.
    # (the crowd may be named with an aside: 'the community of ward 15, Pietermaritzburg waved placards')
    (re.compile(rf"\b{CROWD_NOUNS} (?:(?!who\b|which\b|that\b)[\w'’,-]+ ){{0,6}}?(?:waved|waving|held up|holding up|"
                r"brandished|brandishing) (?:[\w-]+ ){0,2}?(?:placards|banners|posters)\b"
                # (or raised, carried or held: 'vendors planted themselves outside the mall, holding signs stating
                # their demands', 'the crowd also raised banners'; signs only with what they said, not 'signs of
                # fatigue' or 'signs showing the prices'; not mourners, relatives or worshippers, who carry banners
                # at a funeral or a service)
                r"|\b(?!mourners\b|relatives\b|families\b|worshippers\b|congregants\b)"
                rf"(?:{CROWD_NOUNS}|crowds?|participants) (?:(?!who\b|which\b|that\b)[\w'’,-]+ ){{0,8}}?"
                r"(?:raised|raising|carried|carrying|holding|displayed|displaying) (?:[\w-]+ ){0,2}?"
                r"(?:placards?|banners\b(?! exhibitions?)|signs (?:reading|saying|stating|demanding|calling|"
                r"denouncing|condemning|against|with slogans))\b"), "street-protest"),
    # Songs and chants of a cause, or a crowd singing and chanting at an authority's door ('sang and chanted struggle
    # songs', 'activists chanted "the islands are ours"', 'members of the group sing and chant outside the high
    # court'). Not mourners, relatives or worshippers, who sing at a funeral or a service.
    (re.compile(r"\b(?:chanted|chanting|chant|chants|sang|sing|sings|singing)(?: and (?:chanted|chanting|chant|sang|"
                r"sing|singing))? (?:[\w-]+ )?(?:struggle|protest|liberation|revolutionary|anti-[\w-]+) songs\b"
                r"|\b(?:chanted|chanting) [\"“‘']"
                rf"|\b(?!mourners\b|relatives\b|families\b|worshippers\b|congregants\b){CROWD_NOUNS} "
                r"(?:(?!who\b|which\b|that\b)[\w'’-]+ ){0,4}?(?:sang|sing|chanted|chant)(?: and (?:sang|sing|"
                r"chanted|chant))? (?:outside|in front of) (?:the )?(?:[\w'’-]+ ){0,3}?(?:courts?|courthouse|"
                r"parliament|offices|ministry|embassy|consulate|municipality|city hall|town hall|presidency|"
                r"state house)\b"),
     "street-protest"),
    # Pots banged against a leader: a cacerolazo told in words.
    (re.compile(r"\b(?:bang|bangs|banged|banging) (?:[\w-]+ )?(?:pots|pans|saucepans)\b"), "street-protest"),
    # A mob's violence with verbs the violence rules do not know.
    (re.compile(r"\bmobs? (?:of [\w-]+ )?(?:[\w-]+ ){0,3}?(?P<act>chopped|chop|chops|stone|stones|chased|"
                r"chase|chases|disrupted|disrupt|disrupts|hacked|descended on|pounced on|set upon|set fire to|beat|"
                r"beats|attacked|attack|attacks|swarmed|swarms|mobbed)\b"), "mob"),
    # A crowd breaking up a meeting, forcing its way in: a riot though no one is hurt.
    # (Not 'the youth who had disrupted the vote', told as the reason for another act.)
    # (Nor a crowd's word that names an armed party's: 'community militias invaded the lower town', CIVIL_ARMED_HEADS.)
    (re.compile(rf"\b(?:{CROWD_NOUNS}|crowds?|mobs?) (?:(?!who\b|which\b|that\b|had\b|{_CIVIL_ARMED_HEAD}\b)"
                rf"[\w'’-]+ ){{0,4}}?"
                r"(?P<act>disrupted|disrupt|disrupts|"
                r"invaded|forced their way into|broke into (?:the |a |an )|stormed into)\b"), "rioters"),
    # A meeting or a vote that turned violent, no crowd named ('the party primaries turned violent after an agent tore
    # up ballot papers', 'the assembly's session turned violent'): a riot of those present.
    (re.compile(r"\b(?:meeting|meetings|session|primaries|primary|elections?|polls|vote|voting|count|counting|"
                r"rally|congress|convention|ceremony|hearing) (?:[\w'’(),/-]+ ){0,6}?(?P<act>turned|became|"
                r"degenerated) (?:\w+ )?(?:violent|chaotic|rowdy|into (?:violence|chaos|a brawl|fisticuffs|"
                r"a melee))\b"),
     "rioters"),
    # People beaten, kicked or whipped: an assault on persons ('beat' alone is as often a sports result). Another
    # verb may share the object ('beat and robbed two traders', 'beat, and filmed three men', 'beat and used tear gas
    # on a civilian'), and a community's chief or elder is beaten as a person is ('severely beat a village chief').
    (re.compile(rf"\b(?:beat|beats|beating|kicked|kicking|slapped|slapping|whipped|whipping|caned|caning|assaulted|"
                rf"assaulting)(?:(?:,? and|, {BEATING_COVERBS},? and) {BEATING_COVERBS}"
                rf"|,? and (?:used|fired|sprayed|threw) (?:[\w'’-]+ ){{0,3}}?(?:on|at|against))?"
                rf",? (?:up )?(?:[\w'’-]+ ){{0,3}}?"
                rf"(?:{PERSON_NOUN_RE}|{COMMUNITY_HEADS}|{GANG_MEMBERS})\b{BEATEN_IN_CONTEST}"), "beaten"),
    # Wounds or injuries inflicted on people ('inflicted machete wounds on two farmers', 'inflicted serious injuries
    # on a trader'): the wounding told by its noun (not 'inflicted heavy losses on the enemy', a war's balance).
    (re.compile(r"\b(?:inflicted|inflicts|inflicting) (?:[\w'’-]+ ){0,3}?(?:wounds|wound|injuries|injury|cuts|burns) "
                r"(?:on|to|upon)\b"), "wounded"),
    # People stripped or undressed by force ('cadres stripped a woman wearing a rival party's colours'); not 'stripped
    # two officers of their rank'.
    (re.compile(rf"\b(?:stripped|undressed) (?:naked )?(?:a |an |the |two |three |several )?(?:[\w'’-]+ ){{0,2}}?"
                rf"{PERSON_NOUN_RE}\b(?! of\b)(?!['’])"), "beaten"),
    # Throats slit or cut: a killing or an attempt told by the wound ('gunmen slit the throat of a herder', 'cut the
    # throats of two hostages').
    (re.compile(r"\b(?:slit|slits|slitting|cut|cuts|cutting|slashed|slashing) (?:the |his |her |their )?throats? of\b"
                r"|\b(?:slit|slits|slitting|slashed|slashing) (?:the |his |her |their )?throats?\b"), "stabbed"),
    # People made to disappear by an armed party, told with the verb in the active ('soldiers disappeared two
    # merchants'): a forced disappearance (intransitive 'two men disappeared' names no one after it).
    (re.compile(rf"\b(?:forcibly |reportedly |allegedly )?disappeared (?:at least |some )?(?:a |an |the |two |three |"
                rf"four |five |six |several |\d+ )(?:[\w'’-]+ ){{0,2}}?{PERSON_NOUN_RE}\b"), "abducted"),
    # People hit: 'hit' alone is as often a market or a storm's ('prices hit a record', 'the town was hit by
    # floods'), so only a blow told by where it landed or with what ('was hit in the head by an officer', 'were hit
    # with batons'), or a crowd hitting a person ('residents hit a suspected thief').
    (re.compile(r"\b(?:was|were|had been|has been|have been|got|being) (?:allegedly |reportedly |repeatedly |badly |"
                r"severely |seriously )?hit (?:in the (?:head|face|chest|back|neck|eyes?|stomach|abdomen|legs?|arms?)\b"
                r"|with (?:a |an |the )?(?:[\w-]+ )?(?:batons?|sticks?|clubs?|rods?|iron bars?|machetes?|stones?|"
                r"rocks?|bricks?|bottles?|hammers?|pipes?|rifle butts?|whips?|truncheons?)\b)"
                rf"|\b{CROWD_NOUNS} (?:(?!who\b|which\b|that\b)[\w'’-]+ ){{0,4}}?hit "
                rf"(?:a |an |the |two |three |several )?(?:[\w'’-]+ ){{0,2}}?{PERSON_NOUN_RE}\b"), "beaten"),
    (re.compile(r"\b(?:was|were|had been|has been|have been|got|being) (?:allegedly |reportedly |fatally |"
                r"seriously )?hit by (?:a |two |three |several |stray )?(?:stray )?(?:bullets?|live rounds?|"
                r"rubber bullets?|pellets|gunfire)\b"), "shot"),
    # Recruits taken in and restrictions imposed: changes to a group's or an authority's activity.
    (re.compile(r"\b(?<!to )(?:recruited|recruiting|conscripted|conscripting|forcibly enlisted) (?:[\w-]+ ){0,3}?"
                r"(?:youths?|youngsters|children|minors|boys|fighters|members|men|recruits|villagers|residents|students|"
                r"teenagers)\b"), "recruited"),
    # An armed group formed ('the movement established a militia called X', 'a new rebel group ... has been formed
    # in the area'); not 'to form', an aim.
    (re.compile(r"\b(?<!to )(?:established|formed|created|founded|launched|set up) (?:a |an |the |their |its )?"
                r"(?:new )?(?:[\w-]+ ){0,2}?(?:militia|militias|armed group|armed wing|rebel group|rebel movement|"
                r"armed movement|self-defen[cs]e (?:group|force|militia))\b"
                r"|\b(?:militia|armed group|rebel group|rebel movement|armed movement|self-defen[cs]e group) "
                r"(?:[\w'’(),/-]+ ){0,16}?(?:has|have|had) been (?P<act>formed|created|established|founded)\b"),
     "formed"),
    # (a measure renewed or prolonged as one imposed, its span told before it: 'renews curfews in three towns',
    # 'extended by a month a state of emergency'; fix45)
    (re.compile(r"\b(?:imposed|instituted|introduced|enforced|declared|ordered|extended|renewed|renews|reimposed|"
                r"re-imposed|prolonged) (?!(?:[\w-]+ ){0,2}?(?:calls?|demands?|appeals?|pleas?|requests?|bids?) )"
                # (not 'renewed calls for a ban': a plea, no measure)
                r"(?:by (?:a|one|two|three|six|\d+) (?:days?|weeks?|months?|years?) )?"
                r"(?:a |an |the )?(?:[\w-]+ ){0,3}?"
                r"(?:ban|bans|restrictions|state of emergency|closure|quarantine|travel ban|curfews)\b"),
     "imposed"),
    # Arms delivered or supplied to a side ('Russia delivered a second batch of arms and ammunition to the army', 'the
    # group supplied the rebels with surface-to-air missiles', 'facilitated an arms convoy of 100 vehicles to the
    # militia'): a change to the receiving side's means, with a day of its own (see NEEDS_OWN_DAY). Not an aim ('to
    # deliver'), a charge ('accused of supplying': no finite verb), a relative clause ('states that supplied weapons'),
    # a speech on arms control or an embargo, nor arms told by who supplied them ('weapons supplied by Iran').
    (re.compile(r"\b(?<!to )(?<!of )(?<!that )(?<!which )(?<!who )(?:delivered|delivers|supplied|supplies|shipped|"
                r"ships|transferred|transfers) (?!by\b)(?:[\w'’()-]+ ){0,4}?"
                r"(?:(?:first |second |third |new |another |a |the )?(?:batch|batches|shipments?|consignments?|cargo|"
                r"lots?) of )?(?:[\w-]+ )?(?:arms|weapons|munitions?|ammunition|missiles|rifles|firearms|artillery)\b"
                r"(?! (?:control|embargo|embargoes|race|trade|sales?|deals?|treat(?:y|ies)|talks|dealers?|smuggl\w*)\b)"
                r"|\b(?<!to )(?:facilitated|facilitates|escorted|escorts|sent|sends|dispatched|dispatches) "
                r"(?:an? |the |two |three |several )?(?:arms|weapons) (?:convoys?|shipments?|consignments?|"
                r"deliver(?:y|ies))\b"),
     ARMS_SUPPLIED),
    # Public gatherings banned by an authority ('the government banned all public gatherings', 'the governor
    # prohibited political rallies in the province'): a change to its activity, as a ban on protests is (fix45), with
    # a day of its own (see
    # NEEDS_OWN_DAY); not a ban told in a relative clause, a law's history ('the law which prohibited rallies'), nor a
    # party barred from holding its own ('the court banned the party from holding rallies').
    (re.compile(r"\b(?<!that )(?<!which )(?<!to )(?:banned|bans|prohibited|prohibits|outlawed|outlaws) "
                r"(?:all |any )?(?:(?!from\b)[\w-]+,? ){0,5}?(?:gatherings|demonstrations|protests|rallies|"
                r"public meetings)\b"),
     GATHERINGS_BANNED),
)
"""Phrases that tell a non-violent act, or a destructive one that harms no one, with words the violence rules do
not know: a crowd in the streets or on a road ('residents blocked the highway', 'thronged the streets', 'formed a
human chain', 'went on an indefinite strike'), arrests ('rounded up'), property ('bulldozed homes', 'seized two
tons of cannabis'), weapons ('recovered rifles and ammunition'), hostages ('took 12 passengers hostage'),
agreements ('signed a memorandum of understanding', 'agreed on compensation', 'surrender'), forces on the move
('troops were deployed', 'fighters seen massing'), territory ('took control of the village'), pots banged,
crowds and mobs with verbs of their own ('youths disrupted the meeting', 'a mob chased'), people beaten or
kicked, recruits taken in and bans imposed. Each comes with
the word that stands for it when the event is typed; unlike :data:`ACT_PHRASES`, that word types an event only where
the phrase opens it (so that 'many homes were razed', told after a killing, does not make the killing property
destruction)."""

DISPLACED_NOUNS = (r"(?:families|households|villagers|residents|inhabitants|refugees|migrants|returnees|idps|"
                   r"displaced (?:people|persons|families)|people|persons|civilians|nationals|farmers|herders|"
                   r"pastoralists)")
"""Who flees, is evacuated, evicted or comes back: counted groups of people."""

DISPLACED = "people-displaced"
"""The word that stands for people fleeing, evacuated, evicted or returning when the event is typed: ACLED's
strategic development 'Other'."""

FLED_FROM = re.compile(
    r"\b(?:following|after|due to|because of|as a result of|caused by|fleeing|fled|flee|fearing|escaping|amid|from)"
    r" (?:(?:the|an?|renewed|recent|heavy|intense|intensified|ongoing|repeated|continued|armed|fresh|deadly|violent|"
    r"intensification|escalation|resumption|threat|fear|wave|series|of|[\w'’-]+(?= (?:clash|fight|attack|violence|"
    r"hostilit))) ){0,5}?(?:clash|clashes|fighting|fights|battles?|attacks?|violence|hostilities|offensives?)\b"
    r"|\bas (?:the )?(?:fighting|clashes|violence|hostilities) (?:[\w'’/-]+ ){0,8}?(?:intensified|escalated|"
    r"spread|drew nearer|was getting nearer|approached)\b")
"""A fight told as what people fled ('200 farmers were displaced due to clashes between two armed groups', '6,000
households arrived in Sake after fleeing the intensification of clashes', 'the inhabitants left the town because of
the attacks of armed groups', 'residents fled as fighting intensified'): the displacement is the event, the fight
its cause (coded apart), not a battle of this report."""

ANTICIPATED_VIOLENCE = re.compile(
    r"\b(?:in preparations? (?:to|for)|in order to|in expectation of|in anticipation of|for fear of|out of fear of"
    r"|ahead of (?:an? |the )?(?:expected|possible|imminent|planned|feared)"
    r"|(?:to|aimed at|aiming to|in an effort to|in a bid to|so as to) (?:prevent|curb|deter|forestall|thwart|ward off)"
    r"|under (?:the )?threats? of|on pain of|threats? of) (?:[\w'-]+ ){0,4}?"
    r"(?:attacks?|attacking|raids?|raiding|clash(?:es)?|kidnappings?|abductions?|ambush(?:es)?|assaults?|battles?"
    r"|fighting|violence|reprisals?|incursions?)\b")
"""Violence told as what a move, a measure or a demand prepares for, guards against or threatens ('deployed troops in
preparation to attack the base', 'set up roadblocks to prevent gang attacks', 'banned motorbikes in an effort to curb
kidnappings', 'demanded the closure of schools under threat of an attack'): an act not (yet) done, so its words do not
type the event; the move or the measure is the strategic development."""

ANTICIPATED_ACTS = {"attack", "attacks", "attacking", "raid", "raids", "raiding", "ambush", "ambushes", "assault",
                    "assaults", "violence", "reprisal", "reprisals", "incursion", "incursions", "kidnappings",
                    "abductions"}
"""Nouns and forms of a violent act (beside the trigger words) that :data:`ANTICIPATED_VIOLENCE` can hold: told only
as anticipated, they do not type the event."""

FORCE_SUBJECTS = {"security", "forces", "gendarmes", "soldiers", "troops", "authorities"}
"""Words that, beside :data:`POLICE_WORDS`, name a force as a sentence's subject or agent ('Police reacted with
violence', 'were prevented by security forces'): a force meeting a gathering."""

SHOTS_HEARD = "shots-heard"
"""The word that stands for gunfire heard with no one said to be hit or to have fired, when the event is typed:
ACLED's strategic development 'Other'."""

ELECTION_RESULT = "election-result"
"""The word that stands for an election's result declared when the event is typed: ACLED's strategic development
'Other'."""

RELEASED = "released-captives"
"""The word that stands for prisoners or captives set free when the event is typed: ACLED's 'Other'."""


CAPTIVE_NOUNS = (r"(?:prisoners|detainees|inmates|captives|hostages|soldiers|policemen|police officers|civilians|"
                 r"fighters|militants|members|people|men|women|children|students|crew|fishermen|passengers)")
"""Who is set free ('released 52 prisoners', 'hostages were freed')."""

FIGHTING_TOLD = "fighting"
"""The word that stands for fighting told only by a noun and its result ('violence erupted', 'tensions turned
deadly', 'the feud claimed two lives'): two sides fighting, typed as a clash (a riot or mob violence where the rules
of :func:`sitrep.extract.events.classify` find unarmed crowds on both sides)."""

ROAD_HELD = "road-held"
"""The word that stands for a road held without a crowd named (barricades or checkpoints put up by armed men or by
no one named, a road told blocked) when the event is typed: ACLED's strategic development 'Other'."""

ROAD_HOLDERS = (r"(?:gangs?|gang members|gangsters|bandits|militants|gunmen|armed (?:men|individuals|elements|groups?)|"
                r"(?:unidentified|unknown) (?:individuals|persons|people|men)|criminals|jihadists|insurgents|rebels|"
                r"militiamen|fighters|self-defen[cs]e (?:groups?|brigades?|units?|members|militias?|forces)|"
                r"vigilantes|vigilante (?:groups?|members))")
"""Who puts up barricades or checkpoints as an armed party or unnamed ('gang members', 'unidentified individuals',
'members of a self-defence group', 'vigilantes': a community's armed guard, no crowd): not a crowd, whose blocking a
road is a protest, nor a state force, whose checkpoints are a security measure."""

ROAD_NATURAL = (r"floods?|flooding|floodwaters|landslides?|mudslides?|snow|snowfall|rains?|storms?|accidents?|crash|"
                r"traffic|works|repairs|construction|protesters|demonstrators|residents|motorcade|convoy")
"""What else holds a road ('the road was blocked by a landslide', '... for the presidential motorcade', '...
after protesters gathered'): a road told blocked with one of these is no development of its own."""

SIEGING_POLICE = r"(?:police|policemen|police officers|police forces|riot police|gendarmes|gendarmerie)"
"""The police, who with :data:`SEEN_ARMED` may shut a building in ('police officers blocked the entrance of a hotel',
'police forces besieged the offices of an NGO'): people kept from a place, ACLED's 'Other'."""

SHUT_IN_PLACES = (r"(?:entrances?|entrance gates?|gates|headquarters|offices?|premises|compounds?|buildings?|hotels?|"
                  r"houses?|homes?|residences?|churches?|cathedrals?|mosques?|temples?|schools?|campus|universit(?:y|ies)|"
                  r"hospitals?|radio stations?|embassy|square|ngo)")
"""The buildings, their ways in and squares that a force may shut in (see :data:`SIEGING_POLICE`); not a road, an
area or a scene (a road's blocking is told by other phrases, an area cordoned off follows an attack)."""

ARMED_RESTRICTION = "armed-restriction"
"""The word that stands for a public place shut by an armed party, or people kept from one, with no harm told
('militants closed down polling stations in the village', 'the militants prevented residents access to a well') when
the event is typed: ACLED's strategic development 'Other'."""

SHUT_OVER_THREATS = "shut-over-threats"
"""The word that stands for a school, a court, a market or another public place closed, or classes suspended, for
threats or insecurity ('the primary school of X was closed because of security threats', 'teachers suspended classes
over the deteriorating security situation', 'the court has been closed down after its officers received threats')
when the event is typed: ACLED's strategic development 'Other', with a day of its own (:data:`NEEDS_OWN_DAY`)."""

_SHUT_PLACES = (r"(?:schools?|classes|lessons|courts?|courthouses?|tribunals?|markets?|clinics?|health cent(?:er|re)s?|"
                r"hospitals?|town halls?|universit(?:y|ies)|campus|border posts?|border crossings?)")
_SHUT_CAUSE = (r"(?:[\w'’(),-]+ ){0,12}?(?:because of|due to|over|after|following|amid|for fear of|as a result of|"
               r"in response to|citing) (?:the |a |an )?(?:[\w'’-]+ ){0,4}?(?:security|insecurity|threats?|"
               r"beatings|kidnappings?|abductions?)\b")
"""The places a closure for threats names, and the threat it is closed for (see :data:`SHUT_OVER_THREATS`)."""

ORDERING_ARMED = (rf"(?:{_ARMED_PARTY}|bandits|terrorists|gangs?|"
                  r"armed (?:men|groups?|individuals|elements)|"
                  r"(?:armed|gang|militia|rebel|jihadist|suspected [\w'’-]+) members)")
"""Non-state armed parties whose orders to the people of a place are a development of their own ('militants ordered
villagers to leave', 'gunmen demanded that residents pay a tax'). A state force's orders ('the army ordered residents
to evacuate') are measures told by other phrases, and an official's orders are no armed act."""

ORDERED_PEOPLE = (r"(?:residents|villagers|inhabitants|population|people|locals|marketgoers|traders|merchants|"
                  r"shopkeepers|farmers|herders|fishermen|fishers|women|men|families|households|communities|community|"
                  r"worshippers|teachers|pupils|students|youths?|young men|chiefs|elders)")
"""The people of a place to whom an armed party gives orders (see :data:`ORDERING_ARMED`)."""

_OPERATION_VERBS = (r"(?:carried out|carries out|carrying out|conducted|conducts|conducting|launched|launches|mounted|"
                    r"mounts|led)")
_FORCE_OPERATION = (r"(?:military|security|search|sweep|sweeping|combing|clearance|clearing|cordon-and-search|mop-up|"
                    r"air/ground|air-ground|air ground|counter-?terrorism|counter-?insurgency)")
_OPERATION_KINDS = rf"(?:{_FORCE_OPERATION}|ground|air|large-scale|major|new|joint)"
"""An operation's verbs, the words that make it a force's operation whoever carried it out ('a military operation',
'air/ground operations'), and the words that may stand before 'operation' (in :data:`DETECTION_PHRASES`)."""

OPERATION_TOLD = "operation-told"
"""The word that stands for a force's operation, manoeuvre or search told with no foe and no result ('FAMa and Wagner
forces carried out an operation near Diabi. No further details.', 'soldiers searched the village'), when the event is
typed: ACLED's strategic development 'Other' (a fight, a strike or goods taken told with it type the event)."""

SEEN_ARMED = (r"(?:armed groups?|armed men|gunmen|militants|fighters|jihadists|insurgents|rebels|militiamen|"
              r"mercenaries|bandits|terrorists|elements|soldiers|troops|paramilitaries|forces|military|"
              r"(?:armed|gang|group|militia|rebel|jihadist|suspected [\w'’-]+) members|operatives)")
"""Armed men whose being seen at a place, or passing through it, is a movement of forces ('suspected JNIM members
were seen in Petchinga', 'gang members were seen parading through the neighbourhood'; members only of an armed party
or of one suspected: 'members of parliament were seen in' is no force)."""

SENT_FORCES = (rf"(?:{SEEN_ARMED}|reinforcements|police officers|policemen|riot police|gendarmes|commandos|"
               r"paratroopers|peacekeepers|(?:[\w'’-]+ )?(?:units?|battalions?|brigades?|contingents?|companies))")
"""Armed men a command sends somewhere ('the army sent 200 soldiers to the town', 'the police sent more armed men,
riot police and officers to the city', 'the government rushed reinforcements to the border'): a movement of
forces told by the sender (see :data:`FORCES_SEEN`)."""

MOVED_TO_PLACES = (r"(?:neighbou?rhoods?|towns?|villages?|areas?|districts?|city|cities|localit(?:y|ies)|positions?|"
                   r"front(?:line)?|border|outskirts|hills|bush)")
"""Where armed men moved to, for their moving to be a movement of forces ('paramilitaries moved to the neighbourhoods
of the town', 'the rebels moved to positions near the airport'; not 'troops moved to secure the area', an aim)."""

_BRAWL_NOUNS = (r"(?:fist ?fights?|fist-fights?|street ?fights?|street-fights?|brawls?|scuffles?|melee|free-for-all|"
                r"fisticuffs)")
"""A fight of bare hands told as a noun, in a pattern (the fights that broke out, or that an act led to, below)."""

_QUARREL_NOUNS = (r"(?:arguments?|altercations?|quarrels?|disputes?|fights|fight|fighting|clash|clashes|"
                  r"confrontations?|brawls?|scuffles?|feuds?|skirmish|skirmishes)")
"""A quarrel or a fight told by its noun, whose outcome may be a death (see :data:`_OUTCOME_DEATHS`)."""

_OUTCOME_DEATHS = (r"(?:the |a )?(?:deaths?|killing|murder) of (?!(?:the |a |an |this |that )?(?:[\w'’-]+ )?"
                   r"(?:talks|deal|process|agreement|accord|project|plan|bill|party|movement|idea|hopes?|"
                   r"negotiations|dialogue|truce|ceasefire|peace|alliance|coalition|government)\b)"
                   r"|(?:at least |another )?(?:one|two|three|four|five|six|seven|eight|nine|ten|several|\d+) "
                   r"(?:deaths?|dead|fatalit(?:y|ies))\b")
"""The deaths a quarrel ended in: 'the death of the herder', 'the deaths of two men', 'one death', 'three dead'
(not 'the death of the talks', a figure)."""

_BLOWN_UP_TARGETS = (r"(?:buildings?|houses?|homes?|bridges?|posts?|stations?|offices?|schools?|pipelines?|towers?|"
                     r"pylons?|vehicles?|cars?|trucks?|checkpoints?|mosques?|churches?|shrines?|tombs?|shops?|"
                     r"markets?|railways?|rail lines?|tracks|power lines?|transmission lines?|gas lines?|dams?|"
                     r"barracks|depots?|banks?|hotels?|hospitals?|clinics?|factory|factories|warehouses?|"
                     r"substations?|power plants?|masts?|antennas?|tankers?|buses|bus|residences?|headquarters|"
                     r"courthouses?|town halls?|culverts?)")
"""What is blown up in an attack on property ('blew up a police post', 'a pipeline was blown up'; see
:data:`DETECTION_PHRASES`)."""

DETECTION_PHRASES = (
    # People fleeing, evacuated, evicted or returning, told with how many: a development of its own in ACLED's
    # coding (told after an attack, it joins that attack). Only with a day of its own (see events._triggers): a
    # war's toll of the displaced is background.
    (re.compile(rf"\b(?:\d[\d,.]*|hundreds|thousands|dozens|scores|tens of thousands) (?:of )?(?:[\w'’-]+ ){{0,4}}?"
                rf"{DISPLACED_NOUNS} (?:(?!who\b|which\b|that\b)[\w'’(),-]+ ){{0,12}}?(?:(?:were|have been|had "
                r"been) )?(?P<act>fled|flee|flees|evacuated|returned|return|returns|arrived|arrive|arrives|"
                r"(?:(?<=were )|(?<=been ))(?:displaced|evicted|relocated|forced (?:out|to flee|to leave)))\b"
                r"(?! to work\b)"), DISPLACED),
    (re.compile(rf"\b(?:evict(?:ed|s|ing)?|displac(?:ed|es|ing)|evacuat(?:ed|es|ing)|relocat(?:ed|es|ing)) "
                rf"(?:at least |more than |some |about |around |over )?(?:\d[\d,.]*|hundreds|thousands|dozens) "
                rf"(?:of )?(?:[\w'’-]+ ){{0,3}}?{DISPLACED_NOUNS}\b"), DISPLACED),
    # A displacement told by its noun, or the displaced counted as recorded ('a massive displacement of the population
    # was observed towards Kashenda', 'population displacement has intensified in the territory', '4,500 internally
    # displaced households have been recorded in Igomba'): the same development, with a day of its own (the fight
    # told as its cause is no battle of the report: see FLED_FROM).
    (re.compile(r"\b(?:population )?displacements? (?:of (?:the )?(?:[\w'’-]+ )?(?:population|residents|civilians|"
                r"people|inhabitants|households|families) )?(?:(?:was|were|has|have|had|is|are)(?: been)? )?"
                r"(?:observed|reported|recorded|registered|noted|intensified|continued|increased)\b"
                r"|\binternally displaced (?:people|persons|households|families) (?:(?:were|have been|had been) )?"
                r"(?:recorded|registered|arrived)\b"), DISPLACED),
    # People ordered or forced out of a place by an armed party ('militants ordered fishers and farmers to leave the
    # river banks', 'the group forced the villagers of three hamlets to leave the area'), or told leaving it
    # ('residents of the community left the hamlet of X after threats'): ACLED's displacement, 'Other'. (Not 'to
    # order', an aim; a day of its own is needed, as for the phrases above.)
    (re.compile(rf"\b(?<!to )(?:ordered|orders|forced|forces|compelled|compels) (?:the |all |some |\d[\d,]* )?"
                rf"(?:[\w'’-]+ ){{0,4}}?(?:{DISPLACED_NOUNS}|population|fishers|farmers|herders|herdsmen|"
                r"communit(?:y|ies)|them)(?: (?!who\b|which\b|that\b)[\w'’(),-]+){0,16}? to (?P<act>leave|vacate|"
                r"abandon|flee|evacuate|relocate)\b"), DISPLACED),
    # (the people may be named with an aside, 'inhabitants of A and B, coded to C (D, E) left their village'; they
    # may leave a town, or leave for a village: 'residents left for the village of Kosseye')
    (re.compile(rf"\b{DISPLACED_NOUNS} (?:(?!who\b|which\b|that\b)[\w'’(),-]+ ){{0,12}}?(?P<act>left|fled|"
                r"abandoned|deserted) (?:for )?(?:the |their )?(?:[\w'’-]+ )?(?:hamlets?|villages?|towns?|homes|houses|"
                r"settlements?|camps?|localit(?:y|ies)|neighbou?rhoods?|area|communes?)\b"
                r"(?! (?:for|to) (?:work|school|the market|the fields|vote|the polls)\b)"
                # (a place left for another, both named: '400 people left Daloga for Nambouli and Tantega')
                rf"|\b(?:\d[\d,.]*|hundreds|thousands|dozens|several|many) (?:of )?(?:[\w'’-]+ ){{0,2}}?"
                rf"{DISPLACED_NOUNS} (?P<left>left) "
                r"(?:(?!after\b|because\b|following\b|when\b)[\w'’()\[\],-]+ ){1,8}?"
                r"(?:for|in (?:the )?direction of|towards?) "
                r"(?!(?:work|school|the market|the fields|vote|the polls|home|the day|good|prayers?)\b)"
                r"(?![^.;]*?\bto (?:attend|visit|take part|join|watch|celebrate|work|study|trade|vote)\b)"),
     DISPLACED),
    # An election's result declared ('was declared winner of the presidential election', 'was re-elected for a second
    # term'): ACLED's 'Other' development, with a day of its own (a campaign's news tells results of the past too).
    (re.compile(r"\b(?:was|were|is|has been) (?:officially )?(?:declared|proclaimed|confirmed|announced as) (?:the )?"
                r"winners? of (?:the |a )?(?:[\w-]+ ){0,2}?(?:elections?|polls?|vote|referendum|run-?off)\b"
                r"|\b(?:was|were|has been|have been|is) re-?elected (?:as|for|to|with)\b"), ELECTION_RESULT),
    # Prisoners or captives set free: 'released 98 prisoners', 'soldiers were freed from a prison'.
    (re.compile(rf"\b(?<!to )(?:released|releases|release|freed|frees|free|set free) (?:at least |more than |some "
                rf"|about |around |over )?(?:\d[\d,.]*|dozens|hundreds|two|three|four|five|six|seven|eight|nine|ten) "
                rf"(?:[\w'’-]+ ){{0,3}}?{CAPTIVE_NOUNS}\b|\b{CAPTIVE_NOUNS} (?:[\w'’-]+ ){{0,3}}?(?:were|was|have "
                r"been|had been) (?P<act>released|freed|set free) (?:from|by)\b"), RELEASED),
    # Property burned with a verb the violence rules hold weak or do not know ('arsonists burn the police
    # station', 'torching hundreds of houses', 'residents set the suspect alight').
    (re.compile(rf"\b(?<!to )(?:burn|burning|torch|torching) (?:down )?(?:[\w'’-]+ ){{0,4}}?"
                rf"{ARSON_TARGETS}\b"), "torched"),
    (re.compile(r"\b(?<!to )set (?:[\w'’-]+ ){1,4}?(?:alight|ablaze|on fire)\b"), "set-fire"),
    # People found dead, or harmed, told by the result: a severed head, a body dumped, a gunshot wound.
    (re.compile(r"\b(?:human|severed|decapitated|dismembered|male|female) (?:heads?|torsos?|limbs)\b"
                r"|\b(?:dead|lifeless|bound|mutilated) (?:bod(?:y|ies)|man|men|woman|women|boy|girl|person) "
                r"(?:[\w'’-]+ ){0,16}?(?:was|were|had been) (?:thrown|dumped|left|abandoned|dropped)\b"
                r"|\b(?:bod(?:y|ies)|remains) (?:of [\w'’-]+ (?:[\w'’-]+ )?)?(?:was|were|had been) (?:dumped|thrown|"
                r"dropped|left by)\b"), "bodies"),
    # Torture and acid told as nouns: 'was subjected to torture', 'bearing signs of torture', 'poured acid on'.
    (re.compile(r"\bsubjected to (?:[\w-]+ )?torture\b|\b(?:signs|marks) of torture\b|\bdied (?:[\w'’-]+ ){0,3}?"
                r"(?:under|from|of|after) torture\b"), "tortured"),
    (re.compile(r"\b(?:poured|pours|pouring|threw|throws|throwing|splashed|splashes|hurled|sprayed) acid (?:on|at|"
                r"over|in)\b|\bacid attacks?\b"), "attacked"),
    # A fire bomb thrown, told by its verb or as a Molotov cocktail ('men firebombed the office', 'threw a Molotov
    # cocktail at the house', 'the church was petrol-bombed'): an attack (see THROWN_INCENDIARY), as 'threw a petrol
    # bomb' is read; not a 'Molotov cocktail' named in a ban, a seizure or a charge ('seized Molotov cocktails').
    (re.compile(r"\b(?:fire|petrol|gasoline|molotov)[- ]?bomb(?:ed|ing)\b"
                r"|\b(?:threw|throw|throws|throwing|hurled|hurl|hurls|hurling|lobbed|tossed) (?:a |an |two |three "
                r"|several |some )?molotov cocktails?\b"), "attacked"),
    (re.compile(r"\b(?:gunshot|bullet) wounds?\b"), "shot"),
    # Ground taken, told in the passive with the place first: 'the army camp was overrun by militants', 'the town
    # was seized by the group', 'two villages were recaptured by troops', 'the base fell to the insurgents', 'the
    # post fell into the hands of the rebels'. (Before the next phrase: a town seized by gunmen is ground, not
    # people taken. Not in a relative clause, 'the town, which was captured by rebels in 2012': a past.)
    (re.compile(rf"\b{TAKEN_GROUND} (?:(?!which\b|that\b|who\b|when\b|after\b|before\b|since\b)[\w'’-]+ ){{0,3}}?"
                r"(?:(?:was|were|had been|has been|have been) (?:(?:briefly|quickly|reportedly|later|then|also|again|"
                r"subsequently|eventually|finally|temporarily|allegedly) )?(?P<act>seized|captured|overrun|overran|"
                r"taken|retaken|recaptured|overtaken|occupied|stormed) (?:(?:briefly|on|in|early|late|overnight|"
                r"\w+day|morning|evening|night|last|this|week|month) ){0,3}?by\b)"), "captured"),
    (re.compile(rf"\b{TAKEN_GROUND} (?:(?!which\b|that\b|who\b)[\w'’-]+ ){{0,3}}?(?P<act>fell|falls) (?:to|into "
                rf"the hands of) (?:the |a |an )?(?:[\w'’-]+ ){{0,3}}?{TAKERS}\b"), "captured"),
    # Ground seized in the active voice ('rebels seized the town of Bunia', 'militants seized two army posts'):
    # 'seized' alone is most often goods taken, so only with ground right after it (not 'seized the camp's
    # weapons').
    (re.compile(r"\b(?<!to )(?P<act>seized|seizes|seize) (?:the |a |an |two |three |four |five |several |an army "
                rf"|a military |a police |the army |the military |the police )(?:[\w-]+ )?{TAKEN_GROUND}\b(?!['’])"),
     "captured"),
    # People taken by force, told in the passive with 'seized', 'captured', 'boarded' (words that elsewhere tell
    # goods or ground taken): 'aid workers were seized from their compound by gunmen'.
    (re.compile(r"\b(?:was|were|had been|have been|has been) "
                r"(?P<act>seized|snatched|grabbed|captured|boarded|hijacked) "
                r"(?:[\w'’,-]+ ){0,8}?by (?:[\w'’-]+ ){0,3}?(?:gunmen|pirates|kidnappers|abductors|armed men|"
                r"bandits|militants|assailants|attackers|rebels|fighters|militiamen)\b"), "abducted"),
    # People taken by armed men, told with 'seized' or 'snatched' in the active voice ('gunmen seized five crew
    # members of a helicopter', 'pirates snatched two fishermen'); the verb may be in scare quotes.
    (re.compile(r"\b(?:gunmen|pirates|kidnappers|abductors|armed men|bandits|militants|assailants|attackers|"
                r"militiamen)\b(?: [\w'’(),-]+){0,12}? ['‘’\"]?(?P<act>seized|snatched|grabbed)['‘’\"]? "
                r"(?:at least |some )?(?:a |an |the |two |three |four |five |six |seven |eight |nine |ten |several "
                r"|\d+ )(?:[\w'’-]+ ){0,3}?"
                rf"(?:{PERSON_NOUN_RE}|crew(?: members)?|passengers|hostages|fishermen|tourists|aid workers)\b"),
     "abducted"),
    # Bases, barracks or checkpoints set up or taken over without a fight ('established 12 checkpoints', 'installed a
    # checkpoint': the same act as 'set up').
    # (Roadblocks as checkpoints: 'gunmen set up a roadblock on the highway', 'roadblocks were set up in two
    # districts', 'a roadblock was erected near the bridge'; not 'residents blocked the road', a protest's, nor
    # 'accused the police of erecting roadblocks', a charge.)
    # (after 'to' an aim, 'plans to set up checkpoints', but not 'a truck was used to set up a roadblock')
    (re.compile(r"\b(?:(?<=used to )|(?<!to ))(?<!of )(?:set|sets|setting|put|puts|putting) up (?:[\w'’-]+ ){0,4}?"
                r"(?:checkpoints?|"
                r"check points?|roadblocks?|road blocks?)\b|\b(?<!to )(?<!of )(?:erect(?:ed|s|ing)?|plac(?:ed|es|ing)|"
                r"mount(?:ed|s|ing)|establish(?:ed|es|ing)|install(?:ed|s|ing)) (?:[\w'’-]+ ){0,4}?"
                r"(?:checkpoints?|check points?|roadblocks?|road blocks?)\b"
                r"|\b(?:checkpoints?|check points?|roadblocks?|road blocks?) (?:(?!which\b|that\b)[\w'’-]+ ){0,5}?"
                r"(?:was|were|had been|have been|has been) (?P<act>set up|erected|mounted|put up)\b"), CHECKPOINT_SET),
    # A road held without a crowd named: barricades, roadblocks, checkpoints or toll booths put up by armed men or by
    # no one named ('gang members installed a toll booth on the national road', 'JNIM militants ran checkpoints',
    # 'burning tires were erected in the neighborhood', 'the national road was blocked', 'a trailer was used as a
    # roadblock'): ACLED's 'Other' development. (A crowd that blocks a road protests: see NON_VIOLENT_ACT_PHRASES; a
    # road blocked by someone, by a flood or a landslide, or for a motorcade is left out; a day of its own is needed.)
    (re.compile(rf"\b{ROAD_HOLDERS}(?: (?!who\b|which\b|that\b)[\w'’(),-]+){{0,6}}? (?P<act>installed|installs|"
                r"erected|erects|set up|sets up|put up|puts up|mounted|built|ran|runs|operated|manned|dug|dig|placed) "
                r"(?:[\w'’-]+ ){0,4}?(?:roadblocks?|road blocks?|barricades?|checkpoints?|check points?|"
                r"toll (?:booths?|gates?|points?)|pits (?:on|across|in)|trench(?:es)? (?:on|across)|"
                # ('gang members dug a trench on the main road', 'set up blocks on the roads')
                r"(?:concrete |road )?blocks (?:on|across) (?:the |a )?(?:[\w'’-]+ )?(?:roads?|streets?|highways?))\b"
                r"|\b(?:roadblocks?|road blocks?|barricades?|checkpoints?|toll booths?|(?:burning )?(?:tires|tyres)) "
                r"(?:of burning (?:tires|tyres) )?(?:were|was|had been|have been|has been) (?:also |again )?"
                r"(?P<held>erected|installed|registered|reported|observed|placed|set up|put up|mounted)\b"
                r"(?! by\b)"
                r"|\b(?:was|were) used as (?:a |an )?(?:roadblocks?|road blocks?|barricades?)\b"
                # (a road blocked by an armed party, or with things put across it: 'gangs blocked the national road',
                # 'a truck was used to block the highway', 'rocks were placed on the road')
                rf"|\b{ROAD_HOLDERS}(?: (?!who\b|which\b|that\b)[\w'’(),-]+){{0,6}}? (?P<holders>blocked|blockaded|"
                r"cut off) (?:the |a |an |all |several |two |three |main |major |national )*(?:[\w#'’-]+ ){0,2}?"
                r"(?:roads?|highways?|route(?: nationale)?|national road|routes|streets?|crossroads?|junction|bridge|"
                r"axis|access)\b"
                r"|\b(?:was|were) used to block (?:the |a |an )?(?:[\w#'’-]+ ){0,2}?(?:roads?|highways?|"
                r"route(?: nationale)?|national road|routes|streets?|crossroads?|junction|bridge|axis)\b"
                r"|\b(?:rocks|stones|boulders|tires|tyres|trucks|containers|vehicles|tree trunks|logs|debris) "
                r"(?:were|had been|have been) (?P<placed>placed|put|left|dumped) (?:on|across) (?:the |a )?"
                r"(?:[\w#'’-]+ ){0,3}?(?:roads?|highways?|route(?: nationale)?|national road|routes|streets?|"
                r"crossroads?|junction|bridge|axis)\b"
                r"|\b(?:roads?|highways?|route(?: nationale)?|national road|routes|streets?|crossroads?|junction|"
                r"bridge|axis)\b(?: [\w#'’().-]+){0,5}? (?:was|were|has been|have been|had been|remained|remains) "
                r"(?:(?:completely|totally|partially|also|again) )?(?P<blocked>blocked|barricaded)\b"
                rf"(?![^.;]*?\b(?:by|due to|because of|owing to|for|to allow|to make way|{ROAD_NATURAL})\b)"),
     ROAD_HELD),
    # Armed men seen at a place or moving through it ('members of an armed group were seen in X', 'fighters were
    # observed by aerial reconnaissance in the park', 'an armed group on motorcycles went through the village', 'a
    # convoy left X in the direction of Y', 'soldiers patrolled in the town'): ACLED's movement of forces.
    (re.compile(rf"\b{SEEN_ARMED} (?:(?!who\b|which\b|that\b)[\w'’(),-]+ ){{0,6}}?(?:were|was) "
                r"(?P<act>seen|observed|spotted|sighted) (?:[\w'’-]+ ){0,3}?(?:in|near|at|around|between|along|on|"
                r"heading|moving|withdrawing|leaving|parading|patrolling|travell?ing)\b"
                r"(?! (?:a |an |the |this |that )?(?:[\w-]+ )?(?:videos?|footage|images?|photos?|"
                r"photographs?|pictures?|clips?|television|tv|broadcasts?)\b)"
                # (men told by the motorcycles or pick-ups they rode, their group named or not: 'suspected militants
                # aboard five motorcycles were spotted near X', 'an armed group of eight men with rifles on four
                # motorcycles went back and forth between two villages'; fix45)
                # (not a crowd on its bikes: 'fans on 40 motorbikes were seen in the parade'; nor men seen in a video)
                r"|\b(?<!fans )(?<!supporters )(?<!tourists )(?<!pilgrims )(?<!riders )(?<!bikers )(?<!students )"
                r"(?<!mourners )(?<!guests )(?<!traders )(?:aboard|on|riding) (?:about |some |at least )?(?:\d+|two|"
                r"three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several) (?:motorcycles|motorbikes|"
                r"pick-ups|pickups|pick-up trucks) (?:(?!who\b|which\b|that\b)[\w'’(),-]+ ){0,3}?(?:were|was) "
                r"(?P<rode>seen|observed|spotted|sighted) (?:[\w'’-]+ ){0,3}?(?:in|near|at|around|between|along|"
                r"heading|moving)\b"
                r"(?! (?:a |an |the |this |that )?(?:[\w-]+ )?(?:videos?|footage|images?|photos?|photographs?|"
                r"pictures?|clips?|television|tv|broadcasts?|parade|procession|rally|race|festival)\b)"
                rf"|\b{SEEN_ARMED} (?:(?!who\b|which\b|that\b)[\w'’(),-]+ ){{0,10}}?(?P<moved>went (?:through|"
                r"back and forth)|passed through|patrolled (?:in|through|around|the)|departed|entered) "
                # (armed men come to a place or on the move: 'Wagner group operatives aboard helicopters arrived in
                # the town', 'militants aboard 14 motorcycles were moving and gathered', 'members of an armed group
                # went to the village'; not to the scene or a hospital, not for talks, a ceremony or a bout, not as a
                # precaution: see DEPLOYED_NOT_FOR)
                # (nor where the verb is another subject's, in a clause of its own: 'the gunmen seized the group while
                # they were travelling')
                rf"|\b{SEEN_ARMED} (?:(?!who\b|which\b|that\b|while\b|when\b|as\b|after\b|before\b|because\b|"
                rf"since\b|until\b)[\w'’(),-]+ ){{0,8}}?(?P<came>arrived (?:in|at|to)|"
                r"(?:were|was) (?:seen |reportedly )?(?:moving|travell?ing)|went to)\b"
                r"(?! (?:the |a |an )?(?:scene|site|hospital|morgue|court|prison|jail|polls?)\b)"
                rf"(?![^.;]*?\b{NOT_A_MOVE_OF_FORCES}\b){DEPLOYED_NOT_FOR}"
                # (forces sent in: 'an additional 300 military instructors were sent to the capital'; their
                # deployment reported: 'a deployment of military forces was reported on the streets')
                rf"|\b{SEEN_ARMED} (?:(?!who\b|which\b|that\b)[\w'’(),-]+ ){{0,3}}?(?:were|was|had been|have been) "
                r"(?P<sent>deployed|redeployed|sent) (?:in|to|at|around|along|on)\b"
                r"(?! (?:the )?(?:prison|jail|court|hospital|trial|retirement)\b)"
                rf"(?![^.;]*?\b{NOT_A_MOVE_OF_FORCES}\b){DEPLOYED_NOT_FOR}"
                # (forces sent by their command, told in the active: 'the army sent 200 soldiers to the town', 'the
                # police has sent more armed men, riot police and officers, to strengthen their controls in the city';
                # not an aim, 'to send troops', nor men sent to prison, a court, a hospital, a flood or talks)
                rf"|\b(?<!to )(?<!not )(?<!never )(?P<sender>sent|sends|rushed|rushes) (?:in )?(?:[\w'’(),-]+ ){{0,3}}?"
                rf"{SENT_FORCES}{DEPLOYED_NOT_FOR}(?:,[\w'’() -]+?,)? (?:to|into)\b"
                r"(?! (?:the )?(?:prison|jail|court|hospital|trial|retirement|school|the polls|polls)\b)"
                rf"(?![^.;]*?\b{NOT_A_MOVE_OF_FORCES}\b)"
                # (armed men who crossed a border, or moved to a place: 'military forces of Chad crossed the border
                # carrying armed vehicles and arrived in the area', 'rebels crossed the border from Sudan', 'police and
                # paramilitaries moved to the neighbourhoods of the town'; not a clause of another subject)
                rf"|\b{SEEN_ARMED} (?:(?!who\b|which\b|that\b|while\b|when\b|as\b|after\b|before\b)"
                r"[\w'’(),-]+ ){0,4}?(?:(?P<crossed>crossed|cross|crosses) (?:the |a )?(?:[\w'’-]+ ){0,2}?"
                rf"(?:border|frontier)|(?P<movedto>moved|move|moves) (?:in)?to (?:(?:the|several|other|nearby|a|an) "
                rf"(?:[\w'’-]+ ){{0,2}}?)?{MOVED_TO_PLACES})\b"
                rf"(?![^.;]*?\b{NOT_A_MOVE_OF_FORCES}\b){DEPLOYED_NOT_FOR}"
                rf"|\bdeployments? of (?:[\w'’-]+ ){{0,3}}?{SEEN_ARMED} (?:[\w'’(),-]+ ){{0,4}}?(?:was|were|has been|"
                rf"have been|had been) (?P<deployed>reported|observed|noted|seen)\b{DEPLOYED_NOT_FOR}"
                # (a convoy of forces, not of aid, goods or people: 'a FAMa and Wagner convoy left Kidal in the
                # direction of Aguelhok', 'a convoy of military carriers entered Nyala'; vehicles sent somewhere)
                r"|\b(?<!aid )(?<!humanitarian )(?<!relief )(?<!food )(?<!medical )(?<!commercial )(?<!fuel )"
                r"(?<!presidential )(?<!wedding )(?<!funeral )(?<!campaign )(?<!ministerial )(?<!un )(?<!official )"
                r"(?<!truck )(?<!trade )(?<!prison )convoys? (?:(?!who\b|which\b|that\b|aid\b|humanitarian\b|relief\b|"
                r"food\b|goods\b|trucks\b|lorries\b|buses\b|migrants\b|refugees\b|passengers\b|pilgrims\b|"
                r"supporters\b|mourners\b|fuel\b|medicines?\b|medical\b|prisoners\b|officials\b|delegates\b)"
                r"[\w'’(),/-]+ ){0,20}?(?P<left>left|departed|entered|moved to|headed to|heading to)\b"
                r"(?! (?:the |a |an )?(?:scene|road|ditch|route)\b)"
                r"|\bvehicles (?:(?!who\b|which\b|that\b)[\w'’(),/-]+ ){0,4}?deployed to\b"
                # (armed men's presence or moves told as reported: 'the presence of suspected militants was reported
                # in the valleys', 'movements of Wagner forces were reported at the airport')
                rf"|\b(?:presence|movements?) of (?:[\w'’-]+ ){{0,4}}?{SEEN_ARMED} (?:[\w'’(),-]+ ){{0,4}}?(?:was|were|"
                r"has been|have been|had been) (?P<told>reported|observed|noted|seen|signall?ed)\b"),
     FORCES_SEEN),
    # A public place shut by an armed party, or people kept from it ('militants closed down polling stations in the
    # village', 'the militants prevented residents access to a well'): ACLED's 'Other' (only with a day of its own; a
    # state's closures are measures of its own, told by other phrases).
    (re.compile(rf"\b{SEEN_ARMED} (?:(?!who\b|which\b|that\b)[\w'’(),-]+ ){{0,6}}?(?P<act>closed down|shut down|"
                r"closed|shut|prevented|barred|forbade|banned) (?:the |a |an |all |several |two |three |some )?"
                r"(?:[\w'’-]+ ){0,2}?(?:polling stations?|polling (?:centres?|centers?|offices?)|schools?|markets?|"
                r"clinics?|health (?:centres?|centers?)|mosques?|churches?|"
                r"(?:residents|villagers|fishers|fishermen|farmers|herders|people|women|inhabitants|population|"
                r"traders|marketgoers|students|pupils|teachers) (?:from |(?:the )?access\b|accessing\b))"),
     ARMED_RESTRICTION),
    # A building or a place of gathering shut in by armed men or police, with no harm told ('police officers blocked
    # the entrance of a hotel', 'police forces besieged the offices of an NGO', 'the military surrounded the
    # headquarters of the opposition party'): people kept from a place, ACLED's
    # 'Other', with a day of its own as the restrictions above. Only a building's kind, not a road (a crowd's or a
    # checkpoint's, told above), nor an area or a scene cordoned off after an attack; a fight or arrest told with it
    # types the event.
    (re.compile(rf"\b(?:{SEEN_ARMED}|{SIEGING_POLICE}) (?:(?!who\b|which\b|that\b|and\b)[\w'’(),-]+ ){{0,6}}?"
                r"(?P<act>blocked|besieged|surrounded|encircled|laid siege to) (?:around )?(?:the |a |an )?"
                rf"(?:[\w'’-]+ ){{0,3}}?{SHUT_IN_PLACES}\b"),
     ARMED_RESTRICTION),
    # People of a place ordered, forced or told by a non-state armed party to do something, or to pay ('militants
    # ordered villagers to leave the area', 'the gunmen forced traders to close their shops', 'jihadists demanded that
    # residents pay zakat'): the armed party's control over them, ACLED's 'Other' (with a day of its own, as the
    # restrictions above). Not 'threatened to order' (a hedge, see events._hedged), not a state's or an official's
    # orders, not orders to the armed party's own men.
    (re.compile(rf"\b{ORDERING_ARMED} (?:(?!who\b|which\b|that\b|and\b)[\w'’(),-]+ ){{0,6}}?"
                r"(?:(?P<act>ordered|orders|ordering|forced|forces|forcing|compelled|compels|instructed|instructs|"
                r"told|asked|asks) (?:the |all |some |several |local |many )?(?:[\w'’-]+ ){0,2}?"
                rf"{ORDERED_PEOPLE} (?:[\w'’(),-]+ ){{0,20}}?(?:not )?to (?!death\b)"
                r"|(?P<demand>demanded|demands|requested|requests|insisted|insists) that (?:the |all |some |local )?"
                rf"(?:[\w'’-]+ ){{0,2}}?{ORDERED_PEOPLE}\b)"),
     ARMED_RESTRICTION),
    (re.compile(r"\b(?:turn(?:ed|s|ing)?|transform(?:ed|s|ing)?|convert(?:ed|s|ing)?) (?:[\w'’-]+ ){0,5}?(?:into|to) "
                r"(?:a |an )?(?:military |army |militia )?(?:barracks|bases?|headquarters|outposts?)\b"
                r"|\b(?<!to )(?:set|sets|setting) up (?:a |an |their |its |new )?(?:[\w-]+ )?(?:military )?"
                r"(?:base|bases|camp|camps|headquarters|outposts?)\b"
                # ('Wagner forces established a military camp in the village': a force's own camp, base or post, not
                # a company's headquarters or a camp for the displaced)
                r"|\b(?<!to )establish(?:ed|es|ing) (?:a |an |their |its |new |a new )?(?:[\w-]+ )?"
                r"(?:military|army|militia) (?:camps?|bases?|posts?|outposts?|positions?)\b"
                # ('police installed an operations centre in the former academy', 'the group moved its operational
                # base to the town': a force's working base set up or moved; not 'a company moved its headquarters')
                r"|\b(?<!to )(?:install(?:ed|s|ing)|mov(?:ed|es|ing)|relocat(?:ed|es|ing)) (?:a |an |the |their |its "
                r"|new |a new )?(?:operations?|operational|command|forward) (?:centres?|centers?|bases?|posts?|"
                r"headquarters)\b"), "base-established"),
    # A crowd damaging property or lighting bonfires: a riot, though no one is hurt ('supporters smashed the windows
    # of the tallying centre', 'students pulled down the school gate', 'youths lit bonfires on the highway').
    (re.compile(rf"\b{CROWD_NOUNS} (?:(?!who\b|which\b|that\b|had\b|said\b|says\b|say\b|told\b|claimed\b)"
                r"[\w'’-]+ ){0,3}?(?P<act>damaged|damage|damaging|smashed|smash|smashing|shattered|shatter|"
                r"pulled down|pull down|tore down|tear down|broke down|break down|lit|light|lighting|vandali[sz]ed) "
                r"(?:[\w'’-]+ ){0,4}?(?:property|properties|windows?|window ?panes|gates?|vehicles?|cars?|shops?|"
                r"offices?|fences?|buildings?|doors?|bonfires?|fires|tyres|tires)\b"), "rioters"),
    # Armed sides engaging each other, an offensive launched: a battle ('troops engaged the militants', 'the army
    # launched an offensive against rebel positions').
    (re.compile(r"\b(?<!to )(?:engaged|engage|engages|engaging) (?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:fighters|"
                r"militants|insurgents|rebels|troops|forces|soldiers|gunmen|militia|militias|militiamen|bandits|"
                r"attackers|jihadists|army|police)\b(?! in (?:talks|dialogue|negotiations))|\b(?<!to )(?:launched|"
                r"launches|launch) (?:a |an )?(?:[\w-]+ ){0,2}?(?:offensive|counter-?offensive|assault|"
                r"counter-?attack) (?:against|on)\b"), "clash"),
    # Fighting told only by a noun and what came of it: 'violence erupted in the town', 'tensions between the two
    # communities turned deadly', 'election violence caused two deaths', 'a man died in a clan feud over land',
    # 'hostilities broke out between the clans'. Each is also the wording of a war's course ('violence between the
    # communities has claimed hundreds of lives'): only with a day of its own (see events._triggers).
    (re.compile(r"\b(?:violence|hostilities|fighting|skirmishes|clashes|feud|feuding|warring) "
                r"(?:(?:has |had |have )?(?:also |again |then |later )?)(?P<act>erupted|broke out|flared(?: up)?|"
                r"escalated|spilled over)\b"
                r"|\btensions? (?:[\w'’-]+ ){0,9}?(?:turned|turn|turns|turning) (?:deadly|violent|bloody)\b"
                r"|\b(?:violence|hostilities|fighting|skirmishes|feud|feuding|warring) "
                r"(?:[\w'’-]+ ){0,6}?(?:caused|causes|claimed|claims|left|leaves) (?:at least |more than |about |"
                r"some |another |one |a |\d[\d,]* |two |three |four |five |six |seven |eight |nine |ten )?"
                r"(?:[\w'’-]+ )?(?:deaths?|dead|lives|casualties|fatalities|injured|wounded)\b"
                r"|\b(?:died|dies|die|killed) (?:in|during) (?:a |an |the )?(?:[\w'’-]+ ){0,2}?(?:feud|war|"
                r"violence|hostilities|skirmish|skirmishes|fighting)\b"
                r"|\b(?:warring|hostilities|violence|feuding|skirmishes) (?:broke out |erupted )?between\b"
                # A quarrel or a fight told by its noun and the death it ended in ('an argument over land that
                # resulted in the death of a herder', 'fights between the two clans resumed, leading to one death'):
                # the report leads with the quarrel and tells the killing as its outcome. Not an accident's, a
                # disease's or a flood's deaths (no quarrel named), nor 'the death of the talks' (no one died).
                rf"|\b{_QUARREL_NOUNS} (?:(?!who\b|which\b|said\b|says\b)[\w'’(),-]+ ){{0,12}}?"
                r"(?:resulted in|resulting in|results in|led to|leading to|leads to|caused|causing|causes|"
                r"claimed|claiming|left|leaving) "
                rf"(?:{_OUTCOME_DEATHS})"),
     FIGHTING_TOLD),
    # A fight told as something people engaged in ('rival students engaged in a street fight', 'the two groups
    # were involved in a brawl at the market', 'troops engaged in heavy fighting with the rebels'): a clash, mob
    # violence where the rules of events.classify find unarmed sides. (Not 'who were involved in fighting', a
    # past told of someone.)
    (re.compile(r"\b(?<!who )(?<!which )(?<!that )(?:engaged|engaging|(?:were|was|got|became) involved) in "
                r"(?:a |an )?(?:[\w-]+ ){0,2}?(?:fight|fights|fistfights?|fist-fights?|street-fight|streetfights?|"
                r"brawl|brawls|scuffle|scuffles|melee|free-for-all|gunfight|fighting|skirmish|skirmishes)\b"), "clash"),
    # A fight of fists told by its noun, as something that broke out or that an act led to ('a fist fight escalated
    # at the town hall', 'a scuffle broke out between party supporters', 'the refusal led to a scuffle outside the
    # court'): a clash, mob violence where the rules of events.classify find unarmed sides (not a war of words: 'the
    # debate turned into a verbal brawl').
    (re.compile(rf"\b{_BRAWL_NOUNS} (?:(?:has |had |have )?(?:also |again |then |later |quickly )?)"
                r"(?P<act>broke out|erupted|ensued|escalated|followed)\b"
                r"|\b(?:led to|leading to|resulted in|resulting in|sparked|triggered|degenerated into|turned into|"
                rf"ended in) (?:a |an )?(?:(?!verbal )[\w-]+ ){{0,2}}?{_BRAWL_NOUNS}\b(?! of words)"), "clash"),
    # The same with what the fight was over, or where, between the noun and its breaking out ('a fist fight related
    # to a local political dispute broke out in the village'); and a mob that broke out as a fight does, or whose
    # violence took place ('a mob broke out in the town over the fields', 'mob violence took place between residents
    # and the company's agents'): a crowd's fight, typed as mob violence by its 'mob' (not 'a fire broke out', 'war
    # broke out in 1991', 'an epidemic broke out': no crowd's fight; nor 'the story of a brawl that broke out in a bar
    # in 1920': a relative clause's brawl is told of, as the pattern above leaves it).
    (re.compile(rf"\b{_BRAWL_NOUNS} (?:(?!that |which |who )[\w'’-]+ ){{1,8}}?(?:has |had |have )?"
                r"(?P<act>broke out|erupted)\b"), "clash"),
    (re.compile(r"\b(?:an? |the )(?:angry |irate |violent )?mobs? "
                r"(?:(?:has |had |have )?(?:also |again |then |later )?)(?P<act>broke out|erupted)\b"), "clash"),
    (re.compile(r"\bmob (?:violence|justice|attacks?|fights?|clash(?:es)?) (?:(?:has |had |have )?(?:also |again )?)"
                r"(?P<act>took place|occurred|broke out|erupted|ensued)\b"), "clash"),
    # An operation led against armed men or their bases ('the army carried out an operation against rebel
    # positions', 'police conducted an anti-gang operation against the gang', 'troops launched a military operation
    # against the militants'): a fight with an armed side, though its result is not told. (Not an aim, 'plans to
    # launch an operation', nor a course, 'has been conducting operations since 2017'.) Notes also tell it as staged
    # or reported by the force, with the operation's name ('staged a 7-day military operation dubbed 'Eagle' against
    # separatist camps', 'the military reported operations against separatists'). (An operation by air and ground with
    # no foe named was tried: it led events whose act a later sentence tells, airstrikes or arrests, on wide-18.)
    (re.compile(r"\b(?<!to )(?:carried out|carries out|carrying out|conducted|conducts|conducting|launched|launches|"
                r"mounted|mounts|led|staged|stages|reported) (?:an? |two |three |several |their |its |a joint |joint )?"
                r"(?:[\w/-]+ ){0,3}?operations? (?:(?:dubbed|code-?named|named|called) (?:[\w'’-]+ ){1,3}?)?"
                r"(?:against|targeting) (?:the |a |an |suspected |alleged |presumed )?(?:[\w'’-]+ ){0,6}?"
                r"(?:militants|insurgents|rebels|jihadists|fighters|militiamen|militias?|gunmen|bandits|gangs?|"
                r"gangsters|terrorists|extremists|separatists|positions|hideouts?|camps?|bases?|strongholds?|"
                r"armed groups?)\b"),
     "clash"),
    # An operation, a manoeuvre or a search a force carried out at a place, with no foe named ('FAMa and Wagner forces
    # carried out an operation near Diabi', 'conducted a military operation in the area of Diallo', 'carried out a
    # military manoeuvre in Kabo', 'soldiers searched the village of Tindjambane'): ACLED's 'Other', with a day of its
    # own (see events._triggers; a campaign's course, 'has been conducting operations in the region since 2017', is
    # background). Only an operation of a force's kind: not a rescue, a relief or a surgeon's; the police searching a
    # politician's home is a court's business, so a search is read only of soldiers or armed men.
    (re.compile(rf"\b(?:{SEEN_ARMED} (?:(?!who\b|which\b|that\b)[\w'’(),-]+ ){{0,8}}?(?<!to )"
                rf"|(?<!to )(?={_OPERATION_VERBS} (?:an? |two |three |several |their |its )?{_FORCE_OPERATION}))"
                rf"{_OPERATION_VERBS} (?:an? |two |three |several |their |its |a joint |joint )?"
                rf"(?:{_OPERATION_KINDS} ){{0,3}}(?P<act>operations?|manoeuvres?|maneuvers?) "
                r"(?:in|near|around|at|across|along|between|inside|within|through|on the outskirts of)\b"
                r"(?! (?:the |a |an )?(?:[\w-]+ )?(?:hospital|clinic|theatre|theater|ward)\b)"
                # (a foe told after the place, 'an operation in the forest against the militants', is no bare operation)
                r"(?![^.;]*?\b(?:against|targeting)\b)"
                rf"|\b{SEEN_ARMED} (?:(?!who\b|which\b|that\b)[\w'’(),-]+ ){{0,8}}?(?P<searched>searched) "
                r"(?:the |a |an |several |two |three |all )?(?:[\w'’-]+ ){0,2}?(?:villages?|towns?|hamlets?|houses?|"
                r"homes?|offices?|premises|compounds?|neighbou?rhoods?|markets?|areas?|localit(?:y|ies))\b"),
     OPERATION_TOLD),
    # An attack fought off, though it was only attempted ('the battalion repelled an attempted raid', 'guards fought
    # off an attempted attack on the convoy').
    (re.compile(r"\b(?<!to )(?P<act>repelled|repels|repulsed|repulses|fought off|fights off|beat back|beats back) "
                r"(?:an? |the )?(?:attempted |planned |failed |would-be )?(?:[\w'’-]+ ){0,2}?(?:attacks?|raids?|"
                r"assaults?|incursions?|ambush(?:es)?|offensives?)\b"
                # (a side put to flight: 'troops intervened and routed the militants')
                rf"|\b(?<!to )(?P<routed>routed|routs|rout) (?:the |a |an )?(?:[\w'’-]+ ){{0,3}}?(?:{FORCE_NOUNS}|"
                r"attackers|assailants|raiders|bandits|jihadists|terrorists)\b"), "clash"),
    # An armed side routed or fought off, told in the passive ('the militants were routed by troops', 'the attackers
    # were repelled by the village guards').
    (re.compile(r"\b(?:was|were|had been|have been) (?:(?:quickly|eventually|later|reportedly) )?"
                r"(?P<act>routed|repelled|repulsed|pushed back|driven back|beaten back) by (?:the |a |an )?"
                rf"(?:[\w'’-]+ ){{0,3}}?(?:{FORCE_NOUNS}|army|military|police|guards|vigilantes|villagers|"
                r"residents)\b"
                # (an armed side chased off by another: 'M23 were chased by an armed group from two villages',
                # 'pirates boarded the tanker but were chased away by the navy'; not a crowd chased by the police)
                r"|\b(?:was|were|had been|have been) (?P<chased>chased) (?:away |off |out )?by (?:the |a |an )?"
                r"(?:[\w'’-]+ ){0,3}?(?:armed groups?|militias?|militiamen|rebels|fighters|militants|insurgents|"
                r"troops|soldiers|army|navy|coast ?guards?|armed forces)\b"),
     "clash"),
    # Buildings, bridges or vehicles blown up ('militants blew up a police post', 'the group blew up the bridge',
    # 'saboteurs blow up a pipeline'): an explosion though no device is named.
    # ('a section of a gas pipeline': the part blown up may come first; 'blasted two transmission lines')
    # (also banks, hotels, clinics, plants, masts, tankers: 'militants blew up a bank', 'rebels blew up a power
    # substation'; not an outburst, 'he blew up at the bank manager', or a story that 'blew up online')
    # ('dynamited a bridge'; in the passive: 'a pipeline was blown up by militants', 'the bank was dynamited')
    (re.compile(r"\b(?<!to )(?:(?:blew|blow|blows|blowing) up|blasted|blasting|dynamited|dynamiting) "
                r"(?!at\b|online\b|over\b)(?:on \d+ \w+ )?(?:the |a |an |two "
                rf"|three |several |their |its |his |\d+ )?(?:[\w'’-]+ ){{0,4}}?{_BLOWN_UP_TARGETS}\b"
                # (not a building taken down by engineers: 'blew up the old tower in a controlled demolition')
                r"(?![^.;]{0,60}\bcontrolled (?:demolitions?|explosions?)\b)"
                rf"|\b{_BLOWN_UP_TARGETS} (?:was|were|had been|has been|have been) (?:reportedly |partly |partially )?"
                r"(?:blown up|blasted|dynamited)\b(?![^.;]{0,60}\bcontrolled (?:demolitions?|explosions?)\b)"),
     "explosion"),
    # Fire from afar told with a verb of pounding ('the army pounded rebel positions', 'jets bombarded the
    # village', 'the town was bombarded with rockets'): only with a target a weapon can be aimed at ('rain pounded
    # the city' and 'protesters pounded on the gate' are no fire).
    (re.compile(r"\b(?<!to )(?:bombarded|bombarding|bombards|bombard|pounded|pounding|pounds)['’\"]? "
                r"(?:the |a |an |their |its |several |two |three )?(?:[\w'’-]+ ){0,3}?(?:positions?|bases?|"
                r"villages?|towns?|compounds?|"
                r"districts?|neighbou?rhoods?|posts?|checkpoints?|strongholds?|hideouts?|camps?|outposts?|"
                r"barracks|trenches|front ?lines?|frontlines?|garrisons?|targets?)\b"
                r"|\b(?:was|were|had been|have been) (?:heavily )?(?:bombarded|pounded) (?:by|with|from)\b"),
     "shelled"),
    # Weapons handed in: taken out of use. (Not a call to do it: 'police asked residents to hand in illegal firearms'.)
    (re.compile(rf"\b(?<!to )(?:(?:handed|hand|hands|handing|turned|turn|turns) in|(?:turned|turn|turns) over) "
                rf"(?:[\w,'’-]+ ){{0,6}}?{SEIZED_WEAPONS}\b"), "weapons-cache"),
    # Gunfire heard by residents, no one said to be hit or to have fired ('gunshots were heard in the district
    # overnight', 'residents heard heavy gunfire near the market', 'the sound of gunfire rang out'): a development
    # of its own in ACLED's coding ('Other'); only with a day of its own (see events._triggers), as it is also the
    # colour of a report on a fight.
    (re.compile(r"\b(?:gunshots|gun shots|gunfire|shots|shooting|bursts of gunfire) (?:(?:could|can) be |(?:were|was|"
                r"had been|have been|has been) (?:also |again |reportedly |repeatedly )?)(?P<act>heard)\b"
                r"|\b(?<!to )(?:heard|hear|hears) (?:the )?(?:sounds? of )?(?:[\w-]+ )?(?:gunshots|gun shots|gunfire)\b"
                r"|\bsounds? of (?:[\w-]+ )?(?:gunshots|gunfire) (?:rang out|was heard|were heard|echoed)\b"),
     SHOTS_HEARD),
    # Slogans chanted against or for a cause: a protest though no gathering verb is told ('party members chanted
    # slogans against the draft constitution', 'students shouted anti-government slogans outside the court').
    (re.compile(r"\b(?<!to )(?:chanted|chanting|shouted|shouting|raised|raising) (?:anti-[\w-]+ |pro-[\w-]+ )?"
                r"slogans (?:against|for|in support of|demanding|calling for|outside|in front of)\b"),
     "street-protest"),
    # Forces patrolling, or defecting: changes to a group's activity ('troops conducted a patrol along the border',
    # 'the army carried out joint patrols in the area'; 'members of the party defect to the ruling party', 'two
    # commanders defect to the rebels').
    (re.compile(r"\b(?<!to )(?<!of )(?:conducted|conducts|conducting|carried out|carries out|carrying out|launched|led|"
                r"undertook|mounted) (?:a |an |two |three |several |joint |their |its )?(?:[\w-]+ ){0,2}?"
                r"(?:patrols?|reconnaissance)\b(?! (?:of|on) (?:the )?(?:social|media|internet|web))"
                r"|\b(?<!the )(?<!a )(?<!an )(?<!any )(?<!no )(?:defect|defects) (?:to|from)\b"),
     "deployed"),
    # A town taken over by name, without a fight ('troops and allied fighters took over Bria', 'rebels took over
    # Kidal on Monday'): the lower-case pattern above needs a noun of ground, so a named place is read after a
    # force (not 'took over the presidency', 'took over as leader', 'took over from the previous commander').
    (re.compile(rf"\b{TAKERS}(?:,? (?:[\w'’-]+ ){{0,4}}?(?:and|,) (?:[\w'’-]+ ){{0,2}}?[\w'’-]+)? "
                r"(?:(?:briefly|reportedly|quickly|later|then|also|temporarily) )?"
                r"(?P<act>took|take|takes|taking) over (?!(?:the|a|an|as|from|power|responsibility|leadership|"
                r"command|management|control|running|operations|duties|office|his|her|their|its)\b)[\w'’-]+\b"),
     "captured"),
    # A public place closed, or classes suspended, for threats or insecurity ('the primary school of X was closed
    # because of security threats', 'teachers suspended classes over the deteriorating security situation', 'the
    # court has been closed down after its officers received threats'): ACLED's 'Other', with a day of its own (see
    # NEEDS_OWN_DAY). Only for a threat or insecurity told as the cause (not a holiday, a strike, a pandemic or
    # repairs); not a plan ('will be closed', 'to close'), nor a closure told in a relative clause.
    (re.compile(rf"\b{_SHUT_PLACES} (?:(?!which\b|that\b|who\b|will\b|would\b)[\w'’(),-]+ ){{0,8}}?"
                r"(?:was|were|has been|have been|had been|remained|remain|remains) (?:temporarily |indefinitely |also |"
                rf"again )?(?P<act>closed|shut|suspended)(?: down)? {_SHUT_CAUSE}"
                r"|\b(?<!to )(?<!that )(?<!which )(?<!who )(?:closed|shut|suspended|closes|shuts|suspends)(?: down)? "
                rf"(?:the |all |their |its |several |\d+ )?(?:[\w'’-]+ ){{0,3}}?{_SHUT_PLACES}\b {_SHUT_CAUSE}"),
     SHUT_OVER_THREATS),
)
"""Phrases that tell an incident by its result or with nouns and passives the trigger words miss: people
fleeing, evacuated, evicted or returning (counted), prisoners or captives released, property burned ('arsonists
burn the market'), people found dead or wounded told by the result ('a severed head was found', 'the body was
dumped', 'a gunshot wound'), people seized by gunmen or pirates, checkpoints, bases and barracks set up, weapons
handed in. As with :data:`NON_VIOLENT_ACT_PHRASES`, the word that stands for a phrase types an
event only where the phrase opens it."""

OTHER_DEVELOPMENTS = {DISPLACED, RELEASED, SHOTS_HEARD, ELECTION_RESULT, ROAD_HELD, ARMED_RESTRICTION, OPERATION_TOLD,
                      SHUT_OVER_THREATS}
"""Words of developments ACLED codes 'Other': people displaced, ordered out or returning, captives released, an
election's result declared, a road held without a crowd named, a public place shut or people kept from it by an armed
party, a force's operation or search with no foe and no result told, a school, a court or a market closed for threats
or insecurity."""

PROPERTY_HARM = {"destroyed", "destroying", "demolished", "razed", "damaged", "vandalised", "vandalized"}
"""Words of property destroyed: an incident told with one and nothing the typing rules read ('houses were destroyed
after claims of witchcraft', 'soldiers found and destroyed a clandestine airstrip') is at least property destruction,
the most general type the word allows."""

NATURAL_CAUSES = {"flood", "floods", "flooding", "floodwaters", "storm", "storms", "rains", "rain", "earthquake",
                  "quake", "cyclone", "hurricane", "typhoon", "landslide", "landslides", "mudslide", "tornado",
                  "drought", "wildfire", "wildfires", "lightning", "winds", "eruption", "tsunami", "accident",
                  "accidentally", "collapse", "collapsed"}
"""What destroys property with no one's violence ('homes destroyed by the floods', 'a bridge damaged in the
storm'): no incident."""

NATURAL_KILLERS = frozenset({"flood", "floods", "flooding", "floodwaters", "storm", "storms", "rains", "earthquake",
                             "quake", "cyclone", "hurricane", "typhoon", "landslide", "landslides", "mudslide",
                             "mudslides", "tornado", "wildfire", "wildfires", "lightning", "eruption", "tsunami",
                             "avalanche", "heatwave", "accident", "accidents", "outbreak", "epidemic", "cholera",
                             "measles", "malaria", "ebola", "meningitis", "disease", "diseases", "virus",
                             "coronavirus", "covid-19", "pandemic", "drought", "collapse", "collapsed"})
"""What kills or injures people with no one's violence ('floods killed twelve people', 'five were killed in a road
accident', 'lightning injured three herders'): told as the cause of a death or an injury with no act of violence
beside it, no incident (ACLED codes no disasters or accidents); nor does a disease ('an outbreak of cholera killed
ten people'). Not 'crash' alone: a military aircraft's crash is a strategic development of its own ('40 personnel
were killed in the crash'); a crash is a road's only with a vehicle before it or a road after it
(:data:`ROAD_CRASHES`)."""

ROAD_CRASHES = frozenset({"crash", "crashes", "collision", "pile-up"})
"""An accident's nouns that may be an aircraft's: a road accident only with a road vehicle before them ('killed in a
car crash', 'a bus collision', :data:`ROAD_VEHICLES`) or a road just after them ('in a crash on the highway',
:data:`ROADS`)."""

ROAD_VEHICLES = frozenset({"road", "traffic", "car", "bus", "motor", "motorcycle", "truck", "lorry", "minibus",
                           "head-on", "two-vehicle", "multi-vehicle"})
"""Words before a crash that make it a road accident ('a car crash', 'a head-on collision')."""

ROADS = frozenset({"highway", "road", "motorway", "expressway", "freeway"})
"""Roads named just after a crash ('in a crash on the highway'): a road accident."""

NATURAL_HARM = frozenset({"killed", "kill", "kills", "killing", "died", "dead", "injured", "injuring", "wounded",
                          "destroying", "damaging"})
"""The harm words that a natural cause (:data:`NATURAL_KILLERS`) may be all a sentence tells: a sentence with any other
trigger word (an attack, a shooting, a blast) is read as before. ('destroying', 'damaging': the participle of a storm
told as the sentence's subject, 'a storm battered the town, destroying dozens of houses'.)"""

NATURAL_SUBJECT_GAP = frozenset({"has", "have", "had", "that", "which", "reportedly", "also", "already"})
"""Words between a natural cause and its harm verb ('the floods have killed', 'a landslide that killed')."""

NATURAL_CAUSE_LEADS = frozenset({"in", "by", "during", "after", "when", "from"})
"""Words that lead a natural cause after the harm ('killed in a landslide', 'injured by lightning')."""

NATURAL_CAUSE_FILLERS = frozenset({"a", "an", "the", "heavy", "flash", "road", "traffic", "car", "bus", "motor",
                                   "motorcycle", "boat", "truck", "severe", "torrential", "deadly", "massive",
                                   "tropical", "fatal", "violent", "powerful", "strong", "recent", "two-vehicle",
                                   "lorry", "minibus", "head-on", "multi-vehicle", "cholera", "measles", "mine",
                                   "building", "bridge", "roof", "wall"})
"""Words that may stand between a lead and its natural cause ('in a road accident', 'by the heavy floods'); any other
word (a party: 'by gunmen during a storm') leaves the harm to be read as before."""

NEEDS_OWN_DAY = OTHER_DEVELOPMENTS | {FIGHTING_TOLD, FORCES_SEEN, GOODS_PILLAGED, GATHERINGS_BANNED, ARMS_SUPPLIED}
"""Words of phrases that open an incident only in a sentence with a day of its own: told without one, people
displaced or fighting that erupted are a war's course ('thousands have fled the violence', 'violence between the
communities has claimed hundreds of lives'), goods pillaged a charge or a history ('the ruling party pillaged the
treasury')."""

BASE_ESTABLISHED = "base-established"
"""The word that stands for a base, barracks or headquarters set up: ACLED's 'Headquarters or base established'."""

_FIRE_SIDES = (rf"{_ARMED_PARTY}|militias?|bandits|terrorists|separatists|gangs?|soldiers|troops|forces|army|police|"
               r"policemen|gendarmes|guards|marines|(?:armed|gang|militia|rebel) members")
"""Armed men and forces who trade fire or fire on others (see :data:`ACT_PHRASES`)."""
_FIRE_TRADED = r"(?:traded|trade|trades|trading|swapped|swapping) (?:heavy |intense |sporadic )?(?:gun)?fire"
"""Fire traded between two sides, 'exchanged fire' by another verb (see :data:`ACT_PHRASES`)."""

INVADERS = (r"(?:gunmen|bandits|armed (?:men|individuals|persons|people|gangs?|groups?|bandits|herdsmen)|gang members|"
            r"gangs|gangsters|militiamen|militia|militias|militants|terrorists|attackers|assailants|kidnappers|"
            r"raiders|jihadists)")
"""Armed men who invade the places people live and work in (see ACT_PHRASES): not an army, rebels or fighters, whose
invasion of a town or a country is a war's move or its course."""

INVADED_PLACES = (r"(?:villages?|communit(?:y|ies)|neighbou?rhoods?|residential areas?|settlements?|hamlets?|farms?|"
                  r"farm ?houses?|homes?|houses?|residences?|compounds?|schools?|churche?s?|mosques?|markets?|"
                  r"camps?|hospitals?|quarters?|estates?)")
"""The places people live, work or pray in, invaded by armed men ('invaded the Wasakin community')."""

ACT_PHRASES = (
    (re.compile(r"\b(?:beat|beats|beaten|beating|rough|roughs|roughed) (?:them |him |her )?up\b"), "beaten"),
    # Armed men who invaded a village, a neighbourhood or a home ('gunmen invaded the village of Kura', 'armed gang
    # members invaded residential areas', 'bandits invaded a farm house'): a raid on the people there, as 'raided' or
    # 'stormed' is read. Only with the armed party before the verb and the people's place after it: not a country
    # invaded by an army (a war's course), a pitch invaded by fans or land occupied by squatters.
    (re.compile(rf"\b{INVADERS} (?:(?!who\b|which\b|that\b)[\w'’()-]+ ){{0,6}}?"
                rf"(?<!to )(?P<act>invaded|invades|invade) (?:[\w'’-]+ ){{0,3}}?{INVADED_PLACES}\b"), "raided"),
    (re.compile(r"\b(?:open|opens|opened|opening) fire\b"), "fired"),
    # A robbery told by its noun as something done ('bandits carried out an armed robbery in the village', 'gunmen
    # staged a robbery on a bus'): the act, read as 'robbed' is. Not the crime a suspect is held, tried or wanted for
    # ('arrested for armed robbery', 'convicted of robbery'): only after a verb of doing.
    (re.compile(r"\b(?:carried|carry|carries|carrying) out (?:an? |the )?(?:armed |violent |daring |brazen )?"
                r"(?:robbery|robberies)\b"
                r"|\b(?:staged|stage|stages|staging) (?:an? )?(?:armed |violent |daring |brazen )?"
                r"(?:robbery|robberies)\b"),
     "robbed"),
    (re.compile(r"\b(?:exchange|exchanges|exchanged|exchanging) (?:of )?(?:fire|gunfire)\b"), "exchanged"),
    # Fire traded, or come under, with an armed side named ('soldiers traded fire with militants', 'police and
    # gunmen traded fire', 'an army patrol came under fire from rebels'): 'exchanged fire' and 'opened fire' by other
    # words; only with armed men or a force told beside it, as a minister who 'came under fire from the opposition'
    # or candidates who 'traded fire in the debate' are words.
    (re.compile(rf"\b{_FIRE_TRADED} with (?:the |a |an )?"
                rf"(?:[\w'’-]+ ){{0,3}}?(?:{_FIRE_SIDES})\b"
                # (the side that traded it told just before, so that a hedge before it is read: 'the army denied
                # that its soldiers traded fire')
                rf"|\b(?:{_FIRE_SIDES}) (?:(?!that\b|who\b|which\b|said\b|denied\b|reports\b|not\b|never\b)"
                rf"[\w'’,-]+ ){{0,3}}?"
                rf"{_FIRE_TRADED}\b"), "exchanged"),
    (re.compile(rf"\b(?:came|come|comes|coming) under (?:heavy |intense |sporadic )?(?:gun)?fire from (?:the |a |an )?"
                rf"(?:[\w'’-]+ ){{0,3}}?(?:{_FIRE_SIDES})\b"), "fired"),
    # A patrol, a convoy or a force that came under fire, with no side named ('an army patrol came under fire near
    # the border', 'soldiers came under heavy gunfire at a checkpoint'): an attack on the force, as 'came under
    # attack' is read. Not where the fire is words ('the police came under fire from rights groups', 'came under fire
    # for its handling', 'over the arrests'): 'from' is left to the pattern before, which names an armed side.
    (re.compile(rf"\b(?:patrols?|convoys?|{_FIRE_SIDES}|checkpoints?|outposts?) (?:[\w'’-]+ ){{0,2}}?"
                r"(?:came|come|comes|coming) under (?:heavy |intense |sporadic |sustained )?(?:gun)?fire\b"
                r"(?![^.;]*\b(?:for|over|from|critics?|criticism)\b)"), "fired"),
    # The murder of someone told by its noun with its doer ('the murder of a village chief by gunmen'), as 'the killing
    # of a trader by gunmen' is read; not a charge or a trial without the doer ('charged with the murder of a trader').
    (re.compile(rf"\bmurders? of (?:[\w'’-]+ ){{1,5}}?by (?:the |a |an )?(?:[\w'’-]+ ){{0,2}}?"
                rf"(?:{_FIRE_SIDES}|assailants|attackers|assassins|kidnappers|herders|herdsmen|mob|men)\b"),
     "murdered"),
    # A skirmish told by its verb with an armed side named ('soldiers skirmished with rebels', 'militants and troops
    # skirmished near the town'; 'a skirmish between' is told by its noun): not rival lawyers or teams who skirmished.
    (re.compile(rf"\b(?:skirmished|skirmishing) with (?:the |a |an )?(?:[\w'’-]+ ){{0,3}}?(?:{_FIRE_SIDES})\b"
                rf"|\b(?:{_FIRE_SIDES}) (?:(?!that\b|who\b|which\b|said\b|denied\b|reports\b|not\b|never\b)"
                rf"[\w'’,-]+ ){{0,3}}?(?:skirmished|skirmishing)\b"), "clash"),
    # An offensive gone on against an armed side ('the guard went on the offensive against mutinous troops'), as
    # 'launched an offensive against' is read: not a team or a campaign that 'went on the offensive' in words.
    (re.compile(rf"\b(?:went|go|goes|going|gone) on the offensive against (?:the |a |an )?(?:[\w'’-]+ ){{0,3}}?"
                rf"(?:{_FIRE_SIDES}|positions|strongholds)\b"), "clash"),
    # Armed men driven from a place ('the army drove the rebels out of the town', 'the rebels pushed government
    # troops out of the village'): ground taken in a fight; not residents driven from their homes. (Not the passive:
    # 'the rebels were pushed out by the army' would make the rebels the side that acted.)
    (re.compile(rf"\b(?:drove|drive|drives|driving|driven|pushed|push|pushes|pushing) (?:the |a |an )?"
                rf"(?:[\w'’-]+ ){{0,2}}?(?:{_FIRE_SIDES}) (?:back )?out of\b"), "retook"),
    # Resistance met from an armed side ('troops encountered resistance from militants', 'the army met fierce
    # resistance from the rebels'): a fight; not a bill or a plan that 'met stiff resistance from lawmakers'.
    # (armed men or troops resisting, not the police: 'the reform met resistance from police unions')
    (re.compile(rf"\b(?:met|meet|meets|meeting|encountered|encounter|encounters|encountering) "
                rf"(?:(?:stiff|fierce|heavy|strong|armed|little|some) )?resistance from (?:the |a |an )?"
                rf"(?:[\w'’-]+ ){{0,3}}?(?:{_ARMED_PARTY}|militias?|bandits|terrorists|separatists|troops|soldiers)"
                r"\b"), "clash"),
    (re.compile(r"\b(?:gun|guns|gunned|gunning) down\b"), "shot"),
    (re.compile(r"\b(?:threw|throw|throws|throwing|hurled|hurl|hurls|hurling) (?:stones|rocks|petrol bombs|molotov)"
                # (in the passive: 'rocks and stones were thrown at the candidate by angry residents')
                r"|\b(?:stones|rocks|bricks|petrol bombs|molotov cocktails)(?: and (?:stones|rocks|bricks|bottles))? "
                r"(?:were|had been|have been) (?:thrown|hurled) at\b"),
     "stones"),
    (re.compile(r"\b(?:took|take|takes|taking|(?:have|has|had) taken) to the streets?\b"
                # ('teachers went to the streets claiming their bonus', 'activists went down in the street', 'women
                # took the street to ask for', 'locals hit the streets'; not 'went down the street to the shop')
                r"|\b(?:went|go|goes|going|gone) (?:down )?(?:in|into|to|on|onto) the streets?\b"
                r"|\b(?:took|take|takes|taking|hit|hits|hitting) the streets?\b(?! (?:vendors?|lights?|children)\b)"),
     "street-protest"),
    (re.compile(r"\b(?:fight|fights|confrontation|confrontations) (?:broke out |erupted )?between\b"
                # Violence told as what broke out between two sides, or as the setting of harm ('one prisoner was
                # killed in violence that erupted between inmates and guards', 'thirty people were wounded amid
                # violence between farmers and herders'), and confrontations with a force ('five youths were killed
                # amidst violent confrontations with the police'): a fight of two sides, not one side's attack on
                # the harmed (not a history or a cycle of violence between them: no verb or 'amid' before it)
                # (not violence told as what came before the act: 'gunmen opened fire on residents following
                # violence that erupted between two families')
                r"|(?<!after )(?<!following )(?<!after the )(?<!following the )"
                r"\bviolence (?:that |which )?(?:had )?(?:broke out|erupted|flared up|flared) between\b"
                r"|\b(?:amid|amidst|in) (?:the )?(?:fresh |renewed |deadly |communal |intercommunal )?"
                r"violence between\b"
                r"|(?<!after )(?<!following )(?<!after the )(?<!following the )(?<!violent )(?<!deadly )(?<!bloody )"
                r"\b(?:violent |deadly |bloody )?confrontations? with (?:the )?(?:police|policemen|security forces|"
                r"security personnel|security officers|security agents|police officers|police personnel|"
                r"soldiers|gendarmes|troops|army|military)\b"),
     "clash"),
    (re.compile(r"\b(?:fire|gun) fights?\b|\bgun battles?\b"), "clash"),
    (re.compile(r"\bstone[sd]? (?:\w+ ){0,3}to death\b"), "stoned"),
    (re.compile(r"\bspray(?:s|ed|ing)? (?:\w+ ){0,8}with bullets\b"), "shot"),
    # Bullets pumped into a person, a throat slit ('gunmen pumped bullets into a trader', 'a farmer was found with
    # his throat slit'): shooting and killing told by other words.
    (re.compile(r"\b(?:pumped|pump|pumps|pumping) (?:\w+ ){0,3}?bullets into\b"), "shot"),
    (re.compile(r"\b(?:with )?(?:his|her|their) throats? (?:was |were )?slit\b|\bthroats? (?:was|were) slit\b"),
     "killed"),
)
"""Phrases that tell an act though no single word of theirs does ('beat up four men', 'gunmen opened fire on a
bus', 'police exchanged fire with raiders', 'youths hurled stones at officers', 'traders took to the streets', 'a
fight between farmers and herders', 'engaged in a fire fight', 'stone a thief to death', 'sprayed the car with
bullets'), each with the word that stands for it when the event is typed."""

WEAK_TRIGGERS = {"found", "discovered", "seized", "deal", "peace", "exchange", "hit", "opened", "signed", "body",
                 "bodies", "beat", "died", "dead", "accord", "set", "corpse", "corpses", "burns"}

ENTRY_WORDS = {"entered", "withdrew"}
"""Trigger words that tell only an entry or a withdrawal ('a convoy of military carriers entered Nyala', 'the
mercenaries withdrew from Birao'): no typing rule reads them, so where a phrase of the sentence tells what the move was,
the phrase leads the event as the weak triggers do (they still open it where no phrase does)."""

ONGOING = ("has been at war", "have been at war", "is fighting", "are fighting", "is battling", "are battling",
           "has ravaged", "have ravaged", "has been ravaged", "has gripped", "have gripped", "is waging", "are waging",
           "has reigned", "in the past", "past week", "past month", "a total of",
           "compared to the same period", "same period last year", "different operations", "separate attacks",
           "separate operations", "every week", "every day", "every month", "each week", "continues to",
           "continue to", "than any previous", "recorded year", "continuation of", "a wave of",
           "increasingly", "the fight against", "were displaced", "been displaced", "the majority of",
           "the number of dead", "the number of casualties", "combined death toll", "combined toll", "last year",
           "last summer", "last winter", "last spring", "last autumn", "step up attacks", "stepped up attacks",
           "stepping up attacks", "stepped up its use")
"""Wording of a war's or a period's course, not of one incident ('has been at war with the Houthis', 'in the past
week', 'a total of'): a sentence with it and no day of its own opens no event."""

LEAD_SUMMED_ACTS = frozenset({"separate attacks", "separate operations"})
"""Words of :data:`ONGOING` that sum up acts rather than tell a course ('killed five villagers in separate attacks on
two villages'): in a report's undated lead that nothing after it tells otherwise, the lead's own acts (see
``events._undated_lead``), as :data:`SEVERAL_INCIDENTS` is there."""

COURSE_SPANS = frozenset({"decade", "decades", "years", "months", "weeks", "century", "centuries", "era"})
"""Spans of time an undated lead may name ('closed for much of the last decade', 'for years', 'over the past months'):
a course's, never the report's own incident (see ``events._lead_told_as_act``)."""

COURSE_PERFECT = frozenset({"has", "have", "'ve"})
"""Auxiliaries of the present perfect: an undated lead told with one ('militants have attacked the town several times',
'thousands have fled the fighting') tells a course or a toll so far, never the report's own incident."""

LEAD_ASIDE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "how", "blamed", "known", "responsible",
                              "accused", "accuses", "notorious", "behind", "says", "say", "said", "claims", "claimed",
                              "alleges", "alleged", "denies", "denied"})
"""Words that, before a lead's act, tell the act in a relative clause, a profile, a charge or a story, not as the
report's own incident ('an armed group that killed hundreds in separate attacks', 'a militia blamed for a series of
raids', 'the opposition says the ruling party pillaged the treasury', 'the film tells how robbers loot a bank'): such
an undated lead opens none (see ``events._lead_told_as_act``)."""

LATEST_OF_COURSE = re.compile(r"\bthe latest (?:in|of) (?:a|an|the) (?:[\w-]+ )?(?:wave|series|string|spate|spree|rash|"
                              r"surge|run|number) of\b")
"""'the latest in a wave of such attacks', 'the latest in a series of bombings': the clause's act named as the newest
of a course, so one incident of its own (the course's words in it, :data:`ONGOING` and :data:`SEVERAL_INCIDENTS`,
tell what it belongs to, not that it is a summary)."""

OWNED_SEASON = re.compile(r"\b(?:following|after|over|against|about) last (?:year|summer|winter|spring|autumn)"
                          r"(?:'s|’s) ")
"""'detained following last year's mutinies', 'protested over last year's results': 'last year' as a possessive,
dating a noun the clause mentions as a cause, not the period of a course (see :data:`ONGOING`)."""

SHORT_PERIOD = re.compile(r"\bpast (?:two|three|few|several) days\b")
"""'killed in air strikes over the past few days': a span of days an incident told in the simple past took (ACLED
codes such a report as one event); a period's course only where the clause tells a course ('have been killed', a
perfect) — see :data:`PAST_PERIOD`."""

PASSIVE_TOTAL = re.compile(r"\ba total of (?=[\d,]+ (?:[\w-]+ ){0,2}?(?:were|was) )"
                           r"|\ba total of (?=(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                           r"\w+ty) (?:[\w-]+ ){0,2}?(?:were|was|joined) )")
"""'a total of 6 people were killed', 'a total of seven people joined a hunger strike': the act's people counted in
the simple past, no period's course (see :data:`ONGOING`, :data:`ACT_TOTAL`); 'a total of 300 have been killed' keeps
its perfect and stays a toll."""

BLASTS_COUNTED = re.compile(r"\b(?:two|three) (?:separate )?(?:blasts|explosions)\b")
"""'two explosions killed three people', 'two separate explosions in the same location injured two men': the blasts
of one double bombing told with their toll, one incident (see :func:`sitrep.extract.events._generic`), unlike a
summary of attacks told one by one after it."""

ONE_SITE = ("same location", "same place", "same site", "same spot", "same area", "apart in")
"""Words that put several blasts at one site ('two separate explosions about an hour apart in the same location')."""

BLASTS_APART = ("separate", "across", "different", "various", "elsewhere")
"""Words that put several blasts apart ('in separate parts of the city', 'across the country'): a summary still."""

DURATION_COURSE = ("for years", "for many years", "for several years", "for decades", "for months",
                   "for many months", "for several months", "over the years")
"""A habit told by how long it has lasted ('militants have set up checkpoints in the region for years', 'the group
has taxed herders for months'): as :data:`ONGOING`, no incident in a sentence with no day of its own; except in a
protest's, where it is the grievance's ('rallied against a reign of terror that has lasted for decades', 'protested
over pensions unpaid for months')."""

GRIEVANCE_LEADS = {"over", "against", "demanding", "denouncing", "about", "because", "calling", "complaining",
                   "demand", "not", "unpaid", "non-payment", "nonpayment", "lack", "delay", "delays", "delayed"}
"""Words that open what a protest was about ('protested over delays', 'went on strike against unpaid wages', 'went
to the street to demand the release of a general held since 2015', 'protested for not receiving their salary for the
past three years', 'over the non-payment of wages since July')."""

ACT_TOTAL = re.compile(r"\b(?<!have )(?<!has )(?<!had )([\w'’-]+) a total of\b")
"""'a total of' right after a word: where that word is an act's verb in the simple past ('gunmen abducted a total of
50 men from four villages', 'enforcers attacked a total of seven vehicles'), the total counts the act's objects, not a
period's course (see :data:`ONGOING`; 'militants have killed a total of 300 civilians' is a toll)."""

PAST_PERIOD = re.compile(r"\bpast (?:two|three|four|five|six|few|several) (?:days|weeks|months|years|decades)\b")
"""'over the past two weeks', 'the past few months': a period's course, as :data:`ONGOING` ('the past two elections'
counts elections, not time; 'the past 24 hours' is a daily report's own day)."""

STATISTIC_SHARE = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s*(?:%|percent|per cent)|(?:a|one) (?:fifth|quarter|third|half)|two thirds|half) of "
    r"(?:all |the )?(?:[\w-]+ ){0,2}?(?:casualties|deaths|victims|death toll|fatalities|killings)\b"
    r"|\b(?:recorded|registered|saw|had) the (?:highest|largest|lowest) (?:number|share|toll) of "
    r"(?:civilian )?(?:casualties|deaths|victims|fatalities)\b")
"""A report's statistics: a share of a period's casualties ('blamed for 38 percent of the casualties', 'caused a
fifth of the civilian casualties', 'about 40% of the documented death toll') or a ranking of places by them
('Aleppo recorded the highest number of casualties'). A sentence with it and no day of its own opens no event, as
:data:`ONGOING`; a share of one attack's victims ('half of them children') names no such noun."""

HABITUAL = {"daily", "weekly", "monthly", "routinely", "regularly", "frequently", "normally", "usually", "typically"}
"""'sees daily protests', 'publishes monthly accounts of the clashes': a habit, not an incident (lower case only:
'Daily Sabah' is an outlet)."""

HABIT_NOT_AFTER = {"wage", "wages", "wager", "wagers", "labourers", "laborers", "ration", "rations", "allowance",
                   "allowances", "compensation", "salary", "salaries", "stipend", "stipends", "pension", "pensions",
                   "payment", "payments", "pay", "rent", "fees", "fee"}
"""'daily wage workers', 'monthly allowances', 'demanding monthly compensation': the word names a kind of pay, not
a habit. (A 'weekly newspaper'
that lists attacks is still a periodical's summary, not an incident.)"""

ITERATIVE_COURSE = ("several times", "many times", "a number of times", "numerous times", "countless times",
                    "on several occasions", "on many occasions", "on numerous occasions", "on a number of occasions",
                    "repeatedly", "time and again", "again and again", "frequent ", "frequently", "in recent months",
                    "in recent weeks", "in recent years")
"""Words that tell acts as repeated ('militants have attacked the town several times', 'gunmen have repeatedly
raided villages', 'has carried out frequent attacks', 'police have arrested dozens in recent months'): told in the
active perfect (see :data:`PERFECT_ADVERBS`) they are a course so far, background to a report, not its incident."""

PERFECT_ADVERBS = {"also", "already", "reportedly", "allegedly", "repeatedly", "frequently", "often", "again",
                   "previously", "since", "twice", "regularly"}
"""Adverbs between a perfect's auxiliary and its participle ('have repeatedly attacked', 'has also carried out'),
passed over to tell the active perfect from the passive ('has been stabbed several times': one act's blows)."""

PERIOD_STARTS = {"the", "a", "an", "early", "late", "mid", "its", "their", "last"}
"""'since the start', 'since a coup in 2021', 'since early 2011', 'since last November': 'since' opening a
period."""

ANAPHORS = {"the", "this", "that", "'s", "’s"}
"""'the attack', 'Saturday's attack': a definite reference to an incident already told."""

NOT_ANAPHORIC = {"latest", "another", "separate", "second", "third", "earlier", "previous", "other", "recent",
                 "new", "first", "last", "similar"}
"""'the latest attack', 'a second attack', 'the previous bombing': another incident, though definite."""

FURTHER_TOLL_BEFORE = {"another", "further"}
FURTHER_TOLL_AFTER = {"more"}
"""'killing another two soldiers', 'a further two', 'three more soldiers': a toll counted apart from the one told
before it. Told of a planted bomb going off after an act that was not a bombing ('reinforcements were sent; a
landmine went off under their lead vehicle, killing another two'), it is the blast's own incident, not more of the
fight's toll."""

BACKGROUND = ("previous week", "previous day", "previous month", "last year", "earlier this", "in the past",
              "the week before", "days earlier", "weeks earlier", "months earlier", "a year ago")

OCCASION_MARKED_BY = ("marked", "by")
"""'Women's day was marked by a march', 'the anniversary was marked by rallies': the occasion's marking is the act
itself, not a past act remembered ('marked the anniversary of the bombing', where 'marked' and 'anniversary' hedge)."""
OCCASION_DENIALS = frozenset({"no", "not", "never", "without", "nor", "neither"})
"""Words that deny an occasion's marking before the protest word ('the day was not marked by any protest')."""

CALL_VERBS = frozenset({"urged", "urges", "urging", "asked", "asks", "asking", "called", "calls", "calling",
                        "appealed", "appeals", "appealing", "encouraged", "encourages", "incited", "incites",
                        "inciting", "exhorted", "invited", "invites", "mobilised", "mobilized"})
"""Verbs of a call to act: a trigger told as what someone was called on to do ('the union urged its members to
protest', 'the cleric called on residents to attack the police station') is a call, not the act. (Not orders:
'ordered his men to open fire' is often told of an order carried out.)"""

CALLED_ACT_LEADS = frozenset({"join", "stage", "hold", "attend", "organise", "organize", "mount", "the", "a", "an",
                              "their", "its", "mass", "planned", "peaceful", "nationwide"})
"""Words that may stand between a call's 'to' and the act called for ('urged its members to join the protest',
'called on supporters to stage a mass rally'; see :data:`CALL_VERBS`)."""

SENTENCE_HEDGES = {"anniversary", "commemorated", "commemorate", "commemorating", "memorial", "threatened",
                   "vowed", "warned", "rumours", "rumors", "sentenced", "convicted", "trial", "court", "exercise",
                   "exercises", "analysts", "dismissed", "rejected", "false", "hoax", "rather",
                   "regular", "regularly", "routinely", "frequently", "often", "usually", "none", "neither", "normally",
                   "typically", "generally"}

COURT_TOLD = frozenset({"court", "courts", "tribunal", "magistrate", "judge", "trial", "testified", "prosecutors",
                        "prosecution", "sentenced", "convicted", "acquitted"})
"""Words of a court in a sentence: a gathering told in it to press a demand may be one the court heard of ('the court
heard that villagers had blocked the road in 2019, demanding compensation'), read with the hedges of trigger words."""

COURT_PLACE_NOUNS = frozenset({"room", "rooms", "hall", "house", "premises", "compound", "building", "yard", "gate",
                               "gates", "official", "officials", "clerk", "clerks", "bailiff", "bailiffs", "registrar",
                               "registrars", "staff", "employee", "employees", "worker", "workers", "officer",
                               "officers", "guard", "guards", "messenger", "interpreter"})
"""Words after 'court' that make it a place or an office held ('activists in the court room chanted', 'a court
official was abducted'): no trial told, so 'court' hedges no act of the sentence (see :data:`SENTENCE_HEDGES`)."""

COURT_HOLDERS = frozenset({"president", "judge", "judges", "magistrate", "magistrates", "clerk", "clerks", "registrar",
                           "head", "chief", "staff", "official", "officials", "employee", "employees", "guard",
                           "guards", "bailiff", "bailiffs"})
"""Who holds an office of a court, told before 'of (the/a) … court' ('the president of a local court was kidnapped',
'a judge of the high court was shot'): a person, no trial told."""

COURT_BUSINESS = frozenset({"sentenced", "sentences", "convicted", "acquitted", "jailed", "trial", "tried", "heard",
                            "ruled", "ruling", "verdict", "charged", "testified", "prosecutors",
                            "prosecution"})
"""A court's business told in the sentence ('the president of the court said the men were convicted'): where any is
told, a court named as a place or an office still hedges the acts (see :data:`COURT_PLACE_NOUNS`)."""

VIOLENT_ACTS = {"exploded", "detonated", "blast", "explosion", "killed", "killing", "wounded", "wounding", "injured",
                "injuring", "attacked", "struck", "fired", "shelled", "stormed", "ambushed", "clashed", "clashes",
                "fighting", "shot", "bombed", "dead"}

ROADBLOCK_WORDS = {"barricade", "barricades", "barricaded", "barricading", "roadblock", "roadblocks", "tyres", "tires",
                   "blocked", "blocking", "blockaded", "blockade"}
"""A crowd holding a road or a place ('set up barricades', 'burned tyres on the highway', 'blocked the road'): how a
demonstration is held. With rioters told, it marks a violent demonstration, not a crowd's mob violence."""

BARRICADE_WORDS = {"barricade", "barricades", "barricaded", "barricading"}
"""A road or a place held with barricades ('residents barricaded the road to the mine', 'refugees barricaded the road
linking the two camps', 'drivers set up barricades and burnt down a bus'): with no armed party and no protest word,
a crowd's demonstration turned violent as ACLED codes it, not an attack on the people named (armed men's or unnamed
barricades are a road held: see :data:`ROAD_HELD`)."""

FACED_FORCES = POLICE_WORDS | {"security"}
"""The forces a crowd faces when a demonstration turns violent ('clashed with the gendarmerie', 'clashed with
security personnel')."""

STRONG_RIOT = {"stones", "stone", "pelted", "tyres", "tires", "barricades", "barricaded", "molotov", "petrol",
               "rioting", "rioters", "riot", "riots", "looted", "ransacked", "vandalised", "vandalized"}

TAKE_VERBS = {"captured", "seized", "took", "taken", "overran", "overrun", "retook", "recaptured", "regained",
              "recapture", "recaptures",
              "liberated", "stormed", "entered", "overtook", "overtaken", "overtakes", "overtake", "overruns",
              # ground cleared of the enemy ('troops cleared the camps at Nwalemer', 'forces cleared Madube')
              "cleared", "clear", "clears",
              # a headline's present ('Chadian forces retake Dikwa', 'the army captures Gulak', 'government reclaim
              # Pilliny') and a place reclaimed
              "retake", "retakes", "capture", "captures", "seizes", "liberate", "liberates", "reclaim", "reclaims",
              "reclaimed", "regain", "regains",
              # ground occupied again ('soldiers reoccupied the area without a fight'): 'occupied' alone is as often a
              # crowd's sit-in ('students occupied the hall')
              "reoccupied", "reoccupies", "reoccupy",
              # the participle of a clause that tells the taking after the fight ('clashed with the army, overtaking
              # the territory', 'launched an offensive, capturing two towns', 'retaking the hill')
              "capturing", "recapturing", "seizing", "overrunning", "overtaking", "retaking", "liberating",
              "reclaiming", "regaining"}

CLEAR_ADJECTIVE_LEADS = frozenset({"is", "was", "are", "were", "be", "been", "being", "remains", "remained", "remain",
                                   "not", "n't", "yet", "still", "immediately", "entirely", "fully", "very", "became",
                                   "become", "becomes", "seems", "seemed", "appears", "appeared", "it's", "isn't",
                                   "wasn't"})
"""Words before 'clear' that make it the adjective, not ground cleared ('it is not clear which villages were
attacked', 'the toll was not immediately clear', 'it remains clear that …'): no taking (see :data:`TAKE_VERBS`)."""

TAKE_BARE_FORMS = {"retake", "capture", "liberate", "reclaim", "recapture", "overtake", "regain", "take", "gain",
                   "overrun"}
"""Verbs of :data:`TAKE_VERBS` (and 'take' of :data:`TAKE_OVER_VERBS`, 'gain' of :data:`TAKE_BACK_VERBS`) whose bare
form is also the infinitive: after 'to' or a modal ('launched an offensive to capture the town', 'could retake Dikwa',
'had tried to take over the town', 'are attempting to gain control of the area', 'attempts to overrun army bases')
they tell an aim, not ground taken."""

ACHIEVED_LEADS = {"able", "managed", "succeeded"}
"""Words before 'to' that make the bare verb after it an act done, not an aim ('the military was able to capture
strategic hills', 'managed to retake the town')."""

RETAKEN_PASSIVES = {"liberated", "retaken", "recaptured", "regained", "reclaimed"}
"""Verbs of ground taken back that tell it in the passive without a taker ('the district had finally been liberated',
'the town was recaptured on Monday'): the party named before them, who tells it, took it."""

NAMED_PLACE_RETAKEN = {"retaken", "regained", "reclaimed"}
"""Passive verbs of ground taken back that a place's name before 'was' makes a taking ('Yaloke was retaken by the
state forces', 'Gulak was regained on Monday'); not 'recaptured', 'liberated': said of an escaped prisoner or a freed
hostage as well."""

GAINS_NOUNS = {"gains", "advances", "inroads"}
GAINS_MADE = {"made", "make", "makes", "making"}
"""'The LNA made gains in Ganfouda', 'had made important gains and consolidated its control': ground taken, told by
the gains a side made (with a place or control after them)."""

EXPEL_VERBS = {"drove", "driven", "drive", "drives", "pushed", "flushed", "dislodged", "chased", "expelled", "ousted"}
"""Verbs that take a place with 'out of' it after their object ('the state forces drove the rebels out of the
locality', 'flushed the insurgents out of Bama'): the side put out lost the place."""

INFINITIVE_LEADS = {"to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "not", "cannot",
                    "never"}
"""Words before a bare verb that make it an aim, a possibility or a denial, not an act told."""

TAKE_OVER_VERBS = {"take", "takes", "taking"}
"""Verbs of the present that take a place only with 'over' after them ('rebels briefly take over Basuba'; not 'take
the wounded to hospital')."""

CARRIED_TOWARD = {"to", "into", "towards", "toward"}
"""The words of where people or goods were carried after :data:`CARRIED_TO` ('took them to their bases', 'took the
hostages into the forest', 'were taken towards the border')."""

CARRIED_TO = {"took", "taken"}
"""Verbs of taking that, with 'to' a few words after them, tell people or goods carried somewhere, not ground taken
('the man was taken to a FACA base', 'gang members took them to their bases', 'the wounded man was taken to the health
centre'): the base, the camp or the area named after 'to' is where they were brought."""

NOT_TAKEN_AFTER = {"off", "place", "part"}
"""A word after a verb of taking that makes it no taking of ground: 'the plane took off from the airport', 'after
taken off from the airport' (a flight leaving, not an airport seized), 'the attack took place during post-election
violence', 'villagers took part in the march'."""

TAKEN_FACILITIES = frozenset({"building", "buildings", "station", "stations", "compound", "complex", "facility",
                              "facilities", "premises", "terminal", "terminals"})
"""A place named as a facility, after a verb of :data:`FACILITY_TAKING_VERBS` ('troops overran the radio station',
'the army captured the government buildings in the city', 'the rebels recaptured the oil terminal'): ground taken by
force as a town is (ACLED's territory taken), not people attacked there. Only after these verbs: 'seized' or 'took'
a building is as often property seized or a crowd's sit-in ('police seized the party's building', 'students took the
administration building')."""

FACILITY_TAKING_VERBS = frozenset({"captured", "capture", "captures", "overran", "overrun", "overruns", "retook",
                                   "retake", "retakes", "recaptured", "recapture", "recaptures"})
"""Verbs of taking by force whose object, named as a facility (:data:`TAKEN_FACILITIES`), is ground taken."""

BOMBING_FORCES = frozenset({"army", "military", "troops", "soldiers", "force", "forces", "junta", "regime", "jets",
                            "warplanes", "aircraft", "planes", "helicopters"})
"""Nouns of a state's armed forces or their aircraft told right before 'bombed' ('the army bombed rebel positions',
'the air force bombed the village', 'government warplanes bombed the market'): with a state force read as who acted,
the bombing is theirs, from the air as a rule (see :data:`STATE_FORCE_BOMBED`); not 'the army said the rebels bombed
a bridge', whose bombers are named right before the verb."""

BOMBING_SKIPPED = frozenset({"reportedly", "allegedly", "also", "then", "later", "again", "heavily", "had", "have",
                             "has"})
"""Words between a bombing force's noun and 'bombed' ('the army reportedly bombed', 'the military had bombed')."""

STATE_FORCE_BOMBED = "state-force-bombed"
"""Marks an event whose 'bombed' has a noun of :data:`BOMBING_FORCES` for its subject."""

TAKING_NOUNS = {"recapture", "recaptures"}
"""Words of :data:`TAKE_VERBS` that are nouns too, with the place after 'of' ('announced the recapture of Ras
Lanuf')."""

GOVERNMENT_FORCE_WORDS = {"army", "military", "soldiers", "soldier", "troops", "government", "junta", "regime",
                          "servicemen", "commandos"}
"""A state's forces named by their kind ('the army retook the town', 'government troops regained control'): the
taker of a place is the state."""

OWNED_PLACES = {"stronghold", "strongholds", "base", "bases", "camp", "camps", "position", "positions", "hideout",
                "hideouts", "outpost", "outposts", "headquarters", "trenches", "checkpoint", "checkpoints"}
"""Places named by the party that holds them ('a CODECO stronghold', 'Taliban positions', 'an ADF camp'): the party
is whose place it is, not who acted."""

PROPERTY_OWNER_LEADS = {("belonging", "to"), ("owned", "by"), ("belongs", "to"), ("property", "of")}
"""Words that name whose property was hit ('burned shops owned by members of the community', 'two houses belonging to
the party's chairman were attacked'): the persons after them are the goods' owners, not people the act hit, so a raid
on the property harmed no one for them alone (read by events._owner_of_property)."""

OWNED_PROPERTY_NOUNS = frozenset({
    "house", "houses", "home", "homes", "hut", "huts", "shop", "shops", "store", "stores", "stall", "stalls",
    "granary", "granaries", "property", "properties", "belongings", "goods", "compound", "compounds", "residence",
    "residences", "farm", "farms", "field", "fields", "crops", "business", "businesses", "cattle", "livestock", "cows",
    "oxen", "goats", "sheep", "camels", "herds", "vehicle", "vehicles", "car", "cars", "motorbike", "motorbikes",
    "motorcycle", "motorcycles"})
"""Property named with its owner ('the houses of residents', 'the chief's house', 'stole cattle from herders'): the
person after 'of' or 'from', or before "'s", is the owner, not one the act hit (see :data:`PROPERTY_OWNER_LEADS`)."""
OWNER_OF_LEADS = frozenset({"of", "from"})
"""The words between property and its owner ('the homes of villagers', 'took goats from herders')."""
OWNER_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "some", "local", "two", "three",
                               "several", "many"})
"""Words that may stand between :data:`OWNER_OF_LEADS` and the owner ('the house of the chief')."""
OWNER_POSSESSIVES = frozenset({"'s", "’s"})
"""The possessive after one owner ("the chief's house"; not a plural's bare apostrophe, "residents' houses", "farmers'
livestock": the people of a place raided, told as often beside an attack on them as ACLED codes one)."""

OWNER_CLAUSE_ENDS = frozenset({",", ";", ".", "and", "killing", "killed", "injuring", "wounding", "who", "while"})
"""Words that end the owner's phrase of :data:`PROPERTY_OWNER_LEADS` when read back from a target ('belonging to the
chief, killing two guards': the guards are people hit, not the owners)."""

PLACE_OWNER_BETWEEN = {"militia", "rebel", "rebels", "militant", "insurgent", "fighters", "'", "'s", "’s"}
"""Words between a party and its place ('a CODECO militia stronghold', 'an ADF rebel camp', "the group's base")."""

TAKE_BACK_VERBS = {"gained", "gains", "gain", "recovered", "recovers", "secured", "secures", "assumed", "wrested",
                   # (and their participle: 'clashed with the mercenaries, gaining control of the village')
                   "gaining", "securing", "assuming", "wresting"}
"""Verbs that take a place only with 'territory' or 'control' right after them ('recovered territory', 'gained
control over the hill', 'wrested control of the town'); otherwise their object is a thing ('recovered rifles')."""

TAKE_BACK_GROUND = {"position", "positions", "base", "bases", "outpost", "outposts", "camp", "camps", "post",
                    "posts", "barracks", "garrison", "hill", "hills", "town", "towns", "village", "villages",
                    # a part of a town or a stretch of land won back ('the army recovered the industrial zone', 'troops
                    # recovered two districts of the city', 'recovered the forest from the insurgents')
                    "zone", "zones", "district", "districts", "neighbourhood", "neighbourhoods", "neighborhood",
                    "neighborhoods", "forest", "forests"}
"""Ground that 'recovered' takes back ('FARDC recovered an M23 position', 'the army recovered the town'): with no
thing taken named before it (see :data:`TAKEN_GOODS`)."""

TERRITORY_NOUNS = {"town", "village", "villages", "district", "city", "area", "areas", "territory", "base", "control",
                   "hill", "hills", "hilltop", "hilltops",
                   "positions", "outpost", "headquarters", "centre", "center", "capital", "port", "airport",
                   "crossing", "camp", "camps",
                   # (the plural and the military sites of TAKEN_GROUND: 'captured two army posts', 'seized three
                   # towns', 'overran the garrison')
                   "towns", "cities", "bases", "outposts", "post", "posts", "checkpoint", "checkpoints", "barracks",
                   "garrison", "garrisons", "position", "stronghold", "strongholds",
                   # ground that is no settlement: a forest, a zone of a town ('troops cleared the forest of the
                   # insurgents', 'took over the Balmo forest', 'recovered the industrial zone'): won like a town
                   "forest", "forests", "zone", "zones"}

AGENT_PHRASE_ENDS = {",", ";", ":", "after", "following", "when", "as", "with", "during", "amid", "in", "on", "at",
                     "near", "from", "while", "before"}
"""Words that end the agent's phrase of a passive taking ('was taken by CPC forces after a clash with the military'):
what follows them names a place, a time or the side fought, not the taker."""

PARTITIVE_LEADS = {"most", "much", "part", "parts", "all", "half", "large", "swathes", "sections", "areas"}
"""Words of a share before 'of' and the ground taken ('took most of the tourist village', 'captured parts of the
town', 'seized large parts of the district'): the ground is read after the share."""

CONTROL_DEGREES = {"full", "total", "complete", "effective", "firm"}
"""Words of degree between 'in' and 'control' ('now in full control of the town'; see :func:`_now_in_control`)."""

TAKEN_BEFORE_LEADS = {"after", "following", "since", "having"}
"""Words that tell a taking of ground as what came before the act the sentence tells ('looted private shops in the
town after they took over the city', 'after taking over the city', 'having taken the town, the soldiers looted the
market'): the ground was won in an event of its own, not in this one (not 'before they entered and recaptured the
town': a taking told after the act, its end)."""

TAKEN_GOODS = {"weapons", "weapon", "arms", "rifles", "rifle", "guns", "gun", "pistol", "pistols", "ammunition",
               "ammo", "magazines", "explosives", "motorcycles", "motorbikes", "vehicles", "vehicle", "cars", "trucks",
               "cattle", "livestock", "goats", "sheep", "camels", "money", "cash", "phones", "goods", "food",
               "equipment", "documents", "radios", "uniforms", "fuel"}
"""Things, not ground, after a verb of taking: 'seized AK rifles and motorcycles' (a capitalised word before them is a
make, not a place), 'captured weapons and ammunition'. Told before any word of :data:`TERRITORY_NOUNS`, no place
was taken."""

POSSESSIVE_MARKS = {"'s", "’s", "'"}
"""The mark after an owner ('seized the camp's weapons', "the militants' rifles"): what was taken comes after it, the
place before it only says whose it was."""

BARE_DATE_LEADS = {"on", "around", "about", "date", "dated", "updated", "reported", "or"}
"""Words that may stand beside a day in a sentence that is only a date ('On 14 June.', 'Date: 3 May 2021.', '31 May
(or around).'): such a sentence gives its day to the next one."""

PASSIVE_AUXILIARIES = {"was", "were", "been", "being", "is", "are"}
"""Words just before an act's verb that make it passive ('were killed', 'have been shot dead', 'were reportedly
wounded'): its subject names the harmed, not who acted."""

UNOPPOSED = ("no confrontation", "no clashes", "no clash was", "no violence", "no armed resistance", "no resistance",
             "without a fight", "without firing a shot", "without a shot")
"""A report that no fight was had where a place changed hands: a non-violent transfer of territory."""

_TAKING_FORMS = r"(?:took|taken|overtook|overtaken|seized|captured|occupied|entered|regained|retook|recaptured)"
PEACEFUL_TAKING = re.compile(
    r"\bwithout (?:any |a )?(?:reports? of |engaging in (?:any )?)?(?:violence|fighting|resistance)\b"
    r"|\bno (?:further |continued )?fighting (?:was|were|took|has|had)\b"
    rf"|\bpeacefully {_TAKING_FORMS}\b|\b{_TAKING_FORMS} (?:[\w'-]+ ){{0,4}}?peacefully\b")
"""A place taken with no violence told in so many words ('overtakes the town without violence', 'the rebels withdrew
without any reports of violence', 'no fighting was reported', 'peacefully overtook the village'): a non-violent
transfer of territory, where no fight is told beside it (see :data:`TAKEN_AFTER_LEAVING`)."""

TAKEN_AFTER_LEAVING = re.compile(
    r"\bafter (?:the )?(?:withdrawal|departure|retreat|pull-?out) of\b"
    r"|\bafter (?:the |their )?(?:[\w'-]+ ){1,5}?(?:had )?(?:withdrew|withdrawn|left|abandoned|vacated|retreated)\b"
    r"|\b(?:had|have) (?:already |previously |earlier )?(?:left|withdrawn|abandoned|vacated)\b"
    r"|\b(?:left|withdrew from|abandoned|vacated) (?:the |their )?(?:town|city|village|area|locality|base|camp|"
    r"positions?|territory)\b[^.;]{0,30}\b(?:prior|before|earlier)\b")
"""A place taken after the side that held it had gone ('took control of Mbo after the withdrawal of the militants',
'overtook the village after the forces left the territory', 'the rebels had left the city three days prior'): no
fight for it, a non-violent transfer of territory, unless a fight is told beside it ('following clashes with the
rebels, who then withdrew': the fight took the place)."""

FIGHT_FOR_PLACE = re.compile(
    r"\b(?:clash|clashes|clashed|clashing|fighting|fought|battles?|gunbattles?|firefights?|skirmish(?:es|ed)?|"
    r"exchanges? of (?:gun)?fire|exchanged fire|repulsed|resistance|attack|attacks|attacked|stormed|"
    r"(?:air|drone|artillery) ?strikes?|shelled|shelling|bombed|bombing|killed|wounded|injured)\b")
"""A fight or an act of violence told where a place changed hands ('following clashes with the rebels', 'carried out
a drone strike before they entered the town', 'attacked the base … five soldiers were killed'): then the other side's
leaving or a 'peaceful' word does not make the taking non-violent (not where it is denied: 'no clashes were
reported', 'no one was killed')."""

CONTROL_TAKEN_WORDS = {"control", "occupied", "occupies", "occupy"}
"""Words that tell a place come to be held, not fought for: 'control' right after the verb of taking ('militants took
control of the village', 'seized control of a mining site', 'gained control of the town') or the verb 'occupied' ('the
village was occupied by the rebels'). A non-state side's taking told so, with no fight, attack or harm anywhere in the
report, is ACLED's non-violent transfer of territory: its 'Non-state actor overtakes territory' is ground won through
armed engagement. (Not 'overran', 'stormed', 'captured', 'liberated': verbs that tell the force; nor a state's
taking, whose unfought 'retook control' ACLED codes as the government regaining the ground only where a fight is told,
already read by :data:`UNOPPOSED`.)"""

FORCE_BESIDE_TAKING = re.compile(
    r"\b(?:gunfire|gunshots?|shots|shooting|fired|fire|ambush(?:ed)?|explosions?|blasts?|bombs?|rockets?|mortars?|"
    r"grenades?|dead|deaths?|casualties|killings?|kidnapped|abducted|hostages?|fled|flee|fleeing)\b")
"""Force told beside a taking beyond :data:`FIGHT_FOR_PLACE`'s words ('gunfire was heard', 'residents fled', 'two
dead'), not denied ('no casualties'): then a taking told by :data:`CONTROL_TAKEN_WORDS` is not read as unfought."""

FORCE_HELD_PLACE_WORDS = frozenset({"military", "army", "police", "gendarmerie", "base", "bases", "barracks",
                                    "garrison", "outpost", "outposts", "checkpoint", "checkpoints", "posts"})
"""Words, near a verb of taking, that name a force's place ('took control of the military base', 'seized control of
the police station', 'occupied the army's outposts'): a place a force held, so its taking tells a fight for it, even
where none is told in so many words; no non-violent transfer (see :data:`CONTROL_TAKEN_WORDS`)."""

TAKEN_UNFOUGHT = "taken-unfought"
"""The word that stands for a non-state side's taking told by :data:`CONTROL_TAKEN_WORDS` with no fight told (see
there)."""

RETAKE_VERBS = {"retook", "retaken", "retake", "retakes", "recaptured", "recapture", "recaptures", "regained",
                "regain", "regains", "reclaimed", "reclaim", "reclaims"}
"""Verbs of taking back. Said of ground they tell a war's turn ('the army retook the town'); said of a seat, a title, a
lead or a market share they tell politics, sport or business, which is why one with no ground read, no actor, no
armed side or force and no harm in its report opens no event."""

SCENE_PREPOSITIONS = {"in", "near", "at", "around", "outside", "inside", "along", "on", "from"}
"""After a verb of taking, the first of these starts where it happened, not what was taken ('seized cattle in the
village of X': no village taken; 'escaped with weapons taken from the checkpoint': no checkpoint taken)."""

OVERTAKE_WORDS = {"overtook", "overtakes", "overtake", "overtaken", "overrun"}
"""'Overtake' tells ground taken only with the ground named ('overtook an army outpost', 'the town was overtaken');
with a rival, a record or a market it tells a race ('overtook its rival in the polls')."""

PRESENT_TAKING = {"retake", "retakes", "captures", "seizes"}
"""Verbs of a headline's present that tell ground taken only with an armed side just before them and the ground right
after them, a place's name or a word of ground ('Chadian forces retake Dikwa', 'Boko Haram captures Marte town'): not
'Customs captures smuggled fuel', 'Leicester retake the lead', 'residents retake up arms'."""

OVERTAKEN_GROUND = TERRITORY_NOUNS | {"towns", "cities", "areas", "districts", "bases", "camps", "post", "posts",
                                      "garrison", "barracks", "checkpoint", "checkpoints", "stronghold",
                                      "strongholds", "position", "outposts", "localities", "locality"}
"""What 'overtake' must name near it (after it, or before a passive 'was overtaken') to open an incident."""

ARMED_TAKERS = UNNAMED_PERPETRATORS | {"rebels", "rebel", "troops", "soldiers", "army", "forces", "militiamen"}
"""Who, just before 'overtook', makes it ground taken by force whatever the object ('militants overtook a unit');
an armed group or state force named by the actor table does too."""

SPECIFIC_TARGETS = {"presenter": "journalists", "journalist": "journalists", "journalists": "journalists",
                    "reporter": "journalists", "aid": "aid workers", "humanitarian": "aid workers",
                    "employees": "government", "spying": "government", "official": "government",
                    "officials": "government", "mukhtar": "government", "councillor": "government",
                    "judge": "government", "mayor": "government", "prosecutor": "government",
                    "prosecutors": "government", "magistrate": "government", "magistrates": "government",
                    "cleric": "religious", "imam": "religious", "worshippers": "religious",
                    "pilgrims": "religious", "mosque": "religious", "church": "religious", "pastor": "religious",
                    "priest": "religious", "bishop": "religious", "nun": "religious", "monk": "religious",
                    "worshipper": "religious"}

_ONE_PERSON = (r"(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|civilian|soldier|policeman|officer|"
               r"farmer|teacher|student|driver|trader|elder|shepherd|journalist|official|worker|resident|"
               r"villager|person|commander|militant|fighter|member|presenter|refugee|doctor|nurse|"
               r"cleric|imam|judge|leader|chief|mukhtar|guard|contractor|suspect|thief|robber|herder|vendor|"
               r"motorist|businessman|pastor|priest)\b")
"""One person named by a noun of who they were ('a trader', 'an elderly farmer', 'a suspect', 'a thief'), for the
single-victim patterns."""

_KIN_ONE = (r"(?:his|her|their)\s+(?:[\w-]+\s+)?(?:husband|wife|son|daughter|father|mother|brother|sister|uncle|"
            r"nephew|niece|cousin|grandson|granddaughter|grandfather|grandmother|fiance|fiancee|child|baby)\b"
            r"(?!\s*(?:,|and|or)\s+(?:his|her|their|a|an|the|\d|two|three|four|five|six|seven|eight|nine|ten|several)\b)")
"""One kin named after a possessive ('killed her husband', 'shot dead his elder brother'): a person, as 'a trader' is;
not where another is joined to them ('killed her son and two daughters': a count written reads those)."""

SINGLE_VICTIM = re.compile(r"\b(?:killed|killing|murdered|shot dead|shot and killed|stabbed to death|beaten to death|"
                           r"beat|beheaded|executed|lynched|assassinated|gunned down)\s+" + _ONE_PERSON,
                           re.IGNORECASE)

ONE_OBJECT_KILLED = re.compile(
    r"\b(?:shot|gunned)\s+(?:" + _ONE_PERSON + r"|him|her)\s+(?:dead|down)\b"
    r"|\b(?:killed|murdered|executed|beheaded|assassinated|lynched|shot dead|gunned down)\s+(?:him|her)"
    r"(?=\s*(?:[.,;]|$)|\s+(?:in|on|at|near|outside|inside|after|before|while|when|as|and|with|during|overnight)\b)"
    r"|\b(?:stabbed|beat|beaten|hacked|clubbed|burned|burnt)\s+(?:him|her)\s+to\s+death\b"
    r"|\b(?:killed|murdered|executed|beheaded|assassinated|lynched|shot dead|gunned down|shot and killed|"
    r"stabbed to death|beat to death|hacked to death)\s+" + _KIN_ONE
    + r"|\b(?:shot|gunned|stabbed|beat|hacked)\s+" + _KIN_ONE + r"\s+(?:dead|down|to\s+death)\b", re.IGNORECASE)
"""One person killed, told with the idiom around its object or by a pronoun ('gunmen shot a trader dead', 'shot her
dead', 'gunned him down', 'killed him in …', 'stabbed him to death', 'killed her husband': see _KIN_ONE): a toll
of one, as SINGLE_VICTIM's 'shot dead a trader' (a count written as a number is read first; this only where none
is). The pronoun must end its phrase, so that 'killed her two sons' (her, a possessive) is not one. Not the
participle: 'the suspects ended up killing him' tells, in a protest's report, the killing the crowd protested, not a
death at the protest."""

DEATH_OF_ONE = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:was|is)\s+(?:found\s+)?(?:stabbed|shot|beaten|"
                          r"hacked|strangled|burned)?\s*(?:to death|dead|killed)\b", re.IGNORECASE)

LIFE_LOST_BY_ONE = re.compile(r"\b(?:a|an|one)\s+(?:(?!who\b|whose\b|that\b|which\b)[\w-]+\s+){0,3}?"
                              r"(?:has\s+|had\s+|reportedly\s+)?lost\s+(?:his|her)\s+life\b", re.IGNORECASE)
"""One person dead, told by the idiom ('a farmer lost his life', 'one soldier has lost her life'): a toll of one, as
:data:`DEATH_OF_ONE`'s 'a man was killed' (not a relative clause's, 'a student who lost his life last year', which
names a death told as a cause)."""

DEATH_OF_A_VICTIM = re.compile(
    r"\b(?:result(?:ing|ed|s)\s+in|lead(?:ing|s)?\s+to|led\s+to|end(?:ing|ed)\s+in|caus(?:ing|ed)|claim(?:ing|ed))"
    r"\s+the\s+(?:death|life|killing)\s+of\s+(?:a|an)\s+"
    r"(?!(?:number|few|lot|dozen|couple|handful|series|total|family|household|group|crowd)\b)[\w-]+",
    re.IGNORECASE)
"""One person dead, told as the act's outcome ('police fired on the crowd, resulting in the death of a protester',
'the attack caused the death of a driver', 'which claimed the life of a student', 'resulting in the killing of a
farmer'): a toll of one, as :data:`DEATH_OF_ONE`'s 'a man was shot dead'. Only after such a lead (as
counting.DEATH_RESULT_LEADS for a count written): 'protesting the death of a student', 'mourned the death of a
chief', 'an inquiry into the death of a prisoner' name a death that is the cause or the subject, not this act's
toll; 'the death of a number of cattle' counts no one, and 'the death of a family' is several, counted where
they are named ('claimed the lives of a husband, wife and their son')."""

DENIAL_AUX = {"was", "were", "been", "got", "is", "are"}
"""The auxiliary of a passive harm whose subject may deny it ('no one was injured', 'nobody got hurt', 'none of them
have been killed')."""

DENIAL_ADVERBS = {"reportedly", "seriously", "badly", "critically", "immediately", "actually", "physically",
                  "fatally", "gravely", "severely", "also"}
"""Adverbs between such an auxiliary and the harm ('nobody was seriously hurt')."""

DENIABLE_HARM = {"injured", "hurt", "killed", "wounded", "harmed", "damaged", "burned", "burnt", "destroyed",
                 "looted", "attacked", "shot", "affected", "vandalised", "vandalized", "torched", "beaten", "stabbed"}
"""Harm a passive told with a denying subject denies ('no one was injured', 'no house was burned'); an arrest denied
('no one was arrested') is left to the act it follows, a search or a raid."""

DENIAL_SUBJECTS = {"nobody", "no-one", "none", "neither", "nothing"}
"""Words that deny the subject of a passive harm by themselves ('nobody was hurt', 'none of the passengers were
killed'); 'no' and 'not' deny it too, before a noun or 'one' ('no one', 'no protesters', 'not one person')."""

DENIAL_SUBJECT_STOPS = {",", ";", "(", ")", "and", "but", "or", "who", "which", "that", "when", "while", "after",
                        "before", "why", "how", "where", "whether", "if", "knows", "know", "said", "says", "than"}
"""Words between a denying word and the passive harm that end the denial before the harm's own subject ('no one
knows why two were killed', 'none, but three were injured', 'no more than two were hurt')."""

NOT_A_DENIAL_AFTER_NO = {"fewer", "less", "more", "longer", "sooner", "doubt", "other", "matter", "such"}
"""Words after 'no' that make it no denial of the harm's subject ('no fewer than six people were injured', 'no less
than ten were killed', 'no doubt')."""

DENIAL_LIST_LEADS = {"any", "reported", "further", "major", "serious", "incidents", "incident", "reports", "report",
                     "cases", "case", "acts", "act", "signs", "sign", "instances", "of", "property", "other"}
"""Words between 'no' or 'without' and the violence nouns it denies, or beside them ('no incidents of arson', 'without
any property damage', 'no reports of looting')."""

DENIABLE_RIOT_NOUNS = {"arson", "vandalism", "clashes", "clash", "violence", "damage", "looting", "rioting",
                       "scuffle", "scuffles", "skirmish", "skirmishes", "brawl", "stoning", "destruction", "injuries",
                       "unrest", "stone-throwing", "burning"}
"""Nouns of a crowd's violence a report denies in a list ('no incidents of arson, vandalism and clashes were
reported')."""

NO_CASUALTIES = ("no casualties", "no fatalities", "no one was killed", "no one was hurt", "no injuries", "no deaths",
                 "nobody was", "without casualties", "no one was injured", "no casualty", "no one was wounded",
                 "nor injuries", "no reported casualties", "caused no casualties")

PERSON_NOUNS = {"people", "persons", "soldiers", "civilians", "policemen", "militants", "fighters", "members",
                "children", "women", "men", "troops", "others"}

NOT_COUNTED = {"attacks", "attack", "operations", "shells", "rounds", "days", "hours", "vehicles", "houses",
               "homes", "buildings", "times", "villages", "towns", "shops", "stores", "stalls", "cars", "tents",
               "windows", "mosques", "churches", "schools", "bridges", "nearby", "neighbouring",
               "neighboring", "km", "kilometres", "kilometers", "metres",
               "meters", "miles", "years", "months", "weeks", "airstrikes", "strikes", "raids", "ambushes",
               "rockets", "mortars", "drones", "missiles", "trucks"}

ENGLISH_JOINERS = {"at", "as", "an", "de", "da", "i", "e", "of"}
"""Joiners that are also English words: they join a name only when glued by a hyphen ("at-Tall"), never with a
space ("Nairobi at Tarbaj")."""

LOCATIVE_VERBS = {"struck", "attacked", "hit", "raided", "stormed", "shelled", "bombed", "captured", "seized",
                  "retook", "recaptured", "entered", "overran", "took", "targeted", "besieged", "liberated"}

DIRECTIONS = {"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "downtown",
              "rural", "northwestern", "northeastern", "southwestern", "southeastern", "greater", "old", "new"}

SUBPLACES = {"area", "neighbourhood", "neighborhood", "quarter", "suburb", "district", "market", "camp"}

SPEAKERS = {"police", "officials", "authorities", "sources", "officers", "spokesman", "spokesperson", "governor"}

BACKGROUND_TOLL = ("in the conflict", "in the war", "of the conflict", "of the war", "the conflict has",
                   "the war has", "the insurgency has", "the violence has", "since the start", "since the beginning",
                   "since the war", "since the conflict", "since the insurgency", "so far this year", "this year",
                   "last year", "over the past", "in recent years", "in recent months", "to date", "in total",
                   "altogether", "since 19", "since 20", "a decade", "over the years", "in the region since",
                   "across the country", "nationwide", "each year", "every year", "per year", "annual", "previous",
                   "earlier attack", "earlier bombing", "similar attack", "deadliest",
                   "anniversary", "worst attack", "in a similar", "the last such")
"""Phrases of a sentence whose numbers are not this incident's: totals of a war or a year, earlier attacks."""

TOLL_UPDATES = ("rose to", "risen to", "climbed to", "increased to", "jumped to", "reached", "revised", "now stands",
                "stood at", "death toll", "toll has", "toll is", "toll was", "toll rose", "the toll")
"""A later toll that replaces the one before it ('the toll rose to 33'), never adds to it."""

ADDING_WORDS = {"also", "another", "besides", "additional", "additionally"}
"""A later sentence whose casualties add to the ones before ('seven militants were also killed')."""

SPEECH_AFTER_ALSO = {"said", "says", "told", "reported", "confirmed", "stated", "added"}
"""'A resident also said ten were killed': a second source for the same figure, not more casualties."""

COMPOUND_SUFFIXES = ("backed", "led", "affiliated", "based", "funded", "allied", "aligned", "trained",
                     "supported", "sponsored", "linked", "born", "registered", "run", "made", "owned")
"""'US-backed SDF', 'Saudi-led coalition', 'IS-affiliated': the first half of such a compound is never a place."""

DATELINE = re.compile(r"^\s*(?P<place>[A-Z][A-Z'.\- ]{2,40}?(?:,\s*[A-Z][A-Za-z'.\- ]{2,30}?)?)\s*"
                      r"(?:\((?P<agency>[A-Za-z.\- ]{1,30})\))?\s*[-—–:]+\s")
"""A story's dateline: 'IDLIB, Syria — …', 'BAGHDAD (Reuters) - …', 'MOSUL, Iraq – …' (the city in capitals)."""

OPEN_QUOTES = {"“", "«"}
CLOSE_QUOTES = {"”", "»"}
STRAIGHT_QUOTES = {'"'}
"""Quotation marks: a trigger inside a quotation is someone's words about the incident being told (a spokesman's
boast, a witness's account), never the opening of a new one."""

QUOTED_WORD_MARKS = frozenset({'"', "'", "‘", "’", "“", "”", "«", "»"})
"""Marks that may set one word or phrase in quotes right after a passive's auxiliary ('a police officer is "hacked to
death"', "two militants were 'neutralized'"): a writer's or a source's word, the passive's verb all the same."""

BIOGRAPHY = ("who fought", "who had fought", "who has fought", "who once fought", "who served", "who had served",
             "who was wounded", "who had been wounded", "who survived", "who had survived", "who joined",
             "who had joined", "while fighting")
"""A relative clause that describes a person ('X, who fought against ISIL, said'): a past, not an incident."""

DUPLICATE_OVERLAP = 0.8
"""Share of shared words above which a clause restates one already read (a lede repeated under the headline, a
tweet quoted and then paraphrased): read once."""

STATE_FORCE_WORDS = {"junta", "regime"}
"""A state's forces named by their rule ('a regime airstrike', 'junta soldiers'): read as the military of the
country the incident happens in."""

STATE_FORCE_NOUNS = {"forces"}
STATE_FORCE_LEADS = {"security", "government", "state", "armed", "junta", "regime", "pro-government", "military",
                     "army", "defence", "defense", "federal"}
"""A state's forces named by a noun of many kinds of men and a word of the state before it ('security forces',
'government forces', 'armed forces'): a force the actor table need not know, as 'soldiers' is
('rebel forces', 'RSF forces' are not)."""

CO_ACTOR_LEADS = ("supported by", "backed by", "accompanied by", "assisted by", "escorted by", "alongside",
                  "together with", "in collaboration with", "jointly with")
"""Words that join a second party to the perpetrator before the act ('Wagner mercenaries, supported by FACA forces,
killed three civilians'): both acted, neither is the target."""

CO_ACTOR_SHARES = {"a", "an", "few", "some", "several", "many", "dozens", "elements", "members", "units", "of"}
"""Words that may stand between a word of support and the party it joins ('accompanied by a few FAMa soldiers',
'supported by elements of the army'): a share of the party, still the second actor beside the first."""

ACTING_UNITS = {"convoy", "patrol", "column", "unit"}
"""A force's units that act, as their men do, where the act's verb follows them at the head of their sentence ('The
convoy opened fire, killing four women', 'The patrol shot dead a herder'): the actor told again, not its target."""

UNIT_ACTS = {"opened", "fired", "killed", "shot", "attacked", "raided", "stormed", "burned", "burnt", "looted",
             "arrested", "abducted", "beat", "executed"}
"""Active verbs of harm that make a unit word right before them their subject (see :data:`ACTING_UNITS`)."""

CO_ACTOR_JOINS = {"and", ",", "the", "its", "their", "allied", "forces", "troops", "soldiers", "mercenaries",
                  "militiamen", "fighters", "members", "group", "militants"}
"""The only words that may stand between the perpetrator and a party joined to it by 'and' as the act's subject
('FACA forces and Wagner mercenaries looted', 'Wagner and the army killed'): both acted."""

ALTERNATIVE_JOINS = ("or", "and/or", "and / or", "or the", "or by", "/")
"""The words between two parties named as guesses at one perpetrator ('JNIM or ISGS', 'ISWAP/Boko Haram'), as the
tokenizer splits them."""

SUBJECT_PARTY_WORDS = {"and", "or", "/", "and/or", ",", "(", ")", "-", "the", "a", "an", "its", "their", "allied",
                       "forces", "troops", "soldiers", "mercenaries", "militiamen", "fighters", "members", "member",
                       "group", "groups", "militants", "men", "elements", "gunmen", "militia", "militias", "of",
                       "from", "joint", "combined", "suspected", "presumed", "alleged", "likely", "possibly",
                       "reportedly", "allegedly", "also", "jointly", "then", "have", "has", "had", "dozens",
                       "hundreds", "scores", "several", "some", "many"}
"""The words that may stand, beside party names and their capitalised adjectives, in the subject of an act before its
verb ('Katiba Macina (JNIM) or ISGS militants killed …', 'Wagner mercenaries, FACA soldiers and the Black Russians
beat …', 'a group of suspected Ambazonian separatists killed …'): every party named there acted, or is another guess
at who did; none is the act's target."""

UNIT_ORIGIN_SKIPPED = {"the", "a", "an", "its", "their", "'", "‘", "’", '"', "“", "”"}
"""Articles and quotes that may stand between a party's name and its own unit ('the army's "special" unit')."""

VOLUNTEER_WORDS = {"volunteer", "volunteers"}
"""'A volunteer ranger', 'a village defence volunteer': an armed auxiliary when a force or defence word is beside it."""

PARTY_UNIT_HEADS = {"patrol", "patrols", "convoy", "unit", "units", "detachment", "team", "column", "contingent",
                    "squad", "elements", "members", "mercenaries", "soldiers", "troops", "fighters", "militiamen"}
PARTY_UNIT_LINKS = {"of", "from"}
PARTY_UNIT_MODIFIERS = {"a", "an", "the", "joint", "combined", "mixed", "mobile", "armed"}
"""A unit or the men of a party named before the act ('a joint patrol of FAMa and Wagner forces killed three
civilians', 'Russian mercenaries from Wagner Group and FACA forces attacked pastoralists'): a head of
:data:`PARTY_UNIT_HEADS` and a link of :data:`PARTY_UNIT_LINKS` before the party's name, with modifiers (or a
capitalised adjective, 'Russian') before the head. Opening its clause, the unit is the subject: its party acted."""

DEVICE_PEOPLE = {"planter", "planters", "maker", "makers", "making", "layer", "layers", "expert", "experts",
                 "factory", "factories", "facility", "workshop", "materials", "material", "manufacturing",
                 "components", "component"}
"""Words after a device's name that make it what people make or plant, or a place where they are made, or the parts
it is made of ('killed two IED planters', 'a bomb making facility', 'explosive materials', 'seized IED-manufacturing
components', 'destroyed the militants' logistics including IED components'): no device set off in the event."""
DEVICES_TAKEN = re.compile(r"\b(?:seiz(?:ed|es|ing)|confiscat(?:ed|es|ing)|recover(?:ed|s|ing)|found|discover(?:ed|s|"
                           r"ing)|uncover(?:ed|s|ing)|unearth(?:ed|s|ing)|destroy(?:ed|s|ing)|impound(?:ed|s|ing)) "
                           r"(?:[\w,'’-]+ ){0,6}?$")
"""A verb of taking or finding right before a device's name, in the same clause ('seized two rifles and explosives',
'destroyed ten motorbikes, other equipment, and IEDs'): weapons taken out of use, no device set off."""
DEVICE_USE_WORDS = {"exploded", "detonated", "detonating", "blast", "explosion", "struck", "hit", "planted", "planting",
                    "used", "using", "killed", "killing", "wounded", "injured", "attacked", "targeted", "with", "by",
                    "setting", "set"}
"""Words between a verb of :data:`DEVICES_TAKEN` and the device that tell the device used after all ('seized the town
and detonated an IED', 'destroyed a school by setting off explosives')."""
DEVICES_TAKEN_AFTER = re.compile(r"^(?:[\w,'’-]+ ){0,5}?(?:were|was|had been|have been) (?:also )?(?:seized|"
                                 r"confiscated|recovered|found|discovered|destroyed|impounded)\b")
"""The same in the passive, after the device ('explosives and assorted equipment were seized')."""
WEAPONS_HANDED = re.compile(r"\b(?:suppl(?:ied|ies|ying|y)|deliver(?:ed|s|ing)|acquir(?:ed|es|ing)|receiv(?:ed|es|ing)|"
                            r"purchas(?:ed|es|ing)|bought|set(?:ting)? up|install(?:ed|s|ing)|display(?:ed|s|ing)|"
                            r"parad(?:ed|es|ing)) (?:[\w,'’-]+ ){0,6}?$")
"""A verb of supplying, buying, setting up or showing right before a remote weapon's name, in the same clause ('supplied
the RSF with surface-to-air missiles', 'set up missile launch pads'): a weapon handed or placed, none fired."""
SPENT_CASINGS = {"spent", "empty", "cartridge", "bullet", "shotgun"}
"""Words up to two before 'shells' that make them a gun's cartridge cases ('six spent M16 shells found at the scene',
'empty bullet shells'), not artillery."""
TEAR_GAS_SHELLS = frozenset({"gas", "teargas", "tear-gas"})
"""Words up to two before 'shells' that make them canisters of tear gas ('police fired tear gas shells', 'lobbed
teargas shells at the crowd'): a force's crowd-control kit, no artillery."""
UNARMED_CRAFT = {"surveillance", "reconnaissance", "spy", "observation", "survey"}
"""Words right before 'drone' that name one that carries no weapon ('deployed with a surveillance drone'): no strike."""

OWNED_BY_FORCE = {"owned", "run", "appointed", "operated"}
"""Words after a force's word that name what it owns or chose ('the military-owned telecom tower', 'a Myanmar military
owned company', 'a military-appointed administrator'): a property or a person of the force's, not its men hit."""

PATROL_WORDS = {"patrol", "patrols"}
PATROL_UNDER_WAY = (("on",), ("during",), ("while", "on"), ("conducted",), ("conducting",), ("launched",),
                    ("carried", "out"), ("carrying", "out"), ("undertook",), ("after",))
PATROL_SKIPPED = {"a", "an", "the", "their", "its", "joint", "routine", "night", "foot", "security", "regular"}
"""A patrol named as what its men were doing ('an FARDC soldier on patrol killed a boy', 'during a patrol, FAMa and
Wagner forces wounded several persons', 'carried out a patrol'): the activity, not a force hit. Soldiers harmed on
patrol are named by their own word ('soldiers on patrol were ambushed'); a patrol attacked ('ambushed an army
patrol') has no such lead."""

GENERIC_STATE_NAMES = {"regime", "regime forces", "the regime", "junta", "the junta", "junta forces", "military",
                       "the military", "army", "the army", "government forces", "security forces", "troops",
                       "soldiers"}
"""Names of a state's forces that name no state: they stand for the forces of the country the incident is in, not
for the one state the actor table happens to list them under ('regime forces' is Syria's only in Syria)."""

LEAD_NEW_EVENT = ("later on", "in the first attack", "in the second attack", "in a second attack", "in another attack",
                  "in a separate attack", "in a third attack", "in the third attack", "in a separate incident",
                  "in another incident")
"""Openings that tell another incident in the same report ('Later on Friday, an insurgent group attacked …'); read
only at a clause's start ('was later on taken to hospital' opens nothing)."""

ORDINALS = {"second", "third", "fourth", "fifth", "another", "separate"}
INCIDENT_NOUNS = {"attack", "attacks", "bombing", "blast", "explosion", "ambush", "incident", "raid", "strike",
                  "airstrike", "assault", "shooting", "clash", "clashes", "bomber", "bombers"}
"""'A second attack', 'A third attack took place near Dibis', 'Another blast': another incident — but only before an
incident noun ('a second soldier died later' is more of the same one)."""

NEW_ACT_WORDS = {"retaliated", "retaliation", "retaliatory", "elsewhere"}
"""Words that tell another act within a clause ('Moscow has retaliated with dozens of attacks', 'Three other soldiers
were killed in fighting elsewhere in Afrin'): the other side's answer, or the same day's fighting in another place."""

EXPLODED_WORDS = {"exploded", "detonated", "blast", "blasts", "explosion", "struck", "hit"}
"""A bomb that went off: 'died in the blasts' tells it exploded, whatever else was intercepted ('similar attacks and
explosions' in the area, in the plural, may be a defused bomb's background)."""

ORGANISED_BODIES = {"clan", "clans", "tribe", "tribes", "militia", "militias", "gang", "gangs", "cartel", "sect",
                    "trafficking", "self-defense", "self-defence", "defense", "defence", "brigade", "brigades", "guard",
                    "battalion"}
"""A body whose members act as one armed side, named after the people ('members of the Marhani clan', 'youths of the
Mungiki sect', 'supporters of the gang', 'members of a drug trafficking group'): their violence is that body's
attack, not a crowd's; so are a self-defence group's or a guard's ('members of a self-defense brigade', 'self-defense
group members', 'members of the National Guard'; 'self-defense' may be read as 'self', '-', 'defense')."""

CIVIL_CLASHERS = {"supporters", "students", "traders", "hawkers", "fans", "vendors", "neighbours", "neighbors",
                  "worshippers", "inmates", "prisoners", "drivers", "operators", "workers", "fishermen", "refugees",
                  "shopkeepers", "squatters", "party", "parties", "rivals", "labourers", "laborers", "sellers",
                  "activists", "mourners", "cadres", "agitators", "families", "locals"}
"""People with no arms of their own: 'supporters of two candidates clashed', 'students from rival schools fought',
'migrant labourers fought over food at the station', 'fruit sellers clashed with police', 'party cadres clashed with
the police at the district office', 'agitators clashed with security personnel', 'two families fought over land',
'locals clashed with police at the gas depot'. Their fights are riots (mob violence), not battles, as long as nobody
armed takes part; so are their fights with the police ('police and hawkers clashed over the removal of stalls').
Clans, ethnic communities and villages are not here: ACLED codes their fights as battles of communal militias."""

RIVAL_SIDES = re.compile(
    r"\b(?:two|rival|opposing) (?:(?!armed |rebel |militant |jihadist |islamist |insurgent |separatist |extremist "
    r"|terrorist |criminal |ethnic |communal |tribal |militia |gang |vigilante )[\w-]+ ){0,2}?"
    r"(?:groups|factions|camps)\b"
    r"|\bfactions of\b")
"""Sides named only as two groups of one body ('two groups clashed over the imam', 'rival groups clashed over a
church', 'two factions of the PDP clashed', 'two rival camps of the student union fought'): with no armed party, no
gun and no ethnic, clan or communal side told (see :data:`ARMED_PARTY_WORDS`), people fighting as
:data:`CIVIL_CLASHERS` do, a riot (mob violence), not a battle. (Not 'two armed groups', 'rival rebel factions'.)"""

RIVAL_SIDES_TOLD = "rival-sides"

LINEAGE_SIDES = {"chieftaincy", "chieftancy", "chief", "chiefs", "royal", "family", "families", "community",
                 "communities"}
"""Words that make the sides of :data:`RIVAL_SIDES` a lineage's or a community's ('two factions of the chieftaincy',
'two rival camps of the ruling family', 'the two groups' of two communities): ACLED codes their fights as battles of
communal militias, as it does clans' (see :data:`CIVIL_CLASHERS`)."""

COMMUNAL_SIDES = frozenset(LINEAGE_SIDES | {"villagers", "village", "villages", "farmers", "farmer", "herders",
                                            "herder", "herdsmen", "fulani"})
"""Words that make a crowd's fight a communal one (villages, lineages, farmers against herders): where a crowd of
:data:`CIVIL_GROUPS` fought ('APC and PDP members clashed', 'youths of two towns clashed at the secretariat'), its
fight is mob violence unless one of these is told; then it stays as the rules read it (a battle of communal militias,
or coding that differs from row to row)."""

STONE_WORDS = {"stones", "stone", "pelted", "stoned", "stoning", "pelting", "sticks", "rocks"}
"""The weapons of a crowd, not of an armed group: violence with them and no gun is mob violence."""

CROWD_PEOPLE_PLURALS = frozenset({"people", "men", "women", "children"})
"""Plurals of people that do not end in 's' ('people threw stones at the soldiers'): with the plurals of
:data:`CIVILIAN_WORDS`, the people who may make a crowd (see :data:`STONE_WORDS`)."""

STONE_CROWD_NOT = frozenset({"suspects", "officials", "detainees", "hostages"})
"""People named by a case or an office, not as a crowd of the public ('two suspects attacked a guard with sticks'):
their stones or sticks make no crowd of them."""

ARMED_POLICE_NOUNS = frozenset({"police", "policemen", "policeman", "constabulary"})
"""What 'armed' may describe without naming an armed party of its own: 'armed police' (and Nepal's or any country's
'Armed Police Force') are the state's police, so a clash between locals and them is a crowd facing the police, not
a battle with an armed non-state party."""

POLICE_UNIT_MODIFIERS = frozenset({"riot", "anti-riot"})
"""A police unit's word between 'armed' and the police noun ('armed riot police'): still the state's police (see
:data:`ARMED_POLICE_NOUNS`)."""

ARMED_PARTY_WORDS = {"gunmen", "gunman", "militia", "militias", "militiamen", "militants", "insurgents", "fighters",
                     "bandits", "rebels", "armed", "soldiers", "troops", "army", "jihadists", "terrorists",
                     "guns", "rifles", "firearms", "gunfire", "shot", "shooting", "fired", "bullets", "ak-47", "ak47",
                     "gang", "gangs", "cartel", "shots", "gunshots", "gun", "clan", "clans", "ethnic", "communal",
                     "tribal", "pastoralists", "raiders", "cattle", "paramilitary", "paramilitaries"}
"""Words that put an armed party or a gun in a fight: then it is not a riot of unarmed people."""

_DEVICE = r"(?:bomb|explosive|explosives|device|ied|mine|landmine|grenade|shell)s?"
DEFUSED_DEVICE = re.compile(
    r"\bcontrolled (?:explosion|detonation|blast)s?\b"
    r"|\b(?:detonated|exploded|went off|blew up|explode|detonate) (?:prematurely|accidentally|by accident)\b"
    r"|\b(?:premature|accidental) (?:detonation|explosion|blast)s?\b"
    r"|\b(?:prematurely|accidentally|by accident) (?:detonated|exploded|went off|blew up|exploding|detonating)\b"
    rf"|\b{_DEVICE} (?:\w+ ){{0,2}}(?:was|were|had been) (?:planting|assembling|making|building|handling|carrying"
    r"|manufacturing|fitting|fixing|transporting)\b"
    r"|\bwhile being (?:planted|assembled|made|built|handled|manufactured|fitted|fixed|transported)\b"
    r"|\bwhile (?:in the (?:process|act) of |trying to |attempting to )?(?:planting|plant|assembling|assemble"
    r"|making|building|handling|manufacturing|fitting|fixing|transporting) "
    rf"(?:(?:a|an|the|their|his|her) )?(?:\w+ )?{_DEVICE}\b")
"""A device disposed of or set off by its own makers ('destroyed it in a controlled explosion', 'the bomb
detonated prematurely', 'an IED being planted accidentally went off', 'a device detonated while being planted',
'killed when the device they were planting went off', 'died while assembling an explosive', 'killed while in the
process of planting IEDs'): ACLED's disrupted weapons use, though the words tell an explosion and deaths."""

DISRUPTED_FORMS = {"defuse", "defuses", "defusing", "dismantle", "dismantles", "dismantling", "discover",
                   "discovers", "uncover", "uncovers", "uncovered", "recovered", "recover", "recovers", "seize",
                   "seizes", "intercept", "intercepts", "thwart", "thwarts", "foil", "foils", "deactivated",
                   "diffused", "disposed", "destroy"}
"""Other forms of the verbs of :data:`DISRUPTED_WORDS` ('police discover and dismantle a bomb', 'an IED was
recovered'): typing only, not incident triggers."""

HEAVY_WEAPONS = re.compile(
    r"\b(?:heavy machine[- ]?guns?|heavy machineguns?|(?:grenade|rocket|missile) launchers?"
    r"|recoilless (?:rifles?|guns?)|anti-tank (?:guided )?(?:missiles?|weapons?|grenades?|guns?)"
    r"|rpgs?\b(?:-7)?|rocket-propelled grenades?|cannons?\b(?: shells| fire)?|anti-aircraft (?:guns?|weapons?)"
    r"|heavy (?:and medium )?(?:weapons|arms)"
    r"|(?:calib(?:re|er) )?(?<![\d.])(?:1[2-9]|[2-9]\d)(?:\.\d+)? ?mm(?:(?:,| and) \d+(?:\.\d+)? ?mm)* (?:heavy )?"
    r"(?:machine[- ]?guns?|machineguns?|guns?|cannons?))")
"""Crew-served weapons fired from a distance ('fired heavy machine guns and grenade launchers at the positions',
'fired RPGs and recoilless rifles at the village', 'fired heavy weapons at residential areas', '14.5mm and 23mm
machine guns': a calibre of 12.7 mm or more is a heavy machine gun): heavy fire, as ACLED's shelling, though some
of their names hold a small arm's word (rifle, machine gun)."""

SMALL_ARMS = {"rifles", "gunfire", "kalashnikovs", "kalashnikov", "ak-47s", "firearms"}
"""Direct fire: with shelling in the same report, the two sides fought (an armed clash)."""

BLAST_OPENING_WORDS = {"exploded", "detonated", "explosion", "explosions", "blast", "blasts", "bombed", "blew",
                       "airstrike", "airstrikes", "shelled", "bombardment", "bombardments"}
"""Words of a blast that, told in an event's first sentence ('a house was bombed and destroyed', 'an explosion
occurred along the railway', 'an explosion took place'), make the blast the event: what is told after it (vehicles
burnt by it, arrests that followed it, a claim that names the arrests the owner caused) is its sequel or its cause,
not an arrest or a property's destruction of its own. So is a strike from the air or a shelling told there ('the air
force carried out airstrikes on the positions … following the airstrikes, troops arrested twenty people'; 'strike' and
'strikes' only after :data:`STRIKE_NOUN_LEADS`). ('hit' and 'struck' are left out: they tell a blow or a strike as well
as a blast.)"""

BLAST_NOUNS = {"explosions", "explosion", "blast", "blasts"}
"""Nouns of a blast, with no weapon named ('an explosion occurred near the market')."""

SHELL_NOUNS = {"shell", "shells", "mortar", "mortars", "rocket", "rockets", "artillery"}
"""Nouns of a fired munition: with :data:`BLAST_NOUNS`, what gunfire told after it (:data:`FIRE_AFTER_BLAST`) may
follow."""

SHELL_FIRED = {"fired", "firing"}
"""('fired a mortar shell at the camp'): a shell's own firing, no gunfire."""

STRIKE_NOUNS = {"strike", "strikes"}
"""A strike from the air, after :data:`STRIKE_NOUN_LEADS` (not a workers' strike)."""

STRIKE_NOUN_LEADS = {"air", "drone", "aerial"}
"""Words that make the 'strike' or 'strikes' after them a strike from the air ('a drone strike', 'air strikes'), not
a workers' strike."""

BLAST_BEFORE_LEADS = {"after", "following", "since", "earlier", "previous", "prior", "days", "weeks", "months",
                      "petrol", "gasoline", "fire", "molotov", "smoke", "acid"}
"""Words that, just before a blast word, tell it as an earlier act ('following the blast', 'days after the
explosion') or as no explosive's ('petrol bombed'): no blast that opens the event."""

SEVERAL_EXPLOSIONS = {"explosions"}
"""'observed 12 explosions near X', 'a series of explosions': several unexplained explosions are fire from afar
(shelling), as ACLED codes them; a single blast with no weapon named is a device."""

GROUP_NAME_HEADS = {"gang", "gangs", "cartel", "group", "coalition", "movement", "front", "militia"}
"""The last word of an armed group's name ('the Base 5 Secondes Gang', 'the Village Police Militia'): a force's or a
place's word written with a capital before it is part of the name, not a target. (Not a state's unit, 'the Military
Police Battalion', whose force word does name a force.)"""

EXPLOSIONS_AT_SITE = re.compile(
    r"\bexplosions? (?:\w+ )?(?:occurred|took place|went off|happened|blasted)\b"
    r"|\bthere (?:were|was) (?:\w+ ){0,2}explosions? (?:at|near|in front of|inside|outside|in)\b"
    r"|\bexplosions? (?:were|was) (?:reported |recorded )?in (?:at least |about |around |some |over )?"
    r"(?:\w+ )?(?:places|locations|sites|spots)\b"
    r"|\bexplosions? (?:against|targeting)\b")
"""'two explosions occurred near the police station', 'there were two explosions at the district office', 'there were
two explosions in the market ward', 'three explosions blasted', 'explosions were reported in at least ten places in
the city', 'claimed the explosions against the bridge': explosions told as happening at a building, a quarter or
several places, or aimed at a structure, not seen, heard or counted from afar ('counted fourteen explosions near the
front line', 'heard explosions in several places'), are devices set there, not shelling. ('There were explosions in' is
'explosions occurred in' told with 'there were': the explosions happened there.)"""

DEVICE_WORDS = {"bomb", "bombs", "ied", "ieds", "device", "devices", "explosive", "explosives", "mine", "mines",
                "landmine", "landmines", "grenade", "grenades", "suicide", "car", "vehicle", "motorcycle"}
"""What names a planted or thrown device: explosions with one are not shelling."""

ESTABLISH_WORDS = {"established", "set", "opened", "relocated", "moved", "built"}
"""'established a base', 'set up a checkpoint', 'opened a new headquarters': a base or headquarters set up."""

INCENDIARY_MODIFIERS = {"petrol", "gasoline", "fire", "smoke", "stink", "paint", "molotov", "tear", "gas", "acid"}
"""Words that make a 'bomb' no explosive device ('a petrol bomb hurled at a house', 'smoke bombs', 'a stink
bomb'): a fire, a smoke or a stench thrown, typed as arson, by who threw it and at whom."""

SETTLEMENT_RAID = re.compile(r"\b(?:attacked|raided|stormed|invaded)\s+(?:(?!(?:in|near|at|on|around|outside)\s)"
                             r"[\w'-]+\s+){0,4}?(?:camps?|villages?|hamlets?|settlements?|homesteads?)\b")
"""A raid on a camp, a village or a settlement ('farmers attacked a Fulani camp', 'youths raided the neighbouring
village'): by a community's people, a communal militia's attack rather than a crowd's violence. (Not the place of
the act: 'attacked a church in the village'.)"""

COMMUNITY_KILLERS = re.compile(
    r"\b(?i:youths?|young men|people|residents|villagers|members|inhabitants|natives|indigenes)"
    r"(?: (?i:of|from) (?i:the )?[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2} (?i:community|communities|clan|clans|"
    r"tribe|village|ethnic group)"
    r"| (?i:from) (?i:the )?[A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*){0,2}(?: (?i:community|village|clan|town|state|area))?)"
    r"(?: (?i:reportedly|allegedly|then|later|also|subsequently|brutally|attacked and))? "
    r"(?i:killed|murdered|beheaded|hacked|stabbed to death|beat to death|shot dead|shot and killed)\b")
"""People named by the community, the clan or the place they come from, written with its name, killing people ('youth
from Kpalbusi killed two residents of Mujipe', 'members of the Djerma community killed at least 12 people',
'people from Tamsa killed five herders'): a communal militia, as ACLED codes such a group (an organised armed party
named for its community, whose killings are attacks), not a crowd's mob violence. Matched on the text as written: the
capital tells a name ('people from the neighbourhood' names none), and only the active voice ('people from Tamsa
were killed' are the victims). A crowd's justice on a suspect stays mob violence (that rule comes first)."""
COMMUNITY_KILLED_WORDS = frozenset({"killed", "murdered", "beheaded", "hacked", "stabbed", "beat", "shot"})
"""The words one of which :data:`COMMUNITY_KILLERS` needs (the cheap test before it is searched)."""

COMMUNITY_KILLERS_TOLD = "community-killers"

BLADE_WEAPONS = frozenset({"machetes", "cutlasses", "blade", "bladed", "knives", "spears", "axes", "swords", "daggers",
                           "arrows"})
"""Blades a group carries to kill ('youths armed with machetes', 'farmers with blade weapons, spears and batons'): the
cheap test before :data:`BLADE_KILLERS` is searched (with a word of killing: see :data:`BLADE_KILLED_WORDS`)."""
BLADE_KILLED_WORDS = frozenset({"killed", "murdered", "beheaded", "hacked", "slaughtered"})
"""The killings :data:`BLADE_KILLERS` reads (its alternation is made from them, so its cheap word test and its
pattern cannot drift apart)."""

BLADE_KILLERS = re.compile(
    r"\b(?:youths|young men|men|people|persons|individuals|residents|villagers|locals|inhabitants|farmers|herders"
    r"|herdsmen|pastoralists|members|assailants|attackers),? (?:who were |were )?(?:armed with|equipped with|wielding"
    r"|carrying|with) (?:[\w-]+,? (?:and )?){0,4}?(?:machetes|cutlasses|blade weapons|bladed weapons|knives|spears"
    r"|axes|swords|daggers|bows and arrows)\b[^.;:]{0,80}? (?<!were )(?<!was )(?<!been )(?:"
    + "|".join(sorted(BLADE_KILLED_WORDS)) + r")\b", re.IGNORECASE)
"""A group of people who carried blades to the act and killed ('youths armed with machetes and batons killed an
elderly woman', 'farmers with blade weapons, spears and batons attacked and killed twenty herders', 'villagers
equipped with blade weapons killed several militants'): as ACLED codes them, an armed communal party whose killings are
attacks (or, against an armed party, a battle), as a crowd that shoots is (see the rule on crowd fire), not a crowd's
mob violence. Only a group (a plural), only killing (not 'two men with machetes clashed at the market', a brawl), only
the active voice ('villagers with machetes were killed' are the victims); a crowd's justice on a suspect ('villagers
with machetes killed a suspected robber') stays mob violence: that rule comes first."""
BLADE_KILLERS_TOLD = "blade-killers"
BLADE_KILLED_ARMED_TOLD = "blade-killed-armed"
"""The killed that :data:`BLADE_KILLERS` tells are armed men (see ARMED_FOES: 'villagers with blade weapons killed
several suspected militants'): a fight of two armed sides, a battle as ACLED codes it, not an attack on civilians."""

PRESS_WORDS = frozenset({"journalist", "journalists", "reporter", "reporters", "photojournalist", "photojournalists",
                         "photographer", "photographers", "cameraman", "cameramen", "correspondent", "correspondents",
                         "press", "media"})
COVERING_WORDS = frozenset({"covering", "cover", "filming", "film", "reporting", "report", "capturing", "capture",
                            "photographing", "photograph", "recording", "record", "taking"})
"""The cheap tests before :data:`PRESS_HIT_COVERING` is searched: a word of the press and one of its work."""

_PRESS = (r"(?:journalists?|reporters?|photojournalists?|photographers?|cameram[ae]n|correspondents?|media workers"
          r"|members of the (?:press|media))")
_PRESS_FORCE = (r"(?:police(?:men| officers?)?|officers|soldiers|troops|security (?:forces|personnel|agents|guards)"
                r"|forces|gendarmes|paramilitar(?:y|ies)|army|military)")
_PRESS_HARM = (r"(?:beat|beaten|beat up|beaten up|attacked|assaulted|manhandled|roughed up|kicked|slapped|clubbed"
               r"|whipped|hit|injured|shot at|shot)")
_PRESS_WORK = (r"(?:covering|cover|filming|film|reporting on|report on|capturing|capture|photographing|photograph"
               r"|recording|record|taking (?:photos|photographs|pictures|videos?))")
_NOT_A_CROWD = r"(?!(?:protesters|demonstrators|marchers|opponents|students|supporters|residents|and|as)\b)"
PRESS_HIT_COVERING = re.compile(
    rf"\b{_PRESS_FORCE} (?:[\w-]+ ){{0,2}}?{_PRESS_HARM} (?:{_NOT_A_CROWD}[\w-]+ ){{0,3}}?{_PRESS}\b"
    rf"(?: [^\s.;]+){{0,10}}? (?:who (?:was|were) |while |as |when )?(?:(?:he|she|they) (?:was|were) )?"
    rf"(?:trying to |attempting to )?{_PRESS_WORK}\b"
    rf"|\b{_PRESS}\b(?: [^\s.;]+){{0,5}}? (?:was|were|got|had been) (?:allegedly |reportedly )?{_PRESS_HARM}"
    rf" (?:and [\w-]+ )?by (?:the )?(?:[\w-]+ )?{_PRESS_FORCE}\b(?: [^\s.;]+){{0,5}}? (?:while|as|when)"
    rf" (?:(?:he|she|they) (?:was|were) )?(?:trying to |attempting to )?{_PRESS_WORK}\b", re.IGNORECASE)
"""Journalists a force beat or attacked as they covered a protest, a clash or an event ('police assaulted journalists
who were covering the protests', 'journalists were beaten by the police while trying to film the clash', 'soldiers
manhandled a reporter while he was covering the march'): the force's attack on the press, violence against civilians
as ACLED codes it, not the crowd's riot nor the protest's intervention. Not where the force hit the crowd and the press
together ('police attacked protesters and journalists', 'attacked several journalists and dozens of protesters'): the
gathering met by force."""
PRESS_HIT_TOLD = "press-hit-covering"
ACCUSED_OF_WRONG = frozenset({"accused", "accusing", "accuses", "stealing", "stole", "steal", "stolen"})
"""Words of the wrong a crowd punishes ('killed a man accused of stealing a goat'): with a suspect's word (see
SUSPECTED_WRONGDOERS) or a mob's, a crowd's justice, never :data:`BLADE_KILLERS`' armed party."""

_STRIKERS = (r"(?:students|pupils|teachers|lecturers|workers|employees|staff|doctors|nurses|drivers|miners|traders"
             r"|vendors|civil servants|health workers|transporters|farmers)")

STRIKERS_HARM = {"assaulted", "assault", "fight", "fought", "beat", "beaten", "attacked", "injured", "wounded"}
"""Harm a crowd on strike did to people with its hands ('striking students assaulted two teachers', 'students on strike
engaged in a fight with a teacher'): with the strikers its subject, the strike turned violent."""

_NO_WEAPON_BEFORE = r"(?<!air )(?<!air-)(?<!drone )(?<!aerial )(?<!missile )(?<!rocket )(?<!military )"
"""(a 'strike' with no weapon's word just before it: see STRIKE_ACTION)"""

STRIKE_ACTION = re.compile(
    r"\b(?:hunger|general|labou?r|sit-down|sit down|indefinite|national|nationwide|dead-city|warning|\d+[- ]hours?"
    r"|\d+[- ]days?|complete|token|open-ended|relay|wildcat|sympathy)[- ]strikes?\b"
    r"|\b(?:went|go|goes|going|are|were|was|is|remain|remained|been) on (?:an? )?(?:[\w-]+ ){0,2}?strike\b"
    r"|\b(?:declared|launched|called|began|begun|started|staged|held|continued|extended|suspended|observed|observe"
    r"|observes|observing) (?:an? |their |the )?(?:[\w-]+ )?strike\b"
    r"(?! against\b| on (?:[\w-]+ ){0,2}?(?:positions?|targets?|bases?|camps?|hideouts?|strongholds?|militants?"
    r"|fighters|insurgents|rebels|terrorists)\b)"
    r"|\b(?:began|continued|continue|continues) striking\b"
    r"|\bstrike calls?\b|\bcall(?:ed|s|ing)? for (?:an? |the )?strikes?\b"
    r"|\bstrike over (?:pay|wages|salar|allowances|arrears|conditions)"
    rf"|\bstriking (?:[\w-]+ )?{_STRIKERS}\b|\b{_STRIKERS} (?:who were |who are |were |are )?on strike\b"
    r"|\bjoin(?:ed|s|ing)? (?:an? |the |their )?(?:[\w'-]+ )?strike\b"
    r"(?! against\b| on (?:[\w-]+ ){0,2}?(?:positions?|targets?|bases?|camps?|hideouts?)\b)"
    r"|\b\w+ed on strike\b|^[\w ]{0,40}\bon strike\b"
    # (a strike named by its strikers, before or after it: 'the teachers' strike', 'a strike by transport workers',
    # 'a strike by air traffic controllers', 'the unions' strike': workers' stoppage, no weapon's strike)
    # (no weapon's word before it, no verb between: not 'an air strike by the army', 'a strike by militants
    # killed two workers')
    rf"|\b{_STRIKERS}['’] strikes?\b|{_NO_WEAPON_BEFORE}\bstrikes? by (?:the )?(?:(?![\w'’-]*ed\b)[\w'’-]+ ){{0,2}}?"
    rf"(?:{_STRIKERS[3:-1]}|unions?|"
    r"controllers|pilots|lawyers|judges|magistrates|dockers|dockworkers|truckers|porters)\b"
    # (or by what it stopped: 'the strike disrupted flights', 'a strike paralysed traffic in the capital': a
    # stoppage of work; a strike from the air destroys, kills or hits, it does not suspend classes)
    rf"|{_NO_WEAPON_BEFORE}\bstrikes? (?:[\w'’-]+ ){{0,6}}?(?:disrupted|disrupts|disrupting|paralysed|paralyzed|"
    r"paralyses|paralyzes|paralysing|paralyzing|crippled|cripples|crippling|grounded|grounds|halted|halts|"
    r"shut down|shuts down) "
    r"(?:[\w'’-]+ ){0,4}?(?:flights|traffic|classes|lessons|lectures|schools|services|transport|trains|business"
    r"|businesses|activities|work|hospitals|courts|ports?|commerce|trade)\b")
"""Work or food withheld as a protest ('went on a 48-hour strike', 'a hunger strike', 'workers strike over pay',
'declared a general strike', 'observed a complete strike', 'announced an open-ended strike', 'continued striking',
'shops stayed shut in response to a strike call', 'traders called for a strike' (a strike called for with no weapon's
word: 'called for an air strike' is not),
'nurses joined the doctors' strike' (not 'joined a strike on militant positions', nor 'the air force launched a
strike on militant positions'), 'guards entered on strike', a
note that opens with its strikers 'Judges on strike over pay'), and a crowd named by its strike ('striking students
assaulted two teachers', 'students on strike fought with a teacher'): a protest, and what the crowd did its own (a
demonstration turned violent, not mob violence), not the strike of a weapon ('an air strike', 'a drone strike')."""

THROWN_INCENDIARY = re.compile(r"\b(?:petrol|gasoline|fire|molotov)[- ]?bomb(?:s|ed|ing)?\b|\bmolotov cocktails?\b")
"""A fire bomb thrown ('hurled a petrol bomb at the house', 'petrol-bombed a church', 'firebombed the office',
'molotov cocktails'): a weapon used on people or their property, an attack rather than damage alone."""

GENERIC_EXPLOSIVES = {"explosive", "explosives", "explosive device", "explosive devices", "device", "devices"}
"""Words that name an explosive without its kind: thrown, or told beside a grenade, they are the grenade."""

THROWN_DEVICES = GENERIC_EXPLOSIVES | {"bomb", "bombs", "ied", "ieds", "improvised explosive device",
                                       "improvised explosive devices"}
"""Devices that, thrown by hand (:data:`THROW_VERBS`, :data:`THROWN_AFTER`), are a grenade as ACLED types it ('threw a
hand-made bomb at the outpost', 'a bomb was thrown into the school'); told beside a grenade, they are the grenade told
again ('threw a grenade … the bomb exploded')."""

THROWN_AFTER = {"thrown", "hurled", "lobbed", "tossed"}
"""Participles after a device that tell it thrown ('a bomb thrown into the school', 'a bomb was hurled at the
office')."""

THROW_VERBS = {"threw", "throw", "throws", "thrown", "throwing", "hurled", "hurl", "hurls", "hurling", "lobbed", "lob",
               "lobs", "lobbing", "tossed", "toss", "tosses", "tossing"}
"""Verbs of throwing by hand ('hurled explosives at the offices', 'lobbed an explosive device into the crowd'): an
explosive thrown is a grenade, as ACLED types it, not a planted device."""

FIRED_MUNITIONS = {"mortar", "mortars", "artillery", "howitzer", "tank"}
"""Words that make a 'bomb' a round fired from afar ('mortar bombs landed near the market', 'an artillery bomb'):
shelling, not a planted device."""

WEAPON_TACTICS = {"airstrike", "drone", "shelling", "rocket", "suicide", "ied", "vbied", "landmine"}
"""Tactic keys of an attack with a weapon: an event that opens with one is a strike, not a protest."""

BLAST_SCENE_LEADS = {"at", "near", "during", "outside", "targeting", "amid", "into", "as", "while"}
"""Words that open where or when a weapon told before them struck ('a bomb exploded at an opposition rally', 'a
suicide bomber blew himself up at a campaign rally', 'a bomb went off as soldiers were marching'): a gathering or a
march named after them is the blast's scene or its target, the blast the event (not 'residents protested against the
bomb attack', 'the bombing sparked protests': the protest told first, or told as what the blast caused)."""

BLAST_SCENE_REACH = 7
"""At most this many words between a :data:`BLAST_SCENE_LEADS` word and the gathering's word ('at the second
anniversary of the April protests')."""

BLAST_SCENE_STOPS = {",", ";", ":", ".", "which", "who", "that", "where", "after", "before", "because", "sparked",
                     "triggered", "prompted", "caused", "led", "provoked"}
"""Words that end a blast's scene: a clause of its own follows ('at the market, which residents later blocked in
protest'), or what the blast caused ('as the attack sparked protests')."""

STATE_ADVERBS = {"already", "still"}
"""'are already detained', 'are still held': a detention that lasts, not an arrest."""

SEVERAL_INCIDENTS = re.compile(
    r"\b(?:two|three|four|five|six|several|multiple|a series of|a string of|a spate of)\s+"
    r"(?:separate\s+|coordinated\s+|simultaneous\s+|deadly\s+|other\s+)?"
    r"(?:attacks|bombings|blasts|explosions|incidents|ambushes|raids|assaults)\b")
"""'killed in multiple attacks across the country', 'claimed two attacks earlier in the week': a summary of several
incidents, each told on its own (or not at all); without a day of its own it opens none."""

FIRST_OF_SEVERAL = ("in the first attack", "in the first of the", "the first attack", "in the first bombing",
                    "in the first blast", "the first blast", "the first bombing")
COUNTED_ACTS = re.compile(r"\b(?:two|three|four|five|six) (?:[\w-]+ ){0,2}?(?:attacks|bombers|bombings|bombs|blasts"
                          r"|explosions|ambushes|raids|assaults|strikes)\b")
"""'In the first attack, a bomber drove …' after 'two car bombers struck …' (:data:`COUNTED_ACTS`): the first of the
acts just counted, told on, not another incident; the second ('A second car bomber …') opens its own."""

SEVERAL_PLACES_BETWEEN = {"and", ",", "the", "of", "district", "districts", "province", "provinces", "city", "town",
                          "village", "villages", "area", "areas", "region", "county", "sub-district", "governorate"}
"""Words that may stand between the places a summary of several incidents names for them ('in two attacks in the
town of Asadabad and Sarkani district'): one incident per place when there are as many places as incidents (see
:data:`SEVERAL_INCIDENTS`)."""

SEPARATE_ACTS = re.compile(r"\bseparate (?:attacks|bombings|blasts|explosions|incidents|ambushes|raids|assaults)\b")
"""'In separate attacks in Helmand, two suicide car bombs killed …': a summary of several acts with no count of them
(see :data:`SEVERAL_INCIDENTS`); what it says of their kind types the incidents the next clause tells by place."""

UNNAMED_PEOPLE = {"people", "persons", "individuals", "others"}
"""The words of a target that names nobody in particular ('at least three people were killed'): a summary of the same
acts told before it may name whom they hit (see :data:`SEPARATE_ACTS`)."""

COUNTED_ORDINALS = {"second", "third", "fourth", "fifth"}
"""'A second car bomber …' after 'two suicide car bombers struck …' (:data:`COUNTED_ACTS`): one of the acts counted
before, of their kind (a suicide bomber's), though the clause does not say it again."""

PARTY_FILLERS = {"the", "of", "a", "an", "and", "forces", "force", "group", "members", "member"}
"""Words of an actor's name too common to tie two clauses to the same party ('the Military Police' and 'police
officers' share 'police'; 'the Islamic State group' and 'a farmers' group' share nothing)."""

FURTHER_TOLL_WORDS = {"other", "more"}
ELSEWHERE_WORDS = {"elsewhere"}
"""'Three other soldiers were killed in fighting elsewhere in Afrin' after an incident told with its day: more of the
same day's toll at another place, an incident of that day (the clause names none of its own)."""

DISTANCE_UNITS = {"kilometres", "kilometers", "km", "kms", "miles", "mile", "kilometre", "kilometer"}
"""'25 kilometres (15 miles) from Gorgadji': a distance before 'from' makes the place where the act happened near, not
where someone came from."""

SUPERLATIVES = {"deadliest", "bloodiest", "worst", "largest", "biggest", "heaviest", "highest", "fiercest"}
"""'Fourteen police were killed, in one of the bloodiest attacks on security forces since the president took office': a
superlative before 'since', after the toll, compares the incident with a period; it does not make the sentence a
period's course (see :func:`_generic`)."""

DAY_TOLL_LEADS = {"on", "late", "early", "by"}
"""Words between a later day's toll and its day in a toll split by day ('two were killed on Wednesday and one on
Tuesday', 'and two more late on Monday'): that day's deaths are an incident of their own."""

DAY_TOLL_AFTER = {"more", "other", "others"}
"""Words that may follow the number of a later day's toll ('three died on Monday and two more on Tuesday')."""

DAY_TOLL_ONE = {"another": 1}
"""Words that stand for a number in a later day's toll ('one was shot on Friday and another on Saturday')."""

DAY_TOLL_LATER_DEATHS = {"died", "dies", "succumbed", "wounds", "injuries"}
"""Words of deaths dated rather than acts ('three soldiers died on Monday and two more on Tuesday', '… of their
wounds'): the later day's deaths may be the same incident's toll, so the clause opens no incident of that day."""

EARLIER_BY = {"hours": 0, "less than a day": 1, "a day": 1, "one day": 1, "two days": 2, "three days": 3,
              "four days": 4, "a week": 7, "one week": 7}
"""How many days before the incident just told an earlier one happened, as 'comes … after' words it."""

COMES_AFTER = re.compile(r"\b(?:comes|came)\s+(?:just\s+|only\s+)?(" + "|".join(EARLIER_BY) + r")\s+after\b")
"""'The attack comes two days after gunmen killed …', 'came less than a day after a bombing in …': an earlier
incident, told after the one it precedes."""

DETECTION_CONFIDENCE = (0.25, 0.62, 0.84, 0.93, 0.94)
"""Confidence that a detected incident is one, by the number of detection cues (0-4: day, toll, tactic, place):
the share of events with that many cues that were real incidents (main, secondary or background) on the real-news
development set, Laplace-smoothed ((hits + 1) / (events + 2): 0/2, 7/11, 30/35, 53/56, 29/30 with sitrep-rules/3).
Calibrated in-sample, on the set the rules are tuned on: read it as an ordering more than a probability."""


LAST_DAY = re.compile(r"\b(?:in|over|during|within) the (?:past|last) 24 hours\b")
"""'In the past 24 hours': a daily report's own day, not a period's course (see :data:`PAST_PERIOD`)."""

RELATIVE_PRONOUNS = frozenset({"which", "who", "whose", "whom", "where"})
"""Words that open a relative clause ('the factory, which burned down last year'): an aside about someone named
('where' too: 'in Gao, where militants have held ground since 2019' tells of the place named)."""

COORDINATE_OPENERS = frozenset({"and", "but", "then"})
"""Words that, after a comma, open a coordinate clause of its own ('Militants have held the area since 2019, and on
Monday they killed a farmer'): a period's words before it end there."""

SUBJECT_RELATIVES = frozenset({"who", "which"})
"""Relative pronouns that stand as their clause's subject ('bandits who had robbed five farmers', 'the bomb, which
killed two'): a verb just after one (or after its auxiliaries) tells of the person or thing named, not the main act."""

MAIN_VERB_NOT_AFTER = frozenset({",", "and", "or"})
"""Words before a trigger that make it a participle or a second verb of the clause before it (', killing two', 'robbed
and killed'), not the main clause's own verb after a relative clause."""

TIME_CLAUSE_OPENERS = frozenset({"when", "while", "as"})
"""Words that open a clause of time with a subject of its own ('soldiers were on patrol when militants opened fire on
them'): a force named before one is the subject of the clause it ends, not of the act told after it."""

OBJECT_PRONOUNS = frozenset({"them", "him", "her"})
"""Pronouns that, as an act's object, name back someone told before the act ('… when militants opened fire on them')."""

IRREGULAR_PAST_VIOLENCE = frozenset({"shot", "struck", "hit", "fought", "overran"})
"""Verbs of violence in the simple past that do not end in '-ed' ('bandits who robbed five farmers shot two soldiers'):
with the '-ed' forms of the verbs of violence, what a main clause's own active verb may be after a relative clause."""

DAY_PREPOSITIONS = frozenset({"on", "in", "at", "during"})
"""Prepositions that lead a day told after a coordinator ('… since 2019 and on Monday killed a farmer')."""

NOUN_LEADS = frozenset({"on", "a", "an", "the", "of", "their", "its", "his", "her"})
"""Words after which a trigger word is a noun, not a clause's verb ('where traders have been on strike since 2022',
'whose leaders called a strike'): such a word does not end a relative clause (see ``_aside_flags``)."""

PAST_IRREGULAR_ACTS = frozenset({"held", "shot", "fought", "threw", "beat", "hit", "struck", "set", "burnt", "stole",
                                 "took", "led", "blew", "stabbed", "slew"})
"""Past forms without '-ed' of verbs that tell an act (a main clause's act beside a relative clause's course)."""

AUXILIARY_VERBS = frozenset({"was", "were", "is", "are", "be", "been", "being", "has", "have", "had"})
"""Auxiliaries before a verb: a trigger word after one is not a main clause's own verb in the simple past."""

PROTEST_OBJECT_LEADS = frozenset({"the", "a", "an", "their", "its", "his", "her"})
"""Words that open the object of 'protested' ('protested the irregular payment of their salaries'): its grievance."""

_PROTEST_NOUN = (r"(?:protests?|protesting|protested|demonstrations?|demonstrating|demonstrated|marches|march|marching"
                 r"|rall(?:y|ies)|boycott)")
PROTEST_AS_CONTEXT = re.compile(
    # someone harmed for taking part in protests ('arrested for participating in protests in 2018 were beaten', 'due
    # to the victim's participation in anti-government protests', 'because of his support for the blue and white
    # marches', 'killed by herders after protesting against …', 'received threats for protesting against the regime')
    r"\b(?:for|because of|due to|over|after|who|with) (?:[\w'-]+ ){0,3}?(?:participat\w*|took part|taking part|"
    r"involvement|support|role|engagement|involved) (?:[\w'-]+ ){0,6}?" + _PROTEST_NOUN + r"\b"
    r"|\b(?:for|after) (?:openly )?(?:protesting|demonstrating|marching)\b"
    # journalists harmed covering a protest; people on their way to one
    r"|\b(?:covering|cover|reporting on|reporting|filming|photographing) (?:[\w'-]+ ){0,3}?" + _PROTEST_NOUN + r"\b"
    r"|\b(?:on (?:his|her|their|the|its) way|en route|in route|heading|travell?ing) (?:back )?(?:to|from) "
    r"(?:[\w'-]+ ){0,4}?" + _PROTEST_NOUN + r"\b"
    # a protest as the setting, a plan, a symbol or a past campaign ('in the context of planned protests', 'a symbol
    # of protest', 'the 2018 demonstrations'; not 'injured and arrested after a protest': how it was met)
    r"|\bin the context of (?:[\w'-]+ ){0,3}?" + _PROTEST_NOUN + r"\b|\bplanned " + _PROTEST_NOUN + r"\b"
    r"|\bsymbol of (?:[\w'-]+ ){0,2}?" + _PROTEST_NOUN + r"\b"
    r"|\bthe (?:19|20)\d\d (?:[\w'-]+ ){0,2}?" + _PROTEST_NOUN + r"\b"
    r"|\b" + _PROTEST_NOUN + r" (?:[\w'-]+ ){0,5}?in (?:[a-z]+ )?(?:19|20)\d\d\b"
    # a protest that the harm led to ('The abduction led to a protest', 'The attack motivated a protest')
    r"|\b(?:led to|sparked|motivated|prompted|triggered|provoked) (?:an? |the |several |many )?(?:[\w'-]+ ){0,2}?"
    + _PROTEST_NOUN + r"\b")
"""Where a protest is told only as the setting of harm done to someone, not as the act itself: the victim's taking
part in protests, journalists covering one, people on their way to one, a protest planned, a year's campaign, or one
the harm led to. Where every protest word of an event is told so and people were harmed, the harm is the event, as
ACLED codes it (an attack), the protest another event or none."""

GATHERING_ATTACKED = re.compile(
    r"\b(?:at|during|on|into|invaded|stormed|attacked) (?:an? |the |their |his |her |its )?(?:[\w'-]+ ){0,3}?"
    r"(?:" + _PROTEST_NOUN + r"|sit-ins?)\b")  # (a sit-in is a gathering too: 'gunmen stormed a sit-in of farmers')
"""A gathering told as the place or the object of an armed party's act ('gunmen opened fire on supporters at a
campaign rally', 'unidentified armed men invaded a gathering of supporters at a rally', 'attackers stormed the
march'): with :data:`GATHERING_ATTACKERS` told and no crowd's violence nor police work, the attack is the event (an
attack on the people gathered, as ACLED codes it), not a demonstration. Whoever the armed men hit there, police
included ('assailants opened fire on a police camp during a protest')."""

GATHERING_PEOPLE_ATTACKED = re.compile(
    r"\b(?:attacked|stormed|assaulted|ambushed|(?:opened |open )?fire on|fired (?:on|at|into)|shot at) "
    r"(?:an? |the |their )?(?:[\w'-]+ ){0,3}?(?:protesters|protestors|demonstrators|marchers)\b")
"""A gathering's people told as the object of the act itself ('gunmen attacked a group of protesters', 'armed men
opened fire on demonstrators'; not 'on Monday protesters …'): with :data:`GATHERING_ATTACKERS` told and no state
force (:data:`GATHERING_FORCES`: 'armed police opened fire on protesters' is excessive force), an attack on the
people gathered."""

GATHERING_ATTACKERS = frozenset(ARMED_SUBJECT_WORDS | {"gunman", "assailants", "attackers", "thugs", "hoodlums"})
"""Who attacks a gathering from outside it (see :data:`GATHERING_ATTACKED`): an armed party's words
(:data:`ARMED_SUBJECT_WORDS`: 'gunmen', 'a gang', 'armed men', 'militiamen') and those of attackers hired or unnamed
('thugs', 'assailants'); not the crowd ('protesters'), nor a force breaking it up. The one vocabulary by which an
armed party attacking a gathering is read (:func:`sitrep.extract.events._protest_as_context`)."""

GATHERING_FORCES = frozenset({"police", "policemen", "officers", "gendarmes", "gendarmerie", "security", "soldiers",
                              "troops", "army", "military"})
"""A state's force told beside a gathering attacked ('armed police opened fire on protesters', 'soldiers and armed
men attacked the marchers'): the force's fire on a crowd is how the gathering was met (excessive force), not an
attack by armed men from outside it (see :data:`GATHERING_ATTACKED`)."""

PROTEST_CONTEXT_HARM = frozenset({"killed", "killing", "murdered", "shot", "stabbed", "injured", "wounded", "beaten",
                                  "beat", "beating", "tortured", "abducted", "kidnapped", "abduct", "kidnap",
                                  "attacked", "attack", "assaulted", "whipped", "threats", "dead", "died", "kill",
                                  "wounding", "injuring", "kidnapping", "abduction"})
"""Harm done to people that makes an event whose protest is only its setting (see :data:`PROTEST_AS_CONTEXT`) an
attack: killing, wounding, beating, torture, abduction, threats."""

_PREVENTED_GATHERINGS = (r"(?:protests?|demonstrations?|gatherings?|march(?:es)?|rall(?:y|ies)|sit-ins?"
                         r"|assembl(?:y|ies))")
_NOT_A_BANNED_GATHERING = "".join(rf"(?<!\b{w} )" for w in ("a", "an", "the", "held", "staged", "holding", "staging",
                                                              "organised", "organized", "joined", "attended"))
PROTEST_PREVENTED = re.compile(
    # a measure taken against or ahead of protests ('police were deployed to prevent potential protests', 'blocked
    # the roads to prevent the party from holding a rally', 'troops were posted in the streets in anticipation of
    # demonstrations') or a ban on them ('authorities banned all political gatherings and marches', 'a ban on
    # protests'): the gatherings named are what the measure is against, none held. Not a ban word used as an
    # adjective ('staged a banned rally', 'held banned protests': held all the same); not 'to stop protests' (ones
    # under way); not 'police stopped the march' (a gathering met by the police, an intervention).
    r"\b(?:(?:to|aimed at|aiming to|in an effort to|in a bid to|so as to) (?:prevent|avert|curb|deter|forestall|thwart"
    r"|ward off|pre-?empt|head off)|in (?:anticipation|expectation) of|(?:for|out of) fear of"
    r"|ahead of (?:an? |the )?(?:expected|possible|potential|imminent|planned|feared)"
    r"|" + _NOT_A_BANNED_GATHERING + r"(?:ban(?:ned|ning|s)?(?: on)?|prohibit(?:ed|ing|s)?|forb(?:id|ade|idden|ids)"
    r"|outlaw(?:ed|ing|s)?)) (?:[\w'’,-]+ ){0,6}?" + _PREVENTED_GATHERINGS
    + r"\b(?:(?:,| and| or) (?:[\w'’-]+ ){0,2}?" + _PREVENTED_GATHERINGS + r"\b)*")
"""A gathering told only as what a measure guards against, expects or bans (see above): where every protest word of
an event is inside such a phrase, no protest is the event; the measure is (a deployment, a ban: a change to a group's
activity, as ACLED codes it), or the harm told beside it ('blocked the roads to prevent a rally … they also beat up
residents'). A protest held in defiance of the ban is told with words of its own ('defied the ban on protests to
stage a rally'), and so is one held to prevent something ('protested to prevent the demolition of their stalls':
the protest word outside the phrase keeps it)."""

PREVENTED_PROTEST_WORDS = frozenset({"protest", "protests", "demonstration", "demonstrations", "march", "marches",
                                     "rally", "rallies", "sit-in"})
"""Words of :data:`PROTEST_WORDS` that :data:`PROTEST_PREVENTED` can hold ('sit-in': the compound read from 'sit-ins'):
an event with none of them needs no search."""

PROTEST_OVER_ACT = re.compile(r"\b(?:the|this|that|these|those) (?:attacks?|killings?|murders?|abduction|kidnapping|"
                              r"incident|shooting|assault)\b")
"""A sentence's reference back to an act told before it ('Following the attack, residents staged a protest', 'The
abduction led to a protest'): a protest told after harm to people, and over it, is a sequel of the harm, which the
report opened with (see :func:`sitrep.extract.events._protest_as_context`)."""

# --- Misreadings a news reader catches (fix28) ---

ENLARGED_IMAGE = re.compile(
    r"(?:^|\b(?:the|a|an|its|their|his|her|two|three|several|some|large|giant|huge|\d+) )(?:[\w'’-]+ )?"
    r"(?:photos?|photographs?|pictures?|images?|posters?|portraits?|prints?|snapshots?|maps?) "
    r"(?:of (?:[\w'’-]+ ){0,5}?)?(?:was|were|had been|has been|have been|being) (?:[\w'’-]+ )?blown up\b"
    r"|\b(?:blew|blow|blows|blowing) up (?:the |a |an |two |three |several |some |his |her |their |its |\d+ )?"
    r"(?:[\w'’-]+ )?(?:photos?|photographs?|pictures?|images?|posters?|portraits?|prints?|snapshots?|maps?)\b")
"""A picture 'blown up' is enlarged, not bombed ('photos of the bank were blown up and displayed at the rally', 'the
paper blew up a picture of the minister'): the blown-up building named inside it is what the picture shows. Only
with the picture as the subject or object (not 'a truck carrying posters was blown up': the truck was)."""

FIGURATIVE_FIRE_WORDS = frozenset({"exchanged", "exchanging", "exchange", "exchanges", "traded", "trading", "shots",
                                   "fire", "fired", "volleys", "salvos"})
"""Trigger words that a contest of words or a game uses as figures ('the candidates exchanged fire in the debate',
'the teams traded shots in the second half'). Not blows or punches: fans who traded blows after a match fought."""

HACK_VERBS = frozenset({"hacked", "hacks"})
"""The verbs of hacking: blows with a blade ('herders hacked two farmers'), but also a computer broken into ('hackers
hacked the ministry's website') or a work cut down in words ('the critic hacked the film to pieces')."""

HACKED_THINGS = frozenset({"website", "websites", "account", "accounts", "server", "servers", "computer", "computers",
                           "database", "databases", "email", "emails", "e-mail", "portal", "software", "password",
                           "passwords", "app", "film", "films", "movie", "movies", "book", "novel", "script", "budget"})
"""Things a verb of hacking has for its object or its passive subject that no blade cuts: a computer's (a website, an
account, a server) or a work cut down in words (a film, a book, a budget plan): with no blade, no death and no wound
told, the hacking is no violence ('hackers hacked the ministry's website', 'the critic hacked the film to pieces', 'the
account of the minister was hacked'; not 'hacked the phone seller to death with a machete')."""

HACK_HARM_WORDS = frozenset({"death", "dead", "killed", "killing", "injured", "injuries", "wounded", "wounds",
                             "wounding", "machete", "machetes", "axe", "axes", "cutlass", "cutlasses", "knife",
                             "knives", "sword", "swords", "panga", "pangas", "hoe", "hoes", "blade", "blades",
                             "hospital", "body"})
"""Words that make a hacking told beside them a blade's blows on people, whatever its object (see
:data:`HACKED_THINGS`)."""

FIGURATIVE_ARENA = re.compile(
    r"\b(?:in|during|at|on|before|after|throughout|over) (?:a |an |the |their |its |this |last |sunday's |"
    r"saturday's |friday's |tuesday's |monday's |wednesday's |thursday's )?(?:[\w'’-]+ ){0,3}?"
    r"(?:debates?|match|matches|game|games|half|halves|first half|second half|half-time|halftime|extra time|"
    r"overtime|innings|tournament|championship|league|derby|semi-?finals?|quarter-?finals?|talk show|interview|"
    r"press conference|studio|social media|twitter|online|parliament|chamber|senate|plenary|hearing|campaign trail"
    r"|primaries|primary race)\b")
"""A contest of words or a game told as the setting of the 'fire' ('in a televised debate', 'in the second half of
the match', 'on social media', 'in parliament'): with no armed side and no casualty, the fire is a figure."""

FIRE_SIDE_WORDS = frozenset({
    *ARMED_PARTY_NOUNS, "gunman", "militia", "militias", "bandits",
    "armed", "soldiers", "soldier", "troops", "army", "terrorists", "gang", "gangs", "gangsters", "police",
    "policemen", "policeman", "officers", "gendarmes", "forces", "military", "guards", "marines", "raiders",
    "attackers", "assailants", "gunfire", "guns", "gun", "rifles", "bullets", "killed", "wounded", "injured", "dead",
    "died", "shot", "hurt", "casualties", "fatalities", "bodies"})
"""Words that put an armed side, a gun or a casualty in a sentence: where any is told, fire exchanged during a match or
a debate is real fire ('police and gang members exchanged fire after the match')."""

ANIMAL_KILL_VERBS = frozenset({"killed", "kill", "kills", "killing", "shot", "shoot", "shoots", "shooting", "slit",
                               "slits", "slitting", "cut", "cuts", "slaughtered", "slaughter", "butchered", "speared",
                               "poached", "poisoned", "hacked", "stabbed", "beheaded", "dead"})
"""Verbs of killing whose object may be an animal (see :data:`WILD_ANIMALS`, :data:`SLAUGHTERED_ANIMALS`)."""

WILD_ANIMALS = frozenset({
    "elephant", "elephants", "rhino", "rhinos", "rhinoceros", "rhinoceroses", "lion", "lions", "lioness",
    "lionesses", "leopard", "leopards", "cheetah", "cheetahs", "hippo", "hippos", "hippopotamus", "crocodile",
    "crocodiles", "buffalo", "buffaloes", "buffalos", "gorilla", "gorillas", "chimpanzee", "chimpanzees", "giraffe",
    "giraffes", "zebra", "zebras", "hyena", "hyenas", "wolf", "wolves", "bear", "bears", "tiger", "tigers", "monkey",
    "monkeys", "baboon", "baboons", "antelope", "antelopes", "deer", "snake", "snakes", "python", "pythons",
    "pangolin", "pangolins", "dog", "dogs", "boar", "boars", "jackal", "jackals"})
"""Wild (and stray) animals: killed by poachers, rangers or villagers, no one is a victim as ACLED counts victims
('poachers killed an elephant', 'rangers shot dead a lion that strayed into the village'). Herd animals killed are
the herders' property destroyed (LIVESTOCK_KILLED), read elsewhere."""

SLAUGHTERED_ANIMALS = frozenset({
    "goat", "goats", "sheep", "ram", "rams", "cow", "cows", "bull", "bulls", "ox", "oxen", "calf", "calves", "camel",
    "camels", "chicken", "chickens", "hen", "hens", "pig", "pigs", "lamb", "lambs", "heifer", "heifers", "donkey",
    "donkeys", "cattle", "animal", "animals", "livestock"})
"""Animals whose throats are slit or cut for meat, a feast or a sacrifice ('the chef slit the throat of a goat'): a
throat slit is a stabbing only where it is a person's."""

ANIMAL_OBJECT_LEADS = frozenset({
    "the", "a", "an", "his", "her", "their", "its", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "several", "some", "dozens", "hundreds", "of", "and", "dead", "throat", "throats", "wild", "stray", "rare",
    "endangered", "young", "old", "large", "male", "female", "baby", "pregnant", "black", "white", "sacrificial",
    "rogue", "many"})
"""Words between a verb of killing and the animal killed ('killed two rare black rhinos', 'slit the throat of a
goat'): a count, a determiner or a word of the animal's kind."""

ANIMAL_OWNER_NOUNS = frozenset({
    "trader", "traders", "herder", "herders", "owner", "owners", "keeper", "keepers", "breeder", "breeders",
    "farmer", "farmers", "dealer", "dealers", "thief", "thieves", "rustler", "rustlers", "merchant", "merchants",
    "handler", "handlers", "seller", "sellers", "vendor", "vendors", "poacher", "poachers", "ranger", "rangers",
    "tamer", "tamers", "trainer", "trainers", "tracker", "trackers", "warden", "wardens", "guide", "guides",
    "hunter", "hunters", "guard", "guards", "scout", "scouts", "officer", "officers", "vet", "vets", "farm", "farms",
    "park", "parks", "expert", "experts", "conservationist", "conservationists"})
"""Persons named by the animals they keep, trade or guard ('killed a cattle trader', 'shot a goat herder', 'shot dead
an elephant tracker'): a person."""

CRIME_SUSPECTS = frozenset({"suspect", "suspects", "fugitive", "fugitives", "thief", "thieves", "robber", "robbers",
                            "burglar", "burglars", "criminal", "criminals", "rapist", "rapists", "kidnapper",
                            "kidnappers", "pickpocket", "pickpockets", "murderer", "murderers", "smuggler",
                            "smugglers", "trafficker", "traffickers", "fraudster", "fraudsters"})
"""Persons held for a crime ('arrested a murder suspect', 'detained two robbers'): an arrest of them told beside a
protest is no intervention on the crowd unless the crowd or the gathering is named with it."""

ARMED_PLACE_OWNERS = frozenset({"rebel", "rebels", "militant", "militants", "insurgent", "insurgents", "jihadist",
                                "jihadists", "terrorist", "terrorists", "militia", "bandit", "bandits", "separatist",
                                "separatists", "guerrilla", "guerrillas", "extremist", "extremists"})
"""Non-state armed men named as the holders of a place hit ('jets struck rebel positions', 'shelled militant bases',
'raided a bandit camp'): they are the side hit, not a state's forces (see roles.incident_target)."""

LONG_SPANS = ("year", "years", "decade", "decades")
"""What a ground has been held 'since' for it to be background ('since last year', 'since years'; a year's number
is read too): not 'since Monday', a taking of the report's days."""

IRREGULAR_FORCE_WORDS = frozenset({"fighters", "militia", "militiamen"})
"""Words of :data:`MILITARY_WORDS` that name irregular armed men, not a state's: where they acted, the soldiers,
troops or posts named are the other side ('militia fighters killed 11 soldiers'), not their own."""

AFFILIATION_LEADS = ("affiliated with", "affiliated to", "linked to", "linked with", "loyal to", "aligned with",
                     "allied with", "allied to", "tied to", "connected to", "connected with")
"""Words before a party that other armed men are tied to ('armed organisations affiliated with al-Qaeda'): in a
sentence after the act's, the party describes the region's armed men, not whom the act hit (roles.incident_target)."""

SEPARATE_MATTER_OPENERS = frozenset({"separately", "elsewhere", "unrelatedly", "independently"})
"""Words that open a sentence on another matter than the one before ('Separately, police arrested a murder suspect
in the city'): what it tells is not how police met the gathering told before it."""
