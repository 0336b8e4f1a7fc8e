"""Violence told as what broke out between two sides ('two traders were injured in violence that broke out between
rival youth groups'), or as the setting of the harm ('killed amid renewed violence between two villages'), and
confrontations with a force ('killed in violent confrontations with the police') tell a fight of two sides, as 'a
clash between' does: no one side's attack on the people harmed. With no armed party named, people against people or
against the police are a riot (mob violence); two communities are a communal fight. Not violence told only as the
area's history or a cycle, nor a confrontation of words."""

from __future__ import annotations

import pytest

from extracted import first_types


@pytest.mark.parametrize("text", [
    "Two traders were injured in violence that broke out between rival youth groups at the market on Sunday.",
    "Four inmates were killed in violence that erupted between prisoners and warders at the central prison on Monday.",
    "Two students were killed and ten wounded in violent confrontations with the police in the capital on Friday.",
    "Three residents were injured in violent confrontations with security personnel in the town on Monday.",
    "Five villagers were wounded amid confrontations with police officers at the market on Sunday.",
])
def test_harm_in_violence_between_crowds_or_with_the_police_is_mob_violence(text, extractor) -> None:
    assert first_types(text, extractor) == ("Riots", "Mob violence")


def test_violence_that_broke_out_between_two_communities_is_their_fight(extractor) -> None:
    text = "Violence broke out between two neighbouring clans over a disputed farm on Monday. Four people died."
    assert first_types(text, extractor)[0] == "Battles"


@pytest.mark.parametrize(("text", "expected"), [
    # the violence between them is the area's history or a cycle: the gunmen's attack, as before
    ("Gunmen killed four farmers in the village on Monday. The area has a long history of violence between farmers "
     "and herders.", ("Violence against civilians", "Attack")),
    ("Gunmen killed four farmers in the village on Monday, the latest in a cycle of violence between the two "
     "communities.", ("Violence against civilians", "Attack")),
    # the violence or the confrontation told as what came before the act: the act's own reading, as before
    ("Gunmen opened fire on residents following violence that erupted between two families, killing four.",
     ("Violence against civilians", "Attack")),
    ("Soldiers shot dead three civilians in the town on Tuesday following violent confrontations with the police.",
     ("Violence against civilians", "Attack")),
    # a force's fire on a crowd, no confrontation told: as before
    ("Police shot dead two protesters in the capital on Friday.",
     ("Protests", "Excessive force against protesters")),
    # an armed side's clash with the army: a battle, as before
    ("Rebels clashed with soldiers near the town on Monday, killing four.", ("Battles", "Armed clash")),
])
def test_look_alikes_of_violence_between_two_sides_keep_their_reading(text, expected, extractor) -> None:
    assert first_types(text, extractor) == expected


def test_a_confrontation_of_words_opens_no_event(extractor) -> None:
    from sitrep import api

    text = "The minister avoided a confrontation with the union leaders at the meeting on Monday."
    assert api.extract(text, extractor=extractor).events == []
