"""A link step run in a short-lived child process, so that what it allocates leaves with it.

A long :func:`sitrep.api.ingest` links its events every :data:`sitrep.api.LINK_EVERY` new events. Each step makes
hundreds of thousands of small Python objects (records, feature columns, candidate pairs) and frees them, but
CPython's small-object allocator can hand an arena back to the system only when every object in it is dead, and
the extraction that goes on between steps leaves a few long-lived objects in most of them: the ingesting process
grew by about 3 kB per document, step after step (``bench_long_run.py``), though nothing of a step was in use.
Run in a child process, a step's memory goes back whole when the child exits, and the ingesting process never holds
it. The child is a new interpreter (``python -m sitrep.analyze.link_process``; a fork after DuckDB has started its
threads could inherit a lock held by one of them), which opens the store the parent has closed
(:meth:`sitrep.store.Store.released`), links, closes and exits; its cost is an interpreter's start and the
gazetteer's load (under a CPU second), paid once per :data:`~sitrep.api.LINK_EVERY` events.

Measured with ``bench_long_run.py --documents 30000`` (generated documents, two pairs of runs alternating with the
code before, load average 7-18 on 2 cores): each step gave back 15-19 MB instead of adding 9-32 MB, resident memory
after the second step 483-484 MB against 552-570, at the end 527-528 against 578-579; between steps both grow alike
(about 3 MB per 1,000 documents, much of it DuckDB's cache of the blocks written, which a step's reopening empties).
The child itself peaked at 526-530 MB (DuckDB under the same limit as the run): while a step runs the machine holds
both processes. Identical incidents with the setting off and on (3,000 generated documents linked 400 events at a
time, one and two extraction workers).

The ``ingest_link_process`` setting (``SITREP_INGEST_LINK_PROCESS``: ``on``, the default, or ``off``) turns it
off: the steps then run in the ingesting process, as the one link of a run too short to have made a step does.
The last step of a run that made steps runs in a child too: in the ingesting process it set the run's peak, adding
what a step holds to what that process holds (891 MB at 100,000 documents).
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from sitrep import settings
from sitrep.analyze.linking import LinkResult, link_events
from sitrep.children import die_with_parent
from sitrep.errors import SitrepError

__all__ = ["LinkProcessError", "checkpoints_in_child", "enabled", "link_in_child"]

_ENV = "SITREP_INGEST_LINK_PROCESS"
"""The setting's environment variable, named in the error a failed step raises."""


class LinkProcessError(SitrepError):
    """A link step run in a child process failed; its events stay unlinked until the next link."""


def enabled(value: str | None = None) -> bool:
    """Whether a long ingest links in child processes: ``value``, else the ``ingest_link_process`` setting.
    Raises ConfigError, naming where the value came from, for anything but on/off (true/false, yes/no, 1/0)."""
    return settings.switch("ingest_link_process", value, argument="link_process")


def checkpoints_in_child(value: str | None = None) -> bool:
    """Whether a long ingest that links in child processes leaves its checkpoints to them
    (:func:`sitrep.store.database.defer_checkpoints`): ``value``, else the ``ingest_defer_checkpoint`` setting.
    Raises ConfigError, naming where the value came from, for anything but on/off."""
    return settings.switch("ingest_defer_checkpoint", value, argument="defer_checkpoint")


def link_in_child(path: str, *, memory: str | None = None) -> LinkResult:
    """Link the unlinked events of the database file ``path`` (:func:`~sitrep.analyze.linking.link_events`) in a
    child process, under DuckDB's memory limit ``memory``, and return what it did.

    The file must not be open in this process (DuckDB would refuse the child). Raises :class:`LinkProcessError`,
    one line, when the child fails or dies; a Ctrl-C stops the child too (it gets the same signal) and comes back
    here as KeyboardInterrupt once it has ended.
    """
    # A new interpreter that runs this module, not multiprocessing's spawn: that one imports the parent's main
    # script again in the child, so a script that calls sitrep.ingest at its top level (no __main__ guard) would
    # ingest again there. The child imports the same sitrep as this process (its folder first on the path).
    here = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([here, *filter(None, [os.environ.get("PYTHONPATH")])])}
    command = [sys.executable, "-m", __name__, path, memory or "", str(os.getpid())]
    try:
        done = subprocess.run(
            command, stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, check=False
        )  # (an exception here, Ctrl-C included, kills the child and waits)
    except OSError as error:
        raise LinkProcessError(
            f"{path}: cannot start a link process ({error}); set {_ENV}=off to link in this process"
        ) from error
    if done.returncode == 0:
        try:
            return LinkResult(**json.loads(done.stdout.strip().splitlines()[-1]))
        except (ValueError, TypeError, IndexError):
            reason = f"no result on its output: {done.stdout.strip()[-200:]!r}"
    else:
        said = [line for line in done.stderr.splitlines() if line.strip()]
        reason = said[-1].strip() if said else _exit_reason(done.returncode)
        if done.returncode < 0:
            reason = _exit_reason(done.returncode)
    raise LinkProcessError(
        f"{path}: the link step in a child process failed ({reason}); its events stay unlinked "
        f"until the next link (sitrep link), or set {_ENV}=off to link in this process"
    )


def _exit_reason(code: int) -> str:
    """What a child's exit code says, in words."""
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def _child(path: str, memory: str | None) -> int:
    """The child's work: link, print the LinkResult as one JSON line (or the failure as one line on stderr)."""
    from sitrep.store import Store, database

    try:
        with Store(path) as store, database.memory_limit(store._connection, memory, path=path):
            result = link_events(store)
    except Exception as error:  # every failure goes back as one line; the parent raises it
        text = str(error).strip()
        print(f"{type(error).__name__}: {text.splitlines()[0] if text else 'no message'}", file=sys.stderr)
        return 1
    print(json.dumps(dataclasses.asdict(result)))
    return 0


if __name__ == "__main__":
    die_with_parent(int(sys.argv[3]))  # a killed ingest leaves no child holding the database
    sys.exit(_child(sys.argv[1], sys.argv[2] or None))
