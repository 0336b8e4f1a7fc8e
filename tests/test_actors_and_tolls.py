"""Who acted and how many died: perpetrators named by a description, groups named only as a victim's affiliation,
compounds, and the tolls that belong to the incident. Texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep import api
from sitrep.evaluate.news_match import count_value
from sitrep.model import Document, Event
from sitrep.taxonomy import ActorTable


def first(text: str, *, source: str | None = "Reuters", published: str = "2022-03-14") -> Event:
    document = Document.from_text(text, source=source, published=date.fromisoformat(published))
    events = api.extract(document).events
    assert events, text
    return events[0]


# --- actors ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["ADF", "M23", "ELN", "CJNG", "Rapid Support Forces", "TPLF", "AQIM",
                                  "Palestinian Islamic Jihad", "Arakan Army", "Burma's military", "FARDC"])
def test_well_known_armed_groups_and_forces_are_in_the_actor_table(name: str) -> None:
    assert ActorTable.load().canonical(name) is not None


@pytest.mark.parametrize(("text", "actor"), [
    ("Gunmen believed to belong to al-Shabaab killed four traders near Afgoye on Saturday, police said.",
     "al-Shabaab"),
    ("Fighters loyal to the Taliban stormed a district centre in Ghor on Saturday, killing three policemen.",
     "Taliban"),
    ("Militants affiliated with Boko Haram killed six farmers near Damboa on Saturday, residents said.",
     "Boko Haram"),
    ("Fighters from the Allied Democratic Forces killed nine villagers in Beni territory on Saturday.",
     "Allied Democratic Forces"),
])
def test_a_perpetrator_named_by_its_members_is_that_group(text: str, actor: str) -> None:
    assert first(text).actor1 == actor


def test_the_first_half_of_a_backed_or_linked_compound_is_not_the_perpetrator() -> None:
    event = first("IS-linked ADF rebels killed 11 villagers with machetes in North Kivu on Saturday, officials said.")
    assert event.actor1 == "Allied Democratic Forces"
    event = first("A rocket attack by Iranian-backed Houthi rebels killed four civilians in Marib on Saturday.")
    assert event.actor1 == "Houthis"


@pytest.mark.parametrize("text", [
    "Two gunmen on a motorbike shot dead a guard at the house of a former Taliban commander in Kabul on Friday.",
    "A Hezbollah member was found shot dead near Quneitra on Friday, local sources said.",
])
def test_a_group_that_names_only_the_victims_affiliation_is_not_actor1(text: str) -> None:
    event = first(text)
    assert event.actor1 in (None, "Unidentified Armed Group")


@pytest.mark.parametrize("text", [
    "Nearly a dozen Afghan soldiers and two civilians have been killed in an attack by Taliban fighters in Ghor on "
    "Saturday, officials said.",
    "At least eight police officers died after suspected gang members ambushed their convoy in Guerrero on Monday.",
])
def test_the_victims_named_before_the_verb_are_not_the_perpetrator(text: str) -> None:
    event = first(text)
    assert event.actor1 not in ("Afghan National Defense and Security Forces", "Police Forces")


# --- tolls --------------------------------------------------------------------------------------------------------

def killed(text: str) -> int | None:
    return count_value(first(text).killed)


def test_a_war_torn_country_is_not_a_background_toll() -> None:
    assert killed("Gunmen stormed a police post in Ghazni overnight, killing at least 9 policemen, officials said on "
                  "Sunday, the latest in a string of attacks in the war-torn country.") == 9


def test_a_relative_claim_after_the_figures_leaves_them_the_reporters() -> None:
    assert killed("Two bombs killed at least seven people and wounded 20 in Kismayo on Saturday, in an attack "
                  "claimed by al-Shabaab. Doctors said the wounded included three children.") == 7


@pytest.mark.parametrize(("text", "value"), [
    ("Militants killed at least 8 soldiers and one policeman near Tillaberi on Monday, the army said.", 9),
    ("Rebels ambushed a convoy in Ituri on Monday, killing 4 soldiers and 2 drivers, the army said.", 6),
])
def test_coordinated_numbers_share_the_verb_before_them(text: str, value: int) -> None:
    assert killed(text) == value


@pytest.mark.parametrize("text", [
    "A car bomb killed 12 people at a market in Baidoa on Monday, police said. Among the dead were three children.",
    "A car bomb killed 12 people at a market in Baidoa on Monday, some of whom were soldiers, police said.",
    "A car bomb killed 12 people at a market in Baidoa on Monday, police said. Those killed included four soldiers.",
])
def test_a_part_of_the_toll_is_not_added_to_it(text: str) -> None:
    assert killed(text) == 12


def test_a_second_source_is_not_more_casualties() -> None:
    assert killed("Gunmen attacked a checkpoint in Zabul on Monday, killing four police, a provincial official said. "
                  "Another police official said seven police were killed.") == 4


@pytest.mark.parametrize(("text", "value"), [
    ("More than two dozen guards were killed in an ambush near Baiji on Monday. Twenty-six guards were killed when "
     "the convoy was hit, the ministry said.", 26),
    ("Nearly a dozen villagers were killed in a raid near Beni on Monday. Eleven villagers died in the raid, local "
     "officials said.", 11),
])
def test_an_exact_figure_refines_an_approximate_one(text: str, value: int) -> None:
    assert killed(text) == value


def test_a_counted_subject_keeps_its_verb_across_an_apposition() -> None:
    assert killed("Fourteen members of the Sahwa, the tribal militia also known as the Awakening Councils, were "
                  "killed near Tarmiyah on Monday, police said.") == 14


@pytest.mark.parametrize("text", [
    "Unknown gunmen assassinated Khaled Omar Hassan, a former rebel commander, near Tafas on Tuesday.",
    "On Tuesday, Khaled Omar Hassan, a former rebel commander, was found shot dead near Tafas, activists said.",
])
def test_a_named_victim_is_one_killed(text: str) -> None:
    assert killed(text) == 1


def test_other_media_and_a_vague_quote_do_not_add_to_the_toll() -> None:
    assert killed("A drone strike killed six civilians in a village near Kalay on Monday, residents said. Other "
                  "local media also reported the strike, with some saying five people had been killed. \"We saw "
                  "people lying on the road, some dead, others crying,\" a villager said.") == 6


@pytest.mark.parametrize(("text", "actor"), [
    ("Moscow has retaliated with dozens of strikes in which at least 12 civilians were killed near Saraqib, "
     "activists said.", "Russian Armed Forces"),
    ("Ankara launched strikes on villages near Qamishli on Sunday, killing five people, a monitor said.",
     "Turkish Armed Forces"),
])
def test_a_capital_as_the_subject_of_force_names_its_states_forces(text: str, actor: str) -> None:
    assert first(text).actor1 == actor


def test_a_capital_as_a_place_is_no_perpetrator() -> None:
    assert first("Gunmen attacked a checkpoint near Damascus on Sunday, killing two soldiers.").actor1 != \
        "Syrian Arab Army"


def test_a_victim_told_of_by_pronoun_is_one_killed() -> None:
    assert killed("Rebels shot down an army helicopter near Idlib on Saturday. The pilot ejected, and he was later "
                  "killed by the rebels, the ministry said.") == 1


def test_a_group_named_in_a_background_sentence_is_not_the_perpetrator() -> None:
    event = first("A suicide bomber killed two guards outside a bank in Kabul on Friday, officials said. No group "
                  "claimed the blast. The city has seen a spate of attacks by the Taliban and IS in recent years.")
    assert event.actor1 in (None, "Unidentified Armed Group")


def test_a_group_in_a_clause_about_an_earlier_attack_is_not_the_perpetrator() -> None:
    event = first("Two gunmen shot dead a shopkeeper in Jalalabad late on Friday, police said. Nobody claimed the "
                  "killing, which came three days after Taliban fighters attacked a nearby checkpoint.")
    assert event.actor1 in (None, "Unidentified Armed Group")


@pytest.mark.parametrize("sentence", [
    "The defence minister said the National Liberation Army (ELN) had staged the ambush.",
    "Army officials said ELN guerrillas carried out the ambush.",
])
def test_a_group_said_to_have_staged_the_act_is_its_perpetrator(sentence: str) -> None:
    event = first(f"Rebels ambushed an army patrol near Tame in Arauca on Monday, killing seven soldiers. {sentence}")
    assert event.actor1 == "National Liberation Army (Colombia)"


def test_the_force_that_responds_is_not_the_perpetrator() -> None:
    event = first("Militants of the Islamic State killed five farmers near Tuz Khurmatu on Monday, officials said, "
                  "and Iraqi security forces launched an operation to hunt the attackers.")
    assert event.actor1 == "Islamic State"


def test_a_force_noun_after_by_and_a_modifier_is_the_perpetrator() -> None:
    event = first("Three villagers were shot dead by junta soldiers near Kani on Monday, residents said.")
    assert event.actor1 in ("Military Forces", "Myanmar military")


def test_the_acts_own_figure_replaces_a_lead_total_over_several_attacks() -> None:
    assert killed("Militants killed at least 9 people in two separate attacks in Kirkuk and Salahuddin on Monday, "
                  "officials said. \"Terrorist gangs opened fire on shepherds near Daquq, and as a result five "
                  "civilians were martyred,\" the army said.") == 5


def test_a_person_with_a_modifier_joined_by_and_counts_one_more() -> None:
    assert killed("Gunmen attacked a village near Khanaqin on Monday, in which three farmers and an Iraqi soldier "
                  "were killed, police said.") == 4


def test_of_before_a_number_does_not_make_it_a_subset() -> None:
    assert killed("A bomb killed 4 people near Hit on Monday. Later the police chief of the district said "
                  "that 4 of the dead were policemen.") == 4


def test_a_toll_that_rose_to_at_least_a_figure_replaces_the_lead() -> None:
    assert killed("Rebels killed dozens of villagers in raids near Oicha this week, officials said. The death toll "
                  "from the raids has risen to at least 38 people, a local official said.") == 38


def test_a_wounded_person_who_later_died_is_killed() -> None:
    event = first("Gunmen attacked a police post near Dosso on Monday, officials said. One officer wounded in the "
                  "attack later died.")
    assert count_value(event.killed) == 1


def test_a_person_joined_by_and_after_another_verb_belongs_to_that_verb() -> None:
    event = first("A landmine exploded near a patrol in Tarmiyah on Monday, killing three soldiers and wounding an "
                  "officer and a soldier, the army said.")
    assert count_value(event.killed) == 3


def test_one_victim_along_with_others_adds_one() -> None:
    assert killed("Gunmen assassinated a former rebel commander along with two of his guards near Tafas on "
                  "Tuesday, local sources said.") == 3


@pytest.mark.parametrize("text", [
    "In the latest raid, a fighter jet dropped two bombs on a monastery in Kani township on Tuesday, killing six "
    "villagers, residents said.",
    "Helicopter gunships strafed a village in Gangaw on Friday, killing four people, residents said.",
])
def test_a_warplane_as_the_subject_names_a_states_air_force(text: str) -> None:
    assert first(text).actor1 in ("Military Forces", "Myanmar military")


def test_suicide_bombers_are_no_warplanes() -> None:
    event = first("Two suicide car bombers killed at least three soldiers in Nad Ali on Saturday, officials said.")
    assert event.actor1 not in ("Military Forces", "Afghan National Defense and Security Forces")


@pytest.mark.parametrize("text", [
    "Gunmen stormed an army post near Djibo on Sunday, killing five soldiers, the army said. Three attackers were "
    "also killed.",
    "Gunmen stormed an army post near Djibo on Sunday, killing five soldiers, the army said. Guards shot dead three "
    "of the attackers.",
])
def test_the_attackers_dead_add_to_the_victims_as_acled_counts_all_deaths(text: str) -> None:
    assert killed(text) == 8


def test_a_number_of_attackers_acting_is_no_casualty_count() -> None:
    assert killed("Two gunmen shot dead a guard outside a bank in Herat on Friday, police said.") == 1
    assert killed("Two militants were killed in a clash with troops near Marka on Friday, the army said.") == 2


@pytest.mark.parametrize("text", [
    "A policeman from the Third Brigade of the federal police, on duty at a checkpoint, was killed by militants "
    "near Hawija on Sunday, officials said.",
    "An officer, who had served in the district for years, was shot dead by gunmen near Hawija on Sunday.",
])
def test_one_victim_described_at_length_is_one_killed(text: str) -> None:
    assert killed(text) == 1


def test_the_bodies_of_victims_count_the_dead() -> None:
    assert killed("Two car bombs exploded outside a camp in Aden on Saturday, and hospital officials said the "
                  "bodies of four victims had arrived.") == 4
    assert killed("Seven bodies were recovered after gunmen attacked a village near Beni on Saturday.") == 7


def test_a_capital_striking_a_deal_is_no_perpetrator() -> None:
    event = first("Washington struck a deal with the Taliban on Saturday, hours after gunmen killed four soldiers "
                  "in Ghazni, officials said.")
    assert event.actor1 != "United States Armed Forces"
