"""Gun fights told in a report of a gathering, read from the wider development sample's battle and riot confusions
(sitrep-rules/23's wide-18 sample), with look-alikes that must stay as they were (texts written for these tests).

Where a report of a demonstration or a riot tells fire from both sides with armed men named beside the crowd
('demonstrators including hunters exchanged gunfire with soldiers', 'protesters reinforced by hunters engaged the
police in a gun battle', 'an armed group exchanged fire with the troops while rioters threw stones'), ACLED codes the
fight a battle (armed clash), not a violent demonstration. Protesters alone exchanging fire with the forces (as ACLED
codes such a gathering: a riot), one-sided fire (the police firing on a crowd), a gun fight told only as the cause
people gathered over and a gun fight denied leave the gathering as it was.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2024, demonstrators including hunters exchanged gunfire with soldiers in Kolo; one was killed.",
        "On 4 May 2024, protesters in Mako were reinforced by hunters from nearby villages who engaged the police in a "
        "gun battle.",
        "On 4 May 2024, an armed group exchanged fire with gendarmes in Dano while rioters threw stones at them.",
    ],
)
def test_a_gun_fight_at_a_gathering_is_a_battle(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Battles", "Armed clash")], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the police's fire alone on a crowd: force met the gathering, no fight of two armed sides
        ("On 4 May 2024, police fired live rounds at protesters in Kolo, killing two of them.", "Protests"),
        # the gun fight is what the crowd gathered over, not what it did
        ("On 4 May 2024, hundreds of residents protested peacefully in Kolo against the killing of a boy in a "
         "shootout between police and robbers.", "Protests"),
        # protesters alone exchanging fire with the forces: no armed men named beside the crowd
        ("On 4 May 2024, protesters exchanged fire with security forces in Kolo during a demonstration against the "
         "government.", "Riots"),
        # a gun fight denied
        ("On 4 May 2024, protesters blocked the main road in Kolo and burned tyres. There was no exchange of fire.",
         "Riots"),
        # stones and tear gas, no guns: a riot
        ("On 4 May 2024, protesters exchanged stones with the police in Kolo; several were hurt.",
         "Riots"),
    ],
)
def test_a_gathering_with_no_gun_fight_of_its_own_stays_as_it_was(
        text: str, expected: str, extractor: api.Extractor) -> None:
    assert [event_type for event_type, _ in typed(text, extractor)[:1]] == [expected], text
