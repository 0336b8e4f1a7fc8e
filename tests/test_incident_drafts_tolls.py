"""The toll of an incident where a side counts its own losses ('We have lost three soldiers and four others were
injured'): the persons lost are its dead, and the injured after them are the injured alone (texts written for these
tests).
"""

from __future__ import annotations

import pytest

from sitrep import api
from sitrep.model import Event


@pytest.fixture(scope="module")
def extractor() -> api.Extractor:
    return api.default_extractor()


def events(text: str, extractor: api.Extractor, published: str = "2023-06-14") -> list[Event]:
    return api.extract(text, published=published, extractor=extractor).events


@pytest.mark.parametrize("said", ["We have so far lost three soldiers and four others were injured",
                                  "We have lost three soldiers and four others injured"])
def test_the_persons_a_side_lost_are_its_dead(said: str, extractor: api.Extractor) -> None:
    text = (f"A car bomb exploded at an army checkpoint near Baidoa on Sunday. \u201c{said},\u201d an army officer "
            "told reporters.")
    [event] = events(text, extractor)
    assert event.killed is not None and event.killed.best == 3
    assert event.wounded is not None and event.wounded.best == 4


def test_losing_contact_counts_no_dead(extractor: api.Extractor) -> None:
    text = ("Militants attacked an army checkpoint near Baidoa on Sunday. The army said it had lost contact with "
            "three soldiers.")
    [event] = events(text, extractor)
    assert event.killed is None or event.killed.best != 3
