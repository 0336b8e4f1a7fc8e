"""Crowds that harmed people after they gathered, read from the wider development sample's protest confusions
(wide-18), with look-alikes that must stay as they were (texts written for these tests): a crowd named as a later
sentence's subject that harmed people ('The residents wounded the two policemen', 'Demonstrators assaulted two
journalists') made its demonstration violent; the crowd harmed ('Some were injured', '12 demonstrators injured.'),
harm done by the police, an accusation or a grievance's noun ('denounced the killing and wounding of students') did
not.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api

PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
VIOLENT = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    "text",
    [
        "On 19 March 2021, residents demonstrated against two policemen sent to summon the mayor. The local residents "
        "wounded the two policemen in a confrontation.",
        "On 6 April 2021, demonstrations were staged in the town against the president. Demonstrators raped and "
        "robbed sex workers during the demonstration.",
        "Hundreds of students marched in the capital over fees. The protesters assaulted two journalists covering "
        "the march.",
    ],
)
def test_a_crowd_that_harmed_people_after_it_gathered_made_it_violent(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == VIOLENT, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the crowd harmed, harm by the police, an accusation, a complaint: no violence of the crowd's
        ("Hundreds of students marched in the capital over fees. Some were injured when police fired tear gas.",
         INTERVENTION),
        ("Hundreds of students marched in the capital over fees. Police assaulted two of the marchers.", INTERVENTION),
        # (journalists hit while covering it are an attack of their own: test_typing_the_press_hit_by_a_force_…)
        ("Residents protested in the town against insecurity. The residents accused bandits of killing three farmers.",
         PEACEFUL),
        ("Residents marched in the town over fees. The marchers denounced the killing and wounding of students in "
         "another town.", PEACEFUL),
        ("Residents protested in the town against insecurity. Three protesters were injured when police fired tear "
         "gas.", INTERVENTION),
        ("Workers held a sit-in at the factory over unpaid wages. The workers said they were harassed by managers.",
         PEACEFUL),
        # 'They' after the police's act may be the police
        ("Youths demonstrated in the town against power cuts. The police intervened and fired tear gas to disperse the "
         "demonstrators. They severely injured a woman who was not taking part.", INTERVENTION),
        # a headline's passive: the demonstrators were the ones injured
        ("The police used tear gas to disperse a protest held by several unions over wages. 12 demonstrators "
         "injured.", INTERVENTION),
        ("Students marched over fees in the capital. Two protesters injured by police and ten arrested.", INTERVENTION),
    ],
)
def test_harm_done_to_the_crowd_or_only_told_of_stays_as_it_was(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text
