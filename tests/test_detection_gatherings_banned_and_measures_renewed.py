"""Public gatherings banned by an authority, and curfews or a state of emergency renewed or prolonged (fix45; texts
written for these tests).

'The government banned all public gatherings' and 'the government renews curfews in three towns' opened no event:
only 'imposed', 'declared', 'extended' (and a few more) with a ban, a closure or a state of emergency read as a
measure, a ban on gatherings opened nothing unless a word of protest was its object, and 'curfews' (plural) was no
measure. Both are now a change to an authority's activity, as a ban on protests is (ACLED codes such bans both so and
'Other'; the existing typing of bans on protests is kept). Look-alikes stay no event: a court barring
a party from its rallies, calls for a ban, a plan or a threat to ban, a ban held since a past year, a sports body's ban;
and a protest held despite a ban stays a protest.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

CHANGE = ("Strategic developments", "Change to group/activity")


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2024, the government banned all public gatherings in response to the outbreak.",
        "On 4 June 2024, the governor prohibited political rallies in the province ahead of the vote.",
        "On 4 June 2024, the interior ministry banned all demonstrations in the capital for two weeks.",
        "On 4 June 2024, the junta banned all political, religious and cultural gatherings in the region.",
    ],
)
def test_gatherings_banned_by_an_authority_are_a_change_to_activity(text: str, extractor: api.Extractor) -> None:
    # (typed as a ban on protests is: see tests/test_typing_protests_prevented_or_banned.py)
    assert first_types(text, extractor) == CHANGE, text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2024, authorities renewed the curfews in Bawku and Bimbilla for another month.",
        "Government renews curfews in fear of violence in three towns of the north from 28 October.",
        "On 4 June 2024, the president extended by three months the state of emergency in the northern provinces.",
        "On 4 June 2024, the cabinet prolonged the state of emergency in the capital.",
    ],
)
def test_curfews_or_emergency_renewed_or_prolonged_are_a_measure(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == CHANGE, text


@pytest.mark.parametrize(
    "text",
    [
        # A court barring a party from holding its own rallies: a court's business.
        "On 4 June 2024, the court banned the opposition party from holding rallies in the capital.",
        # Calls, plans and threats: no measure taken.
        "On 4 June 2024, the opposition renewed calls for a ban on the sale of firearms.",
        "On 4 June 2024, the minister said the government would ban all rallies if violence continued.",
        "The ministry plans to ban public gatherings next week.",
        # A ban in force since a past year: background.
        "The government has banned all protests in the capital since 2019.",
        # Sport.
        "On 4 June 2024, the football federation banned all matches in the league for a month.",
        "The league banned fans from the stadium after the match.",
    ],
)
def test_courts_calls_plans_background_and_sport_open_no_ban(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [], text


def test_a_protest_held_despite_a_ban_stays_a_protest(extractor: api.Extractor) -> None:
    text = "Despite a ban on gatherings, thousands marched through the capital on Monday."
    assert first_types(text, extractor) == ("Protests", "Peaceful protest")
