"""Acts told as repeated, in the active perfect ('militants have attacked the town several times', 'police have
arrested dozens of suspects in recent months'), are a course so far: background to a news report, never an
incident of their own. One act's blows ('was stabbed several times') and a report's own act told in the perfect
('gunmen have killed two farmers') stay incidents."""

import pytest

from extracted import typed
from sitrep import api


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.Extractor()


@pytest.mark.parametrize("text", [
    "Militants have attacked the town several times.",
    "Gunmen have repeatedly attacked villages in the district.",
    "The insurgents have looted shops in the market on several occasions.",
    "The rebel group has carried out frequent attacks on army posts in the region.",
    "Police have arrested dozens of opposition supporters in recent months.",
    "Bandits have also abducted travellers on the highway time and again.",
])
def test_repeated_acts_in_the_perfect_open_no_event(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published="2024-05-06") == []


def test_the_report_s_dated_act_after_the_background_is_its_one_incident(extractor: api.Extractor) -> None:
    text = ("Militants have attacked the town several times this year. On Monday, gunmen killed two farmers in "
            "the town.")
    assert typed(text, extractor, published="2024-05-06") == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize("text", [
    "Gunmen have killed two farmers in the village of Kara, police said.",
    "A trader has been stabbed several times in the market of Kara, police said.",
    "The gunman shot the police officer several times outside the station in Kara.",
    "Gunmen attacked the village of Kara on Monday, killing two farmers.",
    "Soldiers have clashed with rebels in the hills near Kara, the army said on Monday.",
])
def test_one_act_told_in_the_perfect_or_with_repeated_blows_stays_an_incident(
        text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor, published="2024-05-06") != []
