"""Checkpoints 'established' or 'installed' are checkpoints set up, and stops on a road that come out as events
(fix29; texts written for these tests).

'Soldiers established 12 checkpoints on the road' was no event: only 'set up', 'erected', 'placed' and 'mounted'
read as a checkpoint set up (CHECKPOINT_SET). Now the same act with 'established' or 'installed' is typed as 'set
up' is: a state force's checkpoints a change to its activity, an armed group's a road held ('Other'). Plans, a
checkpoint taken down and a protest against checkpoints stay what they were.

Pinned (already read so before fix29): a force's interception of weapons is a disrupted weapons use; an armed
group's hold-up that takes the goods is a looting; checkpoints set up with extortion are an event.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

CHANGE = ("Strategic developments", "Change to group/activity")
ROAD_HELD = ("Strategic developments", "Other")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 March 2024, soldiers established 12 checkpoints on the road to Gao.", CHANGE),
        ("On 3 March 2024, police installed two checkpoints at the entrances of Gao.", CHANGE),
        ("On 3 March 2024, militants established checkpoints on the road to Gao.", ROAD_HELD),
        ("On 3 March 2024, gunmen installed a checkpoint on the highway near Gao.", ROAD_HELD),
    ],
)
def test_checkpoints_established_or_installed_are_checkpoints_set_up(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2024, the government said it would establish checkpoints on the road to Gao.",
        "On 3 March 2024, police dismantled a checkpoint of a militia near Gao.",
        "On 3 March 2024, the ministry established a committee to review the checkpoints near Gao.",
    ],
)
def test_plans_and_checkpoints_taken_down_set_up_nothing(text: str, extractor: api.Extractor) -> None:
    assert ROAD_HELD not in typed(text, extractor) and CHANGE not in typed(text, extractor), text


def test_a_protest_against_checkpoints_stays_a_protest(extractor: api.Extractor) -> None:
    text = "On 3 March 2024, residents protested the establishment of checkpoints in Gao."
    assert first_types(text, extractor) == ("Protests", "Peaceful protest")


def test_the_army_establishing_a_base_stays_a_base(extractor: api.Extractor) -> None:
    text = "On 3 March 2024, the army established a base near Gao."
    assert first_types(text, extractor) == ("Strategic developments", "Headquarters or base established")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Security forces intercepted a truck carrying weapons near Gao on Monday.",
         ("Strategic developments", "Disrupted weapons use")),
        ("On 3 March 2024, militants intercepted a truck near Gao and seized its goods.",
         ("Strategic developments", "Looting/property destruction")),
        ("On 3 March 2024, soldiers set up checkpoints and collected illegal taxes from drivers near Gao.",
         ("Strategic developments", "Looting/property destruction")),
        ("Militants set up checkpoints on the highway and extorted drivers.", ROAD_HELD),
    ],
)
def test_stops_on_a_road_that_tell_an_act_are_events(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text
