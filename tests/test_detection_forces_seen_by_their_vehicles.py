"""Armed men told by the motorcycles or pick-ups they rode, seen at a place; and an armed group described at length
before its move (fix45; texts written for these tests).

'Suspected Katiba Macina aboard six motorcycles were spotted near Dinangourou' opened no event: a movement of forces
was read only after a word for armed men (militants, fighters, armed group members ...), and a group named by its
name, or men told only by their number and their bikes, were not. Men on a count of motorcycles or pick-ups seen at a
place are read as such a movement (ACLED's change to a group's activity), and an armed group may be described in up
to ten words before it 'went back and forth'. Look-alikes stay no event: fans, riders or pilgrims on their bikes, men
seen in a video, a habit ('have often been seen'), a hypothesis; and an attack told after the sighting is the event.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

CHANGE = ("Strategic developments", "Change to group/activity")


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2024, suspected Katiba Macina aboard six motorcycles were spotted near Dinangourou.",
        "On 4 June 2024, a group of unidentified men on three pick-ups was sighted along the road to Tessit.",
        "On 4 June 2024, an armed group of nine men with rifles and machetes on four motorcycles went back and forth "
        "between the villages of Kara and Bodi.",
    ],
)
def test_men_on_a_count_of_motorcycles_seen_are_a_movement_of_forces(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == CHANGE, text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2024, fans on 40 motorbikes were seen in the streets of the capital celebrating the win.",
        "On 4 June 2024, men on two motorcycles were seen in a video circulating on social media.",
        "On 4 June 2024, riders on 200 motorcycles were spotted in the annual race near the capital.",
        "Men on motorcycles have often been seen near the village in recent years.",
        "On 4 June 2024, the minister said armed men on motorcycles could be seen near the border "
        "if the army withdrew.",
    ],
)
def test_crowds_on_bikes_videos_habits_and_hypotheses_open_no_movement(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [], text


def test_an_attack_told_after_the_sighting_is_the_event(extractor: api.Extractor) -> None:
    text = ("On 4 June 2024, suspected militants aboard five motorcycles were seen in the village. They killed two "
            "herders and stole cattle.")
    assert first_types(text, extractor) == ("Violence against civilians", "Attack")
