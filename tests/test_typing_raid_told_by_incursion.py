"""A raid told by its noun, an incursion, is read as a raid told by its verb is: where it only took goods or burned
property and harmed no one ('militants made an incursion into the village and seized livestock'), the property's loss
is the event, ACLED's looting/property destruction (as 'raided the village and stole cattle' already was). A person
named as the goods' owner is no victim of the noun ('seized millet belonging to the imam'). Harm, a fight, an
abduction, or nothing taken keep the incursion an attack or a fight."""

from __future__ import annotations

import pytest

from extracted import first_types


@pytest.mark.parametrize("text", [
    "On 3 May, armed men made an incursion into the village and seized livestock.",
    "On 3 May, militants made an incursion into the village and seized a truck and two motorbikes.",
    "On 3 May, gunmen made an incursion and seized several sacks of grain belonging to the village chief.",
    "On 3 May, militants made an incursion into the hamlet and seized an ambulance from the health centre.",
    "Over the weekend, militants made repeated incursions into the village, collected illegal taxes and seized "
    "cattle and vehicles.",
    "On 3 May, gunmen made an incursion into the village and burned several houses.",
])
def test_an_incursion_that_only_took_goods_or_burned_property_is_a_looting(text, extractor):
    assert first_types(text, extractor) == ("Strategic developments", "Looting/property destruction"), text


@pytest.mark.parametrize(("text", "expected"), [
    # harm to people, told by a verb: the raid harmed them, an attack
    ("On 3 May, militants made an incursion into the village and killed two civilians.",
     ("Violence against civilians", "Attack")),
    ("On 3 May, gunmen made an incursion into the village, whipped a farmer and seized his cattle.",
     ("Violence against civilians", "Attack")),
    ("On 3 May, gunmen made an incursion into the village and threatened the chief, then seized his goats.",
     ("Violence against civilians", "Attack")),
    # people carried off: an abduction
    ("On 3 May, militants made an incursion into the village and abducted two civilians.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    # a fight with a defending side: the fight
    ("On 3 May, militants made an incursion into the village and clashed with the local self-defence group, "
     "seizing cattle.", ("Battles", "Armed clash")),
    # nothing told taken or burned: an attack on the place's people, as before
    ("On 3 May, militants made an incursion into the village.", ("Violence against civilians", "Attack")),
    # a force's seizure of arms in an enemy camp: weapons disrupted, not a looting
    ("On 3 May, the army made an incursion into the rebel camp and seized weapons.",
     ("Strategic developments", "Disrupted weapons use")),
    # the verb 'attacked' with a person as its object still tells harm to that person
    ("On 3 May, gunmen attacked a farmer and seized his livestock.", ("Violence against civilians", "Attack")),
])
def test_an_incursion_with_harm_a_fight_or_nothing_taken_keeps_its_type(text, expected, extractor):
    assert first_types(text, extractor) == expected, text
