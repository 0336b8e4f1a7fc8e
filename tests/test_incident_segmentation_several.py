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


# --- several incidents in one clause --------------------------------------------------------------------------


def test_two_attacks_told_in_one_clause_at_two_places_are_two_incidents(extractor: api.Extractor) -> None:
    text = ("Gunmen killed four people and wounded nine in two attacks in the town of Asadabad and Sarkani "
            "district, police in Kunar said.")
    found = events(text, extractor)
    assert len(found) == 2
    assert [e.places[0].name for e in found] == ["Asadabad", "Sarkani"]
    # The toll was told of both attacks together: neither incident's own.
    assert all(e.killed is None for e in found)


def test_a_summary_of_two_attacks_with_its_day_stays_one_event(extractor: api.Extractor) -> None:
    # (a dated summary is read as an event already; the incidents' own figures, told after it, replace its total)
    text = "Gunmen killed five people in two attacks in the town of Asadabad and Sarkani district on Monday."
    [event] = events(text, extractor)
    assert event.killed is not None and event.killed.best == 5


def test_a_summary_whose_attacks_are_told_one_by_one_later_is_not_split(extractor: api.Extractor) -> None:
    text = ("At least four people were killed in two attacks in Asadabad and Sarkani district. In Asadabad, a "
            "gunman shot dead two guards at a bank on Tuesday. In Sarkani, a roadside bomb killed two farmers on "
            "Tuesday.")
    found = events(text, extractor)
    assert len(found) == 2
    assert {e.killed.best for e in found if e.killed} == {2}


def test_a_count_of_attacks_without_as_many_places_is_one_summary(extractor: api.Extractor) -> None:
    text = "Three people were killed in two attacks in Asadabad, officials said."
    assert len(events(text, extractor)) <= 1


# --- the first of several -----------------------------------------------------------------------------------


def test_the_first_attack_after_a_count_of_attacks_is_the_first_of_them(extractor: api.Extractor) -> None:
    text = ("Two car bombers struck army and police posts in southern Zabul province on Saturday, killing at least "
            "three soldiers. In the first attack, a bomber drove a stolen army truck at a base in Shajoy district. "
            "A second car bomber struck a police compound in Qalat, the provincial capital.")
    first, second = events(text, extractor)
    assert "Shajoy" in [p.name for p in first.places]
    assert "Qalat" in [p.name for p in second.places]


def test_the_first_attack_without_a_count_before_it_still_opens_an_incident(extractor: api.Extractor) -> None:
    text = ("Gunmen killed a police officer in Qalat on Saturday. In the first attack of its kind in Shajoy district, "
            "a drone dropped explosives on an army base, wounding two soldiers.")
    assert len(events(text, extractor)) == 2


# --- a summary told on a day ----------------------------------------------------------------------------------


def test_a_summary_of_attacks_dated_only_by_its_claim_opens_no_event(extractor: api.Extractor) -> None:
    text = ("The group on Tuesday, June 13 claimed its fighters carried out two attacks in the north earlier in the "
            "week. Its fighters ambushed an army patrol near Gao on Sunday, killing four soldiers, the army said.")
    [event] = events(text, extractor)
    assert event.date_start is not None and event.date_start.isoformat() == "2023-06-11"


def test_a_summary_of_attacks_with_the_day_they_happened_keeps_that_day(extractor: api.Extractor) -> None:
    text = "Police in Kunar reported two attacks on Monday, in which gunmen killed three guards at a checkpoint."
    found = events(text, extractor)
    assert found and all(e.date_start is not None and e.date_start.isoformat() == "2023-06-12" for e in found)


# --- right after a tally ------------------------------------------------------------------------------------


def test_the_sentence_after_a_tally_with_no_day_or_place_of_its_own_is_more_of_the_tally(
        extractor: api.Extractor) -> None:
    text = ("According to the group's balance sheet for May, 96 soldiers were killed in 150 actions against the "
            "army. Three of its fighters fell, and a large amount of ammunition was seized or destroyed.")
    assert events(text, extractor) == []


def test_an_incident_with_its_own_place_after_a_tally_is_still_read(extractor: api.Extractor) -> None:
    text = ("According to the group's balance sheet for May, 96 soldiers were killed in 150 actions against the "
            "army. Gunmen shot dead a police officer in Kandahar city, police said.")
    [event] = events(text, extractor)
    assert event.event_type == "Battles"


def test_an_act_without_a_toll_after_a_tally_is_still_read(extractor: api.Extractor) -> None:
    # (only a toll is the tally's own breakdown: the claim reader may take an incident's lead for a tally)
    text = ("According to the group's balance sheet for May, 96 soldiers were killed in 150 actions against the "
            "army. Militants later stormed an army checkpoint and set two trucks on fire, residents said.")
    assert len(events(text, extractor)) == 1
