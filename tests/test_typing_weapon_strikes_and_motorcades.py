"""A strike launched on fighters' positions is a weapon's, not workers'; a motorcade is a protest only where a crowd
held one (texts written for these tests). Without this, "the air force launched a strike on militant positions" came
out as a peaceful protest by protesters, and a governor's motorcade hit by a bomb as force used on protesters: each an
invented protest on a report of violence.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PEACEFUL = ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023, the air force launched a strike on militant positions near Kidal, killing five militants.",
        "On 3 May 2023, the army launched a strike against insurgents near Kidal, killing five.",
        "On 3 May 2023, the coalition launched a strike on rebel strongholds near Kidal.",
    ],
)
def test_a_strike_launched_on_fighters_or_their_positions_is_no_labour_strike(
        text: str, extractor: api.Extractor) -> None:
    assert all(event_type != "Protests" for event_type, _sub in typed(text, extractor)), text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023, teachers launched an indefinite strike in Lusaka over unpaid salaries.",
        "On 3 May 2023, doctors launched a strike in Lusaka over unpaid salaries.",
        "On 3 May 2023, nurses declared a strike on Monday in Lusaka to demand their arrears.",
    ],
)
def test_a_strike_launched_or_declared_by_workers_is_still_a_protest(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [PEACEFUL], text


def test_a_motorcade_hit_by_a_bomb_is_no_protest(extractor: api.Extractor) -> None:
    text = "On 3 May 2023, the governor's motorcade was hit by an IED near Kidal, killing two soldiers."
    assert typed(text, extractor)[:1] == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023, supporters of the opposition held a motorcade in Lusaka to demand the release of their leader.",
        "On 3 May 2023, farmers staged a tractor motorcade in Lusaka against the new land tax.",
        "On 3 May 2023, taxi drivers did a motorcade in Lusaka to demand lower fuel prices.",
    ],
)
def test_a_motorcade_a_crowd_held_is_a_protest(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [PEACEFUL], text
