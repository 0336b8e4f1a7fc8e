"""Words of a course that tell of one act rather than make the sentence a course (texts written for these tests).

A sentence with a course's words ('a wave of', 'a series of attacks', 'last year', 'the past few days') and no day of
its own is background. Four phrasings misfired on sentences that tell one incident:

* the act named as 'the latest in a wave (series, string …) of' such acts: the newest of the course, itself an event;
* 'last year's' as a possessive after a cause's preposition ('detained following last year's mutinies'): it dates the
  noun, the clause's own act is one protest;
* a span of a few days an act told in the simple past took ('were killed in air strikes over the past few days'):
  one report of one incident, as ACLED codes it (told in the perfect, 'have been killed', it stays a toll so far);
* a relative clause's course after a hyphenated word ('whose 24-year rule is being challenged in a wave of anger'):
  the hyphen inside a word is no dash ending the aside, so the course stays inside it.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen abducted six fishermen off the coast near Lome, the latest in a wave of such attacks.",
         "Violence against civilians"),
        ("A roadside bomb killed two soldiers near Gao, the latest in a series of bombings on the road.",
         "Explosions/Remote violence"),
        ("Families of miners arrested following last year's strike protested outside the governor's office in Jos.",
         "Protests"),
        ("Youths angered after last year's election results burned the party office in Kumasi.", "Riots"),
        ("Twelve rebels were killed in air strikes on their camps near Kidal over the past few days.",
         "Explosions/Remote violence"),
        ("Four herders were killed in clashes with farmers near Bawku over the past two days.", "Battles"),
        ("Hundreds of traders gathered in Accra on Friday to demand the resignation of the mayor, whose two-year term "
         "has been marred by a wave of evictions.", "Protests"),
    ],
)
def test_course_words_told_of_one_act_leave_it_an_incident(text: str, expected: str,
                                                           extractor: api.Extractor) -> None:
    assert first_types(text, extractor)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # The course itself, told as such: background still.
        "Dozens of people have been killed in air strikes over the past few days.",
        "Hundreds of civilians have been killed in the region over the past two days, the agency said.",
        "Gunmen have kidnapped dozens of travellers in a wave of attacks on the highway.",
        "Last year's protests left forty people dead across the country.",
        "The region saw a wave of attacks on schools last year.",
        "Over the past two weeks, gunmen killed dozens of farmers in the district.",
        "Hundreds of people have been killed in the area, whose long-running conflict has been waged since 2015.",
    ],
)
def test_a_course_told_as_such_stays_background(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == []
