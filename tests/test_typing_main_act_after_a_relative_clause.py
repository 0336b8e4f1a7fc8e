"""The main clause's act, not a relative clause's, is the event (fix30; texts written for these tests).

'Bandits who had robbed five farmers were shot dead by soldiers' tells one act: soldiers shot the bandits. The
relative clause ('who had robbed five farmers') only says who the bandits were; its verb and its object ('five
farmers') are neither the act nor its toll. A state force against armed men is a battle (ACLED: an armed clash).
A relative clause with no main act after it keeps its own reading, and a relative clause's toll of the act itself
('the bomb, which killed five people, exploded') still counts.
"""

from __future__ import annotations

import pytest

from extracted import first_event, first_types
from sitrep import api

CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text",
    [
        "Bandits who had robbed five farmers were shot dead by soldiers near Gusau.",
        "Bandits, who had robbed five farmers, were shot dead by soldiers near Gusau.",
        "Militants who had attacked a village were killed by soldiers near Gao.",
        "Kidnappers, who had abducted three traders, were killed by police near Kaduna.",
    ],
)
def test_armed_men_named_by_a_relative_clause_then_killed_by_a_force_is_a_clash(
        text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == CLASH, text


def test_the_relative_clauses_object_is_no_toll(extractor: api.Extractor) -> None:
    event = first_event("Bandits who had robbed five farmers were shot dead by soldiers near Gusau.", extractor)
    assert event.killed is None or event.killed.best != 5


@pytest.mark.parametrize(
    ("text", "expected", "killed"),
    [
        # no main clause's act after the relative clause: its own act stays the reading (a robbery: goods taken)
        ("Gunmen who had robbed five farmers fled.", ("Strategic developments", "Looting/property destruction"),
         None),
        # the relative clause on the actor's side: the main act is already the first
        ("Soldiers who were deployed last week killed two bandits near Gusau.", CLASH, 2),
        # civilians named by a relative clause, then killed: still an attack on them, and counted
        ("Two farmers who had gone to their fields were shot dead by bandits near Gusau.",
         ("Violence against civilians", "Attack"), 2),
        # a relative clause telling the act's own toll keeps it
        ("The bomb, which killed five people, exploded in the market of Gao.",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"), 5),
        # an arrest as the main act
        ("Gunmen who had robbed five farmers were arrested by police near Gusau.",
         ("Strategic developments", "Arrests"), None),
    ],
)
def test_look_alikes_keep_their_reading(text: str, expected: tuple[str, str], killed: int | None,
                                        extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert (event.event_type, event.sub_event_type) == expected, text
    assert (event.killed.best if event.killed else None) == killed, text


def test_a_relative_clause_after_the_act_keeps_its_count(extractor: api.Extractor) -> None:
    # (no main verb follows the clause: the hostage it tells is the act's own)
    event = first_event("Two traders were shot dead at their shop by gunmen, who held one of their sons hostage.",
                        extractor)
    assert event.killed is not None and event.killed.best == 2
    assert event.captured is not None and event.captured.best == 1
