"""A court named as a place or an office held is no trial told (texts written for these tests).

'court' in a sentence hedges its acts: a trial or a ruling tells of acts done before ('the court heard that the
accused killed two traders'). A court room, a court official or the president of a court names a place or a person:
whoever is harmed there, or holds that office, is harmed in an incident of its own, and a crowd chanting in the court
room protests. A court that heard, tried or sentenced still opens no event.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

PUBLISHED = "2024-05-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9 April. The president of a local court is kidnapped by an unidentified armed group near Tanga.",
         ("Violence against civilians", "Abduction/forced disappearance")),
        ("On 3 May 2024, a judge of the high court was abducted by gunmen near Tanga.",
         ("Violence against civilians", "Abduction/forced disappearance")),
        ("On 3 May 2024, a court official was shot dead by gunmen in Tanga.",
         ("Violence against civilians", "Attack")),
        ('On 3 May 2024, activists in the court room chanted "free our comrades" during the appeal hearing in Tanga.',
         ("Protests", "Peaceful protest")),
    ],
)
def test_a_court_named_as_a_place_or_an_office_hedges_no_act(text: str, expected: tuple[str, str],
                                                             extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, the court sentenced the men who killed a farmer in 2019.",
        "On 3 May 2024, a court in Tanga heard that the accused killed two traders.",
        "The court official said the trial of the men who attacked the village would resume.",
        "On 3 May 2024, the president of the high court said that the men who kidnapped the chief were convicted.",
    ],
)
def test_a_court_that_heard_or_sentenced_still_opens_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []
