"""Who took a place, where the taker is named only by a common noun (texts written for these tests).

In 'rebels attacked the gendarmerie post in Bria and took control of the town' the gendarmerie is what the rebels
attacked: the rebels took the town, a non-state actor's taking, not the government's. The side's word nearest before
the verb of taking decides, unless it is the object of an act ('attacked the', 'ambushed', 'clashed with').
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the force named as the object of the attack is no taker
        ("On 3 May, rebels attacked the gendarmerie post in Bria and took control of the town.",
         "Non-state actor overtakes territory"),
        ("On 3 May, militants ambushed soldiers near Bria and took control of the town.",
         "Non-state actor overtakes territory"),
        # look-alikes: the state's side nearest the verb, or the rebels the object
        ("On 3 May, soldiers attacked the rebels in Bria and took control of the town.",
         "Government regains territory"),
        ("On 3 May, after clashes with militants, soldiers took control of the town of Bria.",
         "Government regains territory"),
        ("On 3 May, soldiers clashed with 3R rebels near Bria and took control of the town.",
         "Government regains territory"),
        ("After two days of fighting, the army was able to recapture the town of Bria on Sunday.",
         "Government regains territory"),
    ],
)
def test_the_taker_is_the_side_that_was_not_attacked(text: str, expected: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", expected), text
