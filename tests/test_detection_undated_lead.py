"""A report's lead that tells its act undated, with nothing else in the report opening an incident (texts written for
these tests).

Some detection rules open an incident only in a sentence with a day of its own (``NEEDS_OWN_DAY``: goods pillaged, a
building shut in by armed men, ...), and a sentence that sums up acts ('in separate attacks', 'in a series of
coordinated attacks') is read as background, so that what a report tells of a war's course does not open events.
A report's lead ('Armed bandits loot a warehouse in Gidan Kara market') is its incident even undated: it is of the
report's own day. When nothing in the report opened an incident, its lead is read once more with those day gates
lifted; a lead in the present perfect ('have looted the town several times'), one that names no place, party or person
after its act ('loot grain from the markets of the region'), a year or a span of time, a relative clause, a profile, a
charge, a story, a habit, a plan, a statement, a court's hearing, a commemoration or an analysis still opens none, and
a sentence after the lead is read as before.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # goods pillaged, told in a headline's present
        ("Armed bandits loot a warehouse in Gidan Kara market.",
         ("Strategic developments", "Looting/property destruction")),
        # a party's offices shut in by soldiers, no harm told
        ("Soldiers surrounded the headquarters of the Unity Party, announcing that its chairman had been removed.",
         ("Strategic developments", "Other")),
        # acts summed up, each with its victims and places
        ("Gunmen killed four farmers in separate attacks on Tunga and Kasa near the river.",
         ("Violence against civilians", "Attack")),
        ("Militants attack Gudumbali and Kukawa in a series of coordinated attacks across the area.",
         ("Violence against civilians", "Attack")),
    ],
)
def test_an_undated_lead_opens_its_incident(text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a history, a course in the present perfect
        "Boko Haram has killed thousands of people in a series of attacks since 2009.",
        "The group has carried out separate attacks on army bases in the region.",
        "Bandits carried out three separate attacks in the district last year.",
        "Militants continue to attack villages in the area.",
        "Two separate attacks on police posts were reported in the region over the past week.",
        # a plan, a statement, a court, a commemoration, an analysis
        "The rebels plan to surround the party's headquarters next week.",
        "The minister said the army would surround the opposition party's headquarters.",
        "The court heard that gunmen killed four farmers in separate attacks.",
        "Residents marked the anniversary of a series of attacks that killed 40 people in the town.",
        "Analysts say the series of coordinated attacks shows the group's growing reach.",
        # a profile, a relative clause, a story, a recollection: the act is told of someone, or of another time
        "The Allied Democratic Forces is an armed group that killed hundreds of civilians in separate attacks.",
        "The Allied Democratic Forces, an armed group blamed for separate attacks on villages, is based in Beni.",
        "Gunmen who killed four farmers in separate attacks on two hamlets were arrested.",
        "The film tells how armed robbers loot a bank in a small town.",
        "Residents recalled how soldiers surrounded the headquarters of the party in 1990.",
        "Armed robbers loot banks in the town every week.",
        "Bandits are known to loot shops in the market.",
        "Armed robbers would loot a bank in the town if the police left.",
        "In 1994, a land dispute between the two clans led to the deaths of hundreds of people in Kaura.",
        "Schools in the region were closed because of insecurity for much of the last decade in Kaura.",
        "The opposition says the ruling party pillaged the National Treasury.",
        # a history paragraph: the acts summed up after the lead
        "The militia was founded by herders in the 1990s. It carried out a series of raids on farming villages.",
        # a lead that names no place, party or person it hit: a habit or a charge, as before
        "Armed bandits loot a warehouse in the market.",
        "Gunmen killed four farmers in separate attacks on two hamlets near the river.",
        # only the lead: the same act told after another sentence needs a day of its own, as before
        "Residents are afraid. Armed bandits loot a warehouse in Gidan Kara market.",
    ],
)
def test_background_plans_and_words_open_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == []


def test_a_lead_with_a_day_is_read_as_before(extractor: api.Extractor) -> None:
    # (the day gates lift only for an undated lead; with its own day the lead was always an incident)
    assert first_types("On 4 March 2021, armed bandits looted a warehouse in the market.", extractor) == (
        "Strategic developments", "Looting/property destruction")


def test_an_incident_after_the_lead_keeps_the_report_to_it(extractor: api.Extractor) -> None:
    # The lead sums up; the acts are then told one by one with their days: those open the events, as before.
    text = ("Gunmen killed six farmers in separate attacks on two hamlets. On 4 March 2021, gunmen killed four farmers "
            "in Tunga. On 5 March 2021, gunmen killed two farmers in Kasa.")
    assert typed(text, extractor) == [("Violence against civilians", "Attack")] * 2
