"""Incidents the rules used to find no event in at all (texts written for these tests).

A crowd's demand voiced in words officials use too, gatherings told by idiom ('went to the streets', 'took their
grievances to the offices', a caravan, a sit in, a dead city), gunshots, blows told by where they landed, acts
attempted, crowds the police dispersed, a capitalised court that is a place, forces landed or dispatched, aerial
targets intercepted, people and ground seized, goods taken, stones thrown in the passive, a pipeline blown up in part,
bombardments in the plural. The same words in an official's mouth, in a market report or in a plan open nothing.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A demand in officials' words, with a crowd named.
        ("Nurses gathered outside the hospital in Kisumu on Monday and called for overdue allowances.", "Protests"),
        ("About 300 workers gathered at the mill gate on Tuesday to ask the owners to pay them.", "Protests"),
        ("On Friday, citizens gathered in the square of Lyon to express solidarity with the strikers.", "Protests"),
        ("Students gathered on campus on Monday to show their support for the sacked lecturers.", "Protests"),
        # Gatherings told by how they were held.
        ("Ruling party supporters held a caravan through Leon on Sunday, waving party flags.", "Protests"),
        ("The student union held a mass meeting at the campus square in Jos on Friday.", "Protests"),
        ("Nurses went to the streets of Bamako on Monday to claim unpaid bonuses.", "Protests"),
        ("Traders hit the streets of Lira on Tuesday over new market fees.", "Protests"),
        ("Unpaid cleaners took their grievances to the municipal offices in Durban on Wednesday.", "Protests"),
        ("Dock workers striked at the port of Sfax on Monday.", "Protests"),
        ("Opposition MPs staged a walk out in parliament on Tuesday.", "Protests"),
        ("Students organized a sit in at the rectorate in Tunis on Monday.", "Protests"),
        ("Civil society groups declared a dead city day in Beni on Monday to demand the mayor go.", "Protests"),
        ("Residents waved placards outside the district offices in Gulu on Friday.", "Protests"),
        ("Residents blockade a gas plant in Ughelli, demanding jobs for local youths.", "Protests"),
        (
            "About 500 pupils refused to attend classes on Monday, gathering in the school yard to call for the "
            "principal's removal.",
            "Protests",
        ),
        # A court named as the place of a protest is no trial.
        ("Lawyers locked the High Court in Eldoret on Monday in a protest against delayed hearings.", "Protests"),
        # Fire and blows.
        ("Report of gunshots between soldiers and rebels near Yei on Monday. No casualties.", "Battles"),
        ("On Friday, a trader was hit in the head by a police officer in Kisumu.", "Violence against civilians"),
        ("On Monday, a journalist was hit by a rubber bullet near parliament.", "Violence against civilians"),
        # (found; an abduction only tried, no one taken or harmed, is a strategic development: see
        # test_typing_abduction_only_tried)
        ("On Monday, gunmen attempted to abduct two traders near Garissa.", "Strategic developments"),
        ("On Monday, pirates seized two fishermen off the coast of Lamu.", "Violence against civilians"),
        ("On Monday, refugee women engaged in fistfights with local women at a water point in Tanguieta.", "Riots"),
        ("Rocks were thrown at a council candidate by angry residents in Nyanga on Sunday.", "Riots"),
        ("On Monday, separatists blew up a section of a gas pipeline near Sui.", "Explosions/Remote violence"),
        ("Airforce bombardments were carried out on villages in western Jebel Marra on Monday.",
         "Explosions/Remote violence"),
        # Ground, goods and forces.
        ("On Monday, rebels seized the town of Bunia.", "Battles"),
        ("On Monday, militants captured two army posts near Mopti.", "Battles"),
        ("Soldiers liberate Gulak from the militants on Sunday.", "Battles"),
        ("On Monday, militants seized food and medicines from displaced families in Djibo.", "Strategic developments"),
        ("On Monday, foreign mercenaries landed in Pemba to support the army.", "Strategic developments"),
        ("Russia dispatched 200 military instructors to Bangui on Monday.", "Strategic developments"),
        ("On Monday, air defences intercepted a suspicious aerial target over Haifa.", "Strategic developments"),
    ],
)
def test_incident_the_rules_used_to_miss(text: str, expected: str, extractor: api.Extractor) -> None:
    assert [event_type for event_type, _ in typed(text, extractor, published=PUBLISHED)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riot police dispersed angry voters outside a polling station in Hola.", "Protest with intervention"),
        ("Police dispersed members of the teachers' union outside the ministry.", "Protest with intervention"),
        ("Gunshots were heard in the district overnight on Monday.", "Other"),
        ("On Monday, residents heard gunshots near the market in Juba.", "Other"),
        ("Airforce bombardments were carried out on villages in western Jebel Marra on Monday.", "Air/drone strike"),
        ("On Monday, the army launched artillery bombardments on rebel positions near Damboa.",
         "Shelling/artillery/missile attack"),
        ("On Monday, air defences intercepted a suspicious aerial target over Haifa.", "Disrupted weapons use"),
        ("On Monday, pirates seized two fishermen off the coast of Lamu.", "Abduction/forced disappearance"),
        ("On Monday, rebels seized the town of Bunia.", "Non-state actor overtakes territory"),
        ("Russia dispatched 200 military instructors to Bangui on Monday.", "Change to group/activity"),
    ],
)
def test_sub_event_type_of_what_was_missed(text: str, expected: str, extractor: api.Extractor) -> None:
    assert [sub for _, sub in typed(text, extractor, published=PUBLISHED)][:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # The same words from officials, mourners, markets and weather.
        "The minister held talks with the governor on Monday and called for calm.",
        "Mourners gathered to express their grief at the funeral of the chief on Monday.",
        "She went down the street to buy bread on Monday.",
        "Prices hit a record high on Monday.",
        "The town was hit by floods on Monday.",
        "The plane landed at Nairobi airport on Monday.",
        "The minister blasted the opposition on Monday.",
        "Residents say gunshots are heard most nights in the capital.",
        # An aim or a plan is no act; a court's sentence over an old attack is no attack.
        "The army launched a mission to destroy the group.",
        "The gang plans to abduct more traders, police said.",
        "The court sentenced three men over the 2017 attack on a church.",
        "Man Sentenced Over Attack On Police Station In Kano",
    ],
)
def test_the_same_words_elsewhere_open_nothing(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


def test_taking_off_taking_place_or_arms_taken_from_a_post_is_no_ground_taken(extractor: api.Extractor) -> None:
    texts = [
        "On Monday, a plane carrying aid workers was hit by gunshots after it took off from the airport in Jacmel.",
        "On Monday, a janitor was caught in police crossfire in Nakuru; the shooting took place at a polling post.",
        "On Saturday, gunmen attacked a police checkpoint in Farah and escaped with rifles taken from the checkpoint.",
    ]
    for text in texts:
        subs = [sub for _, sub in typed(text, extractor, published=PUBLISHED)]
        assert subs and not {"Non-state actor overtakes territory", "Government regains territory"} & set(subs), text

