"""Who was hit, read from the wider development sample's confusions of attacks and battles (attack20; texts written
for these tests, each with look-alikes that must stay as they were): a beating or torture by a named side, with no
armed side named as hit and no gun or fight told, is an attack on the person beaten, not a battle with an unnamed
party; members of an armed group told as the harmed of a passive ('20 members of X were killed') are the target, not
the perpetrator, so the act on them is a battle.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


def first_event(text: str, extractor: api.Extractor) -> tuple[str | None, str | None, str | None]:
    """(sub-event type, actor 1, actor 2) of the first event the rules find in ``text``."""
    e = extracted.first_event(text, extractor)
    return e.sub_event_type, e.actor1, e.actor2


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, two police agents beat up and injured the district commissioner during a traffic dispute "
        "in Cap-Haitien.",
        "On 4 March 2024, Wagner mercenaries abducted and tortured one of their comrades in Boali.",
        "On 4 March 2024, a police guard of the provincial minister beat a forest inspector at the reserve near "
        "Kisangani.",
    ],
)
def test_a_beating_with_no_armed_side_named_as_hit_is_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        # a force beaten or tortured: ACLED's coding of these is split; the rules keep the force as the target
        "On 4 March 2024, Wagner mercenaries tortured two FACA soldiers in Bria.",
        # 'beat back' an attack is a fight, and so is a beating told beside an exchange of gunfire
        "On 4 March 2024, FARDC soldiers beat back an attack by ADF militants near Beni.",
        "On 4 March 2024, ADF militants and FARDC soldiers exchanged gunfire near Beni, and the militants beat a "
        "captured soldier.",
    ],
)
def test_a_force_beaten_or_beaten_back_stays_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Armed clash", text


def test_a_team_that_beat_another_is_no_event(extractor: api.Extractor) -> None:
    assert not api.extract("On 4 March 2024, the national team beat Cameroon 2-0 in Yaounde.",
                           extractor=extractor).events


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, no fewer than 40 members of al-Shabaab have reportedly been killed by local hunters near "
        "Afgooye.",
        "On 4 March 2024, twenty militants of al-Shabaab are killed in a joint operation near Afgooye.",
    ],
)
def test_members_of_a_group_told_as_the_harmed_of_a_passive_are_its_target(text: str,
                                                                           extractor: api.Extractor) -> None:
    sub_event_type, actor1, actor2 = first_event(text, extractor)
    assert (sub_event_type, actor2) == ("Armed clash", "al-Shabaab"), text
    assert actor1 != "al-Shabaab", text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, members of al-Shabaab killed five villagers in Bulo.",
        "On 4 March 2024, fighters loyal to al-Shabaab attacked Bulo village, killing two elders.",
    ],
)
def test_members_of_a_group_who_harmed_stay_the_actor(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor) == ("Attack", "al-Shabaab", "Civilians"), text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, ISWAP fighters attacked Kauri village near Monguno. The villagers replied with sticks and "
        "machetes and repelled the assailants.",
        "On 4 March 2024, ISWAP fighters attacked Kauri village near Monguno but were pushed back by local hunters.",
    ],
)
def test_an_attack_the_side_attacked_fought_off_is_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Armed clash", text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, ISWAP fighters attacked Kauri village and killed four farmers. The villagers did not fight "
        "back.",
        "On 4 March 2024, ISWAP fighters attacked Kauri village and killed four farmers. Residents fled to Monguno.",
        "On 4 March 2024, ISWAP fighters attacked Kauri village and killed four farmers. Soldiers were later deployed "
        "to the area.",
    ],
)
def test_an_attack_no_one_fought_off_stays_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Attack", text
