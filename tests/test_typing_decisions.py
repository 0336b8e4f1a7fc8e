"""The decisions behind ACLED's event type and sub-type, each told in several phrasings (texts written for these
tests): what became of an abducted person, whether a crowd was demonstrating or doing justice of its own, whether a
bomb went off at its target or in its makers' hands.
"""

from __future__ import annotations

import pytest

from extracted import first_sub
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnapped a village chief near Wajir and killed him two days later.",
        "A trader abducted from his shop in Mandera was found dead on the outskirts of the town.",
        "Bandits abducted and murdered a schoolteacher on the road to Moyale.",
        "The body of a businessman kidnapped last week was recovered from a river in Kisii.",
    ],
)
def test_an_abduction_that_ends_in_a_killing_is_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnapped a village chief near Wajir on Monday.",
        "Three aid workers were abducted by armed men on the road to Mandera.",
        # A mass abduction (dozens taken), or one the report leads with, beside one killing is told by the abduction.
        "Gunmen stormed a boarding school near Kaduna, killing a guard and kidnapping dozens of pupils.",
        "Bandits kidnapped thirty travellers and killed a driver on the highway near Zaria.",
    ],
)
def test_an_abduction_alone_stays_an_abduction(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Abduction/forced disappearance", text


@pytest.mark.parametrize(
    "text",
    [
        "Rioters dragged a suspected thief from a shop in Nakuru and a mob lynched him.",
        "A mob of rioters set upon two men accused of stealing a goat in Kakamega.",
    ],
)
def test_a_mobs_justice_among_rioters_is_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Mob violence", text


def test_rival_supporters_fighting_in_a_riot_are_a_mob(extractor: api.Extractor) -> None:
    text = "Supporters of two rival candidates clashed in Kisumu on Saturday, sparking a riot in the market."
    assert first_sub(text, extractor) == "Mob violence"


@pytest.mark.parametrize(
    "text",
    [
        "Police found a bomb under a bridge in Garissa and destroyed it in a controlled explosion.",
        "Two militants were killed when the bomb they were planting on the road went off near Mandera.",
        "A roadside bomb detonated prematurely near Lamu, killing the man who was laying it.",
        "A suspected bomb maker died while assembling an explosive device at his house in Mombasa.",
        "Police discover and dismantle an explosive device outside a school in Wajir.",
    ],
)
def test_a_device_disposed_of_or_set_off_by_its_makers_is_disrupted(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Disrupted weapons use", text


def test_a_bomb_that_went_off_at_its_target_stays_an_explosion(extractor: api.Extractor) -> None:
    text = "A roadside bomb exploded under a police vehicle near Mandera, killing two officers."
    assert first_sub(text, extractor) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Kisii beat a suspected thief to death at the market on Sunday.",
        "An alleged witch was burned to death by villagers in Kilifi.",
        "Two suspected robbers were stoned by angry locals in Kayole.",
    ],
)
def test_a_crowds_justice_on_a_suspect_is_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Mob violence", text


def test_a_suspect_shot_by_gunmen_is_no_crowds_justice(extractor: api.Extractor) -> None:
    text = "Gunmen shot dead a suspected thief outside a bar in Eldoret."
    assert first_sub(text, extractor) != "Mob violence"


@pytest.mark.parametrize(
    "text",
    [
        "Members of al-Shabaab killed a herder near Mandera for refusing to pay a tax.",
        "A group of armed youths attacked a farmer near Molo and killed him.",
    ],
)
def test_members_of_an_armed_group_are_no_crowd(extractor: api.Extractor, text: str) -> None:
    assert first_sub(text, extractor) == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        "Traders protested in Eldoret over new market fees until police intervene to stop the march.",
        "Teachers marched to the ministry in Nairobi, where police confiscated their placards.",
        "Nurses protested outside the hospital in Kisumu, leading to a standoff with police.",
    ],
)
def test_police_meeting_a_gathering_in_other_words_is_an_intervention(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Protest with intervention", text


def test_a_demand_that_police_act_is_no_intervention(extractor: api.Extractor) -> None:
    text = "Residents protested in Voi, calling on the police to arrest the killers of a local trader."
    assert first_sub(text, extractor) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Residents protested in Nyeri, burning tyres on the highway.",
        "Students demonstrated in Kisumu against the new fees and the protest turned violent.",
        "A march against fuel prices in Mombasa escalated into running battles.",
    ],
)
def test_a_gatherings_own_damage_makes_it_violent(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Violent demonstration", text


@pytest.mark.parametrize(
    "text",
    [
        "Protesters burned an effigy of the governor outside the county offices in Nyeri.",
        "Hundreds marched in Nakuru against the election results, burning flags of the ruling party.",
    ],
)
def test_burning_a_sign_leaves_a_protest_peaceful(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Peaceful protest", text


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fired mortars at an army base near Beni and the soldiers returned fire.",
        "Militants shelled government positions outside the town and the troops responded with artillery.",
        "Gunmen attacked a village near Baga on Monday and local guards fired back, killing two of them.",
    ],
)
def test_a_side_that_fought_back_makes_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


def test_shelling_unanswered_stays_shelling(extractor: api.Extractor) -> None:
    text = "Rebels fired mortars at an army base near Beni on Tuesday."
    assert first_sub(text, extractor) == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of houses were burned during clashes between two rival clans near Moyale.",
        "Cattle were stolen in a gun battle between raiders and police reservists in Baringo.",
    ],
)
def test_property_lost_in_a_fight_is_the_fights(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


@pytest.mark.parametrize(
    "text",
    [
        "Angry villagers torched the house of a man accused of stealing livestock in Kisii.",
        "Residents of Kakamega burned down the shop of a trader they blamed for a child's death.",
    ],
)
def test_a_crowd_burning_property_is_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Mob violence", text


def test_burned_to_death_is_a_killing_not_property(extractor: api.Extractor) -> None:
    text = "Unknown attackers burned a farmer to death in his house near Molo."
    assert first_sub(text, extractor) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Police exchanged fire with militants near Lamu after their truck hit a roadside bomb.",
        "Militants raided a police camp in Lamu with explosives and a gun battle followed for two hours.",
        "Two gang members exchanged fire with police in Mombasa before being arrested.",
    ],
)
def test_a_bomb_or_an_arrest_that_opens_a_firefight_is_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


@pytest.mark.parametrize(
    "text",
    [
        "Police and hawkers clashed in Nakuru over the removal of stalls from the bus park.",
        "Members of two rival parties clashed at a rally venue in Kisii, injuring four.",
        "Fishermen clashed with police in Naivasha after the beach was closed.",
    ],
)
def test_unarmed_people_fighting_each_other_or_the_police_are_a_mob(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Mob violence", text


def test_police_fighting_gunmen_stay_a_battle(extractor: api.Extractor) -> None:
    text = "Police clashed with gunmen in Nakuru, killing two of them."
    assert first_sub(text, extractor) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered outside the central bank in Nairobi and demanded the recovery of looted funds.",
        "Traders marched through Eldoret calling for the return of goods stolen from the market.",
    ],
)
def test_violence_named_in_a_demand_is_not_the_crowds(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Peaceful protest", text


def test_a_mine_left_from_earlier_fighting_is_still_a_mine(extractor: api.Extractor) -> None:
    text = "A landmine left over from earlier fighting killed two herders near Kismayo on Monday."
    assert first_sub(text, extractor) == "Remote explosive/landmine/IED"


def test_retaliation_is_the_attackers_not_a_fight_back(extractor: api.Extractor) -> None:
    text = "The army retaliated with airstrikes on a village near Beni, killing nine civilians."
    assert first_sub(text, extractor) == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead an off-duty policeman outside a bar in Eldoret on Saturday.",
        "A soldier on leave was stabbed to death by unknown attackers near his village in Garissa.",
        "Unidentified men killed a police sergeant at his home in Kisumu on Tuesday night.",
        "Militants shot a soldier (off duty at the time) in a market in Lamu.",
    ],
)
def test_a_policeman_or_soldier_out_of_service_is_a_civilian_victim(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan army soldier shot dead a taxi driver at a roadblock in Mandera.",
        "Two Ugandan army soldiers shot and wounded a fisherman on Lake Victoria on Friday.",
    ],
)
def test_a_forces_own_member_is_not_its_victim(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        "Police shot dead three rustlers who had driven off cattle in Baringo.",
        "Seven raiders killed in a failed cattle raid near Lodwar.",
        "Two suspected bandits were shot dead by police officers in Isiolo on Sunday.",
        "Four militia members were killed in the fighting near the border post.",
    ],
)
def test_armed_men_on_the_receiving_end_make_a_fight(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


@pytest.mark.parametrize(
    "text",
    [
        "Six people were killed when armed raiders attacked a village in Samburu.",
        "A herder was shot dead by about twenty cattle rustlers near Baragoi.",
        "Three bandits shot dead a bus driver on the Isiolo road.",
    ],
)
def test_armed_men_as_the_attackers_are_not_the_victims(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of traders blocked the main highway in Nakuru to protest against new market fees.",
        "Residents marched to the county offices demanding the release of two activists detained last week.",
        "Students gathered outside the ministry in protest against the death of a classmate shot by police.",
    ],
)
def test_a_crowds_own_blockade_or_its_cause_is_no_intervention(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Peaceful protest", text


@pytest.mark.parametrize(
    "text",
    [
        "Traders protested against new market fees in Nakuru until police dispersed them with tear gas.",
        "Police blocked hundreds of teachers from marching to parliament in a protest over pay.",
    ],
)
def test_police_meeting_the_crowd_is_an_intervention(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Protest with intervention", text


@pytest.mark.parametrize(
    "text",
    [
        "An elderly man was killed over witchcraft claims in a village near Kisii on Sunday.",
        "Villagers beat an elderly woman to death in Kisii on Monday after accusing her of witchcraft.",
        "Two elderly men were hacked to death by relatives on suspicion of sorcery in Kilifi.",
    ],
)
def test_violence_over_a_witchcraft_accusation_is_a_mobs(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Mob violence", text


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Garre clan attacked a village near Mandera, killing four herders.",
        "Youths of the Mungiki sect attacked traders at a market in Nakuru, injuring six.",
    ],
)
def test_members_of_a_clan_or_sect_attack_as_one_side(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fired 14.5mm machine guns at army positions near the town on Tuesday.",
        "Government forces fired heavy weapons at residential areas on the edge of the city, causing no casualties.",
        "The militia fired 23mm and 12.7mm guns at a village across the river overnight.",
    ],
)
def test_heavy_machine_guns_and_heavy_weapons_fired_from_afar_are_shelling(
        text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Shelling/artillery/missile attack", text


def test_a_rifle_calibre_stays_small_arms(extractor: api.Extractor) -> None:
    assert first_sub("Rebels fired 7.62mm machine guns at army positions near the town on Tuesday.",
                     extractor) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Migrant labourers clashed with each other over food parcels at the railway station in Nakuru.",
        "Fruit sellers clashed with police officers who ordered them off the pavement in Kisumu.",
    ],
)
def test_workers_or_sellers_fighting_are_a_mob(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Mob violence", text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead an alleged drug dealer outside a bar in Mombasa on Friday.",
        "A gang member was killed by rivals in the Mathare slum on Sunday night.",
        "A man was shot dead by two men on a motorcycle in Kisumu. The victim had been arrested twice for drug "
        "trafficking.",
    ],
)
def test_a_gang_member_or_drug_dealer_killed_is_a_fight_of_armed_sides(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


@pytest.mark.parametrize(
    "text",
    [
        "Members of a drug gang shot dead a farmer in his field near Meru.",
        "A man was shot dead by two men on a motorcycle in Kisumu. The victim had a criminal record.",
    ],
)
def test_a_gangs_civilian_victim_stays_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        "The march by teachers in Nairobi started peacefully but turned violent when some protesters smashed shop "
        "windows.",
        "A peaceful rally against fuel prices in Mombasa descended into chaos in the afternoon.",
    ],
)
def test_a_protest_that_turned_violent_is_violent(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Violent demonstration", text


@pytest.mark.parametrize(
    "text",
    [
        "Daesh-linked ADF rebels killed dozens of civilians in several villages in North Kivu province on Tuesday.",
        "Two gunmen on a motorbike opened fire at the home of a former Taliban commander late Friday, killing a "
        "guard.",
        "A suicide car bomber killed a shopkeeper and two passers-by outside a market in Mogadishu.",
    ],
)
def test_a_party_named_only_to_describe_someone_is_not_the_target(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) in ("Attack", "Suicide bomb"), text


def test_a_suicide_car_bomber_is_a_suicide_bomb(extractor: api.Extractor) -> None:
    text = "Two suicide car bombers killed four soldiers and wounded a dozen others at a base in Helmand on Sunday."
    assert first_sub(text, extractor) == "Suicide bomb"


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the air force targeted rebel positions near the airport of Misrata. No casualties were reported.",
        "Helicopter gunships attacked militant hideouts in the forest near Palma on Sunday.",
        "The Kenyan air force launched attacks on militant camps in Boni forest on Friday.",
    ],
)
def test_an_air_force_attacking_is_an_air_strike(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Air/drone strike", text


def test_an_air_force_base_attacked_is_no_air_strike(extractor: api.Extractor) -> None:
    text = "Militants attacked an air force base near Kabul on Sunday, killing two guards."
    assert first_sub(text, extractor) == "Armed clash"


def test_barricading_oneself_inside_is_an_occupation_not_violence(extractor: api.Extractor) -> None:
    text = ("Teachers went on strike and barricaded themselves inside the education office in Kisumu to protest "
            "unpaid salaries.")
    assert first_sub(text, extractor) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Riot police opened fire on opposition protesters in Kisumu on Monday; several were injured.",
        "Two demonstrators were shot dead by police during a march against fuel prices in Lagos on Friday.",
        "Soldiers fired live rounds into a crowd of demonstrating miners in Marikana, wounding six.",
    ],
)
def test_firearms_used_on_a_crowd_are_excessive_force(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Excessive force against protesters", text


def test_police_beating_up_a_crowd_is_an_intervention_not_the_crowds_violence(extractor: api.Extractor) -> None:
    text = "Police fired tear gas and beat up protesters marching against the new tax in Harare on Tuesday."
    assert first_sub(text, extractor) == "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "Residents demonstrating against the curfew vandalized a police station in Koutiala on Sunday.",
        "Students protesting over the fee increase clashed with police in Eldoret on Monday.",
        "Traders protesting against new levies set the council office ablaze in Kisii on Friday.",
        "Youths protested over the death of a boda boda rider and set two police motorbikes alight in Meru.",
    ],
)
def test_the_crowds_own_act_after_its_cause_makes_the_protest_violent(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Violent demonstration", text


@pytest.mark.parametrize(
    "text",
    [
        "Residents protested in Nakuru on Monday over homes burned by police last week.",
        "Traders marched in Accra on Monday against police who stormed the market.",
        "Farmers protested in Bungoma on Tuesday after floods destroyed their crops.",
    ],
)
def test_violence_in_a_protests_cause_is_not_the_crowds(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Peaceful protest", text


@pytest.mark.parametrize(
    "text",
    [
        "Rioters attacked two prison warders in Ruiru on Friday.",
        "Rioting youths beat up a polling clerk in Kisauni on election day.",
        "Two journalists were attacked by rioters in Mathare on Sunday.",
    ],
)
def test_rioters_turning_on_people_is_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Mob violence", text


def test_rioters_fighting_the_police_is_a_violent_demonstration(extractor: api.Extractor) -> None:
    text = "Rioters attacked police officers with stones in Kondele on Sunday."
    assert first_sub(text, extractor) == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "Two men suspected of burglary were fatally assaulted by residents in Verulam on Tuesday.",
        "A man accused of theft was beaten to death by traders at the market in Kakamega on Monday.",
        "Villagers lynched a man suspected of rape in Homa Bay on Sunday.",
    ],
)
def test_a_crowd_punishing_a_suspected_crime_is_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Mob violence", text


@pytest.mark.parametrize(
    "text",
    [
        "Raiders suspected of coming from across the border attacked a village in Turkana, killing a child.",
        "Two herdsmen and a suspected bandit were killed in a shootout in Baringo on Friday.",
    ],
)
def test_a_suspicion_told_of_an_armed_party_is_no_crowds_justice(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) != "Mob violence", text


@pytest.mark.parametrize(
    "text",
    [
        "Suspected militants killed a mobile phone company employee in Mandera on Monday.",
        "Gunmen shot dead a road contractor and two clerks at a work site near Baidoa on Tuesday.",
        "Police officers beat up a businesswoman in a market in Monrovia on Saturday.",
    ],
)
def test_people_at_their_work_are_civilian_targets(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        "An army operation backed by airstrikes killed 18 militants in Qalat district on Monday.",
        "Rebels, supported by heavy artillery, attacked government positions near Tawergha on Friday.",
        "Troops advanced on the rebel-held town of Kidal with air cover on Sunday, killing six fighters.",
    ],
)
def test_a_ground_fight_backed_by_air_or_artillery_is_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


def test_an_air_strike_alone_stays_an_air_strike(extractor: api.Extractor) -> None:
    text = "Airstrikes hit a market in Idlib on Monday, killing 12 civilians."
    assert first_sub(text, extractor) == "Air/drone strike"
