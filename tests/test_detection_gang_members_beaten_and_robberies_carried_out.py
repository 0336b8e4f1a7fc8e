"""A crowd that beat a member of a gang ('angry youths beat a suspected member of the gang') beat a person, as 'beat a
suspected thief' does: ACLED's mob violence; and a robbery told by its noun as something done ('bandits carried out an
armed robbery', 'gunmen staged a robbery on a bus') is the act 'robbed' tells. Not the crime someone is arrested,
convicted or planning for, and not a member beaten in an election or a game. (Sentences written for these tests.)"""

from __future__ import annotations

import pytest

from extracted import first_types, typed

LOOTING = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize("text", [
    "On 12 May 2021, angry youths beat a suspected member of the gang in the town.",
    "On 12 May 2021, villagers beat two members of a gang of cattle thieves near the market.",
])
def test_a_crowd_beating_a_gang_member_is_mob_violence(text, extractor) -> None:
    assert first_types(text, extractor) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "On 12 May 2021, bandits carried out an armed robbery in the village.",
    "On 12 May 2021, gunmen staged a robbery on a bus near the town.",
])
def test_a_robbery_carried_out_is_a_looting(text, extractor) -> None:
    assert first_types(text, extractor) == LOOTING


@pytest.mark.parametrize("text", [
    "On 12 May 2021, the court convicted three men of armed robbery.",
    "The gang had planned to carry out an armed robbery at the bank, police said.",
    "The ruling party's candidate beat two members of parliament in the primary election on Saturday.",
])
def test_robbery_as_a_charge_or_a_plan_and_members_beaten_in_a_vote_open_no_event(text, extractor) -> None:
    assert typed(text, extractor) == []


def test_a_robbery_suspect_arrested_is_an_arrest(extractor) -> None:
    text = "On 12 May 2021, police arrested two men for armed robbery in the town."
    assert first_types(text, extractor) == ("Strategic developments", "Arrests")
