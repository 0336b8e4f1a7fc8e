"""An abduction whose own captives were harmed is an attack, read from the wide-18 development sample's 'Attack >
Abduction/forced disappearance' confusion (texts written for these tests, each with look-alikes that must stay as they
were): the one taken found dead in the next sentence, whatever day it names, ends the same abduction (one event, coded
by the killing as ACLED does); harm done on the spot to the very people taken ('abducted, tortured and wounded a
student', 'assaulted and abducted a man', 'abducted 18 herders, beating them') makes it an attack however many were
taken.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")


# --- the one taken found dead after the abduction ----------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On 3 June, gunmen abducted a teacher near Bouca. The man was found dead two days later.",
        "On 3 June, a shopkeeper was kidnapped by militants in Kaga. His body was found the following day.",
        "On 3 June, armed men kidnapped a herder near Bouca. Two days later, the victim was found dead in the bush.",
        "On 3 June, gunmen abducted two farmers near Bouca. Their bodies were found on 6 June near the river.",
    ],
)
def test_the_one_taken_found_dead_after_an_abduction_is_one_attack(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [ATTACK], text


@pytest.mark.parametrize(
    "text",
    [
        # others killed on another day: another incident, the abduction stays one
        "On 3 June, gunmen abducted a teacher near Bouca. A day later, gunmen killed two farmers in Kaga.",
        # found alive: no killing told
        "On 3 June, gunmen abducted a teacher near Bouca. The man was found alive two days later.",
        # released, not killed
        "On 3 June, gunmen abducted a teacher near Bouca. He was released after his family paid a ransom.",
        # another incident led as such
        "On 3 June, gunmen abducted a teacher near Bouca. Separately, the body of a man was found dead in Kaga.",
    ],
)
def test_an_abduction_followed_by_no_death_of_its_captive_stays_an_abduction(
        text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ABDUCTION, text


# --- harm done on the spot to the people taken -------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On 3 June, two soldiers abducted, tortured and badly injured a young man in Tahoua.",
        "On 3 June, militants assaulted and abducted a displaced man near Tillia.",
        "On 3 June, soldiers abducted 18 herders near Bouca, torturing and wounding them.",
        "On 3 June, gunmen kidnapped a trader in Kaga and beat him.",
    ],
)
def test_harm_done_to_the_very_people_taken_makes_the_abduction_an_attack(
        text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ATTACK, text


@pytest.mark.parametrize(
    "text",
    [
        # the harm of someone else, weighed against the many taken (the report leads with the abduction)
        "On 3 June, gunmen kidnapped 13 pupils in Kaduna, wounding a guard.",
        # a ship assaulted, not the crew taken
        "On 3 June, pirates assaulted a cargo ship off Cotonou and kidnapped two crew members.",
        # no harm told
        "On 3 June, gunmen abducted a trader in Kaga; he was released after his family paid a ransom.",
    ],
)
def test_an_abduction_without_harm_to_its_captives_stays_an_abduction(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ABDUCTION, text


def test_soldiers_taken_and_beaten_in_a_fight_stay_a_battle(extractor: api.Extractor) -> None:
    # a fight told: the harm to the captured is the fight's (a battle, as before)
    text = "On 3 June, militants clashed with soldiers near Bouca, captured two soldiers and beat them."
    assert first_types(text, extractor)[0] == "Battles", text
