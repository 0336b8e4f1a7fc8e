"""A militant counted as one among the harmed ('killed one unidentified militant', '1 militant killed and 1
arrested') is an armed man hit by a force: a battle, as ACLED codes it. 'Militant' alone stays unread as an armed
victim, because it often names a party's member ('an opposition party militant'). Headline style 'N killed and M
arrested' is read as two counts of a passive, not as the first count acting on the second. Texts written for these
tests.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        # (a subject the rules read as no force: the militant counted is what makes it a fight)
        "Border guards and intelligence agencies in a joint operation in Tera killed one unidentified militant and "
        "recovered a cache of weapons.",
        "Rangers in a joint operation near Tera killed one militant and seized a rifle.",
        "On 3 May 2024, troops killed one suspected militant during a patrol near Tera.",
        # headline style: two counts, each with its participle
        "1 militant killed and 1 arrested during a search operation by the army near Tera.",
        "2 militants killed and 3 arrested during a raid by police in Tera.",
    ],
)
def test_a_militant_counted_among_those_a_force_hit_is_a_battle(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize(
    "text",
    [
        # a party's militant, not counted as a fighter
        "On 3 May 2024, one opposition party militant was shot dead by unidentified gunmen in Dosso.",
        "On 3 May 2024, gunmen shot dead a ruling party militant in the market of Dosso.",
        # an active verb with its own objects
        "On 3 May 2024, gunmen killed two herders and wounded one in Tera.",
    ],
)
def test_a_party_militant_or_civilians_harmed_stay_an_attack(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text
