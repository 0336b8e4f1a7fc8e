"""A coder's tag at the head of a note ("Looting: …") names the coded answer: evaluation, training and the
development samples never let extraction read it."""

from __future__ import annotations

import pytest

from sitrep.evaluate.answer_key import strip_coder_label
from sitrep.evaluate.readers import strip_coder_notes
from sitrep.learn.data import clean_note


@pytest.mark.parametrize("note, text", [
    ("Looting: On 3 May 2021, gunmen took cattle from a village.", "On 3 May 2021, gunmen took cattle from a village."),
    ("Movement of forces: On 4 May 2021, troops arrived in the town.", "On 4 May 2021, troops arrived in the town."),
    ("Other: On 5 May 2021, the governor visited the camp.", "On 5 May 2021, the governor visited the camp."),
    ("Property desrtruction: On 6 May 2021, a school was burned.", "On 6 May 2021, a school was burned."),
    ("SECURITY MEASURES: On 7 May 2021, a curfew was imposed.", "On 7 May 2021, a curfew was imposed."),
])
def test_a_coders_tag_at_the_head_of_a_note_is_removed(note: str, text: str) -> None:
    assert strip_coder_label(note) == text


@pytest.mark.parametrize("text", [
    "Nairobi: police dispersed a crowd on 3 May.",              # a place as a dateline is the reporter's
    "Others: residents said the raid lasted an hour.",          # not a tag, only close to one
    "On 3 May, looting: shops were emptied in the market.",     # a colon inside the text
    "Looting continued on 3 May in the market.",                # the word itself, with no colon
])
def test_text_that_only_resembles_a_tag_is_left_as_written(text: str) -> None:
    assert strip_coder_label(text) == text


def test_evaluation_and_training_both_strip_the_tag_with_the_other_coder_notes() -> None:
    note = "Looting: On 3 May 2021, gunmen took cattle from a village. [size=no report] 0 fatalities coded."
    assert strip_coder_notes(note).startswith("On 3 May 2021, gunmen took cattle")
    assert clean_note(note).startswith("On 3 May 2021, gunmen took cattle")
    assert "Looting" not in strip_coder_notes(note) and "Looting" not in clean_note(note)
