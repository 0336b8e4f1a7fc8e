"""Tolls stated as the subject of their count ('civilian casualties came to …', 'the number of … killed was …'),
casualty lists that continue a breakdown, and a place that opens a longer clause before 'with'."""

from __future__ import annotations

from sitrep import api


def _figures(text: str, published: str) -> set[tuple[str, int, tuple[tuple[str, str], ...]]]:
    claims = api.extract(text, published=published).claims
    return {(f.measure, f.value, tuple(sorted(f.facets().items()))) for c in claims for f in c.figures}


def test_a_toll_stated_as_subject_takes_its_measure_and_group_from_the_noun() -> None:
    text = (
        "The UN mission said in its monthly report on Tuesday that 412 people were killed and 903 wounded in "
        "Yemen in March. The number of civilians killed was 288, and the number of civilians injured was 640. "
        "Child casualties stood at 201 (77 killed and 124 injured)."
    )
    figures = _figures(text, "2019-04-09")
    assert ("killed", 288, (("target", "civilians"),)) in figures
    assert ("wounded", 640, (("target", "civilians"),)) in figures
    assert ("killed_or_wounded", 201, (("target", "children"),)) in figures
    assert ("killed", 77, (("target", "children"),)) in figures
    assert ("wounded", 124, (("target", "children"),)) in figures


def test_the_people_hurt_otherwise_are_the_same_people() -> None:
    text = (
        "The monitor said 530 people were killed across the country in May. A further 64 members of the police "
        "were killed and 97 were injured."
    )
    figures = _figures(text, "2021-06-02")
    assert ("wounded", 97, (("target", "police"),)) in figures


def test_a_place_before_with_opens_the_breakdown_that_follows_where() -> None:
    text = (
        "The UN mission said 1,240 people were killed or wounded in Iraq in April. Nineveh was the "
        "worst-hit province of the country with 402 civilian casualties, where 150 were killed and 252 others "
        "injured."
    )
    figures = _figures(text, "2014-05-02")
    places = {(m, v): dict(f) for m, v, f in figures}
    assert places[("killed_or_wounded", 402)].get("admin1") == "Nineveh"
    assert places[("killed", 150)].get("admin1") == "Nineveh"
    assert places[("wounded", 252)].get("admin1") == "Nineveh"


def test_a_toll_that_rose_to_a_count_is_killed() -> None:
    text = (
        "The ministry said on Sunday that the death toll from a month of fighting in the province had risen to "
        "96 in August, with 140 injured."
    )
    figures = _figures(text, "2022-09-01")
    assert ("killed", 96, ()) in figures
