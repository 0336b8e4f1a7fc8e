"""Incidents told without a verb of violence (texts written for these tests).

Crowds that block a road or fill the streets, strikes, round-ups, demolitions, seizures of goods or weapons, hostages
taken, agreements signed, surrenders, forces deployed or massing and territory taken over are incidents that ACLED
codes as protests or strategic developments; each is told here in several phrasings. The same phrases told as
background (a precautionary deployment, a past captivity, an aim) open nothing.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A crowd in the streets or across a road.
        (
            "Hundreds of market women thronged the streets of Kumasi on Monday over the closure of their stalls.",
            "Peaceful protest",
        ),
        ("Angry fans poured into the streets of the capital after the referee's decision.", "Peaceful protest"),
        (
            "Teachers formed a human chain outside the education office in Sylhet to press for their arrears.",
            "Peaceful protest",
        ),
        (
            "Students of the polytechnic took out a procession through the town against the fee increase.",
            "Peaceful protest",
        ),
        (
            "Residents of two villages blocked the main highway for six hours after a lorry ran over a child.",
            "Peaceful protest",
        ),
        ("Truckers blocked the bridge into the port with their vehicles on Wednesday.", "Peaceful protest"),
        (
            "Nurses at the county referral hospital went on an indefinite strike over unpaid allowances.",
            "Peaceful protest",
        ),
        ("Lawyers staged a rasta roko outside the district court over the assault on a colleague.", "Peaceful protest"),
        # Arrests told without an arrest word, and in headline style.
        ("Police rounded up 40 suspected gang members across Mombasa on Friday.", "Arrests"),
        ("Army detains three suspected smugglers near the border crossing", "Arrests"),
        # Property destroyed or taken, no one harmed.
        (
            "Authorities bulldozed dozens of homes in the informal settlement on Tuesday.",
            "Looting/property destruction",
        ),
        ("County officials demolished 30 market stalls near the bus station.", "Looting/property destruction"),
        ("Militants destroyed a telecommunications mast outside Garissa overnight.", "Looting/property destruction"),
        (
            "Customs officers seized two tons of cannabis hidden in a lorry at the border post.",
            "Looting/property destruction",
        ),
        (
            "Gunmen on motorbikes seized a pickup truck belonging to an aid agency near Menaka.",
            "Looting/property destruction",
        ),
        # Weapons found and taken out of use.
        (
            "Soldiers recovered 12 rifles and several boxes of ammunition from a hideout in the forest.",
            "Disrupted weapons use",
        ),
        ("Police confiscated four pistols and a hand grenade during a search of the market.", "Disrupted weapons use"),
        ("Troops unearthed an arms cache in a cave near the village of Dalo.", "Disrupted weapons use"),
        # Hostages taken.
        ("Gunmen took 15 bus passengers hostage on the road to Gao.", "Abduction/forced disappearance"),
        (
            "Security agents forcibly disappeared a student activist in the capital on Sunday.",
            "Abduction/forced disappearance",
        ),
        # Agreements and surrenders.
        ("The two clans signed a memorandum of understanding to share the grazing land.", "Agreement"),
        ("Leaders of the rival communities agreed on a settlement over the disputed pasture on Thursday.", "Agreement"),
        ("Forty militants surrender to the army in Baidoa", "Agreement"),
        ("Twelve fighters of the armed group handed themselves over to the police in Kasese.", "Agreement"),
        # Forces on the move or digging in.
        ("More than 2,000 troops were deployed to the border district on Sunday.", "Change to group/activity"),
        ("The government deployed two army battalions to the northern province.", "Change to group/activity"),
        ("Armed fighters of the group were seen massing near the town of Bulo Burto.", "Change to group/activity"),
        ("The army dug trenches around the town on Friday.", "Change to group/activity"),
        # Territory taken without a word of fighting.
        (
            "The militants took control of the village after government forces withdrew.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_acts_without_a_verb_of_violence_open_an_event(text: str, expected: str, extractor: api.Extractor) -> None:
    found = typed(text, extractor)
    assert found, text
    assert found[0][1] == expected, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # A precaution or a relative clause about forces is background, not a move of forces reported for itself.
        "Police were deployed across the city to prevent any protests.",
        "Extra troops were deployed in the town this week in efforts to tighten security.",
        # A captivity of the past, an aim, a law signed: no incident.
        "The governor has been held hostage for two years, his family said.",
        "The official said the priority was to get the rebels to agree on a ceasefire.",
        "The president signed the budget into law.",
        "Mourners held a funeral procession for the former minister.",
    ],
)
def test_the_same_phrases_as_background_open_nothing(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [], text


def test_a_crowd_blocking_a_road_after_its_protest_is_the_same_protest(extractor: api.Extractor) -> None:
    # The second sentence tells the same gathering (its trigger is of the protest's kind), not another incident.
    text = (
        "Students of the college protested against higher fees on Monday. Many of the students blocked roads "
        "around the campus."
    )
    assert typed(text, extractor) == [("Protests", "Peaceful protest")]


def test_a_phrase_told_after_a_killing_does_not_retype_it(extractor: api.Extractor) -> None:
    # "houses were razed" after a killing is what else the attackers did: the killing stays an attack.
    text = "Raiders shot dead a herder at Kamuge on Sunday. Several houses were razed."
    found = typed(text, extractor)
    assert found and found[0] == ("Violence against civilians", "Attack"), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Residents banged pots against the governor during his visit to the town.", "Peaceful protest"),
        ("Opposition supporters gathered outside the electoral commission chanting slogans.", "Peaceful protest"),
        (
            "A group of daily wage workers staged a sit-in outside the municipal office seeking regular contracts.",
            "Peaceful protest",
        ),
        (
            "Angry youths disrupted a voter registration meeting at the chief's camp on Tuesday.",
            "Violent demonstration",
        ),
        ("Angry youths broke into the tallying centre and tore up ballot papers.", "Violent demonstration"),
        ("A mob chased a county officer out of the market in Kisii.", "Mob violence"),
        ("A mob on Tuesday disrupted a council meeting in Kisii.", "Mob violence"),
        ("Prison guards kicked and slapped three inmates during a search of the cells.", "Attack"),
        ("The armed group recruited dozens of teenagers from the camps last month.", "Change to group/activity"),
        ("The governor imposed a travel ban on the district on Friday.", "Change to group/activity"),
        ("Rebel fighters were sighted near the border town on Monday.", "Change to group/activity"),
    ],
)
def test_crowds_mobs_assaults_and_changes_of_activity(text: str, expected: str, extractor: api.Extractor) -> None:
    found = typed(text, extractor)
    assert found, text
    assert found[0][1] == expected, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal beat Chelsea 2-1 on Sunday.",  # a result, not an assault
        "Supporters of the two factions broke into song as the results were read.",
        "The town sees daily protests by traders over the price of fuel.",  # a habit still
    ],
)
def test_look_alikes_of_those_phrases_open_nothing(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [], text


def test_police_beating_a_crowd_after_its_protest_is_that_protest(extractor: api.Extractor) -> None:
    # How the gathering was met, not another incident.
    text = "Students demonstrated against insecurity near the campus on Monday. Police beat several students."
    assert len(typed(text, extractor)) == 1


def test_a_crowd_in_a_relative_clause_is_a_reason_not_an_incident(extractor: api.Extractor) -> None:
    assert typed("Police searched the estate for the youths who had disrupted the vote.", extractor) == []
