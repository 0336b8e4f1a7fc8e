"""Counts kept since a point, over many operations, or of one tactic, and comparisons or denials told after the
claim's own count: claims that a period word alone would not open."""

from __future__ import annotations

from sitrep import api
from sitrep.model import Claim


def _claims(text: str, published: str) -> list[Claim]:
    return list(api.extract(text, published=published).claims)


def _figures(claims: list[Claim]) -> set[tuple[str, int, tuple[tuple[str, str], ...]]]:
    return {(f.measure, f.value, tuple(sorted(f.facets().items()))) for c in claims for f in c.figures}


def test_a_count_kept_since_a_point_is_a_claim() -> None:
    text = (
        "Since the ceasefire took hold in the south, the monitoring network has documented 212 attacks in the "
        "province, including 140 against civilians."
    )
    claims = _claims(text, "2021-03-01")
    assert len(claims) == 1
    assert ("operations", 140, (("target", "civilians"),)) in _figures(claims)


def test_a_toll_since_a_point_that_nobody_keeps_stays_background() -> None:
    text = "The war has killed more than 9,000 people since it began in 2014, officials say."
    assert _claims(text, "2019-06-01") == []


def test_casualties_over_many_operations_told_by_a_government_are_a_claim() -> None:
    text = (
        "Malian troops have killed upwards of 120 militants in various operations in the centre of the "
        "country, the government has said."
    )
    claims = _claims(text, "2020-02-11")
    assert ("killed", 120, (("target", "militants"),)) in _figures(claims) or ("killed", 120, ()) in _figures(claims)


def test_one_tactic_counted_over_a_year_is_that_tactics_total() -> None:
    text = "Officials have stepped up air raids, with a watchdog reporting at least 80 drone strikes last year."
    claims = _claims(text, "2020-01-20")
    assert [(f.measure, f.value, f.tactic) for c in claims for f in c.figures] == [("operations", 80, "drone")]


def test_a_comparison_after_the_count_keeps_the_claim() -> None:
    text = (
        "According to the UN mission, civilian casualties in the country in 2019 came to 8,100, comprising "
        "2,900 dead and 5,200 wounded, compared to 9,400 casualties in 2018."
    )
    figures = _figures(_claims(text, "2020-02-20"))
    assert ("killed_or_wounded", 8100, (("target", "civilians"),)) in figures
    assert ("killed", 2900, (("target", "civilians"),)) in figures


def test_a_running_total_credited_to_a_news_agency_is_that_agencys_claim() -> None:
    text = (
        "Gunmen raided a village in the north on Monday. Residents said the raid was the latest of many. "
        "A total of 64 people have been killed in such raids, according to Reuters."
    )
    claims = _claims(text, "2019-05-14")
    assert [(c.claimant, c.status) for c in claims] == [("Reuters", "reported")]
    assert ("killed", 64, ()) in _figures(claims)


def test_attempts_kept_since_a_month_are_operations() -> None:
    text = "At least 23 attempts to storm army bases have been reported since April, the agency said."
    assert ("operations", 23, ()) in {(m, v, ()) for m, v, _ in _figures(_claims(text, "2019-09-01"))}
