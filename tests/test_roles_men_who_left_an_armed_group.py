"""Men told as having left the armed group named right before them ('three former Red Hill militiamen', 'two ex-RHA
militants', 'a former Kanu Front fighter') are civilians when they are the ones hit, as ACLED codes ex-combatants:
an attack, not a battle. The group's men still in it, and former fighters who act, keep their readings. Texts written
for these tests.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 6 August 2024, mercenaries tortured three former RHA militiamen who tried to leave the camp near Doko.",
        "On 6 August 2024, RHA militants killed two ex-RHA militants in a shooting in Doko.",
        "On 6 August 2024, two former Kanu Front fighters were shot dead near the market in Doko.",
    ],
)
def test_men_who_left_the_group_named_are_civilians_hit(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text
    assert extracted.first_event(text, extractor).actor2 == "Civilians", text


@pytest.mark.parametrize(
    "text",
    [
        "On 6 August 2024, soldiers killed two RHA militiamen near the market in Doko.",
        "On 6 August 2024, soldiers killed two Kanu Front fighters near the market in Doko.",
    ],
)
def test_the_groups_men_still_in_it_hit_are_a_battle(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text


def test_former_fighters_who_act_are_the_attackers(extractor: api.Extractor) -> None:
    text = "On 6 August 2024, former Kanu Front fighters attacked the village of Doko and killed two farmers."
    event = extracted.first_event(text, extractor)
    assert (event.event_type, event.actor2) == ("Violence against civilians", "Civilians"), text
