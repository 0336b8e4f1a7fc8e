"""Unnamed armed men on the receiving end are actor2 'Unidentified Armed Group' (texts written for these tests).

'Soldiers killed three militants' was read as a fight of two armed sides (a battle, the target military) but left
actor2 empty, though the same men as the ones who acted are actor1 'Unidentified Armed Group'. ACLED names an armed
side it cannot name that way on either side of an interaction, so the record now says who the other side was.
"""

from __future__ import annotations

import pytest

from extracted import first_event
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers killed three militants near Gao on Friday.",
        "Police shot dead two bandits on the highway near Kano on Friday.",
        "Troops killed four insurgents in a raid near Gao on Friday.",
        "Four gunmen were killed by soldiers near Gao on Friday.",
    ],
)
def test_armed_men_hit_are_an_unidentified_armed_group(text: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert event.event_type == "Battles", text
    assert event.actor2 == "Unidentified Armed Group", text


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("Militants attacked soldiers near Gao on Friday.", "Military Forces"),
        ("Gunmen killed three villagers near Gao on Friday.", "Civilians"),
    ],
)
def test_other_targets_keep_their_actor(text: str, actor2: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor).actor2 == actor2, text
