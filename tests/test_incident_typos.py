"""Misspelt trigger words read as the word meant (texts written for these tests)."""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api
from sitrep.extract.typos import typo_table

PUBLISHED = "2024-03-08"


def test_a_dropped_or_swapped_letter_maps_to_the_word_meant() -> None:
    table = typo_table({"protested", "attacked", "demonstrated"})
    assert table["protestd"] == "protested"  # a letter dropped
    assert table["attakced"] == "attacked"  # two neighbours swapped
    assert table["demonstated"] == "demonstrated"


def test_slips_that_make_known_or_short_words_are_left_alone() -> None:
    table = typo_table({"executed", "battling", "fired", "marched"}, known={"marches"})
    assert "execute" not in table  # the last letter dropped: a real verb
    assert "batting" not in table  # a real word
    assert "fried" not in table  # too short to tell
    assert "xecuted" not in table  # the first letter is never the slip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 March, nurses protestd outside the county hospital over unpaid salaries.", "Protests"),
        ("Bandits attakced a bus on the Garissa road on Tuesday.", "Violence against civilians"),
        ("Teachers demonstated in Kisumu on Wednesday against a pay freeze.", "Protests"),
    ],
)
def test_misspelt_triggers_open_their_incident(text: str, expected: str, extractor: api.Extractor) -> None:
    assert [event_type for event_type, _ in typed(text, extractor, published=PUBLISHED)][:1] == [expected]


def test_capitalised_words_are_names_not_slips(extractor: api.Extractor) -> None:
    assert typed("The Attakced Gallery in Nairobi opened a new wing on Monday.", extractor, published=PUBLISHED) == []
