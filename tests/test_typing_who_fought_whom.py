"""Who fought whom, read from the wider development sample's attack / armed clash confusions (clash18; texts written
for these tests, each with look-alikes that must stay as they were): a party named inside its own unit before the act
('a patrol of the army and its allies killed …'), parties listed as the act's subject, and a patrol named as what the
men were doing ('a soldier on patrol shot a boy') act; they are not the target of their own attack on civilians. A
patrol attacked stays a force hit, a battle.
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
        # the party after 'a patrol of' was read as the patrol's victim, its patrol as a force hit
        "On 4 March 2024, a patrol of FAMa and Wagner forces shot dead two herders near Dioura.",
        "On 4 March 2024, a joint patrol of FAMa soldiers and Wagner mercenaries killed a shopkeeper near Dioura.",
        # the men of one party, named by where they come from, beside a second party
        "On 4 March 2024, Russian mercenaries from the Wagner Group and FACA forces beat two traders in Bouca.",
        # three parties listed as the subject, with commas
        "On 4 March 2024, FAMa soldiers, Wagner mercenaries and Dozo hunters killed a herder near Dioura.",
    ],
)
def test_a_party_s_own_unit_and_co_actors_attacking_civilians_is_an_attack(text: str,
                                                                          extractor: api.Extractor) -> None:
    sub, _, actor2 = first_event(text, extractor)
    assert (sub, actor2) == ("Attack", "Civilians"), text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, a policeman on patrol shot and wounded a teenager in the market of Kisangani.",
        "On 4 March 2024, during a night patrol, FARDC soldiers killed a fisherman near Kisangani.",
        "On 4 March 2024, FARDC soldiers carried out a patrol and shot dead a trader near Kisangani.",
    ],
)
def test_a_patrol_told_as_what_the_men_were_doing_is_no_force_hit(text: str, extractor: api.Extractor) -> None:
    sub, _, actor2 = first_event(text, extractor)
    assert (sub, actor2) == ("Attack", "Civilians"), text


@pytest.mark.parametrize(
    "text",
    [
        # a patrol attacked, after the verb or in the passive: a force hit, two armed sides
        "On 4 March 2024, JNIM militants ambushed a patrol of FAMa soldiers near Dioura, killing two.",
        "On 4 March 2024, a patrol of FARDC soldiers was ambushed by ADF rebels near Beni.",
        "On 4 March 2024, an attack on a patrol of FAMa and Wagner forces killed three soldiers near Dioura.",
        # soldiers harmed on patrol are named by their own word
        "On 4 March 2024, soldiers on patrol were attacked by gunmen near Beni.",
        "On 4 March 2024, JNIM militants attacked FAMa soldiers on patrol near Dioura.",
        # a unit and a party fighting each other: each the other's party
        "On 4 March 2024, a patrol of FARDC soldiers clashed with ADF rebels near Beni.",
    ],
)
def test_a_patrol_attacked_stays_a_battle(text: str, extractor: api.Extractor) -> None:
    sub, _, actor2 = first_event(text, extractor)
    assert sub == "Armed clash" and actor2 not in (None, "Civilians"), text


@pytest.mark.parametrize(
    "text",
    [
        # the village came first and was read as the target; the armed men the sentence names as hit are it
        "On 2 March 2021, JNIM militants attacked the village of Kargo and killed three volunteer fighters.",
        "On 2 March 2021, Boko Haram fighters attacked the village of Kargo, injuring a vigilante.",
    ],
)
def test_armed_men_hit_in_a_village_attacked_make_a_battle(text: str, extractor: api.Extractor) -> None:
    sub, _, actor2 = first_event(text, extractor)
    assert sub == "Armed clash" and actor2 != "Civilians", text


@pytest.mark.parametrize(
    "text",
    [
        # no one else named as hit, or civilians named: the village's people are the target
        "On 2 March 2021, JNIM militants attacked the village of Kargo, killing five people.",
        "On 2 March 2021, JNIM militants attacked the village of Kargo and killed three herders.",
        "On 2 March 2021, JNIM militants attacked the village of Kargo and looted shops. Two residents were hurt.",
    ],
)
def test_a_village_attacked_with_civilians_or_no_one_else_hit_stays_an_attack(text: str,
                                                                              extractor: api.Extractor) -> None:
    sub, _, actor2 = first_event(text, extractor)
    assert (sub, actor2) == ("Attack", "Civilians"), text


def test_a_gendarme_is_a_police_officer(extractor: api.Extractor) -> None:
    # the singular was missing: an armed man hit, a battle (an off-duty one stays a civilian)
    assert first_event("On 2 March 2021, a gendarme was shot dead by gunmen at a checkpoint in Kargo.",
                       extractor)[0] == "Armed clash"
    assert first_event("On 2 March 2021, an off-duty gendarme was shot dead by gunmen at his home in Kargo.",
                       extractor)[0] == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        # the force word names the owner of what was bombed, not its men hit, nor who acted
        "On 9 May 2021, in Kyun village, the local PDF bombed and destroyed the military-owned telecom tower. "
        "There were no casualties.",
        "On 9 May 2021, a telecom tower belonging to the military-owned company was bombed by unknown assailants.",
    ],
)
def test_a_force_s_property_bombed_is_a_remote_explosive(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Remote explosive/landmine/IED", text


def test_a_force_named_as_an_owner_is_not_the_actor(extractor: api.Extractor) -> None:
    _, actor1, _ = first_event("On 9 May 2021, the local PDF attacked a telecom tower operated by a Myanmar military "
                               "owned company near Kyun.", extractor)
    assert actor1 != "Myanmar military"


def test_a_force_bombing_is_still_its_act(extractor: api.Extractor) -> None:
    sub, actor1, actor2 = first_event("On 9 May 2021, the Myanmar military shelled Kyun village, killing two "
                                      "farmers.", extractor)
    assert (sub, actor1, actor2) == ("Shelling/artillery/missile attack", "Myanmar military", "Civilians")


@pytest.mark.parametrize(
    "text",
    [
        # a drone fired at from the ground is no strike from the air
        "On 3 May 2024, soldiers fired shots at a suspected drone over their base in Ndele. There were no casualties.",
        # air strikes as part of a ground operation, or aircraft fired at by the other side: the fight is the event
        "On 3 May 2024, the army launched an offensive on the rebel-held town, which included an air strike. "
        "Casualties unknown.",
        "On 3 May 2024, the air force conducted airstrikes near Seguera. Militants engaged the aircraft with gunfire. "
        "Two militants were killed.",
        "On 3 May 2024, government forces conducted a combined air and ground operation involving airstrikes "
        "against rebels near Tahoua. Five rebels were killed.",
    ],
)
def test_air_power_beside_a_ground_fight_or_shot_at_is_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Armed clash", text


@pytest.mark.parametrize(
    "text, sub",
    [
        ("On 3 May 2024, a drone fired a missile at a pickup near Ndele, killing two militants.", "Air/drone strike"),
        ("On 3 May 2024, an air strike hit a market near Seguera, killing five civilians.", "Air/drone strike"),
        ("On 3 May 2024, soldiers shot down a drone near Ndele.", "Disrupted weapons use"),
        ("On 3 May 2024, a man threw a grenade at a bar in Kisumu, injuring three customers.", "Grenade"),
    ],
)
def test_strikes_from_the_air_and_drones_downed_stay_as_they_were(text: str, sub: str,
                                                                  extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == sub, text


@pytest.mark.parametrize(
    "text",
    [
        # explosives seized, found in the passive, or people named by the device they plant: no device set off
        "On 8 June 2022, soldiers raided a militant hideout near Djibo. Two militants were killed, and explosives "
        "and rifles were seized.",
        "On 8 June 2022, an army patrol ambushed and killed two IED planters near Djibo.",
        "On 8 June 2022, police raided a bomb making facility in Orangi, killing three militants.",
        "Police clashed with suspected rebels near Ambo. Several rebels were injured. Police seized landmines and "
        "hand grenades.",
        # explosions named only as what seized explosives were for, beside an exchange of fire
        "On 8 June 2022, armed men exchanged fire with police during a chase near Sousa. Explosives were seized, "
        "which the police said were meant for bank explosions.",
    ],
)
def test_devices_taken_or_planters_killed_are_no_bombing(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Armed clash", text


@pytest.mark.parametrize(
    "text",
    [
        "On 8 June 2022, militants planted explosives on the road near Djibo; the blast killed two soldiers.",
        "On 8 June 2022, an army truck hit a landmine near Djibo, killing three soldiers.",
        "On 8 June 2022, militants detonated an IED near the market of Djibo, killing four civilians.",
        # a verb of destroying before the device, with the device its means
        "On 8 June 2022, militants destroyed a bridge by setting off explosives near Djibo.",
        # a blast with no fire told stays a device
        "On 8 June 2022, an explosion ripped through a market in Djibo, killing two traders.",
    ],
)
def test_devices_set_off_stay_remote_explosives(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Remote explosive/landmine/IED", text


@pytest.mark.parametrize(
    "text",
    [
        # a soldier or officer told unarmed or not on duty when harmed is a civilian, as ACLED codes it
        "On 15 August 2021, six Wagner mercenaries beat and seriously injured an unarmed FACA officer in Boali.",
        "On 15 August 2021, Wagner mercenaries shot and killed a military officer who was not on duty in Bouca.",
    ],
)
def test_an_unarmed_or_off_duty_soldier_harmed_is_an_attack(text: str, extractor: api.Extractor) -> None:
    sub, _, actor2 = first_event(text, extractor)
    assert (sub, actor2) == ("Attack", "Civilians"), text


def test_soldiers_attacked_on_duty_stay_a_battle(extractor: api.Extractor) -> None:
    assert first_event("On 15 August 2021, anti-balaka militiamen attacked FACA soldiers in Bouca, killing two.",
                       extractor)[0] == "Armed clash"
    assert first_event("Gunmen attacked a police station in Arish on Monday, killing two officers.",
                       extractor)[0] == "Armed clash"


@pytest.mark.parametrize(
    "text, sub",
    [
        # the people killed are listed a few words on: armed men among them make two armed sides
        ("On 2 May 2022, at least four people were killed, including two soldiers, in an attack by gunmen on Fafa.",
         "Armed clash"),
        ("On 2 May 2022, at least four people were killed, including two teachers, in an attack by gunmen on Fafa.",
         "Attack"),
        # a volunteer named by the armed trade after it is that armed man; by another trade, a civilian
        ("On 2 May 2022, a volunteer ranger was shot dead by suspected separatists near Luboyo.", "Armed clash"),
        ("On 2 May 2022, a volunteer teacher was shot dead by suspected separatists near Luboyo.", "Attack"),
    ],
)
def test_armed_men_named_among_or_as_the_people_harmed(text: str, sub: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == sub, text


@pytest.mark.parametrize(
    "text",
    [
        # a would-be bomber shot or killed before any blast: forces stopped an armed man, a battle
        "On 4 March 2016, soldiers shot and killed two suspected suicide bombers near a checkpoint in Molai.",
        "On 4 March 2016, a Boko Haram kamikaze was killed by the army in Doulo.",
        # the side shelled answered in the next clause or sentence: two armed sides
        "On 4 March 2016, militants fired rockets at army posts near Wana; the army retaliated with artillery, killing "
        "seven militants.",
        "On 4 March 2016, Indian forces shelled border villages near Sialkot. Pakistani forces responded in kind.",
    ],
)
def test_bombers_stopped_and_fire_from_afar_answered_are_battles(text: str, extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == "Armed clash", text


@pytest.mark.parametrize(
    "text, sub",
    [
        ("On 4 March 2016, a suicide bomber blew himself up at a checkpoint in Molai, killing two soldiers.",
         "Suicide bomb"),
        ("On 4 March 2016, two suicide bombers were killed when their explosives detonated near a mosque in Molai.",
         "Suicide bomb"),
        # the bomber among the dead, with no one named who stopped him: his own blast
        ("On 4 March 2016, eight civilians and one suicide bomber were killed in an attack by Boko Haram in Molai.",
         "Suicide bomb"),
        # a retaliation with no weapon told, after harm to civilians, answers nothing in this event
        ("On 4 March 2016, Indian forces shelled border villages near Sialkot, killing two farmers. The army "
         "retaliated.", "Shelling/artillery/missile attack"),
        ("On 4 March 2016, rebels shelled the town of Nasir. Residents fled to the bush.",
         "Shelling/artillery/missile attack"),
        # a reply denied is none
        ("On 13 March 2021, the army fired heavy artillery shells around a KIA base near Hpakant. The KIA didn't "
         "fire back.", "Shelling/artillery/missile attack"),
    ],
)
def test_bombings_and_shelling_with_no_reply_stay_as_they_were(text: str, sub: str,
                                                               extractor: api.Extractor) -> None:
    assert first_event(text, extractor)[0] == sub, text
