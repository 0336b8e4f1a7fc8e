"""Whether a gathering was violent, read from what the text says the crowd did, not from the words of its grievance
(read from the wide development samples' Riots / Protests confusions, wide-18; texts written for these tests).

- A crowd that raided a place ('protested ... and raided a depot', 'offices were raided by protesters', 'members
  who raided the party office to protest') broke into it, as a crowd that storms or ransacks it does: a violent
  demonstration. Not a force's raid ('police raided the protest camp') nor a raid the crowd gathered over.
- Violence told by its noun beside the gathering ('violence was reported as the unemployed staged sit-ins',
  'protester violence reported'): a violent demonstration. Not where it is denied ('no violence was reported') nor
  where it is the cause ('marched against gender-based violence').
- An aim the crowd names as its grievance ('saying the government wants to destroy the schools', 'landlords bent to
  destroy public education') is no act of the crowd's: the gathering stays peaceful (a threat too, as before; an
  attempt is an act: 'tried to burn the office').
- Damage a fire did, told in the passive ('a factory destroyed in a fire last year'), is the grievance, not the
  crowd's arson (not 'protesters set fire to a car').

Each first event's type and sub-type is checked with ``first_types``.
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
        "On 3 May 2024, hundreds of residents of Kalto protested against fuel shortages and raided a government "
        "warehouse on the edge of town.",
        "On 3 May 2024, traders in Mbeni protested against the new market levy. In the town centre, the revenue "
        "offices were raided by protesters.",
        "On 3 May 2024, party members who raided the district office of their party to protest the primary results "
        "were later questioned by the police.",
        # the police met the raiders: still the crowd's own violence first
        "On 3 May 2024, students demonstrated in Tarvo over the closure of the hostel and raided the bursar's office. "
        "Police fired tear gas to disperse them.",
    ],
)
def test_a_crowd_that_raided_a_place_made_its_gathering_violent(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == VIOLENT, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force's raid: how the gathering was met, not the crowd's violence
        ("On 3 May 2024, police raided the protest camp outside the ministry in Kalto and arrested 20 protesters.",
         INTERVENTION),
        # the raid is what the crowd gathered over
        ("On 3 May 2024, residents of Mbeni demonstrated after police raided a mosque in the town the night before.",
         PEACEFUL),
        ("On 3 May 2024, workers protested in Tarvo against a police raid on their union's office.", PEACEFUL),
        # a raid by armed men, told beside no gathering: no demonstration at all
        ("On 3 May 2024, gunmen raided a village near Kalto and killed four farmers.",
         ("Violence against civilians", "Attack")),
    ],
)
def test_a_raid_by_a_force_or_a_raid_protested_over_is_not_the_crowds(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, violence was reported in the district of Sorel as unemployed youths staged sit-ins outside "
        "the cement factory and the council offices.",
        "On 3 May 2024, hundreds of supporters of the opposition marched through Kalto to demand the release of "
        "their leader. Protester violence reported.",
    ],
)
def test_violence_told_by_its_noun_beside_a_gathering_makes_it_violent(
        text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == VIOLENT, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # denied
        ("On 3 May 2024, workers staged a sit-in outside the textile factory in Sorel. No violence was reported.",
         PEACEFUL),
        ("On 3 May 2024, students occupied the offices of the governorate after police blocked their march. No "
         "instances of violence were reported.", INTERVENTION),
        # the cause the crowd gathered over
        ("On 3 May 2024, hundreds of women marched against gender-based violence in the capital Kalto.", PEACEFUL),
        ("On 3 May 2024, residents protested in Mbeni after violence was reported in the camp last week.", PEACEFUL),
    ],
)
def test_violence_denied_or_protested_against_leaves_the_gathering_as_it_was(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, teachers protested outside the press club in Kalto against the handing over of public "
        "schools to private firms, saying some landlords are bent to destroy public education.",
        "On 3 May 2024, supporters of the judge marched through Mbeni carrying placards that read \"the party wants "
        "to destroy our state\".",
        # a threat was already read as no act
        "On 3 May 2024, protesters in Tarvo threatened to burn the council office if their demands were not met.",
        # a fire's damage, told in the passive, is the grievance
        "On 3 May 2024, former employees of a garment factory in Kalto, which was destroyed in a fire last year, "
        "protested outside the union's offices.",
        "On 3 May 2024, traders whose stalls were burnt in a fire last month protested outside the municipal "
        "office in Mbeni, demanding compensation.",
    ],
)
def test_an_aim_or_a_fires_damage_named_as_the_grievance_is_no_violence_of_the_crowds(
        text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == PEACEFUL, text


@pytest.mark.parametrize(
    "text",
    [
        # an attempt is the act, as ACLED codes it
        "On 3 May 2024, protesters tried to burn the governor's office in Tarvo but were stopped by police.",
        # the crowd's own arson beside a fire's damage
        "On 3 May 2024, traders protested outside the municipal office in Mbeni and set fire to a car; two stalls "
        "were destroyed.",
        "On 3 May 2024, students marched on the ministry in Kalto. Several cars were torched by the protesters.",
    ],
)
def test_the_crowds_own_attempt_or_arson_is_still_violent(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == VIOLENT, text
