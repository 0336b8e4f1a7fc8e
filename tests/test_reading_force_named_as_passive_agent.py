"""A force named after 'by' and an article is the passive's agent, who did the act: 'captured by the army' reads as
'captured by soldiers' does (texts written for these tests)."""

from __future__ import annotations

import pytest

from extracted import first_event, first_types
from sitrep import api


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.default_extractor(model=False)


@pytest.mark.parametrize("text", [
    "On 3 May, the rebel commander was captured by the army in Kismayo.",
    "On 3 May, three fighters were captured by the military near Kismayo.",
    "On 3 May, two militants were detained by the security forces in Baidoa.",
])
def test_armed_men_captured_by_the_army_are_arrested(text: str, extractor: api.Extractor) -> None:
    # ('the army' was read as whom the act hit, and no event was opened, where 'captured by soldiers' was an arrest)
    assert first_types(text, extractor) == ("Strategic developments", "Arrests")


def test_the_force_after_by_the_is_the_actor(extractor: api.Extractor) -> None:
    event = first_event("On 3 May, two militants were detained by the police in Baidoa.", extractor)
    assert event.actor1 == "Police Forces"


def test_a_civilian_shot_by_a_soldier_is_attacked_by_the_military(extractor: api.Extractor) -> None:
    event = first_event("On 3 May, a trader was shot by a soldier in Goma.", extractor)
    assert event.actor1 is not None and "Forces" in event.actor1  # (the country's military, named by the place)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    # look-alikes: the force told as the cause of a gathering, not its agent ('allegedly by the police')
    "Hundreds of miners marched in Mungwalu to protest the killing of a miner, allegedly by the police. The miners "
    "then attacked a police station and burned it.",
    # (a noun of the act, not its participle: 'the killing by a policeman' is the crowd's cause)
    "Residents burnt tyres in front of the police chief's home in response to the killing by a policeman guarding "
    "the home of a man leaving a party.",
])
def test_a_force_in_a_crowds_cause_is_not_the_actor(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor)[0] == "Riots"


def test_a_soldier_killed_by_the_militants_stays_a_battle(extractor: api.Extractor) -> None:
    assert first_types("On 3 May, a soldier was killed by the militants in Kismayo.", extractor) == (
        "Battles", "Armed clash")
