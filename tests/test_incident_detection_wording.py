"""Incidents told with wording the trigger words missed (texts written for these tests).

A fight told by its noun ('gunbattle'), ground taken with 'overtook', a road blocked by a crowd named with an aside
or with the vehicles it used, police breaking up a meeting or voters, a demand for 'monthly' pay (a kind of pay, not a
habit). The same words as background, or said of the police or the army, open nothing.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunbattle between rangers and poachers near the park gate", "Battles"),
        ("On 2 March, a firefight broke out between police and a gang in the market.", "Battles"),
        ("On 4 March, the insurgents overtook an army outpost near Dadaab.", "Battles"),
        ("On 5 March, militants overtook the army camp at Bulo Hawo.", "Battles"),
        ("On 6 March, Taliban fighters overtook a police unit in Ghazni.", "Battles"),
        ("Nurses blocked with three ambulances the main road into the hospital on Monday.", "Protests"),
        (
            "Members of the farmers' union (FU) blocked the office of the county agriculture officer on Tuesday.",
            "Protests",
        ),
        ("Pensioners block the highway at Malaba, demanding monthly payments.", "Protests"),
        ("Worshippers blocked the entrance to the cathedral on Sunday in a row over the new bishop.", "Protests"),
        ("Riot police disperse a crowd outside a polling station in Kisii", "Protests"),
        ("Police broke up a prayer meeting with tear gas in Eldoret on Friday.", "Protests"),
        (
            "Gunmen sprayed the car of a local trader in Garissa with bullets on Friday night.",
            "Violence against civilians",
        ),
    ],
)
def test_incident_told_with_missed_wording(text: str, expected: str, extractor: api.Extractor) -> None:
    assert [event_type for event_type, _ in typed(text, extractor, published=PUBLISHED)][:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers blocked the road to the airport ahead of the president's visit.",
        "The pensioners' association publishes a monthly newsletter on payments.",
        "Villagers say the road to the market is blocked by floods every rainy season.",
        # 'overtake' with no ground named tells a race, a vote or a market, not ground taken.
        "The ruling party overtook the opposition in the polls on Tuesday.",
        "The runner overtook his rival in the final lap on Sunday.",
        "The company overtook its largest competitor in sales on Monday, analysts said.",
        "On Monday a lorry overtook an army convoy on the highway near Garissa.",
    ],
)
def test_the_same_words_as_background_open_nothing(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The harm told by a participle after a verb that opens nothing alone.
        ("On 2 March, gunmen tried to assassinate a councillor in Mogadishu, seriously injuring him.", "Attack"),
        ("On 4 March, police used tear gas in a primary school in Kisumu, injuring at least five pupils.", "Attack"),
        # ... and after a phrase that tells the act, the phrase still types it.
        ("On 5 March, youths threw stones at two policemen in Kakamega, injuring them.", "Mob violence"),
        # 'the past two elections' counts elections, not time.
        (
            "On 6 March, police shot dead a clerk in Kisii who had worked on the past two elections for the board.",
            "Attack",
        ),
    ],
)
def test_harm_and_counts_that_are_not_periods(text: str, expected: str, extractor: api.Extractor) -> None:
    assert [sub for _, sub in typed(text, extractor, published=PUBLISHED)][:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Over the past two weeks, gunmen have killed 14 people in the district.",
        "The army said it took care to avoid injuring civilians during the operation.",
    ],
)
def test_periods_and_aims_open_nothing(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


def test_the_wounding_as_a_noun_opens_nothing(extractor: api.Extractor) -> None:
    text = "The ministry announced on Monday the deaths of four guards and the wounding of two others in two places."
    assert typed(text, extractor, published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After rumours that the tally was rigged, youths in Nyeri staged a demonstration on Monday.", "Protests"),
        ("Following the court's ruling on Tuesday, supporters of the jailed mayor rioted in Kisumu.", "Riots"),
    ],
)
def test_a_hedge_in_a_fronted_clause_leaves_the_main_act(text: str, expected: str, extractor: api.Extractor) -> None:
    assert [event_type for event_type, _ in typed(text, extractor, published=PUBLISHED)][:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "After the elders met, the militia threatened to attack the village.",
        "Rumours that youths would stage a demonstration spread on Monday.",
    ],
)
def test_a_hedge_in_the_main_clause_still_hedges(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []
