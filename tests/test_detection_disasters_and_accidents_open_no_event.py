"""A death or an injury told as a natural disaster's or an accident's ('floods killed twelve people', 'four were killed
in a road accident', 'two herders were injured by lightning') is no one's violence: ACLED codes no disasters or
accidents, so such a sentence opens no event (an invented event on a news page is worse than a missed row). The
cause must be the harm's own subject or follow it led by 'in', 'by', 'when' ... with only fillers between; an act of
violence beside it, or a party between ('killed by gunmen during a storm'), keeps the event."""

from __future__ import annotations

import pytest

from extracted import first_types, typed


@pytest.mark.parametrize("text", [
    "Floods killed twelve people near the town on Monday.",
    "A landslide that killed five people buried three houses in the village on Tuesday.",
    "Lightning has killed three herders in the district since Saturday.",
    "Four people were killed in a road accident on the highway on Friday.",
    "Twelve people died in flash floods in the district on Monday.",
    "Two farmers were injured by lightning near the village on Sunday.",
    "A tropical storm killed six people along the coast on Wednesday.",
])
def test_harm_told_as_a_disaster_or_an_accident_opens_no_event(text, extractor) -> None:
    assert typed(text, extractor) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a party between the harm and the disaster: the party's act
    ("Five people were killed by gunmen during a storm in the village on Monday.",
     ("Violence against civilians", "Attack")),
    # an act of violence beside the disaster: read as before
    ("Gunmen attacked a bus in the district on Monday, killing four people, after floods cut the road.",
     ("Violence against civilians", "Attack")),
    ("A soldier died in an accident after a roadside bomb exploded on Monday.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    # no disaster at all: as before
    ("Militants killed three soldiers in an ambush on Monday.", ("Battles", "Armed clash")),
    ("Gunmen killed five people in the village on Monday.", ("Violence against civilians", "Attack")),
])
def test_violence_beside_a_disaster_keeps_its_event(text, expected, extractor) -> None:
    assert first_types(text, extractor) == expected


def test_a_disaster_told_after_an_attack_leaves_the_attack(extractor) -> None:
    text = "Gunmen killed four people in the village on Monday. Floods had killed twelve there last year."
    assert typed(text, extractor) == [("Violence against civilians", "Attack")]
