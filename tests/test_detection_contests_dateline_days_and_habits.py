"""Three detection defects (texts written for these tests).

'Beat' with persons after it is an assault ('soldiers beat three traders'), but in a contest ('beat three rival
candidates in the primary', 'beat two challengers by 300 votes', 'beat the other aspirants to win the ticket') it is
a result, no incident. A date told alone as a sentence ('15 May.') is the day of the act told right after it, as
'On 15 May,' would be: an act that needs a day of its own (goods pillaged, a displacement) is read there too. A habit
told by how long it has lasted ('have set up checkpoints in the region for years') is no incident where no day of its
own is told; a protest's grievance may span years ('against abuses committed for decades') and stays a protest.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "The incumbent beat three rival candidates in the primary.",
        "The governor beat two challengers by 300 votes on Sunday.",
        "The senator beat the other aspirants to win the party ticket.",
        "Last week the mayor beat four opponents in the municipal election.",
    ],
)
def test_beating_rivals_in_a_contest_opens_no_assault(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, soldiers beat three traders at the market in Gao.",
        "On Monday, thugs beat two candidates in the primary election campaign office in Lagos.",
        "On Monday, party youths beat two candidates at the polling station.",
    ],
)
def test_beating_persons_outside_a_contest_is_still_an_assault(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)


def test_a_date_alone_as_a_sentence_gives_its_day_to_the_pillage_after_it(extractor: api.Extractor) -> None:
    # (the same act with 'On 3 May,' before it was read already)
    for text in ("15 May. Rebel fighters loot motorbikes and grain from the market of Kolofata.",
                 "On 15 May, rebel fighters loot motorbikes and grain from the market of Kolofata."):
        assert first_types(text, extractor) == ("Strategic developments", "Looting/property destruction"), text


@pytest.mark.parametrize(
    "text",
    [
        # no day at all: a charge or a history, as before
        "Rebel fighters loot motorbikes and grain from the markets of the region.",
        # a day told inside a sentence that tells something else is no dateline for the next one
        "The report was released on 15 May. Rebel fighters loot motorbikes and grain from the markets of the region.",
    ],
)
def test_a_pillage_with_no_day_of_its_own_still_opens_nothing(text: str, extractor: api.Extractor) -> None:
    assert ("Strategic developments", "Looting/property destruction") not in typed(text, extractor, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Militants have set up checkpoints in the region for years.",
        "The gang has taxed travellers on the highway for months.",
        "Armed groups have looted villages in the area for decades.",
    ],
)
def test_a_habit_told_by_how_long_it_lasted_opens_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        # a day of its own: one incident, whatever the men did for years before
        "On 3 May, militants who have terrorised the region for years set up checkpoints near Gao.",
        "On 3 May, militants set up checkpoints in the region.",
        # a protest whose grievance spans years is still a protest
        "Hundreds of residents rallied in the town on Friday against abuses committed by the police for decades.",
        "Retired workers protested outside the council over pensions left unpaid for months.",
    ],
)
def test_a_day_of_its_own_or_a_protest_keeps_the_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)
