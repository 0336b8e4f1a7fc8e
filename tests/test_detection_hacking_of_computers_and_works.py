"""'Hacked' told of a computer's thing or of a work, not of people (texts written for these tests).

A news writer uses 'hacked' for blows with a blade ('herders hacked two farmers'), but as often for a computer broken
into ('hackers hacked the ministry's website', 'the governor's account was hacked') or a work cut down in words ('the
critic hacked the film to pieces'). Where the only act a sentence tells is such a hacking, with no blade, death or wound
told, it opens no incident: an invented attack on a news page is worse than a missed one.

Look-alikes that must stay as they were: people hacked (with or without a blade named), a hacking to death whatever
the victim's trade ('the phone seller'), people hacked near a school or on a farm, and 'on account of'.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, hackers hacked the ministry's website and leaked files.",
        "On Monday, the official Twitter account of the governor was hacked.",
        "On Monday, the critic hacked the film to pieces in his review.",
        "On Monday, the opposition hacked the budget in parliament.",
        "On Monday, a group calling itself the Cyber Army hacked the servers of the electoral commission.",
    ],
)
def test_hacking_of_a_computer_or_a_work_opens_no_incident(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, gunmen hacked a farmer to death with machetes in Kamba.",
        "On Monday, attackers hacked the phone seller to death in Kamba.",
        "On Monday, assailants hacked a teacher near the school in Kamba.",
        "On Monday, militiamen hacked three villagers and burned their houses in Kamba.",
        "On Monday, a man was hacked in his farm in Kamba by unknown attackers.",
        "On Monday, attackers hacked a man who ran a computer shop in Kamba with machetes.",
    ],
)
def test_people_hacked_stay_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Violence against civilians", "Attack"), text


def test_people_hacked_on_account_of_a_grievance_stay_an_incident(extractor: api.Extractor) -> None:
    text = "On Monday, villagers hacked the man on account of witchcraft in Kamba."
    assert typed(text, extractor), text
