"""The role a party's mention plays in its clause, read from the words just before it: shared by incident and claim
extraction, so that both tell an attacker from its target the same way.

- **agent**: 'killed by Russian warplanes', 'at the hands of the militia', 'attributed to the group' - whoever
  acts; never a target.
- **patient**: 'operations against the Islamic State group', 'attacks targeting the SDF' - whoever is acted upon;
  never the actor of a count or an attack.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Doc

from sitrep.extract.pipeline import lowers

Role = Literal["agent", "patient"]

AGENT_LEADS: tuple[tuple[str, ...], ...] = (("by",), ("hands", "of"), ("attributed", "to"), ("blamed", "on"))
"""Words right before a party that acts ('by', 'at the hands of')."""
PATIENT_LEADS = {"against", "targeting", "targeted"}
"""Words right before a party acted upon ('against', 'targeting')."""
_SKIPPED = {"the", "a", "an", "so-called"}


def mention_role(doc: Doc, start: int) -> Role | None:
    """'agent', 'patient' or None for the mention starting at token ``start``, from the words before it (an
    article or two aside)."""
    i = start
    while i > 0 and doc[i - 1].lower_ in _SKIPPED and start - i < 2:
        i -= 1
    before = lowers(doc)[max(0, i - 2) : i]
    if before[-1:] and before[-1] in PATIENT_LEADS:
        return "patient"
    if any(tuple(before[-len(lead) :]) == lead for lead in AGENT_LEADS):
        return "agent"
    return None
