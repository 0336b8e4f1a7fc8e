"""Protests whose cause tells violence or a summary of attacks, and gatherings told by how they started or moved,
read from the wider development sample's protest confusions (wide-18), each with look-alikes that must stay as
they were (texts written for these tests): a riot named 'in the wake of' which people demonstrated is the protest's
cause, not the crowd's act; several attacks told as what residents protested about do not make the protest a
period's summary; protests that 'broke out' broke nothing; crowds that 'poured on to the streets' gathered, water
that poured into them did not.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PEACEFUL = ("Protests", "Peaceful protest")
VIOLENT = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the riot is what the demonstration was held after, not what the crowd did
        ("On 3 May 2024, students staged a demonstration in Gaur in the wake of Monday's riot at the prison.",
         PEACEFUL),
        # look-alikes: a crowd that rioted, and a crowd that burned tyres after its cause was told, stay violent
        ("On 3 May 2024, youths rioted in Gaur in the wake of the killing of a trader.", VIOLENT),
        ("On 3 May 2024, students protested in Gaur in the wake of a fee rise and burned tyres on the main road.",
         VIOLENT),
    ],
)
def test_a_riot_told_in_the_wake_of_which_people_protested_is_the_cause(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [expected], text


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Kagara protested a lack of security after several attacks.",
        "Residents of Kagara protested over a lack of security following several attacks by bandits.",
    ],
)
def test_several_attacks_a_protest_was_about_do_not_make_it_a_summary(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [PEACEFUL], text


def test_several_attacks_told_with_no_day_and_no_protest_stay_a_summary(extractor: api.Extractor) -> None:
    # look-alike: a period's summary of attacks, no day of its own, opens no event as before
    assert typed("Gunmen killed 12 people in several attacks across the district.", extractor) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protests have broken out at the border post in Beitbridge over new import restrictions.", [PEACEFUL]),
        # look-alikes: windows smashed after the protests broke out are the crowd's violence; a fire that broke out
        # is no protest and no event
        ("On 3 May 2024, protests broke out in Beitbridge over new import restrictions and protesters smashed the "
         "windows of the customs office.", [VIOLENT]),
        ("On 3 May 2024, a fire broke out at the market in Beitbridge.", []),
    ],
)
def test_protests_that_broke_out_broke_nothing(
        text: str, expected: list[tuple[str, str]], extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of workers poured out on to the streets of Sunyani to register their discontent with fuel prices.",
         [PEACEFUL]),
        ("On 3 May 2024, traders poured on to the streets of Tamale to denounce new market fees.", [PEACEFUL]),
        # look-alikes: water that poured or flooded into the streets gathered no one
        ("On 3 May 2024, flood water poured into the streets of Accra after heavy rains.", []),
        ("On 3 May 2024, rain water flooded into the streets of Accra.", []),
    ],
)
def test_crowds_pouring_on_to_the_streets_gather_and_water_does_not(
        text: str, expected: list[tuple[str, str]], extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == expected, text


# --- violence that is the gathering's setting, or the force's, not the crowd's -----------------------------------

INTERVENED = ("Protests", "Protest with intervention")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 May 2024, students staged demonstrations in the riot-hit areas of Gaur.", PEACEFUL),
        ("On 3 May 2024, mothers of detainees protested in Managua in the context of social unrest.", PEACEFUL),
        # look-alikes: the crowd's own fire, and a riot told as what the crowd did, stay violent
        ("On 3 May 2024, students staged demonstrations in the riot-hit areas of Gaur and set a police post ablaze.",
         VIOLENT),
        ("On 3 May 2024, youths rioted in Managua amid social unrest.", VIOLENT),
    ],
)
def test_a_riot_or_unrest_named_as_the_setting_is_no_violence_of_the_crowd(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [expected], text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, police violently dispersed a march in Cotonou.",
        "On 3 May 2024, riot police violently broke up an opposition rally in Kumasi.",
        "On 3 May 2024, protesters came under fire from police in Bigomogomo. No injuries were reported.",
        "On 3 May 2024, protesters marching in Bigomogomo came under fire from soldiers.",
    ],
)
def test_violence_of_a_force_on_a_gathering_is_an_intervention(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [INTERVENED], text


def test_a_force_that_violently_repressed_a_rally_made_it_a_protest(extractor: api.Extractor) -> None:
    text = "On 3 May 2024, military personnel violently repressed an opposition rally in Burqa, wounding three people."
    assert typed(text, extractor)[0][0] == "Protests", text


def test_a_crowd_that_violently_attacked_the_police_stays_violent(extractor: api.Extractor) -> None:
    # look-alike: 'violently' told of the crowd's own act
    assert typed("On 3 May 2024, protesters violently attacked police in Cotonou.", extractor)[:1] == [VIOLENT]


# --- work withheld told by how the strike was kept or what kind it was ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, employees of the power company observed a complete strike in Lahore.",
        "Approximately 20 suspended workers announced an open-ended strike inside the union's headquarters in Cairo.",
        "On 3 May 2024, teachers held a token strike in Karachi over unpaid salaries.",
        # (the boss's attack is what the strike is about, not the strikers' violence)
        "On 3 May 2024, 200 garment workers continued striking over poor working conditions and their boss's alleged "
        "attack on a former worker.",
    ],
)
def test_a_strike_observed_open_ended_or_continued_is_a_protest(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [PEACEFUL], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # look-alikes: a weapon's strike and a truce observed stay what they were
        ("On 3 May 2024, a drone strike on a vehicle in Marib killed three militants.",
         [("Explosions/Remote violence", "Air/drone strike")]),
        ("On 3 May 2024, the army observed a ceasefire in Kunar.", []),
    ],
)
def test_weapon_strikes_and_truces_observed_are_no_labour_strike(
        text: str, expected: list[tuple[str, str]], extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == expected, text
