"""A displacement told by its noun (sd23, read from the 12,334-row development sample's strategic development / battle
confusions; texts written for these tests): 'population displacement intensified', 'a massive displacement of the
population was observed', 'internally displaced households were recorded', on a day of their own, are ACLED's
strategic development 'Other', the fight told as what people fled its cause, not a battle of the report; while a
fight that caused a displacement, a displacement prepared for, or one told with no day of its own, stay as they were.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2024, population displacement intensified in the Kamba territory following clashes between the "
        "army and the rebels.",
        "On 3 March 2024, a massive displacement of the population was observed towards Kamba following fighting "
        "between two militias.",
        "On 3 March 2024, some 3,000 internally displaced households were recorded in Kamba, fearing clashes between "
        "two rebel factions.",
    ],
)
def test_a_displacement_told_by_its_noun_after_a_fight_is_a_development(text: str,
                                                                         extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Strategic developments", "Other"), text


@pytest.mark.parametrize(
    "text",
    [
        # the fight is the event, the displacement its outcome
        "On 3 March 2024, soldiers clashed with rebels near Kamba, causing the displacement of hundreds of residents.",
        "On 3 March 2024, soldiers clashed with rebels near Kamba. A displacement of residents was reported.",
        # a displacement prepared for, not had
        "On 3 March 2024, rebels clashed with soldiers in Kamba; aid agencies are preparing for the displacement of "
        "thousands.",
    ],
)
def test_a_fight_beside_a_displacement_it_caused_or_feared_stays_a_battle(text: str,
                                                                        extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text


def test_a_displacement_with_no_day_of_its_own_leaves_the_fight_told(extractor: api.Extractor) -> None:
    # (a war's toll of the displaced, undated, is background: the phrase opens no development of its own)
    text = "Population displacement was reported in the Kamba territory following clashes between two militias."
    assert extracted.typed(text, extractor) == [("Battles", "Armed clash")], text


def test_offices_moved_are_no_displacement(extractor: api.Extractor) -> None:
    text = "On 3 March 2024, the displacement of the ministry's offices to Kamba was announced."
    assert extracted.typed(text, extractor) == [], text
