"""Whom an attack hit, where the rules took the party blamed or the attackers for the target.

* A civilian named as the subject of a passive verb of harm in the act's sentence ('a teacher was shot dead in
  Jowhar') is the target, not a party a later sentence suspects or blames ('Al-Shabaab militants are suspected of the
  killing'): an attack on civilians, not a battle with the party blamed. Not where that sentence names soldiers or
  armed men hit too ('a farmer was killed and two soldiers were wounded'), nor a force hit alone.
* Armed men who 'shot at' people ('gunmen shot at the crowd', 'bandits shot at residents') fired; they are no
  headline's passive ('two soldiers shot at a checkpoint'), so the people aimed at are the target: an attack.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2021, a teacher was shot dead in Jowhar. Al-Shabaab militants are suspected of the killing.",
        "On 4 March 2021, 20 people were killed in an attack on Debiro. Boko Haram is suspected.",
    ],
)
def test_civilian_hit_in_a_passive_stays_the_target_before_a_party_suspected_later(
        text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2021, gunmen shot at the crowd at the market in Kera, injuring three.",
        "On 4 March 2021, bandits shot at residents of Kera, killing one.",
        "On 4 March 2021, militants shot at three villagers in Kera, killing one.",
    ],
)
def test_armed_men_who_shot_at_people_fired_and_the_people_are_the_target(
        text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    "text",
    [
        # soldiers hit, alone or beside a civilian, with a party suspected
        "On 4 March 2021, two soldiers were killed in an ambush near Kera. Al-Shabaab militants are suspected.",
        "On 4 March 2021, a farmer was killed and two soldiers were wounded near Kera. Boko Haram is suspected.",
        # fire at a force; a headline's passive of men shot at a place
        "On 4 March 2021, gunmen shot at a police patrol in Kera, wounding two officers.",
        "On 4 March 2021, two soldiers shot at a checkpoint in Kera were taken to hospital.",
    ],
)
def test_forces_hit_stay_a_battle(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2021, gunmen threatened to shoot at residents of Kera.",
        "On 4 March 2021, a court convicted two gunmen who shot at residents of Kera in 2019.",
        "On 4 March 2021, police said gunmen had not shot at residents of Kera, contrary to rumours.",
    ],
)
def test_threats_trials_and_denials_of_shooting_at_people_are_no_event(text: str, extractor: api.Extractor) -> None:
    assert api.extract(text, extractor=extractor).events == [], text
