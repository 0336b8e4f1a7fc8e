"""A building, its way in or a square shut in by armed men or police, with no harm told (texts written for these
tests).

Police or armed men who block, besiege, surround or encircle a building ('police officers blocked the entrance of a
hotel', 'the military surrounded the headquarters of the opposition party') keep people from a place: ACLED's
strategic development 'Other', told in a sentence with a day of its own. A fight, a killing or an arrest told with it
types the event. Look-alikes open no event (or keep their own reading): a court or a government blocking something,
fans, floodwaters, a plan, a denial, a siege told without a day, protesters blocking a door, a road blocked in a
protest.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"
OTHER = ("Strategic developments", "Other")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, police officers blocked the entrance of a hotel where opposition members were due to meet.",
        "On Monday, police forces besieged the offices of a women's rights group and kept its members inside.",
        "On Monday, the military surrounded the headquarters of the opposition party in the capital.",
        "On Monday, soldiers surrounded the mosque in the old town for several hours.",
        "On Monday, the police blocked the main square of the town.",
        "On Monday, militants encircled the school and told the teachers to stay inside.",
    ],
)
def test_a_building_shut_in_by_a_force_with_no_harm_is_a_development(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == [OTHER]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, soldiers surrounded the house and arrested three suspects.",
         ("Strategic developments", "Arrests")),
        ("On Monday, troops surrounded the village and opened fire, killing two militants.",
         ("Battles", "Armed clash")),
        ("On Monday, the police surrounded the building where the gunmen were hiding and exchanged fire with them.",
         ("Battles", "Armed clash")),
        ("On Monday, hundreds of protesters blocked the entrance of the ministry.",
         ("Protests", "Peaceful protest")),
        ("On Monday, police blocked the road to parliament as protesters marched.",
         ("Protests", "Protest with intervention")),
    ],
)
def test_a_siege_told_with_an_act_is_typed_by_the_act(text: str, expected: tuple[str, str],
                                                      extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the court blocked the sale of the building.",
        "On Monday, the government blocked access to the offices of the newspaper.",
        "The army has surrounded the town for months, residents say.",
        "Police will surround the stadium ahead of the final.",
        "The ministry denied that soldiers surrounded the embassy on Monday.",
        "On Monday, fans surrounded the team's hotel to cheer the players.",
        "On Monday, floodwaters surrounded the hospital.",
        "In 1978, soldiers surrounded the palace and the king fled into exile.",
    ],
)
def test_look_alikes_of_a_siege_open_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []
