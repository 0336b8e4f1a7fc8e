"""The detector is skipped for plainly English text, and only there: the code stored is the detector's either way."""

from __future__ import annotations

import pytest

from sitrep.ingest.language import _plainly_english, detect, language_of

ENGLISH = [
    "Gunmen attacked a police checkpoint on the edge of the town on Monday, killing three officers and wounding "
    "two passers-by, the district governor said.",
    "The army said its aircraft struck a depot used by the rebels, and that no civilians were hurt in the raid.",
    "Residents of the village were evacuated after shells landed near the school, which had been closed for a week.",
]
OTHER = [
    "Des hommes armés ont attaqué un poste de police près de la ville, tuant trois agents et blessant deux civils.",
    "Hombres armados atacaron un puesto de control de la policía cerca del pueblo y mataron a tres agentes.",
    "Bewaffnete Männer haben einen Polizeiposten in der Nähe der Stadt angegriffen und drei Beamte getötet.",
    "Gewapende mannen hebben een politiepost in de buurt van de stad aangevallen en drie agenten gedood.",
    "Selon le journal The Guardian, des hommes armés ont attaqué un poste de police près de la ville hier soir.",
    "Según The New York Times, el ataque del lunes dejó tres muertos y varios heridos en la ciudad de la costa.",
    "مسلحون هاجموا نقطة تفتيش للشرطة قرب البلدة, Gunmen attacked the checkpoint of the police near the town",
    "Three killed.",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_plain_english_skips_the_detector_and_agrees_with_it(text: str) -> None:
    assert _plainly_english(text)
    assert language_of(text) == detect(text)[0] == "en"


@pytest.mark.parametrize("text", OTHER)
def test_other_text_goes_to_the_detector(text: str) -> None:
    assert not _plainly_english(text)
    assert language_of(text) == detect(text)[0]
