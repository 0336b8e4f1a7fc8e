"""Readings a news writer's sentence should get right:

- a patrol, a convoy or a force that 'came under fire' is attacked (a fight), though no side is named; not a
  minister or the police that 'came under fire' from critics or for a decision, nor one 'under scrutiny';
- 'the murder of a village chief by gunmen' tells the act by its noun and its doer, as 'the killing of' does; not a
  charge of murder with no doer;
- 'macheted', 'clubbed', 'bludgeoned' are blows to people; 'brutalised' only beside an arrest (alone it is as often
  a figure: 'children brutalised by years of war');
- tear gas fired into a crowd, 'injuring three', is a gathering met by force, never a battle;
- rioters met by a force are actor 1, the force actor 2 (as 'rioters clashed with police' is read);
- a crowd named with 'of' ('supporters of the candidate') acted: the force after the verb was hit, not the candidate.
"""

from __future__ import annotations

import pytest

from extracted import first_event, first_types, typed


@pytest.mark.parametrize("text", [
    "On 3 May, an army patrol came under fire near the border.",
    "On 3 May, a military convoy came under heavy fire near the town.",
    "On 3 May, soldiers came under fire at a checkpoint outside the town, and two were wounded.",
])
def test_a_force_that_came_under_fire_was_attacked(text, extractor):
    assert first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize("text", [
    "On 3 May, the minister came under fire from critics for the new budget.",
    "On 3 May, the police came under fire from rights groups.",
    "On 3 May, the army came under fire over the cost of the new barracks.",
    "On 3 May, the governor came under scrutiny for the contract.",
    "On 3 May, the police chief came under pressure to resign.",
])
def test_fire_in_words_or_scrutiny_opens_no_event(text, extractor):
    assert typed(text, extractor) == [], text


@pytest.mark.parametrize("text", [
    "On 3 May, residents condemned the murder of a village chief by gunmen.",
    "On 3 May, the murder of two farmers by suspected bandits angered the community.",
])
def test_a_murder_told_by_its_noun_with_its_doer_is_an_attack(text, extractor):
    assert first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize("text", [
    "On 3 May, two men were charged with the murder of a trader.",
    "On 3 May, the murder rate in the city fell by a third, the police said.",
    "On 3 May, a film about the murder of a journalist opened in the capital.",
])
def test_a_murder_charge_or_figure_without_a_doer_opens_no_event(text, extractor):
    assert typed(text, extractor) == [], text


@pytest.mark.parametrize("text", [
    "On 3 May, gunmen macheted two farmers in their field.",
    "On 3 May, unknown men bludgeoned a trader to death.",
])
def test_blows_with_a_weapon_told_by_their_own_verb_are_an_attack(text, extractor):
    assert first_types(text, extractor) == ("Violence against civilians", "Attack"), text


def test_an_arrest_with_brutal_handling_is_an_attack(extractor):
    text = "On 3 May, soldiers arrested and brutalised two traders in the town."
    assert first_types(text, extractor) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "On 3 May, the charity said children brutalised by years of war need help.",
    "On 3 May, the report said the town had been brutalised by poverty for decades.",
])
def test_brutalised_as_a_figure_opens_no_event(text, extractor):
    assert typed(text, extractor) == [], text


def test_police_clubbing_protesters_is_an_intervention(extractor):
    text = "On 3 May, police clubbed protesters in the capital."
    assert first_types(text, extractor) == ("Protests", "Protest with intervention")


@pytest.mark.parametrize("text", [
    "On 3 May, police fired tear gas canisters into the crowd, injuring three.",
    "On 3 May, police fired tear gas at the crowd, wounding three.",
])
def test_tear_gas_into_a_crowd_with_people_hurt_is_no_battle(text, extractor):
    assert first_types(text, extractor) == ("Protests", "Protest with intervention"), text


@pytest.mark.parametrize("text", [
    # look-alikes: the crowd's own violence, or fire that is no crowd control, keep their reading
    "On 3 May, residents beat a thief, injuring him, before police fired tear gas to disperse the crowd.",
    "On 3 May, police fired at the crowd, injuring three.",
])
def test_harm_beside_tear_gas_that_is_not_its_own_is_no_protest(text, extractor):
    assert first_types(text, extractor)[0] != "Protests", text


@pytest.mark.parametrize("text", [
    "On 3 May, police fired live rounds at a crowd of rioters.",
    "On 3 May, police fired tear gas at rioters who had blocked the road.",
])
def test_rioters_met_by_a_force_are_actor_one(text, extractor):
    event = first_event(text, extractor)
    assert (event.event_type, event.actor1, event.actor2) == ("Riots", "Rioters", "Police Forces"), text


@pytest.mark.parametrize("text", [
    "On 3 May, supporters of the candidate attacked police.",
    "On 3 May, supporters of the candidate attacked policemen in the town.",
])
def test_a_crowd_named_with_of_hit_the_force_after_the_verb(text, extractor):
    event = first_event(text, extractor)
    assert (event.actor1, event.actor2) == ("Rioters", "Police Forces"), text


@pytest.mark.parametrize("text", [
    # look-alikes: the crowd on the receiving end, or a civilian hit, stay civilians
    "On 3 May, police attacked supporters of the candidate.",
    "On 3 May, supporters of the candidate were attacked by police.",
    "On 3 May, supporters of the candidate attacked a journalist.",
])
def test_a_crowd_hit_or_a_civilian_hit_stays_civilians(text, extractor):
    assert first_event(text, extractor).actor2 == "Civilians", text
