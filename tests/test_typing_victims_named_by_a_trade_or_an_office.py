"""Victims named only by a craft or trade of their hands ('a mason', 'two carpenters', 'five gardeners'), by the herd
they keep ('a herdboy') or by an elected or customary office ('two lawmakers', 'the local monarch') carry no arms as a
force does: an armed party's harm to them is an attack on civilians, not a battle with no other side. Texts written
for these tests; the look-alikes (the same people acting, a force named hit beside them, a court or a debate, words
that are as often a surname or a verb) keep their reading.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 May 2024, militants kidnapped a mason in the village of Koro. He was released two days later. The army "
         "was deployed to the area after the attack.",
         ("Violence against civilians", "Abduction/forced disappearance")),
        ("On 3 May 2024, gunmen shot dead two carpenters at a workshop in the town of Tera.",
         ("Violence against civilians", "Attack")),
        ("On 3 May 2024, soldiers killed five gardeners near the village of Koro.",
         ("Violence against civilians", "Attack")),
        ("On 3 May 2024, militants attacked the town of Gubio, killing the local emir and a herdboy.",
         ("Violence against civilians", "Attack")),
        ("On 3 May 2024, unidentified gunmen assaulted two opposition lawmakers outside the parliament in Abuja.",
         ("Violence against civilians", "Attack")),
    ],
)
def test_people_named_by_a_trade_or_an_office_are_civilians_hit(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force hit beside them: the force was fought
        ("On 3 May 2024, militants attacked the town of Gubio, killing two soldiers guarding the emir's palace.",
         ("Battles", "Armed clash")),
        # the lawmakers did the act: a crowd's fight in the chamber
        ("On 3 May 2024, lawmakers brawled in the parliament in Abuja over the budget, injuring two.",
         ("Riots", "Mob violence")),
        # a crowd, no armed party, beat a herdboy: mob violence
        ("On 3 May 2024, angry farmers attacked a herdboy near Koro and beat him.", ("Riots", "Mob violence")),
    ],
)
def test_a_force_hit_or_the_office_holders_acting_keep_their_type(
        text: str, expected: tuple[str, str], extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        # a debate or a court: no violence
        "On 3 May 2024, lawmakers debated a bill on the security forces in the parliament in Abuja.",
        "On 3 May 2024, a court in Abuja heard the case of two carpenters accused of fraud.",
    ],
)
def test_office_holders_and_tradesmen_in_politics_or_court_are_no_event(text: str, extractor: api.Extractor) -> None:
    assert not api.extract(text, extractor=extractor).events, text
