"""A trigger word that only opens an act phrase ranked after another is read as part of the phrases (fix30; texts
written for these tests).

'Soldiers established checkpoints and collected illegal taxes from traders' holds two act phrases: checkpoints set
up and taxes extorted. The phrases are tried in a fixed order (the taxes' first), and the sentence's first trigger
word ('established') opened the other one, so neither was read and the two cancelled: no event. Every phrase found
keeps its word now, and a trigger word that only opens a later phrase does not outrank the first: the sentence reads
as 'soldiers set up checkpoints and collected illegal taxes' (no trigger word of its own) always did, a looting.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

LOOTING = ("Strategic developments", "Looting/property destruction")
PUBLISHED = "2024-03-06"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, soldiers established checkpoints and collected illegal taxes from traders in Gao.",
        "On Monday, militants established checkpoints and collected illegal taxes from traders in Gao.",
        "On Monday, soldiers established checkpoints and extorted money from traders in Gao.",
        # (the same sentence with 'set up', which always read so)
        "On Monday, soldiers set up checkpoints and collected illegal taxes from traders in Gao.",
    ],
)
def test_checkpoints_established_and_taxes_collected_are_one_looting(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [LOOTING], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, soldiers established checkpoints in Gao.",
         [("Strategic developments", "Change to group/activity")]),
        ("The government collected taxes from traders in Gao on Monday.", []),
        ("Soldiers plan to establish checkpoints and collect taxes from traders in Gao.", []),
    ],
)
def test_one_phrase_plans_and_officials_keep_their_reading(text: str, expected: list[tuple[str, str]],
                                                           extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == expected, text
