"""A force's men, or a community's armed guards, told among the harmed beside civilians (fix47; texts written for
these tests, each with look-alikes that must stay as they were): 'shot the chief dead and wounded two soldiers
escorting him', 'two traders and a soldier were injured', 'twelve people including four vigilantes were killed',
'three personnel of the border force were wounded'. The armed men hit were fought, an armed clash as ACLED codes it,
even where a civilian is named first among the victims. Not where the force acted ('killed by soldiers'), where its
man was out of service ('a retired soldier', 'an off-duty policeman', 'at his home'), nor where no one of it was hurt
('no soldier was injured').
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        # a further harm told after the first victim: ', and wounded', ', wounding'
        "On 4 March 2024, gunmen ambushed the car of a district chief near Buea. They shot him dead and wounded two "
        "soldiers who were guarding him.",
        "On 4 March 2024, gunmen opened fire on a bus at a junction near Kidal, killing a trader and wounding three "
        "soldiers on board.",
        # the force named in the passive toll beside civilians
        "On 4 March 2024, rebels attacked traders and soldiers on the road to Bria. Two traders and a soldier were "
        "injured.",
        "On 4 March 2024, three villagers were killed and two personnel of the border force were wounded in an ambush "
        "near Zhob.",
        # a community's armed guards counted among the dead
        "On 4 March 2024, militants attacked the village of Tanda. Twelve people including four vigilantes and eight "
        "residents were killed.",
    ],
)
def test_a_force_hit_beside_civilians_is_a_fight(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize(
    "text",
    [
        # the force acted: its men are the agents, not among the harmed
        "On 4 March 2024, two traders were killed by soldiers at a market near Kidal.",
        "On 4 March 2024, soldiers raided the village of Tanda, killing a farmer and wounding his wife.",
        # out of service: a civilian as ACLED codes him
        "On 4 March 2024, gunmen shot dead a retired soldier and his son in their shop near Buea.",
        "On 4 March 2024, gunmen killed a trader and an off-duty policeman at a bar in Kano.",
        "On 4 March 2024, a teacher and a police officer were killed at their homes in Zhob by unknown gunmen.",
        # denied: no force's man was hurt
        "On 4 March 2024, gunmen attacked a bus near Kidal, killing two passengers. No soldiers were injured.",
        # civilians only
        "On 4 March 2024, gunmen attacked the village of Tanda, killing four farmers and wounding two women.",
    ],
)
def test_no_force_among_the_harmed_stays_an_attack(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    "text",
    [
        # not violence at all: plans, a court, a flood and a match that name soldiers
        "On 4 March 2024, the governor said soldiers would be deployed to guard traders injured in last year's riots.",
        "On 4 March 2024, a court in Kano jailed two men for killing a farmer; three soldiers testified at the trial.",
        "On 4 March 2024, floods killed four villagers and injured two soldiers helping with the rescue near Zhob.",
    ],
)
def test_look_alikes_that_open_no_fight(text: str, extractor: api.Extractor) -> None:
    types = extracted.typed(text, extractor)
    assert all(event_type != "Battles" for event_type, _ in types), (text, types)


def test_one_act_on_one_force_victim_is_read_as_before(extractor: api.Extractor) -> None:
    # 'shot and killed a police officer': one act on one man, no further harm beside another victim; the reading of
    # who was hit decides it as before (here the men in uniforms leave the victim read as a civilian)
    text = "On 4 March 2024, men in police uniforms shot and killed a police officer near Kano. They took his pistol."
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    ("text", "actor2", "span"),
    [
        ("On 4 March 2024, gunmen opened fire on a bus at a junction near Kidal, killing a trader and wounding three "
         "soldiers on board.", "Military Forces", "soldiers"),
        ("On 4 March 2024, attackers stormed a market near Bria; two traders and a policeman were injured.",
         "Police Forces", "policeman"),
        ("On 4 March 2024, militants attacked the village of Tanda. Twelve people including four vigilantes and eight "
         "residents were killed.", "Unidentified Armed Group", "vigilantes"),
    ],
)
def test_the_force_hit_beside_civilians_is_the_clash_s_other_side(text: str, actor2: str, span: str,
                                                                  extractor: api.Extractor) -> None:
    # An armed clash's actor 2 is the armed side that was fought, with its words as the evidence, not the civilians
    # named first among the victims; attackers the report does not name are ACLED's unidentified armed group.
    event = extracted.first_event(text, extractor)
    assert (event.event_type, event.actor2) == ("Battles", actor2), text
    assert event.spans["actor2"].text == span, text
    assert event.actor1 is not None, text
