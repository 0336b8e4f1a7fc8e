"""A crowd that burns only signs (flags, effigies, copies of a text) shows its cause; it damages nothing of anyone's
(texts written for these tests).

* A list of flags ('American and Israeli flags', 'the EU and the French flags') is a sign burned as one flag is:
  the protest stays peaceful (before, only up to two words could stand before 'flags').
* Signs burned with no word of protest written ('party supporters burned copies of the new law') are a protest,
  not a mob's violence.
* Look-alikes that must not change: a car, tyres or a building burned beside the flags; signs burned with stones
  thrown or people hurt; armed men burning a flag; a court, a flood or history told beside a flag.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "Protesters burned American and Israeli flags outside the embassy in Lahore on Friday.",
        "Hundreds of demonstrators burnt the EU and the French flags as they marched through Goma on Sunday.",
        "Students rallied in Khartoum on Monday and burned Russian, British and American flags.",
    ],
)
def test_a_list_of_flags_burned_keeps_a_protest_peaceful(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Peaceful protest"), text


@pytest.mark.parametrize(
    "text",
    [
        "Opposition party cadres burnt copies of the draft constitution in Dhangadi on Tuesday.",
        "Party supporters burned copies of the new land law outside the parliament in Accra on Wednesday.",
        "Members of the traders' union burned the national and the regional flags at the market in Kano on Monday.",
    ],
)
def test_signs_burned_with_no_protest_word_are_a_protest(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Peaceful protest"), text


@pytest.mark.parametrize(
    "text",
    [
        # real damage beside the signs: the crowd's violence
        "Protesters burned a car and two flags outside the embassy in Lahore on Friday.",
        "Protesters burned tyres and effigies of the minister on the main road in Kaduna on Monday.",
        "Protesters burned police vehicles and flags in Goma on Sunday.",
        "Protesters burned American and Israeli flags and stoned the embassy in Lahore on Friday.",
    ],
)
def test_real_fire_or_stones_beside_a_list_of_flags_stays_violent(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Riots", "Violent demonstration"), text


@pytest.mark.parametrize(
    "text",
    [
        # a crowd's own harm or damage beside the sign: no protest of signs alone
        "Party supporters burned copies of the new law and beat a policeman in Tamale on Tuesday.",
        "Youths burnt copies of the decree and set fire to the district office in Bawku on Monday.",
    ],
)
def test_signs_burned_beside_harm_or_arson_are_not_a_peaceful_protest(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor)[0] == "Riots", text


@pytest.mark.parametrize(
    "text",
    [
        # not a gathering's sign: what these tell does not change
        "A court in Lagos on Monday jailed two men who burned the national flag last year.",
        "Floods in the valley burned nothing but washed away flags and homes on Tuesday.",
        "The minister said the burning of flags in 1998 had divided the town.",
    ],
)
def test_flags_in_court_news_floods_or_history_open_no_riot(text: str, extractor: api.Extractor) -> None:
    events = api.extract(text, extractor=extractor).events
    assert not events or events[0].event_type != "Riots", text


def test_armed_men_burning_a_flag_are_no_protest(extractor: api.Extractor) -> None:
    text = "Militants burned the national flag after seizing the town of Kidal on Sunday."
    assert first_types(text, extractor)[0] != "Protests", text


def test_signs_burned_beside_a_fight_with_the_police_are_no_peaceful_protest(extractor: api.Extractor) -> None:
    text = ("Party cadres burnt copies of the draft in Hetauda on Tuesday. A group of them engaged in a scuffle with "
            "security personnel at the district office.")
    assert first_types(text, extractor)[0] == "Riots", text
