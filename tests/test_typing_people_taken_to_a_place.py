"""People or goods taken to a place are brought there, no ground taken (attack23; texts written for these tests): 'took
her to an area known as X', 'taken to a FACA base', 'taken to the health centre' name where the victims were brought,
so the harm to them is the event, not a territory changing hands. A place taken, with or without its control, stays a
taking."""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


def sub_event_type(text: str, extractor: api.Extractor) -> str | None:
    """The sub-event type of the first event the rules find in ``text``."""
    return extracted.first_event(text, extractor).sub_event_type


@pytest.mark.parametrize(
    "text, sub",
    [
        ("On 4 March 2024, gang members kidnapped four traders near Mirebalais and took them to their bases in Canaan.",
         "Abduction/forced disappearance"),
        ("On 4 March 2024, soldiers beat a trader in Bambari and he was then taken to a FACA base, where he was "
         "tortured.", "Attack"),
        ("On 4 March 2024, militants shot and wounded a herder at the market in Siribala. The man was taken to the "
         "health centre in Markala.", "Attack"),
    ],
)
def test_people_taken_to_a_base_or_a_camp_were_brought_there(text: str, sub: str, extractor: api.Extractor) -> None:
    assert sub_event_type(text, extractor) == sub, text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, the rebels took the town of Gama after heavy fighting with the army.",
        "On 4 March 2024, militants took control of the military base in Gama.",
        "On 4 March 2024, JNIM militants attacked and took over the army camp in Gama, killing five soldiers.",
    ],
)
def test_a_place_taken_stays_a_taking(text: str, extractor: api.Extractor) -> None:
    assert sub_event_type(text, extractor) == "Non-state actor overtakes territory", text
