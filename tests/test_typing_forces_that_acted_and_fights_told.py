"""Who was hit, fourth pass (attack23; texts written for these tests, each with look-alikes that must stay as they
were): a force named after 'by' with only its modifiers, a number or a name between ('beaten by plain clothes
policemen', 'assaulted by military police officers', 'beaten by four LNA soldiers') is the agent of the passive, not
the one hit, so the people it harmed were attacked; the side attacked that intervened and killed an attacker, that
thwarted or foiled the attack, that traded fire or that confronted the attackers fought back: two armed sides, a
battle, as ACLED codes it.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, a group of students said they were beaten by plain clothes policemen on their way home.",
        "On 4 March 2024, two reporters were assaulted by military police officers near the stadium in Kumasi.",
        "On 4 March 2024, a shepherd was beaten by four LNA soldiers near Ajdabiya.",
        "On 4 March 2024, a woman was abducted and beaten by para-police forces in Masaya.",
    ],
)
def test_a_force_after_by_is_who_acted_not_who_was_hit(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Violence against civilians", "Attack"), text


@pytest.mark.parametrize(
    "text",
    [
        # the force hit, its attackers after 'by'; the force the subject of the act
        "On 4 March 2024, two policemen were shot dead by gunmen near Kano.",
        "On 4 March 2024, four LNA soldiers were killed by IS fighters near Sirte.",
        "On 4 March 2024, gunmen attacked a police patrol near Kano, killing two officers.",
    ],
)
def test_a_force_hit_by_its_attackers_stays_a_battle(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, illegal miners attacked a gold mine near Obuasi. Police intervened and killed one attacker.",
        "On 4 March 2024, an attack by Boko Haram on the village of Gama was foiled by a military response.",
        "On 4 March 2024, military forces thwarted a Boko Haram attack on the village of Gama, killing five of them.",
    ],
)
def test_the_side_attacked_that_fought_the_attackers_off_makes_a_battle(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Armed clash"), text


@pytest.mark.parametrize(
    "text",
    [
        # no fight: a plot stopped before it was carried out, a force that intervened after the killing without a shot
        "On 4 March 2024, security forces thwarted a planned attack on a church in Kaduna and arrested two men.",
        "On 4 March 2024, gunmen killed two farmers in Gama. Police intervened and evacuated the residents.",
        "On 4 March 2024, gunmen shot dead a trader in his shop in Kano.",
    ],
)
def test_no_fight_told_stays_as_it_was(text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor)[1] in ("Attack", "Arrests"), text
