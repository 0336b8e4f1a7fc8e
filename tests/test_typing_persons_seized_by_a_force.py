"""Persons seized or captured by a state force are arrested (fix28; texts written for these tests): 'two smugglers
were seized by the army' is an arrest told by another verb, as 'captured by the army' is for a rebel commander.
Goods seized stay what they were (weapons seized: a disrupted weapons use); soldiers captured by militants stay a
fight; a force's plans or denials open nothing.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

_ARREST = ("Strategic developments", "Arrests")


@pytest.mark.parametrize(
    "text",
    [
        "Two smugglers were seized by the army at the border near Gao on Monday.",
        "Two smugglers were captured by soldiers at the border near Gao on Monday.",
        "Soldiers seized two smugglers at the border near Gao on Monday.",
        "Police captured three suspected robbers in Kano on Monday.",
        "Five migrants were seized by border guards near the river on Monday.",
    ],
)
def test_persons_seized_or_captured_by_a_state_force_are_arrested(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == _ARREST, text


def test_weapons_seized_by_the_army_stay_a_disrupted_weapons_use(extractor: api.Extractor) -> None:
    text = "The weapons were seized by the army in Gao on Monday."
    assert first_types(text, extractor) == ("Strategic developments", "Disrupted weapons use"), text


def test_soldiers_captured_by_militants_stay_a_fight(extractor: api.Extractor) -> None:
    text = "Two soldiers were captured by militants near Gao on Monday."
    assert first_types(text, extractor)[0] == "Battles", text


@pytest.mark.parametrize(
    "text",
    [
        "The army said it plans to seize smugglers at the border near Gao.",
        "Police denied that officers captured two suspects in Kano on Monday.",
    ],
)
def test_a_seizure_planned_or_denied_is_no_arrest(text: str, extractor: api.Extractor) -> None:
    assert _ARREST not in typed(text, extractor), text


# fix30: one mechanism reads a state force's taking of persons ('captured' or 'seized', armed men, suspects or other
# persons: classify), the same for every state force the perpetrator rule knows, now with the navy, marines, border
# and coast guards and customs officers among them.
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers seized two suspected militants near Gao on Monday.",
        "Two smugglers were seized by the navy off the coast on Monday.",
        "Coast guards captured six pirates off the coast on Monday.",
        "Four traffickers were seized by border guards near the river on Monday.",
        "Customs officers seized two couriers at the airport on Monday.",
        "Marines captured three suspected pirates off the coast on Monday.",
    ],
)
def test_every_state_force_seizing_persons_makes_an_arrest(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == _ARREST, text


@pytest.mark.parametrize(
    "text",
    [
        "Rebel soldiers seized two men in Gao on Monday.",
        "Militia troops captured three traders near Gao on Monday.",
        "The security guards of the mine seized two men on Monday.",
    ],
)
def test_a_non_state_sides_men_seizing_persons_make_no_arrest(text: str, extractor: api.Extractor) -> None:
    assert _ARREST not in typed(text, extractor), text


def test_rebel_soldiers_are_not_the_states_forces(extractor: api.Extractor) -> None:
    events = api.extract("Rebel soldiers killed two civilians in Gao on Monday.", extractor=extractor).events
    assert events and events[0].actor1 not in ("Military Forces", "Malian Armed Forces"), events


# fix31: the persons must be what was taken, the taking verb's object or its passive's subject, not persons named
# anywhere in the event: 'police intercepted members of the gang and seized three rifles' took rifles, weapons taken
# out of use by a force with no fight (ACLED: a disrupted weapons use), and no one is said to be arrested.
@pytest.mark.parametrize(
    "text",
    [
        "Police intercepted members of the gang and seized three rifles on Monday.",
        "Soldiers intercepted two suspects and seized three rifles near Gao on Monday.",
        "Soldiers seized three rifles from members of the gang near Gao on Monday.",
    ],
)
def test_weapons_seized_beside_persons_named_are_no_arrest(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Strategic developments", "Disrupted weapons use"), text


@pytest.mark.parametrize(
    "text",
    [
        "The commander of the militia was captured by soldiers near Gao on Monday.",
        "Soldiers captured the commander of the militia near Gao on Monday.",
        "Two suspected smugglers were reportedly seized by the army near Gao on Monday.",
    ],
)
def test_persons_as_object_or_passive_subject_of_the_taking_are_arrested(text: str,
                                                                          extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == _ARREST, text
