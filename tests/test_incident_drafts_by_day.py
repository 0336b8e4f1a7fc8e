"""A toll a reporter splits by day ('two were killed on Wednesday and one on Tuesday') tells one incident per day,
each with its own day and its own toll (texts written for these tests).
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


def by_day(found: list[Event]) -> dict[str, int | None]:
    return {e.date_start.isoformat(): e.killed.best if e.killed else None for e in found if e.date_start}


def test_a_toll_split_by_day_is_one_incident_per_day_with_that_days_toll(extractor: api.Extractor) -> None:
    text = ("Demonstrators clashed with riot police in the city of Kut on Wednesday. Three protesters had been killed "
            "in the city on Wednesday and one on Tuesday after police opened fire to disperse the crowds.")
    found = events(text, extractor)
    assert by_day(found) == {"2023-06-14": 3, "2023-06-13": 1}
    assert len({e.sub_event_type for e in found}) == 1  # (the same story: typed alike)
    assert all(e.place is not None and e.place.name == "Kut" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Four soldiers were killed near Kidal late on Monday and two more early on Tuesday when rebels attacked "
        "their posts.",
        "Rebels attacked army posts near Kidal, killing four soldiers on Monday and another on Tuesday.",
    ],
)
def test_a_later_days_toll_after_and_with_only_its_day_is_that_days(text: str, extractor: api.Extractor) -> None:
    found = events(text, extractor)
    assert by_day(found) == {"2023-06-12": 4, "2023-06-13": 2 if "two more" in text else 1}


@pytest.mark.parametrize("after", ["of their wounds after a roadside bomb hit their truck",
                                   "after a roadside bomb hit their truck"])
def test_deaths_dated_by_day_stay_one_incident(after: str, extractor: api.Extractor) -> None:
    # (who 'died' on a later day may have been wounded in the same blast: no incident of that day is made up)
    text = f"Three soldiers died near Kidal on Monday and two more on Tuesday {after}."
    assert [e.date_start.isoformat() for e in events(text, extractor) if e.date_start] == ["2023-06-12"]


def test_a_toll_with_a_single_day_is_not_split(extractor: api.Extractor) -> None:
    text = "Gunmen killed two farmers and one herder near Gao on Sunday, the army said on Monday."
    [event] = events(text, extractor)
    assert event.date_start is not None and event.date_start.isoformat() == "2023-06-11"
    assert event.killed is not None and event.killed.best == 3
