"""Who did what to whom, as a reader of a news report would take it: a named force that only tells of another's act,
a force that only looked on, a crowd that acted (not its own victim), a force told where it was before a pronoun
tells its act, and the toll of one person named by a role or a kin noun. Texts written for these tests."""

from __future__ import annotations

import pytest

from extracted import first_event

# --- a named force that speaks is neither the doer nor the one hit -----------------------------------------------

@pytest.mark.parametrize("text", [
    "The Malian army said militants killed two traders near the village on Monday.",
    "The Nigerian army said gunmen shot dead three farmers near the village on Monday.",
])
def test_a_named_force_that_tells_of_unnamed_mens_act_is_no_side(text: str, extractor) -> None:
    event = first_event(text, extractor)
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group", "Civilians")
    assert event.event_type == "Violence against civilians"


@pytest.mark.parametrize(("text", "actor1"), [
    # its own men, or no other side named between the verb and the act: the speaker's own act
    ("The Malian army said its troops killed two militants near the village on Monday.", "Malian Armed Forces"),
    ("The Malian army killed two militants near the village on Monday, it said.", "Malian Armed Forces"),
])
def test_a_named_force_telling_its_own_act_stays_the_doer(text: str, actor1: str, extractor) -> None:
    assert first_event(text, extractor).actor1 == actor1


def test_a_named_force_speaking_after_the_act_still_names_whom_it_hit(extractor) -> None:
    event = first_event("Militants killed two Malian soldiers near the village on Monday, the Malian army said.",
                        extractor)
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group", "Malian Armed Forces")


# --- a force that looked on ---------------------------------------------------------------------------------------

def test_police_who_watched_gunmen_kill_are_not_the_killers(extractor) -> None:
    event = first_event("Police officers watched as gunmen shot dead two traders in the market on Monday.",
                        extractor)
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group", "Civilians")
    assert event.killed is not None and event.killed.best == 2


def test_police_who_shot_after_watching_are_still_the_doers(extractor) -> None:
    # ('watched' with no 'as' / 'on' / 'by' / 'while' after it: no onlooker phrase)
    event = first_event("Police watched the suspects for hours and then shot dead two of them on Monday.", extractor)
    assert event.actor1 == "Police Forces"


# --- a crowd that acted is not the target -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "actor2"), [
    ("On Monday, three youths attacked a police officer in the market.", "Police Forces"),
    ("On Monday, angry residents reportedly attacked a soldier in the market.", "Military Forces"),
])
def test_a_crowd_that_attacked_a_force_leaves_the_force_as_target(text: str, actor2: str, extractor) -> None:
    event = first_event(text, extractor)
    assert event.event_type == "Riots"
    assert event.actor2 == actor2


@pytest.mark.parametrize("text", [
    "On Monday, youths burned a house in the town.",  # nobody else named: the target stays as read before
    "On Monday, villagers lynched a suspected thief in the town.",
    "On Monday, three youths were attacked by police in the market.",  # a passive: the youths were hit
])
def test_a_crowd_with_no_other_target_named_keeps_civilians(text: str, extractor) -> None:
    assert first_event(text, extractor).actor2 == "Civilians"


# --- a force told where it was, then 'they' -----------------------------------------------------------------------

def test_soldiers_on_patrol_who_then_opened_fire_are_the_doers(extractor) -> None:
    event = first_event("Soldiers were on patrol when they opened fire on villagers in the town on Monday.",
                        extractor)
    assert (event.actor1, event.actor2) == ("Military Forces", "Civilians")


@pytest.mark.parametrize(("text", "actor1"), [
    ("Soldiers were on patrol when gunmen opened fire on them in the town on Monday.", "Unidentified Armed Group"),
    ("Soldiers were killed when they were ambushed near the town on Monday.", None),
])
def test_soldiers_hit_on_patrol_or_killed_are_not_the_doers(text: str, actor1: str | None, extractor) -> None:
    assert first_event(text, extractor).actor1 == actor1


# --- the toll of one person named by a role or a kin noun ---------------------------------------------------------

@pytest.mark.parametrize(("text", "killed"), [
    ("Police shot a suspect dead in the town on Monday.", 1),
    ("Residents beat a thief to death in the market on Monday.", 1),
    ("A man killed her husband in the village on Monday.", 1),
    ("A man stabbed his wife to death in the village on Monday.", 1),
    ("Gunmen killed her two sons in the village on Monday.", 2),
])
def test_one_person_named_by_role_or_kin_is_a_toll(text: str, killed: int, extractor) -> None:
    event = first_event(text, extractor)
    assert event.killed is not None and event.killed.best == killed


@pytest.mark.parametrize("text", [
    "Gunmen shot his brother in the leg in the village on Monday.",  # wounded, not killed
    "Gunmen killed her son and two daughters in the village on Monday.",  # more than one: no toll of one
])
def test_kin_wounded_or_several_kin_is_no_toll_of_one(text: str, extractor) -> None:
    event = first_event(text, extractor)
    assert event.killed is None or event.killed.best != 1


def test_a_court_case_of_a_killed_wife_is_no_event(extractor) -> None:
    from sitrep import api

    assert not api.extract("The court said he killed his wife in 2015.", extractor=extractor).events


# --- an attack by unnamed men that a force repelled -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "actor2"), [
    ("Troops repelled an attack by militants on their base near the town on Monday.", "Military Forces"),
    ("Police foiled a raid by gunmen on a bank in the town on Monday.", "Police Forces"),
    ("Soldiers fought off an assault by bandits on the village on Monday.", "Military Forces"),
])
def test_the_attackers_of_an_attack_a_force_repelled_are_actor1(text: str, actor2: str, extractor) -> None:
    event = first_event(text, extractor)
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group", actor2)


@pytest.mark.parametrize("text", [
    "Soldiers fought militants near the town on Monday.",  # 'fought' with no 'off': the soldiers' own fight
    "Soldiers attacked a militant camp near the town on Monday.",
])
def test_a_force_that_fought_or_attacked_stays_actor1(text: str, extractor) -> None:
    assert first_event(text, extractor).actor1 == "Military Forces"
