"""Explosions and remote violence against battles and attacks, read from the wider development sample's confusions
(expl18; texts written for these tests, each with look-alikes that must stay as they were). ACLED's rule: an
explosive or a remote weapon used with no ground fight is explosions / remote violence, even against soldiers; a fight
in which strikes or shells are also used stays a battle.
"""

from __future__ import annotations

import pytest

from sitrep import api


def first_sub(text: str, extractor: api.Extractor) -> str | None:
    """The sub-event type of the first event the rules find in ``text``."""
    events = api.extract(text, extractor=extractor).events
    assert events, text
    return events[0].sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        # the fight named in the first sentence, the strike in the next one
        "On 3 May 2024, four soldiers were killed in fighting with the rebels near Kibati. Several air strikes also "
        "targeted the rebel positions near the town.",
        # the fight and the strike in one sentence
        "On 3 May 2024, fighting was ongoing between the rebels and the army as artillery units shelled the hills "
        "near Kibati.",
        "On 3 May 2024, armed clashes were registered in Kibati, although police launched several drone strikes.",
        "On 3 May 2024, fighting continued between the army and the rebels in Kibati. The air force also carried out "
        "air strikes on the rebel positions.",
    ],
)
def test_a_fight_named_beside_a_strike_or_shelling_is_an_armed_clash(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # no fight told: the strike alone
        ("On 3 May 2024, an air strike hit a rebel base near Kibati, killing six fighters.", "Air/drone strike"),
        ("On 3 May 2024, the army shelled the hills near Kibati. No casualties were reported.",
         "Shelling/artillery/missile attack"),
        # people who fight on a side are who they are, no fight told
        ("On 3 May 2024, a missile hit the house of a sheikh in Kibati during a meeting with tribal leaders fighting "
         "on the government's side, killing six.", "Shelling/artillery/missile attack"),
        # a fight told as an earlier one
        ("On 3 May 2024, an air strike hit a market in Kibati, killing six, after an earlier clash between the rebels "
         "and the army.", "Air/drone strike"),
    ],
)
def test_a_strike_with_no_fight_of_its_own_stays_a_strike(text: str, sub: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub, text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("On 3 May 2024, gunmen ransacked the gold room at the mine in Tambao and stole two vehicles.",
         "Looting/property destruction"),
        ("On 3 May 2024, gunmen abducted two workers of the Tambao gold mine near Dori.",
         "Abduction/forced disappearance"),
        ("On 3 May 2024, the army fired mortars at rebel positions near Karbonit Mine.",
         "Shelling/artillery/missile attack"),
        # 'a mine' after a word of place, as 'the mine'
        ("On 3 May 2024, police opened fire on workers at a mine in Marikana, killing two.", "Attack"),
    ],
)
def test_a_mine_that_is_a_mining_site_is_no_landmine(text: str, sub: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub, text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, two soldiers were killed when their vehicle hit a mine near Dori.",
        "On 3 May 2024, a civilian stepped on a land mine near Dori and was killed.",
        "On 3 May 2024, the mine exploded under a truck near Dori, killing two soldiers.",
        "On 3 May 2024, two soldiers died in the Tambao mine explosion near Dori.",
    ],
)
def test_a_mine_that_goes_off_stays_a_landmine(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Remote explosive/landmine/IED", text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, two men on a motorbike threw a hand-made bomb at the ward office in Pyay. No one was hurt.",
        "On 3 May 2024, a bomb was thrown into the school compound in Pyay and exploded. No injuries were reported.",
        "On 3 May 2024, unknown men threw an improvised grenade into the house of a ward head. The bomb exploded and "
        "damaged the house.",
    ],
)
def test_a_bomb_thrown_by_hand_is_a_grenade(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Grenade", text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # planted or set off, not thrown
        ("On 3 May 2024, a bomb planted near the ward office in Pyay exploded. No one was hurt.",
         "Remote explosive/landmine/IED"),
        # a petrol bomb is a fire thrown, no explosive
        ("On 3 May 2024, unknown men hurled a petrol bomb at the house of a councillor in Pyay. No one was hurt.",
         "Attack"),
        # grenades thrown in an exchange of fire are the fight's
        ("On 3 May 2024, militants exchanged fire with soldiers in Jenin and threw explosive devices at them. There "
         "were no casualties.", "Armed clash"),
    ],
)
def test_a_device_not_thrown_or_thrown_in_a_fight_is_no_grenade(text: str, sub: str,
                                                                 extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub, text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("On 3 May 2024, soldiers killed nine villagers in Kourou. The attack came in response to an earlier IED "
         "attack near the town.", "Attack"),
        ("On 3 May 2024, police arrested dozens of people in Yaounde. This comes days after two IEDs exploded in the "
         "city.", "Arrests"),
        ("On 3 May 2024, a soldier wounded by an earlier bomb blast was wounded again when militants ambushed his "
         "convoy near Arish.", "Armed clash"),
    ],
)
def test_a_device_told_as_the_earlier_act_answered_does_not_type_the_event(text: str, sub: str,
                                                                           extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub, text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, two soldiers were killed after their vehicle hit an IED near Kourou.",
        "On 3 May 2024, an IED exploded near the market of Kourou, killing two people. It came a week after the "
        "army arrived in the town.",
    ],
)
def test_a_device_that_is_the_event_still_types_it(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Remote explosive/landmine/IED", text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, three militants were killed while in the process of planting an IED on the road near Delga.",
        "On 3 May 2024, two militants were killed while planting IEDs on the road between Toeni and Tougan.",
        "On 3 May 2024, an IED being planted by militants accidentally went off on the road near Delga, killing two "
        "of them.",
        "On 3 May 2024, a bomb detonated while being planted by a militant on the road near Delga. The militant was "
        "killed in the incident.",
    ],
)
def test_a_device_that_went_off_in_its_makers_hands_is_a_disrupted_weapons_use(text: str,
                                                                              extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Disrupted weapons use", text


def test_a_device_planted_that_later_went_off_stays_a_device(extractor: api.Extractor) -> None:
    text = "On 3 May 2024, an IED planted by militants on the road near Delga went off under a bus, killing two people."
    assert first_sub(text, extractor) == "Remote explosive/landmine/IED", text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, a helicopter dropped two bombs on a mining site near Bambari, killing ten people.",
        "On 3 May 2024, the army dropped a barrel bomb from a helicopter on a nomad camp near Aghalak. No one was "
        "hurt.",
        "On 3 May 2024, five militants were killed when aerial precision strikes were carried out in Orakzai.",
    ],
)
def test_bombs_dropped_from_aircraft_or_aerial_strikes_are_an_air_strike(text: str,
                                                                        extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Air/drone strike", text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # the side struck answered: two armed sides
        ("On 3 May 2024, army air raids targeted the rebels in Khartoum, while the rebels responded with "
         "anti-aircraft fire. Casualties unknown.", "Armed clash"),
        # bombs dropped by no aircraft: a device
        ("On 3 May 2024, militants dropped a bomb at the gate of the police station in Bambari. No one was hurt.",
         "Remote explosive/landmine/IED"),
    ],
)
def test_a_strike_answered_or_a_bomb_no_aircraft_dropped(text: str, sub: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub, text


@pytest.mark.parametrize(
    "text",
    [
        # a police post or a force's car bombed by a group, no aircraft, no gunfire, with or without harm
        "On 5 March 2022, in Tanbo town, the local resistance group bombed the Tanbo police station. Three police "
        "officers died.",
        "On 5 March 2022, in Tanbo town, the Tanbo guerrilla force bombed the army's gate post on the highway. "
        "Casualties unknown.",
        # a booby trap
        "On 5 March 2022, a booby-trapped motorcycle exploded and killed three soldiers near Tanbo.",
        # 'regular' as what the men were doing, not a habit
        "On 5 March 2022, two policemen were killed as their car on regular patrol drove over an IED near Tanbo.",
    ],
)
def test_a_device_set_off_at_a_force_with_no_fight_is_remote_violence(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a state's forces that bombed: from the air
        ("On 5 March 2022, the army bombed the rebel base near Tanbo. Casualties unknown.", None),
        # aircraft named beside the bombing
        ("On 5 March 2022, helicopters bombed the rebels' post near Tanbo. Casualties unknown.", "Air/drone strike"),
        # the bombing beside a gunfight stays a fight
        ("On 5 March 2022, the guerrillas bombed the police station in Tanbo and exchanged fire with the police.",
         "Armed clash"),
        # a habit told with 'regularly' stays no event
        ("Militants regularly plant IEDs on the road to Tanbo.", None),
    ],
)
def test_a_bombing_from_the_air_beside_a_fight_or_a_habit_is_not_a_device(text: str, sub: str | None,
                                                                          extractor: api.Extractor) -> None:
    events = api.extract(text, extractor=extractor).events
    if sub is None:
        assert not events or events[0].sub_event_type != "Remote explosive/landmine/IED"
    else:
        assert events and events[0].sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a trap laid on the bodies after a killing: the killing is the event
        ("On 5 March 2022, gunmen killed four villagers near Tanbo. The bodies of the victims were booby-trapped.",
         "Attack"),
        # streets booby-trapped to guard them: no device set off
        ("On 5 March 2022, members of a self-defence group set up roadblocks, booby-trapped streets and patrolled "
         "them in Tanbo.", None),
    ],
)
def test_a_booby_trap_that_did_not_go_off_types_nothing(text: str, sub: str | None, extractor: api.Extractor) -> None:
    events = api.extract(text, extractor=extractor).events
    assert (events[0].sub_event_type if events else None) == sub


@pytest.mark.parametrize(
    "text",
    [
        "On 5 March 2022, following an IED explosion against their convoy, the soldiers entered the village of Tanbo "
        "and burned ten houses.",
        "After a bomb blast on the road, the soldiers entered Tanbo and burned ten houses.",
    ],
)
def test_a_device_told_as_the_fronted_cause_does_not_type_the_event(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) != "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        # the main clause tells the device's own harm, in the passive or with 'died'
        "On 5 March 2022, following an IED explosion on the road to Tanbo, two soldiers were killed.",
        "After the bomb blast near the market of Tanbo, two soldiers died.",
    ],
)
def test_a_fronted_device_whose_harm_the_main_clause_tells_stays_the_event(text: str,
                                                                            extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # the side hit fired at no one afterwards: no ground fight, the blast stays a device
        ("On 5 March 2022, there was an explosion at the police station in Tanbo. The police fired back randomly "
         "afterwards. There were no casualties.", "Remote explosive/landmine/IED"),
        # fire aimed at the attackers, or an exchange of fire, is the fight
        ("On 5 March 2022, there was an explosion at the police station in Tanbo. The police fired back at the "
         "guerrillas.", "Armed clash"),
        ("On 5 March 2022, there was an explosion at the police station in Tanbo. The police and the guerrillas "
         "exchanged fire for an hour.", "Armed clash"),
    ],
)
def test_a_blast_beside_fire_at_no_one_is_no_fight(text: str, sub: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub


@pytest.mark.parametrize(
    "text",
    [
        # supplied, set up, found: a weapon named, none fired (expl22)
        "On 4 May 2024, the mercenaries reportedly supplied the rebels with surface-to-air missiles near Khartoum.",
        "On 4 May 2024, rebel forces deployed to Mansam and set up missile launch pads and artillery positions.",
        "On 4 May 2024, gendarmes discovered and secured a mortar shell on the outskirts of Diffa.",
        # a drone that carries no weapon
        "On 4 May 2024, about fifty soldiers with a surveillance drone deployed to the town of Tessit.",
    ],
)
def test_a_remote_weapon_handed_set_up_or_found_is_no_strike(text: str, extractor: api.Extractor) -> None:
    events = api.extract(text, extractor=extractor).events
    assert not events or events[0].event_type != "Explosions/Remote violence", text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # the same weapons used
        ("On 4 May 2024, the rebels fired surface-to-air missiles at an army helicopter near Khartoum. No one was "
         "hurt.", "Shelling/artillery/missile attack"),
        ("On 4 May 2024, an armed drone struck a rebel base near Tessit, killing six fighters.", "Air/drone strike"),
        ("On 4 May 2024, the army shelled the rebel positions with mortars near Diffa. Casualties unknown.",
         "Shelling/artillery/missile attack"),
        # a strike after a deployment, in its own clause
        ("On 4 May 2024, the army deployed to Mansam and launched drone strikes on the rebel positions. Casualties "
         "unknown.", "Air/drone strike"),
    ],
)
def test_a_remote_weapon_fired_stays_a_strike(text: str, sub: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub, text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a gun's cartridge cases left at the scene: a shooting, no shelling (expl22)
        ("On 4 May 2024, a man and his son were shot dead by gunmen on a motorbike near Pattani. The attackers fled, "
         "leaving six spent M16 shells at the scene.", "Attack"),
        ("On 4 May 2024, gunmen shot dead a village headman near Pattani. Police found empty bullet shells at the "
         "scene.", "Attack"),
    ],
)
def test_spent_cartridge_shells_are_no_shelling(text: str, sub: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub, text


def test_artillery_shells_fired_stay_shelling(extractor: api.Extractor) -> None:
    text = "On 4 May 2024, the army fired artillery shells at the village near Pattani. No one was hurt."
    assert first_sub(text, extractor) == "Shelling/artillery/missile attack", text


def test_a_strike_that_destroyed_hideouts_stays_a_strike(extractor: api.Extractor) -> None:
    text = ("On 4 May 2024, ten militants were killed and four of their hideouts destroyed when air force jets carried "
            "out air strikes near Tirah.")
    assert first_sub(text, extractor) == "Air/drone strike", text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a trap laid on a victim's body and set off later: the killing is the event (expl22)
        ("On 5 March 2022, gunmen killed two herders near Tanbo. The corpse of one victim was booby-trapped and later "
         "detonated by the volunteers.", "Attack"),
        ("On 5 March 2022, soldiers killed a boy near Tanbo. His body was booby-trapped and the trap exploded when the "
         "villagers moved it.", "Attack"),
    ],
)
def test_a_booby_trap_laid_on_a_victims_body_is_the_killings(text: str, sub: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub, text


def test_a_booby_trapped_vehicle_that_went_off_stays_a_device(extractor: api.Extractor) -> None:
    # no body named beside the trap: the device is the act, whatever it killed
    text = "On 5 March 2022, a booby-trapped car exploded near the market of Tanbo, killing four people."
    assert first_sub(text, extractor) == "Remote explosive/landmine/IED", text


def test_a_trapped_body_the_report_opens_with_is_the_device(extractor: api.Extractor) -> None:
    # no killing told before the trap: the trap that went off is the act
    text = ("On 5 March 2022, a dead body near Tanbo was booby-trapped and exploded when the soldiers moved it, "
            "killing two soldiers.")
    assert first_sub(text, extractor) == "Remote explosive/landmine/IED", text


@pytest.mark.parametrize(
    "text",
    [
        # the bomb opens an assault that the troops fought off
        "On 4 June 2024, rebels launched an assault on the army camp in Dara; the attack opened with a suicide car "
        "bomb, and the troops routed the attackers, killing 20.",
        # two forces told clashing while one sends car bombs
        "On 4 June 2024, troops and rebels clashed near Dara as the rebels sent two suicide car bombs at the convoy.",
        # a bomb, mortars and an armed assault on a base
        "On 4 June 2024, rebels attacked the army camp in Dara with mortars, suicide car bombs and an armed assault. "
        "Twelve soldiers were killed.",
        # a bomber blowing himself up in a fire fight
        "On 4 June 2024, a suicide bomber blew himself up as police and militants engaged in a fire fight in Dara.",
    ],
)
def test_a_suicide_bomb_that_opens_or_joins_a_fight_is_an_armed_clash(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


@pytest.mark.parametrize(
    "text",
    [
        # a bomber alone, at people or at a post
        "On 4 June 2024, a suicide bomber blew himself up at a market in Dara, killing 12 people.",
        "On 4 June 2024, a suicide car bomber struck an army checkpoint in Dara, killing four soldiers.",
        # a fight told as what came before, or as the cause
        "On 4 June 2024, a suicide bomber killed 12 worshippers at a mosque in Dara, a week after clashes between two "
        "clans in the town.",
        "On 4 June 2024, a suicide bomber killed 12 worshippers at a mosque in Dara in revenge for the battle of the "
        "previous day.",
        # commandos named as the unit the bomb hit, not as attackers
        "On 4 June 2024, a suicide car bomber struck a patrol of police commandos in Dara, killing three commandos "
        "and two civilians.",
    ],
)
def test_a_suicide_bomb_with_no_fight_of_its_own_stays_a_suicide_bomb(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Suicide bomb", text


@pytest.mark.parametrize(
    "text",
    [
        # an aircraft or a drone lost, no strike and no fight told
        "On 5 March 2024, an air force fighter jet crashed near the airport in Dara. The pilot and two ground crew "
        "were killed.",
        "On 5 March 2024, an army surveillance drone crashed near the village of Kofa.",
        "On 5 March 2024, a military helicopter returning from a mission crashed in the capital, killing three crew "
        "members.",
        # the toll in its own sentence, naming the crash told just before
        "On 5 March 2024, a cargo aircraft of the air force crashed at the airport of Kofa. Reports said that 40 "
        "personnel were killed in the crash.",
        # a device of a war long over
        "On 5 March 2024, a rocket, believed to be leftover from the civil war, exploded in a village near Kofa, "
        "killing a woman.",
        "On 5 March 2024, two farmers were injured by a landmine laid during the Iran-Iraq war in Kofa county.",
        "On 5 March 2024, a villager stepped on a landmine in Kofa, in an area where fighting occurred in the 1980s. "
        "He was killed.",
    ],
)
def test_an_aircraft_crash_or_a_past_wars_remnant_is_a_strategic_development(text: str,
                                                                           extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Other", text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # shot down, or hit during its own strikes: the fight's, the strike's
        ("On 5 March 2024, rebels shot down an army helicopter near Kofa; it crashed and its crew were killed.",
         "Armed clash"),
        ("On 5 March 2024, an air force jet carried out airstrikes on rebel positions near Kofa; the aircraft was hit "
         "by gunfire and crashed.", "Air/drone strike"),
        # a vehicle's crash into a device is the device's
        ("On 5 March 2024, a bus crashed into a roadside bomb near Kofa, killing six passengers.",
         "Remote explosive/landmine/IED"),
        # a device of today's fighters, or one only picked up: ACLED's explosions where the conflict goes on
        ("On 5 March 2024, a landmine planted by the rebels killed two farmers near Kofa.",
         "Remote explosive/landmine/IED"),
        ("On 5 March 2024, children picked up a grenade that exploded near Kofa, wounding three.", "Grenade"),
        # the war told of the place, not of the weapon
        ("On 5 March 2024, rebels shelled Kofa, a town they had held during the war, killing four civilians.",
         "Shelling/artillery/missile attack"),
        # a fight of today beside an old minefield
        ("On 5 March 2024, the rebels clashed with the army near Kofa, where a landmine laid during the Iran-Iraq war "
         "exploded, killing two soldiers.", "Armed clash"),
    ],
)
def test_a_crash_or_a_blast_with_an_attack_or_a_fight_told_stays_as_it_was(text: str, sub: str,
                                                                          extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub, text


@pytest.mark.parametrize(
    "text",
    [
        # a road crash is no aircraft's
        "On 5 March 2024, a bus crashed near Kofa. Three passengers were killed in the crash.",
        # a crash told before another act, whose sentence names no crash
        "On 5 March 2024, a helicopter crashed near Kofa. Later, gunmen killed three men in the market.",
    ],
)
def test_a_crash_of_no_aircraft_or_before_another_act_is_no_strategic_development(text: str,
                                                                                extractor: api.Extractor) -> None:
    events = api.extract(text, extractor=extractor).events
    assert events and all(e.sub_event_type != "Other" for e in events), text


@pytest.mark.parametrize(
    "text",
    [
        # the patrol hit by the bomb fired back and killed a bomber
        "On 6 May 2024, militants detonated a roadside bomb near Arish, killing two officers. A security patrol fired "
        "and killed one of the militants.",
        "On 6 May 2024, an IED hit an army convoy near Tamou, killing three soldiers. Several militants were "
        "neutralised by the troops.",
        "On 6 May 2024, a landmine hit an army truck near Tamou, killing four soldiers; 12 insurgents were killed in "
        "the ensuing response.",
    ],
)
def test_a_device_at_a_force_that_killed_its_attackers_in_reply_is_an_armed_clash(text: str,
                                                                                extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # the device killed its own men, or men it was set for: no fight
        ("On 6 May 2024, a militant was killed by the explosion of a booby-trap set up by the army near Tamou.",
         "Remote explosive/landmine/IED"),
        ("On 6 May 2024, an IED struck an army patrol near Tamou. Six militants were killed as their device went off "
         "early.", "Remote explosive/landmine/IED"),
        ("On 6 May 2024, two civilians and five militants were killed, and eight militants were wounded when a bomb "
         "the militants were moving went off near Tamou.", "Remote explosive/landmine/IED"),
        # a device at civilians stays a device, whoever was killed later
        ("On 6 May 2024, a roadside bomb hit a bus near Tamou, killing six passengers. Police later killed two "
         "militants in a raid.", "Remote explosive/landmine/IED"),
        # no attacker killed
        ("On 6 May 2024, a roadside bomb hit an army truck near Tamou, killing two soldiers.",
         "Remote explosive/landmine/IED"),
        # the attackers killed from the air: the strike's toll, no fight with the side they meant to hit
        ("On 6 May 2024, militants trying to plant a roadside bomb near Tamou were struck by an airstrike. Six "
         "militants were killed in the strike.", "Air/drone strike"),
    ],
)
def test_a_device_whose_attackers_died_by_it_or_at_civilians_stays_a_device(text: str, sub: str,
                                                                           extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub, text
