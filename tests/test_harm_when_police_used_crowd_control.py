"""People hurt 'when' a force used its crowd-control kit ('three people were injured when police used rubber bullets to
disperse a crowd') were hurt by the kit breaking up a gathering: a protest met by force (or, where the crowd's own
violence is told, a riot), not an attack on civilians. Live fire, an armed party's attack and a crowd's stones read as
before."""

from __future__ import annotations

import pytest

from extracted import first_types


@pytest.mark.parametrize("text", [
    "Three people were injured when police used rubber bullets to disperse a crowd in the town on Sunday.",
    "Four traders were hurt when officers fired tear gas to disperse a crowd at the bus station on Friday.",
])
def test_harm_when_police_used_crowd_control_kit_is_a_protest_met_by_force(text, extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Protest with intervention")


def test_harm_when_police_used_kit_on_a_crowd_told_violent_is_a_riot(extractor) -> None:
    text = ("Five people were injured when police used rubber bullets to disperse a crowd which had turned violent "
            "in the township on Sunday.")
    assert first_types(text, extractor) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize(("text", "expected"), [
    # live bullets are no crowd-control kit: as before
    ("Three people were injured when police fired live bullets to disperse a crowd in the town on Sunday.",
     ("Violence against civilians", "Attack")),
    # an armed party's attack: as before
    ("Three people were injured when gunmen attacked the market in the town on Sunday.",
     ("Violence against civilians", "Attack")),
    # the crowd's own stones told first: its violence
    ("Three people were injured when youths threw stones at police, who used tear gas to disperse the crowd on "
     "Sunday.", ("Riots", "Mob violence")),
])
def test_look_alikes_without_crowd_control_harm_keep_their_reading(text, expected, extractor) -> None:
    assert first_types(text, extractor) == expected


@pytest.mark.parametrize("text", [
    "Police used rubber bullets to disperse a crowd in the town on Sunday, injuring three.",
    "Police used water cannon to disperse a crowd outside the stadium on Sunday, injuring four.",
])
def test_harm_by_participle_after_police_kit_is_a_protest_met_by_force_not_a_battle(text, extractor) -> None:
    # (as after tear gas: the participle's harm is the kit's, on a gathering it broke up; no armed party fought)
    assert first_types(text, extractor) == ("Protests", "Protest with intervention")
