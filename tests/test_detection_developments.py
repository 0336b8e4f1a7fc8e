"""Strategic developments the rules used to find no event in (texts written for these tests).

Forces seen on the move, heading somewhere, arrived, strengthened or pulling their garrisons out; an armed group
formed; people ordered out of a place by an armed party or told leaving their village; an election's result declared;
a roadblock set up with a vehicle; a house made an outpost; property damaged by settlers or armed men; a town taken
over by name in the present of a headline; shots fired into the air at no one, a show of force. The same words in a
plan, a sports page, a court or a campaign open nothing.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Forces on the move.
        (
            "On Monday, about twenty armed men were spotted in the village of Kora (Tanout district) on motorbikes, "
            "heading towards the border.",
            "Change to group/activity",
        ),
        ("On Tuesday, the rebels said government troops were moving north towards Dolo.", "Change to group/activity"),
        ("On Monday, the army reinforced its troops along the Kidira axis.", "Change to group/activity"),
        ("On Sunday, the national army withdraw their garrisons from three villages near Tine.",
         "Change to group/activity"),
        ("On Monday, militia fighters were reported to have moved into the Dugda valley.",
         "Non-violent transfer of territory"),
        # People ordered out, or leaving their homes.
        ("On Monday, militants ordered herders and farmers to leave the grazing land near Diffa.", "Other"),
        ("On Friday, gunmen forced the villagers of two hamlets to vacate the area near Gao.", "Other"),
        ("On Monday, residents of the Kel Ansar community left the hamlet of Tinzawaten after threats.", "Other"),
        # An election's result.
        ("On Sunday, the incumbent was declared winner of the presidential election with 58% of the vote.", "Other"),
        ("On Monday, the governor was re-elected for a third term.", "Other"),
        # An armed group formed; a unit's arrival told by its distance; a house made an outpost; property damaged.
        ("On Monday, the clan elders established a self-defence militia called the Shield in Kaya.",
         "Change to group/activity"),
        ("A new rebel group of former army officers, called the Patriotic Front, has been formed in Kalehe on Monday.",
         "Change to group/activity"),
        ("On Monday, an army unit arrived some 20 kilometres south of Sirte.", "Change to group/activity"),
        ("On Monday, soldiers turned a family's home to a military outpost in Beit Ula.",
         "Headquarters or base established"),
        ("On Monday, settlers damaged greenhouses and olive trees in Qusra.", "Looting/property destruction"),
        # Roadblocks and ground (a roadblock no state force is named for is a road held: 'Other').
        ("On Monday, a truck was used to set up a roadblock on the road to Hinche.", "Other"),
        ("On Monday, rebel forces briefly take over Kalemie.", "Non-state actor overtakes territory"),
    ],
)
def test_development_the_rules_used_to_miss(text: str, expected: str, extractor: api.Extractor) -> None:
    assert [sub for _, sub in typed(text, extractor, published=PUBLISHED)][:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Plans, politics, sport and courts: no one moved, left or took anything.
        "On Monday, the government said it plans to reinforce its troops in the north.",
        "On Monday, the opposition withdrew from the talks with the army.",
        "On Monday, the minister said the country would withdraw its troops by May.",
        "On Monday, the ruling party strengthened its presence in parliament.",
        "On Monday, the court ordered the company to vacate the offices by June.",
        "On Monday, the workers left the factory for the market.",
        "Last year the governor was re-elected, and the results were disputed in court.",
        "On Monday, the striker was spotted in the stands heading to the VIP box.",
        "On Monday, floods damaged 300 homes in Beledweyne.",
        "On Monday, the minister said the party plans to form a militia to defend the villages.",
        "On Monday, the league's committee formed a new group to review the transfer rules.",
    ],
)
def test_the_same_words_elsewhere_open_nothing(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, border guards fired warning shots near the village of Osh.",
        "On Monday, soldiers fired live bullets into the air during a search in Qabatiya. There were no casualties.",
    ],
)
def test_fire_aimed_at_no_one_is_a_show_of_force(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Strategic developments", "Other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Fire in the air to break up a crowd is the crowd's event; a harm told beside it is the event.
        ("On Monday, police fired into the air to disperse protesters in Kisumu.", "Protests"),
        ("On Monday, soldiers fired in the air and then shot a trader in the leg in Gao.",
         "Violence against civilians"),
    ],
)
def test_fire_in_the_air_beside_a_crowd_or_a_harm_is_not_a_show_of_force(
    text: str, expected: str, extractor: api.Extractor
) -> None:
    assert [event_type for event_type, _ in typed(text, extractor, published=PUBLISHED)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A truce named as a fight's background is no agreement; one made, or a swap of prisoners, is.
        ("On Monday, fighting broke out in Tajura after the brigade rejected a ceasefire agreement.", "Armed clash"),
        ("On Monday, the army clashed with rebels near Mbandaka. Three rebels surrendered.", "Armed clash"),
        ("On Monday, the two militias signed a ceasefire agreement in Zawiya after a week of fighting.", "Agreement"),
        (
            "On Monday, government and rebel forces exchanged prisoners near Sirte. The rebels released a soldier in "
            "exchange for two captured fighters and the body of another.",
            "Agreement",
        ),
    ],
)
def test_an_agreement_is_one_made_not_one_named_beside_a_fight(
    text: str, expected: str, extractor: api.Extractor
) -> None:
    assert [sub for _, sub in typed(text, extractor, published=PUBLISHED)][:1] == [expected]
