"""Aligned text tables for the terminal: one layout for every command's table.

Columns whose filled cells are all numbers (``12``, ``-3``, ``4.5``, ``1,024``, ``87%``) are right-aligned, so
digits of the same place line up; every other column is left-aligned. Trailing spaces are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_NUMBER = re.compile(r"[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?%?")


def is_number(text: str) -> bool:
    """True for a cell that reads as a number: ``12``, ``-3``, ``4.5``, ``1,024``, ``87%``."""
    return any(ch.isdigit() for ch in text) and _NUMBER.fullmatch(text.strip()) is not None


def align(header: Sequence[str], cells: Sequence[Sequence[str]]) -> list[str]:
    """The header, a rule of dashes and one line per row; numeric columns right-aligned.

    >>> align(["place", "killed"], [["Idlib", "3"], ["Deir ez-Zor", "12"]])[2:]
    ['Idlib             3', 'Deir ez-Zor      12']
    """
    widths = [max(len(h), *(len(c[k]) for c in cells)) if cells else len(h) for k, h in enumerate(header)]
    numeric = [bool(cells) and any(c[k] for c in cells) and all(not c[k] or is_number(c[k]) for c in cells)
               for k in range(len(header))]

    def line(row: Sequence[str]) -> str:
        return "  ".join(value.rjust(width) if right else value.ljust(width)
                         for value, width, right in zip(row, widths, numeric, strict=True)).rstrip()

    return [line(header), "  ".join("-" * w for w in widths), *(line(row) for row in cells)]
