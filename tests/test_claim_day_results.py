"""A party's results over its operations of one day ('95 rebels killed, with 11 vehicles destroyed, in operations
carried out on Thursday') is a claim over that day; one operation, or attacks told with their dead, stay incidents."""

from __future__ import annotations

from datetime import date

from sitrep import api
from sitrep.ingest import document_from_text

RESULTS = (
    "The Nigerian army announced that 42 Boko Haram fighters had been killed, with 6 gun trucks destroyed, in "
    "operations carried out on Wednesday in Borno."
)


def _extract(text: str) -> api.Extraction:
    return api.extract(document_from_text(text, published=date(2024, 1, 20)))


def test_a_days_results_of_operations_told_by_a_party_is_a_claim_over_that_day() -> None:
    (claim,) = _extract(RESULTS).claims
    assert (claim.period_start, claim.period_end) == ("2024-01-17", "2024-01-17")
    assert {(f.measure, f.value) for f in claim.figures} == {("killed", 42), ("vehicles_damaged_or_destroyed", 6)}


def test_things_destroyed_are_no_part_of_the_dead() -> None:
    (claim,) = _extract(RESULTS).claims
    vehicles = next(f for f in claim.figures if f.measure == "vehicles_damaged_or_destroyed")
    assert vehicles.target is None
    assert not [c for c in claim.checks if c.ok is False]


def test_one_operation_or_attacks_with_their_dead_stay_incidents() -> None:
    for text in (
        "Nigerian troops killed 12 Boko Haram fighters in an operation in Borno on Sunday, the army said.",
        "Five soldiers were killed and 9 wounded in attacks on two checkpoints in Borno on Sunday, the army said.",
    ):
        found = _extract(text)
        assert found.claims == [] and len(found.events) == 1


def test_a_days_toll_over_a_country_or_province_is_a_claim_over_that_day() -> None:
    (claim,) = _extract(
        "On Sunday alone, 14 people were killed and 30 wounded across the province, the observatory said."
    ).claims
    assert (claim.period_start, claim.period_end) == ("2024-01-14", "2024-01-14")
    assert {(f.measure, f.value) for f in claim.figures} == {("killed", 14), ("wounded", 30)}
    (claim,) = _extract(
        "Eleven protesters were killed nationwide and at least 240 wounded on Friday as security forces fired on "
        "crowds, medical sources said."
    ).claims
    assert claim.period_start == "2024-01-19"


def test_one_bombing_in_one_city_stays_an_incident() -> None:
    found = _extract("A car bomb killed 9 people and wounded 31 at a market in Kirkuk on Friday, police said.")
    assert found.claims == [] and len(found.events) == 1


def test_an_undated_toll_across_the_country_only_sums_up_the_news() -> None:
    found = _extract(
        "Nearly forty soldiers have been killed in attacks across the country. At least 22 soldiers were killed on "
        "Sunday in Helmand province when insurgents stormed an army post."
    )
    assert found.claims == []
    assert any(e.killed is not None and e.killed.best == 22 for e in found.events)
