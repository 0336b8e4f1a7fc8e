"""Crowds fighting armed men, read from the wider development sample's riot and battle confusions (sitrep-rules/18's
wide-18 sample), with look-alikes that must stay as they were (texts written for these tests): villagers, locals or
residents who fight or kill fighters of a non-state armed party (jihadists, separatists, militants, bandits) are an
armed side of their own, as ACLED codes a communal militia, and the fight is a battle, not mob violence; a crowd
facing the police or the army, a mob lynching a suspect and a crowd's justice on a suspected thief stay a crowd's.
A crowd named by its strike ('striking students', 'students on strike') that harms people or fights the police is a
demonstration turned violent, not mob violence; strikers who only marched, or whom the police harmed, did no violence.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 2 March 2024, locals clashed with jihadists near Kaya, killing two.",
        "On 2 March 2024, villagers engaged in a fire fight with Ambazonian separatists in Ndian.",
        "On 2 March 2024, residents of Gusau clashed with bandits on the road to the market.",
    ],
)
def test_a_crowd_fighting_armed_fighters_is_a_battle(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Battles", "Armed clash")], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd facing the police is a riot, whatever it did
        ("On 2 March 2024, residents clashed with police in Kaya after the arrest of a trader.",
         ("Riots", "Mob violence")),
        # a mob's justice, whoever the victim
        ("On 2 March 2024, a mob lynched a suspected militant in Maiduguri.", ("Riots", "Mob violence")),
        ("On 2 March 2024, villagers beat two suspected thieves to death in Zamfara.", ("Riots", "Mob violence")),
        # a militia named in what led up to the crowd's violence is not its foe
        ("On 8 March 2024, angry locals attacked and set ablaze the bank after a member of the militia guarding it "
         "shot a customer dead.", None),
    ],
)
def test_a_crowd_facing_the_police_or_judging_a_suspect_stays_a_riot(
        text: str, expected: tuple[str, str] | None, extractor: api.Extractor) -> None:
    got = typed(text, extractor)[:1]
    if expected is None:
        assert got and got[0][0] == "Riots", text
    else:
        assert got == [expected], text


# --- a crowd named by its strike ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On 18 December 2023, striking students assaulted two teachers in Saaba.",
        "On 18 December 2023, students on strike in Goudri engaged in a fight with a teacher.",
        "On 18 December 2023, three students were injured in clashes between police and striking students in Buea.",
    ],
)
def test_a_striking_crowds_violence_is_a_violent_demonstration(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Riots", "Violent demonstration")], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # strikers who only marched, or whom the police harmed, did no violence
        ("On 18 December 2023, striking teachers marched to the ministry in Ouagadougou.",
         ("Protests", "Peaceful protest")),
        ("On 18 December 2023, striking nurses were assaulted by police at the ministry in Ouagadougou.",
         ("Protests", "Protest with intervention")),
        # a weapon's strike is no strike of workers
        ("On 18 December 2023, an air strike striking a rebel base killed ten fighters in Kidal.",
         ("Explosions/Remote violence", "Air/drone strike")),
        # students with no strike told who assault teachers are a mob
        ("On 18 December 2023, students assaulted two teachers in Saaba.", ("Riots", "Mob violence")),
    ],
)
def test_strikers_who_did_no_violence_and_a_weapons_strike_stay_as_they_were(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [expected], text


# --- members of a self-defence group or a guard --------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "On 10 December 2024, self-defense group members killed six civilians in the Ti Rouge area of Petite Riviere.",
        "On 10 December 2024, members of a self-defence brigade shot dead four residents of Kenscoff.",
    ],
)
def test_a_self_defence_groups_members_killing_civilians_attack(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Violence against civilians", "Attack")], text


def test_members_of_a_guard_fighting_soldiers_are_a_battle(extractor: api.Extractor) -> None:
    text = "On 30 November 2023, members of the National Guard clashed with the presidential battalion in Bissau."
    assert typed(text, extractor)[:1] == [("Battles", "Armed clash")], text


@pytest.mark.parametrize(
    "text",
    [
        "On 30 November 2023, members of the community beat a suspected thief to death in Bissau.",
        "On 30 November 2023, security guards and traders clashed at the market in Bissau.",
        "On 30 November 2023, members of a youth group beat a suspected thief to death in Bissau.",
    ],
)
def test_members_of_a_community_or_a_youth_group_stay_a_mob(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Riots", "Mob violence")], text
