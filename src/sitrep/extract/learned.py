"""Learned heads stacked on the rules: after the rules have built an event, a model re-decides its type.

A head is a multinomial logistic regression over the event's text (the sentences the rules assigned to it) and
what the rules decided about it (one-hot: their event type, sub-event type, target category, first tactic, whether
they found a perpetrator or a death toll). The text enters as a bag of its WordPiece tokens and, optionally, its
static MiniLM embedding (the shipped heads give the embedding weight 0: measured, it transferred worse across
countries; see :data:`sitrep.learn.train.EMBEDDING_WEIGHT`). Rules carry what words alone miss; the learned part
carries breadth. Training is in the ``learn`` package (scikit-learn); here inference is plain numpy.

The model file (``.npz``) holds, per head, its weights, its label list and the Event field it decides, plus the
model's name and version, the embedding table it expects and what it was trained on. Every decision is recorded in
``Event.trace[field]`` as ``Evidence(source="model:<name>@<version>", confidence=p)``; ``Event.confidence`` is the
lowest probability among the decided fields.

    >>> model = LearnedModel.load()                          # doctest: +SKIP  (the shipped default)
    >>> Extractor(model=model)(document)                      # doctest: +SKIP
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.errors import ConfigError
from sitrep.extract.embed import MODELS, StaticEmbedder
from sitrep.model import Event, Evidence

__all__ = ["DEFAULT_MODEL", "EXTRA_MISSING", "Head", "LearnedModel", "extra_installed", "notice_once", "rule_tokens"]

DEFAULT_MODEL = MODELS / "acled-heads.npz"
EXTRA_MISSING = ("note: the learned model is not installed (pip install 'sitrep[model]'); "
                 "the rules run alone")
FORMAT = 1
"""Version of the model file's layout (not of a model): raise it when the layout changes."""


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
    tokens = [f"et={event.event_type}", f"st={event.sub_event_type}", f"tc={event.target_category}",
              f"tac={event.tactics[0] if event.tactics else None}", f"status={event.status}"]
    if event.actor1 not in (None, "Unidentified Armed Group"):
        tokens.append("has_actor1")
    if event.actor2 is not None:
        tokens.append("has_actor2")
    if event.killed is not None and (event.killed.best or 0) > 0:
        tokens.append("killed")
    if event.wounded is not None:
        tokens.append("wounded")
    return tokens


Features = tuple[np.ndarray, list[np.ndarray] | None]
"""The dense part (standardised embedding + one-hot rule features) and, when the model uses them, each row's
distinct token ids (the bag-of-tokens part, kept sparse)."""


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

    def proba(self, features: Features) -> np.ndarray:
        """Softmax probabilities, one row per feature row."""
        dense, bags = features
        width = dense.shape[1]
        logits = dense @ self.weights[:width].astype(np.float32) + self.bias
        if bags is not None:  # bag of tokens: each present token adds its row, scaled as an L2-normalised 0/1 vector
            for row, ids in enumerate(bags):
                if ids.size:
                    logits[row] += self.weights[width + ids].astype(np.float32).sum(axis=0) / np.sqrt(ids.size)
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


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

    @property
    def source(self) -> str:
        """What the trace names as the decider: ``model:<name>@<version>``."""
        return f"model:{self.name}@{self.version}"

    # --- features ----------------------------------------------------------------------------------------

    def features(self, texts: Sequence[str], events: Sequence[Event | None]) -> Features:
        """The features of texts and the rules' events (None where the rules found none)."""
        vectors, bags = self.embedder.encode(texts)
        return self.features_from(vectors, [rule_tokens(e) for e in events], bags)

    def features_from(self, embeddings: np.ndarray, tokens: Sequence[Sequence[str]],
                      bags: Sequence[np.ndarray] | None = None) -> Features:
        """As :meth:`features`, from precomputed embeddings, rule tokens and token ids (training, cross-validation)."""
        index = {name: i for i, name in enumerate(self.rule_vocab)}
        onehot = np.zeros((len(tokens), len(self.rule_vocab)), dtype=np.float32)
        for row, names in enumerate(tokens):
            for name in names:
                column = index.get(name)
                if column is not None:
                    onehot[row, column] = 1.0
        dense = np.hstack([(embeddings - self.mean) / self.scale, onehot]).astype(np.float32)
        return dense, (list(bags) if self.bow and bags is not None else None)

    # --- decisions -------------------------------------------------------------------------------------------

    def predict(self, features: Features) -> list[dict[str, tuple[str, float]]]:
        """Per row, each head's label and probability; a sub-type head is made consistent with its parent head
        (the joint best of parent probability × sub-type probability)."""
        probs = {head.name: head.proba(features) for head in self.heads}
        out: list[dict[str, tuple[str, float]]] = [{} for _ in range(features[0].shape[0])]
        by_name = {head.name: head for head in self.heads}
        for head in self.heads:
            p = probs[head.name]
            parent = by_name.get(head.parent_head or "")
            if parent is not None:
                columns = [parent.labels.index(head.parents[label]) if head.parents.get(label) in parent.labels
                           else -1 for label in head.labels]
                parent_p = probs[parent.name][:, [max(c, 0) for c in columns]]
                parent_p[:, [i for i, c in enumerate(columns) if c < 0]] = 1.0
                joint = p * parent_p
                best = joint.argmax(axis=1)
                for row, column in enumerate(best):
                    label = head.labels[column]
                    out[row][head.name] = (label, float(p[row, column]))
                    if head.parents.get(label) in parent.labels:
                        parent_label = head.parents[label]
                        out[row][parent.name] = (parent_label, float(probs[parent.name][row, parent.labels.index(
                            parent_label)]))
            else:
                best = p.argmax(axis=1)  # setdefault: a sub-type head's consistent choice wins over this one
                for row, column in enumerate(best):
                    out[row].setdefault(head.name, (head.labels[column], float(p[row, column])))
        return out

    def apply(self, text: str, events: Sequence[Event]) -> list[Event]:
        """The rules' events with their typed fields re-decided by the heads, traced and with a confidence."""
        if not events:
            return list(events)
        texts = [_event_text(text, event) for event in events]
        decisions = self.predict(self.features(texts, events))
        heads = {head.name: head for head in self.heads}
        result: list[Event] = []
        for event, decided in zip(events, decisions, strict=True):
            update: dict[str, Any] = {}
            trace = dict(event.trace)
            lowest: float | None = None
            for name, (label, p) in decided.items():
                head = heads[name]
                key = head.field or name
                before = getattr(event, head.field) if head.field else None
                detail = f"stacked on rule: {before}" if head.field else "model only"
                if head.field and before != label:
                    detail = f"changed from rule: {before}"
                    update[head.field] = label
                trace[key] = Evidence(source=self.source, confidence=round(p, 4), detail=detail)
                if head.field:
                    lowest = p if lowest is None else min(lowest, p)
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
        heads = [Head(name=h["name"], field=h["field"], labels=h["labels"], weights=arrays[f"{h['name']}.weights"],
                      bias=arrays[f"{h['name']}.bias"], parents=h.get("parents", {}), parent_head=h.get("parent_head"))
                 for h in header["heads"]]
        return cls(name=header["name"], version=int(header["version"]), embedder=embedder, heads=heads,
                   rule_vocab=header["rule_vocab"], mean=arrays["mean"], scale=arrays["scale"],
                   trained_on=header.get("trained_on", ""), meta=header.get("meta", {}), bow=bool(header.get("bow")))

    def save(self, path: str | Path) -> None:
        """Write the model file: weights as float16 (bag-of-tokens rows make them large), the rest in a JSON header."""
        header = {"format": FORMAT, "name": self.name, "version": self.version, "embedder": self.embedder.name,
                  "embedder_file": self.meta.get("embedder_file", "minilm-static.npz"),
                  "rule_vocab": self.rule_vocab, "trained_on": self.trained_on, "meta": self.meta, "bow": self.bow,
                  "heads": [{"name": h.name, "field": h.field, "labels": h.labels, "parents": h.parents,
                             "parent_head": h.parent_head} for h in self.heads]}
        arrays: dict[str, np.ndarray] = {"mean": self.mean.astype(np.float32), "scale": self.scale.astype(np.float32)}
        for head in self.heads:
            arrays[f"{head.name}.weights"] = head.weights.astype(np.float16)
            arrays[f"{head.name}.bias"] = head.bias.astype(np.float32)
        with open(path, "wb") as handle:
            np.savez_compressed(handle, header=np.frombuffer(json.dumps(header).encode("utf-8"), np.uint8), **arrays)


def _event_text(text: str, event: Event) -> str:
    """The sentences the rules assigned to the event (the whole text when they recorded none)."""
    span = event.spans.get("event")
    return span.text if span is not None and span.text.strip() else text
