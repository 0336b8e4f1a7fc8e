"""Roads held where the rules used to find no event (texts written for these tests).

A self-defence group's or vigilantes' checkpoints (a community's armed guard, no crowd), a trench dug or blocks set
up on a road by an armed party, and a roadblock told with what it was made of before its verb ('a roadblock made of
three trucks was set up') are a road held: a strategic development ('Other'), as the same acts of a gang are. Works,
plans, a council's traffic measures and a crowd's barricades are left as they were.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, members of a self-defence brigade set up checkpoints at the entrances of the Bela district.",
        "On Tuesday, vigilantes installed a checkpoint on the road to Moro and searched passing motorists.",
        "On Sunday, gang members dug a trench across the national road near Kito to keep police vehicles out.",
        "On Monday, armed men set up blocks on the road leading to the market of Sade.",
        "On Monday, a roadblock made of two old minibuses was set up on the main street of Lira.",
    ],
)
def test_a_road_held_by_guards_a_trench_or_blocks_is_another_development(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Strategic developments", "Other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Works, a plan, a council's measure: no armed party holds the road.
        ("On Monday, workers dug a trench across the main road to lay water pipes.", []),
        ("On Monday, the mayor said vigilantes would set up checkpoints next month.", []),
        ("On Monday, the council placed concrete blocks on the road to stop heavy trucks.", []),
        ("On Monday, vigilantes met the police chief to discuss checkpoints on the road to Moro.", []),
    ],
)
def test_works_plans_and_measures_on_roads_stay_as_they_were(text: str, expected: list[tuple[str, str]],
                                                              extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == expected
