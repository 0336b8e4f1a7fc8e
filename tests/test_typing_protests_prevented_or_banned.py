"""Protests told only as what a measure prevents or bans, read from the wider development sample's confusion of
strategic developments with protests (wide-18), with look-alikes that must stay as they were (texts written for these
tests): troops deployed 'to prevent potential protests', authorities that 'banned all gatherings and marches' held no
protest; the deployment or the ban is the event, a change to a group's activity as ACLED codes it. A protest held in
defiance of a ban, one the police stopped or prevented from going on, or a ban beside a protest told in words of its
own stays a protest.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        # a deployment ahead of protests
        "On 4 March 2024, a deployment of soldiers was reported in the streets of Bouake to head off protests and "
        "sit-ins after the election results.",
        "On 4 March 2024, the government deployed riot police around the parliament in Lome to forestall "
        "demonstrations and sit-ins by the opposition.",
        # a ban on gatherings
        "On 4 March 2024, the governor prohibited all political and religious gatherings and marches in Kolwezi "
        "until further notice.",
        "On 4 March 2024, the mayor of Tahoua banned all demonstrations in the town for a month.",
    ],
)
def test_protests_only_prevented_or_banned_are_a_change_to_activity(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Strategic developments", "Change to group/activity"), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest held in defiance of the ban: its own words tell it
        ("On 4 March 2024, dozens of students defied a ban on protests and staged a rally in front of the ministry "
         "in Bamako.", ("Protests", "Peaceful protest")),
        ("On 4 March 2024, police fired tear gas to disperse traders who marched in Kumasi despite a ban on "
         "demonstrations.", ("Protests", "Protest with intervention")),
        # a protest read from a phrase ('went on strike', 'took to the streets') is the act itself
        ("On 4 March 2024, workers went on strike in Niamey despite a ban on demonstrations.",
         ("Protests", "Peaceful protest")),
        ("On 4 March 2024, residents took to the streets of Niamey despite a ban on demonstrations.",
         ("Protests", "Peaceful protest")),
        # the police stopping a gathering under way, or one they prevented from moving on, met it
        ("On 4 March 2024, police prevented the protesters from marching to the presidential palace in Niamey.",
         ("Protests", "Protest with intervention")),
        ("On 4 March 2024, residents protested against power cuts in Tamale. Police were deployed to prevent "
         "further protests.", ("Protests", "Peaceful protest")),
    ],
)
def test_protests_held_beside_a_ban_or_a_deployment_stay_protests(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ban told after a gathering's own violence: the crowd's acts are the event
        ("On 4 March 2024, protesters burned tyres and stoned a police post in Maradi. The governor then banned all "
         "demonstrations in the town.", ("Riots", "Violent demonstration")),
        # a ban on something else: no protest words to remove, the deployment stays what it was
        ("On 4 March 2024, the government deployed soldiers in Diffa and banned the movement of motorcycles.",
         ("Strategic developments", "Change to group/activity")),
    ],
)
def test_bans_beside_other_acts_are_untouched(text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ban word used as an adjective: the gathering was held all the same
        ("On 4 March 2024, hundreds of opposition supporters held banned protests in the capital, Lusaka.",
         ("Protests", "Peaceful protest")),
        ("On 4 March 2024, opposition supporters staged a banned rally in Lusaka.", ("Protests", "Peaceful protest")),
    ],
)
def test_a_banned_gathering_held_all_the_same_is_a_protest(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


def test_a_single_gathering_guarded_against_is_none_held_and_the_harm_beside_it_is_the_event(
        extractor: api.Extractor) -> None:
    # one rally prevented (the singular), and residents beaten: the beating is the event, not a protest
    text = ("On 4 March 2024, party cadres blocked the roads into Kabwata with logs to prevent the opposition from "
            "holding a rally. They also beat up three residents.")
    assert first_types(text, extractor)[0] == "Violence against civilians"
