"""The role of a party's mention from the words before it, shared by incident and claim extraction."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

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


# --- targets and actors, one set of functions for incidents and claims ---------------------------------------

def _doc(text: str) -> Doc:
    """A spaCy Doc with the project's marks."""
    from sitrep import api
    from sitrep.extract.pipeline import marks, run

    doc = run(api.default_extractor().nlp, text, None)
    assert marks(doc, "actors")  # the texts below name at least one party
    return doc


def _at(doc: Doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


def test_the_target_of_a_figure_stops_at_who_acts() -> None:
    from sitrep.extract.roles import figure_target

    doc = _doc("The monitor said 40 fighters of the Islamic State were killed in raids by the Syrian army.")
    start = _at(doc, "40")
    assert figure_target(doc, start, len(doc) - 1) == "Islamic State"


def test_a_party_after_by_is_never_the_target_and_only_a_category_remains() -> None:
    from sitrep.extract.roles import figure_target

    doc = _doc("The group said 12 civilians were killed by the Syrian army in March.")
    assert figure_target(doc, _at(doc, "12"), len(doc) - 1) == "civilians"


def test_an_incident_target_is_not_its_perpetrator() -> None:
    from sitrep.extract.roles import target_party

    doc = _doc("The Taliban attacked Afghan forces in the district on Monday.")
    actor = next(s for s in doc.spans["actors"] if s._.sitrep.canonical == "Taliban")
    target = target_party(doc, 0, len(doc), actor=actor)
    assert target is not None and target._.sitrep.canonical == "Afghan National Defense and Security Forces"


def test_the_actor_of_a_claim_is_the_subject_of_its_count_not_who_it_was_against() -> None:
    from sitrep.extract.roles import claim_actor

    doc = _doc("Against the Islamic State group, the SDF carried out 12 operations in March.")
    found = claim_actor(doc, doc[0 : len(doc)], _at(doc, "12"), 0, len(doc))
    assert found is not None and found._.sitrep.canonical == "Syrian Democratic Forces"


def test_an_incident_target_is_an_acled_actor_with_its_category() -> None:
    from sitrep.extract.roles import incident_target

    doc = _doc("Taliban fighters stormed a police post in Ghazni on Monday, killing four officers.")
    trigger = doc[_at(doc, "stormed") : _at(doc, "stormed") + 1]
    actor = next(s for s in doc.spans["actors"] if s._.sitrep.canonical == "Taliban")
    name, _, category = incident_target(doc, [doc[0 : len(doc)]], trigger, actor)
    assert (name, category) == ("Police Forces", "police")


def test_the_subject_of_a_passive_verb_of_violence_is_its_victim() -> None:
    from sitrep.extract.roles import passive_victim

    doc = _doc("Two Turkish soldiers were killed by the PKK near the border.")
    soldiers = next(s for s in doc.spans["actors"] if s.start <= _at(doc, "soldiers") < s.end)
    assert passive_victim(doc, soldiers, doc[0 : len(doc)])


def test_a_village_named_as_the_scene_is_not_the_victim() -> None:
    from datetime import date

    from sitrep import api
    from sitrep.model import Document

    def target(text: str) -> tuple[str | None, str | None]:
        doc = Document.from_text(text, source="Test Wire", published=date(2021, 3, 2))
        event = api.extract(doc).events[0]
        return event.actor2, event.target_category

    # Where the act happened ('near the village of', 'in two villages') leaves the victims to the rest of the text.
    assert target("A roadside bomb exploded on Sunday near the village of Hajin, killing three fighters of the "
                  "Syrian Democratic Forces, residents said.") == ("Syrian Democratic Forces", "military")
    assert target("In the village of Kamba, a police officer was killed by a mob on Friday.")[1] == "police"
    # A village attacked is its people attacked. (A raid that only burned homes, harming no one, is a property
    # destruction, typed with no target category: here the raiders open fire.)
    assert target("Gunmen raided a village in Zamfara on Monday and opened fire on homes.") == ("Civilians",
                                                                                               "civilians")
