"""Processes this one starts die with it.

An ingest starts helper processes (the extraction workers of :mod:`sitrep.parallel`, the link steps of
:mod:`sitrep.analyze.link_process`). When the ingest is killed without warning (SIGKILL, the OOM killer), nothing in
it runs again to stop them: forked extraction workers waited on their queue for ever, each holding a loaded
extractor (hundreds of MB), and a link step went on holding the database file the next run needs. On Linux the
kernel can send a child a signal when its parent dies; elsewhere nothing is done and a killed run's helpers end
when they next find their parent gone.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

__all__ = ["die_with_parent"]

_PR_SET_PDEATHSIG = 1
"""``prctl`` option (Linux ``sys/prctl.h``): the signal a process gets when its parent dies."""


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this process (SIGKILL) when its parent ``parent`` dies (Linux only; elsewhere nothing is
    done). Exits at once when the parent is already gone: it may have died before the request was made."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:
        os._exit(1)
