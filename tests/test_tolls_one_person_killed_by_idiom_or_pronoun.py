"""One person killed counts one, however the sentence wraps the victim (texts written for these tests).

'Gunmen shot dead a trader' already counted one; 'gunmen shot a trader dead', 'shot her dead', 'gunned him down',
'killed him in …' and 'stabbed him to death' counted nobody, so an event with a death told plainly had no toll. A
possessive 'her' ('killed her two sons') is not a pronoun victim, and a wound is no death.
"""

from __future__ import annotations

import pytest

from extracted import first_event
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot a trader dead at a market in Gao on Monday.",
        "Gunmen shot an elderly farmer dead near Gao on Monday.",
        "Gunmen shot him dead near the market in Gao on Monday.",
        "A gunman shot her dead outside her shop in Gao on Monday.",
        "Gunmen gunned him down near the market in Gao on Monday.",
        "Gunmen killed him in Gao on Monday.",
        "Attackers stabbed him to death near the market in Gao on Monday.",
    ],
)
def test_one_person_killed_is_a_toll_of_one(text: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert event.killed is not None and event.killed.best == 1, text


def test_a_pronoun_shot_but_not_killed_is_no_death(extractor: api.Extractor) -> None:
    event = first_event("Gunmen shot him in the leg near the market in Gao on Monday.", extractor)
    assert event.killed is None


def test_a_possessive_her_is_not_read_as_one_victim(extractor: api.Extractor) -> None:
    # (her two sons are two dead; the pronoun pattern must not make it one)
    event = first_event("Gunmen killed her two sons in Gao on Monday.", extractor)
    assert event.killed is None or event.killed.best != 1


def test_a_written_count_is_still_read_first(extractor: api.Extractor) -> None:
    event = first_event("Gunmen shot two traders dead at a market in Gao on Monday.", extractor)
    assert event.killed is not None and event.killed.best == 2


def test_a_protest_over_an_earlier_killing_gets_no_death_of_its_own(extractor: api.Extractor) -> None:
    # (the participle tells the killing the crowd protested, told as background, not a death at the protest)
    text = ("Traders protested in Kano on Monday over the killing of a taxi driver. The suspects had hired the driver "
            "to take them to a market, where they ended up killing him.")
    event = first_event(text, extractor)
    assert event.event_type == "Protests"
    assert event.killed is None
