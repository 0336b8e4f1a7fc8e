"""The field's vocabulary, as data: ACLED event types, GTD attack types, tactic tags and actors.

ACLED's 6 event types and 25 sub-event types are the primary vocabulary. Armed groups report by modus operandi
(ambush, assassination, sabotage), so every tactic tag also names its GTD attack type and, where the tactic alone
decides it, the ACLED class. Where it depends on the target (a shooting at soldiers is a battle, at civilians an
attack on civilians) the ACLED class is given per target category in :data:`TACTIC_BY_TARGET`.

Actors are normalised through an alias table shipped as ``data/actors.csv`` that a user extends with a CSV of the
same columns (``canonical,kind,category,country,owner,parent,aliases``; aliases separated by ``|``). Media outlets are
actors of kind ``media`` whose ``owner`` is the group they speak for, so a claim relayed by a group's newspaper is
attributed to the group.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from sitrep.errors import ConfigError

ACLED_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": (
        "Violent demonstration",
        "Mob violence",
    ),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
"""ACLED's event types and their sub-event types (ACLED Codebook)."""

SUB_EVENT_TO_EVENT: dict[str, str] = {
    sub: event for event, subs in ACLED_EVENT_TYPES.items() for sub in subs
}

GTD_ATTACK_TYPES: tuple[str, ...] = (
    "Assassination",
    "Armed Assault",
    "Bombing/Explosion",
    "Hijacking",
    "Hostage Taking (Barricade Incident)",
    "Hostage Taking (Kidnapping)",
    "Facility/Infrastructure Attack",
    "Unarmed Assault",
    "Unknown",
)
"""The Global Terrorism Database's nine attack types (GTD Codebook)."""


@dataclass(frozen=True)
class Tactic:
    """A modus-operandi tag with the terms that name it and what it maps to."""

    key: str
    gtd_attack_type: str
    sub_event_type: str | None
    """The ACLED sub-event type when the tactic alone decides it; None when it depends on the target."""
    terms: tuple[str, ...]
    """Lower-case words and phrases that name the tactic in English reporting."""

    @property
    def event_type(self) -> str | None:
        """The ACLED event type that the sub-event type belongs to."""
        return SUB_EVENT_TO_EVENT[self.sub_event_type] if self.sub_event_type else None


TACTICS: dict[str, Tactic] = {
    t.key: t
    for t in (
        Tactic("ied", "Bombing/Explosion", "Remote explosive/landmine/IED",
               ("ied", "ieds", "improvised explosive device", "improvised explosive devices",
                "explosive device", "explosive devices", "roadside bomb", "roadside bombs", "bomb", "bombs",
                "bombing", "bombings", "explosive", "explosives", "sticky bomb", "sticky bombs",
                "magnetic bomb", "magnetic bombs", "uxo", "uxos", "unexploded ordnance", "booby-trapped",
                "booby trap", "booby traps", "booby-trap", "booby-traps")),
        Tactic("landmine", "Bombing/Explosion", "Remote explosive/landmine/IED",
               ("landmine", "landmines", "land mine", "land mines", "mine", "mines")),
        Tactic("vbied", "Bombing/Explosion", "Remote explosive/landmine/IED",
               ("vbied", "vbieds", "car bomb", "car bombs", "car bombing", "car bombings", "car bomber", "car bombers",
                "truck bomber", "truck bombers",
                "vehicle-borne improvised explosive device", "vehicle bomb", "truck bomb", "booby-trapped car",
                "booby-trapped vehicle", "explosives-laden car", "explosive-laden car", "explosives-laden vehicle",
                "explosive-laden vehicle", "explosives-laden truck")),
        Tactic("suicide", "Bombing/Explosion", "Suicide bomb",
               ("suicide attack", "suicide attacks", "suicide bombing", "suicide bombings", "suicide bomber",
                "suicide bombers", "suicide operation", "suicide operations", "martyrdom operation",
                "martyrdom operations", "svbied", "svbieds", "inghimasi", "kamikaze", "kamikazes", "suicide blast",
                "suicide blasts")),
        Tactic("ambush", "Armed Assault", None, ("ambush", "ambushes", "ambushed")),
        Tactic("raid", "Armed Assault", None,
               ("raid", "raids", "raided", "assault", "assaults", "storming", "stormed", "incursion", "incursions")),
        Tactic("shooting", "Armed Assault", None,
               ("shooting", "shootings", "shooting attack", "shooting attacks", "gun attack", "gun attacks",
                "armed attack", "armed attacks", "gunfire", "opened fire", "shot dead", "gunned down", "gun attack",
                "shot and killed", "drive-by shooting")),
        Tactic("sniper", "Armed Assault", None,
               ("sniper", "snipers", "sniping", "sniper attack", "sniper attacks", "sniper fire")),
        Tactic("assassination", "Assassination", None,
               ("assassination", "assassinations", "assassinated", "targeted killing", "targeted killings")),
        Tactic("sabotage", "Facility/Infrastructure Attack", "Looting/property destruction",
               ("sabotage", "sabotage attack", "sabotage attacks", "sabotage operation", "sabotage operations",
                "act of sabotage", "acts of sabotage")),
        Tactic("arson", "Facility/Infrastructure Attack", "Looting/property destruction",
               ("arson", "arson attack", "arson attacks", "set fire", "torched", "burned", "burnt", "on fire",
                "ablaze", "set alight")),
        Tactic("airstrike", "Bombing/Explosion", "Air/drone strike",
               ("airstrike", "airstrikes", "air strike", "air strikes", "air raid", "air raids", "bombardment",
                "bombardments", "aerial bombardment", "aerial bombardments", "warplane", "warplanes", "fighter jet",
                "fighter jets", "jet fighter",
                "jet fighters", "fighter plane", "fighter planes", "military jet", "military jets")),
        Tactic("drone", "Bombing/Explosion", "Air/drone strike",
               ("drone strike", "drone strikes", "drone attack", "drone attacks", "drone", "drones", "uav",
                "uavs")),
        Tactic("shelling", "Bombing/Explosion", "Shelling/artillery/missile attack",
               ("shelling", "shellings", "artillery", "artillery fire", "artillery attack", "artillery attacks",
                # (and the plural some writers use: 'fired heavy artilleries at the village')
                "artilleries", "shell", "shells", "mortar", "mortars", "mortar attack", "mortar attacks",
                "mortar shell", "mortar shells", "shelled", "artillery bombardment", "artillery bombardments")),
        Tactic("rocket", "Bombing/Explosion", "Shelling/artillery/missile attack",
               ("rocket", "rockets", "rocket attack", "rocket attacks", "missile", "missiles",
                "missile attack", "missile attacks", "katyusha", "katyushas")),
        Tactic("grenade", "Bombing/Explosion", "Grenade",
               ("grenade", "grenades", "grenade attack", "grenade attacks", "hand grenade", "hand grenades")),
        Tactic("chemical", "Unknown", "Chemical weapon",
               ("chemical attack", "chemical attacks", "chemical weapon", "chemical weapons", "chlorine",
                "sarin", "poison gas")),
        Tactic("abduction", "Hostage Taking (Kidnapping)", "Abduction/forced disappearance",
               ("abduction", "abductions", "abducted", "kidnapping", "kidnappings", "kidnapped")),
        Tactic("hostage", "Hostage Taking (Barricade Incident)", None,
               ("hostage-taking", "hostage taking", "siege", "barricade")),
        Tactic("hijacking", "Hijacking", None, ("hijacking", "hijackings", "hijacked")),
        Tactic("execution", "Armed Assault", "Attack",
               ("execution", "executions", "executed", "beheading", "beheadings", "beheaded")),
        Tactic("stabbing", "Unarmed Assault", "Attack", ("stabbing", "stabbings", "stabbed", "knife attack")),
        Tactic("sexual_violence", "Unarmed Assault", "Sexual violence",
               ("rape", "raped", "rapes", "raping", "gang-raped", "gang raped", "gang-rape", "gang rape",
                "sexual violence", "sexually assaulted", "sexual assault", "sexually abused", "sexual abuse",
                "molested", "defiled")),
        Tactic("clash", "Armed Assault", "Armed clash",
               ("clash", "clashes", "battle", "battles", "fighting", "firefight", "firefights", "exchange of fire",
                "skirmish", "skirmishes")),
        Tactic("looting", "Unknown", "Looting/property destruction", ("looting", "looted", "plundered")),
    )
}
"""Tactic tags: the GTD attack type each implies and, where the tactic alone decides it, the ACLED class."""

TARGET_CATEGORIES: dict[str, tuple[str, ...]] = {
    "military": ("soldier", "soldiers", "troops", "army", "military", "servicemen", "fighters", "militiamen",
                 "militia", "forces", "personnel", "officer", "officers", "conscripts", "recruits", "guards",
                 "military convoy", "checkpoint", "checkpoints", "base", "bases", "patrol", "patrols"),
    "police": ("police", "policemen", "police officers", "policeman", "police officer", "gendarmes",
               "gendarmerie", "security forces", "security personnel", "police station", "police stations"),
    "civilians": ("civilian", "civilians", "villagers", "residents", "people", "passengers", "shepherds",
                  "farmers", "worshippers", "students", "children", "women", "traders", "truck drivers"),
    "government": ("official", "officials", "government officials", "local officials", "mukhtar", "mukhtars",
                   "governor", "judge", "judges", "tribal elder", "tribal elders", "elders", "council members",
                   "informants", "collaborators", "spies"),
    "infrastructure": ("pipeline", "pipelines", "power line", "power lines", "pylon", "pylons",
                       "electricity tower", "electricity towers", "oil well", "oil wells", "bridge", "bridges",
                       "telecommunications tower", "telecom masts", "cell towers", "water station"),
    "aid workers": ("aid worker", "aid workers", "humanitarian workers", "ngo workers", "health workers"),
    "journalists": ("journalist", "journalists", "reporter", "reporters"),
    "religious": ("mosque", "mosques", "church", "churches", "clerics", "imam", "imams", "shrine"),
}
"""Generic target words (lower case) and the target category they belong to."""

TACTIC_BY_TARGET: dict[str, tuple[str, str]] = {
    "military": ("Battles", "Armed clash"),
    "police": ("Battles", "Armed clash"),
    "civilians": ("Violence against civilians", "Attack"),
    "government": ("Violence against civilians", "Attack"),
    "aid workers": ("Violence against civilians", "Attack"),
    "journalists": ("Violence against civilians", "Attack"),
    "religious": ("Violence against civilians", "Attack"),
    "infrastructure": ("Strategic developments", "Looting/property destruction"),
}
"""ACLED class of a target-dependent tactic (shooting, raid, ambush, assassination) by target category."""

REGIONS: dict[str, tuple[str, ...]] = {
    "northeast": ("northeast", "north-east", "northeastern", "north-eastern", "north east", "north eastern"),
    "northwest": ("northwest", "north-west", "northwestern", "north-western", "north west", "north western"),
    "southeast": ("southeast", "south-east", "southeastern", "south-eastern", "south east", "south eastern"),
    "southwest": ("southwest", "south-west", "southwestern", "south-western", "south west", "south western"),
    "north": ("north", "northern"),
    "south": ("south", "southern"),
    "east": ("east", "eastern"),
    "west": ("west", "western"),
    "central": ("central", "centre", "center", "middle"),
}
"""Macro-regions as analysts name them, with the adjectives that name them in reporting."""


def tactic_for_term(term: str) -> str | None:
    """The tactic key a lower-case term names, or None."""
    return _TERM_TO_TACTIC.get(term.lower())


def region_for_term(term: str) -> str | None:
    """The macro-region a word such as 'northeastern' names, or None."""
    return _TERM_TO_REGION.get(term.lower())


def target_category_for_term(term: str) -> str | None:
    """The target category of a generic target word such as 'soldiers', or None."""
    return _TERM_TO_CATEGORY.get(term.lower())


def acled_class(tactic: str, target_category: str | None = None) -> tuple[str | None, str | None]:
    """ACLED (event_type, sub_event_type) for a tactic key (``'ied+landmine'`` allowed) and target category.

    Combined keys map only when every tactic agrees; otherwise the class is left unknown rather than guessed.
    """
    classes = set()
    for key in tactic.split("+"):
        known = TACTICS.get(key)
        if known is None:
            return None, None
        if known.sub_event_type is not None:
            classes.add((known.event_type, known.sub_event_type))
        elif target_category in TACTIC_BY_TARGET:
            classes.add(TACTIC_BY_TARGET[target_category])
        else:
            return None, None
    return classes.pop() if len(classes) == 1 else (None, None)


def gtd_attack_type(tactic: str) -> str | None:
    """The GTD attack type of a tactic key, or None when combined tactics disagree."""
    types = {TACTICS[k].gtd_attack_type for k in tactic.split("+") if k in TACTICS}
    return types.pop() if len(types) == 1 else None


_TERM_TO_TACTIC = {term: t.key for t in TACTICS.values() for term in t.terms}
_TERM_TO_REGION = {term: key for key, terms in REGIONS.items() for term in terms}
_TERM_TO_CATEGORY = {term: cat for cat, terms in TARGET_CATEGORIES.items() for term in terms}


DEMONYMS: dict[str, str] = {
    "Afghan": "AF", "American": "US", "US": "US", "U.S.": "US", "Egyptian": "EG", "Ethiopian": "ET", "French": "FR",
    "Indian": "IN", "Iranian": "IR", "Iraqi": "IQ", "Israeli": "IL", "Jordanian": "JO", "Kenyan": "KE",
    "Lebanese": "LB", "Libyan": "LY", "Malian": "ML", "Nigerian": "NG", "Pakistani": "PK", "Russian": "RU",
    "Saudi": "SA", "Somali": "SO", "Sudanese": "SD", "Syrian": "SY", "Turkish": "TR", "Ukrainian": "UA",
    "Yemeni": "YE", "Burkinabe": "BF", "Nigerien": "NE", "Chadian": "TD", "Cameroonian": "CM",
    "Mozambican": "MZ", "Emirati": "AE", "British": "GB", "Burmese": "MM", "Congolese": "CD",
}
"""Nationality adjectives, so that "Russian warplanes" or "Turkish drone" name that state's armed forces."""

MILITARY_NOUNS = ("forces", "troops", "soldiers", "army", "military", "warplanes", "jets", "aircraft", "planes",
                  "helicopters", "helicopter", "drone", "drones", "artillery", "navy", "air force", "commandos",
                  "special forces", "gunships", "warplane", "jet", "fighter jets", "air strikes", "airstrikes",
                  "air strike", "airstrike", "missile", "missiles", "missile strike", "missile strikes",
                  "shelling", "bombardment", "rocket fire")


# --- actors -----------------------------------------------------------------------------------------------

ACTOR_COLUMNS = ("canonical", "kind", "category", "country", "owner", "parent", "aliases")

STATE_KINDS: tuple[str, ...] = ("state", "state-allied")
"""Actor kinds that act for a state: its own forces and the forces fighting on its side (allied militias, foreign
troops it invited). Attribution, typing and roles all ask this one question, so it is answered in one place."""


@dataclass(frozen=True)
class Actor:
    """One actor (armed group, state force, media outlet, monitor) and the names it goes by."""

    canonical: str
    kind: str
    category: str
    country: str | None = None
    owner: str | None = None
    """For media outlets: the actor the outlet speaks for."""
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    """For affiliates (a 'province' of a group): the group it belongs to."""

    @property
    def is_state(self) -> bool:
        """Does this actor act for a state (a kind in `STATE_KINDS`)?"""
        return self.kind in STATE_KINDS


@dataclass
class ActorTable:
    """Alias table: any known name (case-insensitive; short acronyms case-sensitive) → the canonical actor."""

    actors: dict[str, Actor] = field(default_factory=dict)
    _by_alias: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, *extra: str | Path) -> ActorTable:
        """The shipped table, extended (and overridden by canonical name) by the user's CSV files."""
        table = cls()
        shipped = resources.files("sitrep").joinpath("data/actors.csv").read_text(encoding="utf-8")
        table.extend(_read_actor_rows(io.StringIO(shipped), "sitrep/data/actors.csv"))
        for path in extra:
            try:
                # utf-8-sig: Excel saves CSV with a byte-order mark, which would otherwise stick to "canonical".
                text = Path(path).read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as error:
                raise ConfigError(f"{path}: cannot read the actor alias file: {error}") from error
            table.extend(_read_actor_rows(io.StringIO(text), str(path)))
        table.extend(table._national_forces())
        return table

    def _national_forces(self) -> list[Actor]:
        """'Russian warplanes', 'Turkish drone', 'Malian troops': a nationality and a military noun name that
        state's armed forces, when the table has them (the first state military actor of that country)."""
        forces: dict[str, Actor] = {}
        for actor in self.actors.values():
            if actor.kind == "state" and actor.category == "military" and actor.country:
                forces.setdefault(actor.country, actor)
        added = []
        for demonym, country in DEMONYMS.items():
            actor = forces.get(country)
            if actor is None:
                continue
            aliases = tuple(f"{demonym} {noun}" for noun in MILITARY_NOUNS
                            if self.canonical(f"{demonym} {noun}") is None)
            added.append(Actor(actor.canonical, actor.kind, actor.category, actor.country, actor.owner, aliases,
                               actor.parent))
        return added

    def state_forces(self, country: str | None, category: str = "military") -> str | None:
        """The canonical name of a country's own forces of ``category`` ('military', 'police'): the first state
        actor of that country and category in the table, or None."""
        if not country:
            return None
        for actor in self.actors.values():
            if actor.kind == "state" and actor.category == category and actor.country == country:
                return actor.canonical
        return None

    def extend(self, actors: Iterable[Actor]) -> None:
        """Add actors; a row whose canonical name exists already adds its aliases to that actor."""
        for actor in actors:
            old = self.actors.get(actor.canonical)
            if old is not None:
                merged = tuple(dict.fromkeys(old.aliases + actor.aliases))
                actor = Actor(actor.canonical, actor.kind or old.kind, actor.category or old.category,
                              actor.country or old.country, actor.owner or old.owner, merged,
                              actor.parent or old.parent)
            self.actors[actor.canonical] = actor
            for alias in (actor.canonical, *actor.aliases):
                self._by_alias[_alias_key(alias)] = actor.canonical

    def canonical(self, name: str) -> str | None:
        """The canonical name for ``name``, or None when it is not in the table."""
        return self._by_alias.get(_alias_key(name.strip()))

    def get(self, name: str) -> Actor | None:
        """The actor a name refers to, or None."""
        canonical = self.canonical(name)
        return self.actors.get(canonical) if canonical else None

    def owner(self, name: str) -> str | None:
        """For a media outlet, the actor it speaks for; None otherwise."""
        actor = self.get(name)
        return actor.owner if actor is not None and actor.kind == "media" else None

    def same_side(self, first: str | None, second: str | None) -> bool:
        """True when two canonical names are one actor or a group and its affiliate (IS and ISWAP)."""
        if first is None or second is None:
            return False
        if first == second:
            return True
        a, b = self.actors.get(first), self.actors.get(second)
        parent_a = a.parent if a is not None else None
        parent_b = b.parent if b is not None else None
        return parent_a == second or parent_b == first or (parent_a is not None and parent_a == parent_b)

    def aliases(self) -> Iterator[tuple[str, str]]:
        """Every (alias, canonical) pair, canonical names included."""
        for actor in self.actors.values():
            for alias in dict.fromkeys((actor.canonical, *actor.aliases)):
                yield alias, actor.canonical


def is_acronym(name: str) -> bool:
    """Short all-capital names (IS, SDF, HTS) match case-sensitively, so 'is' the verb never becomes IS; so do short
    one-word acronyms written in mixed case (FAMa, JeM: two capitals or more), so that 'La Fama', a place, or 'Jem', a
    man's name, never becomes Mali's army or Jaish-e-Mohammed (the all-capital form, 'FAMA', is an alias of its own)."""
    letters = re.sub(r"[^A-Za-z]", "", name)
    if not 0 < len(letters) <= 5:
        return False
    return letters.isupper() or (" " not in name.strip() and sum(char.isupper() for char in letters) >= 2)


def _alias_key(name: str) -> str:
    folded = name.replace("’", "'").replace("‘", "'")
    folded = " ".join(folded.split())
    return folded if is_acronym(folded) else folded.lower()


def _read_actor_rows(handle: io.StringIO, origin: str) -> Iterator[Actor]:
    # strict: an unterminated quote is an error naming its line, not a row that silently swallows the file's rest.
    reader = csv.DictReader(handle, strict=True)
    try:
        rows = list(reader)
    except csv.Error as error:
        raise ConfigError(f"{origin}:{reader.line_num}: the actor alias file cannot be read as CSV ({error}); "
                          "check for a quote that is never closed") from error
    missing = [c for c in ("canonical", "aliases") if c not in (reader.fieldnames or [])]
    if missing:
        raise ConfigError(f"{origin}: the actor alias file needs the columns {', '.join(ACTOR_COLUMNS)}; "
                          f"missing: {', '.join(missing)}")
    for number, row in enumerate(rows, start=2):
        canonical = (row.get("canonical") or "").strip()
        if not canonical:
            raise ConfigError(f"{origin}:{number}: empty 'canonical' name")
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
        yield Actor(
            canonical=canonical,
            kind=(row.get("kind") or "group").strip(),
            category=(row.get("category") or "").strip(),
            country=(row.get("country") or "").strip() or None,
            owner=(row.get("owner") or "").strip() or None,
            aliases=aliases,
            parent=(row.get("parent") or "").strip() or None,
        )
