"""How many incidents a passage tells: a report's statistics tell none, a bomb going off after a fight is its own,
one clause may tell two attacks at two places, and 'the first attack' after a count of attacks is the first of them
(texts written for these tests).
"""

from __future__ import annotations

import pytest

from sitrep import api
from sitrep.model import Event


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.default_extractor()


def events(text: str, extractor: api.Extractor, published: str = "2023-06-14") -> list[Event]:
    return api.extract(text, published=published, extractor=extractor).events


# --- statistics ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statistic",
    [
        "Armed opposition groups were blamed for 38 percent of the casualties, and airstrikes for 12 percent.",
        "Pro-government forces caused a fifth of the civilian casualties, the mission said.",
        "Aleppo recorded the highest number of casualties, with 80 people killed there by shelling.",
        "Shelling caused about 40% of the documented death toll in the north.",
    ],
)
def test_a_share_or_a_ranking_of_a_periods_casualties_opens_no_event(statistic: str,
                                                                     extractor: api.Extractor) -> None:
    text = ("The monitoring group documented 212 civilian deaths in May in its monthly report. " + statistic)
    assert events(text, extractor) == []


def test_a_share_of_one_attacks_victims_still_leaves_the_attack(extractor: api.Extractor) -> None:
    text = ("Gunmen killed eight villagers in Mbala on Tuesday, half of them children, a local official said.")
    [event] = events(text, extractor)
    assert event.killed is not None and event.killed.best == 8


# --- a follow-on blast --------------------------------------------------------------------------------------


def test_a_planted_bomb_after_a_fight_killing_another_few_is_its_own_incident(extractor: api.Extractor) -> None:
    text = ("A soldier was killed in clashes with militants near the village of Tal Wardi on Tuesday, the army "
            "said. Reinforcements were sent to the scene. On their way, a landmine went off under their lead vehicle, "
            "killing another two soldiers.")
    first, blast = events(text, extractor)
    assert first.event_type == "Battles"
    assert blast.event_type == "Explosions/Remote violence"
    assert blast.sub_event_type == "Remote explosive/landmine/IED"
    assert blast.killed is not None and blast.killed.best == 2


def test_more_dead_of_the_same_fight_without_a_bomb_stay_its_toll(extractor: api.Extractor) -> None:
    text = ("A soldier was killed in clashes with militants near the village of Tal Wardi on Tuesday, the army "
            "said. The fighting went on into the night, killing another two soldiers.")
    [event] = events(text, extractor)
    assert event.event_type == "Battles"


def test_a_second_blast_after_a_bombing_is_more_of_that_bombing(extractor: api.Extractor) -> None:
    text = ("A roadside bomb struck a police patrol near Tal Wardi on Tuesday, killing one officer. Moments later "
            "a second device planted nearby exploded, killing another two policemen.")
    [event] = events(text, extractor)
    assert event.event_type == "Explosions/Remote violence"
