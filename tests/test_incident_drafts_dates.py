"""Which day an incident is dated: a day named inside the period the lead gives ('this week' … 'Tuesday's attacks'),
never the day a speaker told it, however long the speaker's name ('residents told Agence France Presse (AFP)
yesterday'), while 'reported two attacks on Tuesday' dates the attacks; not a bracketed date opening the story ('(14
Jun 2023) Protesters set fire … late Tuesday'), and, where the act's clauses name no day, the day of the scene told
right before it ('gunmen were waiting for them Monday'); more of the toll 'elsewhere' is the same day's (texts
written for these tests).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep import api
from sitrep.extract.attribution import statement_date_starts
from sitrep.extract.pipeline import build_pipeline, marks, run, sentences
from sitrep.model import Event


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.default_extractor()


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def events(text: str, extractor: api.Extractor, published: str = "2023-06-14") -> list[Event]:
    return api.extract(text, published=published, extractor=extractor).events


def statement_days(nlp: Language, text: str) -> list[str]:
    """The dates of ``text`` (one sentence) read as the day a statement was made."""
    doc = run(nlp, text, None)
    [sentence] = sentences(doc)
    starts = statement_date_starts(doc, sentence)
    return [span.text for span in marks(doc, "dates") if span.start in starts]


def attack(period: str) -> str:
    return (f"Army helicopters attacked the village of Kan Gyi in Sagaing region {period}, killing a farmer and his "
            "son.\n\nThe attack on Tuesday also wounded three women, residents said.")


@pytest.mark.parametrize("period", ["this week", "earlier this week", "this month"])
def test_a_day_named_inside_the_leads_period_dates_the_incident(period: str, extractor: api.Extractor) -> None:
    [event] = events(attack(period), extractor, published="2023-06-16")
    assert event.date_start is not None and event.date_start.isoformat() == "2023-06-13"
    assert event.time_precision == 1


def test_a_day_outside_the_leads_period_leaves_the_period(extractor: api.Extractor) -> None:
    [event] = events(attack("last week"), extractor, published="2023-06-16")
    assert event.date_start is not None and event.date_start.isoformat() == "2023-06-05"
    assert event.time_precision == 2


def test_the_day_a_speaker_with_a_long_name_told_it_does_not_date_the_act(extractor: api.Extractor) -> None:
    text = ("Fifteen villagers were killed when gunmen attacked a village in Zamfara State, residents told Agence "
            "France Presse (AFP) yesterday. The attack happened at about noon on Monday in the village of Kadisau.")
    [event] = events(text, extractor)
    assert event.date_start is not None and event.date_start.isoformat() == "2023-06-12"


@pytest.mark.parametrize(
    ("sentence", "said_on"),
    [
        ("Police said on Tuesday that gunmen had killed two guards.", ["on Tuesday"]),
        ("Two guards were killed, residents told Agence France Presse (AFP) on Tuesday.", ["on Tuesday"]),
        ("Two guards were killed, according to villagers and the head of a local council on Tuesday.",
         ["on Tuesday"]),
        ("Police in Kunar reported two attacks on Tuesday.", []),  # the attacks' day
        ("Police said gunmen killed two guards on Tuesday.", []),  # the act's verb stands between
        ("Nurses in Lamu protested alleged mistreatment from management on Tuesday.", []),  # ('alleged': no speech)
    ],
)
def test_a_statements_day_is_the_day_after_its_speaker(sentence: str, said_on: list[str], nlp: Language) -> None:
    assert statement_days(nlp, sentence) == said_on


def test_a_bracketed_date_opening_the_story_yields_to_the_acts_day(extractor: api.Extractor) -> None:
    text = ("(14 Jun 2023) Protesters set fire to the provincial council building in the city of Kut late Tuesday, "
            "leaving it burnt out. One protester was killed when guards fired live ammunition.")
    [event] = events(text, extractor)
    assert event.date_start is not None and event.date_start.isoformat() == "2023-06-13"


def test_a_scene_named_with_its_day_right_before_the_act_dates_it(extractor: api.Extractor) -> None:
    text = ("State police set out for the village of El Nogal to serve a warrant. It was not enough. Dozens of "
            "cartel gunmen were waiting for them Monday on the road, officials said.\n\nThe gunmen opened fire on the "
            "convoy with assault rifles, killing nine officers.")
    [event] = events(text, extractor)
    assert event.date_start is not None and event.date_start.isoformat() == "2023-06-12"


def test_an_act_with_its_own_day_keeps_it_after_a_dated_scene(extractor: api.Extractor) -> None:
    text = ("Dozens of cartel gunmen were waiting on the road Monday, officials said.\n\nThe gunmen opened fire on a "
            "police convoy on Tuesday, killing nine officers.")
    [event] = events(text, extractor)
    assert event.date_start is not None and event.date_start.isoformat() == "2023-06-13"


def test_more_of_the_toll_elsewhere_is_told_on_the_same_day(extractor: api.Extractor) -> None:
    text = ("Rebels ambushed an army patrol near the village of Tessit on Saturday, killing four soldiers. Two other "
            "soldiers were killed in fighting elsewhere in the district.")
    found = events(text, extractor)
    assert len(found) == 2
    assert [e.date_start.isoformat() for e in found if e.date_start] == ["2023-06-10", "2023-06-10"]


def test_statement_days_are_remembered_per_sentence_and_read_anew_with_new_date_marks(nlp: Language) -> None:
    # (the answer is kept per document and sentence, with the date marks it was read from: asked again it is the
    # same; another document, or the same one with its dates marked anew, is read anew)
    from sitrep.extract.attribution import _statement_date_starts
    from sitrep.extract.pipeline import set_marks

    said = run(nlp, "The army said on Monday that gunmen killed two farmers on Sunday.", None)
    acted = run(nlp, "The gunmen came on Monday and they killed two farmers on Sunday.", None)
    [first], [second] = sentences(said), sentences(acted)
    assert (first.start, first.end) == (second.start, second.end)  # (same bounds, other words)
    days = statement_date_starts(said, first)
    assert days == _statement_date_starts(said, first, marks(said, "dates")) and len(days) == 1
    assert statement_date_starts(said, first) == days
    assert statement_date_starts(acted, second) == _statement_date_starts(acted, second, marks(acted, "dates"))
    assert statement_date_starts(acted, second) == frozenset()
    set_marks(said, "dates", [])
    assert statement_date_starts(said, first) == frozenset()
