"""A state force that tells of another side's act is the report's speaker, not who acted (texts written for these
tests).

News reports open with their source as often as they end with it: 'Police said gunmen killed two traders', 'An army
spokesman said militants attacked a village'. The force named before its speech verb tells of the act; the gunmen
or militants named after the verb did it. Coding the police as actor1 there makes them the killers of the traders.
Where no other side is named after the verb ('police said they killed two robbers'), or the men are the speaker's
own ('the army said its troops killed ten militants'), the force stays the one who acted.
"""

from __future__ import annotations

import pytest

from extracted import first_event
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "Police said gunmen killed two traders at a market near Kano on Sunday.",
        "Police said that gunmen shot dead a shopkeeper in Kano on Sunday.",
        "A police spokesman said gunmen killed two traders near Kano on Sunday.",
        "The army said militants killed three farmers near the village on Sunday.",
        "Security forces said militants stormed a village near Gao on Sunday, killing five civilians.",
        "Army spokesman Colonel Ali Musa said insurgents attacked a village near Gao, killing five.",
    ],
)
def test_the_force_that_tells_of_the_act_is_not_its_perpetrator(text: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert event.actor1 == "Unidentified Armed Group", text
    assert event.event_type == "Violence against civilians", text


def test_a_force_that_tells_of_an_attack_on_its_own_post_is_the_side_hit(extractor: api.Extractor) -> None:
    event = first_event("Soldiers said gunmen attacked their checkpoint near Gao on Sunday.", extractor)
    assert event.actor1 == "Unidentified Armed Group"
    assert (event.event_type, event.actor2) == ("Battles", "Military Forces")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # the speaker's own act: no other side named after the speech verb (the force resolved by the country)
        ("Police said they killed two armed robbers in a shootout in Kano on Sunday.", "Nigeria Police Force"),
        # its own men
        ("The army said its troops killed ten militants near Gao on Sunday.", "Malian Armed Forces"),
        # the source told at the end, as before
        ("Gunmen killed two traders at a market near Kano on Sunday, police said.", "Unidentified Armed Group"),
        # a force that acts, with no speech verb
        ("Police shot dead two armed robbers in Kano on Sunday.", "Nigeria Police Force"),
    ],
)
def test_look_alikes_keep_their_perpetrator(text: str, actor1: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor).actor1 == actor1, text
