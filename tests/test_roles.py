"""The role of a party's mention from the words before it, shared by incident and claim extraction."""

from __future__ import annotations

import spacy

from sitrep.extract.roles import mention_role


def _role(text: str, word: str) -> str | None:
    doc = spacy.blank("en")(text)
    return mention_role(doc, next(t.i for t in doc if t.text == word))


def test_who_acts_is_an_agent() -> None:
    assert _role("Nine people were killed by the militia on Friday.", "militia") == "agent"
    assert _role("Civilians died at the hands of Wagner fighters.", "Wagner") == "agent"
    assert _role("The deaths were attributed to Hamas in the report.", "Hamas") == "agent"


def test_who_is_acted_upon_is_a_patient() -> None:
    assert _role("The SDF carried out 12 operations against the Islamic State group.", "Islamic") == "patient"
    assert _role("It claimed 4 attacks targeting Peshmerga posts.", "Peshmerga") == "patient"


def test_a_subject_has_no_role_from_its_lead() -> None:
    assert _role("The Taliban carried out 300 attacks last week.", "Taliban") is None
