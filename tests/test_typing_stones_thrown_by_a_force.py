"""Stones thrown by the force that met a gathering are how the force met it, not the crowd's violence (texts
written for these tests): 'the police used tear gas and threw stones to disperse the protesters'. Who threw is the
nearest actor named before the verb in its clause. Before, any stone told made the protest a riot.

Look-alikes that must not change: the crowd's stones ('police fired tear gas as protesters threw stones', 'residents
threw stones at the police'), stones of both sides, a force named only as an agent ('the arrest of a man by police
forces'), stones told outside a throw ('stone-throwing youths'), and a force's stones with no gathering told.
"""

from __future__ import annotations

import pytest

from extracted import first_types
from sitrep import api


@pytest.mark.parametrize(
    "text",
    [
        "Residents marched to the town hall in Tano on Monday. The police used tear gas and threw stones to disperse "
        "the protesters.",
        "Hundreds of people marched in Tano on Monday against the government. The police tried to break up the march "
        "using stun grenades, throwing rocks and detaining several protesters.",
    ],
)
def test_stones_thrown_by_the_force_make_an_intervention(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Protests", "Protest with intervention"), text


@pytest.mark.parametrize(
    "text",
    [
        # the crowd named nearer the verb threw
        "Police fired tear gas as protesters threw stones at the officers in Tano on Monday.",
        "Protesters threw stones at the police in Tano on Monday, who fired tear gas.",
        # both sides threw
        "Police threw stones at the protesters in Tano on Monday, and the protesters threw stones back.",
        # the force is the agent of the cause, the crowd threw
        "Over 300 residents of Tano demonstrated over the arrest of a trader by police forces and threw stones at "
        "them.",
        # stones told outside a throw
        "Police fired tear gas at stone-throwing protesters in Tano on Monday.",
    ],
)
def test_the_crowds_stones_keep_the_violent_demonstration(text: str, extractor: api.Extractor) -> None:
    assert first_types(text, extractor) == ("Riots", "Violent demonstration"), text
