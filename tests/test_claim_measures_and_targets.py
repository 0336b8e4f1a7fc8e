"""Figures of tallies read in more forms: soldiers whose nationality is told, sites destroyed, 'N others'."""

from __future__ import annotations

from sitrep import api


def _figures(text: str, published: str) -> set[tuple[str, int, tuple[tuple[str, str], ...]]]:
    claims = api.extract(text, published=published).claims
    return {(f.measure, f.value, tuple(sorted(f.facets().items()))) for c in claims for f in c.figures}


def test_soldiers_of_a_named_nationality_are_that_states_forces() -> None:
    text = (
        "The government said on Monday that the Taliban carried out 310 attacks in 28 provinces over the past "
        "week, killing 187 Afghan security personnel and wounding 402 others."
    )
    figures = _figures(text, "2020-07-06")
    assert ("killed", 187, (("target", "Afghan National Defense and Security Forces"),)) in figures
    assert ("wounded", 402, (("target", "Afghan National Defense and Security Forces"),)) in figures


def test_soldiers_without_a_nationality_stay_the_military_category() -> None:
    text = (
        "The HPG press centre said guerrillas had carried out 1,204 actions against the Turkish army in 2020, in "
        "which 893 soldiers were killed."
    )
    assert ("killed", 893, (("target", "military"),)) in _figures(text, "2021-01-10")


def test_destroyed_caches_and_tunnels_are_sites_not_equipment() -> None:
    text = (
        "The coalition said it conducted 9 strikes on targets in Iraq in October, killing 21 militants and "
        "destroying five cache sites and three tunnels."
    )
    figures = _figures(text, "2020-11-05")
    assert ("sites_destroyed", 5, (("target", "cache sites"),)) in figures
    assert ("sites_destroyed", 3, (("target", "tunnels"),)) in figures
    assert not [f for f in figures if f[0] == "equipment_destroyed"]


def test_missiles_intercepted_out_of_those_launched_are_the_launchers_munitions() -> None:
    text = (
        "The country's air force command said on Tuesday that air defences destroyed 21 out of 26 cruise missiles "
        "Russia launched overnight and two of the 5 drones."
    )
    claims = api.extract(text, published="2023-03-14").claims
    measures = {(f.measure, f.value) for c in claims for f in c.figures}
    assert {("missiles_intercepted", 21), ("missiles_launched", 26), ("drones_launched", 5)} <= measures
    assert [c.actor for c in claims] == ["Russian Armed Forces"]


def test_a_group_counting_its_own_launches_and_targets() -> None:
    text = (
        "The rebel movement announced on Sunday that it had targeted 85 ships and launched more than 400 missiles "
        "and drones since the start of its campaign."
    )
    figures = _figures(text, "2024-05-05")
    assert ("operations", 85, (("target", "ships"),)) in figures
    assert ("munitions_launched", 400, (("tactic", "rocket+drone"),)) in {
        (m, v, tuple((k, x) for k, x in f if k == "tactic")) for m, v, f in figures
    }


def test_the_one_count_of_operations_against_the_enemy_is_the_total() -> None:
    text = (
        "The group's press centre said its fighters had carried out 140 actions against the Turkish army in "
        "March, in which 96 soldiers were killed."
    )
    assert ("operations", 140, ()) in _figures(text, "2022-04-02")
