"""Claim checks: do the parts add up, does the stated number of days match the dates."""

from sitrep.analyze.checks import check_claim
from sitrep.model import Claim, Figure, Span


def claim(figures: list[Figure], **fields: object) -> Claim:
    return Claim(id="c", document_id="d", figures=figures, **fields)


def test_claim_parts_that_sum_to_the_total_pass() -> None:
    checks = check_claim(claim([Figure(measure="operations", value=10), Figure(measure="operations", value=6,
                         tactic="ied"), Figure(measure="operations", value=4, tactic="ambush")]))
    [check] = checks
    assert (check.kind, check.facet, check.ok, check.expected, check.actual) == (
        "parts_sum_to_total", "operations by tactic", True, 10, 10)


def test_claim_parts_that_do_not_sum_are_flagged() -> None:
    [check] = check_claim(claim([Figure(measure="killed", value=30), Figure(measure="killed", value=20,
                          target="military"), Figure(measure="killed", value=8, target="civilians")]))
    assert check.ok is False and "off by -2" in check.detail


def test_a_partial_list_need_only_stay_within_the_total() -> None:
    [check] = check_claim(claim([Figure(measure="operations", value=40),
                                 Figure(measure="operations", value=12, tactic="ied", partial=True),
                                 Figure(measure="operations", value=5, tactic="ambush", partial=True)]))
    assert (check.kind, check.ok) == ("parts_within_total", True)


def test_governorates_inside_a_region_are_checked_against_the_region() -> None:
    figures = [Figure(measure="operations", value=9, region="northeast"),
               Figure(measure="operations", value=5, region="northeast", admin1="Raqqa"),
               Figure(measure="operations", value=4, region="northeast", admin1="Deir ez-Zor")]
    [check] = check_claim(claim(figures))
    assert (check.facet, check.ok) == ("operations in northeast by admin1", True)


def test_a_breakdown_of_one_part_is_not_a_check() -> None:
    assert check_claim(claim([Figure(measure="operations", value=1, region="south"),
                              Figure(measure="operations", value=1, region="south", admin1="Daraa")])) == []


def test_a_stated_period_length_is_checked_inclusively() -> None:
    [check] = check_claim(claim([], period_start="2021-01-05", period_end="2021-01-25", period_days_stated=20,
                                spans={"period": Span(start=0, end=5, text="x"),
                                       "period_days": Span(start=9, end=12, text="y")}))
    assert (check.kind, check.expected, check.actual, check.ok) == ("period_length", 20, 21, False)


def test_a_period_computed_from_its_stated_days_is_not_checked_against_itself() -> None:
    span = Span(start=0, end=20, text="over the past 30 days")
    assert check_claim(claim([], period_start="2021-01-01", period_end="2021-01-30", period_days_stated=30,
                             spans={"period": span, "period_days": span})) == []
