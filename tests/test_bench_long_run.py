"""benchmarks/bench_long_run.py reports each link step's own peak memory, not the ingesting process's.

``getrusage(RUSAGE_CHILDREN).ru_maxrss`` gives a child started by ``subprocess`` (vfork, then exec) the peak of the
process that started it: the bench printed the ingesting process's peak as "the largest link child" (863 MB at
100,000 documents, where the steps' own peaks were a third of that)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from bench_long_run import ChildPeaks

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")

CHILD = """# sitrep.analyze.link_process (the name the bench knows a link step by)
import time
held = bytearray({mb} * 2**20)
for at in range(0, len(held), 4096):
    held[at] = 1
time.sleep(1.0)
"""


def test_each_link_step_is_reported_at_its_own_peak_not_at_the_ingesting_process_peak() -> None:
    large = bytearray(300 * 2**20)  # the ingesting process, larger than its children
    for at in range(0, len(large), 4096):
        large[at] = 1
    peaks = ChildPeaks(every=0.1)
    try:
        for mb in (40, 120):
            subprocess.run([sys.executable, "-c", CHILD.format(mb=mb)], check=True)
    finally:
        peaks.stop()
    assert len(peaks.steps) == 2
    small, big = peaks.steps
    assert 40 <= small < 120 <= big < 300  # each child's own peak (its interpreter included), under the parent's
    assert peaks.peaks["link"] == big
    assert peaks.peaks["worker"] == 0.0
    del large
