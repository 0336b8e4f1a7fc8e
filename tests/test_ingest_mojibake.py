"""Text decoded with the wrong code page is folded back at ingest, so the rules read the words a reporter wrote
(texts written for these tests)."""

from __future__ import annotations

import pytest

from extracted import first_sub
from sitrep import api
from sitrep.ingest import document_from_text
from sitrep.ingest.mojibake import fold_mojibake


@pytest.mark.parametrize(
    ("garbled", "meant"),
    [
        ("the workersâ€™ union", "the workers’ union"),  # UTF-8 read as Windows-1252
        ("â€œno more taxesâ€\x9d", "“no more taxes”"),  # (its undefined byte 0x9D kept as a C1 code)
        ("a cafÃ© owner", "a café owner"),
        ("the People\x92s Front", "the People’s Front"),  # Windows-1252 read as Latin-1
        ("\x93looting\x94 by soldiers", "“looting” by soldiers"),
        ("two trucks \x96 a bus and a van", "two trucks – a bus and a van"),
    ],
)
def test_text_decoded_with_the_wrong_code_page_is_folded_back(garbled: str, meant: str) -> None:
    assert fold_mojibake(garbled) == meant


@pytest.mark.parametrize("text", ["São Paulo and Zürich", "A £5 fee, 30°C, “quoted”", "plain ASCII text"])
def test_text_written_right_is_left_alone(text: str) -> None:
    assert fold_mojibake(text) == text


def test_a_document_is_built_from_the_folded_text() -> None:
    document = document_from_text("Traders protested against the mayorâ€™s new levy in Lome on Monday.")
    assert document.text == "Traders protested against the mayor’s new levy in Lome on Monday."


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # ("marchersâ€™" and "â€œsit-inâ€\x9d" were words the rules did not know: no event was found)
        ("On Monday, police dispersed the marchersâ€™ with tear gas in Lome.", "Protest with intervention"),
        ("On Monday, teachers held a â€œsit-inâ€\x9d outside the ministry in Lome over unpaid salaries.",
         "Peaceful protest"),
        ("On Monday, teachers staged a \x93sit-in\x94 outside the ministry in Lome over unpaid salaries.",
         "Peaceful protest"),
    ],
)
def test_a_word_hidden_by_mojibake_is_read(text: str, sub: str, extractor: api.Extractor) -> None:
    assert first_sub(text, extractor) == sub, text
