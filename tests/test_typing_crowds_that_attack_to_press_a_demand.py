"""A crowd whose violence presses a demand it tells is a demonstration turned violent, not a mob (texts written for
these tests): 'young people attacked the gendarmerie post to demand the release of a driver', 'youths attacked
officers at the station. They demanded the release of their colleagues'. ACLED codes mob violence for a crowd's
violence with no cause it demonstrates for.

Look-alikes that must not change: a crowd named a mob; people hurt by the crowd (a crowd's justice); a crowd's
violence with no demand; a community's raid on a camp; a demand made by someone else; a demand made peacefully.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "After gendarmes seized a trader's goods, young people attacked the gendarmerie post in Mora to demand their "
        "return.",
        "A group of angry youths attacked police officers at the Bole police station on Monday. They demanded the "
        "release of four of their colleagues who had been arrested.",
        "Residents of Kpandai attacked the district assembly office with sticks on Friday, demanding the removal of "
        "the district chief.",
    ],
)
def test_a_crowds_violence_to_press_its_demand_is_a_violent_demonstration(text: str,
                                                                          extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Riots", "Violent demonstration"), text


@pytest.mark.parametrize(
    "text",
    [
        # a crowd named a mob
        "A mob attacked the police station in Nikki on Sunday to demand the release of two men held for theft.",
        # no demand told
        "Young people attacked the gendarmerie post in Mora on Monday after a trader's goods were seized.",
    ],
)
def test_a_mob_or_a_crowd_with_no_demand_stays_mob_violence(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Riots", "Mob violence"), text


@pytest.mark.parametrize(
    "text",
    [
        # people hurt: a crowd's justice, not its demonstration
        "Youths beat a suspected thief to death in Tamale on Monday, demanding that he return the stolen goats.",
    ],
)
def test_a_crowd_that_hurt_people_is_no_violent_demonstration(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) != ("Riots", "Violent demonstration"), text


@pytest.mark.parametrize(
    "text",
    [
        # a demand made peacefully: a protest, as before
        "Residents of Kpandai marched to the district assembly office on Friday, demanding the removal of the "
        "district chief.",
    ],
)
def test_a_demand_pressed_peacefully_stays_a_protest(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Peaceful protest"), text
