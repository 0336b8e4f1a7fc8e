"""A fight told beside shelling, an air strike or a grenade is the event, a battle as ACLED codes it (texts written
for these tests):

- 'killed in fighting on Tuesday with the rebels': 'on' before the fight's day is a date, not the side taken
  ('fighting on the government's side');
- 'attacked the post with rockets. Subsequent fighting killed six': a fight named as the strike's sequel ('subsequent',
  'ensuing') is this event's fight, though told in the next sentence;
- 'a series of firefights and shelling between the two armies': firefights, gunbattles and skirmishes name a fight as
  'clashes' does;
- 'the forces clashed with the militia; a soldier was injured by a grenade': a grenade thrown in a fight is one side's
  weapon in it, not a grenade attack.

Look-alikes keep their reading: a side taken, a strike alone, a strike told after a fight of another day, a fight only
'following' (which may be an earlier one), a grenade thrown at a shop, at a crowd, or at a house.
"""

from __future__ import annotations

import pytest

from extracted import first_types

BATTLE = ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Three soldiers were killed in fighting on Tuesday with rebels near the town. Warplanes also bombed rebel "
    "positions in the hills.",
    "Two militiamen died in fighting on 4 March with the army north of the city. Air strikes also hit the militia's "
    "bases.",
])
def test_fighting_on_a_day_beside_an_air_strike_is_a_battle(text, extractor):
    assert first_types(text, extractor) == BATTLE, text


def test_fighting_on_a_side_stays_who_they_are(extractor):
    # 'fighting on the government's side' tells who the leaders are, no fight of this event: the strike stands
    text = "Tribal leaders fighting on the government's side said warplanes bombed rebel positions near the town, " \
           "killing 12 rebels."
    assert first_types(text, extractor) == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("text", [
    "On 2 May, insurgents attacked the army post in Gamboru with rockets. Subsequent fighting left five insurgents "
    "dead.",
    "On 2 May, the army launched air strikes on rebel positions outside the town. The ensuing fighting killed two "
    "soldiers and four rebels.",
])
def test_a_fight_told_as_the_strikes_sequel_is_a_battle(text, extractor):
    assert first_types(text, extractor) == BATTLE, text


@pytest.mark.parametrize("text", [
    # a strike alone, with no fight told: remote violence
    "On 2 May, insurgents fired rockets at the army post in Gamboru. Two soldiers were wounded.",
    # a fight told only as what the strike followed: the clash was another day's
    "On 2 May, the army shelled rebel positions near the town, two days after clashes with the rebels there.",
])
def test_a_strike_with_no_fight_of_its_own_stays_remote_violence(text, extractor):
    assert first_types(text, extractor)[0] == "Explosions/Remote violence", text


@pytest.mark.parametrize("text", [
    "Four people were killed near the border in a series of firefights and shelling between the two armies.",
    "On 5 May, two soldiers were killed in gunbattles and shelling with the rebels outside the town.",
])
def test_firefights_beside_shelling_are_a_battle(text, extractor):
    assert first_types(text, extractor) == BATTLE, text


@pytest.mark.parametrize("text", [
    "On 6 May, soldiers clashed with a militia near the market. A soldier was injured by a grenade and two "
    "militiamen were killed.",
    "On 6 May, police fought a gang in the port district; one officer was wounded by a grenade during the clash.",
])
def test_a_grenade_in_a_fight_is_the_fights(text, extractor):
    assert first_types(text, extractor) == BATTLE, text


@pytest.mark.parametrize("text", [
    "On 6 May, unidentified men hurled a grenade at a shop in the market, wounding three people.",
    "On 6 May, a grenade was thrown into a crowd of worshippers outside the mosque, killing two.",
    "On 6 May, attackers threw a hand grenade at the house of a councillor; his wife was wounded.",
])
def test_a_grenade_with_no_fight_stays_a_grenade(text, extractor):
    assert first_types(text, extractor) == ("Explosions/Remote violence", "Grenade"), text
