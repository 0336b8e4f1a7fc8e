"""People named by the community, clan or place they come from who killed people ('youth from Tamsa killed two
residents of Bora', 'members of the Kando community killed five herders') are a communal militia as ACLED codes
them, an organised armed party: their killings of civilians are attacks, not a crowd's mob violence (read from the
wider development samples' violence against civilians / riots confusions, wide-18 and wide-8000; texts written for
these tests). Look-alikes stay as they were: a crowd's justice on a suspect, people of a place who were killed,
people of a place who only told of a killing, a crowd named by no community, and a fight of two communities.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api

ATTACK = ("Violence against civilians", "Attack")
MOB = ("Riots", "Mob violence")


@pytest.mark.parametrize(
    "text",
    [
        "On 5 March 2022, youth from Tamsa killed two residents of Bora over a dispute about farming royalties.",
        "On 5 March 2022, members of the Kando community killed at least eight people from the Bulu community and "
        "burned houses in Bora.",
        "On 5 March 2022, villagers from Tamsa reportedly killed a herder near the river.",
        "On 5 March 2022, residents from Tamsa killed three herders at the well near Bora.",
    ],
)
def test_people_named_by_their_community_who_killed_are_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ATTACK, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd's justice on a suspect stays mob violence
        ("On 5 March 2022, villagers from Tamsa beat a suspected thief to death.", MOB),
        ("On 5 March 2022, an angry mob from Tamsa lynched a man accused of witchcraft.", MOB),
        # a crowd named by no community (no name written) stays as it was
        ("On 5 March 2022, residents from the neighbourhood killed a man in a fight over a football match.", MOB),
        # people of a place who were killed, or who told of a killing, are no perpetrators
        ("On 5 March 2022, residents from Tamsa were killed by gunmen on the road to Bora.", ATTACK),
        ("On 5 March 2022, residents from Tamsa said gunmen killed two men near the market.", ATTACK),
    ],
)
def test_crowd_justice_victims_and_witnesses_are_unchanged(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text
