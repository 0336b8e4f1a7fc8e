"""A document's text cut into segments, each marked with the fields whose spans cover it, for highlighting.

The segments carry plain text; the template escapes it (the text is hostile until proven otherwise).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.model import Span


@dataclass(frozen=True)
class Segment:
    """A run of text and the fields (sorted) whose spans cover all of it."""

    text: str
    fields: tuple[str, ...]
    start: int


def segments(text: str, spans: Sequence[tuple[str, Span]]) -> list[Segment]:
    """Cut ``text`` at every span boundary; spans outside the text are ignored (a record older than its text)."""
    valid = [(name, s) for name, s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for _, s in valid), *(s.end for _, s in valid)})
    out = []
    for start, end in itertools.pairwise(cuts):
        names = tuple(sorted({name for name, s in valid if s.start <= start and end <= s.end}))
        out.append(Segment(text[start:end], names, start))
    return out
