"""A force's operation, manoeuvre or search told with no foe and no result (texts written for these tests).

An operation or manoeuvre that forces carried out at a place, or a military, security or search operation whoever
carried it out, and a village searched by soldiers or armed men, told in a sentence with a day of its own and with
nothing else done, are ACLED's strategic development 'Other' ('FAMa and Wagner forces carried out an operation near
Diabi. No further details.'). A fight or a killing told with it types the event. Look-alikes open no event: a
surgeon's, a rescuer's, an airline's or a bank's operations, the police searching a politician's home, an operation
only planned, and a campaign's course told without a day.
"""

from __future__ import annotations

import pytest

from extracted import typed
from sitrep import api

PUBLISHED = "2024-03-08"
OTHER = ("Strategic developments", "Other")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, national and allied forces carried out an operation near Diabi. No further details.",
        "On Monday, the army and its allies conducted a military operation in the area of Diallo. No outcome of the "
        "operation was reported.",
        "On Monday, the mercenaries and the national forces carried out a military manoeuvre in Kabo. There were no "
        "fatalities.",
        "On Monday, mercenaries with a few soldiers searched the village of Tindjambane. They did no harm to anyone.",
        "On Monday, the national guard conducted a security operation in the commune of Mariko.",
    ],
)
def test_an_operation_or_search_with_no_foe_and_no_result_is_a_development(text: str,
                                                                          extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == [OTHER]


def test_an_operation_that_killed_is_typed_by_the_killing(extractor: api.Extractor) -> None:
    text = "On Monday, troops conducted an operation in the forest and killed five militants."
    assert typed(text, extractor, published=PUBLISHED) == [("Battles", "Armed clash")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the surgeons carried out an operation in the hospital's new theatre.",
        "On Monday, rescuers conducted a rescue operation in the flooded district.",
        "On Monday, the airline conducted operations at the new airport.",
        "On Monday, the central bank conducted open market operations in the bond market.",
        "On Monday, police searched the home of the former minister.",
        "On Monday, the army said it plans to carry out a military operation in the north.",
        "The army has been conducting operations in the region since 2017.",
    ],
)
def test_surgeons_rescuers_banks_court_searches_and_plans_are_no_operation(text: str,
                                                                         extractor: api.Extractor) -> None:
    assert typed(text, extractor, published=PUBLISHED) == []


def test_an_operation_whose_act_the_next_sentence_tells_is_typed_by_that_act(extractor: api.Extractor) -> None:
    # (the operation is the setting of the killing told after it)
    text = ("On Monday, national forces carried out a military operation in the village of Bolibana. Several "
            "civilians were reported killed.")
    assert typed(text, extractor, published=PUBLISHED) == [("Violence against civilians", "Attack")]
