"""Public places closed for threats or insecurity, which the rules used to find no event in (texts written for these
tests).

A school, a health centre or a market closed, or classes suspended, for threats or insecurity ('the school was closed
because of security threats', 'teachers suspended classes over the worsening security situation') is ACLED's
strategic development 'Other', with a day of its own. A closure for a holiday, an epidemic or wages, a plan, a threat
to close, a course without a day, or a closure told in a relative clause opens none; a killing told with it keeps its
type.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "On 14 February 2023, the secondary school of Kanta was closed because of security threats.",
        "On 2 May 2022, teachers in the district suspended classes and left over the worsening security situation.",
        "On 9 March 2021, the health centre of Kalo was closed down after its nurses received threats.",
        "On 20 October 2023, the education office closed all schools in the commune due to insecurity.",
    ],
)
def test_a_place_closed_for_threats_or_insecurity_is_other(text: str, extractor) -> None:
    assert first_types(text, extractor) == ("Strategic developments", "Other")


def test_a_closure_told_with_a_killing_keeps_the_killing(extractor) -> None:
    # the killing opens the event, as before; the closure is its aftermath
    assert first_types("On 4 May 2023, the market was closed after gunmen killed two traders.", extractor) == (
        "Violence against civilians", "Attack")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, schools in the district were closed due to the epidemic.",
        "On Monday, the court was closed for the holidays after the last hearing.",
        "On Monday, the ministry said schools will be closed over security threats.",
        "On Monday, the governor threatened to close the markets over insecurity.",
        "On Monday, teachers suspended classes over unpaid salaries.",
        "Schools in the region were closed because of insecurity for much of the last decade.",
        "On Monday, the union demanded the reopening of schools that were closed over insecurity in 2019.",
    ],
)
def test_closures_for_other_causes_plans_and_histories_open_no_event(text: str, extractor) -> None:
    assert ("Strategic developments", "Other") not in typed(text, extractor, published=PUBLISHED)
