"""Learned heads stacked on the rules: after the rules have built an event, a model re-decides its type.

A head is a multinomial logistic regression over the event's text (the sentences the rules assigned to it) and
what the rules decided about it (one-hot: their event type, sub-event type, target category, first tactic, whether
they found a perpetrator or a death toll). The text enters as a bag of its WordPiece tokens and, optionally, its
static MiniLM embedding (the shipped heads give the embedding weight 0: measured, it transferred worse across
countries; see :data:`sitrep.learn.train.EMBEDDING_WEIGHT`, so only the tokenizer ships). Rules carry what words
alone miss; the learned part carries breadth. Training is in the ``learn`` package (scikit-learn); here inference is
plain numpy.

The heads are gated (:meth:`LearnedModel.decide`): a head replaces a label the rules decided only when its own
label's probability reaches the head's ``threshold``, chosen on leave-one-country-out ACLED folds. Ungated, the
heads re-typed news prose and the golden set's invented reports worse than the rules (they are unsure, and wrong,
on text unlike ACLED's notes); gated, they only overrule the rules where they are sure.

The model file (``.npz``) holds, per head, its weights, its label list and the Event field it decides, plus the
model's name and version, the embedding table it expects and what it was trained on. Every decision is recorded in
``Event.trace[field]`` as ``Evidence(source="model:<name>@<version>", confidence=p)`` (or, where the rules' label
stood against the model, the rules' evidence with the model's doubt in ``detail``); ``Event.confidence`` is the
lowest probability the model gives a field's final label.

    >>> model = LearnedModel.load()                          # doctest: +SKIP  (the shipped default)
    >>> Extractor(model=model)(document)                      # doctest: +SKIP
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.errors import ConfigError
from sitrep.extract.embed import DEFAULT_EMBEDDER, MODELS, StaticEmbedder
from sitrep.model import Event, Evidence
from sitrep.taxonomy import TACTICS

__all__ = [
    "DEFAULT_MODEL",
    "EXTRA_MISSING",
    "GATE_VERSION",
    "Decision",
    "Head",
    "LearnedModel",
    "explicit_weapon",
    "extra_installed",
    "notice_once",
    "plain_text",
    "rule_tactic",
    "rule_tokens",
    "word_pairs",
]

DEFAULT_MODEL = MODELS / "acled-heads.npz"
EXTRA_MISSING = "note: the learned model is not installed (pip install 'sitrep[model]'); the rules run alone"
FORMAT = 1
"""Version of the model file's layout (not of a model): raise it when the layout changes."""
GATE_VERSION = 2
"""Version of the gate (:meth:`LearnedModel.decide`): raise it when the same model file would decide differently.
The extractor's name carries it, so ``sitrep reextract`` re-runs records a former gate made. 2: a weapon the rules
read by name keeps their type and sub-type (:func:`explicit_weapon`)."""


def extra_installed() -> bool:
    """True when the optional 'model' extra (the ``tokenizers`` package) can be imported."""
    return importlib.util.find_spec("tokenizers") is not None


_noticed: set[str] = set()


def notice_once(message: str) -> None:
    """Print ``message`` on stderr once per process (why the rules run alone), however many extractors are built."""
    if message not in _noticed:
        _noticed.add(message)
        print(message, file=sys.stderr)


def rule_tokens(event: Event | None) -> list[str]:
    """What the rules decided about an event, as feature names (``et=``, ``st=``, ``tc=`` …); ``rule=none`` when
    the rules found no event. Names, not positions, so a model file survives a taxonomy that grows."""
    if event is None:
        return ["rule=none"]
    tokens = [
        f"et={event.event_type}",
        f"st={event.sub_event_type}",
        f"tc={event.target_category}",
        f"tac={event.tactics[0] if event.tactics else None}",
        f"status={event.status}",
    ]
    if event.actor1 not in (None, "Unidentified Armed Group"):
        tokens.append("has_actor1")
    if event.actor2 is not None:
        tokens.append("has_actor2")
    if event.killed is not None and (event.killed.best or 0) > 0:
        tokens.append("killed")
    if event.wounded is not None:
        tokens.append("wounded")
    return tokens


def rule_tactic(tokens: Sequence[str]) -> str | None:
    """The rules' first tactic from their feature names (``tac=suicide`` → ``"suicide"``; None when they named
    none): what :meth:`LearnedModel.decide` reads as ``rules[row]["tactic"]`` where it has no Event at hand."""
    for token in tokens:
        if token.startswith("tac="):
            value = token[len("tac=") :]
            return None if value == "None" else value
    return None


_WEAPON_EVENT_TYPE = "Explosions/Remote violence"


def explicit_weapon(tactic: str | None, sub_event_type: str | None) -> bool:
    """Did the rules read their sub-type from a weapon the text names — a suicide attack, a car bomb, a grenade, an
    air strike, shelling (``tactic``, their first tactic, is one that alone decides an Explosions/Remote violence
    sub-type in :data:`sitrep.taxonomy.TACTICS`, and that sub-type is theirs)?

    The gate then leaves the rules' type and sub-type alone: the heads learned ACLED's notes, where a suicide bomber
    killed by soldiers or a bombing that opened a gunfight is coded as an armed clash, and on reporting they carry
    that habit to bombings that started no fight ("a suicide car bomber attacked a police checkpoint"). A weapon
    named is evidence the rules read, not a style; where the rules themselves see the bomb open a fight (an IED and
    an exchange of fire) they say "Armed clash" and the heads stay free to re-decide it."""
    known = TACTICS.get(tactic) if tactic is not None else None
    return (
        known is not None
        and known.sub_event_type is not None
        and known.event_type == _WEAPON_EVENT_TYPE
        and known.sub_event_type == sub_event_type
    )


Features = tuple[np.ndarray, list[np.ndarray] | None]
"""The dense part (standardised embedding + one-hot rule features) and, when the model uses them, each row's
distinct token ids (the bag-of-tokens part, kept sparse)."""


@dataclass(frozen=True)
class Decision:
    """One head's decision for one event: the label it leaves (``changed`` when that replaced the rules'), the
    model's probability of it (None for a rule label the head does not know), and the model's own best label."""

    label: str | None
    p: float | None
    model_label: str
    model_p: float
    changed: bool
    weapon: bool = False
    """The rules' label stood because a weapon they read by name decided it (:func:`explicit_weapon`), not for the
    model's probability."""


def _kept(head: Head, p: np.ndarray, best: int, rule: str | None) -> Decision:
    """The rules' label stands."""
    known = head.labels.index(rule) if rule in head.labels else None
    return Decision(rule, float(p[known]) if known is not None else None, head.labels[best], float(p[best]), False)


def _gate(head: Head, p: np.ndarray, pick: int, rule: str | None, best: int | None = None) -> Decision:
    """The model's ``pick`` replaces the rules' label when the rules have none or ``p[pick]`` reaches the head's
    threshold; ``best`` is the model's unconstrained choice (for the record), ``pick`` by default."""
    best = pick if best is None else best
    label = head.labels[pick]
    if rule is None or (label != rule and float(p[pick]) >= head.threshold):
        return Decision(label, float(p[pick]), head.labels[best], float(p[best]), rule != label)
    return _kept(head, p, best, rule)


@dataclass
class Head:
    """One classifier: ``field`` (an Event attribute, or None for a trace-only head) from ``labels``."""

    name: str
    field: str | None
    labels: list[str]
    weights: np.ndarray
    """(features, labels)."""
    bias: np.ndarray
    parents: dict[str, str] = field(default_factory=dict)
    """For a sub-type head: each label's parent label in the head named ``parent_head``."""
    parent_head: str | None = None
    threshold: float = 0.0
    """The probability the head's label needs to replace a label the rules decided (0: always replaces). Chosen on
    leave-one-country-out folds (:func:`sitrep.learn.cv.choose_thresholds`), never on a test set."""
    conditional: bool = False
    """For a sub-type head: its probabilities are of a label *given its parent* (they sum to 1 within each parent's
    labels), so that the parent's probability times this is the pair's (a hierarchical softmax). Trained one parent
    at a time, on that parent's rows only (:func:`sitrep.learn.train.fit_heads`, ``sub_given_type``)."""
    bag_weight: np.ndarray | None = None
    """Per-token weights of the bag (NB log-count ratios or idf, :func:`sitrep.learn.train.bag_weights`): each
    present token counts by its weight, the text's weights L2-normalised. None: every present token counts 1."""

    def proba(self, features: Features) -> np.ndarray:
        """Softmax probabilities, one row per feature row."""
        dense, bags = features
        width = dense.shape[1]
        logits = dense @ self.weights[:width].astype(np.float32) + self.bias
        if bags is not None:  # bag of tokens: each present token adds its row, scaled as an L2-normalised 0/1 vector
            for row, ids in enumerate(bags):
                if not ids.size:
                    continue
                if self.bag_weight is None:
                    logits[row] += self.weights[width + ids].astype(np.float32).sum(axis=0) / np.sqrt(ids.size)
                    continue
                scale = self.bag_weight[ids].astype(np.float32)
                norm = float(np.sqrt(scale @ scale))
                if norm > 0:
                    logits[row] += scale @ self.weights[width + ids].astype(np.float32) / norm
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        if not self.conditional:
            return exp / exp.sum(axis=1, keepdims=True)
        out = np.empty_like(exp)
        for columns in self._groups():
            out[:, columns] = exp[:, columns] / exp[:, columns].sum(axis=1, keepdims=True)
        return out

    def _groups(self) -> list[np.ndarray]:
        """The column indices of each parent's labels (a label with no parent is a group of its own)."""
        groups: dict[str, list[int]] = {}
        for i, label in enumerate(self.labels):
            groups.setdefault(self.parents.get(label) or f"\0{label}", []).append(i)
        return [np.array(columns) for columns in groups.values()]


@dataclass
class LearnedModel:
    """An embedding table and the heads over it, with the feature layout they were trained with."""

    name: str
    version: int
    embedder: StaticEmbedder
    heads: list[Head]
    rule_vocab: list[str]
    """Feature names of the one-hot rule part, in column order."""
    mean: np.ndarray
    scale: np.ndarray
    """Standardisation of the embedding part (the one-hot part is used as is)."""
    trained_on: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    bow: bool = False
    """Whether the heads also weigh a bag of the text's tokens (the embedding table's vocabulary)."""
    bigram_buckets: int = 0
    """Hashed word pairs ("killed by", "police fired") join the bag in this many buckets after the token ids (0:
    none): WordPiece pieces alone lose which words stand together."""
    crosses: bool = False
    """Whether the rule part also has every pair of the rules' feature names ("et=Battles&tac=shelling"): the
    heads can then weigh a rule decision by the context the rules saw it in."""
    plain: bool = False
    """Whether the heads read the event's text through :func:`plain_text` (no dates, no parenthesised place
    lists), in training and in extraction alike."""

    @property
    def source(self) -> str:
        """What the trace names as the decider: ``model:<name>@<version>``."""
        return f"model:{self.name}@{self.version}"

    @property
    def decider(self) -> str:
        """What the extractor's name adds for this model: its source and the gate's version
        (``model:<name>@<version>+gate/<n>``, :data:`GATE_VERSION`): the same file through another gate decides
        otherwise."""
        return f"{self.source}+gate/{GATE_VERSION}"

    # --- features ----------------------------------------------------------------------------------------

    def features(self, texts: Sequence[str], events: Sequence[Event | None]) -> Features:
        """The features of texts and the rules' events (None where the rules found none)."""
        texts = [plain_text(t) for t in texts] if self.plain else texts
        vectors, bags = self.embedder.encode(texts)
        return self.features_from(vectors, [rule_tokens(e) for e in events], bags, texts)

    def features_from(
        self,
        embeddings: np.ndarray,
        tokens: Sequence[Sequence[str]],
        bags: Sequence[np.ndarray] | None = None,
        texts: Sequence[str] | None = None,
    ) -> Features:
        """As :meth:`features`, from precomputed embeddings, rule tokens and token ids (training, cross-validation);
        ``texts`` (the texts the bags were made from) are needed only by a model with word pairs."""
        index = {name: i for i, name in enumerate(self.rule_vocab)}
        onehot = np.zeros((len(tokens), len(self.rule_vocab)), dtype=np.float32)
        for row, names in enumerate(tokens):
            for name in self.expand(names):
                column = index.get(name)
                if column is not None:
                    onehot[row, column] = 1.0
        dense = np.hstack([(embeddings - self.mean) / self.scale, onehot]).astype(np.float32)
        if not self.bow or bags is None:
            return dense, None
        if self.bigram_buckets and texts is not None:
            offset = self.embedder.vocab_size
            bags = [
                np.concatenate([bag, offset + word_pairs(text, self.bigram_buckets)])
                for bag, text in zip(bags, texts, strict=True)
            ]
        return dense, list(bags)

    def expand(self, names: Sequence[str]) -> Sequence[str]:
        """The rule feature names with, for a model with crosses, every pair of them."""
        if not self.crosses:
            return names
        ordered = sorted(set(names))
        return [*ordered, *(f"{a}&{b}" for k, a in enumerate(ordered) for b in ordered[k + 1 :])]

    # --- decisions -------------------------------------------------------------------------------------------

    def probabilities(self, features: Features) -> dict[str, np.ndarray]:
        """Each head's softmax probabilities (rows × labels), by head name."""
        return {head.name: head.proba(features) for head in self.heads}

    def predict(self, features: Features) -> list[dict[str, tuple[str, float]]]:
        """Per row, each head's own label and probability, ignoring the rules' decision (a sub-type head is made
        consistent with its parent head: the joint best of parent probability × sub-type probability)."""
        decisions = self.decide(self.probabilities(features), [{} for _ in range(features[0].shape[0])])
        return [{name: (d.model_label, d.model_p) for name, d in row.items()} for row in decisions]

    def decide(self, probs: dict[str, np.ndarray], rules: Sequence[dict[str, str | None]]) -> list[dict[str, Decision]]:
        """Per row, each head's decision given the rules' values (``rules[row][field]``): the confidence gate.

        The model replaces a rule decision only where its own label's probability reaches the head's
        ``threshold`` (chosen on cross-validation folds); where the rules decided nothing it decides alone. A parent
        and its sub-type head decide together, so the pair stays consistent: a changed type brings the model's
        sub-type with it; a kept type lets the sub-type change only to another sub-type of that type. Where
        ``rules[row]`` names the rules' first tactic (``"tactic"``) and it is a weapon that decided their sub-type
        (:func:`explicit_weapon`), the rules' type and sub-type stand whatever the heads' probability."""
        by_name = {head.name: head for head in self.heads}
        children = {head.parent_head: head for head in self.heads if head.parent_head in by_name}
        out: list[dict[str, Decision]] = []
        for row, rule in enumerate(rules):
            decided: dict[str, Decision] = {}
            weapon = explicit_weapon(rule.get("tactic"), rule.get("sub_event_type"))
            for head in self.heads:
                if head.parent_head in by_name:
                    continue  # decided with its parent
                p = probs[head.name][row]
                if weapon and head.field in ("event_type", "sub_event_type"):
                    # a weapon the rules read by name: their labels stand (the model's doubt is still traced)
                    decided[head.name] = replace(_kept(head, p, int(p.argmax()), rule.get(head.field)), weapon=True)
                    child = children.get(head.name)
                    if child is not None:
                        q = probs[child.name][row]
                        decided[child.name] = replace(
                            _kept(child, q, int(q.argmax()), rule.get(child.field or "")), weapon=True
                        )
                    continue
                child = children.get(head.name)
                if child is None:
                    decided[head.name] = _gate(head, p, int(p.argmax()), rule.get(head.field or ""))
                    continue
                q = probs[child.name][row]
                columns = np.array(
                    [
                        head.labels.index(child.parents[label]) if child.parents.get(label) in head.labels else -1
                        for label in child.labels
                    ]
                )
                joint = q * np.where(columns >= 0, p[np.maximum(columns, 0)], 1.0)
                best_child = int(joint.argmax())
                best = int(columns[best_child]) if columns[best_child] >= 0 else int(p.argmax())
                parent = _gate(head, p, best, rule.get(head.field or ""))
                decided[head.name] = parent
                rule_child = rule.get(child.field or "")
                if parent.changed or rule.get(head.field or "") is None:
                    # the model's type: its sub-type comes along (the joint best within that type)
                    within = (
                        np.where(columns == head.labels.index(parent.label), q, -1.0)
                        if parent.label in head.labels
                        else q
                    )
                    pick = int(within.argmax()) if within.max() >= 0 else best_child
                    decided[child.name] = Decision(
                        child.labels[pick],
                        float(q[pick]),
                        child.labels[best_child],
                        float(q[best_child]),
                        rule_child != child.labels[pick],
                    )
                    continue
                within = np.array(
                    [q[i] if child.parents.get(label) == parent.label else -1.0 for i, label in enumerate(child.labels)]
                )
                if within.max() < 0:  # a type the model has no sub-type for: the rules' sub-type stands
                    decided[child.name] = _kept(child, q, best_child, rule_child)
                    continue
                decided[child.name] = _gate(child, q, int(within.argmax()), rule_child, best_child)
            out.append(decided)
        return out

    def apply(self, text: str, events: Sequence[Event]) -> list[Event]:
        """The rules' events with their typed fields re-decided through the gate, traced and with a confidence."""
        if not events:
            return list(events)
        texts = [_event_text(text, event) for event in events]
        rules: list[dict[str, str | None]] = [
            {head.field: getattr(event, head.field) for head in self.heads if head.field} for event in events
        ]
        for rule, event in zip(rules, events, strict=True):
            rule["tactic"] = event.tactics[0] if event.tactics else None  # (the gate's weapon check)
        decisions = self.decide(self.probabilities(self.features(texts, events)), rules)
        heads = {head.name: head for head in self.heads}
        result: list[Event] = []
        for event, decided in zip(events, decisions, strict=True):
            update: dict[str, Any] = {}
            trace = dict(event.trace)
            lowest: float | None = None
            for name, decision in decided.items():
                head = heads[name]
                key = head.field or name
                confidence = round(decision.p, 4) if decision.p is not None else None
                if head.field is None:
                    trace[key] = Evidence(source=self.source, confidence=confidence, detail="model only")
                    continue
                before = getattr(event, head.field)
                if decision.changed:
                    update[head.field] = decision.label
                    trace[key] = Evidence(
                        source=self.source, confidence=confidence, detail=f"changed from rule: {before}"
                    )
                elif decision.label == decision.model_label:
                    trace[key] = Evidence(
                        source=self.source, confidence=confidence, detail=f"stacked on rule: {before}"
                    )
                else:  # the rules' value stands; their evidence stays, with the model's doubt beside it
                    kept = trace.get(key) or Evidence(source="rule:classify")
                    trace[key] = kept.model_copy(
                        update={
                            "confidence": confidence,
                            "detail": (
                                f"kept over {self.source}: it preferred {decision.model_label} "
                                + (
                                    f"({decision.model_p:.2f}; a weapon named decides)"
                                    if decision.weapon
                                    else f"({decision.model_p:.2f} < threshold {head.threshold:.2f})"
                                )
                            ),
                        }
                    )
                if decision.p is not None:
                    lowest = decision.p if lowest is None else min(lowest, decision.p)
            update["trace"] = trace
            if lowest is not None:
                update["confidence"] = round(lowest, 4)
            result.append(event.model_copy(update=update))
        return result

    # --- files ---------------------------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path | None = None, *, embedder: StaticEmbedder | None = None) -> LearnedModel:
        """Read a model file (the shipped default when ``path`` is None). Needs the 'model' extra."""
        path = Path(path) if path is not None else DEFAULT_MODEL
        try:
            with np.load(path) as data:
                header = json.loads(data["header"].tobytes().decode("utf-8"))
                arrays = {key: data[key] for key in data.files if key != "header"}
        except (OSError, KeyError, ValueError) as error:
            raise ConfigError(f"{path}: not a sitrep model file ({error})") from error
        if header.get("format") != FORMAT:
            raise ConfigError(f"{path}: model file format {header.get('format')!r}, this sitrep reads {FORMAT}")
        if embedder is None:
            table = MODELS / header["embedder_file"]
            embedder = StaticEmbedder.load(table)
        if embedder.name != header["embedder"]:
            raise ConfigError(f"{path}: trained on embeddings {header['embedder']}, found {embedder.name}")
        heads = [
            Head(
                name=h["name"],
                field=h["field"],
                labels=h["labels"],
                weights=arrays[f"{h['name']}.weights"],
                bias=arrays[f"{h['name']}.bias"],
                parents=h.get("parents", {}),
                parent_head=h.get("parent_head"),
                threshold=float(h.get("threshold", 0.0)),
                conditional=bool(h.get("conditional", False)),
                bag_weight=arrays.get(f"{h['name']}.bag_weight"),
            )
            for h in header["heads"]
        ]
        return cls(
            name=header["name"],
            version=int(header["version"]),
            embedder=embedder,
            heads=heads,
            rule_vocab=header["rule_vocab"],
            mean=arrays["mean"],
            scale=arrays["scale"],
            trained_on=header.get("trained_on", ""),
            meta=header.get("meta", {}),
            bow=bool(header.get("bow")),
            bigram_buckets=int(header.get("bigram_buckets", 0)),
            crosses=bool(header.get("crosses", False)),
            plain=bool(header.get("plain", False)),
        )

    def save(self, path: str | Path) -> None:
        """Write the model file: weights as float16 (bag-of-tokens rows make them large), the rest in a JSON header."""
        header = {
            "format": FORMAT,
            "name": self.name,
            "version": self.version,
            "embedder": self.embedder.name,
            "embedder_file": self.meta.get("embedder_file", DEFAULT_EMBEDDER.name),
            "rule_vocab": self.rule_vocab,
            "trained_on": self.trained_on,
            "meta": self.meta,
            "bow": self.bow,
            "bigram_buckets": self.bigram_buckets,
            "crosses": self.crosses,
            "plain": self.plain,
            "heads": [
                {
                    "name": h.name,
                    "field": h.field,
                    "labels": h.labels,
                    "parents": h.parents,
                    "parent_head": h.parent_head,
                    "threshold": h.threshold,
                    "conditional": h.conditional,
                }
                for h in self.heads
            ],
        }
        arrays: dict[str, np.ndarray] = {"mean": self.mean.astype(np.float32), "scale": self.scale.astype(np.float32)}
        for head in self.heads:
            arrays[f"{head.name}.weights"] = head.weights.astype(np.float16)
            arrays[f"{head.name}.bias"] = head.bias.astype(np.float32)
            if head.bag_weight is not None:
                arrays[f"{head.name}.bag_weight"] = head.bag_weight.astype(np.float32)
        with open(path, "wb") as handle:
            np.savez_compressed(handle, header=np.frombuffer(json.dumps(header).encode("utf-8"), np.uint8), **arrays)


_WORD = re.compile(r"[a-z]+")


def word_pairs(text: str, buckets: int) -> np.ndarray:
    """The distinct buckets (``crc32`` of the pair, modulo ``buckets``) of the adjacent lower-cased word pairs."""
    words = _WORD.findall(text.lower())
    return np.unique(
        np.fromiter(
            (zlib.crc32(f"{a} {b}".encode()) % buckets for a, b in itertools.pairwise(words)),
            dtype=np.int64,
            count=max(len(words) - 1, 0),
        )
    )


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATES = re.compile(
    rf"\b(?:(?:on|in|since|from|until|by|between|of)\s+)?(?:(?:the\s+)?(?:{_WEEKDAY},?\s+)?(?:{_DAY}\s+(?:of\s+)?{_MONTH}"
    rf"|{_MONTH}\s+{_DAY}\b)(?:,?\s+\d{{4}})?|{_MONTH}\s+\d{{4}}|{_WEEKDAY}|(?:the\s+)?(?:night|morning|evening)\s+of"
    rf"|yesterday|today|last\s+(?:night|week)|\d{{1,2}}[/-]\d{{1,2}}[/-]\d{{2,4}})\b,?",
    re.I,
)
_PLACE_LIST = re.compile(r"\((?:\s*[A-Z][^(),;]{0,40},)+\s*[A-Z][^(),;]{0,40}\)")
_BRACKETS = re.compile(r"\[[^\]]{0,40}\]")


def plain_text(text: str) -> str:
    """The text without what tells a coded note from reporting rather than what happened: dates and days ("On 3
    May 2020,", "on Sunday", "[25 October]", "yesterday") and parenthesised place hierarchies ("(Fako, Sud-Ouest)").
    Notes open with the date and list the admin areas; news prose places them anywhere or not at all, so the heads
    should learn neither."""
    text = _BRACKETS.sub(" ", text)
    text = _PLACE_LIST.sub(" ", text)
    text = _DATES.sub(" ", text)
    return re.sub(r"\s{2,}", " ", text).strip(" ,")


def _event_text(text: str, event: Event) -> str:
    """The sentences the rules assigned to the event (the whole text when they recorded none)."""
    span = event.spans.get("event")
    return span.text if span is not None and span.text.strip() else text
