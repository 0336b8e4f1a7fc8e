"""Misreadings a news reader catches at once (fix28; texts written for these tests): fire 'exchanged' in a debate or
'shots traded' in a match is a figure, a picture 'blown up' is enlarged, and an animal killed (a wild one, or a goat
whose throat a cook slit) harms no one ACLED counts as a victim. Each comes with look-alikes that must stay events:
fire exchanged by armed men after a match, a bank blown up, a herder's throat slit, herd animals of villagers killed
by soldiers (ACLED's property destruction), a poacher or a ranger killed.
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "The two candidates exchanged fire in a televised debate in Nairobi on Monday.",
        "The rival teams traded shots in the second half of the match in Accra on Sunday.",
        "The ministers exchanged fire on social media on Tuesday over the budget.",
        "Opposition and ruling party MPs traded fire in parliament on Wednesday over the new tax law.",
    ],
)
def test_fire_traded_in_a_debate_or_a_game_is_a_figure_not_a_battle(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # armed men named: real fire, whatever the setting
        "Police and gang members exchanged fire after the football match in Accra on Sunday.",
        # a casualty told: real fire
        "Two men were killed when fans exchanged fire outside the stadium after the game in Accra on Sunday.",
        # no contest named: the ordinary reading
        "Soldiers and militants exchanged fire near Gao on Monday.",
    ],
)
def test_fire_exchanged_by_armed_men_or_with_a_casualty_stays_a_fight(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor), text


@pytest.mark.parametrize(
    "text",
    [
        "Photos of the bank were blown up and displayed in the capital on Monday.",
        "The newspaper blew up a picture of the police station for its front page on Monday.",
    ],
)
def test_a_picture_blown_up_is_enlarged_not_bombed(text: str, extractor: api.Extractor) -> None:
    assert all(t != "Explosions/Remote violence" for t, _ in typed(text, extractor)), text


@pytest.mark.parametrize(
    "text",
    [
        "The bank was blown up by rebels in Gao on Monday.",
        "Militants blew up a bridge near Gao on Monday.",
    ],
)
def test_a_building_blown_up_stays_an_explosion(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor)[0] == "Explosions/Remote violence", text


def test_pictures_blown_up_at_a_rally_leave_the_rally(extractor: api.Extractor) -> None:
    text = "Photos of the bank were blown up and displayed at a rally in the capital on Monday."
    assert first_types(text, extractor)[0] == "Protests", text


@pytest.mark.parametrize(
    "text",
    [
        "The chef slit the throat of a goat for the feast in Kano on Monday.",
        "The butcher cut the throat of a ram at the market in Kano on Monday.",
        "Poachers killed an elephant in the national park near Arusha on Monday.",
        "Poachers killed two rare black rhinos in the reserve near Arusha on Monday.",
        "Rangers shot dead a lion that had strayed into a village near Arusha on Monday.",
        "An elephant was killed by poachers near Arusha on Monday.",
    ],
)
def test_an_animal_killed_alone_is_no_attack(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # persons named by their animals are persons
        "Gunmen killed a cattle trader near Kano on Monday.",
        "Gunmen shot dead a goat herder near Kano on Monday.",
        "Militants shot dead an elephant tracker near the reserve on Monday.",
        # a person's throat slit
        "Gunmen slit the throat of a farmer in Kano on Monday.",
        # people killed beside the animals
        "Poachers killed a ranger and two elephants in the park near Arusha on Monday.",
    ],
)
def test_a_person_killed_beside_or_named_by_animals_stays_an_attack(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor), text


def test_herd_animals_killed_by_soldiers_stay_property_destroyed(extractor: api.Extractor) -> None:
    text = "Soldiers killed 50 cattle belonging to herders near Kano on Monday."
    assert first_types(text, extractor) == ("Strategic developments", "Looting/property destruction"), text


def test_fans_who_traded_blows_after_a_match_fought(extractor: api.Extractor) -> None:
    text = "Rival fans traded blows after the football match in Accra on Sunday, injuring five people."
    assert typed(text, extractor), text
