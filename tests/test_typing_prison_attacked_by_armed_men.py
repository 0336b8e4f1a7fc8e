"""A prison or a jail attacked by armed men ('gunmen stormed the prison, freeing 80 inmates', 'an attack on the central
prison') is an attack on the state's guards who hold it, a fight of two armed sides as an attack on a police station
is (ACLED's armed clash): the inmates freed are no victims. Not a crowd that stormed a prison (a riot), not a force's
own raid on its prison, nor people attacked near a prison or inmates harmed inside one."""

from __future__ import annotations

import pytest

from extracted import first_types


@pytest.mark.parametrize("text", [
    "On 3 May, armed men stormed a prison in the town, freeing at least 80 inmates.",
    "On 3 May, gunmen attacked the central prison and freed hundreds of prisoners.",
    "On 3 May, militants launched an attack on the district jail and freed 300 inmates.",
    "On 3 May, armed supporters of the movement attacked the prison in the town, freeing several prisoners.",
])
def test_a_prison_attacked_by_armed_men_is_a_fight_with_its_guards(text, extractor):
    assert first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize(("text", "expected"), [
    # a crowd that stormed a prison: a riot, as before
    ("On 3 May, residents stormed the prison and freed the inmates.", ("Riots", "Mob violence")),
    ("On 3 May, protesters raided a prison, freeing inmates.", ("Riots", "Violent demonstration")),
    # a force's own raid on its prison, harming the inmates: the force on people in its hands
    ("On 3 May, police raided the prison and beat the inmates.", ("Violence against civilians", "Attack")),
    # people attacked near a prison, a released inmate, inmates hurt inside: the prison only where
    ("On 3 May, gunmen attacked villagers near the prison, killing two.", ("Violence against civilians", "Attack")),
    ("On 3 May, gunmen killed a former inmate who had just been released from prison.",
     ("Violence against civilians", "Attack")),
    ("On 3 May, gunmen stormed the house of a prison official, killing his wife.",
     ("Violence against civilians", "Attack")),
])
def test_crowds_forces_and_people_near_a_prison_read_as_before(text, expected, extractor):
    assert first_types(text, extractor) == expected, text
