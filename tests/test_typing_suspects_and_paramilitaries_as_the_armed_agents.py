"""Suspected wrongdoers and paramilitaries told as the ones who acted, read from the wider development sample's violence
against civilians and riot confusions (sitrep-rules/23's wide-18 sample), with look-alikes that must stay as they were
(texts written for these tests).

A thief, a robber or a kidnapper is most often the victim of a crowd's justice ('villagers beat a suspected thief to
death': mob violence). Told as the agent of the act ('200 were killed by suspected cattle rustlers', 'an attack by
suspected armed robbers on herders', 'bodies found with a message signed by an alleged criminal group'), the suspects
are the attackers, an armed gang as ACLED codes it: their harm to people is an attack, not mob violence. Paramilitaries
are an armed party too ('shops were robbed by members of a paramilitary group'), not a crowd.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 5 April 2024, twelve villagers were killed by suspected cattle rustlers in Dansadau.",
        "On 5 April 2024, an attack by suspected armed robbers on traders near the border left four people dead.",
    ],
)
def test_suspects_told_as_the_attackers_attack(text: str, extractor: api.Extractor) -> None:
    assert [event_type for event_type, _ in typed(text, extractor)[:1]] == ["Violence against civilians"], text


def test_a_paramilitary_groups_robbery_is_no_crowds_act(extractor: api.Extractor) -> None:
    text = "On 5 April 2024, two shops in the market of Nyala were robbed by members of a paramilitary group."
    assert [event_type for event_type, _ in typed(text, extractor)[:1]] == ["Strategic developments"], text


@pytest.mark.parametrize(
    "text",
    [
        # the suspect is the crowd's victim
        "On 5 April 2024, villagers beat a suspected thief to death in Dansadau.",
        # a suspect beaten by a crowd: the crowd is the agent
        "On 5 April 2024, a suspected kidnapper was beaten to death by residents in Dansadau.",
        # a mob's act on a suspect's home
        "On 5 April 2024, the home of a suspected robber was burned by an angry mob in Dansadau.",
    ],
)
def test_a_crowds_justice_on_a_suspect_stays_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [("Riots", "Mob violence")], text
