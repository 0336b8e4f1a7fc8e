"""Two crowds fighting each other ('threw stones at each other', 'clashed with another group', 'supporters and
opponents clashed') are ACLED's mob violence, not a demonstration turned violent against its target, whatever gathering
came before (read from the wider development samples' violent demonstration / mob violence confusions, wide-18 and
wide-8000; texts written for these tests). Look-alikes stay as they were: the demonstrators themselves clashing with
another group (their demonstration turned violent), a march that stoned the police, armed men shooting at each other.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

MOB = ("Riots", "Mob violence")
VIOLENT = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2024, striking nurses clashed with another group of nurses outside the hospital in Tamsa, leaving "
        "two injured.",
        "On 4 May 2024, supporters and opponents of the mayor clashed in Tamsa after a march, throwing stones.",
        # the police stepping in does not make the fight a demonstration
        "On 4 May 2024, herders and farmers threw stones at each other in Tamsa over a water point. Police intervened.",
    ],
)
def test_two_crowds_that_fought_each_other_are_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [MOB], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the demonstrators clashed with another group: their demonstration turned violent
        ("On 4 May 2024, students marched in Tamsa against fee increases. The protesters clashed with another group "
         "of students loyal to the rector.", VIOLENT),
        # a march that stoned the police: no second crowd
        ("On 4 May 2024, students marched in Tamsa against fee increases and pelted the police with stones.", VIOLENT),
        # armed men shooting at each other: a battle, untouched
        ("On 4 May 2024, rival gunmen shot at each other in Tamsa, killing three.", ("Battles", "Armed clash")),
    ],
)
def test_demonstrators_that_fought_and_armed_men_are_unchanged(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [expected], text
