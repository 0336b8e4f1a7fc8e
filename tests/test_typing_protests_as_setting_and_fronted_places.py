"""Protests told only as the setting of harm done to people, and a crowd's violence told after a fronted place, read
from the wider development sample's protest, riot and attack confusions (wide-18), each with look-alikes that must
stay as they were (texts written for these tests): someone harmed for taking part in protests, journalists hurt
covering one, people attacked on their way to one, or harm that a protest followed, is an attack, not a protest; a
protest over harm told first stays a protest; 'In Nekemt, protesters clashed with police' after a day's protests
makes the protest violent; a crowd vandalising is violent.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

# --- a protest told only as the setting of harm done to people -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the victim's part in protests, or protesting, is why they were harmed
        "On 3 May 2024, a farmer was killed by a group of herders after protesting against the destruction of his "
        "field in Kaya.",
        "On 3 May 2024, a student who took part in the 2018 protests was beaten by unknown men in Managua.",
        "On 3 May 2024, a teacher was abducted in Leon because of his support for the opposition marches.",
        # (the protests' demand is theirs too, no demand of this event's)
        "On 3 May 2024, two women who were arrested for participating in protests against the government in 2018 "
        "were beaten in their cells by guards in Managua.",
        # journalists covering a protest, people on their way to one
        "On 3 May 2024, two journalists were beaten by police officers while they were covering a protest in Kindu.",
        "On 3 May 2024, four villagers were killed by gunmen while on their way to a protest in Jos.",
        # a protest that the harm led to, or that followed it
        "On 3 May 2024, gunmen abducted a musician in Polaku. The abduction led to a protest by residents.",
        "On 3 May 2024, gunmen killed three people in Azagba. Following the attack, residents staged a protest "
        "against insecurity.",
    ],
)
def test_harm_whose_protest_is_only_its_setting_is_an_attack(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[0][0] == "Violence against civilians", text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest over a killing told first is the protest's
        ("On 3 May 2024, residents protested against the killing of a trader by police in Kumasi.",
         ("Protests", "Peaceful protest")),
        # protesters harmed at the protest: how the protest was met
        ("On 3 May 2024, police fired tear gas at students who protested in Kumasi, injuring three.",
         ("Protests", "Protest with intervention")),
        ("On 3 May 2024, police shot dead two protesters during a march in Kumasi.",
         ("Protests", "Excessive force against protesters")),
        ("On 3 May 2024, students marched in Kumasi. Police beat and arrested several of them.",
         ("Protests", "Protest with intervention")),
        # a protest after an attack that the report tells first is the protest's where it is not over the attack
        ("On 3 May 2024, traders protested against market fees in Kumasi. Later, two traders were beaten by thugs.",
         ("Protests", "Peaceful protest")),
    ],
)
def test_protests_where_people_were_harmed_stay_protests(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [expected], text


def test_a_protest_planned_with_no_harm_told_is_no_attack(extractor: api.Extractor) -> None:
    text = "On 3 May 2024, students marched in Kumasi after a protest was planned by the union."
    assert "Violence against civilians" not in [t for t, _ in typed(text, extractor)], text


# --- a crowd's violence told after a fronted place -----------------------------------------------------------

GRAND_PROTEST = "On 3 May 2024, people protested in Nekemt as part of a wider protest against the government."


@pytest.mark.parametrize(
    "sequel",
    [
        "In Nekemt, protesters clashed with police.",
        "In Nekemt, the demonstrators burnt tyres on the main road.",
    ],
)
def test_a_crowds_violence_after_a_fronted_place_makes_the_protest_violent(
        sequel: str, extractor: api.Extractor) -> None:
    text = f"{GRAND_PROTEST} {sequel}"
    assert typed(text, extractor)[:1] == [("Riots", "Violent demonstration")], text


@pytest.mark.parametrize(
    "sequel",
    [
        "In Nekemt, protesters marched to the town hall.",
        "In Nekemt, police burnt the banners of the marchers.",
    ],
)
def test_a_fronted_place_with_no_crowds_violence_leaves_the_protest_peaceful(
        sequel: str, extractor: api.Extractor) -> None:
    text = f"{GRAND_PROTEST} {sequel}"
    assert typed(text, extractor)[:1][0][0] == "Protests", text


# --- a crowd vandalising ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, students protested against fees in Bo. Police fired tear gas after some of the protesters "
        "started to vandalise properties.",
        "On 3 May 2024, students protested against fees in Bo. The students then began vandalizing the district "
        "office.",
    ],
)
def test_a_crowd_vandalising_makes_the_protest_violent(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Riots", "Violent demonstration")], text


def test_vandalising_only_planned_leaves_the_protest_peaceful(extractor: api.Extractor) -> None:
    text = "On 3 May 2024, students protested against fees in Bo. They had planned to vandalise the office."
    assert typed(text, extractor)[:1] == [("Protests", "Peaceful protest")], text


# --- a strike told by who is on it or who joined it -------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, nurses joined the doctors' strike in Rusape.",
        "Judges on strike over working conditions in Harare.",
        "On 3 May 2024, customs agents entered on strike in Gabes.",
        "On 3 May 2024, non-teaching staff at the university began a sit down strike in Kampala.",
    ],
)
def test_a_strike_joined_or_told_by_its_strikers_is_a_protest(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Protests", "Peaceful protest")], text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, a drone strike on rebel positions killed four fighters near Idlib.",
        "On 3 May 2024, militants joined the assault and a drone strike killed four fighters near Idlib.",
    ],
)
def test_a_weapons_strike_stays_a_strike_of_weapons(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Explosions/Remote violence", "Air/drone strike")], text


def test_a_strike_joined_on_a_day_is_a_protest_one_on_positions_is_not(extractor: api.Extractor) -> None:
    assert typed("On 3 May 2024, nurses joined the doctors' strike on Monday in Mutare.", extractor)[:1] == [
        ("Protests", "Peaceful protest")]
    text = "On 3 May 2024, the air force joined the strike on rebel positions near Idlib."
    assert all(event_type != "Protests" for event_type, _ in typed(text, extractor)), text
