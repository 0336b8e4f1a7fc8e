"""Journalists a force beat or attacked as they covered a protest, a clash or an event, read from the wider development
sample's riot and violence-against-civilians confusions (sitrep-rules/29's wide-18 sample), with look-alikes that must
stay as they were (texts written for these tests).

The force's attack on the press at its work ('police assaulted journalists who were covering the protests',
'journalists were beaten by the police while trying to film the clash') is violence against civilians as ACLED codes
it, not the riot or the protest the press was covering. The force hitting the crowd and the press together, a crowd
hitting the press, press arrested, and a court's sentence for such a beating leave the reading as it was.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api

_ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, during a march in the capital, police assaulted journalists who were covering the protest.",
        "On 3 May 2024, two reporters were beaten by the police while trying to film a clash between security "
        "personnel and demonstrators in the town.",
        "On 3 May 2024, soldiers manhandled a photographer in the market while he was covering the clash between "
        "traders and municipal guards.",
        "On 3 May 2024, riot police attacked a cameraman filming the rally outside parliament.",
    ],
)
def test_a_force_that_hits_the_press_at_its_work_attacks_civilians(text: str, extractor: api.Extractor) -> None:
    # (the press is the target, whatever gathering or riot it was covering)
    assert first_types(text, extractor) == _ATTACK, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the force hit the crowd and the press together: the gathering met by force
        ("On 3 May 2024, police attacked protesters and journalists covering the march in the capital.",
         ("Protests", "Protest with intervention")),
        ("On 3 May 2024, riot police attacked several journalists and dozens of protesters who were inside a bank.",
         ("Protests", "Protest with intervention")),
        # the crowd hit the press: the crowd's violence
        ("On 3 May 2024, protesters attacked journalists who were covering the rally in the capital.",
         ("Riots", "Violent demonstration")),
        # press arrested after police dispersed a protest: the intervention
        ("On 3 May 2024, police fired tear gas to disperse protesters in the capital; two journalists covering the "
         "protest were arrested.", ("Protests", "Protest with intervention")),
    ],
)
def test_the_crowd_and_the_press_together_or_a_crowd_hitting_the_press_read_as_before(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


def test_a_courts_sentence_for_beating_a_journalist_is_no_event(extractor: api.Extractor) -> None:
    # (a court, years after: no incident today)
    text = "A court on Monday sentenced two police officers who beat a journalist covering a protest in 2019."
    assert api.extract(text, extractor=extractor).events == []
