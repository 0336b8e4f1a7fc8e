"""A count of plain men who acted is no toll (texts written for these tests).

'Two men on a motorbike shot dead a trader' counted two killed: 'two men' were read as casualties, as 'two men were
shot dead' rightly is. When an active verb of violence with its object follows them in the same clause, the men did
it, as 'two gunmen shot dead a guard' has always been read. Where another clause comes first ('two men died after
gunmen shot at their car') or the verb is passive, the men stay the harmed.
"""

from __future__ import annotations

import pytest

from extracted import first_event
from sitrep import api


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two men on a motorbike shot dead a trader in Kano on Monday.", 1),
        ("Two men shot her dead outside her shop in Kano on Monday.", 1),
        ("Three men armed with machetes killed a farmer near Kano on Monday.", 1),
    ],
)
def test_the_men_who_acted_are_not_counted_as_killed(text: str, killed: int, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert event.killed is not None and event.killed.best == killed, text


@pytest.mark.parametrize(
    "text",
    [
        "Two men died after gunmen shot at their car in Kano on Monday.",
        "Two men were shot dead in Kano on Monday.",
        "Gunmen shot dead two men in Kano on Monday.",
        "Two men killed in Kano as gunmen opened fire on a bar on Monday.",
    ],
)
def test_men_who_were_harmed_stay_the_toll(text: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert event.killed is not None and event.killed.best == 2, text
