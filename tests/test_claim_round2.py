"""Claims of the second round of #10: toll lines that blame unnamed parties or nobody, how a line's dead died."""

from __future__ import annotations

from sitrep import api
from sitrep.model import Claim

MONITOR_TOLL = (
    "The Syrian Network for Human Rights said on Monday that 214 civilians were killed in Syria in March, including "
    "40 children and 22 women. Regime forces were responsible for the deaths of 90 civilians, among them 15 "
    "children. Russian forces killed 30 civilians, the report said. A further 51 civilians, including 9 children, "
    "died at the hands of other parties. Another 43 civilians were killed in landmine explosions."
)


def _claims(text: str, published: str) -> list[Claim]:
    return api.extract(text, published=published).claims


def _values(claim: Claim) -> set[int]:
    return {f.value for f in claim.figures}


def test_a_line_blaming_other_parties_is_its_own_claim_without_an_actor() -> None:
    claims = _claims(MONITOR_TOLL, "2024-04-02")
    others = [c for c in claims if 51 in _values(c)]
    assert len(others) == 1
    assert others[0].actor is None
    assert 214 not in _values(others[0]) and 90 not in _values(others[0])
    total = next(c for c in claims if 214 in _values(c))
    assert 51 not in _values(total) and total.actor is None


def test_unidentified_perpetrators_and_unnamed_factions_are_apart_from_the_total() -> None:
    text = (
        "The observatory documented the deaths of 120 civilians in Syria in June. Of them, 45 were killed by "
        "regime forces and 20 by Turkish forces. 14 civilians were killed by unidentified gunmen. Another 11 "
        "were killed in shelling by the opposition factions."
    )
    claims = _claims(text, "2022-07-01")
    by_value = {v: c for c in claims for v in _values(c)}
    assert by_value[14] is not by_value[120]
    assert by_value[11] is not by_value[120] and by_value[11] is not by_value[14]
    assert by_value[14].actor is None and by_value[11].actor is None


def test_how_a_lines_dead_died_is_its_tactic() -> None:
    claims = _claims(MONITOR_TOLL, "2024-04-02")
    figures = {(f.measure, f.value): f for c in claims for f in c.figures}
    assert figures[("killed", 43)].tactic == "landmine"
    assert figures[("killed", 214)].tactic is None


def test_figures_compared_with_another_year_are_a_claim_of_that_year() -> None:
    text = (
        "According to figures the UN mission published on Sunday, civilian casualties in Yemen in 2021 came to "
        "2,310, with 820 killed and 1,490 wounded, compared to 2,950 casualties, 1,010 killed and 1,940 "
        "wounded, in 2020."
    )
    claims = _claims(text, "2022-01-16")
    by_value = {v: c for c in claims for v in _values(c)}
    this_year, last_year = by_value[2310], by_value[2950]
    assert this_year is not last_year
    assert (this_year.period_start, this_year.period_end) == ("2021-01-01", "2021-12-31")
    assert (last_year.period_start, last_year.period_end) == ("2020-01-01", "2020-12-31")
    assert _values(last_year) == {2950, 1010, 1940}
    assert {f.target for f in last_year.figures} == {"civilians"}


def test_the_time_a_report_came_out_is_not_its_period() -> None:
    text = (
        "According to data the monitor released last week, 1,204 people were killed in the country's conflict "
        "in 2018, 430 of them civilians."
    )
    claims = _claims(text, "2019-01-20")
    assert [(c.period_start, c.period_end) for c in claims] == [("2018-01-01", "2018-12-31")]


def test_a_period_the_count_is_set_against_is_not_its_period() -> None:
    text = (
        "Somalia saw more than 3,000 civilian casualties in 2022, the highest toll in five years. In its annual "
        "report, the UN mission documented 1,210 deaths and 1,870 injuries, an increase from the figure in 2021."
    )
    claims = _claims(text, "2023-02-10")
    toll = next(c for c in claims if 1210 in _values(c))
    assert (toll.period_start, toll.period_end) == ("2022-01-01", "2022-12-31")


def test_a_monitors_civilian_toll_counts_civilians_and_later_paragraphs_add_to_it() -> None:
    text = (
        "Iraq suffered more than 2,000 civilian casualties in 2014, the worst year since 2008.\n\n"
        "In its annual report released on Monday, UNAMI documented 712 deaths and 1,390 injuries in 2014.\n\n"
        "The head of the mission called on all parties to protect civilians.\n\n"
        "\"This is a grim year,\" she said.\n\n"
        "UNAMI reported that 88 women were killed and 140 were injured.\n\n"
        "Child casualties stood at 301 (97 killed and 204 injured)."
    )
    claims = _claims(text, "2015-01-20")
    toll = next(c for c in claims if 712 in _values(c))
    figures = {(f.measure, f.value): f.target for f in toll.figures}
    assert figures[("killed", 712)] == "civilians" and figures[("wounded", 1390)] == "civilians"
    assert figures[("killed", 88)] == "women" and figures[("wounded", 140)] == "women"
    assert figures[("killed_or_wounded", 301)] == "children" and figures[("killed", 97)] == "children"
    assert len(claims) == 1


def test_a_claim_told_twice_in_one_text_is_one_claim() -> None:
    text = (
        "The Taliban said their fighters carried out 640 operations in the past six months, killing 1,130 "
        "soldiers.\n\n"
        "The group has stepped up its campaign since January, officials said.\n\n"
        "The government did not comment.\n\n"
        "According to the Taliban statement, the group carried out 640 operations in the six months, in which "
        "1,130 Afghan soldiers were killed and 85 posts were seized."
    )
    claims = _claims(text, "2019-07-01")
    assert len(claims) == 1
    figures = {(f.measure, f.value): f for f in claims[0].figures}
    assert figures[("killed", 1130)].target not in (None, "military")
    assert 85 in _values(claims[0]) and claims[0].period_start is not None


def test_a_person_speaks_for_the_organisation_they_were_introduced_with() -> None:
    text = (
        "Militants stepped up their attacks across the country last month, Saad Maan, spokesman for the "
        "Ministry of Interior, said on Sunday. The Islamic State carried out 74 attacks in six provinces in "
        "March, killing 51 Iraqi soldiers and wounding 88 others, Maan said."
    )
    claims = _claims(text, "2021-04-04")
    assert [(c.claimant, c.actor, c.status) for c in claims] == [
        ("Government of Iraq", "Islamic State", "reported")]


def test_a_countrys_minister_speaks_for_its_government_about_its_own_army() -> None:
    text = (
        "Somali troops killed more than 120 al-Shabaab militants in different operations in the south over "
        "the past month, Somalia's information minister Ahmed Hassan Warsame said on Sunday."
    )
    claims = _claims(text, "2022-10-02")
    assert [(c.claimant, c.status) for c in claims] == [("Government of Somalia", "claimed")]


def test_of_those_before_a_noun_names_whose_the_count_is() -> None:
    text = (
        "The coalition spokesman said on Monday that between 1 May and 20 May the operations of the joint forces "
        "destroyed 56 vehicles and led to the killing of 312 of those rebels."
    )
    figures = {(f.measure, f.value) for c in _claims(text, "2020-05-25") for f in c.figures}
    assert ("killed", 312) in figures


def test_a_month_after_two_joined_counts_is_the_month_of_both() -> None:
    text = (
        "The monitor said violence rose across the region between November and March, peaking with 2,310 "
        "deaths and 615 attacks in January 2020."
    )
    figures = {(f.measure, f.value): f.month for c in _claims(text, "2020-04-01") for f in c.figures}
    assert figures[("killed", 2310)] == figures[("operations", 615)] == "2020-01"


def test_a_province_after_two_joined_counts_is_the_province_of_both() -> None:
    text = (
        "The army said on Sunday that its air strikes over the past week killed 64 militants and destroyed 9 "
        "vehicles in Diyala."
    )
    figures = {(f.measure, f.value): f.admin1 for c in _claims(text, "2017-03-12") for f in c.figures}
    assert figures[("killed", 64)] == figures[("vehicles_damaged_or_destroyed", 9)] == "Diyala"


def test_a_count_in_a_clause_about_a_province_has_that_province() -> None:
    text = (
        "The group said in its weekly newsletter that it carried out 9 operations in Kirkuk in the week of "
        "March 3-9, second only to Nineveh, where its fighters conducted 14 attacks that week."
    )
    figures = {(f.measure, f.value): f.admin1 for c in _claims(text, "2021-03-12") for f in c.figures}
    assert figures[("operations", 14)] == "Nineveh"


def test_a_toll_stated_as_such_after_a_period_is_a_claim() -> None:
    text = (
        "The newsletter covered operations in five countries last week. The number of dead and wounded claimed "
        "by the Islamic State is 97."
    )
    claims = _claims(text, "2022-05-20")
    assert [(f.measure, f.value) for c in claims for f in c.figures] == [("killed_or_wounded", 97)]
    assert claims[0].claimant == "Islamic State" and claims[0].period_start is not None


def test_a_single_woman_or_child_in_a_toll_line_is_a_part_of_that_group() -> None:
    text = (
        "The observatory documented the deaths of 240 civilians in Syria in May, including 41 children. Of them, "
        "88 were killed by regime forces and 30 by Russian forces. 9 including 1 child and 2 citizen woman were "
        "killed by unidentified gunmen."
    )
    figures = {(f.measure, f.value): f.target for c in _claims(text, "2019-06-01") for f in c.figures}
    assert figures[("killed", 1)] == "children" and figures[("killed", 2)] == "women"
