"""A state force and the allies the text says acted with it are one side (texts written for these tests): a party
joined by a word of support with a share of it between ('accompanied by a few soldiers'), a co-actor with its
capitalised adjective ('and Russian Wagner mercenaries'), and a force's unit that is the subject of the act ('The
convoy opened fire') act; none of them is the target, so the people they hit are. Each rule has look-alikes where the
force or its unit was hit, which stay battles.
"""

from __future__ import annotations

import pytest

from extracted import first_event, first_types
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, Wagner mercenaries accompanied by a few FAMa soldiers beat residents of Dalori and looted shops.",
        "On Monday, Wagner mercenaries escorted by some FAMa soldiers assaulted villagers in Dalori.",
    ],
)
def test_a_share_of_a_supporting_force_acts_beside_the_first(text: str, extractor: api.Extractor) -> None:
    # ('a few', 'some' between the word of support and the force): the soldiers came along, they were not hit
    assert first_types(text, extractor) == ("Violence against civilians", "Attack"), text
    assert first_event(text, extractor).actor2 == "Civilians", text


def test_a_co_actor_with_a_capitalised_adjective_is_no_target(extractor: api.Extractor) -> None:
    # 'FACA soldiers and Russian Wagner mercenaries': two parties of one subject, the adjective between them
    text = "On Monday, FACA soldiers and Russian Wagner mercenaries beat and wounded two herders near Dalori."
    event = first_event(text, extractor)
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, FAMa soldiers reached the hamlet of Dalori. The convoy opened fire, killing two women.",
        "On Monday, soldiers entered the village of Dalori. The patrol shot dead a herder and his son.",
    ],
)
def test_a_force_s_unit_that_opens_its_sentence_as_the_subject_acted(text: str, extractor: api.Extractor) -> None:
    # the convoy, the patrol: the force told again by its unit, the subject of the verb of harm right after it
    assert first_types(text, extractor) == ("Violence against civilians", "Attack"), text


def test_a_unit_told_by_a_relative_clause_before_the_verb_acted(extractor: api.Extractor) -> None:
    # 'a FAMa patrol that left Dalori on Sunday killed …': where the unit came from, then its act
    text = "On Monday, a FAMa and Wagner patrol that left Dalori on Sunday killed four herders near Boni."
    event = first_event(text, extractor)
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians")


@pytest.mark.parametrize(
    "text",
    [
        # the unit hit in its relative clause or after the verb
        "On Monday, a FAMa convoy that was travelling to Dalori was ambushed by JNIM, killing four soldiers.",
        "On Monday, JNIM militants attacked a FAMa convoy that left Dalori on Sunday, killing four soldiers.",
        # the force was hit: attacked by rebels, its unit the object, or its unit hit in the passive
        "On Monday, rebels ambushed a FAMa patrol accompanied by a few Wagner mercenaries near Dalori, killing two "
        "soldiers.",
        "On Monday, militants attacked an army convoy near Dalori. The convoy was ambushed again on Tuesday.",
        "On Monday, rebels attacked soldiers near Dalori. The patrol returned fire, killing two rebels.",
        # two sides fighting each other stay each other's party
        "On Monday, FAMa soldiers and JNIM militants clashed near Dalori, leaving four dead.",
    ],
)
def test_forces_hit_or_fighting_stay_battles(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Battles", "Armed clash"), text
