"""Peaceful protests met by firearms, read from the wider development sample's confusion of excessive force against
protesters with protests with intervention (wide-18), with look-alikes that must stay as they were (texts written for
these tests): a force firing straight at a crowd ('the police fired on the protesters'), or protesters hurt by live
rounds or shot where a force broke up the gathering, is excessive force against protesters as ACLED codes it (lethal
force on a gathering); tear gas, rubber bullets, warning shots into the air or batons, even with people hurt, stay an
intervention; a crowd that fought the police stays a violent demonstration.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api

EXCESSIVE = ("Protests", "Excessive force against protesters")
INTERVENTION = ("Protests", "Protest with intervention")


@pytest.mark.parametrize(
    "text",
    [
        # the force's fire straight at the crowd, no one told hit
        "On 4 March 2024, the police fired on protesters who had gathered outside the cathedral in Esteli.",
        "On 4 March 2024, soldiers opened fire on demonstrators demanding the release of a local chief in Kindu.",
        # protesters hurt by firearms where a force broke up the gathering
        "On 4 March 2024, traders protested against a new market levy in Tamale. Police broke up the protest; three "
        "protesters were injured by live rounds.",
        "On 4 March 2024, soldiers dispersed a sit-in of students outside the ministry in Bangui. Nine students were "
        "wounded, four of whom were shot.",
    ],
)
def test_protests_met_by_firearms_are_excessive_force(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == EXCESSIVE, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tear gas, rubber bullets or warning shots fired at or over the crowd: how it was broken up
        ("On 4 March 2024, police fired tear gas at protesters who marched on the governor's office in Kano.",
         INTERVENTION),
        ("On 4 March 2024, police fired rubber bullets at protesters who marched on the governor's office in Kano.",
         INTERVENTION),
        ("On 4 March 2024, soldiers fired into the air to disperse protesters who marched on the governor's office "
         "in Kano.", INTERVENTION),
        # protesters hurt by rubber bullets or batons: no firearm's harm told
        ("On 4 March 2024, traders protested against a new market levy in Tamale. Police broke up the protest; three "
         "protesters were injured by rubber bullets.", INTERVENTION),
        ("On 4 March 2024, traders protested against a new market levy in Tamale. Police broke up the protest with "
         "batons; three protesters were injured.", INTERVENTION),
        # a crowd that stoned the police before they fired: the crowd's violence makes the demonstration violent
        ("On 4 March 2024, protesters threw stones at the police in Kano, and the police fired on the protesters.",
         ("Riots", "Violent demonstration")),
    ],
)
def test_protests_met_by_less_than_firearms_stay_as_they_were(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text
