"""A death told as an act's outcome counts as a toll (texts written for these tests).

'Police fired shots to disperse them, resulting in the death of one protester' counted nobody: only the plural noun
('deaths of two') was read as a count, so a lethal dispersal stayed a 'Protest with intervention'. After an outcome's
lead ('resulting in', 'leading to', 'led to', 'ending in', 'causing', 'claimed') 'the death of one', 'the death of a
protester', 'the death of at least 3', 'the deaths of the two brothers', 'the killing of a farmer' and 'the life of
a protester' count their dead; and a force's fire told as 'firing shots' or 'gunfire' is lethal force as 'fired' is.

Look-alikes that must not count: a death that is a protest's cause, a vigil's or an inquiry's subject, a mourning,
a court's sentence, threats, and animals ('a number of cattle').
"""

from __future__ import annotations

import pytest

from extracted import first_event, first_types
from sitrep import api

_PROTEST = "Residents protested in Tamu on Monday over a land dispute. "


@pytest.mark.parametrize(
    "text",
    [
        _PROTEST + "Police fired shots to disperse them, resulting in the death of one protester.",
        _PROTEST + "Police fired shots to disperse them, resulting in the death of one.",
        _PROTEST + "Police fired tear gas and live rounds at the crowd, causing the death of a protester.",
        _PROTEST + "Police fired live rounds at the crowd, which claimed the life of a protester.",
        _PROTEST + "Soldiers fired into the crowd, leading to the death of two protesters.",
        # ('firing shots', 'gunfire': the force's fire told by a participle or a noun, as 'fired' is)
        _PROTEST + "Police intervened by firing shots to disperse them, resulting in the death of one protester.",
        _PROTEST + "Police dispersed them with tear gas; one protester died in the police gunfire.",
    ],
)
def test_a_death_told_as_a_dispersal_outcome_makes_excessive_force(text: str, extractor: api.Extractor) -> None:
    # ACLED: protesters killed by the force that met them is excessive force against protesters.
    assert first_types(text, extractor) == ("Protests", "Excessive force against protesters"), text


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunmen attacked Tamu village on Monday, resulting in the death of a farmer.", 1),
        ("Gunmen raided Tamu village on Monday, leading to the death of one resident.", 1),
        ("Soldiers clashed with rebels near Tamu on Monday, resulting in the death of at least 3.", 3),
        ("Soldiers clashed with rebels near Tamu on Monday, which led to the death of the three gunmen.", 3),
        ("Soldiers clashed with rebels near Tamu on Monday, ending in the deaths of the two brothers.", 2),
        ("A mob attacked road officials in Tamu on Monday. The attack caused the death of a driver.", 1),
        ("Gunmen attacked Tamu village on Monday, resulting in the killing of a farmer.", 1),
    ],
)
def test_the_death_of_after_an_outcome_lead_counts_the_dead(text: str, dead: int, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert event.killed is not None and event.killed.best == dead, text


@pytest.mark.parametrize(
    "text",
    [
        "Students protested in Tamu on Monday over the death of a student.",
        "Students protested in Tamu on Monday over the death of one student in police custody.",
        "Hundreds marched in Tamu on Monday, demanding an inquiry into the death of a trader.",
        "Students protested in Tamu on Monday over the death of a student killed by police gunfire last week.",
    ],
)
def test_a_protest_about_a_death_stays_peaceful_with_no_toll(text: str, extractor: api.Extractor) -> None:
    # The death is why people gathered, not a death at the gathering.
    event = first_event(text, extractor)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest"), text
    assert event.killed is None or not event.killed.best, text


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Tamu on Monday mourned the death of two elders.",
        "A court in Tamu on Monday sentenced two men to death for the murder of a trader.",
        "Opposition leaders in Tamu said on Monday they had received death threats.",
        "A journalist in Tamu said on Monday he had been threatened with death.",
        "Residents of Tamu held a vigil on Monday to mark the death of the president last year.",
        "Gunmen poisoned a well in Tamu village on Monday, leading to the deaths of a number of cattle.",
    ],
)
def test_deaths_named_but_not_caused_here_count_nobody(text: str, extractor: api.Extractor) -> None:
    events = api.extract(text, extractor=extractor, published="2023-05-08").events
    assert all(e.killed is None or not e.killed.best for e in events), text


def test_the_death_of_a_family_is_not_one_dead(extractor: api.Extractor) -> None:
    # A group noun after 'the death of a' is several people, not a toll of one.
    event = first_event("Jets struck a village near Tamu on Monday, resulting in the death of a family.", extractor)
    assert event.killed is None or event.killed.best != 1
