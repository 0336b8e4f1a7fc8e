"""A crowd facing the police's crowd-control kit is a crowd, not an armed side (texts written for these tests).

'tear gas shells' are canisters of tear gas, not artillery; fire told beside a clash of party cadres or activists
with the police, where the police used tear gas, rubber bullets or batons, is the force's, no arm of the crowd's;
'armed riot police' are the state's police, as 'armed police' are. A crowd fighting the police is ACLED's riot; a
battle needs an organised armed side. The look-alikes keep their readings: armed men who fight the police, a crowd
that fires, live rounds with no kit, shelling by an army.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday opposition party cadres clashed with police in Pokhara. Police fired tear gas to disperse them.",
        "On Saturday party activists clashed with the police near the parliament. Police fired teargas shells and "
        "rubber bullets.",
        "On Sunday students clashed with police outside the campus. Police lobbed teargas shells at them.",
        "On Friday a clash took place between police and cadres of the farmers' party at the district office. The "
        "police answered with several rounds of tear gas shells.",
        "On Monday armed riot police used teargas to stop a union meeting at the depot. Villagers then clashed with "
        "the riot police until they left.",
        "On Monday residents clashed with armed riot police at the market.",
    ],
)
def test_crowd_clashing_with_police_using_crowd_control_kit_is_a_riot(
        text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor)[0] == "Riots", text


@pytest.mark.parametrize(
    "text",
    [
        # an armed side named: a battle, whatever kit the police used
        "On Saturday gunmen clashed with police in the town. Police fired tear gas.",
        "On Saturday militants clashed with police in the town. Police fired tear gas shells.",
        "On Saturday gunmen clashed with armed riot police in the town.",
        "On Saturday armed men clashed with riot police in the town.",
        # live rounds with no crowd-control kit told: not read as the kit's fire
        "On Saturday party activists clashed with police in the capital. Police fired live rounds.",
    ],
)
def test_armed_side_or_fire_without_kit_stays_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday soldiers shelled rebel positions near the river, firing dozens of shells.",
        "On Saturday the army fired artillery shells at the village, killing three.",
    ],
)
def test_shells_that_are_no_tear_gas_stay_shelling(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Explosions/Remote violence", "Shelling/artillery/missile attack"), text


def test_tear_gas_shells_at_a_protest_stay_the_police_intervention(extractor: api.Extractor) -> None:
    text = "On Saturday students protested in the capital. Police fired tear gas shells to disperse them."
    assert first_types(text, extractor) == ("Protests", "Protest with intervention")
