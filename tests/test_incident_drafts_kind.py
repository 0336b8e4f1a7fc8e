"""The kind of act an incident inherits when the clause that tells it does not say it: the incidents one clause tells
by place take what a summary of the same acts right before said of them, and 'a second car bomber' after 'two suicide
car bombers' is a suicide bomber too (texts written for these tests).
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


SUMMARY = ("In separate attacks in the eastern Kunar province, two suicide car bombs killed at least four soldiers, "
           "officials said. ")
BY_PLACE = ("In Kunar province, at least five people were killed and 11 others wounded in two attacks in the "
            "town of Asadabad and Sarkani district, according to provincial officials.")


def test_incidents_told_by_place_take_the_kind_a_summary_right_before_gave_them(extractor: api.Extractor) -> None:
    found = events(SUMMARY + BY_PLACE, extractor)
    assert sorted(e.place.name for e in found if e.place) == ["Asadabad", "Sarkani"]
    assert {e.sub_event_type for e in found} == {"Suicide bomb"}
    assert {e.actor2 for e in found} == {"Military Forces"}  # (the summary names whom: 'people' names nobody)
    assert all(e.killed is None for e in found)  # (the summary's toll is of both, as the clause's own is)


def test_without_the_summary_the_incidents_told_by_place_keep_their_own_kind(extractor: api.Extractor) -> None:
    found = events(BY_PLACE, extractor)
    assert len(found) == 2 and "Suicide bomb" not in {e.sub_event_type for e in found}


def test_a_summary_about_another_region_gives_no_kind(extractor: api.Extractor) -> None:
    elsewhere = SUMMARY.replace("eastern Kunar", "southern Helmand")
    found = events(elsewhere + BY_PLACE, extractor)
    assert "Suicide bomb" not in {e.sub_event_type for e in found}


@pytest.mark.parametrize("ordinal", ["A second", "The second"])
def test_a_second_car_bomber_after_two_suicide_car_bombers_is_a_suicide_bomber(ordinal: str,
                                                                               extractor: api.Extractor) -> None:
    text = ("Two suicide car bombers struck army positions in Zabul province on Saturday. In the first attack, a "
            "bomber rammed a checkpoint in Qalat, killing three soldiers. " + ordinal + " car bomber targeted a "
            "police compound in Shajoy district. At least six people were wounded.")
    found = events(text, extractor)
    assert len(found) == 2
    assert [e.sub_event_type for e in found] == ["Suicide bomb", "Suicide bomb"]
