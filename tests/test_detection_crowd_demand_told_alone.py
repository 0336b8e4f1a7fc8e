"""A crowd's demand told with its verb alone is a gathering's protest (texts written for these tests).

ACLED codes a crowd of a place or a trade that demanded something of those in charge as a protest, though no word of
a protest or a gathering is written ('residents demanded the reopening of the post office'). The look-alikes open no
protest: a demand made in words (a statement, a letter, a press release, a meeting, reporters told), one a court
heard of, one of a past year, one planned or threatened, a party's or lawmakers' demand (politics, no crowd), one
told in a relative clause, and a crowd's reaction told after another act (the act is the event a reader was told of).
"""

from __future__ import annotations

import pytest

from extracted import first_types, typed
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On Monday residents of the river town demanded the reopening of the local clinic.",
        "12 March. Villagers near the quarry demanded the closure of the cement factory over the dust.",
        "On Friday fishermen demanded the removal of the new checkpoint on the lake shore.",
        "On Tuesday nurses at the district hospital demanded the payment of three months of salary arrears.",
    ],
)
def test_crowd_that_demanded_something_is_a_protest(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Peaceful protest"), text


@pytest.mark.parametrize(
    "text",
    [
        # made in words
        "On Monday, in a statement, residents demanded the closure of the cement factory.",
        "On Monday villagers demanded the removal of the chief in a letter to the governor.",
        "On Monday traders demanded the reopening of the market in a press release.",
        "On Monday, at a meeting with the governor, traders demanded the reopening of the market.",
        "On Monday farmers told reporters that they demanded the payment of their arrears.",
        # a court
        "On Monday the court heard that villagers demanded the removal of the chief in 2019.",
        # history
        "In 2010 residents demanded the closure of the cement factory.",
        # a plan, a threat, a call
        "On Monday residents said they would demand the reopening of the clinic.",
        "On Monday residents threatened to demand the reopening of the clinic.",
        "On Monday the union called on workers to demand the payment of arrears.",
        # politics: a party, its members, lawmakers
        "On Monday the opposition demanded the resignation of the health minister.",
        "On Monday opposition members demanded the resignation of the health minister.",
        "On Monday lawmakers demanded the release of the audit report.",
        # a relative clause
        "Residents, who had demanded the closure of the factory for years, welcomed the ruling on Monday.",
    ],
)
def test_demand_in_words_court_history_plan_or_politics_is_no_protest(text: str, extractor: api.Extractor) -> None:
    assert typed(text, extractor) == [], text


def test_crowd_reaction_after_an_attack_is_no_protest_of_its_own(extractor: api.Extractor) -> None:
    text = ("On Monday gunmen killed two traders in the market. Angry residents demanded the removal of the police "
            "commander.")
    assert typed(text, extractor) == [("Violence against civilians", "Attack")]
