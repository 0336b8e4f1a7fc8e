"""Incident detection and typing on wire-style copy: background, tallies and summaries that open no event, the
turns of phrase that open another one, and the words that must not decide the type (texts written for these
tests)."""

from __future__ import annotations

import pytest

from sitrep import api
from sitrep.model import Event


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.default_extractor()


def events(text: str, extractor: api.Extractor, published: str = "2022-04-12") -> list[Event]:
    return api.extract(text, published=published, extractor=extractor).events


# --- typing ---------------------------------------------------------------------------------------------------


def test_an_intercepted_car_bomb_that_still_went_off_is_a_bombing(extractor: api.Extractor) -> None:
    text = (
        "Two suicide car bombings against a police compound in Kismayo wounded several people on Sunday, "
        "officials said. Guards intercepted the explosive-laden vehicles at the gate before the blasts."
    )
    [event] = events(text, extractor)
    assert event.sub_event_type == "Suicide bomb"


def test_a_headquarters_named_as_the_place_of_an_attack_sets_up_no_base(extractor: api.Extractor) -> None:
    text = (
        "Militants attacked an army post near the district headquarters of Qala on Friday, officials said, "
        "and two soldiers were killed."
    )
    [event] = events(text, extractor)
    assert event.event_type != "Strategic developments"


def test_a_base_set_up_is_still_a_base_established(extractor: api.Extractor) -> None:
    text = "Rebel fighters established a new base and a checkpoint outside Tamu on Tuesday, residents said."
    [event] = events(text, extractor)
    assert event.sub_event_type == "Headquarters or base established"


def test_protests_told_as_background_do_not_make_an_airstrike_a_protest(extractor: api.Extractor) -> None:
    text = (
        "Airstrikes by the military on a village in the north killed six civilians on Tuesday, residents said. "
        "The coup last year was met with peaceful demonstrations that the army put down."
    )
    [event] = events(text, extractor)
    assert event.sub_event_type == "Air/drone strike"


# --- background, tallies and summaries -------------------------------------------------------------------------


def test_a_capitalised_month_in_a_report_title_is_no_march(extractor: api.Extractor) -> None:
    assert events("Regional Security Overview (October 2021-March 2022):", extractor) == []


def test_people_still_held_in_camps_were_not_arrested_today(extractor: api.Extractor) -> None:
    text = "Some 500 relatives of the militants are already detained in three camps in the province."
    assert events(text, extractor) == []


def test_a_speakers_own_loss_told_in_a_relative_clause_is_no_incident(extractor: api.Extractor) -> None:
    text = (
        '"We only want to go home," said the mother of four, whose brother was killed in a shelling raid, '
        "in an interview with the agency."
    )
    assert events(text, extractor) == []


def test_a_campaign_and_its_displaced_are_background(extractor: api.Extractor) -> None:
    text = (
        "Across the north, 1.2 million people were displaced by the fighting. Thousands of homes were damaged "
        "in the fight against the rebels, with many destroyed, an official said."
    )
    assert events(text, extractor) == []


def test_a_combined_toll_of_several_attacks_opens_no_event(extractor: api.Extractor) -> None:
    text = "The combined death toll from these attacks reached 40 civilians, among them nine children."
    assert events(text, extractor) == []


def test_an_undated_summary_of_several_attacks_leaves_the_attacks_to_their_own_sentences(
    extractor: api.Extractor,
) -> None:
    text = (
        "Nearly thirty police officers have been killed in multiple attacks across the country. At least 20 "
        "officers were killed on Sunday in Kunar province when insurgents stormed a police post."
    )
    [event] = events(text, extractor)
    assert event.killed is not None and event.killed.best == 20


def test_an_arrest_last_summer_is_background(extractor: api.Extractor) -> None:
    text = "She spoke of her regret in an interview after her arrest in Raqqa last summer."
    assert events(text, extractor) == []


# --- what opens another incident ---------------------------------------------------------------------------------


def test_a_statement_quoted_before_any_incident_is_the_incident(extractor: api.Extractor) -> None:
    text = (
        '"During clashes with the militants in Kirkuk province, one of our soldiers was martyred," the army '
        "said in a statement."
    )
    [event] = events(text, extractor)
    assert event.event_type == "Battles"


def test_a_quoted_aim_without_a_place_opens_nothing(extractor: api.Extractor) -> None:
    text = '"The enemy aims to hurt the talks with such false reports," the spokesman told the agency.'
    assert events(text, extractor) == []


def test_earlier_in_the_day_is_another_incident(extractor: api.Extractor) -> None:
    text = (
        "A roadside bomb killed four soldiers in Baidoa on Monday, officials said. Earlier in the day, a car "
        "bomb exploded at a checkpoint near the port, killing the driver, police said."
    )
    assert len(events(text, extractor)) == 2


def test_a_second_car_bomber_is_a_second_attack(extractor: api.Extractor) -> None:
    text = (
        "A suicide bomber drove a truck into an army base in Marjah district on Sunday, killing three soldiers. "
        "A second car bomber targeted an intelligence compound in the provincial capital, wounding five."
    )
    assert len(events(text, extractor)) == 2


def test_a_paragraph_led_by_another_province_is_another_incident(extractor: api.Extractor) -> None:
    text = (
        "Militants stormed a police post in Ghazni on Sunday, killing nine officers, officials said. In the "
        "southern Kandahar province, a roadside bomb wounded four civilians on Sunday, a spokesman said."
    )
    assert len(events(text, extractor)) == 2


def test_also_with_another_place_is_another_attack(extractor: api.Extractor) -> None:
    text = (
        "Unidentified gunmen shot dead a former rebel commander in the town of Nawa on Sunday. Also, gunmen "
        "opened fire on a teacher in the village of Tafas, killing him instantly."
    )
    assert len(events(text, extractor)) == 2


def test_comes_two_days_after_tells_an_earlier_incident_dated_back(extractor: api.Extractor) -> None:
    text = (
        "A roadside bomb killed three soldiers near Gao on Sunday, the army said. The attack comes two days "
        "after gunmen killed five traders at a market in Menaka."
    )
    first, earlier = events(text, extractor, published="2022-04-11")
    assert first.date_start is not None and earlier.date_start is not None
    assert (first.date_start - earlier.date_start).days == 2


def test_comes_after_a_political_step_is_no_incident(extractor: api.Extractor) -> None:
    text = (
        "A roadside bomb killed three soldiers near Gao on Sunday, the army said. The blast comes two days "
        "after the president offered talks to the rebels."
    )
    assert len(events(text, extractor)) == 1


def test_died_earlier_in_another_city_is_another_incident(extractor: api.Extractor) -> None:
    text = (
        "Police shot dead three protesters in Kut on Friday, medics said. Two protesters died earlier in "
        "Basra after being hit by tear gas canisters, a rights group said."
    )
    assert len(events(text, extractor)) == 2


def test_an_undated_incident_and_an_act_a_week_before_it_are_two(extractor: api.Extractor) -> None:
    text = (
        "A third attack took place near the town of Tuz, where militants opened fire on a patrol and wounded a "
        "policeman. While searching for missing officers, two soldiers were killed on April 3."
    )
    assert len(events(text, extractor, published="2022-04-12")) == 2


def test_a_usual_practice_and_a_stepped_up_campaign_are_background(extractor: api.Extractor) -> None:
    text = (
        "The air force does not normally comment on its drone strikes. Militants are using the dust storms to "
        "step up attacks on villages."
    )
    assert events(text, extractor) == []


def test_also_in_another_town_of_the_same_countryside_is_another_attack(extractor: api.Extractor) -> None:
    text = (
        "Gunmen shot dead a council member in the town of Nawa in the Daraa countryside on Sunday. Also, "
        "unidentified gunmen opened fire on a former fighter in the town of Tafas in the Daraa countryside, "
        "killing him."
    )
    assert len(events(text, extractor)) == 2


# --- the detect step's trace ---------------------------------------------------------------------------------


def test_detection_is_traced_with_its_cues_and_a_confidence(extractor: api.Extractor) -> None:
    text = "A roadside bomb killed four soldiers in Baidoa on Monday, officials said."
    [event] = events(text, extractor)
    evidence = event.trace["incident"]
    assert evidence.source == "rule:detect"
    assert evidence.spans[0].text == "roadside bomb"
    assert "day" in evidence.detail and "toll" in evidence.detail
    assert evidence.confidence is not None and evidence.confidence > 0.9


def test_a_bare_mention_is_detected_with_less_confidence(extractor: api.Extractor) -> None:
    sure = events("A roadside bomb killed four soldiers in Baidoa on Monday, officials said.", extractor)[0]
    bare = events("Militants attacked again, a resident said.", extractor)
    assert bare and bare[0].trace["incident"].confidence < sure.trace["incident"].confidence
