"""A prose development set for the learned heads: incident summaries written as prose, coded to other schemas.

ACLED's notes are the heads' own style; the reporting sitrep reads is not. The golden set is a frozen test set and
the news set has some 110 incidents, too few to tell one head option from another. GTD's incident summaries
(``../shared/data/train/gtd_2021H1_excl_syria_iraq.csv.gz``: "Assailants threw a grenade at a police camp in
Pampore …") and RAND's incident descriptions (``../shared/data/rand/rdwti_middle_east_south_asia.csv``) are written
prose about single incidents, coded to GTD's attack, target and weapon types and RAND's weapon. A crosswalk (below,
documented per row) turns each coding into the ACLED event types — and, where it decides one, the sub-event types —
that a correct ACLED coding of the same incident may have; a row whose coding decides nothing (GTD "Unknown"
attacks, hijackings, RAND "Other" weapons) is left out rather than guessed.

The crosswalk follows the conventions of :mod:`sitrep.taxonomy` (a shooting at soldiers or police is a battle, at
civilians or officials violence against civilians, :data:`~sitrep.taxonomy.TACTIC_BY_TARGET`), never the heads' or
the rules' outputs. Scores are *consistency* with the crosswalk, not accuracy against an ACLED coder: use them to
compare two systems on the same rows (paired), never as a headline figure. Nothing here reads a coded number, name or
place: only the type columns, through the crosswalk (and RAND's date, to keep its modern rows).

    >>> rows = read_prose(shared_data())                              # doctest: +SKIP
    >>> report = score_prose(rows, views, {"rules": None, "@12": model})  # doctest: +SKIP
"""

from __future__ import annotations

import csv
import random
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.extract.learned import LearnedModel, plain_text, rule_tactic
from sitrep.learn.data import open_csv
from sitrep.learn.features import RuleView

__all__ = ["GTD_FILE", "RAND_FILE", "ProseGate", "ProseRow", "ProseScore", "decisions", "gtd_expected",
           "rand_expected", "read_prose", "score_prose"]

GTD_FILE = "train/gtd_2021H1_excl_syria_iraq.csv.gz"
RAND_FILE = "rand/rdwti_middle_east_south_asia.csv"

BATTLES, EXPLOSIONS, CIVILIANS = "Battles", "Explosions/Remote violence", "Violence against civilians"
STRATEGIC, RIOTS = "Strategic developments", "Riots"

Expected = tuple[frozenset[str], frozenset[str] | None]
"""(the ACLED event types a correct coding may have, its sub-event types — None where the source decides none)."""

ARMED_TARGETS = frozenset({"Military", "Police", "Terrorists/Non-State Militia"})
"""GTD target types that are armed actors: an armed assault on them is a battle (ACLED: an armed clash)."""
CIVILIAN_TARGETS = frozenset({
    "Private Citizens & Property", "Religious Figures/Institutions", "Educational Institution", "Journalists & Media",
    "NGO", "Government (General)", "Government (Diplomatic)", "Business", "Transportation", "Tourists",
    "Telecommunication", "Utilities", "Food or Water Supply",
})
"""GTD target types that are unarmed people or their property: an armed assault on them is violence against
civilians (ACLED: an attack); officials count as civilians, as in :data:`sitrep.taxonomy.TACTIC_BY_TARGET`."""
DEVICE_SUB_TYPES = {
    "Projectile (rockets, mortars, RPGs, etc.)": "Shelling/artillery/missile attack",
    "Grenade": "Grenade",
    "Landmine": "Remote explosive/landmine/IED",
    "Remote Trigger": "Remote explosive/landmine/IED",
    "Vehicle": "Remote explosive/landmine/IED",
    "Sticky Bomb": "Remote explosive/landmine/IED",
    "Pipe Bomb": "Remote explosive/landmine/IED",
    "Time Fuse": "Remote explosive/landmine/IED",
    "Pressure Trigger": "Remote explosive/landmine/IED",
    "Dynamite/TNT": "Remote explosive/landmine/IED",
    "Letter Bomb": "Remote explosive/landmine/IED",
    "Suicide (carried bodily by human being)": "Suicide bomb",
}
"""GTD explosive sub-types that decide ACLED's sub-event type ("Unknown/Other Explosive Type" decide only the type)."""


def _only(event_type: str, sub_types: Sequence[str] | None = None) -> Expected:
    return frozenset({event_type}), frozenset(sub_types) if sub_types is not None else None


def _explosive(weapon_sub: str, suicide: bool) -> Expected:
    if suicide:
        return _only(EXPLOSIONS, ["Suicide bomb"])
    sub = DEVICE_SUB_TYPES.get(weapon_sub)
    return _only(EXPLOSIONS, [sub] if sub else None)


def _later_attacks(record: Mapping[str, str]) -> set[str]:
    """GTD's second and third attack types (an incident of several kinds of attack)."""
    return {(record.get(column) or "").strip() for column in ("attacktype2_txt", "attacktype3_txt")}


def _either(first: Expected, second: Expected) -> Expected:
    """Both codings allowed: their types, and their sub-types where both decide one (else none is scored)."""
    subs = first[1] | second[1] if first[1] is not None and second[1] is not None else None
    return first[0] | second[0], subs


def gtd_expected(record: Mapping[str, str]) -> Expected | None:
    """The ACLED types (and sub-types) a GTD-coded incident may have, or None where its coding decides nothing.

    ========================================  ===================================  =====================================
    GTD attack type (weapon, target)          ACLED event type                     sub-event type
    ========================================  ===================================  =====================================
    any, suicide = 1, explosives              Explosions/Remote violence           Suicide bomb
    Bombing/Explosion                         Explosions/Remote violence           by weapon sub-type (projectile →
                                                                                   shelling, grenade, IED kinds); none
                                                                                   for unknown / other explosives
    Armed Assault or Assassination with       Battles (armed target) /             Armed clash / Attack
    firearms or melee                         Violence against civilians
    Armed Assault or Assassination with       as Bombing/Explosion
    explosives
    explosives, second or third attack type   also Battles (armed target) /        also Armed clash / Attack
    Armed Assault                             Violence against civilians
    Hostage Taking (Kidnapping), unarmed      Violence against civilians           Abduction/forced disappearance
    target
    Unarmed Assault, unarmed target           Violence against civilians           Attack, Sexual violence
    Facility/Infrastructure Attack with       Strategic developments, Riots        Looting/property destruction,
    incendiaries (arson)                                                           Violent demonstration, Mob violence
    Facility/Infrastructure Attack with       as Bombing/Explosion
    explosives
    Unknown, Hijacking, Barricade Incident,   (left out)
    any other weapon or target
    ========================================  ===================================  =====================================
    """
    attack = (record.get("attacktype1_txt") or "").strip()
    target = (record.get("targtype1_txt") or "").strip()
    weapon = (record.get("weaptype1_txt") or "").strip()
    weapon_sub = (record.get("weapsubtype1_txt") or "").strip()
    suicide = (record.get("suicide") or "").strip() in ("1", "1.0")
    armed = target in ARMED_TARGETS
    unarmed = target in CIVILIAN_TARGETS
    if weapon == "Explosives" and attack in ("Bombing/Explosion", "Armed Assault", "Assassination",
                                             "Facility/Infrastructure Attack"):
        coded = _explosive(weapon_sub, suicide)
        if "Armed Assault" in _later_attacks(record) and (armed or unarmed):
            # Bombers and gunmen in one incident: ACLED codes an explosion that opened a fight as a battle (and
            # gunmen turning on civilians as an attack), so either coding is correct.
            return _either(coded, _only(BATTLES, ["Armed clash"]) if armed else _only(CIVILIANS, ["Attack"]))
        return coded
    if attack in ("Armed Assault", "Assassination") and weapon in ("Firearms", "Melee") and (armed or unarmed):
        return _only(BATTLES, ["Armed clash"]) if armed else _only(CIVILIANS, ["Attack"])
    if attack == "Hostage Taking (Kidnapping)" and unarmed:
        return _only(CIVILIANS, ["Abduction/forced disappearance"])
    if attack == "Unarmed Assault" and unarmed:
        return _only(CIVILIANS, ["Attack", "Sexual violence"])
    if attack == "Facility/Infrastructure Attack" and weapon == "Incendiary":
        return (frozenset({STRATEGIC, RIOTS}),
                frozenset({"Looting/property destruction", "Violent demonstration", "Mob violence"}))
    return None


def rand_expected(record: Mapping[str, str]) -> Expected | None:
    """The ACLED types (and sub-types) a RAND-coded incident may have, or None where its weapon decides nothing.

    RAND codes the weapon only, so the crosswalk is coarser than GTD's: a remote-detonated explosive is an IED
    (Explosions/Remote violence, Remote explosive/landmine/IED); other explosives decide only the type (they include
    suicide bombs, grenades and rockets); firearms decide only that the incident is a battle or violence against
    civilians (RAND has no target column to say which); fire, knives, chemicals and "Other" are left out."""
    weapon = (record.get("Weapon") or "").strip()
    if weapon == "Remote-detonated explosive":
        return _only(EXPLOSIONS, ["Remote explosive/landmine/IED"])
    if weapon == "Explosives":
        return _only(EXPLOSIONS)
    if weapon == "Firearms":
        return frozenset({BATTLES, CIVILIANS}), None
    return None


@dataclass(frozen=True)
class ProseRow:
    """One prose text and what a correct ACLED coding of it may be (see the module's crosswalk)."""

    text: str
    types: frozenset[str]
    sub_types: frozenset[str] | None
    source: str


_GTD_DATE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}\s*:\s*")                      # "01/01/2021: "
_RAND_COUNTRY = re.compile(r"^\s*[A-Z][A-Z .'-]{2,40}\.\s+")                      # "IRAQ.  "
_SPACES = re.compile(r"\s{2,}")


def _rows(path: Path, column: str, strip: re.Pattern[str], expected: Callable[[Mapping[str, str]], Expected | None],
          source: str, since: int | None) -> Iterator[ProseRow]:
    """The file's rows that the crosswalk decides (from year ``since`` on, read from a ``Date`` column)."""
    with open_csv(path) as handle:
        for record in csv.DictReader(handle):
            year = (record.get("Date") or "")[:4]
            if since is not None and not (year.isdigit() and int(year) >= since):
                continue
            text = _SPACES.sub(" ", strip.sub("", record.get(column) or "")).strip()
            coded = expected(record)
            if text and coded is not None:
                yield ProseRow(text=text, types=coded[0], sub_types=coded[1], source=source)


def read_prose(data: Path, *, per_source: int = 4000, rand_since: int = 2004, seed: int = 14) -> list[ProseRow]:
    """The prose rows of the shared data folder: GTD summaries and RAND descriptions (from ``rand_since`` on: modern
    reporting), the crosswalk's rows only, at most ``per_source`` of each (a seeded sample, in file order). The
    texts lose their source's bookkeeping prefix (GTD's "MM/DD/YYYY:", RAND's "COUNTRY."), which no report has.
    A file that is missing is skipped."""
    out: list[ProseRow] = []
    sources = [
        (data / GTD_FILE, "summary", _GTD_DATE, gtd_expected, "gtd", None),
        (data / RAND_FILE, "Description", _RAND_COUNTRY, rand_expected, "rand", rand_since),
    ]
    for path, column, strip, expected, source, since in sources:
        if not path.exists():
            continue
        rows = list(_rows(path, column, strip, expected, source, since))
        if len(rows) > per_source:
            keep = sorted(random.Random(f"{seed}:{source}").sample(range(len(rows)), per_source))
            rows = [rows[i] for i in keep]
        out.extend(rows)
    return out


Decided = tuple[str | None, str | None]
"""(event type, sub-event type) of a row as extracted; (None, None) where the rules found no event."""


def decisions(model: LearnedModel | None, views: Sequence[RuleView]) -> list[Decided]:
    """Each row's type and sub-type as ``sitrep extract`` would deliver them: the rules' (``model`` None) or the
    rules' re-decided through the model's gate. Rows where the rules found no event stay empty: the model re-types
    the rules' events, it never creates one."""
    rules: list[Decided] = [(view[2], view[3]) for view in views]
    if model is None:
        return rules
    found = [i for i, view in enumerate(views) if view[1] != ["rule=none"]]
    texts = [views[i][0] for i in found]
    texts = [plain_text(t) for t in texts] if model.plain else texts
    embeddings, bags = model.embedder.encode(texts)
    features = model.features_from(embeddings, [views[i][1] for i in found], bags, texts)
    decided = model.decide(
        model.probabilities(features),
        [{"event_type": views[i][2], "sub_event_type": views[i][3], "tactic": rule_tactic(views[i][1])} for i in found],
    )
    out = list(rules)
    for i, row in zip(found, decided, strict=True):
        event_type = row["event_type"].label if "event_type" in row else rules[i][0]
        sub_type = row["sub_event_type"].label if "sub_event_type" in row else rules[i][1]
        out[i] = (event_type, sub_type)
    return out


@dataclass
class ProseScore:
    """Per system, per source: how many rows' type and sub-type agree with the crosswalk."""

    systems: list[str]
    sources: list[str]
    type_hits: dict[str, np.ndarray] = field(default_factory=dict)
    """System → rows' 0/1 type agreement (row order of the set)."""
    sub_hits: dict[str, np.ndarray] = field(default_factory=dict)
    """System → rows' 0/1 sub-type agreement (rows whose crosswalk decides a sub-type only; NaN elsewhere)."""
    row_source: list[str] = field(default_factory=list)

    def rate(self, system: str, source: str | None = None, sub: bool = False) -> tuple[float, int]:
        """Agreement and the number of rows it is over (``source`` None: every source)."""
        values = (self.sub_hits if sub else self.type_hits)[system]
        mask = ~np.isnan(values)
        if source is not None:
            mask &= np.array([s == source for s in self.row_source])
        n = int(mask.sum())
        return (float(values[mask].mean()) if n else 0.0), n

    def paired(self, system: str, base: str, sub: bool = False) -> tuple[int, int, float, float]:
        """Against ``base`` on the same rows: rows it gets right that base gets wrong, the reverse, and the mean
        change in points ± its standard error (paired over rows)."""
        table = self.sub_hits if sub else self.type_hits
        a, b = table[system], table[base]
        mask = ~np.isnan(a) & ~np.isnan(b)
        diff = a[mask] - b[mask]
        n = max(int(mask.sum()), 1)
        error = float(diff.std(ddof=1) / np.sqrt(n)) * 100 if n > 1 else 0.0
        return int((diff > 0).sum()), int((diff < 0).sum()), float(diff.mean()) * 100 if diff.size else 0.0, error

    def table(self, base: str | None = None) -> str:
        """One line per system and source: type and sub-type agreement; with ``base``, each system's paired change."""
        lines = [f"{'system':44} {'source':6} {'rows':>5} {'type':>6} {'sub rows':>8} {'sub-type':>8}"]
        for system in self.systems:
            for source in [*self.sources, None]:
                t, n = self.rate(system, source)
                s, m = self.rate(system, source, sub=True)
                lines.append(f"{system[:44]:44} {source or 'all':6} {n:5d} {t:6.3f} {m:8d} {s:8.3f}")
        if base is not None:
            lines.append("")
            for system in self.systems:
                if system == base:
                    continue
                cells = []
                for sub, name in ((False, "type"), (True, "sub-type")):
                    better, worse, mean, error = self.paired(system, base, sub)
                    cells.append(f"{name} +{better}/-{worse} rows, {mean:+.2f} ± {error:.2f} points")
                lines.append(f"{system} vs {base}: " + "; ".join(cells))
        return "\n".join(lines)


def score_prose(rows: Sequence[ProseRow], views: Sequence[RuleView],
                systems: Mapping[str, LearnedModel | None]) -> ProseScore:
    """Each system's decisions on the rows (``views``: the rules' view of each row's text, in order) scored against
    the crosswalk: a row's type agrees when it is one the crosswalk allows, its sub-type likewise where the
    crosswalk decides sub-types; a row without a rule event agrees with nothing (as extracted)."""
    score = ProseScore(systems=list(systems), sources=list(dict.fromkeys(row.source for row in rows)),
                       row_source=[row.source for row in rows])
    for name, model in systems.items():
        decided = decisions(model, views)
        score.type_hits[name] = np.array([float(d[0] in row.types) for row, d in zip(rows, decided, strict=True)])
        score.sub_hits[name] = np.array([
            np.nan if row.sub_types is None else float(d[1] in row.sub_types)
            for row, d in zip(rows, decided, strict=True)
        ])
    return score


class ProseGate:
    """The prose set prepared once, to score a gate's thresholds for many models: which settings of the gate suit
    written prose, among those that leave-one-country-out folds cannot tell apart
    (:func:`sitrep.learn.cv.choose_thresholds`).

    The rules' view, the embeddings and the bags are computed once for the rows where the rules found an event (the
    only rows a gate changes); each model's probabilities once per model; each (model, thresholds) agreement once."""

    def __init__(self, rows: Sequence[ProseRow], views: Sequence[RuleView]) -> None:
        self.rows = list(rows)
        self.found = [i for i, view in enumerate(views) if view[1] != ["rule=none"]]
        self._views = [views[i] for i in self.found]
        self._rules = [{"event_type": v[2], "sub_event_type": v[3], "tactic": rule_tactic(v[1])} for v in self._views]
        self._sub_rows = sum(row.sub_types is not None for row in self.rows)
        self._encoded: dict[tuple[str, bool], tuple[np.ndarray, list[np.ndarray]]] = {}
        self._probs: dict[int, tuple[LearnedModel, dict[str, np.ndarray]]] = {}
        self._memo: dict[tuple[int, tuple[float, ...]], float] = {}

    def agreement(self, model: LearnedModel, thresholds: Mapping[str, float]) -> float:
        """The mean of type and sub-type agreement with the crosswalk (every row; a row without a rule event agrees
        with nothing) when ``model`` gates the rules at ``thresholds`` (head name → threshold)."""
        key = (id(model), tuple(thresholds.get(head.name, 0.0) for head in model.heads))
        if key in self._memo:
            return self._memo[key]
        if id(model) not in self._probs:
            self._probs[id(model)] = (model, model.probabilities(self._features(model)))
        saved = [head.threshold for head in model.heads]
        try:
            for head in model.heads:
                head.threshold = thresholds.get(head.name, 0.0)
            decided = model.decide(self._probs[id(model)][1], self._rules)
        finally:
            for head, threshold in zip(model.heads, saved, strict=True):
                head.threshold = threshold
        type_hits = sub_hits = 0
        for i, rule, row in zip(self.found, self._rules, decided, strict=True):
            prose = self.rows[i]
            event_type = row["event_type"].label if "event_type" in row else rule["event_type"]
            sub_type = row["sub_event_type"].label if "sub_event_type" in row else rule["sub_event_type"]
            type_hits += event_type in prose.types
            sub_hits += prose.sub_types is not None and sub_type in prose.sub_types
        rates = [type_hits / len(self.rows)] if self.rows else []
        if self._sub_rows:
            rates.append(sub_hits / self._sub_rows)
        self._memo[key] = value = float(np.mean(rates)) if rates else 0.0
        return value

    def _features(self, model: LearnedModel) -> Any:
        """``model``'s features of the found rows (the embeddings shared by every model with the same embedder)."""
        texts = [view[0] for view in self._views]
        texts = [plain_text(t) for t in texts] if model.plain else texts
        encoded_key = (model.embedder.name, model.plain)
        if encoded_key not in self._encoded:
            self._encoded[encoded_key] = model.embedder.encode(texts)
        embeddings, bags = self._encoded[encoded_key]
        return model.features_from(embeddings, [view[1] for view in self._views], bags, texts)


def prose_gate(cache: Path | None = None, *, per_source: int = 4000) -> ProseGate | None:
    """The prose set of the shared data folder (``../shared/data``) ready to score gate thresholds, the rules run
    over it (cached in ``cache``); None where the folder or both of its prose files are missing."""
    from sitrep.learn.cli import shared_data
    from sitrep.learn.features import rule_views

    data = shared_data()
    if data is None:
        return None
    rows = read_prose(data, per_source=per_source)
    if not rows:
        return None
    return ProseGate(rows, rule_views([row.text for row in rows], cache=cache))
