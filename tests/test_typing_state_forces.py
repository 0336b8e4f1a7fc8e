"""Who acted, read from the wide development set's political-violence confusions (sitrep-rules/15), each with
look-alikes that must stay as they were (texts written for these tests): a force that shot people dead, a state's
forces named by a word of the state, the national forces the actor table knows by their own names, a second party
joined by a word of support, members named as an aside of a passive subject, goods seized beside a place burned.
"""

from __future__ import annotations

import pytest

from sitrep import api


def first_event(text: str, extractor: api.Extractor) -> tuple[str | None, str | None, str | None]:
    """(sub-event type, actor 1, actor 2) of the first event the rules find in ``text``."""
    events = api.extract(text, extractor=extractor).events
    assert events, text
    return events[0].sub_event_type, events[0].actor1, events[0].actor2


@pytest.mark.parametrize("text", ["Soldiers shot dead two traders at the market of Dalori on Monday.",
                                  "On Monday police shot dead a motorcyclist at a checkpoint in Dalori."])
def test_a_force_that_shot_people_dead_is_their_attacker(text: str, extractor: api.Extractor) -> None:
    # 'shot dead' with an object is an active verb: its 'dead' is no word of the soldiers' dying
    sub, actor1, _ = first_event(text, extractor)
    assert sub == "Attack" and actor1 in ("Military Forces", "Police Forces"), (text, actor1)


def test_soldiers_shot_dead_by_gunmen_are_still_the_harmed(extractor: api.Extractor) -> None:
    sub, actor1, actor2 = first_event("Two soldiers were shot dead by gunmen near Dalori on Monday.", extractor)
    assert (sub, actor1, actor2) == ("Armed clash", "Unidentified Armed Group", "Military Forces")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Security forces killed four militants during a raid near the town of Dalori on Monday.", "Armed clash"),
        ("On Monday government forces shot dead three farmers near Dalori.", "Attack"),
        ("Two traders were killed by security forces in Dalori on Monday.", "Attack"),
    ],
)
def test_a_state_s_forces_named_by_a_word_of_the_state_act(text: str, sub: str, extractor: api.Extractor) -> None:
    # (before: 'militants' after the verb was read as the actor, and the traders' killers went unnamed)
    found, actor1, _ = first_event(text, extractor)
    assert (found, actor1) == (sub, "Military Forces"), text


def test_rebel_forces_are_no_state_force(extractor: api.Extractor) -> None:
    sub, actor1, _ = first_event("Rebel forces attacked the village of Dalori, killing three civilians.", extractor)
    assert (sub, actor1) == ("Attack", "Unidentified Armed Group")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FAMa soldiers shot dead two herders near the village of Dalori on Monday.",
         ("Attack", "Malian Armed Forces", "Civilians")),
        ("Unidentified gunmen killed an NISS officer in Dalori on Monday.",
         ("Armed clash", "Unidentified Armed Group", "National Intelligence and Security Service")),
        # the opposition's name holds the army's acronym: the longer name is read, not the army
        ("SPLA-IO fighters attacked an SPLA base near Dalori on Monday, killing four soldiers.",
         ("Armed clash", "SPLM/A-In Opposition", "South Sudan People's Defence Forces")),
    ],
)
def test_national_forces_known_by_their_own_names(text: str, expected: tuple[str, str, str],
                                                  extractor: api.Extractor) -> None:
    assert first_event(text, extractor) == expected, text


def test_a_party_joined_by_a_word_of_support_acts_beside_the_first(extractor: api.Extractor) -> None:
    text = "On Sunday Wagner mercenaries, supported by FACA soldiers, attacked and killed four herders near Dalori."
    assert first_event(text, extractor) == ("Attack", "Wagner Group", "Civilians")


def test_a_supporting_party_never_leads_even_where_the_trigger_is_the_first_party(extractor: api.Extractor) -> None:
    # (the word of the first party is the trigger of a movement of forces, so the supporter comes after it)
    text = "Somali army troops backed by AMISOM entered the town of Dalori in Lower Shabelle on Monday."
    _, actor1, actor2 = first_event(text, extractor)
    assert (actor1, actor2) == ("Somali National Army", None)


def test_members_named_as_an_aside_of_a_passive_subject_leave_it_the_harmed(extractor: api.Extractor) -> None:
    text = ("Twelve KDF soldiers and nine civilians, including a local chief, were killed in an attack by gunmen "
            "near Dalori on Monday.")
    assert first_event(text, extractor) == ("Armed clash", "Unidentified Armed Group", "Kenya Defence Forces")


def test_goods_seized_beside_a_place_burned_take_no_ground(extractor: api.Extractor) -> None:
    text = "On Monday militants attacked the village of Dalori. Two farmers were killed, cattle seized, and the " \
           "village burned."
    sub, _, _ = first_event(text, extractor)
    assert sub == "Attack"


def test_a_headline_s_soldiers_killed_are_the_harmed(extractor: api.Extractor) -> None:
    # a participle with no object after the force word, as headlines write: the soldiers were killed, not killers
    sub, actor1, actor2 = first_event("Three soldiers killed in Dalori on Monday.", extractor)
    assert (sub, actor2) == ("Armed clash", "Military Forces") and actor1 != "Military Forces"


@pytest.mark.parametrize(
    "text",
    [
        "The leader of the UDN was abducted by armed men wearing military uniforms in Dalori on Monday.",
        "On Monday gunmen ambushed a WFP convoy returning to Dalori, leaving two people dead.",
    ],
)
def test_force_words_that_name_no_armed_side_make_no_battle(text: str, extractor: api.Extractor) -> None:
    # clothes ('military uniforms'), a convoy of aid
    sub, _, actor2 = first_event(text, extractor)
    assert sub in ("Attack", "Abduction/forced disappearance") and actor2 not in ("Military Forces",
                                                                                    "Police Forces"), text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday gunmen killed two police officers at a checkpoint in Dalori.",
        "On Monday gunmen ambushed a military convoy near Dalori, killing two soldiers.",
    ],
)
def test_forces_on_duty_or_their_convoys_are_still_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Armed clash", text


def test_a_force_named_before_an_attack_blamed_on_unnamed_men_is_the_harmed(extractor: api.Extractor) -> None:
    # 'blamed on' names the one blamed after it; with no party named there, the soldiers before it are not blamed
    text = "At least nine Malian soldiers were killed on Monday in an attack on their camp blamed on jihadists."
    sub, actor1, actor2 = first_event(text, extractor)
    assert (sub, actor2) == ("Armed clash", "Malian Armed Forces") and actor1 != "Malian Armed Forces"


@pytest.mark.parametrize("text", ["On 3 January 2024, suspected JNIM fighters attacked Dalori.",
                                  "On Monday Boko Haram raided Dalori and Kumshe."])
def test_a_named_group_attacking_a_settlement_with_no_force_named_attacks_civilians(text: str,
                                                                                   extractor: api.Extractor) -> None:
    # the place, named, is the object of the attack: its people are the ones hit, not an unnamed armed side (as a
    # village is: 'raided the village of Dalori')
    assert first_event(text, extractor)[0] == "Attack", text


@pytest.mark.parametrize("text", ["On Monday JNIM fighters attacked an army post in Dalori.",
                                  "On Monday JNIM fighters attacked FAMa positions near Dalori.",
                                  "On Monday JNIM fighters attacked Burkinabe soldiers near Dalori.",
                                  # (the force hit is named in the next sentence)
                                  "On Monday JNIM fighters attacked Dalori. Four soldiers were killed."])
def test_a_named_group_attacking_a_force_or_its_post_is_still_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Armed clash", text


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Troops have killed five militants near Dalori on Monday.", "Military Forces"),
        ("On Monday soldiers had arrested and beaten a trader in Dalori.", "Military Forces"),
    ],
)
def test_a_force_told_in_the_perfect_is_the_actor(text: str, actor1: str, extractor: api.Extractor) -> None:
    # 'have killed' is an active verb; only 'have been killed', 'have died' make the force the harmed
    assert first_event(text, extractor)[1] == actor1, text


@pytest.mark.parametrize("text", ["Two soldiers have been killed near Dalori on Monday.",
                                  "Three soldiers have died in an ambush near Dalori on Monday."])
def test_a_force_that_has_been_killed_is_still_the_harmed(text: str, extractor: api.Extractor) -> None:
    sub, actor1, actor2 = first_event(text, extractor)
    assert (sub, actor2) == ("Armed clash", "Military Forces") and actor1 != "Military Forces", text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday gunmen killed a member of a local vigilance group in Dalori.",
        "On Monday ten militants attacked a checkpost near Dalori, where they tied up the guarding officials.",
        "On Monday one villager was killed when a group of farmers was ambushed by gunmen near Dalori. The farmers "
        "managed to return gunfire.",
    ],
)
def test_armed_guards_their_posts_and_victims_who_fire_back_make_a_battle(text: str,
                                                                         extractor: api.Extractor) -> None:
    # a vigilance group is a community's armed guard; a checkpost, a force's post; returned gunfire, two armed sides
    assert first_event(text, extractor)[0] == "Armed clash", text
