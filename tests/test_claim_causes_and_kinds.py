"""Facets a tally states in its own words: the kind of missile counted, how a monitor's victims died (several causes
on one line, car bombs, unknown circumstances), police counted among civilians, and the province told after the
day of the operations."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep import api
from sitrep.ingest import document_from_text
from sitrep.model import Claim


def _claims(text: str, published: date = date(2023, 2, 3)) -> list[Claim]:
    return api.extract(document_from_text(text, published=published)).claims


def _facets(text: str, published: date = date(2023, 2, 3)) -> dict[tuple[str, int], dict[str, str]]:
    return {(f.measure, f.value): f.facets() for c in _claims(text, published) for f in c.figures}


@pytest.mark.parametrize(
    ("text", "key", "kind"),
    [
        (
            "The air defence command said on Monday that its units shot down 18 out of 22 cruise missiles fired "
            "overnight.",
            ("missiles_intercepted", 18),
            "cruise missile",
        ),
        (
            "The air defence command said on Monday that its units shot down 18 out of 22 cruise missiles fired "
            "overnight.",
            ("missiles_launched", 22),
            "cruise missile",
        ),
        (
            "The general staff said on Friday that air defences destroyed 5 out of 9 ballistic missiles launched "
            "at the capital.",
            ("missiles_intercepted", 5),
            "ballistic missile",
        ),
    ],
)
def test_a_tally_keeps_the_kind_of_missile_it_counts(text: str, key: tuple[str, int], kind: str) -> None:
    assert _facets(text)[key]["tactic"] == kind


def test_rockets_without_a_kind_stay_rockets() -> None:
    facets = _facets(
        "The air force said on Monday that air defences destroyed 7 out of 11 missiles launched overnight."
    )
    assert facets[("missiles_intercepted", 7)]["tactic"] == "rocket"


MONITOR_TOLL = (
    "Monitor tallies the month's dead\n\n"
    "The Syrian Observatory for Human Rights said 410 civilians were killed in Syria in March, and they were "
    "killed as follows:\n"
    "- 40 including 6 children were killed in the fall of mortar rounds fired by the armed factions and by the "
    "fire of their snipers.\n"
    "- 9 citizens including a woman were killed in the explosion of booby-trapped cars.\n"
    "- 12 including 3 children were killed in unclear circumstances.\n"
    "- 7 people were killed in the detonation of a truck.\n"
)


def test_a_toll_line_with_two_causes_carries_both() -> None:
    tactic = _facets(MONITOR_TOLL, date(2019, 4, 2))[("killed", 40)]["tactic"]
    assert set(tactic.split("+")) == {"shelling", "sniper"}


def test_a_toll_line_of_car_bombs_in_a_monitors_words() -> None:
    facets = _facets(MONITOR_TOLL, date(2019, 4, 2))
    assert facets[("killed", 9)]["tactic"] == "vbied"
    assert facets[("killed", 7)]["tactic"] == "vbied"


def test_a_toll_line_of_deaths_in_unknown_circumstances() -> None:
    assert _facets(MONITOR_TOLL, date(2019, 4, 2))[("killed", 12)]["tactic"] == "unknown circumstances"


def test_police_counted_among_civilians_are_civilian_police() -> None:
    facets = _facets(
        "The UN mission said 402 civilians were killed in the country in May, including 57 police "
        "officers, and 960 civilians were wounded.",
        date(2014, 6, 1),
    )
    assert facets[("killed", 57)]["target"] == "civilian police"


@pytest.mark.parametrize(
    ("text", "killed", "destroyed", "province"),
    [
        (
            "Army tallies week's results\n\nThe army said on Sunday that its troops had killed 37 militants over the "
            "past week, with 6 pickup trucks destroyed in raids carried out on Saturday in Kunar.",
            37,
            6,
            "Kunar",
        ),
        (
            "Ministry gives weekly toll\n\nThe defence ministry said on Monday that 52 insurgents had been killed "
            "over the past week, with 4 armoured vehicles destroyed in operations carried out on Sunday in Helmand.",
            52,
            4,
            "Helmand",
        ),
    ],
)
def test_the_province_after_the_day_of_the_operations_is_the_figures_province(
    text: str, killed: int, destroyed: int, province: str
) -> None:
    facets = _facets(text, date(2019, 4, 2))
    assert facets[("vehicles_damaged_or_destroyed", destroyed)].get("admin1") == province
    assert facets[("killed", killed)].get("admin1") == province  # the count joined to it by ', with'


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Group tallies its campaign\n\nThe Houran Free League said it had registered 230 operations and "
            "assassination attempts in Daraa since the start of 2020, including 150 against civilians.",
            230,
        ),
        (
            "Militants tally the year\n\nThe group's weekly said its fighters carried out 96 attacks and ambushes in "
            "2020, including 40 against the army.",
            96,
        ),
    ],
)
def test_operations_of_any_kind_with_one_kind_have_no_kind(text: str, value: int) -> None:
    assert "tactic" not in _facets(text, date(2021, 1, 5))[("operations", value)]


@pytest.mark.parametrize(
    ("text", "value", "target"),
    [
        (
            "Army tallies the attacks\n\nAt least 23 attempts to overrun army bases have been recorded since "
            "March, the army said.",
            23,
            "army bases",
        ),
        (
            "Insurgent statement\n\nThe insurgents said they had carried out 14 attacks to seize checkpoints over the "
            "past month.",
            14,
            "checkpoints",
        ),
    ],
)
def test_operations_to_take_positions_keep_the_positions(text: str, value: int, target: str) -> None:
    assert _facets(text, date(2019, 6, 1))[("operations", value)].get("target") == target


def test_government_soldiers_in_a_groups_claim_are_that_states_forces() -> None:
    text = (
        "Militants claim a day of attacks\n\n"
        "Al-Shabaab's spokesman told the group's radio station that its fighters had attacked bases in three "
        'regions over the past 24 hours. "Our fighters killed more than 45 of the enemy [government soldiers] and '
        'over 30 were injured," he said.'
    )
    facets = _facets(text, date(2022, 9, 1))
    assert facets[("killed", 45)]["target"] not in ("military", None)
    assert facets[("wounded", 30)]["target"] == facets[("killed", 45)]["target"]


def test_a_pro_government_militia_is_no_state_force() -> None:
    text = (
        "Militants claim a week of attacks\n\n"
        "The group's weekly said its fighters carried out 12 attacks in Nigeria last week, killing 9 soldiers and "
        "4 members of a pro-government militia."
    )
    assert _facets(text, date(2020, 11, 6))[("killed", 4)].get("target") == "military"


@pytest.mark.parametrize(
    "text",
    [
        "Guerrillas tally the autumn\n\nThe HPG press centre said guerrillas carried out 420 actions between "
        "September and November. In September, 130 actions were carried out, in October 140 and in November 150.",
        "Guerrillas tally the autumn\n\nThe HPG press centre said guerrillas carried out 420 actions between "
        "September and November: 130 in September, 140 in October and 150 in November.",
    ],
)
def test_a_list_by_month_gives_each_count_its_month(text: str) -> None:
    facets = _facets(text, date(2022, 12, 3))
    assert "month" not in facets[("operations", 420)]
    assert facets[("operations", 130)].get("month") == "2022-09"
    assert facets[("operations", 140)].get("month") == "2022-10"
    assert facets[("operations", 150)].get("month") == "2022-11"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Monitor's monthly report\n\nThe Syrian Network for Human Rights documented 6 massacres in Syria in "
            "November, in which 48 civilians were killed.",
            6,
        ),
        (
            "Monitor's monthly report\n\nThe Syrian Network for Human Rights said it documented 161 civilian deaths "
            "in Syria in November, including 9 massacres, and 14 deaths due to torture.",
            9,
        ),
    ],
)
def test_a_count_of_massacres_is_of_operations_not_of_the_dead(text: str, value: int) -> None:
    facets = _facets(text, date(2022, 12, 2))
    assert facets[("operations", value)]["tactic"] == "massacre"
    assert ("killed", value) not in facets


def test_deaths_due_to_a_cause_name_it() -> None:
    text = (
        "Monitor's monthly report\n\nThe Syrian Network for Human Rights said it documented 161 civilian deaths "
        "in Syria in November, including 9 massacres, and 14 deaths due to torture."
    )
    assert _facets(text, date(2022, 12, 2))[("killed", 14)]["tactic"] == "torture"


def test_a_part_of_the_dead_by_cause_after_of_them() -> None:
    text = (
        "Monitor's monthly report\n\nThe Syrian Network for Human Rights said 130 civilians were killed in Syria "
        "in May, 11 of them under torture."
    )
    assert _facets(text, date(2022, 6, 2))[("killed", 11)]["tactic"] == "torture"
