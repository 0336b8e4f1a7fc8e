"""Armed men who invaded a village, a neighbourhood or a home are raiders of the people there, as 'raided' and
'stormed' are read (texts written for these tests): the rules used to find no event where 'invaded' was the only
act told ('gunmen invaded the village of Kura'). Look-alikes that must stay as they were: an army invading a
country (a war, history), fans on a pitch, locusts on farms, a threat or a plan to invade, a denial, a trial of
those who invaded, and a verb shared with another act the rules read already (the other act types the event).
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday night, gunmen invaded the village of Kura in Bokkos.",
        "On Tuesday, armed gang members invaded the neighbourhood of Solino, forcing residents to flee.",
        "On Tuesday, suspected bandits invaded the Tungan Maje community in the early hours.",
        "On Wednesday, unidentified armed men (believed to be militiamen) invaded several homes in Kitchanga.",
    ],
)
def test_armed_men_invading_a_place_people_live_in_is_an_attack(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Violence against civilians", "Attack")


def test_an_invasion_beside_an_abduction_keeps_the_abduction(extractor: api.Extractor) -> None:
    text = "On Monday, bandits invaded the community of Kura and abducted five residents."
    assert first_types(text, extractor) == ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize(
    "text",
    [
        # an army's invasion: a war and its history, no raid on a village
        "In 2022, the army invaded the neighbouring country.",
        "Historians say the rebels invaded the capital in 1997 after a long march.",
        # fans, pests, squatters' land
        "On Monday, fans invaded the pitch after the final whistle.",
        "On Monday, locusts invaded farms across the region.",
        # threats, plans, denials, trials
        "The bandits have threatened to invade the village unless a ransom is paid.",
        "The police denied that gunmen had invaded the village.",
        "On Monday, five gunmen who invaded the village last year were sentenced to life in prison.",
    ],
)
def test_invasion_look_alikes_open_no_attack(text: str, extractor: api.Extractor) -> None:
    assert ("Violence against civilians", "Attack") not in typed(text, extractor, published=PUBLISHED)
