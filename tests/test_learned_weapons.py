"""The gate and a weapon named: a suicide attack, a car bomb or a grenade the rules read keeps their type.

The heads learned ACLED's notes, where bombings that opened a fight are coded as armed clashes; on reporting they
carried that habit to bombings that started none. These tests pin what an analyst relies on: a weapon the text names
decides the sub-type whatever the heads believe, while everything else still passes through the gate.
Every text here is written for these tests (invented incidents; real place names)."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("tokenizers", reason="the optional 'model' extra is not installed")

from sitrep.extract import RULES_VERSION, Extractor
from sitrep.extract.embed import StaticEmbedder
from sitrep.extract.learned import GATE_VERSION, Head, LearnedModel, explicit_weapon, rule_tactic
from sitrep.ingest import document_from_text

SUICIDE = "On Monday a suicide car bomber rammed a police checkpoint in Kandahar, killing four officers."
GRENADE = "Militants threw a grenade at a police post in Pampore on Tuesday, wounding two officers."
AMBUSH = "Insurgents opened fire on an army patrol near Ghazni on Sunday, killing three soldiers."
BOMB_THEN_FIGHT = (
    "Soldiers exchanged fire with militants on Friday after a roadside bomb hit their convoy near Kismayo, "
    "killing two soldiers."
)

TYPES = {
    "Battles": ["Armed clash"],
    "Explosions/Remote violence": ["Suicide bomb", "Grenade", "Remote explosive/landmine/IED"],
}


@pytest.fixture(scope="module")
def embedder() -> StaticEmbedder:
    return StaticEmbedder.load()


def sure_model(embedder: StaticEmbedder, event_type: str, sub_event_type: str) -> LearnedModel:
    """A model whose heads are ~0.98 sure of one type and sub-type whatever the text (bias only), gated at 0.6."""
    types = list(TYPES)
    subs = [sub for labels in TYPES.values() for sub in labels]
    parents = {sub: parent for parent, labels in TYPES.items() for sub in labels}
    width = embedder.dims + 1

    def head(name: str, labels: list[str], chosen: str, parent_map: dict[str, str] | None = None) -> Head:
        return Head(
            name=name,
            field=name,
            labels=labels,
            weights=np.zeros((width, len(labels)), np.float32),
            bias=np.array([6.0 if label == chosen else 0.0 for label in labels], np.float32),
            parents=parent_map or {},
            parent_head="event_type" if parent_map else None,
            threshold=0.6,
        )

    return LearnedModel(
        name="sure",
        version=1,
        embedder=embedder,
        heads=[head("event_type", types, event_type), head("sub_event_type", subs, sub_event_type, parents)],
        rule_vocab=["et=Battles"],
        mean=np.zeros(embedder.dims, np.float32),
        scale=np.ones(embedder.dims, np.float32),
        trained_on="nothing (a test)",
    )


def test_a_suicide_bombing_stays_a_suicide_bomb_when_the_heads_are_sure_of_a_clash(embedder: StaticEmbedder) -> None:
    event = Extractor(model=sure_model(embedder, "Battles", "Armed clash"))(document_from_text(SUICIDE)).events[0]
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb")
    # the rules' evidence stays, with the model's doubt beside it
    assert event.trace["sub_event_type"].source.startswith("rule:")
    assert "it preferred Armed clash" in event.trace["sub_event_type"].detail
    assert event.trace["event_type"].detail.endswith("; a weapon named decides)")  # not "below its threshold"


def test_a_grenade_thrown_stays_a_grenade(embedder: StaticEmbedder) -> None:
    event = Extractor(model=sure_model(embedder, "Battles", "Armed clash"))(document_from_text(GRENADE)).events[0]
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Grenade")


def test_a_weapon_named_does_not_stop_the_model_agreeing_or_being_traced(embedder: StaticEmbedder) -> None:
    model = sure_model(embedder, "Explosions/Remote violence", "Suicide bomb")
    event = Extractor(model=model)(document_from_text(SUICIDE)).events[0]
    assert event.sub_event_type == "Suicide bomb"
    assert event.trace["sub_event_type"].detail == "stacked on rule: Suicide bomb"
    assert event.confidence is not None and event.confidence > 0.9


def test_a_shooting_still_passes_through_the_gate(embedder: StaticEmbedder) -> None:
    # no weapon decided the rules' sub-type here: a sure model may still re-type the event
    event = Extractor(model=sure_model(embedder, "Explosions/Remote violence", "Remote explosive/landmine/IED"))(
        document_from_text(AMBUSH)
    ).events[0]
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert event.trace["event_type"].detail == "changed from rule: Battles"


def test_a_bomb_that_opened_a_fight_is_the_rules_battle_and_stays_open_to_the_model(embedder: StaticEmbedder) -> None:
    # the rules read the fight, not the bomb, as the event: the weapon did not decide their sub-type
    rules = Extractor()(document_from_text(BOMB_THEN_FIGHT)).events[0]
    assert (rules.sub_event_type, rules.tactics[0]) == ("Armed clash", "ied")
    model = sure_model(embedder, "Explosions/Remote violence", "Remote explosive/landmine/IED")
    event = Extractor(model=model)(document_from_text(BOMB_THEN_FIGHT)).events[0]
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_only_a_weapon_that_decided_the_rules_sub_type_counts_as_named() -> None:
    assert explicit_weapon("suicide", "Suicide bomb")
    assert explicit_weapon("vbied", "Remote explosive/landmine/IED")
    assert explicit_weapon("airstrike", "Air/drone strike")
    assert not explicit_weapon("suicide", "Armed clash")  # the rules themselves called it a fight
    assert not explicit_weapon("shooting", "Armed clash")  # a shooting decides nothing alone
    assert not explicit_weapon("abduction", "Abduction/forced disappearance")  # decided, but no weapon
    assert not explicit_weapon(None, "Suicide bomb")


def test_the_rules_tactic_is_read_from_their_feature_names() -> None:
    assert rule_tactic(["et=Explosions/Remote violence", "st=Suicide bomb", "tac=suicide"]) == "suicide"
    assert rule_tactic(["et=Battles", "tac=None"]) is None
    assert rule_tactic(["rule=none"]) is None


def test_without_the_rules_tactic_the_gate_decides_on_probability_alone(embedder: StaticEmbedder) -> None:
    model = sure_model(embedder, "Battles", "Armed clash")
    probs = {"event_type": np.array([[0.9, 0.1]]), "sub_event_type": np.array([[1.0, 0.0, 0.0, 0.0]])}
    rule = {"event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb"}
    (alone,) = model.decide(probs, [rule])
    assert alone["event_type"].label == "Battles" and alone["sub_event_type"].label == "Armed clash"
    (named,) = model.decide(probs, [{**rule, "tactic": "suicide"}])
    assert named["event_type"].label == "Explosions/Remote violence" and not named["event_type"].changed
    assert named["sub_event_type"].label == "Suicide bomb" and named["sub_event_type"].model_label == "Armed clash"


def test_the_extractor_name_says_which_gate_decided(embedder: StaticEmbedder) -> None:
    extraction = Extractor(model=sure_model(embedder, "Battles", "Armed clash"))(document_from_text(SUICIDE))
    assert extraction.events[0].extractor == f"{RULES_VERSION}+model:sure@1+gate/{GATE_VERSION}"
    assert GATE_VERSION >= 2
