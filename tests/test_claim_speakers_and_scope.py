"""Claims told without a readable period, speakers named by a noun of speaking, a region that is the whole claim's
scope, a month as the subject of its clause, arrests beside eliminations, and a medium speaking in the first person."""

from __future__ import annotations

from sitrep import api
from sitrep.model import Claim


def _claims(text: str, published: str) -> list[Claim]:
    return list(api.extract(text, published=published).claims)


def _figures(claims: list[Claim]) -> set[tuple[str, int, tuple[tuple[str, str], ...]]]:
    return {(f.measure, f.value, tuple(sorted(f.facets().items()))) for c in claims for f in c.figures}


def test_a_monitors_count_of_attacks_broken_into_casualties_is_a_claim_and_its_region_the_scope() -> None:
    text = (
        "From March until October 2, the White Helmets have responded to 212 attacks in northeastern "
        "Syria, resulting in 31 deaths, including 5 children, and 97 injuries, including 12 women."
    )
    claims = _claims(text, "2022-10-05")
    assert len(claims) == 1
    assert claims[0].claimant == "White Helmets"
    figures = _figures(claims)
    assert ("operations", 212, ()) in figures
    assert ("killed", 5, (("target", "children"),)) in figures
    assert ("wounded", 12, (("target", "women"),)) in figures


def test_attacks_named_after_their_casualties_stay_an_incident() -> None:
    text = (
        "Officials said that in the east of the province, four people were killed and 12 others were wounded "
        "in two attacks on police posts."
    )
    assert _claims(text, "2019-03-04") == []


def test_a_partys_declaration_names_it_as_the_claimant() -> None:
    text = (
        "The shelling came a day after the Saudi-led coalition's declaration of killing 64 Houthis and "
        "destroying 9 military vehicles in air strikes in Marib over the past 24 hours."
    )
    claims = _claims(text, "2021-11-03")
    assert [(c.claimant, c.status) for c in claims] == [("Saudi-led coalition", "claimed")]


def test_a_month_that_is_the_subject_of_its_clause_is_the_figures_month() -> None:
    text = (
        "The UN refugee agency said 212 civilians were killed or injured in the province during the first "
        "half of 2020. So far, April was the worst month, with 48 civilians killed in shelling."
    )
    claims = _claims(text, "2020-08-01")
    assert [c.claimant for c in claims] == ["UNHCR"]
    assert ("killed", 48, (("month", "2020-04"), ("target", "civilians"))) in _figures(claims)


def test_the_capture_of_suspects_beside_an_elimination_is_captured() -> None:
    text = (
        "In a statement on Sunday, the SDF media centre said: \u201cDuring March, our forces carried out 11 "
        "operations against ISIS cells, resulting in the capture of 27 suspects and the elimination of three "
        "others.\u201d"
    )
    claims = _claims(text, "2022-04-03")
    assert ("captured", 27, ()) in _figures(claims)
    assert [(c.claimant, c.actor, c.status) for c in claims] == [
        ("Syrian Democratic Forces", "Syrian Democratic Forces", "claimed")
    ]


def test_a_category_listed_before_a_named_force_stays_the_category() -> None:
    text = "The group said its fighters had killed 21 soldiers and Wagner fighters in two regions over the past week."
    assert ("killed", 21, (("target", "military"),)) in _figures(_claims(text, "2022-05-09"))


def test_a_month_as_subject_is_the_period_and_its_office_speaks_for_the_party() -> None:
    text = (
        "The Syrian Democratic Forces carried out 9 raids against the Islamic State group in the east, the "
        "organisation's operations centre said on Monday. \u201cMarch saw 9 raids on hideouts - 23 suspects were "
        "detained,\u201d the centre wrote."
    )
    claims = _claims(text, "2022-04-05")
    found = [c for c in claims if {f.value for f in c.figures} >= {9, 23}]
    assert [(c.claimant, c.actor, c.status) for c in found] == [
        ("Syrian Democratic Forces", "Syrian Democratic Forces", "claimed")
    ]
    assert ("captured", 23, ()) in _figures(found)


def test_a_force_counting_its_own_strikes_after_a_groups_weekly_is_a_second_claim() -> None:
    text = (
        "The jihadist group said in its weekly al-Naba newsletter that it had carried out 8 attacks in Diyala in "
        "the week to March 3. The Global Coalition against ISIS conducted five strikes on targets in Iraq in "
        "February, killing 12 people and destroying three tunnels"
    )
    claims = _claims(text, "2021-03-05")
    assert [(c.claimant, c.actor, c.status) for c in claims] == [
        ("Islamic State", "Islamic State", "claimed"),
        ("US-led coalition", "US-led coalition", "claimed"),
    ]


def test_a_force_counted_by_an_official_is_not_its_own_claimant() -> None:
    text = (
        "The Taliban carried out 310 attacks in 28 provinces over the past week, killing 187 members of the "
        "security forces, a government official said."
    )
    claims = _claims(text, "2020-07-06")
    assert [c.claimant for c in claims] != ["Taliban"]


def test_each_line_of_a_monitors_toll_by_perpetrator_counts_civilians() -> None:
    text = (
        "The rights network said 120 civilians were killed in the country in May. Government forces were "
        "responsible for the deaths of 40 civilians, including 9 children. The PYD militia was accountable for "
        "the killing of 6 civilians. Another 8 persons were killed by Hayat Tahrir al-Sham."
    )
    claims = _claims(text, "2022-06-02")
    by_actor = {c.actor: _figures([c]) for c in claims}
    assert ("killed", 6, (("target", "civilians"),)) in by_actor["Democratic Union Party"]
    assert ("killed", 8, (("target", "civilians"),)) in by_actor["Hay'at Tahrir al-Sham"]
