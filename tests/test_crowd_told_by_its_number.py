"""People named only by their number ('hundreds of people', 'about 50 people', 'around a hundred people') who did a
violent act themselves, with no arms told, are a crowd: mob violence (Riots), as 'a group of people' already is, not a
looting by an armed party or an attack on civilians. People counted as victims, as those who fled, as armed men, a few
people, or a peaceful crowd keep their readings."""

from __future__ import annotations

import pytest

from extracted import first_types

MOB = ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "Hundreds of people vandalised the police station after a detainee died in custody.",
    "Around a hundred people set fire to the house of the village chief.",
    "About 50 people looted shops in the market after the football match.",
    "Some 200 people stormed the police station and freed the suspects.",
    "Dozens of people destroyed the offices of the district assembly.",
])
def test_people_counted_as_a_crowd_who_acted_are_a_mob(text, extractor):
    assert first_types(text, extractor) == MOB


@pytest.mark.parametrize("text, expected", [
    # the people counted are the victims, or fled from another's act
    ("Hundreds of people were killed when gunmen attacked the village.", ("Violence against civilians", "Attack")),
    ("At least 60 people dead in an explosion inside a mosque.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("Hundreds of people fled their homes after bandits attacked the village.",
     ("Violence against civilians", "Attack")),
    # armed: no crowd
    ("About 30 people armed with guns attacked the village.", ("Violence against civilians", "Attack")),
    # a few people: anyone, as before
    ("Two people attacked a trader in the market.", ("Violence against civilians", "Attack")),
    # a peaceful crowd stays a protest
    ("Thousands of people protested in the capital against the new tax.", ("Protests", "Peaceful protest")),
])
def test_people_counted_as_victims_armed_few_or_peaceful_keep_their_reading(text, expected, extractor):
    assert first_types(text, extractor) == expected
