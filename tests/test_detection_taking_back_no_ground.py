"""A taking back told of a seat, a title or a lead is politics or sport; told of ground, by an armed side, it is war.

'Regained', 'retook' and 'recaptured' are hard triggers because conflict reporting uses them for ground changing
hands. With no ground read, no actor, no armed side or force and no harm anywhere in the report, they open no event."""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday the seat was regained by the ruling party in the by-election.",
        "On Sunday the ruling party regained the seat in the by-election.",
        "On Saturday the champion recaptured the title in front of a home crowd in Lagos.",
        "On Sunday Chelsea retook the lead in the league after a late goal.",
        "On Tuesday the opposition reclaimed the speakership after a vote in the assembly.",
    ],
)
def test_a_taking_back_of_no_ground_by_no_armed_side_opens_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Sunday the town was regained by the army after two days of fighting.",
         ("Battles", "Government regains territory")),
        ("On Sunday the rebels recaptured the hill after heavy fighting.",
         ("Battles", "Non-state actor overtakes territory")),
        ("On Sunday soldiers retook the checkpoint from the militants.",
         ("Battles", "Government regains territory")),
    ],
)
def test_ground_taken_back_by_an_armed_side_stays_an_event(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


def test_a_taking_back_with_harm_told_stays_an_event(extractor: api.Extractor) -> None:
    text = "On Sunday villagers recaptured the stolen cattle and killed one of the thieves."
    assert typed(text, extractor), text
