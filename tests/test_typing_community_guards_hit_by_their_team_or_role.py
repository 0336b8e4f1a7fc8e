"""A community's armed guard named by the team, group or force it serves ('two members of a village security team',
'a member of the local defence force', 'a self-defence group member'), or a village defence volunteer told among the
harmed beside a civilian, was fought: ACLED's armed clash, as a vigilante or a soldier hit is. So is a force's man told
in a second passive with its auxiliary left out ('a trader was killed and a policeman seriously injured'). A civil
defence's rescuers, a committee of officials and an accident's toll stay as they were. Texts written for these tests.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 5 July 2024, two members of a village security team were wounded in a gun attack near Sabo.",
        "On 5 July 2024, gunmen shot dead a member of the local defence force on the road to Sabo.",
        "On 5 July 2024, gunmen killed a self-defence group member in the village of Sabo.",
        "On 5 July 2024, a village headman was killed and a village defence volunteer critically wounded in a "
        "drive-by shooting in Sabo.",
        "On 5 July 2024, a trader was killed and a policeman seriously injured when gunmen opened fire on the market "
        "in Sabo.",
        "On 5 July 2024, a civilian was killed and two soldiers wounded in an attack on the market in Sabo.",
    ],
)
def test_guards_and_forces_hit_by_their_team_or_beside_civilians_are_a_battle(
        text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize(
    "text",
    [
        # a civil defence's men are rescuers; a security committee is of officials
        "On 5 July 2024, gunmen shot dead a member of the civil defence team in Sabo.",
        "On 5 July 2024, gunmen shot dead a member of the district security committee in Sabo.",
        "On 5 July 2024, a trader was killed and a teacher seriously injured when gunmen opened fire on the market "
        "in Sabo.",
    ],
)
def test_rescuers_officials_and_civilians_hit_stay_an_attack(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


def test_a_members_meeting_of_a_security_team_opens_no_battle(extractor: api.Extractor) -> None:
    text = "On 5 July 2024, members of the village security team met the district governor in Sabo to discuss patrols."
    events = api.extract(text, extractor=extractor).events
    assert all(e.event_type != "Battles" for e in events), text
