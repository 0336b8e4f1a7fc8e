"""Armed men who fire in the air or at no one and take goods ('militants pillaged shops and fired in the air',
'gunmen fired shots in the air and seized livestock'): the shots were the way the goods were taken, the goods' loss is
the act, a looting (ACLED's Looting/property destruction), not a show of force ('Other'). Look-alikes stay as they
were: fire in the air alone, warning shots with people fleeing, weapons seized by soldiers, and the police firing in
the air to disperse a crowd. Texts written for these tests.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2022, militants pillaged shops and fired in the air in the village of Kuru.",
        "On 3 May 2022, armed men entered Kuru, fired in the air and resupplied by pillaging a clinic.",
        "On 3 May 2022, militants fired gunshots in the air and seized livestock in the village of Kuru.",
        "On 3 May 2022, gang members fired shots in the neighbourhood and seized two vehicles.",
    ],
)
def test_goods_taken_by_men_firing_at_no_one_are_a_looting(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Strategic developments", "Looting/property destruction"), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 May 2022, militants fired in the air in the village of Kuru.", ("Strategic developments", "Other")),
        ("On 3 May 2022, gang members fired shots in the neighbourhood.", ("Strategic developments", "Other")),
        ("On 3 May 2022, border guards fired warning shots near the village of Kuru. Residents fled.",
         ("Strategic developments", "Other")),
        ("On 3 May 2022, soldiers fired in the air during a raid in Kuru and seized weapons.",
         ("Strategic developments", "Other")),
        ("On 3 May 2022, police fired in the air to disperse protesters in Kuru.",
         ("Protests", "Protest with intervention")),
    ],
)
def test_fire_at_no_one_with_no_goods_taken_keeps_its_type(text: str, expected: tuple[str, str],
                                                          extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == expected, text
