"""A facility taken by force is ground taken: 'troops overran the radio station', 'the army captured the government
buildings', 'the army recaptured the oil terminal'. After a verb of taking by force ('captured', 'overran',
'recaptured', 'retook') a building, a station, a compound or a terminal is ground won as a town is (ACLED's government
regains territory, or a non-state side's overtaking), not a plain clash nor an attack on people there. 'Seized' or
'took' a building, people captured at a station, a plan to capture one, a title captured stay as they were."""

from __future__ import annotations

import pytest

from extracted import first_types, typed


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday government troops overran the radio station in the town after a night of fighting.",
     ("Battles", "Government regains territory")),
    ("On Monday the army recaptured the oil terminal from the rebels.", ("Battles", "Government regains territory")),
    ("On Monday the army captured the government buildings in the city. Four soldiers were killed and 47 wounded.",
     ("Battles", "Government regains territory")),
    ("On Monday the rebels captured the police station in the town after a gun battle with officers.",
     ("Battles", "Non-state actor overtakes territory")),
])
def test_a_facility_taken_by_force_is_ground_taken(text, expected, extractor) -> None:
    assert first_types(text, extractor) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # property seized, people captured at a station: no ground taken
    ("On Monday police seized the party's building in the capital.",
     [("Strategic developments", "Looting/property destruction")]),
    ("On Monday the police captured two robbers at the bus station.", [("Strategic developments", "Arrests")]),
    # a crowd's sit-in, a plan, a sport's title: no event
    ("On Monday students took over the administration building to demand lower fees.", []),
    ("On Monday the army said it plans to capture the radio station.", []),
    ("On Monday the team captured the title at the national stadium.", []),
])
def test_buildings_seized_people_captured_plans_and_titles_stay_as_they_were(text, expected, extractor) -> None:
    assert typed(text, extractor) == expected
