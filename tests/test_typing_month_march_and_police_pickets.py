"""'March' the month and a police 'picket', read from the wider development sample's battle and riot confusions
(sitrep-rules/23's wide-18 sample), with look-alikes that must stay as they were (texts written for these tests).

A capitalised 'March' inside a line is the month ('fled to Duk in mid-March', 'by the end of March'), and a picket
after a force's word is the force's post ('militants attacked a police picket'): neither is a protest, so neither
makes a fight or an attack told beside it a demonstration. A march ('residents staged a march') and a protest picket
('workers held a picket outside the mine') still do.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "Fresh clashes between rebels and government forces near Leer forced many families to flee in mid-March.",
        "On 9 May 2024, militants attacked a police picket near Kohat; two policemen and one militant were killed.",
    ],
)
def test_the_month_and_a_police_picket_make_no_protest_of_a_fight(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Battles", "Armed clash")], text


@pytest.mark.parametrize(
    "text",
    [
        "On 9 May 2024, residents staged a march through Kohat to demand water.",
        "On 9 May 2024, March residents and traders held a march in the town to demand water.",
        "On 9 May 2024, mine workers held a picket outside the company's office in Kohat over unpaid wages.",
    ],
)
def test_a_march_and_a_workers_picket_are_still_protests(text: str, extractor: api.Extractor) -> None:
    assert [event_type for event_type, _ in typed(text, extractor)[:1]] == ["Protests"], text
