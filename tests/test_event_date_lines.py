"""A date told as a sentence of its own gives its day to the act told next (texts written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "14 June. Soldiers shot dead two herders near Babanki, in Boyo division.",
        "On 14 June 2021. Gunmen shot dead two farmers in their field near Babanki.",
        "14 June 2021: Gunmen shot dead two farmers in their field near Babanki.",
    ],
)
def test_a_date_on_its_own_dates_the_act_told_next(text: str, extractor: api.Extractor) -> None:
    [event] = api.extract(text, extractor=extractor, published="2021-07-20").events
    assert (event.date_start, event.time_precision) == (date(2021, 6, 14), 1), text


def test_a_sentence_that_tells_more_than_a_date_gives_no_day(extractor: api.Extractor) -> None:
    # (the report's own day, not the act's: the act falls back to the day of publication)
    text = "The report was released on 14 June 2021. Gunmen shot dead two farmers near Babanki."
    [event] = api.extract(text, extractor=extractor, published="2021-07-20").events
    assert event.date_start == date(2021, 7, 20)
