"""Incident detection on news-style copy: what opens an event, what only continues one, what is background, and the
tolls and perpetrators that belong to it (texts written for these tests; the same texts are in
tests/fixtures/events/dev/incidents2.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep import api
from sitrep.model import Event


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.default_extractor()


def events(text: str, extractor: api.Extractor, published: str = "2022-04-12") -> list[Event]:
    return api.extract(text, published=published, extractor=extractor).events


def test_a_war_described_since_its_start_opens_no_event(extractor: api.Extractor) -> None:
    text = ("Gunmen killed four farmers near Kalla in Borno State on Sunday, residents said. The region has been "
            "ravaged by an insurgency since 2009, and tens of thousands of people have been killed.")
    [event] = events(text, extractor)
    assert event.killed is not None and event.killed.best == 4


def test_a_period_tally_without_a_day_opens_no_event(extractor: api.Extractor) -> None:
    text = ("More than 200 villagers have been abducted in three separate attacks in the past week. On Monday, "
            "gunmen stormed a school in Kuriga and abducted 30 pupils, a teacher said.")
    [event] = events(text, extractor)
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.date_start == date(2022, 4, 11)


def test_a_habit_is_not_an_incident(extractor: api.Extractor) -> None:
    assert events("The town sees daily protests by traders over the price of fuel.", extractor) == []


def test_the_statement_day_does_not_split_the_act_from_its_lead(extractor: api.Extractor) -> None:
    text = ("At least nine soldiers were killed in an ambush in northern Burkina Faso, the army announced Monday. "
            "\"On Saturday, armed men attacked a patrol near Djibo,\" a security source said.")
    [event] = events(text, extractor)
    assert event.killed is not None and event.killed.best == 9
    assert event.date_start == date(2022, 4, 9)


def test_a_definite_reference_to_the_attack_continues_it(extractor: api.Extractor) -> None:
    text = ("Two car bombs killed at least seven people in Aden on Saturday. Saturday's attack took place outside "
            "the gate of a police camp, officials said.")
    assert len(events(text, extractor)) == 1


def test_the_latest_attack_is_still_a_new_incident(extractor: api.Extractor) -> None:
    text = ("On 2 April, gunmen killed a teacher in Jassim. On 9 April, in the latest attack, gunmen killed a "
            "former commander in Tafas.")
    assert len(events(text, extractor)) == 2


def test_a_later_larger_figure_from_another_party_does_not_replace_the_toll(extractor: api.Extractor) -> None:
    text = ("A rebel missile strike on a market in Marib killed 9 civilians on Thursday, officials said. The strike "
            "came as the coalition announced it had killed 120 rebels in air raids over the past day.")
    [event] = events(text, extractor)
    assert event.killed is not None and event.killed.best == 9


def test_a_restated_wounded_figure_is_not_added_twice(extractor: api.Extractor) -> None:
    text = ("At least 14 people have been wounded in a suicide bombing in Kabul. At least one person was killed "
            "and 14 others wounded in the bombing, officials said.")
    [event] = events(text, extractor)
    assert event.wounded is not None and event.wounded.best == 14
    assert event.killed is not None and event.killed.best == 1


def test_a_second_source_for_the_toll_does_not_add_to_it(extractor: api.Extractor) -> None:
    text = ("An air strike on the village of Tar Gone killed eight people on Tuesday. A villager also said that "
            "eight people had been killed.")
    [event] = events(text, extractor)
    assert event.killed is not None and event.killed.best == 8


def test_the_group_named_before_its_weapon_is_the_perpetrator(extractor: api.Extractor) -> None:
    text = "Six civilians were killed by a Houthi missile in Marib city on Tuesday, medical sources said."
    [event] = events(text, extractor)
    assert event.actor1 == "Houthis"


def test_soldiers_who_were_killed_are_the_victims_not_the_perpetrators(extractor: api.Extractor) -> None:
    text = "Afghan soldiers were killed on Saturday when Taliban fighters stormed a checkpoint in Farah province."
    [event] = events(text, extractor)
    assert event.actor1 == "Taliban"


def test_a_lede_repeated_under_the_headline_is_read_once(extractor: api.Extractor) -> None:
    text = ("Police in Kano arrested six suspected kidnappers on Tuesday, officials said.\n\n"
            "Police in Kano arrested six suspected kidnappers on Tuesday, officials said on Wednesday.")
    assert len(events(text, extractor)) == 1


def test_a_spokesmans_quoted_words_open_no_incident_of_their_own(extractor: api.Extractor) -> None:
    text = ("Gunmen killed three traders at a market in Gao on Monday, residents said. "
            "\u201cThe enemy wants to hurt the peace talks with these attacks,\u201d a militia spokesman said.")
    [event] = events(text, extractor)
    assert event.killed is not None and event.killed.best == 3


def test_a_quotation_that_opens_the_story_without_day_or_toll_is_not_an_incident(extractor: api.Extractor) -> None:
    text = ("\u201cWe will keep fighting the occupiers,\u201d the commander said in a video. "
            "On Sunday, a roadside bomb killed two soldiers near Menaka, the army said.")
    [event] = events(text, extractor)
    assert event.killed is not None and event.killed.best == 2


def test_a_veterans_past_in_a_relative_clause_is_not_an_incident(extractor: api.Extractor) -> None:
    text = "\u201cWe do not want the war back,\u201d said Ali Hassan, who fought against the insurgents in 2016."
    assert events(text, extractor) == []


def test_a_raid_in_another_city_is_another_arrest(extractor: api.Extractor) -> None:
    text = ("Ankara police raided 12 addresses on Monday to detain 12 suspects linked to ISIS. "
            "Izmir police raided four addresses and detained four suspects, the ministry said.")
    found = events(text, extractor)
    assert len(found) == 2
    assert all(e.sub_event_type == "Arrests" for e in found)


def test_forces_named_only_by_their_kind_are_the_forces_of_the_incidents_country(extractor: api.Extractor) -> None:
    text = "Junta soldiers killed five villagers in Sagaing region on Friday, residents said."
    [event] = events(text, extractor)
    assert event.actor1 == "Myanmar military"


def test_a_strike_by_a_countrys_military_names_who_fired(extractor: api.Extractor) -> None:
    text = "Air strikes by Myanmar\u2019s military on a village in Chin state on Thursday killed eight civilians."
    [event] = events(text, extractor)
    assert event.actor1 == "Myanmar military"


def test_regime_forces_outside_syria_are_not_syrias(extractor: api.Extractor) -> None:
    text = "Regime forces shelled a village in Sagaing region on Monday, killing four civilians, residents said."
    [event] = events(text, extractor)
    assert event.actor1 != "Syrian Arab Army"


def test_a_foreign_air_force_named_by_its_nationality_stays_foreign(extractor: api.Extractor) -> None:
    text = "Russian warplanes struck a market in Idlib province on Monday, killing seven civilians."
    [event] = events(text, extractor)
    assert event.actor1 is not None and "Russia" in event.actor1


def test_a_second_attack_told_after_the_first_is_another_incident(extractor: api.Extractor) -> None:
    text = ("Gunmen killed two farmers near Kawa village in Kirkuk province on Monday, officials said. "
            "A second attack took place near Tuz village, where militants wounded a policeman.")
    assert len(events(text, extractor)) == 2


def test_a_second_soldier_is_more_of_the_same_incident(extractor: api.Extractor) -> None:
    text = ("A roadside bomb killed a soldier near Kawa village in Kirkuk province on Monday, officials said. "
            "A second soldier died of his wounds in hospital.")
    assert len(events(text, extractor)) == 1


def test_later_that_day_elsewhere_is_another_incident(extractor: api.Extractor) -> None:
    text = ("On Friday, insurgents killed two farmers in Lidu village. "
            "Later on Friday, an armed group attacked a neighbourhood of Pemba town, killing three people.")
    assert len(events(text, extractor)) == 2


def test_the_same_group_also_attacking_another_village_is_another_incident(extractor: api.Extractor) -> None:
    text = ("Militants killed six farmers in Kawa village in Kirkuk province late Monday, officials said. "
            "The militants also attacked Tuz village in Diyala province, where four civilians were killed.")
    found = events(text, extractor)
    assert len(found) == 2
    assert sorted(e.killed.best for e in found if e.killed) == [4, 6]


@pytest.mark.parametrize("text", [
    "Every week the group publishes a newsletter boasting of attacks on the army.",
    "The rebels continue to battle government troops across the north.",
    "The air force does not normally comment on air strikes it carries out.",
    "Troops were deployed on the main roads to prevent protesters from staging sit-ins.",
])
def test_habits_ongoing_wars_and_prevented_acts_open_no_event(extractor: api.Extractor, text: str) -> None:
    assert events(text, extractor) == []


def test_fighting_elsewhere_the_same_day_is_another_incident(extractor: api.Extractor) -> None:
    text = ("On Saturday, militants hit an army tank near Kawa village, killing five soldiers, the army said. "
            "Three other soldiers were killed in fighting elsewhere in the province.")
    assert len(events(text, extractor)) == 2


def test_the_other_sides_retaliation_is_another_incident(extractor: api.Extractor) -> None:
    text = ("Rebels shot down an army helicopter near Kawa village on Saturday, killing its pilot. "
            "The army retaliated with air strikes in which at least 10 civilians were killed, activists said.")
    assert len(events(text, extractor)) == 2


def test_a_group_denying_it_carried_out_the_attack_is_joined_as_a_denial(extractor: api.Extractor) -> None:
    text = "A bomb killed four soldiers in Kawa village on Monday. The Taliban denied carrying out the attack."
    [event] = events(text, extractor)
    assert event.attribution is not None and event.attribution.level == "denied"
    assert event.attribution.actor == "Taliban" and event.claimant is None
