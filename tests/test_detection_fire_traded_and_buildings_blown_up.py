"""Ways a news writer tells an incident that the detector missed:

* fire traded, swapped or come under, a skirmish, or resistance met, with an armed side named ('soldiers traded fire
  with militants', 'an army patrol came under fire from rebels', 'soldiers skirmished with rebels', 'troops
  encountered resistance from militants'): 'exchanged fire', 'opened fire', 'clashed' by other words; a minister who
  'came under fire from the opposition', candidates who 'traded fire in a debate', teams that 'skirmished in
  midfield' or a bill that 'met resistance from lawmakers' tell no incident, nor a fight denied or planned;
* a bank, a hotel, a substation or a tanker blown up ('militants blew up a bank'), a bridge dynamited, a pipeline
  told blown up in the passive: an explosion as a bridge or a police post blown up is; not an outburst ('blew up at
  the manager'), a story that 'blew up online', talks that 'blew up over' a deal, a building taken down in a
  controlled demolition, or a threat to blow one up.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed


@pytest.mark.parametrize("text", [
    "On 3 May, soldiers traded fire with militants near the border town.",
    "On 3 May, police and gunmen traded fire for an hour in the market.",
    "On 3 May, rebels and government troops traded heavy gunfire in the town, residents said.",
    "On 3 May, an army patrol came under fire from rebels near the town.",
    "On 3 May, a police station came under heavy fire from militants in the town.",
    "On 3 May, troops encountered resistance from militants near the town.",
    "On 3 May, the rebels met stiff resistance from government troops near the town.",
    "On 3 May, soldiers skirmished with rebels near the town.",
    "On 3 May, militants and troops skirmished near the town.",
    "On 3 May, soldiers and militants swapped fire near the town.",
])
def test_fire_traded_or_come_under_between_armed_sides_is_a_battle(text, extractor):
    assert first_types(text, extractor) == ("Battles", "Armed clash"), text


def test_a_bus_that_came_under_fire_from_gunmen_is_an_attack(extractor):
    text = "On 3 May, a passenger bus came under fire from gunmen on the highway."
    assert first_types(text, extractor)[0] == "Violence against civilians", text


@pytest.mark.parametrize("text", [
    "On 3 May, the two candidates traded fire during a televised debate.",
    "On 3 May, the minister came under fire from opposition MPs over the budget.",
    "On 3 May, the coach came under fire from fans after the defeat.",
    "On 3 May, the army denied that its soldiers traded fire with militants.",
    "On 3 May, the army said that its soldiers had not traded fire with militants.",
    "The army said it plans to deploy troops who could trade fire with militants if needed.",
    "On 3 May, the bill met stiff resistance from lawmakers in the capital.",
    "On 3 May, the reform met strong resistance from police unions in the capital.",
    "On 3 May, the two parties skirmished over the budget in parliament.",
    "On 3 May, rival lawyers skirmished in court over the evidence.",
    "On 3 May, the two teams skirmished in midfield before the break.",
    "On 3 May, the army denied that its soldiers skirmished with rebels.",
])
def test_fire_traded_in_words_denied_or_planned_is_no_incident(text, extractor):
    assert typed(text, extractor) == [], text


@pytest.mark.parametrize("text", [
    "On 3 May, militants blew up a bank in the town.",
    "On 3 May, rebels blew up a power substation near the town.",
    "On 3 May, gunmen blew up a fuel tanker on the highway.",
    "On 3 May, militants blew up a hotel in the town centre.",
    "On 3 May, insurgents blew up the district headquarters overnight.",
    "On 3 May, militants dynamited a bridge near the town.",
    "On 3 May, a pipeline was blown up by militants near the town.",
    "On 3 May, a bank was blown up in the town.",
])
def test_a_building_or_tanker_blown_up_is_an_explosion(text, extractor):
    assert first_types(text, extractor) == ("Explosions/Remote violence", "Remote explosive/landmine/IED"), text


@pytest.mark.parametrize("text", [
    "On 3 May, the manager blew up at the bank staff in the town.",
    "On 3 May, the story blew up online after a bank video went viral.",
    "On 3 May, the talks blew up over the bank merger in the capital.",
    "On 3 May, engineers blew up an old factory chimney in a controlled demolition.",
    "On 3 May, the old tower was blown up in a controlled demolition.",
    "On 3 May, the militants denied that the bank was blown up by their men.",
    "On 3 May, militants threatened to blow up the bank in the town.",
    "On 3 May, police said militants had planned to blow up a hotel in the town.",
    "On 3 May, the militants denied that they blew up the bank in the town.",
])
def test_an_outburst_a_story_a_demolition_or_a_threat_is_no_explosion(text, extractor):
    assert typed(text, extractor) == [], text
