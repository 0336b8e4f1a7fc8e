"""An arrest makes a protest one 'with intervention' only where it is of the protesters or at the gathering (fix28;
texts written for these tests): a report that tells a march and, separately, the arrest of a murder suspect tells a
peaceful protest and an arrest. Arrests of the marchers, or a crowd dispersed, still make the intervention.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api

_MARCH = "Hundreds marched in Lagos on Friday to demand lower fuel prices. "


@pytest.mark.parametrize(
    "text",
    [
        _MARCH + "Separately, police arrested a murder suspect in the city.",
        _MARCH + "Police arrested a murder suspect in the city.",
        _MARCH + "Elsewhere, police detained two robbers in the city.",
    ],
)
def test_an_unrelated_arrest_after_a_protest_is_no_intervention(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Peaceful protest"), text


@pytest.mark.parametrize(
    "text",
    [
        _MARCH + "Police arrested 12 of the protesters.",
        _MARCH + "Police dispersed the march and arrested five people.",
        _MARCH + "Police arrested 12 demonstrators, including a suspect in an earlier robbery.",
    ],
)
def test_an_arrest_of_the_marchers_stays_an_intervention(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Protest with intervention"), text


@pytest.mark.parametrize(
    "text",
    [
        # the news's present perfect of 'were arrested', told without who made the arrest
        "Thirty people have been arrested in Lome for staging an unauthorised protest against the president.",
        _MARCH + "At least 25 people have been arrested, the police said.",
        _MARCH + "Twelve marchers have been detained.",
    ],
)
def test_arrests_told_as_have_been_arrested_are_an_intervention(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Protest with intervention"), text


@pytest.mark.parametrize(
    "text",
    [
        # the cause they marched for, or an earlier arrest: no one held at this gathering
        "Hundreds marched in Lagos on Friday to demand the release of activists who have been detained since May.",
        _MARCH + "Their leaders had been arrested last year.",
    ],
)
def test_a_detention_that_is_the_cause_or_earlier_is_no_intervention(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Peaceful protest"), text
