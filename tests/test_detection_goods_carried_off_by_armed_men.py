"""Goods carried off by non-state armed men, told with a plain verb of taking (texts written for these tests).

'Gunmen took away food and money', 'bandits carted away goods', 'an armed group stripped the belongings from miners',
'an armed group took farmers' grains from the field', 'the robbers made away with the cash': with a day of its own and
no one harmed, a looting (ACLED's looting/property destruction). 'Took' and 'collected' need the goods taken from
someone or somewhere. The state's forces taking cattle (a seizure of their own), bodies or weapons taken away, an aim
('agreed to take away'), a habit of years, a government's taxes and volunteers' collections open no event.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

PUBLISHED = "2024-05-08"
LOOTING = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, gunmen took away food and money from a shop in Tanga.",
        "On 3 May 2024, bandits carted away goods worth millions from the market in Tanga.",
        "On 3 May 2024, an unidentified armed group stripped the belongings from a group of traders near Tanga.",
        "On 3 May 2024, an armed group, collected, and took farmers' grains from the fields around Tanga.",
        "On 3 May 2024, armed men broke into the warehouse in Tanga and made away with bags of rice.",
    ],
)
def test_goods_carried_off_by_armed_men_are_a_looting(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == LOOTING


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, soldiers took away the cattle from the herders in Tanga.",
        "On 3 May 2024, gunmen took away the bodies of their comrades.",
        "On 3 May 2024, the rebels agreed to take away their weapons from the town.",
        "The militants took grain from farmers for years, residents said.",
        "On 3 May 2024, the government collected taxes from traders in Tanga.",
        "On 3 May 2024, volunteers collected food from donors for the displaced.",
    ],
)
def test_takings_that_are_no_looting_open_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []
