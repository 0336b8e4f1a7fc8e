"""Victims named only by a compound of their role are civilians, so an armed party's harm to them is an attack
(violence against civilians), not a battle: a vehicle's rider ('a motorbike rider'), a person named by age alone ('a
16-year-old'), a civil service's staff ('electoral officers', though 'officers' alone names police), and a force's
member hit at his home named as its owner ('stormed the policeman's home', 'the homes of several soldiers': out of
service, as at his own home). Texts written for these tests; the look-alikes (the rider or the teenager who acted, a
noun after the age, customs officers, a force's post near a house, a shoot-out at the home) keep their type.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        # a vehicle's rider hit by a force or an armed group
        "On 3 May 2024, a soldier shot and killed a motorbike rider who drove through a checkpoint in Kumba.",
        "On 3 May 2024, separatists shot and wounded a taxi bike rider in Buea for defying the lockdown.",
        "On 3 May 2024, a motorcycle rider was shot dead by soldiers at a checkpoint near Bamenda.",
        # a person named by age alone, hit by a passive verb
        "On 3 May 2024, a 16-year-old was shot dead by soldiers in the town of Kumbo.",
        # a civil service's staff
        "On 3 May 2024, gunmen attacked electoral officers at a polling station in Tamale, wounding two.",
        "On 3 May 2024, health personnel were beaten by soldiers at the district hospital in Bamenda.",
        # a force's member hit at the home named as his
        "On 3 May 2024, four militants stormed the policeman's home in Arish and killed him.",
        "On 3 May 2024, militants attacked the homes of several policemen in Djibo, wounding two.",
    ],
)
def test_victims_named_by_a_civil_role_are_attacked(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    "text",
    [
        # the rider or the teenager is the one who acted, not the one hit
        "On 3 May 2024, a motorbike rider shot dead a soldier at the market in Bamenda.",
        "On 3 May 2024, the pillion rider opened fire on a police patrol in Kumba, wounding two officers.",
        "On 3 May 2024, a 17-year-old stabbed a soldier at the market in Bamenda.",
        # customs officers: an armed service in many countries
        "On 3 May 2024, militants attacked customs officers at the border post of Seytenga, killing two.",
        # a force's post near someone's house; a shoot-out at the officer's residence
        "On 3 May 2024, militants attacked a police post near the commander's house in Tera, killing two officers.",
        "On 3 May 2024, gunmen and soldiers fought a shootout at the officer's residence in Tera; two gunmen died.",
    ],
)
def test_the_role_that_acted_or_an_armed_service_stays_a_battle(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor)[0] == "Battles", text
