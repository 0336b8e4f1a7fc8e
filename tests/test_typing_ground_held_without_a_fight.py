"""A non-state side's taking told only as control come to be held ('militants took control of the village', 'seized
control of a mining site', 'the village was occupied by rebel fighters'), with no fight, attack, weapon or harm told
anywhere in the report, is ACLED's non-violent transfer of territory: its 'Non-state actor overtakes territory' is
ground won through armed engagement. Look-alikes that must stay a battle: a fight, an attack, shelling, gunfire, a
killing or people fleeing told beside the taking; verbs that tell the force ('overran', 'captured', 'took over'); a
state's forces taking control (read by UNOPPOSED only where no fight is denied). A threat, a denial or a court's
finding stays no event. Texts written for these tests.
"""

from __future__ import annotations

import pytest

import extracted
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, an armed group took control of the village of Kamba and began preaching there.",
        "On Monday, militants seized control of a gold mining site near Kamba.",
        "On Monday, militants seized control of a gold mining site near Kamba. No casualties were reported.",
        "The village of Kamba was occupied by rebel fighters on Monday.",
        "On Monday, the militia gained control of Kamba. There was no armed resistance.",
    ],
)
def test_a_non_state_sides_control_taken_with_no_fight_told_is_a_non_violent_transfer(
        text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == (
        "Strategic developments", "Non-violent transfer of territory"), text


@pytest.mark.parametrize(
    "text",
    [
        # a fight, an attack, a weapon or harm told beside the taking
        "On Monday, rebels attacked the army base in Kamba and took control of it. Three soldiers were killed.",
        "On Monday, rebels took control of Kamba after heavy fighting with the army.",
        "On Monday, rebels took control of Kamba after clashes with soldiers.",
        "On Monday, rebels took control of Kamba, killing two civilians.",
        "On Monday, rebels shelled Kamba and took control of the town.",
        "On Monday, rebels took control of Kamba. Residents said gunfire was heard all night.",
        "On Monday, rebels took control of Kamba and residents fled.",
        # verbs that tell the force
        "On Monday, rebels overran the town of Kamba.",
        "On Monday, rebels captured the town of Kamba.",
        "On Monday, rebels took over the town of Kamba.",
    ],
)
def test_a_taking_told_beside_a_fight_or_by_a_verb_of_force_stays_overtaken(
        text: str, extractor: api.Extractor) -> None:
    assert extracted.first_types(text, extractor) == ("Battles", "Non-state actor overtakes territory"), text


def test_a_state_forces_control_taken_stays_regained(extractor: api.Extractor) -> None:
    # (the state's side: ACLED's government regaining ground, non-violent only where the report denies a fight)
    assert extracted.first_types("On Monday, soldiers took control of Kamba.", extractor) == (
        "Battles", "Government regains territory")
    assert extracted.first_types("On Monday, soldiers took control of Kamba. No clashes were reported.", extractor) == (
        "Strategic developments", "Non-violent transfer of territory")


@pytest.mark.parametrize(
    "text",
    [
        # a threat, a denial, a court's finding: no ground taken, no event (as before)
        "On Monday, rebels threatened to take control of Kamba.",
        "On Monday, the rebels denied that they had taken control of Kamba.",
        "On Monday, a court ruled that the company had illegally taken control of the mine near Kamba.",
    ],
)
def test_a_control_taken_only_threatened_denied_or_ruled_on_is_no_event(text: str, extractor: api.Extractor) -> None:
    assert extracted.typed(text, extractor) == [], text


def test_control_of_a_forces_base_taken_stays_overtaken(extractor: api.Extractor) -> None:
    # (a force's base, camp or post: the force that held it is told, a fight for it)
    assert extracted.first_types("On Monday, militants took control of the army base in Kamba.", extractor) == (
        "Battles", "Non-state actor overtakes territory")
