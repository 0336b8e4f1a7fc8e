"""Two strategic-development confusions (texts written for these tests).

* Shots fired into the air during a raid, with no one hurt, nothing taken or burned and no one held: a show of force
  (ACLED's strategic development 'Other'), as the same fire with no raid told already was, not an armed clash.
* Shots fired into the air hit no one: their 'shot' is no harm to people that makes a looting told beside them an
  attack ('stormed the market, shot bullets into the air and looted the stalls').
* Soldiers or police ambushed whose weapons or vehicles were then taken or burned: an armed party's assault on a
  force, a battle as ACLED codes it, the goods its spoils, not a looting.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers fired live rounds into the air during a raid on the Kalma neighbourhood. No one was hurt.",
        "Border police fired warning shots during a night raid in the village of Ambo.",
    ],
)
def test_fire_into_the_air_during_a_raid_is_a_show_of_force(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Strategic developments", "Other")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The raid looted: the goods' loss is the event.
        ("During a raid on the market, soldiers fired in the air and looted shops.",
         ("Strategic developments", "Looting/property destruction")),
        # The raid hurt people: an attack on them.
        ("Troops fired in the air during a raid on the town and wounded two residents.",
         ("Violence against civilians", "Attack")),
    ],
)
def test_a_raid_that_looted_or_hurt_people_is_not_a_show_of_force(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers stormed the cattle market, shot bullets into the air and looted goods from the traders. No one was "
         "hurt.", ("Strategic developments", "Looting/property destruction")),
        # A man shot outside the fire into the air: an attack on him.
        ("Soldiers stormed the cattle market, shot bullets into the air and then shot a trader in the leg.",
         ("Violence against civilians", "Attack")),
    ],
)
def test_shots_into_the_air_harm_no_one_beside_a_looting(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed an army patrol near Tessit. Casualties unknown. The attackers stole the soldiers' rifles and "
        "burned two motorbikes.",
        "Militants ambushed police officers on the road to Dori and carted away their weapons and a pickup truck.",
        # (no goods taken: the ambush was a battle already)
        "Militants ambushed a military convoy near Kidal, killing three soldiers.",
    ],
)
def test_forces_ambushed_and_stripped_of_goods_fought_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text",
    [
        # Civilians ambushed and robbed: their goods' loss, no force fought.
        "Bandits ambushed a passenger bus on the highway and robbed the travellers of their money and phones.",
        "Gunmen ambushed a convoy of traders near the market and stole their goods.",
        # A force's post raided where no fight was had: the property's loss (no ambush).
        "Gunmen attacked the police post at night and set it on fire. No exchange of gunfire was reported.",
    ],
)
def test_civilians_ambushed_for_goods_or_a_post_burned_without_a_fight_stay_lootings(
        text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Strategic developments", "Looting/property destruction")
