"""Giving freed memory back to the operating system after a step that needed a lot of it for a moment.

A long :func:`sitrep.api.ingest` links its events every so often; a link step builds arrays and records worth
tens to hundreds of megabytes (more as the store grows) and frees them. glibc's allocator keeps much of what was
freed (the top of its heaps and the free lists of its arenas) for the process's next allocations, so resident memory
after a step stays near the step's peak and creeps up with each larger step, though nothing is in use. :func:`trim`
asks glibc to hand back what it can (``malloc_trim(0)``). And glibc serves a large block from its heap, not
straight from the system, once a block of that size has been freed (its threshold for that rises with what the
process frees, up to 32 MiB), so the temporary tables of loading the extractor and of each link step end up
scattered through a heap that cannot shrink; :func:`hand_back_large_blocks` fixes the threshold at :data:`LARGE`.

Measured with ``bench_long_run.py`` at 30,000 documents, two pairs of runs side by side (with and without both
calls and DuckDB's limit): peak 728 and 761 against 756 and 764 MB, 538 and 550 against 553 and 565 MB at the end,
so 15–25 MB lower, the slope unchanged; right after a link step the trim gave back 35–40 MB. Elsewhere (macOS,
Windows, musl) there are no such calls, and no need for them as pressing: both do nothing there.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import platform
import sys
from collections.abc import Callable

__all__ = ["LARGE", "hand_back_large_blocks", "trim"]

LARGE = 1 << 20
"""Blocks of at least this many bytes come straight from the system and go back to it when freed (see
:func:`hand_back_large_blocks`); the heap is trimmed when this much at its top is free."""

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
"""``mallopt`` parameters, from glibc's ``malloc.h``."""


@functools.cache
def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc, else (or when it cannot be loaded) None."""
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the C library is not glibc or cannot be loaded."""
    libc = _glibc()
    function = getattr(libc, "malloc_trim", None) if libc is not None else None
    if function is None:
        return None
    function.argtypes = [ctypes.c_size_t]
    function.restype = ctypes.c_int
    return function


def hand_back_large_blocks() -> bool:
    """Make glibc serve blocks of :data:`LARGE` bytes or more straight from the system, and give them back when
    they are freed, for the rest of the process (instead of keeping them in a heap that fragments); True when
    glibc took the settings, False where there is no glibc (nothing is done then, and nothing fails).

    Call it before the work whose temporary tables are large (``sitrep ingest`` does, before it loads the
    extractor): what was allocated before stays where it is."""
    libc = _glibc()
    mallopt = getattr(libc, "mallopt", None) if libc is not None else None
    if mallopt is None:
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, LARGE)) and bool(mallopt(_M_TRIM_THRESHOLD, LARGE))


def trim() -> bool:
    """Return the C heap's free memory to the operating system where the allocator allows it (glibc); True when it
    was asked, False where there is no such call (nothing is done then, and nothing fails)."""
    function = _malloc_trim()
    if function is None:
        return False
    function(0)
    return True
