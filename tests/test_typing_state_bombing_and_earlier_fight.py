"""A state's armed forces that bombed, with no ground fight told, bombed from the air as a rule: 'the army bombed rebel
positions in the hills', 'the army bombed the village, killing five civilians' are air strikes (ACLED's explosions /
remote violence), not a ground clash nor an attack at close range. A fight told in a 'where' clause with a time of its
own ('bombed the area where the rebels and the army clashed on Monday', 'shelled the village where they clashed last
week') is the place of an earlier fight, not this strike's own. A fight told beside the bombing, a police bombing,
a house petrol-bombed, a bombing a court heard of, rebels' bombing told by the army, a film that bombed stay as they
were."""

from __future__ import annotations

import pytest

from extracted import first_types, typed


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday the army bombed rebel positions in the hills.", ("Explosions/Remote violence", "Air/drone strike")),
    ("On Monday the army bombed the village, killing five civilians.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("On Tuesday the air force bombed the area around the hill where the rebels and the army clashed on Monday.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("On Tuesday the military bombed the hills where rebels and soldiers had clashed the day before.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("On Tuesday the army shelled the village where the rebels and the army clashed last week.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
])
def test_a_state_force_that_bombed_or_shelled_beside_an_earlier_fight_made_a_strike(text, expected, extractor) -> None:
    assert first_types(text, extractor) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the fight told as this act's own: a battle
    ("On Tuesday the army shelled the village where the rebels and the army clashed, killing two rebels.",
     ("Battles", "Armed clash")),
    ("On Tuesday soldiers and rebels clashed in the village where the army had shelled rebel positions on Monday.",
     ("Battles", "Armed clash")),
    ("On Monday the army bombed rebel positions and clashed with the rebels in the hills.",
     ("Battles", "Armed clash")),
    # a police bombing, a fire thrown, armed men's bomb: read as before
    ("On Monday the police bombed the gang's hideout.", ("Battles", "Armed clash")),
    ("On Monday soldiers petrol bombed a house in the village.", ("Violence against civilians", "Attack")),
    ("On Monday militants bombed the police station, killing five officers.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
])
def test_a_fight_beside_the_bombing_police_fire_bombs_and_armed_men_stay_as_they_were(text, expected,
                                                                                        extractor) -> None:
    assert first_types(text, extractor) == expected


@pytest.mark.parametrize("text", [
    "On Monday the court heard that the army had bombed the village in 2015.",
])
def test_a_bombing_a_court_heard_of_opens_nothing(text, extractor) -> None:
    assert typed(text, extractor) == []
