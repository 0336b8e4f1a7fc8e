"""'Clear' after a copula or 'not' is the adjective of a writer's doubt ('it is not clear which villages were
attacked', 'the toll was not immediately clear'), never ground cleared of an enemy: the attack told stays the event,
no territory taken. Texts written for these tests; the look-alikes (troops that cleared villages or an area of
militants) still take ground.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, gunmen attacked the villages of Kuru and Dogo in Riyom, killing several residents. It is not "
        "clear which villages were attacked on which day.",
        "On 3 May 2024, soldiers attacked a village near Lamido in reprisal for an earlier raid, killing 25 people. "
        "It was not clear if the village was inhabited by herders.",
    ],
)
def test_a_doubt_told_with_clear_takes_no_ground(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, troops cleared the villages of Kawuri and Konduga of militants after a day of fighting.",
        "On 3 May 2024, soldiers clashed with militants and cleared the area around the town of Bama.",
    ],
)
def test_forces_that_cleared_ground_still_take_it(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Government regains territory"), text
