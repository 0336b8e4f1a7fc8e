"""Who was harmed and who acted, read from the wider development sample's attack / armed clash confusions
(sitrep-rules/17, the sub-type part; texts written for these tests, each with look-alikes that must stay as they
were): two parties named as guesses at one perpetrator, an armed party's own men, people named by a trade the victim
words lacked, fighters named as combatants or peacekeepers, a force's position attacked.
"""

from __future__ import annotations

import pytest

from sitrep import api


def first_event(text: str, extractor: api.Extractor) -> tuple[str | None, str | None, str | None]:
    """(sub-event type, actor 1, actor 2) of the first event the rules find in ``text``."""
    events = api.extract(text, extractor=extractor).events
    assert events, text
    return events[0].sub_event_type, events[0].actor1, events[0].actor2


@pytest.mark.parametrize(
    "text",
    [
        # a bracketed alias of the second guess was read as the actor, the first guess as its target
        "On Monday, suspected ISWAP or Boko Haram (JAS) militants shot dead two herders near Dalori.",
        # a slash joins the guesses
        "On Monday, suspected ISWAP/Boko Haram fighters killed two herders near Dalori.",
    ],
)
def test_parties_named_as_guesses_at_the_perpetrator_are_no_target(text: str, extractor: api.Extractor) -> None:
    sub, _, actor2 = first_event(text, extractor)
    assert (sub, actor2) == ("Attack", "Civilians"), text


def test_an_armed_party_fighting_a_named_other_is_still_a_battle(extractor: api.Extractor) -> None:
    # 'and' between two groups before a verb of two sides names each the other's party: no guesses
    sub, _, actor2 = first_event("ISWAP and Boko Haram fighters clashed near Dalori on Monday, killing nine.",
                                 extractor)
    assert sub == "Armed clash" and actor2 is not None


def test_an_armed_party_s_own_men_are_not_its_victims(extractor: api.Extractor) -> None:
    # 'men' right after the group's name are its fighters, not civilians it harmed
    sub, actor1, actor2 = first_event("On Monday, Boko Haram men ambushed an army patrol near Dalori, killing "
                                      "two soldiers.", extractor)
    assert (sub, actor1, actor2) == ("Armed clash", "Boko Haram", "Military Forces")


def test_men_the_party_killed_are_still_its_victims(extractor: api.Extractor) -> None:
    sub, _, actor2 = first_event("On Monday, Boko Haram fighters shot dead three men in the village of Dalori.",
                                 extractor)
    assert (sub, actor2) == ("Attack", "Civilians")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, presumed JNIM militants killed a merchant near Dalori.",
        "On Monday, suspected CODECO militants killed a gold miner near Dalori.",
        "On Monday, Wagner mercenaries beat and injured a prosecutor in Dalori.",
        "On Monday, suspected ISWAP militants executed an informant of the army near Dalori.",
        "On Monday, suspected ISWAP militants killed a marabout on his farm near Dalori.",
        "On Monday, presumed JNIM militants shot and wounded two educators in Dalori.",
        "On Monday, Ambazonian separatists killed three commercial bike riders in Dalori.",
        "On Monday, suspected ISWAP militants killed two minors near Dalori.",
    ],
)
def test_people_named_by_their_trade_are_civilian_victims(text: str, extractor: api.Extractor) -> None:
    # (before: no victim read, and a named armed group acting on nobody named is coded a battle)
    sub, _, actor2 = first_event(text, extractor)
    assert (sub, actor2) == ("Attack", "Civilians"), text


def test_minor_injuries_name_no_victim(extractor: api.Extractor) -> None:
    # 'minor' as an adjective is no person: the soldiers are the ones hurt
    sub, _, actor2 = first_event("On Monday, Boko Haram fighters attacked soldiers near Dalori; two suffered minor "
                                 "injuries.", extractor)
    assert (sub, actor2) == ("Armed clash", "Military Forces")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, two CMA combatants were killed by Wagner mercenaries near Dalori.",
        "A Bangladeshi peacekeeper was shot dead by unidentified gunmen near Dalori on Monday.",
    ],
)
def test_combatants_and_peacekeepers_harmed_make_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Armed clash", text


@pytest.mark.parametrize(
    "text",
    [
        # a force's position named by its holder's capitalised acronym was read as a named place's people
        "On Monday, Wagner mercenaries attacked a CMA position near Dalori. Two were wounded.",
        # a volunteer fighter's camp is an armed auxiliary's place
        "On Monday, presumed JNIM militants attacked a volunteer fighter camp in the village of Dalori, killing two.",
    ],
)
def test_a_force_s_position_or_camp_attacked_is_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Armed clash", text


def test_a_named_village_attacked_is_still_an_attack_on_its_people(extractor: api.Extractor) -> None:
    sub, _, actor2 = first_event("On Monday, presumed JNIM militants attacked the village of Dalori, killing two "
                                 "residents.", extractor)
    assert (sub, actor2) == ("Attack", "Civilians")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a headline's present tense, the subject plural or singular
        ("Soldiers liberate Dalori from Boko Haram after heavy fighting, killing ten militants.",
         "Government regains territory"),
        ("The army reclaims Dalori after battling the rebels for two days.", "Government regains territory"),
        ("Boko Haram seizes Dalori after a battle with soldiers; several were killed.",
         "Non-state actor overtakes territory"),
    ],
)
def test_ground_taken_told_in_the_present_changes_hands(text: str, sub: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == sub, text


def test_ground_only_aimed_at_is_no_taking(extractor: api.Extractor) -> None:
    # 'to capture' tells the offensive's aim: the fight is the event
    text = "On Monday, soldiers clashed with Boko Haram in an offensive to capture Dalori, killing ten militants."
    assert first_event(text, extractor)[0] == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a group of people attacked the office of a radio station in Dalori, injuring two.",
        "On Monday, a number of people beat a pastor to death in Dalori.",
        "On Monday, a group of people stabbed a tax collector in the market of Dalori.",
    ],
)
def test_people_named_only_as_a_group_are_a_crowd(text: str, extractor: api.Extractor) -> None:
    # (before: an unnamed party attacking a civilian, coded an attack by armed men)
    assert first_event(text, extractor)[0] == "Mob violence", text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # arms told: an armed party, not a crowd
        ("On Monday, a group of armed individuals shot dead two traders in Dalori.", "Attack"),
        # the group on the receiving end
        ("On Monday, gunmen opened fire on a group of people at a bus stop in Dalori, killing two.", "Attack"),
        # a road held and a demand made: a demonstration turned violent
        ("On Monday, a group of people demanding water blocked the road at Dalori and clashed with the police.",
         "Violent demonstration"),
    ],
)
def test_a_group_armed_harmed_or_demonstrating_is_no_mob(text: str, sub: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == sub, text


def test_armed_men_exchanging_fire_beside_rioters_make_a_battle(extractor: api.Extractor) -> None:
    text = ("On Monday, soldiers raided the camp of Dalori and clashed with militants and rioters. The militants "
            "exchanged fire with the soldiers, while rioters threw stones.")
    assert first_event(text, extractor)[0] == "Armed clash"


def test_rioters_facing_the_police_with_stones_stay_a_riot(extractor: api.Extractor) -> None:
    # no armed men and no gunfire exchanged: the crowd's violence is the event
    text = ("On Monday, rioters threw stones at the police in Dalori after the arrest of a trader; police fired tear "
            "gas.")
    assert first_event(text, extractor)[0] in ("Violent demonstration", "Mob violence")
