"""A police officer named by a rank the rules did not know as the police ('an assistant sub inspector', 'a
sub-inspector', 'a DSP') is the police all the same: armed men who shot one fought a force of the state (ACLED's armed
clash), as when he is called a policeman or a constable. 'Inspector' alone may be a tax or school inspector: a
civilian, as before; a rank that acted is no target."""

from __future__ import annotations

import pytest

from extracted import first_types


@pytest.mark.parametrize("text", [
    "On 3 May, unidentified assailants shot dead an assistant sub inspector in the city.",
    "On 3 May, gunmen killed a sub-inspector near the bus stand.",
    "On 3 May, unknown gunmen shot dead a DSP near the market in the city.",
    "On 3 May, the DSP of the district jail and his driver were shot dead by militants on the highway.",
])
def test_a_police_rank_harmed_by_armed_men_is_a_fight_with_the_police(text, extractor):
    assert first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize(("text", "expected"), [
    # an inspector of a civil office: a civilian
    ("On 3 May, gunmen killed a tax inspector in the city.", ("Violence against civilians", "Attack")),
    ("On 3 May, gunmen shot dead a school inspector on his way to work.", ("Violence against civilians", "Attack")),
    # the rank acted: whom he hit is the target
    ("On 3 May, a sub-inspector shot dead a suspected robber in the city.", ("Violence against civilians", "Attack")),
    # a crowd that beat one: a riot, as before
    ("On 3 May, protesters beat a sub-inspector at the rally.", ("Riots", "Violent demonstration")),
])
def test_inspectors_of_civil_offices_and_ranks_that_acted_read_as_before(text, expected, extractor):
    assert first_types(text, extractor) == expected, text
