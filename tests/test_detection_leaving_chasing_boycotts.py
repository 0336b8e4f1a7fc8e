"""Acts the rules used to find no event in, told with words they did not read (texts written for these tests).

People leaving a town, or leaving for a village, named with an aside; a man handing himself in; an armed side chased
off by another; classes boycotted; a human chain told with its length; people decapitated; a building blown up with
the day told inside the phrase; a crowd singing, chanting or waving placards at an authority's door. Look-alikes:
people leaving a town to vote, a crowd chased by the police, mourners and a choir singing.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, inhabitants of Koara and Tiba, two hamlets near Diapaga (Tapoa, Est) left their village.",
         ("Strategic developments", "Other")),
        ("On Monday, several residents left the town of Djibo because of the threats.",
         ("Strategic developments", "Other")),
        ("On Monday, dozens of residents left for the village of Ansongo after the threats.",
         ("Strategic developments", "Other")),
        ("On Monday, the former rebel commander handed himself over to the peacekeepers in Bria.",
         ("Strategic developments", "Agreement")),
        ("On Monday, the militants were chased out by the army from two villages near Beni.",
         ("Battles", "Armed clash")),
        ("On Monday, pirates boarded a cargo ship but were chased away by the navy.", ("Battles", "Armed clash")),
        ("On Monday, students boycotted classes at the university of Lome over a ban on their union.",
         ("Protests", "Peaceful protest")),
        ("On Monday, thousands of people formed a 40 km human chain along the highway to demand a new district.",
         ("Protests", "Peaceful protest")),
        ("On Monday, gang members decapitated two farmers near Mirebalais.",
         ("Violence against civilians", "Attack")),
    ],
)
def test_acts_told_with_words_the_rules_did_not_read(
    text: str, expected: tuple[str, str], extractor: api.Extractor
) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [expected]


def test_a_building_blown_up_with_its_day_inside_the_phrase(extractor: api.Extractor) -> None:
    text = "Militants blew up on 20 March a residential building in Al-Arish."
    assert [event_type for event_type, _ in typed(text, extractor, published=PUBLISHED)][:1] == [
        "Explosions/Remote violence"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, residents left the town to vote in the regional elections.",
        "On Monday, students were chased away by police from the campus.",
        "On Monday, the minister said the striker handed himself a new contract.",
    ],
)
def test_the_same_words_elsewhere_open_nothing(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, residents of ward 9, Soweto waved placards outside the magistrate's court.",
        "On Monday, the union's members sang and chanted struggle songs outside the labour offices.",
        "On Monday, members of the Green Alliance sing and chant outside the high court in Durban.",
    ],
)
def test_a_crowd_singing_or_waving_placards_at_an_authority_protests(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED)[:1] == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, mourners sang hymns outside the church at the funeral of the chief.",
        "On Monday, the choir sang songs outside the parliament for the national day.",
    ],
)
def test_singing_at_a_funeral_or_a_feast_opens_nothing(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []
