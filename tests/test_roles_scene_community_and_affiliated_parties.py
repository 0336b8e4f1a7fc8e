"""Where an attack happened and whom the region's armed men are tied to are not its target (fix28; texts written for
these tests): 'the attack occurred in the community of Kolo' names a place, as 'near the village of X' does; a
later sentence's 'armed groups affiliated with al-Qaeda and the ISIL (ISIS)' describes the region's armed men, and
is not whom the ambush hit. A community attacked, or a party hit in the act's own sentence, stays the target.
"""

from __future__ import annotations

from extracted import first_event
from sitrep import api

_AMBUSH = ("On 4 March 2024, armed fighters ambushed a military-escorted convoy carrying supplies to a northern "
           "town, killing 11 soldiers. The attack occurred in the community of Kolo, where since 2015 armed groups "
           "affiliated with al-Qaeda and the ISIL (ISIS) have intensified operations.")


def test_soldiers_ambushed_are_the_target_not_the_community_or_the_affiliation(extractor: api.Extractor) -> None:
    event = first_event(_AMBUSH, extractor)
    assert (event.event_type, event.actor2, event.target_category) == ("Battles", "Military Forces", "military")


def test_a_community_attacked_stays_its_peoples(extractor: api.Extractor) -> None:
    event = first_event("Gunmen attacked the community on 4 March 2024, burning homes.", extractor)
    assert (event.actor2, event.target_category) == ("Civilians", "civilians")


def test_a_party_hit_in_the_acts_own_sentence_stays_the_target(extractor: api.Extractor) -> None:
    text = ("On 4 March 2024, soldiers attacked al-Shabaab fighters near the town. The fighters are affiliated with "
            "al-Qaeda.")
    event = first_event(text, extractor)
    assert (event.event_type, event.actor2) == ("Battles", "al-Shabaab"), text


def test_members_of_a_community_killed_by_soldiers_stay_civilians(extractor: api.Extractor) -> None:
    text = ("On 4 March 2024, soldiers killed three members of the herding community accused of being militants in "
            "Kolo village.")
    event = first_event(text, extractor)
    assert (event.event_type, event.target_category) == ("Violence against civilians", "civilians"), text
