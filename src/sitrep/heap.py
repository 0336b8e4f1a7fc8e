"""Giving freed memory back to the operating system after a step that needed a lot of it for a moment.

A long :func:`sitrep.api.ingest` links its events every so often; a link step builds arrays and records worth
hundreds of megabytes and frees them. glibc's allocator keeps much of what was freed (the top of its heaps and the
free lists of its arenas) for the process's next allocations, so resident memory after a step stays near the step's
peak and creeps up with each larger step, though nothing is in use. :func:`trim` asks glibc to hand back what it
can (``malloc_trim(0)``). Elsewhere (macOS, Windows, musl) there is no such call, and no need for one as pressing:
it does nothing there.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import platform
import sys
from collections.abc import Callable

__all__ = ["trim"]


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the C library is not glibc or cannot be loaded."""
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        function = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_size_t]
    function.restype = ctypes.c_int
    return function


def trim() -> bool:
    """Return the C heap's free memory to the operating system where the allocator allows it (glibc); True when it
    was asked, False where there is no such call (nothing is done then, and nothing fails)."""
    function = _malloc_trim()
    if function is None:
        return False
    function(0)
    return True
