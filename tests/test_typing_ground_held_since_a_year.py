"""Ground held 'since' a year is background, not a taking (fix28; texts written for these tests): 'where militants
have taken over the territory since 2019' tells what the area has long been, and the report's act is the killing told
beside it. A taking told in the perfect without such a year ('have taken over the town, residents said') or one told
in the past with a year of someone else's hold stays a taking.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024 militants killed a farmer in Gao, where they have taken over the territory since 2019.",
        "On 4 March 2024 militants killed a farmer in Gao, where since 2015 armed groups have intensified "
        "operations and taken over the territory.",
        "On 4 March 2024 gunmen killed two traders in Gao, where the militants have seized control of the roads "
        "since last year.",
    ],
)
def test_ground_held_since_a_year_is_background_of_the_killing(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    "text",
    [
        "Militants have taken over the town, residents said on Monday.",
        "Militants have taken over the town since Monday, residents said.",
        "On Monday militants took over the town of Gao, which the army had held since 2019.",
    ],
)
def test_a_taking_on_the_reports_days_stays_a_taking(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Battles", "Non-state actor overtakes territory"), text
