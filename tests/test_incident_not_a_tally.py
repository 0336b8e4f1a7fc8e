"""One incident with its toll is not an aggregate claim (texts written for these tests).

The claim reader takes a sentence for a tally from its shape: a count over a period, a tally word ('a total of'), a
speaker. Each case here is one incident that used to look like a tally for a reason of its own: an abbreviated month
inside a place name ('Wadi Jan district'), a day's count of blasts that nobody is said to keep, a range that gives
the fighting's own length or hedges the day, 'released' with its prisoners, a sum of money. The tallies beside
them, told with the same words, stay claims.
"""

from __future__ import annotations

import pytest

from sitrep import api

PUBLISHED = "2024-03-08"


def _read(text: str, extractor: api.Extractor) -> tuple[int, int]:
    extraction = api.extract(text, extractor=extractor, published=PUBLISHED)
    return len(extraction.events), len(extraction.claims)


@pytest.mark.parametrize(
    "text",
    [
        # An abbreviated month as part of a name is no period.
        "On 2 March, gunmen ambushed and killed 1 police officer and wounded 2 in Wadi Jan district, Kunar.",
        "On 4 March 2024, 3 soldiers were killed and 4 injured when militants attacked a post in Dar Mar village.",
        # A day's count of explosions or shots that nobody is said to keep or tell: one incident.
        "On 5 March, monitors heard a total of 40 explosions near the old brick works east of Horlivka.",
        "On Tuesday a total of 12 shells landed in the market district of Kharkiv.",
        # A range that is the fighting's own length, or that hedges the day.
        "On 3 March, during clashes that lasted from 1 to 3 March, 6 soldiers and 4 militiamen were killed and 11 "
        "were wounded in Sangin district.",
        "Around 4 March 2024 (between 2 March and 4 March), five were killed and two injured amid feuding between two "
        "clans near the river in Tonj.",
        # 'released' with a count of people is a release, not who speaks.
        "Around 6 March 2024 (from 5 - 6 March), the rebels released 30 soldiers held as prisoners in Ghazni.",
        # Rounds fired on a day at one target: one attack told with its munitions.
        "On 6 March, the group claimed the firing of 4 rockets towards an army garrison near the border.",
        # A sum of money is no count of people.
        "On 7 March, traders staged a sit-in outside the district office demanding INR 5 million for the family of "
        "a shopkeeper who was abducted by gunmen earlier in the month of February.",
    ],
)
def test_one_incident_is_an_event_not_a_claim(text: str, extractor: api.Extractor) -> None:
    events, claims = _read(text, extractor)
    assert (events >= 1, claims) == (True, 0)


@pytest.mark.parametrize(
    "text",
    [
        # A count over a period, or told by a party, stays a tally whatever day the report is dated.
        "The ministry said on Monday that a total of 340 attacks had been carried out since January.",
        "On Tuesday, the army said a total of 59 operations were carried out between 1 and 28 February.",
        "On 5 March, a total of 25 people were killed across the country, the interior ministry said.",
        "The group said it released figures showing 120 attacks over the last three months.",
        "In the last two months, residents claim, 14 people have been killed in raids on several villages.",
        "The air force said on 4 March that air defences had destroyed 10 out of 14 missiles.",
        "The agency said fighting that lasted from 1 to 28 February killed 230 people in the province.",
    ],
)
def test_tallies_stay_claims(text: str, extractor: api.Extractor) -> None:
    _, claims = _read(text, extractor)
    assert claims == 1
