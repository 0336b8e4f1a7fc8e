"""Two misreadings noticed in earlier rounds that the rules already read right (fix28 pins them; texts written for
these tests): a person shot 'at the entrance of' / 'outside' / 'near' a military or police place is the target, the
place only where; and a force's own claim of its operation is an event with status claimed, not a claim alone.
"""

from __future__ import annotations

import pytest

from extracted import first_event
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot at the entrance of the military camp in Gao on 4 March 2024.",
        "A woman was killed outside the army barracks in Gao on 4 March 2024.",
        "A trader was shot dead near the police station in Gao on 4 March 2024.",
    ],
)
def test_a_person_shot_at_a_force_place_is_the_target(text: str, extractor: api.Extractor) -> None:
    event = first_event(text, extractor)
    assert (event.actor2, event.target_category) == ("Civilians", "civilians"), text


def test_a_force_own_claim_of_its_operation_is_a_claimed_event(extractor: api.Extractor) -> None:
    text = "The army claimed to have killed five militants in an operation near Gao on 4 March 2024."
    event = first_event(text, extractor)
    assert (event.event_type, event.status) == ("Battles", "claimed"), text
