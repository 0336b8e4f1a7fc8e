"""Compiled regular expressions kept on disk (:mod:`sitrep.diskcache`), so that a new process need not compile them.

Compiling is pure Python (``re._parser`` and ``re._compiler``): the ~390 patterns a one-file ``sitrep extract``
compiles (the rules' vocabulary patterns at import, spaCy's tokenizer affixes, the prefilter's led twins at the first
document) cost ~0.3 of its ~1.4 CPU s. What the compiler makes of a pattern is a list of integers (the program
``_sre`` runs), its group count and group names: :func:`keep` stores these for every pattern in ``re``'s own cache of
compiled patterns, and :func:`seed` hands each back to ``_sre.compile`` in a later process and puts the result in
``re``'s cache, where ``re.compile(source, flags)`` finds it. No call site changes, and nothing is guessed:

- an entry is stored only when the pattern rebuilt from it equals the one ``re`` compiled (``Pattern.__eq__``
  compares the source, the flags and the whole program), so a rebuilt pattern runs the very program ``re`` would;
- the entry is named by Python's exact version, ``_sre``'s magic number and this module, and a pattern is found
  by its source and flags, so a changed pattern is simply compiled again;
- where ``re`` keeps no cache this module knows (another interpreter), both functions do nothing.

The private parts of ``re`` used here (``re._cache``, ``re._MAXCACHE``, ``_sre.compile``, ``re._parser.parse``,
``re._compiler._code``) are the ones ``re.compile`` itself uses in CPython 3.11 (where this was measured and tested);
an entry is named by the exact Python version, so another version never reads one written by this one, and where
those parts are missing or differ, :func:`keep` and :func:`seed` do nothing.
"""

from __future__ import annotations

import atexit
import re
import sys
from array import array
from pathlib import Path
from typing import Any

__all__ = ["keep", "seed"]

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _CACHE: dict[Any, Any] | None = re._cache  # type: ignore[attr-defined]
    _LIMIT: int = int(re._MAXCACHE)  # type: ignore[attr-defined]
    _MAGIC = f"{_sre.MAGIC}:{_sre.CODESIZE}"
    _WORD = "I" if array("I").itemsize == _sre.CODESIZE else "L"  # (the program's words, as array stores them)
    if not (isinstance(_CACHE, dict) and callable(getattr(_sre, "compile", None))
            and callable(getattr(_compiler, "_code", None))):
        _CACHE = None
except (ImportError, AttributeError, TypeError, ValueError):  # pragma: no cover - another interpreter
    _CACHE = None
    _LIMIT = 0
    _MAGIC = _WORD = ""

FEWEST_NEW = 8
"""New patterns below this number are not written: rewriting the entry (~1 MB) costs more than compiling a few, and
one pattern of the standard library (``tokenize``'s, built from a set) is spelt anew by every process."""

_seeded: set[tuple[Any, ...]] = set()
"""The cache keys :func:`seed` found stored (filled from the disk, or compiled before it and stored already)."""
_hooked = False


def _name() -> str:
    from sitrep import diskcache

    return f"regex-{diskcache.fingerprint(_MAGIC, sys.version, files=[Path(__file__)])}.marshal"


def seed() -> int:
    """Put the patterns stored by earlier processes into ``re``'s cache (those not there already, as many as it
    holds), and have :func:`keep` run at exit; the number put there. Call it before the modules whose patterns it
    should save compiling are imported."""
    global _hooked
    if _CACHE is None:
        return 0
    if not _hooked:
        _hooked = True
        atexit.register(keep)
    from sitrep import diskcache

    stored = diskcache.read(_name())
    if not isinstance(stored, list):
        return 0
    added = 0
    room = _LIMIT - len(_CACHE)
    for entry in stored[-room:] if room > 0 else ():  # (the newest, where the cache cannot hold them all)
        try:
            source, flags, final_flags, code, groups, groupindex, indexgroup = entry
            key = (type(source), source, flags)
            if key in _CACHE:
                _seeded.add(key)  # (compiled before the seeding, by an earlier import: stored already)
                continue
            # (_sre validates the program: a damaged entry raises here and is skipped)
            _CACHE[key] = _sre.compile(source, final_flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup)
        except Exception:  # (an entry that cannot be used is compiled as usual instead)
            continue
        _seeded.add(key)
        added += 1
    return added


def keep() -> int:
    """Store every pattern in ``re``'s cache that is not stored yet, with those stored before (at most as many as
    the cache holds; run at exit once :func:`seed` has run), where there are at least :data:`FEWEST_NEW`; the number
    of new ones written (0: nothing written)."""
    if _CACHE is None:
        return 0
    from sitrep import diskcache

    if diskcache.directory() is None:
        return 0
    # (plain str and bytes sources only: marshal refuses a subclass, a StrEnum member say, and with it the entry)
    current = [(key, pattern) for key, pattern in list(_CACHE.items())
               if key not in _seeded and len(key) == 3 and type(key[1]) in (str, bytes) and type(key[2]) is int]
    if len(current) < FEWEST_NEW:
        return 0
    stored = diskcache.read(_name())
    entries: dict[tuple[Any, int], tuple[Any, ...]] = {}
    for entry in stored if isinstance(stored, list) else []:
        if isinstance(entry, tuple) and len(entry) == 7:
            entries[(entry[0], entry[1])] = entry
    new = 0
    for (_kind, source, flags), pattern in current:
        if (source, flags) in entries:
            continue
        entry = _entry(source, flags, pattern)
        if entry is not None:
            entries[(source, flags)] = entry
            new += 1
    if new < FEWEST_NEW:
        return 0
    diskcache.write(_name(), list(entries.values())[-_LIMIT:])  # (the newest, when more than re's cache holds)
    return new


def _entry(source: str | bytes, flags: int, pattern: Any) -> tuple[Any, ...] | None:
    """What :func:`seed` needs to rebuild ``pattern`` (``re.compile(source, flags)``), or None where the rebuilt
    pattern would not equal it (then it is not stored)."""
    flags = int(flags)  # (re's cache is keyed by the number, never by a RegexFlag, which marshal cannot write)
    try:
        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        # (the program is kept as the bytes of an array: marshal reads them faster than a list of numbers)
        entry = (source, flags, int(flags | parsed.state.flags), array(_WORD, code).tobytes(), parsed.state.groups - 1,
                 groupindex, tuple(indexgroup))
        rebuilt = _sre.compile(source, entry[2], array(_WORD, entry[3]).tolist(), *entry[4:])
    except Exception:  # (a pattern this module cannot rebuild is compiled as usual)
        return None
    if rebuilt != pattern or rebuilt.groupindex != pattern.groupindex or rebuilt.groups != pattern.groups:
        return None
    return entry
