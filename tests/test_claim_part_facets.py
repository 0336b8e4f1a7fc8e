"""Parts of a claim by how, against whom and by rank: intercepted munitions of the kind launched, a toll line's
cause of death in monitors' words, attacks on civilians and their victims, commanders among the enemy dead."""

from __future__ import annotations

from datetime import date

from sitrep import api
from sitrep.evaluate.claimset import facet_agrees
from sitrep.ingest import document_from_text
from sitrep.model import Claim, Figure


def _claims(text: str) -> list[Claim]:
    return api.extract(document_from_text(text, published=date(2024, 1, 20))).claims


def _facets(claim: Claim) -> dict[tuple[str, int], dict[str, str]]:
    return {(f.measure, f.value): f.facets() for f in claim.figures}


def test_munitions_stopped_take_the_kind_that_was_launched() -> None:
    (claim,) = _claims(
        "The air force command said air defences destroyed 12 out of 15 cruise missiles launched overnight and "
        "two of the six attack drones."
    )
    facets = _facets(claim)
    assert facets[("missiles_intercepted", 12)]["tactic"] == "cruise missile"
    assert facets[("drones_intercepted", 2)]["tactic"] == "drone"
    assert ("drones_launched", 6) in facets


def test_a_toll_line_names_how_its_victims_died_in_a_monitors_words() -> None:
    (claim,) = _claims(
        "The Syrian Network for Human Rights said 161 civilians were killed in Syria in December, including 34 "
        "children, 44 women and two people who died as a result of torture."
    )
    assert _facets(claim)[("killed", 2)]["tactic"] == "torture"


def test_attacks_on_civilians_are_a_part_and_their_victims_are_civilians() -> None:
    (claim,) = _claims(
        "The monitor recorded 310 violent events in the Sahel in December. It recorded 96 attacks targeting "
        "civilians, resulting in 402 reported fatalities, the monitor said."
    )
    facets = _facets(claim)
    assert facets[("operations", 96)].get("target") == "civilians"
    assert facets[("killed", 402)].get("target") == "civilians"
    assert "target" not in facets[("operations", 310)]


def test_attacks_on_soldiers_still_describe_the_total() -> None:
    (claim,) = _claims(
        "The Taliban said their fighters carried out 54 attacks on government forces over the past week."
    )
    assert "target" not in _facets(claim)[("operations", 54)]


def test_commanders_among_the_enemy_dead_are_a_part_by_rank_of_that_force() -> None:
    (claim,) = _claims(
        "The army said its troops killed 87 al-Shabaab militants in operations over the past week. Six militant "
        "commanders were among those killed, the ministry said."
    )
    assert _facets(claim)[("killed", 6)]["target"] == "al-Shabaab commanders"


def test_the_news_readings_target_of_a_materiel_count_is_its_item() -> None:
    downed = Figure(measure="equipment_destroyed", value=11, item="reconnaissance drones")
    assert facet_agrees("target:reconnaissance drones", downed, loose=True)
    assert not facet_agrees("target:reconnaissance drones", downed)


def test_whom_attacks_were_against_is_their_target_as_written() -> None:
    (claim,) = _claims(
        "The Daraa Martyrs Office said it had documented 96 attacks in the province since the start of the year, "
        "including 51 against civilians and 30 against former rebel commanders who joined government forces."
    )
    facets = _facets(claim)
    assert facets[("operations", 51)]["target"] == "civilians"
    assert facets[("operations", 30)]["target"] == "former rebel commanders"
    assert "target" not in facets[("operations", 96)]


def test_the_one_count_of_operations_against_the_enemy_is_the_total() -> None:
    (claim,) = _claims(
        "The Israeli army said Hezbollah carried out 163 operations against Israeli positions along the border "
        "over the past week."
    )
    assert "target" not in _facets(claim)[("operations", 163)]


def test_the_wounded_after_a_bracketed_enemy_are_the_same_people() -> None:
    (claim,) = _claims(
        "Al-Shabaab's radio said its fighters attacked army posts over the past week, killing 34 of the enemy "
        "[Somali soldiers] and over 20 were injured."
    )
    facets = _facets(claim)
    assert facets[("wounded", 20)]["target"] == facets[("killed", 34)]["target"]


def test_a_child_or_a_woman_in_a_tolls_list_counts_one() -> None:
    (claim,) = _claims(
        "The Syrian Network for Human Rights said the militia killed 5 civilians in October, including a child, and "
        "that 11 people including 4 children and a woman were killed by border guards."
    )
    values = [(f.measure, f.value, f.target) for f in claim.figures]
    assert ("killed", 1, "children") in values and ("killed", 1, "women") in values


def test_an_article_elsewhere_counts_nothing() -> None:
    (claim,) = _claims("The Syrian Observatory said 40 people were killed in Idlib in December, a child among them.")
    assert [f.value for f in claim.figures] == [40]


def test_a_tallys_bare_strikes_are_air_strikes() -> None:
    (claim,) = _claims(
        "The coalition said it conducted 11 strikes on targets in Syria in December, killing 23 militants."
    )
    assert _facets(claim)[("operations", 11)]["tactic"] == "airstrike"


def test_losses_stated_as_a_sum_of_materiel_are_equipment_destroyed() -> None:
    (claim,) = _claims(
        "The coalition spokesman said the total losses of the militia between 1 and 30 September amounted to 312 "
        "equipment and weapons, as well as the killing of 640 of its fighters."
    )
    assert ("equipment_destroyed", 312) in _facets(claim)
