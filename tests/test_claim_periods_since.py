"""Periods told as a start and publication ('since Wednesday', 'since the start of December') or as a month opening
and a day closing ('from January until 15 June'): read as periods, and a toll kept from a recent day is the claim's
own period, while 'since' reaching back years still tells history."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep import api
from sitrep.extract.dates import find_dates
from sitrep.ingest import document_from_text

PUBLISHED = date(2024, 1, 20)  # a Saturday


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("killed 14 since Wednesday", "2024-01-17", "2024-01-20"),
        ("since October 1", "2023-10-01", "2024-01-20"),
        ("since the start of December", "2023-12-01", "2024-01-20"),
        ("since the beginning of 2023", "2023-01-01", "2024-01-20"),
        ("since 1 October, 2023", "2023-10-01", "2024-01-20"),
        ("from January 2023 until July 25", "2023-01-01", "2023-07-25"),
        ("between March and 14 May", "2023-03-01", "2023-05-14"),
    ],
)
def test_a_period_from_a_start_is_read(text: str, first: str, last: str) -> None:
    (mention,) = find_dates(text, PUBLISHED)
    assert (mention.first, mention.last) == (first, last)


def test_a_start_after_publication_gives_no_period() -> None:
    (mention,) = find_dates("since the beginning of 2025", PUBLISHED)
    assert mention.first is None and mention.last is None


def _claims(text: str) -> list:
    return api.extract(document_from_text(text, published=PUBLISHED)).claims


def test_a_toll_kept_since_a_recent_day_is_a_claim_over_that_period() -> None:
    (claim,) = _claims(
        "The Syrian Observatory for Human Rights said government shelling had killed 64 civilians since the "
        "start of December, 19 of them children."
    )
    assert (claim.period_start, claim.period_end) == ("2023-12-01", "2024-01-20")
    assert {(f.measure, f.value) for f in claim.figures} == {("killed", 64), ("killed", 19)}


def test_a_month_opening_and_a_day_closing_bound_the_claim() -> None:
    (claim,) = _claims(
        "The White Helmets said they had responded to 212 attacks in northwest Syria from January until 15 June, "
        "attacks that killed 38 people."
    )
    assert (claim.period_start, claim.period_end) == ("2023-01-01", "2023-06-15")


def test_since_reaching_back_years_is_history_not_a_claim() -> None:
    assert _claims("Since 2011, the war has killed more than 500,000 people.") == []
    assert _claims("It was the deadliest attack since March 2016, officials said, and 12 people were killed.") == []
