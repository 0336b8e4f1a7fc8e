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


# fix31: the main clause's verb may be active too ('bandits who robbed five farmers killed two soldiers'): the
# relative clause still only tells who the subject was, so its object ('five farmers') is neither the act's toll nor
# its target; the main verb's own object is. A relative clause whose own verb is a killing or a wounding tells the
# act's own victims ('the bomb, which killed five people, also wounded ten'), who stay counted.
@pytest.mark.parametrize(
    "text",
    [
        "Bandits who robbed five farmers killed two soldiers near Gusau on Monday.",
        "Bandits, who robbed five farmers, killed two soldiers near Gusau on Monday.",
        "Gunmen who had abducted three traders shot dead two policemen near Kaduna.",
    ],
)
def test_an_active_main_verb_after_a_relative_clause_is_the_act(text: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert (event.event_type, event.sub_event_type) == CLASH, text
    assert event.killed is not None and event.killed.best == 2, text
    assert event.target_category in ("military", "police"), text


@pytest.mark.parametrize(
    "text",
    [
        "Bandits who robbed five farmers killed two villagers near Gusau on Monday.",
        # the act's object names the relative clause's persons back: they stay its target
        "Militants who abducted five farmers killed two of them near Gao on Monday.",
    ],
)
def test_civilians_killed_after_a_relative_clause_are_counted_once(text: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack"), text
    assert event.killed is not None and event.killed.best == 2, text
    assert event.actor2 == "Civilians", text


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # the relative clause's own verb kills: its dead are the act's
        ("The bomb, which killed five people, also wounded ten.", 5, 10),
        ("The gunmen, who killed five people, also wounded ten others in Gao.", 5, 10),
        # no relative clause: a plain toll
        ("Bandits killed two soldiers and wounded five farmers near Gusau.", 2, 5),
    ],
)
def test_a_relative_clause_that_kills_keeps_its_dead(text: str, killed: int, wounded: int,
                                                     extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert event.killed is not None and event.killed.best == killed, text
    assert event.wounded is not None and event.wounded.best == wounded, text


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause on the act's object, after the verb: nothing to reread
        "Bandits killed two farmers who had gone to their fields near Gusau.",
        # a relative clause whose verb is no act of violence, then no main verb of violence: the killing told later
        "The minister, who visited five villages on Monday, condemned the killing of two farmers.",
    ],
)
def test_relative_clauses_elsewhere_keep_their_reading(text: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack"), text
    assert event.killed is not None and event.killed.best == 2, text
