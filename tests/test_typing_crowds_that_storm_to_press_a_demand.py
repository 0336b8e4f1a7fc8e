"""A crowd that 'stormed' a place to press a demand, with no damage nor harm told, came in en masse: a protest, as
ACLED codes it (read from the wider development samples' protest / riot confusions, wide-18 and dev; texts written
for these tests). Look-alikes stay as they were: a crowd that stormed a place and smashed, stoned or burned something
there, a storming with no demand told, an armed party or a force storming a place, and a storming only planned.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
VIOLENT = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 4 June 2024, angry youths stormed the district police station in Tamsa demanding the release of two "
         "traders held since Sunday.", PEACEFUL),
        ("On 4 June 2024, retired teachers stormed the education ministry in Kolda to demand their unpaid pensions.",
         PEACEFUL),
        ("On 4 June 2024, market women stormed the council offices in Boroma in protest against a new levy.",
         PEACEFUL),
        ("On 4 June 2024, hundreds of farmers stormed the regional assembly in Lira protesting the sale of their "
         "grazing land.", PEACEFUL),
        # the police met them: an intervention, still no violence of the crowd's
        ("On 4 June 2024, nurses stormed the hospital board's offices in Dilo demanding three months of arrears. "
         "Police fired tear gas to disperse them.", INTERVENTION),
    ],
)
def test_a_crowd_that_stormed_a_place_to_press_a_demand_is_a_protest(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [expected], text


@pytest.mark.parametrize(
    "text",
    [
        # the crowd's own damage or harm beside the storming
        "On 4 June 2024, angry youths stormed the police station in Tamsa and pelted it with stones to demand the "
        "release of two traders.",
        "On 4 June 2024, traders stormed the council offices in Boroma demanding lower fees and ransacked the "
        "treasurer's office.",
        "On 4 June 2024, students protesting against fee increases stormed the rector's office and set two cars on "
        "fire.",
    ],
)
def test_a_crowd_that_stormed_a_place_and_did_damage_stays_violent(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == [VIOLENT], text


@pytest.mark.parametrize(
    "text",
    [
        # an armed party or a force storms a place: a raid, whatever it demanded
        "On 4 June 2024, gunmen stormed a church in Kafa demanding ransom, killing two worshippers.",
        "On 4 June 2024, soldiers stormed the campus in Tamsa to demand the surrender of the student leaders.",
        "On 4 June 2024, a mob stormed the police station in Tamsa demanding that a suspected thief be handed over.",
    ],
)
def test_an_armed_party_force_or_mob_that_stormed_a_place_is_no_protest(
        text: str, extractor: api.Extractor) -> None:
    found = typed(text, extractor)
    assert found and found[0][0] != "Protests", (text, found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no demand told with the storming: a crowd's violence, as before
        ("On 4 June 2024, angry youths stormed the police station in Tamsa.", [("Riots", "Mob violence")]),
        # 'stormed out' of a ward, with a demand: no entry en masse, and no attack either: 'stormed out' is leaving
        # in anger, a walk-out (as 'the opposition stormed out of parliament'), so it opens no event (it was read as
        # an attack on civilians before)
        ("On 4 June 2024, patients stormed out of the isolation ward in Kolda demanding to be sent home.", []),
        # a storming only planned is no event at all
        ("On 4 June 2024, residents planned to storm the council offices in Boroma to demand water.", []),
    ],
)
def test_a_storming_without_a_demand_leaving_or_only_planned_is_unchanged(
        text: str, expected: list[tuple[str, str]], extractor: api.Extractor) -> None:
    assert typed(text, extractor)[:1] == expected, text
