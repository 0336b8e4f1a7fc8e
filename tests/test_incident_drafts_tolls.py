"""The toll of an incident where a side counts its own losses ('We have lost three soldiers and four others were
injured'): the persons lost are its dead, and the injured after them are the injured alone; a toll compared with a
period ('in one of the bloodiest attacks since the president took office in December') is the incident's, dated by its
own day; 'as were three guards' adds to the count before it (texts written for these tests).
"""

from __future__ import annotations

import pytest

from sitrep import api
from sitrep.model import Event


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.default_extractor()


def events(text: str, extractor: api.Extractor, published: str = "2023-06-14") -> list[Event]:
    return api.extract(text, published=published, extractor=extractor).events


@pytest.mark.parametrize("said", ["We have so far lost three soldiers and four others were injured",
                                  "We have lost three soldiers and four others injured"])
def test_the_persons_a_side_lost_are_its_dead(said: str, extractor: api.Extractor) -> None:
    text = (f"A car bomb exploded at an army checkpoint near Baidoa on Sunday. \u201c{said},\u201d an army officer "
            "told reporters.")
    [event] = events(text, extractor)
    assert event.killed is not None and event.killed.best == 3
    assert event.wounded is not None and event.wounded.best == 4


def test_losing_contact_counts_no_dead(extractor: api.Extractor) -> None:
    text = ("Militants attacked an army checkpoint near Baidoa on Sunday. The army said it had lost contact with "
            "three soldiers.")
    [event] = events(text, extractor)
    assert event.killed is None or event.killed.best != 3


def test_a_toll_compared_with_a_period_since_is_the_incidents_own(extractor: api.Extractor) -> None:
    text = ("Eleven police officers have been killed in an ambush in the western state of Colima, officials said on "
            "Monday, in one of the bloodiest attacks on security forces since President Maria Elena Torres Vega took "
            "office in December.")
    [event] = events(text, extractor)
    assert event.killed is not None and event.killed.best == 11
    assert event.date_start is not None and event.date_start.isoformat() == "2023-06-12"  # (not December's)


def test_a_comparison_that_tells_an_earlier_act_does_not_type_the_incident(extractor: api.Extractor) -> None:
    text = ("Gunmen ambushed a militia convoy near the town of Tuz on Saturday, killing nine fighters. It was the "
            "deadliest attack on the militia since October, when the army retook the town from the rebels.")
    [event] = events(text, extractor, published="2023-06-12")
    assert event.sub_event_type == "Armed clash"


def test_a_period_since_a_change_of_office_is_still_background(extractor: api.Extractor) -> None:
    text = "Violence has ravaged the state since President Maria Elena Torres Vega took office in December."
    assert events(text, extractor) == []


@pytest.mark.parametrize(
    ("said", "wounded"),
    [
        ("He said 14 civilians on a nearby beach were wounded.", 14),  # (the persons counted: 'nearby' counts nothing)
        ("He said 14 civilians on a nearby beach were wounded, as were three guards.", 17),
    ],
)
def test_the_wounded_told_after_a_place_and_as_were_add_up(said: str, wounded: int,
                                                           extractor: api.Extractor) -> None:
    text = "Two car bombs hit an army base in Aden on Saturday, killing five people. " + said
    [event] = events(text, extractor)
    assert event.wounded is not None and event.wounded.best == wounded
