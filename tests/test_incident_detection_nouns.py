"""Incidents told only by a noun and its result, reports in quotation marks, and words in scare quotes (texts
written for these tests).

'Violence erupted', 'tensions turned deadly', 'the feud claimed two lives', 'a man died in a clan war' tell fighting
without a verb of fighting; with a day of their own they open an incident, told as a war's course they open none. A
note pasted whole in quotation marks is the report itself; one word in quotation marks ('went on a "rampage"') is the
reporter's, not a speaker's.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "Violence erupted in the market town of Kapsoit on Tuesday after the tally was announced.",
        "On 2 March, fighting broke out again near the river crossing at Malakal.",
        "On Sunday, tensions between the two villages over grazing land turned deadly in Lokiriama.",
        "Tensions between rival boda boda operators turned violent in Bungoma on 4 March.",
        "Communal violence caused three deaths in Tana Delta on Monday.",
        "On 1 March, the feud between the two families left one dead in Marsabit.",
        "A herder died in a clan feud over a water point near Wajir on 6 March.",
        "Hostilities broke out between the two militias at Kadugli on Wednesday.",
    ],
)
def test_fighting_told_by_a_noun_with_its_day_opens_an_incident(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Violence between the two communities has claimed hundreds of lives over the years.",
        "Observers fear that violence could erupt again before the vote.",
        "Tensions between the two parties have been rising for months.",
        "The minister warned that tensions could turn violent if the talks fail.",
        "The feud between the clans is decades old and has claimed many lives.",
        "The report says tensions turned deadly in several districts last year.",
        "Many families fled when the war broke out.",
    ],
)
def test_the_same_nouns_as_background_open_nothing(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        '"A driver for a relief agency was attacked by unknown men outside his hotel. The men stole his car."',
        '"One watchman was shot when he surprised thieves at the clinic gate."',
    ],
)
def test_a_report_pasted_whole_in_quotation_marks_is_told(text: str, extractor: api.Extractor) -> None:
    assert len(typed(text, extractor, published=PUBLISHED)) == 1


def test_a_speakers_quotation_still_opens_nothing(extractor: api.Extractor) -> None:
    # Someone's words, with the speaker outside the quotation and no day or toll of their own.
    text = "“We were attacked at night and some of us were shot,” a guard said."
    assert typed(text, extractor, published=PUBLISHED) == []


def test_a_word_in_scare_quotes_is_the_reports_own(extractor: api.Extractor) -> None:
    # Read as if the marks were not there.
    text = 'Students of a boarding school in Kisii went on a "rampage" on Monday over the exams.'
    assert typed(text, extractor, published=PUBLISHED)
    assert typed(text, extractor, published=PUBLISHED) == typed(text.replace('"', ""), extractor, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March, soldiers found and destroyed a clandestine airstrip near Puerto Lempira.",
        "Offices of the county government in Mbale were destroyed by unknown arsonists on Sunday.",
    ],
)
def test_a_dated_incident_of_property_destroyed_is_kept(text: str, extractor: api.Extractor) -> None:
    # Nothing else in it that the typing rules read: the most general type 'destroyed' allows, not dropped.
    assert typed(text, extractor, published=PUBLISHED) == [("Strategic developments", "Looting/property destruction")]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge destroyed in the 2019 floods has not been rebuilt.",
        "On 2 March, 30 homes were damaged when a storm hit Kisumu.",
        "Police said the offices were destroyed.",
    ],
)
def test_property_destroyed_by_nature_or_undated_opens_nothing(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


def test_property_destroyed_beside_a_protest_is_the_protests_cause(extractor: api.Extractor) -> None:
    text = (
        "On 4 March, traders burned tyres on the road outside Gikomba market after their stalls were destroyed by "
        "county workers. Demonstrators damaged property next to the road. Police used tear gas to disperse them."
    )
    events = typed(text, extractor, published=PUBLISHED)
    assert events
    assert all(event_type == "Riots" for event_type, _ in events)


@pytest.mark.parametrize(
    "text",
    [
        "On 13 March, insurgents pounded an army outpost in Qala district.",
        "On Tuesday, the army bombarded rebel positions near Kadugli.",
        "On 2 March, the town of Marib was bombarded with rockets.",
    ],
)
def test_fire_told_with_a_verb_of_pounding_opens_an_incident(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, heavy rain pounded the city of Mombasa.",
        "The government has vowed to pound rebel positions until they surrender.",
        "On Sunday, waves pounded the coast near Lamu.",
    ],
)
def test_pounding_that_is_no_fire_opens_nothing(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []
