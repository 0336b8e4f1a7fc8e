"""The labels ACLED's coders put at the head of a note: the answer key, never input.

Since about 2020 many ACLED notes open with a tag naming what the row was coded ("Looting: On 3 May, …",
"Movement of forces: …", "Other: …", "Defusal: …"). In the ACLED rows under ``../shared/data`` 4,834 of 86,623
notes open so, and each tag names the row's sub-event type or the category a strategic development was
coded under. A reporter never writes one; a scorer, a training run or a rule that read it would read the coding
itself. :func:`strip_coder_label` removes it before extraction, training, cross-validation and the development
samples see the text, as :data:`sitrep.evaluate.readers.CODER_NOTES` removes the coders' fatality notes.

The tags are a closed list, read off the notes (every capitalised phrase before a colon at a note's start that is
not a place, a dateline or a sentence): a tag is stripped only when it is one of them, so a note opening with a
place ("Nairobi: …") or a reporter's own words keeps them.
"""

from __future__ import annotations

import re

__all__ = ["CODER_LABELS", "strip_coder_label"]

CODER_LABELS: tuple[str, ...] = (
    "Agreement", "Arrests", "Change to armed group", "Coup/Military takeover", "Defusal", "Destruction of property",
    "Detonation", "Displacement", "Elections/referendum", "Explosive remnants of war", "Formation of armed group",
    "Headquarters or base established", "Interception", "Land seizure", "Looting", "Mass grave",
    "Movement of forces", "Non-violent activity", "Non-violent transfer of territory", "Other", "Property destruction",
    "Property seizure/destruction", "Raid", "Recruitment", "Security measures", "Strikes", "Training",
    "Weapons seizure",
)
"""ACLED's tags, as the notes spell them (case aside); misspelt ones ("Property desrtruction") are caught by the
pattern's allowance for one word of 'property' followed by any word starting with 'd'."""

_LABEL = re.compile(
    r"^\s*(?:" + "|".join(re.escape(label) for label in sorted(CODER_LABELS, key=len, reverse=True))
    + r"|Property\s+d\w+)\s*:\s+",
    re.IGNORECASE,
)


def strip_coder_label(text: str) -> str:
    """``text`` without a coder's tag at its start ("Looting: On 3 May, …" → "On 3 May, …"); other text unchanged."""
    if ":" not in text[:60]:  # cheap test first: the tags are short and come first
        return text
    return _LABEL.sub("", text, count=1)
