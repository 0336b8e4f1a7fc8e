"""A gathering told only as what a measure guards against is no protest held (texts written for these tests).

'Troops were deployed around the mosque to prevent potential protests': the deployment is the event, a strategic
development, as a measure against attacks already was ('set up roadblocks to prevent gang attacks'); a protest told
outside the measure ('about 200 protesters gathered anyway'), or a protest held to prevent something, stays a protest.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api


def test_a_deployment_to_prevent_demonstrations_is_a_change_of_activity(extractor: api.Extractor) -> None:
    text = ("The government deployed police officers on the main avenues of the capital. The security presence was "
            "intended to prevent public anti-government demonstrations.")
    assert first_types(text, extractor) == ("Strategic developments", "Change to group/activity")


def test_protests_only_guarded_against_type_no_peaceful_protest(extractor: api.Extractor) -> None:
    text = "Troops were deployed around the central mosque to prevent potential protests and gatherings after prayers."
    assert ("Protests", "Peaceful protest") not in typed(text, extractor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The march was guarded against, but a crowd gathered all the same and was met by the police.
        ("Police blocked the road to the stadium to prevent a march by opposition supporters; about 200 protesters "
         "gathered anyway and were dispersed with tear gas.", ("Protests", "Protest with intervention")),
        # A protest held to prevent something: the protest is the event.
        ("Hundreds of traders protested in the market to prevent the demolition of their stalls.",
         ("Protests", "Peaceful protest")),
        ("Residents held a sit-in to prevent the eviction of families from the settlement.",
         ("Protests", "Peaceful protest")),
        # A protest told as the purpose of the act: the act is the protest.
        ("Hundreds of farmers marched to the governor's office in order to protest the new land tax.",
         ("Protests", "Peaceful protest")),
    ],
)
def test_a_protest_held_or_told_outside_the_measure_stays_a_protest(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected


def test_a_measure_against_attacks_is_still_a_change_of_activity(extractor: api.Extractor) -> None:
    text = "Police set up roadblocks to prevent gang attacks on the highway."
    assert first_types(text, extractor) == ("Strategic developments", "Change to group/activity")
