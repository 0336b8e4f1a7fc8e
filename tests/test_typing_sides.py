"""Typing decisions that read who acted on whom (texts written for these tests): people named by their nation,
faith or trade are civilian victims; two parties named together before the verb are co-actors, not each other's
target; a fight told only as what came after an act on civilians is another act, and a fight denied is none.
Each rule has its look-alikes, which stay as they were.
"""

from __future__ import annotations

import pytest

from extracted import first_sub
from sitrep import api


def _first(text: str, extractor: api.Extractor) -> tuple[str | None, str | None]:
    """(sub-event type, actor 2) of the first event found in ``text``."""
    events = api.extract(text, extractor=extractor).events
    return (events[0].sub_event_type, events[0].actor2) if events else (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers shot a Palestinian near the village of Beit Ummar on Tuesday.",
        "On Monday, two Somalis were shot dead by gunmen in the market of Beledweyne.",
        "Gunmen shot dead a Pakistani national at his shop in Kandahar on Sunday.",
        "Militants ambushed a van and killed two Chinese engineers near Dasu on Monday.",
        "Militiamen killed nine Muslims in the village of Bossembele on Thursday.",
    ],
)
def test_people_named_by_nation_or_faith_are_civilian_victims(text: str, extractor: api.Extractor) -> None:
    assert _first(text, extractor) == ("Attack", "Civilians"), text


@pytest.mark.parametrize(
    "text",
    [
        "JNIM militants killed the deputy mayor of Ber on Sunday.",
        "ISWAP fighters shot dead a foreign diplomat near Maiduguri on Friday.",
        "On 2 May, presumed ISGS militants shot dead a wildlife tracker near Pama.",
    ],
)
def test_a_named_group_killing_a_person_named_by_trade_is_an_attack(text: str, extractor: api.Extractor) -> None:
    # (a named group acting on no one the text names stays a battle, as ACLED codes it)
    assert _first(text, extractor) == ("Attack", "Civilians"), text


def test_a_nation_as_an_adjective_names_no_civilians(extractor: api.Extractor) -> None:
    text = "Two Russian soldiers were killed when their vehicle hit a mine near Menaka on Monday."
    assert _first(text, extractor) == ("Remote explosive/landmine/IED", "Russian Armed Forces")


@pytest.mark.parametrize(
    "text",
    [
        "Wagner group mercenaries and military forces killed nine farmers near Bambari on Friday.",
        "On Friday, Wagner mercenaries and military forces detained and killed nine farmers in Bambari.",
        "On Monday, the SDF and the Syrian army shot dead two shepherds near Manbij.",
        "On Monday, Hezbollah and the Syrian army shot dead two shepherds near Qusayr.",
    ],
)
def test_two_parties_named_before_the_verb_are_co_actors(text: str, extractor: api.Extractor) -> None:
    assert _first(text, extractor) == ("Attack", "Civilians"), text


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab and the police clashed near Garissa on Monday, leaving two dead.",
        "Militants attacked the army and Wagner mercenaries near Bambari on Friday, killing six.",
    ],
)
def test_parties_on_both_sides_of_a_fight_stay_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


@pytest.mark.parametrize(
    "text",
    [
        "Gang members shot dead four residents in the market of Cabaret on Monday. Police later arrived and clashed "
        "with the gang.",
        "Gunmen attacked a village near Bole on Monday, killing a farmer. Following the attack, soldiers clashed with "
        "the gunmen.",
        "A man was killed by Wagner Group members near Pavika on Friday; no clash was reported.",
    ],
)
def test_a_fight_told_after_or_denied_is_not_the_attack_on_civilians(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        # the victims' side fought back
        "Gunmen shot at the chief of Mandari at a festival on Monday. His guards returned fire and two people were "
        "killed.",
        "Gunmen ambushed the governor's convoy near Yambio on Monday, killing three people, but his escort fought off "
        "the attackers.",
        # the first sentence tells the fight itself
        "Four people were killed in a fight between herders and farmers near Garsen on Monday. The clashes lasted for "
        "hours.",
        # a later sentence tells the same fight, not another act after it
        "Gunmen shot dead a trader in the market of Kaya on Monday. The clashes between the two groups lasted for "
        "hours.",
    ],
)
def test_a_fight_of_the_same_event_stays_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


@pytest.mark.parametrize(
    "text",
    [
        # the force named first is the victim of the passive, not its actor
        "A soldier and a civilian were killed by unidentified gunmen near Beni on Monday.",
        "Two policemen and a driver were shot dead by bandits on the road to Garissa on Sunday.",
        # people counted, then told to include armed men
        "On Monday, militants killed seven people, including five militiamen and a teacher, in the village of Kantari.",
        # a community's armed auxiliaries
        "A village defence volunteer was wounded by gunmen at his home in Yala on Friday.",
        "On Tuesday, militants attacked a position of volunteer fighters near Djibo, killing four of them.",
    ],
)
def test_armed_men_among_the_harmed_make_a_battle(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Armed clash", text


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, militants killed seven people, including two teachers, in the village of Kantari.",
        "On Tuesday, volunteer fighters killed nine herders at a well near Djibo.",
        "Red Cross volunteers were attacked by gunmen near Kaga Bandoro on Friday.",
        "Soldiers killed two civilians at a checkpoint near Beni on Monday.",
    ],
)
def test_civilians_harmed_stay_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == "Attack", text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed a trader in the market of Kidal on Sunday. JNIM and the army have fought over the town for "
        "months.",
        "Gunmen shot dead a farmer near Tibu on Monday. ELN fighters are active in the area.",
    ],
)
def test_civilians_named_as_the_acts_object_are_its_target_before_a_party_named_later(
        text: str, extractor: api.Extractor) -> None:
    assert _first(text, extractor)[1] == "Civilians", text


def test_armed_men_named_after_an_act_with_no_object_stay_its_target(extractor: api.Extractor) -> None:
    text = "Gunmen attacked a checkpoint near Tibu on Monday. Two ELN fighters were killed."
    assert _first(text, extractor) == ("Armed clash", "National Liberation Army (Colombia)")
