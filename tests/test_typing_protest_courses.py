"""How a protest went, read from the wider development sample's protest and riot confusions (sitrep-rules/18's
wide-18 sample), each with look-alikes that must stay as they were (texts written for these tests): the same crowd's
violence told after its gathering is the protest's; what a protest was about (a list, a relative clause) is not
the crowd's violence; 'fire' that no crowd set; how the police met a gathering; a party's cadres or a strike's
enforcers damaging property; gatherings told with an accord's words or a grievance's period.
"""

from __future__ import annotations

import pytest

from extracted import first_sub, typed
from sitrep import api

TRADERS = "On Monday hundreds of traders protested against market fees in Kumasi."


# --- the same crowd's violence after its gathering -----------------------------------------------------------

@pytest.mark.parametrize(
    "sequel",
    [
        "They pelted the district office with stones and clashed with the police.",
        "The group clashed with police and burnt tires in the street.",
        "The local residents stoned two policemen in a confrontation.",
        "They set up barricades of burning tires.",  # (no trigger of its own)
    ],
)
def test_the_same_crowds_violence_after_its_gathering_makes_one_violent_demonstration(
        sequel: str, extractor: api.Extractor) -> None:
    text = f"{TRADERS} {sequel}"
    assert typed(text, extractor) == [("Riots", "Violent demonstration")], text


@pytest.mark.parametrize(
    "sequel",
    [
        "Gunmen attacked a bus on the highway to Accra.",
        "Two people were killed when police fired on them.",
    ],
)
def test_another_partys_act_after_a_gathering_leaves_the_protest_its_own(sequel: str,
                                                                        extractor: api.Extractor) -> None:
    text = f"{TRADERS} {sequel}"
    assert typed(text, extractor)[0] != ("Riots", "Violent demonstration"), text


# --- what the protest was about ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On Monday villagers protested in Babungo against the separatists that they accuse of destroying homes, "
        "looting and killing innocent people.",
        "On Monday people protested in Shashamene against a string of stabbing attacks that killed seven people and "
        "injured several others.",
        "On Monday residents protested against insecurity and looting in El Fasher.",
        "On Monday families protested against local officials who they allege destroyed their homes in Kampot.",
        "On Monday residents protested against police who reportedly stormed a mosque in Kandi.",
        "On Monday relatives of fishermen whose boats sank in a storm protested outside the port authority in Tema.",
    ],
)
def test_violence_inside_what_a_protest_was_about_leaves_it_peaceful(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Peaceful protest", text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday residents protested against insecurity and clashed with police in Kandi.",
        "On Monday residents protested against the new tax, burning tyres and blocking roads in Kandi.",
        "On Monday students demonstrated against the looting of shops and burned tyres in Kandi.",
        "On Monday demonstrators against the elections reportedly burned a cotton factory in Kandi.",
        "On Monday soldiers demonstrated against the attack that targeted their colleagues, by burning tyres at the "
        "entrance to the camp in Kaya.",
        "On Monday students protested and threw projectiles at university staff in Yaounde.",
        "On Monday workers demonstrated against their union in Tema and nearly lynched one of its leaders.",
    ],
)
def test_the_crowds_own_act_after_the_cause_still_makes_a_violent_demonstration(
        text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Violent demonstration", text


# --- 'fire' no crowd set, 'non-violent' --------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On Monday members of the Heroic Fire Department held a protest in front of the municipal palace in Iguala.",
        "On Monday traders affected by a fire outbreak at the central market staged a demonstration in Kumasi.",
        "On Monday party members staged a protest in Durban to force the broadcaster to fire a presenter.",
        "On Monday students protested in Managua, painting their hands white to symbolise a non-violent struggle.",
    ],
)
def test_fire_or_violence_no_crowd_did_leaves_the_protest_peaceful(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Peaceful protest", text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday protesters set fire to a car in Kumasi.",
        "On Monday students protested violently in Managua against the new fees.",
    ],
)
def test_a_fire_the_crowd_set_or_its_violence_stays_a_violent_demonstration(text: str,
                                                                           extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Violent demonstration", text


# --- how the police met the gathering ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On Monday around 30 journalists gathered outside the parliament in Accra to demand a new law. They were "
        "prevented from entering the building by police and security guards.",
        "On Monday students staged a protest in Managua. There was a strong police presence in the area, where two "
        "students were allegedly arrested.",
        "On Monday protesters gathered in Masaya to demand the release of prisoners. Police reacted with violence "
        "against the protesters and blocked the access of a journalist to the area.",
        "On Monday students gathered outside the cathedral in Managua to protest. The protest was repressed.",
        "On Monday protesters gathered at the square in Managua. There are reports of police officers attacking some "
        "of the protesters.",
        "On Monday riot police attacked several journalists and dozens of protesters inside a bank in Managua.",
    ],
)
def test_police_meeting_the_gathering_make_a_protest_with_intervention(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[0] == ("Protests", "Protest with intervention"), text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday protesters blocked the road to the mine in Kampot.",
        "On Monday residents protested in Kandi against police who beat a trader.",
        "On Monday residents protested in L'Estere to decry the lack of intervention by the authorities.",
        "On Monday a group of protesters held a demonstration in the cathedral in Matagalpa when riot police "
        "surrounded the building.",
    ],
)
def test_no_police_act_on_the_gathering_leaves_it_peaceful(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Peaceful protest", text


# --- a party's cadres, a strike's enforcers ------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday shutdown enforcers vandalized a motorbike in Gorkha for defying the shutdown.",
        "On Monday party cadres set two trucks on fire in Birgunj.",
    ],
)
def test_partisans_damaging_property_are_rioters(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[0] == ("Riots", "Mob violence"), text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday gunmen set two trucks on fire in Birgunj.",
        "On Monday unknown men torched the truck of activists in Birgunj.",
    ],
)
def test_armed_men_or_unknown_men_damaging_property_stay_a_looting(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[0] == ("Strategic developments", "Looting/property destruction"), text


# --- gatherings told beside an accord's words or a grievance's period --------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On June 12, media workers staged a sit-in in Ouagadougou in response to delays by the government to "
        "implement an accord signed with trade unions in 2016.",
        "On Monday 314 teachers protested in Khairpur for not receiving their salary for the past three years.",
        "On Monday municipal workers protested in Mirpurkhas over the non-payment of their salaries since July 2015.",
    ],
)
def test_a_gathering_with_an_accords_words_or_a_grievances_period_is_a_protest(text: str,
                                                                               extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Protests", "Peaceful protest")], text


@pytest.mark.parametrize(
    "text",
    [
        "Workers have not been paid for the past three months.",
        "Teachers have protested over wages for the past three years.",
        "The government plans to sign an accord with the unions next year.",
    ],
)
def test_a_period_or_an_accord_alone_opens_no_protest(text: str, extractor: api.Extractor) -> None:
    assert ("Protests", "Peaceful protest") not in typed(text, extractor), text
