"""Control taken with no fight told, where no actor is read and no armed side or force is named anywhere in the
report ('the ruling party took control of the council', 'floods took control of the lower town', 'the new
management took control of the airline'), is no conflict event: politics, sport, business and weather use the same
words. Look-alikes that must stay a non-violent transfer of territory: an armed taker named by a word ('militants',
'Fulani militiamen', 'the village was occupied by the rebels') or by the actor table (a group's name). Texts written
for these tests.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, the ruling party took control of the city council after the local elections.",
        "The home team took control of the match in the second half on Sunday.",
        "On Monday, floods took control of the lower town, residents said.",
        "On 3 May, the new management took control of the airline.",
    ],
)
def test_control_taken_with_no_armed_side_named_opens_no_event(text: str, extractor: api.Extractor) -> None:
    assert api.extract(text, extractor=extractor).events == []


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May, militants took control of the village of Kamba.",
        "On 3 May, Fulani militiamen took control of the village.",
        "On 3 May, the village of Kamba was occupied by the rebels.",
        "On 3 May, Al-Shabaab took control of the town of Bulo Burte without a fight.",
    ],
)
def test_control_taken_by_an_armed_side_stays_a_non_violent_transfer(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == (
        "Strategic developments", "Non-violent transfer of territory")
