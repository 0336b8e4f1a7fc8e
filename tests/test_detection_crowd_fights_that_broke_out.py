"""A crowd's fight told by a noun that 'broke out' opens an event, mob violence: a fist fight with what it was over
between the noun and its breaking out, a mob that broke out, mob violence that took place (read from the wider
development samples' sentences that opened no event, or opened one only at a later toll, on wide-18; texts written
for these tests). Look-alikes open nothing: a fire, a war, an epidemic or a strike that broke out, a fight of words,
a mob that only gathered.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

MOB = ("Riots", "Mob violence")


@pytest.mark.parametrize(
    "text",
    [
        # what the fight was over stands between the noun and its breaking out
        "On 9 March 2023, a fist fight related to a quarrel over a water point broke out in Tamsa. Two elders were "
        "injured in the incident.",
        "On 9 March 2023, a brawl among fans of the two clubs erupted outside the stadium in Tamsa.",
        # a mob breaks out as a fight does; its toll, told after it, is the mob's
        "On 9 March 2023, a mob broke out in Tamsa over the closure of the market. Police intervened. Two people were "
        "killed and five injured.",
        "On 9 March 2023, an angry mob erupted at the bus station in Tamsa after a driver hit a child.",
        # mob violence that took place between a village and a company's men
        "On 9 March 2023, mob violence took place between villagers and guards of a logging company in Tamsa.",
    ],
)
def test_crowd_fight_that_broke_out_is_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == MOB, text


@pytest.mark.parametrize(
    "text",
    [
        "On 9 March 2023, a fire broke out in the main market of Tamsa.",
        "War broke out in 1991 between the two countries and lasted a decade.",
        "On 9 March 2023, an epidemic of cholera broke out in Tamsa, the health ministry said.",
        "On 9 March 2023, a strike broke out at the textile factory in Tamsa over unpaid wages.",
        # a fight of words
        "On 9 March 2023, a heated debate between the two candidates broke out on the radio in Tamsa.",
        # a mob that only gathered
        "On 9 March 2023, a mob gathered outside the court in Tamsa to watch the trial.",
    ],
)
def test_fires_wars_epidemics_and_words_that_broke_out_open_no_mob_violence(
        text: str, extractor: api.Extractor) -> None:
    assert MOB not in typed(text, extractor), text
