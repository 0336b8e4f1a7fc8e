"""Figures of tallies read in more forms: soldiers whose nationality is told, sites destroyed, 'N others'."""

from __future__ import annotations

from sitrep import api


def _figures(text: str, published: str) -> set[tuple[str, int, tuple[tuple[str, str], ...]]]:
    claims = api.extract(text, published=published).claims
    return {(f.measure, f.value, tuple(sorted(f.facets().items()))) for c in claims for f in c.figures}


def test_soldiers_of_a_named_nationality_are_that_states_forces() -> None:
    text = ("The government said on Monday that the Taliban carried out 310 attacks in 28 provinces over the past "
            "week, killing 187 Afghan security personnel and wounding 402 others.")
    figures = _figures(text, "2020-07-06")
    assert ("killed", 187, (("target", "Afghan National Defense and Security Forces"),)) in figures
    assert ("wounded", 402, (("target", "Afghan National Defense and Security Forces"),)) in figures


def test_soldiers_without_a_nationality_stay_the_military_category() -> None:
    text = ("The HPG press centre said guerrillas had carried out 1,204 actions against the Turkish army in 2020, in "
            "which 893 soldiers were killed.")
    assert ("killed", 893, (("target", "military"),)) in _figures(text, "2021-01-10")


def test_destroyed_caches_and_tunnels_are_sites_not_equipment() -> None:
    text = ("The coalition said it conducted 9 strikes on targets in Iraq in October, killing 21 militants and "
            "destroying five cache sites and three tunnels.")
    figures = _figures(text, "2020-11-05")
    assert ("sites_destroyed", 5, (("target", "cache sites"),)) in figures
    assert ("sites_destroyed", 3, (("target", "tunnels"),)) in figures
    assert not [f for f in figures if f[0] == "equipment_destroyed"]
