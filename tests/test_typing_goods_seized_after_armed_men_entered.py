"""Armed men seen entering a place (ACLED's movement of forces, a change to a group's activity) who then take goods
there, told in the next sentence ('Gunmen entered the village. They seized cash and phones from residents.'): the
entry was the way in, the goods' loss is their act, a looting, as it is when both are told in one sentence. Look-alikes
stay as they were: an entry alone or with a non-violent act after it, weapons seized (a disrupted weapons use), and
people killed beside the goods (an attack). Texts written for these tests.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023, militants on motorcycles entered the village of Kuru. They seized nine goats.",
        "On 3 May 2023, armed men entered the village of Kuru. The assailants seized cash, a motorcycle and phones "
        "from residents.",
        "On 12 June 2021, soldiers entered the market town of Daro. They seized jewellery and food from the traders "
        "and arrested a young man.",
        # (the same in one sentence, typed so already)
        "On 3 May 2023, militants on motorcycles entered the village of Kuru and seized nine goats.",
    ],
)
def test_goods_seized_after_armed_men_entered_a_place_are_a_looting(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Strategic developments", "Looting/property destruction"), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an entry alone, or with no goods taken after it
        ("On 3 May 2023, militants on motorcycles entered the village of Kuru.",
         ("Strategic developments", "Change to group/activity")),
        ("On 3 May 2023, militants on motorcycles entered the village of Kuru. They preached in the mosque.",
         ("Strategic developments", "Change to group/activity")),
        # weapons seized: a disrupted weapons use
        ("On 3 May 2023, soldiers entered the village of Kuru. They seized weapons and ammunition.",
         ("Strategic developments", "Disrupted weapons use")),
        # people killed beside the goods: an attack
        ("On 3 May 2023, militants on motorcycles entered the village of Kuru. They killed two men and seized nine "
         "goats.", ("Violence against civilians", "Attack")),
    ],
)
def test_an_entry_with_no_goods_taken_after_it_keeps_its_type(text: str, expected: tuple[str, str],
                                                              extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == expected, text
